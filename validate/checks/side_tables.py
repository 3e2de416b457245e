"""Side tables (tables inside the achievements): a 계 / 합계 / 소계 row or column equals the sum of
its parts.

A row is a total row when a label cell (before its first number) is a total word; a column is a
total column when a header cell is. A grand total (계, 합계, 총계) is checked against every non-total row (column) on
its side of the table; a subtotal (소계) against the other rows of its group when a label before it
names one (중부권 | 소계), else against the run of non-total rows (columns) next to it, before it
when there are any there, else after it. Only cells whose whole text is a number (with
thousands separators and at most one shared unit such as 명) are compared; a comparison with an
empty or unreadable part is skipped; ``-`` reads as zero. Columns holding a running number
(연번: 1, 2, 3, ...) and shares (%) or scores (점), in the cells or bracketed in the column's head
(``집행률(%)``), are never summed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, builtin, current
from pledgecard.validate.checks._base import Record, Row, d, fmt, lst, v
from pledgecard.validate.checks._sums import sum_check

ORDER = 45


def _total_words(vocab: Vocabulary) -> dict[str, str]:
    """The words that mark a total row or column (the vocabulary's ``[totals]``): word -> "grand"
    (the whole table) or "sub" (a run of rows or columns)."""
    sub = set(vocab.words("totals", "sub"))
    return {w: "sub" if w in sub else "grand" for w in vocab.words("totals")}


def _not_additive(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(vocab.words("side_tables", "not_additive_units"))


#: The built-in total words (a user's ``--vocabulary`` may add more).
TOTAL_WORDS: dict[str, str] = _total_words(builtin())
_NUMBER = re.compile(
    r"^(?P<sign>[-−]?)(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?\s*(?P<unit>[가-힣%％]{0,3})$"
)
_DASH = frozenset({"-", "–", "—", "−"})
_SPACE = re.compile(r"\s+")


def total_kind(text: Any) -> str | None:
    """``grand``/``sub`` when ``text`` is a total word (spaces ignored), else ``None``.

    >>> total_kind("합 계"), total_kind("소계"), total_kind("계획")
    ('grand', 'sub', None)
    """
    return current().build(_total_words).get(_SPACE.sub("", text)) if isinstance(text, str) else None


def cell_number(text: Any) -> tuple[float, str] | None:
    """``(value, unit)`` when the whole cell is one number, else ``None``.

    >>> cell_number("1,234명"), cell_number("-"), cell_number("12,3,45"), cell_number("2O")
    ((1234.0, '명'), (0.0, ''), None, None)
    """
    if not isinstance(text, str):
        return None
    s = text.strip()
    if s in _DASH:
        return 0.0, ""
    m = _NUMBER.match(s)
    if not m:
        return None
    value = float(m["digits"].replace(",", "") + (m["frac"] or ""))
    return (-value if m["sign"] else value), m["unit"]


def _grid(table: Mapping[str, Any]) -> tuple[list[list[Any]], list[list[Any]]]:
    header = [lst(r) for r in lst(table.get("header"))]
    rows = [lst(r) for r in lst(table.get("rows"))]
    return header, rows


def _cell(rows: list[list[Any]], r: int, c: int) -> Any:
    return rows[r][c] if 0 <= r < len(rows) and 0 <= c < len(rows[r]) else None


def _parts_of(i: int, kinds: list[str | None], groups: list[Any] | None = None) -> list[int]:
    """Indices summed into the total at ``i`` (see the module doc). ``groups``: each row's first
    label where a second label cell holds the total word (중부권 | 소계): a subtotal sums the other
    rows of its group, wherever the group prints it."""
    n = len(kinds)
    if kinds[i] == "grand":
        before = [j for j in range(i) if kinds[j] is None]
        return before or [j for j in range(i + 1, n) if kinds[j] is None]
    if groups is not None and groups[i] and total_kind(groups[i]) is None:
        members = [j for j in range(n) if kinds[j] is None and groups[j] == groups[i]]
        if members:
            return members
    run_before: list[int] = []
    j = i - 1
    while j >= 0 and kinds[j] is None:
        run_before.insert(0, j)
        j -= 1
    if run_before:
        return run_before
    run_after = []
    j = i + 1
    while j < n and kinds[j] is None:
        run_after.append(j)
        j += 1
    return run_after


def _compare(total: Any, parts: list[Any]) -> tuple[float, float] | None:
    """``(stated, sum)`` when the total and every part are numbers in one additive unit."""
    t = cell_number(total)
    ps = [cell_number(p) for p in parts]
    if t is None or not ps or any(p is None for p in ps):
        return None
    units = {u for _, u in [t, *ps] if u}  # type: ignore[misc]
    if len(units) > 1 or units & current().build(_not_additive) or total.strip() in _DASH:
        return None
    return t[0], round(sum(p[0] for p in ps), 6)  # type: ignore[index]


_HEAD_UNIT = re.compile(r"[(（\[]\s*([^()（）\[\]]{1,6}?)\s*[)）\]]")


def head_not_additive(head: str) -> bool:
    """Whether a column's or row's head names a unit that is never summed in brackets (``집행률(%)``,
    ``만족도(점)``, ``순위[위]``): its bare figures are shares or scores even where the cells print no unit."""
    return any(u in current().build(_not_additive) for u in _HEAD_UNIT.findall(head))


def _running_number(rows: list[list[Any]], c: int, data_rows: list[int]) -> bool:
    values = [cell_number(_cell(rows, r, c)) for r in data_rows]
    return (
        bool(values)
        and all(val is not None and not val[1] for val in values)
        and [val[0] for val in values] == [float(k) for k in range(1, len(values) + 1)]
    )  # type: ignore[index]


def _row_kind(row: list[Any]) -> str | None:
    """The total word of a row's label cells (those before its first number): ``합계``, or the
    ``소계`` of a group labelled in the cell before it (중부권 | 소계 | 3 | 60)."""
    for cell in row:
        if cell_number(cell) is not None:
            return None
        if kind := total_kind(cell):
            return kind
    return None


def total_rows(card_id: str, rec: Record) -> Iterator[Row]:
    for t, table in enumerate(lst(rec.get("tables"))):
        yield from _table_rows(card_id, t, d(table))


def _table_rows(card_id: str, t: int, table: Mapping[str, Any]) -> Iterator[Row]:
    header, rows = _grid(table)
    if not rows:
        return
    width = max(len(r) for r in [*header, *rows])
    row_kinds = [_row_kind(rows[r]) for r in range(len(rows))]
    groups = [_cell(rows, r, 0) for r in range(len(rows))]
    col_kinds = [
        next((k for h in header if (k := total_kind(h[c] if c < len(h) else None))), None)
        for c in range(width)
    ]
    title = table.get("title")

    def label(r: int) -> str:
        return str(_cell(rows, r, 0) or "")

    def head(c: int) -> str:
        return " ".join(str(h[c]) for h in header if c < len(h) and h[c]) or f"column {c + 1}"

    data_rows = [r for r, k in enumerate(row_kinds) if k is None]
    # column 0 holds the row labels; running numbers (연번) are never parts
    kinds = [
        k if c > 0 and not _running_number(rows, c, data_rows) else "label" for c, k in enumerate(col_kinds)
    ]
    not_summed = {c for c in range(1, width) if kinds[c] == "label" or head_not_additive(head(c))}
    for r, kind in enumerate(row_kinds):  # a total row: column by column
        if kind is None:
            continue
        parts = _parts_of(r, row_kinds, groups)
        for c in range(1, width):
            if c in not_summed:
                continue
            got = _compare(_cell(rows, r, c), [_cell(rows, p, c) for p in parts])
            if got is not None:
                yield _row(
                    card_id,
                    t,
                    r,
                    c,
                    got,
                    {
                        "table": title,
                        "total": label(r),
                        "along": "column",
                        "name": head(c),
                        "parts": [label(p) for p in parts],
                    },
                )
    for c, kind in enumerate(col_kinds):  # a total column: row by row
        if kind is None or c == 0:
            continue
        cols = _parts_of(c, kinds)
        for r in data_rows:
            cells = [_cell(rows, r, p) for p in cols]
            numeric = [p for p, cell in zip(cols, cells, strict=True) if cell_number(cell) is not None]
            if len(numeric) < 2 or numeric != cols[len(cols) - len(numeric) :]:
                continue  # the parts are the numeric columns next to the total, at least two
            got = _compare(_cell(rows, r, c), [_cell(rows, r, p) for p in numeric])
            if got is not None:
                yield _row(
                    card_id,
                    t,
                    r,
                    c,
                    got,
                    {
                        "table": title,
                        "total": head(c),
                        "along": "row",
                        "name": label(r),
                        "parts": [head(p) for p in numeric],
                    },
                )


def _row(card_id: str, t: int, r: int, c: int, got: tuple[float, float], detail: dict[str, Any]) -> Row:
    return {
        "code": "table.total",
        "card_id": card_id,
        "location": f"tables[{t}].rows[{r}][{c}]",
        "claimed": got[0],
        "parts_sum": got[1],
        "detail": detail,
    }


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    what = "column" if detail.get("along") == "column" else "row"
    return (
        claimed,
        parts,
        (
            f"table {detail.get('table') or ''!s}: {detail.get('total')} says {fmt(claimed)} in "
            f"{what} {detail.get('name')}, its parts ({', '.join(map(str, detail.get('parts', [])))}) "
            f"sum to {fmt(parts)}"
        ),
    )


CHECKS = [
    sum_check(
        "table.total",
        "side-table totals",
        description="a 계 / 합계 / 소계 row or column of a side table equals the sum of its parts",
        fails_when="a side table's total row (a label cell 계, 합계, 총계 or 소계) or total column (header cell "
        "one of them) differs, in one column or row, from the sum of its parts: every non-total "
        "row (column) for a grand total; for 소계 the rows of its group (a label before it) or the "
        "adjacent run; only whole-number cells in one "
        "additive unit are compared, running numbers (연번), % and 점 never",
        locations="`tables[t].rows[r][c]` (the total cell)",
        rows=total_rows,
        describe=_describe,
    ),
]
