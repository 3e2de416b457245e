"""Funding rows of a text dump whose amounts group their thousands by a space and print their unit after
each amount (``계 13 321백만원 11 258백만원 1 182백만원 …``, mutant 4137 txt): the unit closes every amount,
so where one ends is printed, not guessed. Read only where every token of the row falls into such an
amount (a first group of one to three digits, then groups of exactly three, the last carrying the unit,
every amount the same unit) or is a dash (a zero cell of its own), and the cells are exactly as many as the
head's sub-columns name (two figures a period: 계획 | 확보): otherwise the row stays as printed, left to the
sums of :mod:`funding_spaced`. So too a row whose blank cells only its gaps print (:func:`gap_cells`)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.sections.funding_spaced import with_blanks
from pledgecard.normalize.money_amounts import printed_unit
from pledgecard.normalize.text import DASHES, fold

_LEAD = re.compile(r"[1-9]\d{0,2}|0")
_GROUP = re.compile(r"\d{3}")


def _unit_of(token: str) -> tuple[str, str] | None:
    """``('321', '백만원')`` for ``321백만원``: the digits and the unit printed after them; None otherwise."""
    m = re.match(r"\d+", token)
    if not m or m.end() == len(token):
        return None
    unit = printed_unit(token)
    if unit is None or token[m.end() :].replace(" ", "") != unit.replace(" ", ""):
        return None
    return m.group(0), unit


def unit_closed_cells(tokens: list[str], width: int) -> list[str] | None:
    """The cells of a row's amount tokens where a unit closes every amount: ``['13', '321백만원', '-']`` ->
    ``['13 321백만원', '-']``; None unless every token is a dash or part of such an amount, all print one unit,
    and the cells are ``width`` (the head's columns; one token a cell already: None, nothing to join)."""
    if len(tokens) <= width:
        return None
    cells: list[str] = []
    run: list[str] = []
    units: set[str] = set()
    for t in tokens:
        if fold(t) in DASHES:
            if run:
                return None  # a dash inside an amount
            cells.append(t)
            continue
        closed = _unit_of(t)
        digits = closed[0] if closed else t
        pattern = _LEAD if not run else _GROUP
        if not pattern.fullmatch(digits):
            return None
        run.append(t)
        if closed:
            units.add(closed[1].replace(" ", ""))
            cells.append(" ".join(run))
            run = []
    if run or len(units) != 1 or len(cells) != width:
        return None
    return cells


def gap_cells(printed: str | None, tokens: list[str], width: int) -> list[str] | None:
    """A row printing fewer figures than the head's sub-columns (two a period: 계획 | 확보) in a dump whose cells
    stand one space apart, each blank cell one space more (``국 비 5786백만원 2588백만원   1490백만원  1708백만원   ``,
    mutant 4238 txt): its cells with a blank (``""``) for each gap's extra space and the spaces closing the line,
    where that makes exactly ``width`` cells; None otherwise (no place told)."""
    if printed is None or len(tokens) >= width:
        return None
    cells = with_blanks(printed, tokens, width)
    if cells == tokens:
        return None  # no gap shows a blank: the row is not of that dump's convention
    if len(cells) < width and not printed.endswith((" ", "\u3000")):
        # the spaces closing the line a reader cut off (a row it parted into cells by their gaps): the cells
        # short of the head close the row blank (the column sums prove each, or the row is nulled)
        cells = cells + [""] * (width - len(cells))
    return cells if len(cells) == width else None


def printed_by_columns(table: Table, row: int) -> str | None:
    """A text dump's row line as printed, its gaps kept, from the display columns of the cells a reader parted
    it into (a row of cells printed a space apart, blank cells a space more each); None where a cell holds no
    columns (not a text dump's)."""
    cells = sorted((c for c in table.cells if c.row == row), key=lambda c: c.col)
    if not cells or any(c.source.columns is None for c in cells):
        return None
    out, end = "", None
    for c in cells:
        start, stop = c.source.columns  # type: ignore[misc]
        out += (" " * max(1, start - end) if end is not None else "") + " ".join(c.text.split())
        end = stop
    return out
