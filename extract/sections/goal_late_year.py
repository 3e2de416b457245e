"""Goal tables printed a cell a line under group year lines (``[2024년]`` / the group's rows), where a
converter printed a group's year line after its rows' cells, with the cells it orders by the line's
place (the group's project cell spanning its rows) after it: ``[2024년]`` / two rows / ``[2025년]`` / ``어르신
돌봄 기반 구축``, the table's end (eunha-province 28011 pdftotext). Read in print order, the later group's
row took the year above and, its project cell printed apart, the 추진내용 cell of the row above for its
project.

A year line after every row read, with cells after it that open no row (no status follows them), proves
that group's rows printed before it, among the rows read since the year line above: which of them are
whose the dump does not tell, so :func:`rows_of_late_group` gives them all (the reader leaves them
unread, no year guessed: eunha-province 28011 pdftotext). A group whose year line a status follows opened rows
of its own (read or not): the rule does not hold there."""

from __future__ import annotations

from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import is_status_cell, is_value_token


def rows_of_late_group(rows: list[GoalRow], year_lines: list[tuple[int, int]], lines: list[str]) -> set[int]:
    """The first lines of the rows whose year the late year lines prove unknown (see the module): the rows
    read since the year line before the first late one, when year lines (``(line, year)``) print after every
    row and the table's ``lines`` after it hold cells but no status (its group opened no row, read or not:
    gaji-county 91002 pdf2txt's 2024 group opens rows whose cells print out of order, its 2023 rows stay) and
    no figure (saebom-county 27007 pdf2txt prints its 2024 rows' targets and actuals there, their statuses
    past a page break: its 2023 row stays); else none."""
    if not rows or not year_lines:
        return set()
    # the first of the year lines printed after every row: several groups' years may follow the rows (hanul-special
    # 12 pdftotext: ``2025년도`` / its project cell / ``2026년도`` / its project cell after the 2024 rows and two
    # rows of the later groups, read as 2024's)
    late = next((k for k, (at, _y) in enumerate(year_lines) if at > max(r.line for r in rows)), None)
    if late is None:
        return set()
    years = {at for at, _y in year_lines}
    first = year_lines[late][0]
    after = [t.strip() for at, t in enumerate(lines) if at > first and at not in years and t.strip()]
    if not after or any(is_status_cell(t) for t in after):
        return set()
    if any(is_value_token(w) for t in after for w in t.split()):
        return set()  # a figure after it (``154호 공급`` / ``106호``): its rows' cells print there, their statuses cut off
    above = year_lines[late - 1][0] if late > 0 else -1
    return {r.line for r in rows if r.line > above}
