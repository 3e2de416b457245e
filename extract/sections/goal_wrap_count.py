"""A goal row proven by its count of lines where a dump wraps cells over lines (pdfminer's pdf2txt: a cell a box,
a long cell's lines one a line, ``문화관광 지 / 원사업 / 문화관광 교육생 / 양성(30명) / 42명 / 140% / 완료``).

A row printing more lines than the head has cells before its status shows the table wraps its cells; the project
cell such a row opens may span the rows below it (printed once, with the first). The next row printing exactly as
many lines as the head's cells, its own project among them, then reads two ways with the counts holding: its own
project and one line a cell, or the project above carried with one of its cells wrapped over two lines
(``착공 / 관계기관 협 / 의 / -``: a carried project, the target 착공, the actual 관계기관 협의, the rate a dash; read
as the project 착공, the target 관계기관 협 and the actual 의 by the count). The count proves neither, so the row is
left unread (its year's goals lost, extract.table_unrecovered); a row read by another proof (a carried project whose
cells are shaped as the row above's, a wrapped project joined where the card prints it whole) is not touched, nor a
row whose target and actual are whole figure cells of one unit (``도시숲 지원사업 / 공정률 70% / 공정률 43%``: the
kinds prove them; gaji-county 91002 pdf2txt)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import figure_cell, value_unit


def count_unproven_after_wrap(
    carried: bool, cells: list[str], n_lines: int, before: list[str], projects: list[str]
) -> bool:
    """Whether a row coming after a row whose cells wrapped (more lines than cells; the caller keeps that) is
    proven by nothing but its count: its own project (not ``carried``), its ``n_lines`` (the cell lines before its
    status, a year cell not counted) exactly the head's ``before`` cells, a project column among them, and its
    project not in the project's place of another row (``projects``; :func:`_printed_again`). (Two figure cells of one
    unit prove nothing right after a wrapped row: ``공정률 10 / 0% / 43%`` is a carried project's wrapped target
    ``공정률 100%`` and its actual, read by the count as the project ``공정률 10`` and the target ``0%``; only a target
    whose measure word leads its figure, ``공정률 70% / 공정률 43%``, is proven whole there: gaji-county 91002 pdf2txt.)"""
    vals = dict(zip(before, cells, strict=False))
    led = (
        figures_pair(vals) and len(vals.get("target", "").split()) > 1
    )  # 공정률 70% / 공정률 43%: a measure word leads
    return (
        not carried
        and "project" in before
        and n_lines == len(before)
        and not led
        and not _printed_again(vals.get("project", ""), projects)
    )


def _printed_again(project: str, projects: list[str]) -> bool:
    """The project line printed whole in the PROJECT's place of another row's cells too (``projects``) (``환승센터 조성`` on each group's rows: the
    column's cell, no piece of a wrapped one; hanui-county 94004 pdf2txt); a line printed again elsewhere (another
    row's target ``착공``, a 추진내용) proves nothing."""
    return any(p.strip() == project.strip() for p in projects)


def figures_pair(cells: dict[str, str]) -> bool:
    """A row's target and actual lines each a whole figure cell of one unit (``공정률 70% / 공정률 43%``, ``3.1km /
    2.4km``: each a figure with its unit alone or led by a measure word): their kinds prove them whole cells (as
    carry_proven takes a target's measure printed again by the actual), so the line before them is no piece of
    the target."""
    target, actual = cells.get("target", ""), cells.get("actual", "")
    if not (figure_cell(target) and figure_cell(actual)):
        return False
    return value_unit(target.split()[-1]) == value_unit(actual.split()[-1])


def projects_unproven_by_count(
    rows: list[GoalRow], counted: dict[int, str], project_lines: dict[int, str]
) -> set[int]:
    """The rows (their first lines) of a table that wraps its cells (a row of more lines than cells somewhere in
    it) read by their count alone (``counted``: row line -> its project line) whose project no other run of a row's
    cells (``project_lines``: a run's first line -> its line in the project's place, read or not) prints there: the row's first lines may be one wrapped cell (``문화관광 프로그램 / 운영(40회) / 23회``:
    the target wrapped, the project cell spanning the rows printed with a later row). A project another line
    prints again as a project (``둘레길 조성`` on each row) is the column's cell; those rows are kept. (The caller keeps a row whose
    "project" line is a year, ``2021`` printed where the project goes: no piece of a cell, the row's cells one a line;
    its project null with extract.project_unproven; baram-county 74001 pdf2txt read 2020's project as '2021'.)"""
    return {
        r.line
        for r in rows
        if r.line in counted
        and not _printed_again(counted[r.line], [t for k, t in project_lines.items() if k != r.line])
    }
