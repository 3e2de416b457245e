"""A wrapped cell's top line printed right above its row (``본예산 반`` over ``도비  -  -  183,598 …`` with
``영 예정`` under it: ``pdftotext -layout`` centres a cell's lines on its row's line). Such a line belongs to the
row under it, not to the cell a page break cut above it (gippeum-county 77008 pdftotext -layout: the 국비 row's
비고 ``공모`` / ``선정`` cut by the page break, the next row's wrapped 비고 opening right after ``선정``, was read as
more of the cut cell and the rows after the break were lost). :func:`atop_row` tells it by structure: a lone
cell line with a row of cells on the very next line of its page."""

from __future__ import annotations

from pledgecard.extract.readers.text_line_kinds import cells_row, lone_cell
from pledgecard.extract.readers.text_lines import TLine


def atop_row(lines: list[TLine], i: int) -> bool:
    """Line ``i`` is a lone cell line with a row of cells right under it (no blank line between, same page):
    the top line of a cell of that row, wrapped around it."""
    if not 0 <= i < len(lines) - 1 or lines[i].blank or not lone_cell(lines[i]):
        return False
    below = lines[i + 1]
    return not below.blank and below.page == lines[i].page and cells_row(below)
