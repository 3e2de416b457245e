"""A measure that runs a year head into the head cell beside it (layout dumps of funding tables whose total's
head spans both head rows: ``총사업비`` printed between the rows, the years on the line under it).

``pdftotext -layout`` places each line's text by characters; in display columns a Hangul head spreads right
over its neighbour, so ``총사업비`` on one line and ``2023년`` on the next, one column apart in characters,
overlap in display columns and are read as one wrapped cell (``총사업비 2023년``): every head to its right
then lands one column off (haneul-city 18007: two ``2024`` columns, the funding left null). A year head is
printed whole (it never wraps under another head's words): a cell holding a whole year head on one line and
other words on another is two columns' heads run together, and the other measure, where it keeps them apart
and places every cell, is the block's (text_col_plan.plan). Only the head rows are looked at, those above the first
row printing a figure: a body cell wrapping a year over words (``2023년`` / ``하반기`` in a 추진일정 column) is one
cell's date, no heads run together, and must not turn the plan to a measure that splits it (a phantom column, or
``12월`` moved under the next row)."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import Row
from pledgecard.extract.readers.text_lines import is_figure
from pledgecard.normalize.periods import year_head


def stacks_year_head(rows: list[Row]) -> bool:
    """Whether a cell of ``rows`` holds a whole year head (``2023년``, ``'23``) on one line and words of no
    year on another line (``총사업비`` over ``2023년``); a year wrapped in its own cell (``2023`` / ``년``) is one."""
    for row in head_rows(rows):
        for cell in row.cells:
            if year_head("".join("".join(s.text.split()) for s in cell.segs)) is not None:
                continue
            years = {s.line for s in cell.segs if year_head(s.text) is not None}
            others = {
                s.line for s in cell.segs if year_head(s.text) is None and any(ch.isalpha() for ch in s.text)
            }
            if years and others - years:
                return True
    return False


def head_rows(rows: list[Row]) -> list[Row]:
    """The rows above the first row printing a figure (``30``, ``1,200``, a dash; a year is no figure): the heads."""
    for k, row in enumerate(rows):
        texts = ["".join("".join(s.text.split()) for s in cell.segs) for cell in row.cells]
        if any(is_figure(t) and year_head(t) is None for t in texts):
            return rows[:k]
    return rows
