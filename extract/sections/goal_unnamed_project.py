"""A goal table's project column whose head names no column kind, told by its place and its cells.

A template may head its project column with a word the vocabulary does not hold (``단위사업``, ``추진과제``): with no
column named for the project, the table's rows had no key, a row group's rows ran together into one goal (their
targets joined into one cell, ``3.1km 공정률 80% -``) and a later year's target was paired with an earlier one's. Here
the table's FIRST column is its project column when no head names one and:

- its head is printed and names no column kind (:func:`.goal_head_words.header_words_kind`), no other column
  reads it (a target, an actual, a status, a year, a unit or a rate column, or a column of no field's);
- its filled body cells, row-group lines aside, are words: none a figure, a year, a date or a status word alone, none
  opening with a figure (a period ``2024~2026`` under ``사업기간``); one at least.

A row whose project cell is a total's word alone (``계``, ``소계``, ``합계``: ``[totals] words``) closes the projects
above it (their targets summed where they share a unit, ``-`` else): no goal (:func:`total_rows_out`), whatever
names the project column.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_patterns import status_re
from pledgecard.extract.sections.goal_values import value_unit, year_cell_of
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.dates import find_dates
from pledgecard.normalize.money import cell_figure
from pledgecard.normalize.text import is_dash


def _figure_led(text: str) -> bool:
    """Whether a cell opens on a figure (a year, a period ``2024~2026``) with no word after it: a name opening on a
    figure and going on in words (``2030 창업 인재양성``, ``5대 전략산업``) is a name."""
    toks = text.split()
    if not text[:1].isdigit():
        return False
    rest = toks[1:]
    return not rest or not all(
        any(ch.isalpha() for ch in t) and not any(ch.isdigit() for ch in t) for t in rest
    )


def _word_cell(cell: str) -> bool:
    """Whether a body cell prints words only: no figure, year, date, dash or status word alone, no figure first
    unless words follow it (:func:`_figure_led`)."""
    text = cell.strip()
    return not (
        _figure_led(text)  # a figure, a year or a period (2024~2026) opening the cell, no words after it
        or find_dates(text)
        or is_dash(text)
        or year_cell_of(text) is not None
        or cell_figure(text) is not None
        or value_unit(text) is not None
        or current().build(status_re).fullmatch(text.replace(" ", ""))
    )


def unnamed_project_column(header: list[str], rows: list[list[str]], taken: set[int]) -> int | None:
    """0 when the table's first column is its project column by the rules of the module, else None (``rows``: the
    body rows, row-group lines left out; ``taken``: the columns another field or no field's reads)."""
    if not header or 0 in taken or not header[0].strip() or header_words_kind(header[0].replace(" ", "")):
        return None
    cells = [r[0] for r in rows if r and r[0].strip()]
    return 0 if cells and all(_word_cell(c) for c in cells) else None


def total_rows_out(numbered: list[tuple[int, list[str]]], c_proj: int | None) -> list[tuple[int, list[str]]]:
    """``numbered`` (grid rows with their index) without the rows whose project cell is a total's word alone."""
    if c_proj is None:
        return numbered
    totals = {key(w) for w in current().words("totals", "words")}
    return [(r, row) for r, row in numbered if not (c_proj < len(row) and key(row[c_proj]) in totals)]
