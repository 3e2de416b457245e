"""A goal row printed one cell a line whose cells wrapped over two lines or more, several of them, in a dump that
parts a table's cells by blank lines and prints a cell's wrapped lines right under each other (poppler's
pdftotext in its default mode: ``2024`` / ``문화관광 인`` + ``재양성`` / ``문화관광 프로그`` + ``램 운영(60회)`` /
``81회`` / ``135%`` / ``완료``): goal_glued_cells joins one such pair a row; a row of several went unread.

Class fixed (session 35, seed-5 pdftotext dumps: hwarang-city 86005, oreum-district 92005 ...): every run of glued
lines is one cell where the dump proves it parts cells by blank lines (the head printed a cell apart, checked by
the caller) and the runs joined give the row exactly its head's cells. A run's lines are words that ran on: no
line of it a year or a status, and its first line holds no digit (a figure's cell, a target's ``4.5km`` or an
actual's ``81회``, is printed whole on its line; its wrapped rest may hold one: ``램 운영(60회)``)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import is_status_cell, year_cell_of


def rejoined_runs(
    cells: list[tuple[int, str]], glued: frozenset[int], width: int
) -> list[tuple[int, str]] | None:
    """``cells`` (a row's lines: their index and text) with every run of glued lines joined into one cell, when
    that gives ``width`` cells, two runs or more are joined and every run is words that ran on (see the module);
    None otherwise."""
    out: list[tuple[int, str]] = []
    runs = 0
    n = 0
    while n < len(cells):
        m = n
        while m + 1 < len(cells) and cells[m][0] in glued and cells[m + 1][0] == cells[m][0] + 1:
            m += 1
        run = [t for _, t in cells[n : m + 1]]
        if m > n:
            if any(year_cell_of(t) is not None or is_status_cell(t) for t in run) or any(
                ch.isdigit() for ch in run[0]
            ):
                return None
            runs += 1
        out.append((cells[n][0], " ".join(run)))
        n = m + 1
    return out if runs >= 2 and len(out) == width else None


def runs_left(cells: list[tuple[int, str]], glued: frozenset[int], above: bool = False) -> bool:
    """Whether two of a row's ``cells`` (its lines: their index and text) are lines the dump glued, one printed
    right under the other (a cell's wrapped lines taken for two cells); with ``above``, whether its first line is
    glued to the line before it instead (the rest of the row above's last cell, wrapped: doran-city 63004
    pdftotext's 추진내용 ``정류장 운영 및 주`` / ``민 지원``, its second line read as the next row's first cell)."""
    if above:
        return bool(cells) and cells[0][0] - 1 in glued
    return any(cells[n][0] in glued and cells[n + 1][0] == cells[n][0] + 1 for n in range(len(cells) - 1))
