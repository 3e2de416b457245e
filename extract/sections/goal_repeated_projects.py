"""Projects a goal table of a text dump prints again under another year (session 37, helper txtgoal; crossbreed
6443 txt, txt mutants 4631, 4639).

A goal table grouped by year lines (``2023년`` over its rows, ``2024년`` over the next) prints each group's rows
whole: a project cell is never merged over a year line, so a project goes on over the years by being printed again,
and with it its 추진내용 (``공공돌봄 인재양성 착공 - 미착수 공동육아나눔터 운영 및 이용 아동 지원`` under 2024,
``공공돌봄 인재양성 기본계획 수립 - 미착수 공동육아나눔터 운영 및 이용 아동 지원`` under 2025). Cells one space apart
do not show where the project ends, but two such rows of different years do: they open with the same words, and
where their words part (``착공`` / ``기본계획``) the targets part. The words both rows open with are the project only
where each row has a way of fitting the head's columns (:mod:`goal_spaced_rows`) that cuts its project there and
gives it the same 추진내용 of two words or more as a way of the other row does (a project of one word only where rows
of three year groups or more name it so: two projects opening with one word may print one generic 추진내용, review
a's ``공공돌봄 인재양성`` / ``공공돌봄 시설확충`` under ``관계기관 협의 및 예산 확보``), and the words that part the rows differ in more than their figures
(``양성(50명)`` / ``양성(60명)`` is one target's wording: where the project ends is not shown), and hold no figure
(a target printed again the next year may open both rows). Anything else names no project: the rows stay as they
were (unread, with a finding).

The project reaches only the rows naming it. A row of such a project whose target and worded actual (or 추진내용 and status) still run together is cut where the
target, or the 추진내용, is one another row of the project prints whole (:func:`ways_of_known_cell`: a target not
met, printed again the next year; the project's 추진내용, printed on each of its rows)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pledgecard.extract.sections.goal_shaped_targets import figure_wording
from pledgecard.extract.sections.goal_table_details import figure_moved

Way = dict[str, list[str]]

_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


def repeated_projects(
    rows: Sequence[tuple[int | None, list[str], list[Way]]],
) -> dict[str, set[tuple[str, ...]]]:
    """The projects rows (each: its year group, its tokens, its ways of fitting the head's columns) of different year
    groups print alike (see the module), each with the tokens of the rows naming it (the only rows it reaches);
    empty when the table has no year groups. A project of one word needs rows of three year groups or more: two
    projects opening with one word may print one generic 추진내용 (``관계기관 협의 및 예산 확보``)."""
    named: dict[str, set[int]] = {}
    for a, (ga, ta, wa) in enumerate(rows):
        for b in range(a + 1, len(rows)):
            gb, tb, wb = rows[b]
            if ga is None or gb is None or ga == gb:
                continue
            if (p := _shared_project(ta, tb, wa, wb)) is not None:
                named.setdefault(p, set()).update((a, b))
    return {
        p: {tuple(rows[k][1]) for k in at}
        for p, at in named.items()
        if len(p.split()) >= 2 or len({rows[k][0] for k in at}) >= 3
    }


def _shared_project(ta: list[str], tb: list[str], wa: list[Way], wb: list[Way]) -> str | None:
    """The project two rows' tokens ``ta`` / ``tb`` print alike, by their ways ``wa`` / ``wb`` (both giving one
    추진내용 under it); None if not shown."""
    n = 0
    while n < min(len(ta), len(tb)) and ta[n] == tb[n]:
        n += 1
    if n == 0 or n == min(len(ta), len(tb)):
        return None
    if _FIGURES.sub("#", ta[n]) == _FIGURES.sub("#", tb[n]):
        return None  # the words part in their figures only: one target's wording, its start not shown
    project = ta[:n]
    if any(_FIGURES.search(t) for t in project):
        return (
            None  # words both rows open with holding a figure may be a target printed again: no project shown
        )
    if not _details(wa, project) & _details(wb, project):
        return None  # no 추진내용 of two words or more both rows print under that project
    return " ".join(project)


def _details(ways: list[Way], project: list[str]) -> set[tuple[str, ...]]:
    """The 추진내용 cells of two words or more the ``ways`` cutting the row's project as ``project`` give."""
    return {tuple(w["detail"]) for w in ways if w.get("project") == project and len(w.get("detail", [])) >= 2}


def ways_of_known_cell(ways: list[Way], known: Collection[tuple[str, str]], kind: str) -> list[Way]:
    """The ``ways`` whose project and cell of ``kind`` (its target or its 추진내용) another row of the table prints
    whole (``known``: (project, cell) pairs; a target not met, printed again under the next year: ``착공`` / ``착공
    관계기관 | 협의``; the project's 추진내용, printed on each of its rows), where exactly one such pair stands among
    them; ``ways`` unchanged otherwise, and where a 추진내용 so proven would move a figure into the target (session
    45 mendtr: ``현장 점검`` printed on one row, ``기본계획 수립 설명회 3회 및 | 현장 점검`` read on another, a
    target value 3 made up where the project's 추진내용 differs by year)."""
    named = [w for w in ways if _pair(w, kind) in known]
    if not named or len({_pair(w, kind) for w in named}) != 1:
        return ways
    if kind == "detail" and figure_moved(named, ways):
        return ways
    return named


def ways_of_known_wording(ways: list[Way], known: Collection[str]) -> list[Way]:
    """The ``ways`` whose target prints, its figures aside, the wording of a target another row of the table prints
    whole (``known``: :func:`figure_wording` of such targets, each of two words or more: ``교육 수료 #``, from ``교육
    수료 2,213명`` over ``-`` under 미착수; ``실시설계 완료``), where exactly one target of the
    ways is so worded; ``ways`` unchanged otherwise. The table words one measure alike year by year: ``교육 수료
    1,138명 930명`` cuts its target before ``930명``, not before ``1,138명`` (a target ``교육 수료`` is none of the
    table's wordings); a target a later row prints again whole (``2026 실시설계 완료 - 미착수``) ends the first row's
    project where it begins (``2024 광역철도 지원사업 실시설계 완료 운영 완료 완료``). A one-word target (``착공``)
    proves nothing: a longer target may end with it, nor a lone figure (``3.7km`` over ``5.9km 공사 착공``)."""
    named = [w for w in ways if (t := " ".join(w.get("target", []))) and figure_wording(t) in known]
    if not named or len({" ".join(w["target"]) for w in named}) != 1:
        return ways
    return named


def _pair(way: Way, kind: str) -> tuple[str, str]:
    return " ".join(way.get("project", [])), " ".join(way.get(kind, []))
