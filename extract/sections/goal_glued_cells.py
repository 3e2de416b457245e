"""A goal row printed one cell a line whose one cell wrapped over two lines the dump printed with no blank line
between them (poppler's pdftotext in its default mode parts a table's cells by blank lines, and prints a cell's
wrapped lines right under each other: ``2023`` / ``이차전지 지원`` + ``사업`` / ``공정률 80%`` / ``공정률 77%`` /
``완료``): the row holds one cell more than its head's columns and went unread, a goal lost with no finding.

The two lines are one cell only where the dump proves it parts cells by blank lines (every cell of the head
printed apart) and exactly one pair of the row's lines stands glued; neither line is a year or holds a figure
(a year column printed as a run glues its years; a figure may be a target's or an actual's own cell)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.goal_values import is_status_cell, year_cell_of


def glued_lines(starts: Sequence[int | None], ends: Sequence[int | None]) -> frozenset[int]:
    """The indexes ``k`` of a section's lines whose next line the dump printed right under it (file line
    ``ends[k] + 1`` is where line ``k + 1`` starts: no blank line between); ``starts`` / ``ends`` the
    lines' 1-based places in the file (None where unknown: never glued)."""
    return frozenset(
        k
        for k in range(len(starts) - 1)
        if ends[k] is not None and starts[k + 1] is not None and starts[k + 1] == ends[k] + 1
    )


def cells_apart(glued: frozenset[int], head: int, body: int) -> bool:
    """Whether the head printed from line ``head`` to line ``body`` (its first row's line) stands one cell a
    line with a blank line after every cell: two cells or more, none glued to the next."""
    return body - head >= 2 and not any(k in glued for k in range(head, body))


def rejoined(cells: list[tuple[int, str]], glued: frozenset[int], width: int) -> list[tuple[int, str]] | None:
    """``cells`` (a row's lines: their index and text, the year's cell first where the table has a year
    column) with the one pair of glued lines joined into one cell, when the row holds ``width + 1`` cells
    (``width``: the cells the head gives a row) and exactly one pair of its lines stands glued, neither a
    year, a status or holding a digit. None when the row is not such a row."""
    if len(cells) != width + 1:
        return None
    pairs = [n for n in range(len(cells) - 1) if cells[n][0] in glued and cells[n + 1][0] == cells[n][0] + 1]
    if len(pairs) != 1:
        return None
    n = pairs[0]
    a, b = cells[n][1], cells[n + 1][1]
    if any(year_cell_of(t) is not None or is_status_cell(t) or any(ch.isdigit() for ch in t) for t in (a, b)):
        return None
    return [*cells[:n], (cells[n][0], f"{a} {b}"), *cells[n + 2 :]]
