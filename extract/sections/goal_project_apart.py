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
own pieces so centred). Any other row is left as it is (unread, with a finding: no cell placed by guess)."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.sections.goal_values import RATE, value_token, year_cell_of
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.counts import parse_number

# a two-line project cell beside one-line cells prints at most this many pieces
_MAX_PIECES = 3


def _whole_figure(cell: str) -> tuple[float, str] | None:
    """A cell that is one figure with its unit and nothing else (``4.5km``): (its value, its unit)."""
    m = current().build(value_token).match(cell.strip())
    if m is None or m.end() != len(cell.strip()):
        return None
    v = parse_number(m.group(1))
    return None if v is None else (float(v), m.group(2))


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
        return None  # no piece under the target's line: the cell may span the next row, its rest printed there
    if any(year_cell_of(c) is not None for c in figures):
        return None
    target, actual, rate = (_whole_figure(figures[0]), _whole_figure(figures[1]), RATE.match(figures[2].strip()))
    if target is None or actual is None or rate is None or target[1] != actual[1] or not target[0]:
        return None
    if abs(100 * actual[0] / target[0] - float(rate.group(1))) > 1:
        return None
    return " ".join(p.strip() for p in pieces), figures


def first_row_project(lines: list[str], run: list[int], rows_before_cut: int) -> str | None:
    """The project of a table's first row whose project column a dump printed above the rest of the head with
    that row's cell under its head word (``run``: the lines of that cell, digit-free), the rows printed before
    the next year line among the rows (``rows_before_cut``) one only: every line of the run is that row's cell,
    wrapped; joined in order (the caller checks the next row prints no piece of it: :func:`no_piece_above`).
    None otherwise (a run over several rows is placed by :func:`goal_lead_runs.lead_columns` where its count
    proves it)."""
    if rows_before_cut != 1 or len(run) < 2 or any(any(ch.isdigit() for ch in lines[k]) for k in run):
        return None
    return " ".join(lines[k].strip() for k in run)


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
