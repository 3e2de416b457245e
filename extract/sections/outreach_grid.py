"""A channel table read from a table's grid (a head row over a count row, or a channel a row)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.sections.outreach_log import from_log_grid
from pledgecard.extract.sections.outreach_note_dashes import note_column
from pledgecard.extract.sections.outreach_split_labels import labels_joined
from pledgecard.extract.sections.outreach_unnamed_rows import channel_rows
from pledgecard.extract.sections.outreach_words import (
    category_of,
    count_cell,
    default_unit,
    is_total_label,
    is_value_line,
    outreach_item,
    split_header,
    with_total_raw,
)
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import DASHES, fold
from pledgecard.record import Outreach, OutreachItem


def total_column(head: list[str], width: int) -> int | None:
    """The column a channel table's head row names by a total word (구분 | 1/4분기 .. 4/4분기 | 계):
    each channel's count is its total over the period columns beside it."""
    return next((k for k in range(1, min(width, len(head))) if is_total_label(fold(head[k]))), None)


def _spanning_total(head: list[str]) -> bool:
    """A head row printed as one cell over every column (a dump's head words one space apart, no
    column parted) naming a total among its words (``구분 1/4분기 2/4분기 3/4분기 4/4분기 계``): the
    table has a total column, but which of the cells under it that is no head cell shows."""
    return len(head) > 2 and len(set(head)) == 1 and any(is_total_label(fold(w)) for w in head[0].split())


def _line_over(row: list[str]) -> bool:
    """Whether a grid row is a line printed over the table a layout dump set in its columns: one cell filled, no
    count, no channel and no total word in it (``⦋단위:회⦌`` right-aligned over a quarterly channel table, mutant
    4071 pdftotext -layout: taken for the head row, the total column was not found and the first quarter's counts
    were read as the channels', 5 wrong figures)."""
    filled = [c.strip() for c in row if c.strip()]
    return (
        len(filled) == 1
        and not is_value_line(filled[0])
        and not category_of(filled[0])
        and not is_total_label(filled[0])
    )


def _one_channel_a_row(grid: list[list[str]]) -> list[list[str]] | None:
    """Channels down the first column: the channel row over the count row. The count column is the
    one the head row names by a total word (counts per period beside it, 1/4분기 .. 4/4분기 | 계),
    else the first whose cells in the channel rows are all counts (a head row above them, 구분 |
    횟수, is dropped; a cell left blank, no count printed, does not stop it); a column of words beside
    it holds each channel's note (``3(설명회)``). None when the head names a total column in one cell
    spanning the row (its place unknown: the first column of counts would be a period's)."""
    rows = channel_rows(grid)  # an unknown channel below the known ones too (outreach_unnamed_rows)
    width = min(len(r) for r in rows)
    heads = [r for r in grid if not any(r is c for c in rows)]
    top = next(
        (r for r in grid if not _line_over(r)), grid[0]
    )  # a unit or note line set in the grid's top row
    heads = [r for r in heads if not (r is not top and _line_over(r) and grid.index(r) < grid.index(top))]
    count_col = total_column(heads[0], width) if heads and top is heads[0] else None
    if count_col is None and heads and top is heads[0] and _spanning_total(heads[0]):
        return None
    if count_col is None:
        count_col = next(
            (
                k
                for k in range(1, width)
                if all(is_value_line(r[k]) or not r[k].strip() for r in rows)
                and any(is_value_line(r[k]) for r in rows)
            ),
            width - 1,
        )
    notes = [
        k
        for k in range(1, width)
        if k != count_col  # (a dash a channel's empty note: outreach_note_dashes)
        and note_column([r[k] for r in rows], is_value_line)
    ]
    values = []
    for r in rows:
        note = " ".join(r[k].strip() for k in notes if r[k].strip() and r[k].strip() not in DASHES)
        values.append(f"{r[count_col]}({note})" if note and not is_total_label(r[0]) else r[count_col])
    return [[r[0] for r in rows], values]


def from_grid(grid: list[list[str]], aligned: bool = False) -> Outreach | None:
    """A channel table's outreach from its grid, or None; ``aligned`` where the reader knows each cell's column
    (a cell a line): no misalignment of head and counts is then guessed."""
    if len(grid) < 2:
        return None
    grid = labels_joined(grid)  # a label column the reader split in two (centred labels a column right)
    if (
        len(grid) > 2
        and all(len(r) >= 2 for r in grid)
        and sum(1 for r in grid if category_of(r[0]) or is_total_label(r[0])) >= 2
    ):
        one = _one_channel_a_row(grid)
        if one is None:
            return None
        grid = one
    header, values = _spans_parted(grid[0]), grid[-1]
    total = None
    unit = None
    total_raw = ""
    items = []
    printed = []  # each item's own count cell, as printed (the label column and the total left out)
    for k, (h, v) in enumerate(zip(header, values, strict=False)):
        h = fold(h)
        if (
            k == 0
            and h.replace(" ", "")
            in (*current().words("label_column"), *current().words("label_column", "corner_columns"))
            and not is_value_line(v)
        ):
            # the rows' label column (구분 | 실적(건); 연도 over a row a year): no channel; a count unit in its
            # row label is the table's
            unit = next(
                (
                    u
                    for u in re.findall(r"\(([^)]*)\)", fold(v))
                    if u.strip() in current().words("counts", "units")
                ),
                unit,
            )
            continue
        if is_total_label(h):
            total, printed_unit = count_cell(v)
            unit = printed_unit or unit
            total_raw = v
            continue
        if h:
            items.append(
                outreach_item(h, category_of(h) or "other", fold(v))
            )  # an unknown channel is "other"
            printed.append(fold(v))
    if not items or not any(category_of(it["label"]) for it in items):
        # no label names a channel (``구분 | 2021년 | 2022년 | 계`` over ``취업자 35 13 48``): a table
        # of some other count the section's lines took, no channel table
        return None
    # a blank cell counts none where the others add up to the total; the cells are the items' own, so a label
    # column (구분 | ... over 실적 | ...) shifts none of them (mutant 3608: the label cell taken for the first
    # channel's, no blank was ever proven under such a head)
    blanks_by_total(items, total, printed)
    counts = [it["count"] for it in items]
    if header != grid[0] and (total is None or None in counts or sum(counts) != total):  # type: ignore[arg-type]
        # a spanning cell parted into its channels: kept only where the counts add up to the total
        items = [outreach_item(it["label"], it["category"], "") for it in items]
    if not aligned and _misaligned(header, values):
        # two channels' labels in one header cell, or a count under no label: a layout dump's
        # columns did not line up, so which count is whose is not known; the channels, no counts
        items = [
            outreach_item(label, cat, "")
            for k, h in enumerate(header)
            if fold(h)
            and not is_total_label(fold(h))
            and not (k == 0 and _corner(h))  # the label column's corner (구 분) is no channel (review d)
            for label, cat in (split_header(fold(h)) or [(fold(h), category_of(fold(h)) or "other")])
        ]
    return with_total_raw({"unit": unit or default_unit(), "total": total, "items": items}, total_raw)


def _corner(cell: str) -> bool:
    return fold(cell).replace(" ", "") in (
        *current().words("label_column"),
        *current().words("label_column", "corner_columns"),
    )


def blanks_by_total(items: list[OutreachItem], total: int | None, printed: list[str]) -> None:
    """Channels whose count cell is blank count none where the other channels' counts add up to the
    printed total (proven); they stay null otherwise."""
    blank = [it for it, raw in zip(items, printed, strict=False) if it["count"] is None and not raw]
    known = [it["count"] for it in items if not any(it is b for b in blank)]
    if (
        blank
        and len(printed) == len(items)
        and total is not None
        and None not in known
        and sum(known) == total
    ):
        for it in blank:
            it["count"] = 0


def _spans_parted(header: list[str]) -> list[str]:
    """A header cell spanning ``k`` columns (printed once per column it covers) that names ``k``
    channels run together (``만족도 조사 전문가 자문`` over two counts: two labels a layout dump
    printed one space apart, read as one cell over both columns): each column takes its label, in
    the order printed. Any other cell stays as it is."""
    out = list(header)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and out[j + 1] == out[k]:
            j += 1
        labels = split_header(fold(out[k])) if j > k and fold(out[k]) else []
        if (
            j > k
            and len(labels) == j - k + 1
            and len({cat for _, cat in labels}) == len(labels)
            and fold(out[k]).startswith(labels[0][0])
        ):
            out[k : j + 1] = [label for label, _ in labels]
        k = j + 1
    return out


def _misaligned(header: list[str], values: list[str]) -> bool:
    """Whether a channel table's header and count rows fail to line up: a header cell naming two
    channels, two cells side by side naming one (a label cut in two, its column taken from
    another), a cell of two bare counts, or a count under an empty header cell."""
    if any(len({cat for _, cat in split_header(fold(h))}) > 1 for h in header):
        return True
    cats = [category_of(fold(h)) for h in header if fold(h)]
    if any(a is not None and a == b for a, b in zip(cats, cats[1:], strict=False)):
        return True
    if any(_BARE_FIGURES.fullmatch(fold(v).strip()) for v in values):
        return True  # two bare counts in one cell (``2 104``): two columns the dump did not part
    return any(not fold(h) and fold(v) for h, v in zip(header, values, strict=False))


_BARE_FIGURES = re.compile(r"\d[\d,]*(?:\s+\d[\d,]*)+")


def log_over_tables(grid: list[list[str]], later: list[Table]) -> tuple[Outreach, list[Table]] | None:
    """A dated log whose rows a page break carried into the tables after it (a layout dump measures
    the next page on its own: its rows stand in columns of their own, the head not repeated or
    repeated): the log read over their rows together, kept only where it ends in a grand total its
    subtotals prove (every channel's count read), which its first table alone does not reach."""
    alone = from_log_grid(grid, category_of)
    if alone is not None and alone["total"] is not None:
        return None
    rows = list(grid)
    for k, table in enumerate(later):
        more = [[fold(c) for c in r] for r in table.grid()]
        rows += more[1:] if more and more[0] == grid[0] else more
        got = from_log_grid(rows, category_of)
        if got is not None and got["total"] is not None and all(i["count"] is not None for i in got["items"]):
            return got, later[: k + 1]
    return None
