"""Project cells pdf2txt printed amid a goal table's value cells (the year column a run, the rows' 목표 / 실적 /
달성률 cells after it, each row's cells or each column a box: a project cell spanning some rows prints where its
box falls among them, ``2023 2023 2024 2025 / 문화관광 인재 / 양성 / 299호 공급 / 219호 / 공정률 60% / 공정률 32% /
캠핑장 조성 / 184호 공급 / ...``; meari-city 13 pdf2txt).

The project lines are told from the value cells by kind only where every value cell holds a figure or is a dash
and no project line does: then exactly three value lines a row must be left (else the counts are off and nothing
is read). Which rows each project spans the print does not tell (a name wrapped over lines and cells spanning
some rows look alike), so the rows' projects are left null (``extract.project_unproven``)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_line_kinds import figure_or_dash, kind_unsure
from pledgecard.extract.sections.goal_values import is_status_cell


def projects_amid(
    pre: list[int], text: dict[int, str], n: int, n_before_years: int
) -> tuple[list[int], list[int]] | None:
    """(the project lines, the value lines) of ``pre`` (the table's lines before its status run, the year run
    taken out; ``n`` rows, the first ``n_before_years`` lines printed before the years) where the kinds tell them
    (see the module): three value lines a row, the lines before the years project lines, no status among them;
    None otherwise."""
    if any(kind_unsure(text[k]) for k in pre):
        return (
            None  # a digit glued in a word: a project's or a value's, the kinds do not tell (goal_line_kinds)
        )
    projects = [k for k in pre if not figure_or_dash(text[k])]
    values = [k for k in pre if figure_or_dash(text[k])]
    if len(values) != 3 * n or not projects or any(is_status_cell(text[k]) for k in projects):
        return None
    if any(k not in projects for k in pre[:n_before_years]):
        return None
    return projects, values
