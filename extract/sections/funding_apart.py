"""A funding table a dump printed under the next section's heading: ``pdftotext`` in its default mode
prints a page's boxes in its own order, and a section label drawn turned (or set in a column of its own)
may come out before the table beside it. The funding section then holds its unit line and no table,
and the next section opens with the table's cells. The unmarked lines opening that section (a dash alone among
them), up to its first marked line or table, move back to the funding when, joined to the funding's lines, they print a
funding table (:func:`~pledgecard.extract.roles.lines_are_funding`: a unit line and rows of a source
label and its amounts, a row or a cell a line) and the funding's lines alone print none.

The other way round (:func:`funding_head_printed_before`): a head cell naming the funding (``연도별 투자
실적 및 계획``, spanning the years) read as its heading, the table's unit line and first head cells
(``구분`` / ``총사업`` / ``비``) printed above it close the section before: they move to the funding's
start on the same proof.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.roles import lines_are_funding
from pledgecard.extract.section_items import SectionItems
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import DASHES

if TYPE_CHECKING:
    from collections.abc import Sequence

MIN_CELLS = 4  # lines: fewer print no table of a source and its amounts
MAX_HEAD_CELLS = 6  # short lines of a head printed after its unit line
HEAD_CELL_CHARS = 12
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year head cell printed alone (2024), no amount
_FIGURE = re.compile(rf"[△▲+\-−]?\d[\d,]*(?:\.\d+)?|[{re.escape(''.join(DASHES))}]")


def leading_cells(items: Sequence[Item]) -> int:
    """The number of unmarked lines opening ``items`` (up to the first marked line or table); a dash
    alone (a cell's zero, read as a bullet with no text) is such a line."""
    n = 0
    for it in items:
        if not isinstance(it, Line) or it.marker is not None and it.text.strip():
            break
        n += 1
    return n


def _tableless_funding(sections: Sequence[SectionItems]) -> tuple[int, list[Line]] | None:
    """The funding section's index and its lines, when it holds no table and its lines alone print
    none (a table printed apart from its heading, what both moves mend); else None."""
    at = next((i for i, s in enumerate(sections) if s.name == "funding"), None)
    if at is None or any(not isinstance(it, Line) for it in sections[at].items):
        return None  # no funding, or a table of its own
    lines = [it for it in sections[at].items if isinstance(it, Line)]
    return None if lines_are_funding(lines) else (at, lines)


def funding_printed_after(sections: Sequence[SectionItems]) -> None:
    """Move the funding table's lines printed under the next section's heading back to the funding."""
    found = _tableless_funding(sections)
    if found is None or found[0] + 1 >= len(sections):
        return
    at, lines = found
    if rows_printed(lines) >= 2 or figure_cell_rows(lines) >= 2:
        return  # its own rows (or cells) printed under its heading (a table a reader missed): the next section's lines stay its
    own, after = sections[at], sections[at + 1]
    n = leading_cells(after.items)
    if n < MIN_CELLS:
        return
    run = [it for it in after.items[:n] if isinstance(it, Line)]
    if lines_are_funding(lines + run):
        own.items.extend(run)
        del after.items[:n]


def rows_printed(lines: Sequence[Line]) -> int:
    """How many of ``lines`` print a table's row a line: a label of words, then two or more figures or dashes (a note's
    words may close it). A funding section holding such rows holds its table, whether or not
    :func:`lines_are_funding` tells it (session 35, txtmoney2: mutant 4370 txt, a transposed table under a head a cell a
    line, rows 총사업비 / 기투자 / 임기내 / 임기후 closing with 특이사항 words; the outreach table under the next heading
    was moved into the funding, neither read)."""

    def row(toks: list[str]) -> bool:
        k = next((i for i, t in enumerate(toks) if _FIGURE.fullmatch(t)), None)
        if not k:
            return False
        run = 0
        while k + run < len(toks) and _FIGURE.fullmatch(toks[k + run]):
            run += 1
        return run >= 2 and not any(ch.isdigit() for t in toks[k + run :] for ch in t)

    return sum(1 for ln in lines if row(ln.text.split()))


def figure_cells(lines: Sequence[Line]) -> int:
    """How many of ``lines`` print figures alone (``1 080 026``, ``915,045``, a dash): a table's cells printed a cell a
    line. A funding section holding such cells holds its table, however it failed to read (mutant 9050 txt: amounts
    spaced in thousands groups, a cell a line; the outreach table under the next heading was moved into the funding,
    the outreach lost)."""

    def cell(toks: list[str]) -> bool:
        return (
            bool(toks)
            and all(_FIGURE.fullmatch(t) for t in toks)
            and not (len(toks) == 1 and _YEAR.fullmatch(toks[0]))
        )

    return sum(1 for ln in lines if cell(ln.text.split()))


def figure_cell_rows(lines: Sequence[Line]) -> int:
    """How many rows' cells ``lines`` print a cell a line: runs of two or more lines of figures alone (:func:`figure_cells`)
    between the lines of words (a row's label). Cells of one row only (``계`` then its four amounts) may be all the
    funding printed under its heading, the other rows' cells under the next heading (mendcw3: four figure lines kept
    the 국비 / 도비 rows from the funding)."""
    runs = run = 0
    for ln in lines:
        if figure_cells([ln]):
            run += 1
            continue
        runs, run = runs + (run >= 2), 0
    return runs + (run >= 2)


def _head_cell(it: Item) -> bool:
    """A short unmarked line of words, no figure: a head cell printed a cell a line (``총사업``)."""
    return (
        isinstance(it, Line)
        and it.marker is None
        and 0 < len(it.text) <= HEAD_CELL_CHARS
        and not any(ch.isdigit() for ch in it.text)
    )


def funding_head_printed_before(sections: Sequence[SectionItems]) -> None:
    """Move the funding table's unit line and first head cells, closing the section before the
    funding's, to the funding's start."""
    found = _tableless_funding(sections)
    if found is None or found[0] < 1:
        return
    at, lines = found
    own, before = sections[at], sections[at - 1]
    units = [
        k for k, it in enumerate(before.items) if isinstance(it, Line) and find_unit(it.text) is not None
    ]
    if (
        not units
        or not 0 < len(before.items) - units[-1] - 1 <= MAX_HEAD_CELLS
        or not all(_head_cell(it) for it in before.items[units[-1] + 1 :])
    ):
        return
    run = [it for it in before.items[units[-1] :] if isinstance(it, Line)]
    if not lines_are_funding(run + lines):
        return
    own.items[:0] = run
    del before.items[units[-1] :]
