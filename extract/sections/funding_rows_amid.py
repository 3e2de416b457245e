"""A funding table's last rows that a dump printed amid another section, the table under its own heading
left without them (its total row among them).

pdftotext's default mode prints the text of a sheet printed two pages side by side (2-up, 모아찍기) in one
order, the two pages' boxes merged by their height on the sheet: a funding table set years down that a page
break cuts, its first rows at the foot of the left page and its last rows (the 합계 among them) atop the
right one, comes out with the last rows a cell a line amid the left page's header cells, long before the
table's heading, head and first rows (which close the dump's sheet). The funding then reads its first rows
only; the rows printed apart are read by no section.

:func:`funding_rows_printed_amid` moves such a run back after the funding's own rows where the sums prove it:
the funding's lines end with rows of a period label and ``n`` amounts (a row a line or a cell a line, a dash
a blank amount) right under the table's head, none of them a total row; the run, elsewhere in the card, is
rows of the same shape, one of them the total row; with the run the periods are in order (prior, years
rising, after the term) and the total row is, in every one of the ``n`` columns, the sum of all the other
rows. Nothing else moves.

The other way round (:func:`funding_cells_after_total`): the funding's rows read whole, the total row proving
the sums, and after them, before the next heading, cells of the other page's table (the channel table's labels
and counts a cell a line): those lines are no part of the funding (read with it, they print rows of more
cells than the head and leave every amount null); they are set apart in a section of no heading, read by no
section (where they go in the other table the dump does not tell). Only cells are set apart: a bullet or a note
line under the table, a unit line, a row of figures (a share row the sums leave out) or a side table keyed by
places (the funding's own) keeps the section whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.card_results import Section
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_column_heads import PERIOD_RANK, classify_column
from pledgecard.extract.sections.funding_side_tables import side_tables_apart
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.money_amounts import looks_like_amount, parse_amount

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from pledgecard.extract.section_items import SectionItems

MIN_AMOUNTS = 2  # amounts a row holds, at least (a source and the total, or two sources)
MAX_AMOUNTS = 8  # and at most
MIN_ROWS = 2  # rows a moved run holds, at least
MAX_LABEL_WORDS = 2  # words of a period label printed on its row's line (2027 이후)

Token = tuple[str, int]  # a cell's text and the index of its line
Row = tuple[str, list[int]]  # a period label and its amounts


def _period(text: str) -> str | None:
    """The kind of a period or total label (``2023년``, ``기투자``, ``임기후``, ``합계``); None otherwise."""
    kind = classify_column(text)["kind"]
    return kind if kind in (*PERIOD_RANK, "total") else None


def _amount(text: str) -> int | None:
    return parse_amount(text) if looks_like_amount(text) else None


def _cells(ln: Line) -> list[str] | None:
    """The cells a line prints: a dash alone (a blank amount), a period label, an amount, or a row a line (a
    period label and its amounts); None for any other line."""
    if ln.marker is not None and not ln.text.strip():
        return ["-"] if ln.marker in "-−" else None
    if ln.marker is not None:
        return None
    text = ln.text.strip()
    words = text.split()
    for cut in range(1, MAX_LABEL_WORDS + 1):
        rest = words[cut:]
        if (
            len(rest) >= MIN_AMOUNTS
            and _period(" ".join(words[:cut])) is not None
            and all(_amount(w) is not None for w in rest)
        ):
            return [" ".join(words[:cut]), *rest]
    return [text] if _period(text) is not None or _amount(text) is not None else None


def _tokens(items: Sequence[object], start: int, end: int) -> list[Token] | None:
    out: list[Token] = []
    for k in range(start, end):
        it = items[k]
        cells = _cells(it) if isinstance(it, Line) else None
        if cells is None:
            return None
        out += [(c, k) for c in cells]
    return out


def _rows(tokens: list[Token], n: int) -> list[Row] | None:
    """``tokens`` read whole as rows of a period label and ``n`` amounts; None otherwise."""
    if not tokens or len(tokens) % (n + 1):
        return None
    rows: list[Row] = []
    for r in range(0, len(tokens), n + 1):
        label, amounts = tokens[r][0], [_amount(t) for t, _ in tokens[r + 1 : r + n + 1]]
        if _period(label) is None or any(a is None for a in amounts):
            return None
        rows.append((label, [a or 0 for a in amounts]))
    return rows


def _own_rows(items: list[object], n: int) -> tuple[list[Row], int] | None:
    """The rows closing the funding's lines (from the line after the table's head to the end) and where they
    start, when the line before them is a head cell (no amount, no row): the table's rows are all read."""
    rows: list[Row] = []
    start = len(items)
    for k in range(len(items) - 1, -1, -1):
        tokens = _tokens(items, k, len(items))
        if tokens is None:
            break
        got = _rows(tokens, n)
        if got is not None:
            rows, start = got, k
    if not rows:
        return None
    before = items[start - 1] if start > 0 else None
    if not isinstance(before, Line) or before.marker is not None or _amount(before.text) is not None:
        return None
    return rows, start


def _in_order(rows: list[Row]) -> bool:
    """The rows' periods (the total row aside) distinct and in order: prior, years rising, after the term."""
    keys = []
    for label, _ in rows:
        col = classify_column(label)
        if col["kind"] != "total":
            keys.append((PERIOD_RANK[col["kind"]], col["year"] or 0))
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))


def _proven(rows: list[Row], n: int) -> bool:
    """One total row, in every column the sum of the other rows (two columns at least not zero), periods in order."""
    totals = [r for r in rows if _period(r[0]) == "total"]
    if len(totals) != 1 or not _in_order(rows):
        return False
    total = totals[0][1]
    others = [r[1] for r in rows if r is not totals[0]]
    sums = [sum(r[c] for r in others) for c in range(n)]
    return sums == total and sum(1 for v in total if v) >= MIN_AMOUNTS


def _rows_from(cells: list[list[str] | None], i: int, n: int) -> Iterator[tuple[int, list[Row]]]:
    """The rows of a period label and ``n`` amounts read from line ``i`` on, while they read: at every row's end
    that is a line's end, that line's index plus one and the rows so far."""
    tokens: list[str] = []
    rows: list[Row] = []
    for k in range(i, len(cells)):
        got = cells[k]
        if got is None:
            return
        tokens += got
        while len(tokens) >= n + 1:
            label, amounts = tokens[0], [_amount(t) for t in tokens[1 : n + 1]]
            if _period(label) is None or any(a is None for a in amounts):
                return
            rows.append((label, [a or 0 for a in amounts]))
            del tokens[: n + 1]
        if tokens and _period(tokens[0]) is None:
            return
        if not tokens:
            yield k + 1, list(rows)


def _line_cells(items: Sequence[object]) -> list[list[str] | None]:
    return [_cells(it) if isinstance(it, Line) else None for it in items]


def _heads(items: Sequence[object], end: int, n: int) -> list[str] | None:
    """The texts of the ``n`` lines before ``end`` (a table's column heads when none is an amount, 계 among
    them), spaces aside."""
    if end < n:
        return None
    lines = items[end - n : end]
    if not all(
        isinstance(ln, Line) and ln.marker is None and _amount(ln.text.strip()) is None for ln in lines
    ):
        return None
    return ["".join(ln.text.split()) for ln in lines]  # type: ignore[union-attr]


def _run(
    items: list[object], n: int, own: list[Row], head: list[str] | None = None
) -> tuple[int, int] | None:
    """The first run of ``items`` (lines from a period label's to an amount's) reading as rows of ``n`` amounts
    that, after the funding's own rows, the sums prove (:func:`_proven`); the longest such run from its start.

    The run stands alone: the line just before it is no cell of a row (no period label, no amount). A run whose
    line before is such a cell is the tail of another table printed a cell a line (a spending table in the
    plans, its years and total), its first rows left behind, and is never moved; nor is a run right under a
    copy of the funding's ``head`` (its ``n`` column heads): that is a table of its own."""
    cells = _line_cells(items)
    for i, first in enumerate(cells):
        if not first or _period(first[0]) is None or (i > 0 and cells[i - 1] is not None):
            continue
        if head is not None and _heads(items, i, n) == head:
            continue
        ends = [
            end for end, rows in _rows_from(cells, i, n) if len(rows) >= MIN_ROWS and _proven(own + rows, n)
        ]
        if ends:
            return i, ends[-1]
    return None


def funding_rows_printed_amid(sections: Sequence[SectionItems]) -> None:
    """Move a funding table's last rows printed amid another section back after the funding's own rows."""
    funding = [s for s in sections if s.name == "funding"]
    if len(funding) != 1 or not funding[0].items or not all(isinstance(it, Line) for it in funding[0].items):
        return
    target = funding[0]
    items: list[object] = list(target.items)
    for n in range(MIN_AMOUNTS, MAX_AMOUNTS + 1):
        found = _own_rows(items, n)
        if found is None or any(_period(label) == "total" for label, _ in found[0]):
            continue
        for sec in sections:
            if sec is target:
                continue
            run = _run(list(sec.items), n, found[0], _heads(items, found[1], n))
            if run is not None:
                target.items.extend(sec.items[run[0] : run[1]])
                del sec.items[run[0] : run[1]]
                return


def _whole_rows(items: list[object]) -> tuple[int, int] | None:
    """Where the rows of a funding table end in ``items`` (lines of its head, then rows of a period label and
    ``n`` amounts, the head's last cell no amount) when they are proven whole (:func:`_proven`) and lines
    follow them, and ``n``; None otherwise."""
    cells = _line_cells(items)
    for i in range(1, len(items)):
        first, before = cells[i], items[i - 1]
        if (
            not first
            or _period(first[0]) is None
            or not isinstance(before, Line)
            or before.marker is not None
            or cells[i - 1] is not None
        ):
            continue
        for n in range(MIN_AMOUNTS, MAX_AMOUNTS + 1):
            read = list(_rows_from(cells, i, n))
            if read and len(read[-1][1]) >= MIN_ROWS and read[-1][0] < len(items) and _proven(read[-1][1], n):
                return read[-1][0], n
    return None


def _another_row(tail: list[Line], n: int) -> bool:
    """Whether the lines after the rows open with one more row of the table: a line holding two figures or more
    (``비율(%) 100.0 43.3 17.2``), or a label and ``n`` figures a cell a line (a share row the sums leave out)."""
    if any(sum(_amount(w) is not None for w in ln.text.split()) >= MIN_AMOUNTS for ln in tail):
        return True
    return len(tail) > n and all(_amount(ln.full_text.strip() or "-") is not None for ln in tail[1 : n + 1])


def funding_cells_after_total(sections: list[Section]) -> None:
    """Set apart the lines printed after a funding table's rows proven whole, before the next heading."""
    at = [i for i, s in enumerate(sections) if s.name == "funding"]
    if len(at) != 1 or not all(isinstance(it, Line) for it in sections[at[0]].items):
        return
    target = sections[at[0]]
    found = _whole_rows(list(target.items))
    if found is None or side_tables_apart(target.items)[1]:
        return  # (a table under the funding keyed by places is the funding's side table)
    end, n = found
    tail = [it for it in target.items[end:] if isinstance(it, Line)]
    if any(it.marker is not None and it.text.strip() or find_unit(it.text) for it in tail) or _another_row(
        tail, n
    ):
        return  # a bullet or a note under the table, a unit line opening a table of money, a share row: the funding's
    sections.insert(at[0] + 1, Section(name=None, heading=None, items=target.items[end:]))
    del target.items[end:]


__all__ = ["funding_cells_after_total", "funding_rows_printed_amid"]
