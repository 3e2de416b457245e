"""A row of one cell heading a section: its first line a section heading, or a title bar over its box."""

from __future__ import annotations

import re

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.heading_numbers import titleish
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout_labels import numbered_title, row_cells
from pledgecard.extract.layout_lines import Line, lines_of_cell
from pledgecard.extract.markers import FRAMED_LINE, is_numbering


def heading_cell(table: Table, row: int) -> Cell | None:
    """A row of one cell whose first line is a section heading (``□ 사업개요`` across the table), or
    a title bar: the cell holds nothing but a numbered title (``[1] 사업의 주요 골자`` over the rows of
    its box), whatever its words (extract/content_kinds.py names the section by its content)."""
    cells = row_cells(table, row)
    if len(cells) != 1:
        return None
    own = cells[0]
    if own.row_span >= 2 and any(
        own.row < c.row < own.row + own.row_span and c.col > own.col for c in table.cells
    ):
        return None  # a corner cell over the rows beside it (a grid's head spanning its head rows)
    lines = lines_of_cell(cells[0])
    if not lines or section_of(lines[0].text) is None and not _title_bar(table, row, cells[0], lines):
        return None
    return cells[0]


def _title_bar(table: Table, row: int, cell: Cell, lines: list[Line]) -> bool:
    """A cell across the table holding one title line alone, shaped as a heading (numbered, after a
    heading glyph, or framed by brackets: ``[1] 사업의 주요 골자``, ``■ 돈이 드는 곳``, ``【 지표 점검 】``),
    with rows of the table below it (a box's title bar: its content in the rows under it)."""
    if len(lines) != 1 or cell.nested or row + max(1, cell.row_span) >= table.n_rows:
        return False
    line = lines[0]
    framed = FRAMED_LINE.match(line.full_text) if line.marker is None else None
    title = framed.group("body") if framed else line.text
    shaped = numbered_title(line.full_text) or bool(framed) or glyphed(line) or _box_below(table, row, cell)
    return shaped and titleish(title) and re.search(r"[가-힣]", title) is not None


def _box_below(table: Table, row: int, cell: Cell) -> bool:
    """The row under a cell is one cell across the table holding a section's lines or tables (several
    paragraphs, or a nested table): the cell above, a bare title alone, is its box's title bar."""
    below = row_cells(table, row + max(1, cell.row_span))
    return (
        len(below) == 1
        and below[0].col_span >= table.n_cols
        and (bool(below[0].nested) or len(below[0].paragraphs) > 1)
    )


def glyphed(line: Line) -> bool:
    """A line after a glyph (no numbering): a heading glyph (■ ▶) or one that bullets items too (◆ ●)."""
    return (
        line.marker is not None
        and not is_numbering(line.marker)
        and len(line.marker) == 1
        and not line.marker.isalnum()
    )
