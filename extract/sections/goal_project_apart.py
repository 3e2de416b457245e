"""Goal rows printed one cell a line whose project cell a dump printed around the row's figures (pdftotext's
default mode, a two-line project cell beside one-line figure cells: ``아이돌봄 지원`` / ``4.5km`` / ``사업`` /
``3.7km`` / ``82%`` / ``완료``), and the rows of a table whose head's year and project words a page break left above
the rest of the head with the first row's cells under them (``연도`` / ``2024`` / ``세부사업`` / ``아이돌봄 기반`` /
``구축`` / ``목표`` ... : mulbit-city 62003).

A row is read only where one reading fits: its target and its actual each one whole figure in one unit, the
printed 달성률 their quotient (the figures proven the target's and the actual's), so every cell of no figure
is a piece of the project (a target or an actual printing a word beside its figure would not be whole), in the
order printed, the first cell the project's (the project column stands before the target); the pieces printed
above and below the target's line (before and after it: the cell centred on this row, not one spanning the next
row, whose rest the next row would print), and the next row printing no piece of a cell above it (none, or its
own pieces so centred). Any other row is left as it is (unread, with a finding: no cell placed by guess).

Class of card fixed too (session 32, review c): a cell of no figure that is a note, not a project's piece: a
target's qualifier or a unit printed on a line of its own among the row's cells or under the first row's cell
(``4.5km`` / ``(누적)``, ``아이돌봄 기반 구축`` / ``(단위 : km)``; the bracket shape, a unit line) went into the
project's text (``아이돌봄 지원사업 (누적)``). A note keeps its place among the cells (the layout read as
printed) but is no piece of the project; a project of notes alone is none. And two one-line project cells printed
above the head, the second row after a year line printing only its figures, were joined as the first row's
wrapped cell: the first row's cell is joined only where every later row prints its own project (else the lines
are the rows' cells, one a row, which :func:`goal_lead_runs.lead_columns` places where its count proves it)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from pledgecard.extract.sections.goal_values import RATE, rate_agrees, value_token, year_cell_of
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.counts import parse_number
from pledgecard.normalize.money_units import unit_line

# a two-line project cell beside one-line cells prints at most this many pieces
_MAX_PIECES = 3


def _whole_figure(cell: str) -> str | None:
    """A cell that is one figure with its unit and nothing else (``4.5km``): its unit."""
    m = current().build(value_token).match(cell.strip())
    return None if m is None or m.end() != len(cell.strip()) else m.group(2)


def note_cell(cell: str) -> bool:
    """A cell of no figure that is a note, no project's piece: wholly in one pair of brackets (``(누적)``), or a
    unit line (:func:`.money_units.unit_line`: ``(단위 : km)``)."""
    t = cell.strip()
    if (
        len(t) >= 2
        and _bracket(t[0], "Ps", "Pi", "<")
        and _bracket(t[-1], "Pe", "Pf", ">")
        and not any(_bracket(ch, "Ps", "Pi", "<") or _bracket(ch, "Pe", "Pf", ">") for ch in t[1:-1])
    ):
        return True
    return unit_line(t)


def _bracket(ch: str, opening: str, initial: str, angle: str) -> bool:
    """Whether ``ch`` is a bracket of one side: Unicode's opening (closing) punctuation or quote, or ASCII's angle."""
    return unicodedata.category(ch) in (opening, initial) or ch == angle


def project_of(pieces: list[str]) -> str | None:
    """The project's pieces (notes left out: :func:`note_cell`) joined in order; None when none is left."""
    kept = [p.strip() for p in pieces if not note_cell(p)]
    return " ".join(kept) if kept else None


def project_around_figures(row_cells: list[str], before: list[str]) -> tuple[str, list[str]] | None:
    """``row_cells`` (a row's cells before its status, the year taken off) read as a project cell printed in
    pieces around the cells of ``before`` (the head's columns before the status, the project's not among
    them): (the project's pieces joined, the cells of ``before`` in order), or None when the row is not
    such a row (see the module: the figures whole, one unit, the rate their quotient within a point)."""
    if before != ["target", "actual", "rate"] or not 0 < len(row_cells) - len(before) <= _MAX_PIECES:
        return None
    at = [k for k, c in enumerate(row_cells) if any(ch.isdigit() for ch in c)]  # the figures' places
    figures = [row_cells[k] for k in at]
    pieces = [c for k, c in enumerate(row_cells) if k not in at]
    if len(figures) != len(before) or not pieces or at[0] == 0 or at[1] < len(row_cells) - len(figures) + 1:
        return None  # the project opens the row; a piece after the actual may be the actual's word
    if at[1] - at[0] < 2:
        return (
            None  # no piece under the target's line: the cell may span the next row, its rest printed there
        )
    if any(year_cell_of(c) is not None for c in figures):
        return None
    target, actual, rate = (
        _whole_figure(figures[0]),
        _whole_figure(figures[1]),
        RATE.match(figures[2].strip()),
    )
    if target is None or actual is None or rate is None or target != actual:
        return None
    if not parse_number(figures[0].strip()[: len(figures[0].strip()) - len(target)]) or not rate_agrees(
        float(rate.group(1)), figures[0], figures[1]
    ):
        return None
    name = project_of(pieces)
    return None if name is None else (name, figures)


def first_row_project(
    lines: list[str], run: list[int], rows_before_cut: int, later: list[str | None]
) -> str | None:
    """The project of a table's first row whose project column a dump printed above the rest of the head with
    that row's cell under its head word (``run``: the lines of that cell, digit-free), the rows printed before
    the next year line among the rows (``rows_before_cut``) one only: every line of the run is that row's cell,
    wrapped; joined in order (the caller checks the next row prints no piece of it: :func:`no_piece_above`).
    None otherwise (a run over several rows is placed by :func:`goal_lead_runs.lead_columns` where its count
    proves it). ``later``: the projects the later rows read; one missing (None) leaves the run unjoined (its
    lines may be the rows' cells, one a row)."""
    if rows_before_cut != 1 or len(run) < 2 or any(any(ch.isdigit() for ch in lines[k]) for k in run):
        return None
    if any(p is None for p in later):
        return None
    return project_of([lines[k] for k in run])


def next_row_cells(lines: list[str], i: int, is_status: Callable[[str], bool]) -> list[str] | None:
    """The cells of the row printed a cell a line from line ``i`` on (its year line skipped) up to its status
    cell (``is_status``), that left out; None when no row follows (no status cell before the lines end)."""
    cells: list[str] = []
    for text in (t.strip() for t in lines[i:]):
        if not text or (not cells and year_cell_of(text) is not None):
            continue
        if is_status(text):
            return cells
        cells.append(text)
    return None


def no_piece_above(cells: list[str] | None, before: list[str]) -> bool:
    """Whether a row's cells (:func:`next_row_cells`; None: no row) print no piece of a project cell spanning
    the row above: none beyond ``before``'s cells, or pieces centred on the row's own target."""
    return cells is None or len(cells) <= len(before) or project_around_figures(cells, before) is not None
