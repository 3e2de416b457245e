"""The label cells of a body table none of whose labels a vocabulary names (short titles beside rich
content cells, or labels set a syllable a line)."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.heading_numbers import titleish
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.layout_labels import letter_lines, row_cells
from pledgecard.normalize.text import is_syllable


def bare_label_rows(table: Table) -> dict[int, Cell]:
    """The label cells of a body table none of whose labels a vocabulary names: rows below the
    table's top whose first cell is a short title (no digit, no colon) and whose other cell, reaching
    the table's right edge, holds the section's lines or tables (several paragraphs, or a nested
    table), or whose first cell spans rows split by a second label column; three or more such rows
    whose content cells start at one column."""
    found: dict[int, Cell] = {}
    starts: set[int] = set()
    for r in range(table.n_rows):
        cells = row_cells(table, r)
        if (
            len(cells) < 2
            or cells[0].col != 0
            or not titleish(" ".join(cells[0].text.split()))
            or len(cells[0].text.strip()) < 2
        ):
            continue
        first, content = cells[0], cells[-1]
        rich = bool(content.nested) or len(content.paragraphs) > 1 or _vertical(first)
        if len(cells) == 2 and rich and content.col + content.col_span == table.n_cols:
            found[r], _ = first, starts.add(content.col)
        elif (
            first.row_span >= 2
            and len(cells) == 3
            and all(len(row_cells(table, k)) == 2 for k in range(r + 1, r + first.row_span))
            and not _header_group(table, r, first.row_span)
        ):
            found[r], _ = first, starts.add(cells[-1].col)  # a label over sub-label rows
    # (or every row's label set vertically: the rows a page break carried off the card's body table)
    every = len(found) == table.n_rows and all(_vertical(c) for c in found.values())
    return found if (len(found) >= 3 or every) and len(starts) == 1 else {}


def _header_group(table: Table, r: int, span: int) -> bool:
    """Whether the sub-labels beside a label spanning rows ``r`` .. ``r + span`` are header labels, all
    but at most one (``담 당`` over ``부서`` / ``성명`` / ``전화``): a group of the header's fields, no section."""
    subs = [row_cells(table, r)[1], *(row_cells(table, k)[0] for k in range(r + 1, r + span))]
    known = sum(1 for c in subs if header_field_of(" ".join(c.text.split())))
    return known >= 2 and known >= len(subs) - 1


def _vertical(cell: Cell) -> bool:
    """A label cell set one syllable a line (``앞`` / ``으`` / ``로`` / ``의`` / ``과`` / ``제``), three or more."""
    letters = letter_lines(cell.text)
    return bool(letters) and all(is_syllable(ln) for ln in letters)
