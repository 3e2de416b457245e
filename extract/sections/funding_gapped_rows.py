"""Funding rows of a text dump printing every cell the head names and one more once its gaps are counted.

The class of card fixed: a dump whose cells stand one space apart prints a blank cell as a wider gap
(``기 타 1,368,930  161,077 630,422 492,230 85,201 -``: 2023 blank, the last ``-`` the 비고 cell's). Its tokens
are as many as the head's columns, so the row was read as printed, the note's dash a zero under the last
period and every figure a column early; its own total still holds (a blank moved from the front to the end
sums the same), so nothing nulled it (mutant 4301 txt, 기타 2024 read as 2025's). Such a row's places are
proven only by the columns' sums, as a row printing fewer cells than the head's (:func:`short_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.sections.funding_spaced import with_blanks

_GAPS = re.compile(r"(?<=\S) +(?=\S)")


def gapped_rows(lines: Sequence[object], named: int) -> set[str]:
    """The labels of the row lines (``lines``, as the dump printed them: ``printed`` keeps their space runs)
    printing no fewer figure tokens than the head's ``named`` columns and more cells than them once each wider
    gap is a blank cell: where each figure stands is no longer told by its order. (A row printing fewer figures
    is a short row, held to the sums already; its note's words are no figures.) Only a line whose cells stand one
    space apart: a line of a layout dump (``pdftotext -layout``) spaces every cell to its column, its wide gaps no
    blanks (angae-county 95004 layout: every row held to sums a watermark broke, the table null)."""
    out: set[str] = set()
    for ln in lines:
        if not isinstance(ln, Line) or ln.printed is None or (row := data_row(ln.full_text)) is None:
            continue
        gaps = [len(g) for g in _GAPS.findall(ln.printed)]
        if sum(1 for g in gaps if g == 1) <= sum(1 for g in gaps if g > 1):
            continue  # cells spaced to their columns: a wide gap is no blank cell
        tokens = row[1:]
        if (
            sum(1 for t in tokens if is_amount_cell(t)) >= named
            and len(with_blanks(ln.printed, tokens)) > len(tokens)
            and len(with_blanks(ln.printed, tokens)) > named
        ):
            out.add(row[0])
    return out


def named_columns(grid: list[list[str]]) -> int:
    """The columns a grid's head row names, its corner left out (0 for no grid)."""
    return sum(1 for c in grid[0][1:] if c.strip()) if grid else 0
