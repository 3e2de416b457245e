"""Goal rows of a text dump whose cells stand one space apart, rebuilt where the row's tokens fit the head's
columns one way only (extract/sections/goal_spaced_rows.py, session 30).

Measured on the txt mutants 3890-3929 and 4000-4039 and the crossbred txt cards 6253-6282 (goal facts of
the scorer, every card; 0 wrong figures before and after): 802.3 -> 813.6 of 1029, 731.6 -> 757.0 of 994,
824.4 -> 824.4 of 896. The rows of the brief's cards (3890, 3893, 3899, 3901, 3906, 3923, 3925, 3927, 6266,
6269) fit two ways or more (a project beside a target, a target beside a 추진내용 and a 비고: where one ends
nothing printed shows) and stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_spaced_rows import spaced_rows
from samples.families import FAMILIES
from samples.mutate import mutate
from samples.style_sweep import run_family

_HEAD = "연도 세부사업 목표 추진상황 실적 추진내용 비고"


def _single(lines: list[str]) -> frozenset[str]:
    return frozenset(lines)


def _first(line: int = 1) -> GoalRow:
    return GoalRow(
        line=line,
        project="지역인재 인재양성",
        year=2023,
        target="3.7km",
        status="완료",
        actual="3.7km",
        detail=None,
    )


def test_a_row_fitting_one_way_takes_the_project_above() -> None:
    lines = [
        _HEAD,
        "2023 지역인재 인재양성 3.7km 완료 3.7km 지원센터 운영 및 청년 지원 운영 개시",
        "2024 5.9km 완료 5.2km",
    ]
    (row,) = spaced_rows(lines, [_first()], [2], _single(lines))
    assert (row.line, row.project, row.year, row.target, row.status, row.actual) == (
        2,
        "지역인재 인재양성",
        2024,
        "5.9km",
        "완료",
        "5.2km",
    )


def test_a_line_printing_a_gap_is_not_read() -> None:
    # a run of spaces prints a blank cell: the target's, maybe (5.9km the project's): not read
    lines = [_HEAD, "2023 지역인재 인재양성 3.7km 완료 3.7km", "2024 5.9km  완료 5.2km"]
    assert spaced_rows(lines, [_first()], [2], frozenset(lines[:2])) == []


def test_a_row_fitting_two_ways_stays_unread() -> None:
    # the target 5.9km and the 비고 공사 착공 after it, or a target 5.9km 공사 and a 비고 착공: nothing shows which
    head = "연도 세부사업 실적 추진상황 목표 비고"
    lines = [head, "2023 지역인재 인재양성 3.7km 완료 3.7km", "2024 - 완료 5.9km 공사 착공"]
    assert [r.line for r in spaced_rows(lines, [], [1, 2], _single(lines))] == [1]


def test_no_project_above_no_row() -> None:
    lines = [_HEAD, "2024 5.9km 완료 5.2km"]
    assert spaced_rows(lines, [], [1], _single(lines)) == []


def test_the_rate_must_agree() -> None:
    head = "연도 세부사업 목표 실적 달성률 추진상황"
    lines = [head, "2023 정류장 조성 공정률 80% 공정률 78% 98% 완료", "2024 4.1km 2.8km 90% 완료"]
    first = GoalRow(
        line=1,
        project="정류장 조성",
        year=2023,
        target="공정률 80%",
        status="완료",
        actual="공정률 78%",
        detail=None,
    )
    assert spaced_rows(lines, [first], [2], _single(lines)) == []
    agreeing = [*lines[:2], "2024 4.1km 2.8km 68% 완료"]
    (row,) = spaced_rows(agreeing, [first], [2], _single(agreeing))
    assert (row.project, row.target, row.actual) == ("정류장 조성", "4.1km", "2.8km")


def test_a_worded_actual_ends_where_a_status_word_ends_its_cell() -> None:
    head = "연도 사업명 목표 실적 달성률 추진상황 추진내용 비고"
    first = GoalRow(
        line=1,
        project="창업 기반 구축",
        year=2023,
        target="창업 기업 지원(20개)",
        status="완료",
        actual="17개",
        detail=None,
    )
    lines = [
        head,
        "2023 창업 기반 구축 창업 기업 지원(20개) 17개 85% 완료 청년센터 운영",
        "2024 착공 운영 완료 - 완료 준공 예정",
    ]
    (row,) = spaced_rows(lines, [first], [2], _single(lines))
    # 착공 | 운영 완료 (운영 | 완료 ... would leave 완료 a cell of its own); 준공 예정: the 추진내용's or the 비고's
    assert (row.project, row.target, row.actual, row.status, row.detail, row.cells_unread) == (
        "창업 기반 구축",
        "착공",
        "운영 완료",
        "완료",
        None,
        "준공 예정",
    )
    # a status word inside the words (실시설계 완료 관계기관 협의): the project's last word or the target's
    head = "연도 세부사업 목표 실적 추진상황"
    lines = [
        head,
        "2024 도시숲 인재양성 도시숲 교육생 양성(55명) 57명 완료",
        "2025 실시설계 완료 관계기관 협의 추진중",
    ]
    first = GoalRow(
        line=1,
        project="도시숲 인재양성",
        year=2024,
        target="도시숲 교육생 양성(55명)",
        status="완료",
        actual="57명",
        detail=None,
    )
    assert spaced_rows(lines, [first], [2], _single(lines)) == []


def test_a_measure_word_stays_with_its_figure() -> None:
    # 공정률 | 70% is no cut: the project is proven, the row above's words before the actual
    head = "연도 세부사업 실적 추진상황 목표 비고"
    lines = [head, "2025 재활용 선별장 조성 공정률 64% 완료 공정률 80% 운영 개시", "2026 - 미착수 2.1km"]
    # (session 40, goal_cell_ends: the 2025 row's target printed in its actual's measured shape ends at its
    # figure, 운영 개시 the 비고: that row is read too)
    first, row = spaced_rows(lines, [], [1, 2], _single(lines))
    assert (first.line, first.project, first.target, first.actual) == (
        1,
        "재활용 선별장 조성",
        "공정률 80%",
        "공정률 64%",
    )
    assert (row.line, row.project, row.year, row.target, row.actual) == (
        2,
        "재활용 선별장 조성",
        2026,
        "2.1km",
        None,
    )


SWEPT_84 = FAMILIES[:81]
PINNED_84 = {
    # txt mutants 3890-3929 and 4000-4039 (python -m samples.mutate --formats txt)
    (3894, "txt"): (
        0.99,
        "a goal row printing its target, status and actual only (2024 5.9km 완료 5.2km) under "
        "연도 세부사업 목표 추진상황 실적 추진내용 특이사항, the merged project and 추진내용 blank: "
        "left unread (goals 0.452, 0.969; goal_spaced_rows)",
    ),
    (4024, "txt"): (
        0.88,
        "연도 세부사업 실적 추진상황 목표 특이사항: the row 2026 - 미착수 2.1km fits one way, its "
        "project the row above's (재활용 선별장 조성 before the measured actual 공정률 64%): left "
        "unread (0.849; the other three rows fit two ways or more and stay unread)",
    ),
    (3907, "txt"): (
        0.99,
        "2024 착공 운영 완료 - 완료 준공 예정 under 연도 사업명 목표 실적 달성률 추진상황 추진내용 비 고: "
        "a one-word target and a worded actual under a merged project: left unread (goals 0.59, "
        "0.973)",
    ),
    (4016, "txt"): (
        0.98,
        "연도 세부사업 목표 실적 추진상황 추진내용 참고 over 2026 실시설계 완료 - 미착수 공사 착공: "
        "the 추진내용 and 참고 cells run together fit three ways, the goal's cells one (a status "
        "word alone is no target: 완료 no cell of its own): left unread (goals 0.59, 0.965; the "
        "goal read, its 추진내용 null)",
    ),
    (4034, "txt"): (
        0.82,
        "2025 착공 미착수 - 기본계획 수립 under 연도 세부사업 목표 추진상황 실적 추진내용 비고: the "
        "project merged, the target one word, the 추진내용 or 비고 after the dash actual: left "
        "unread (0.803)",
    ),
    (4030, "txt"): (
        1.0,
        "연도 세부사업 추진상황 목표 달성률 실적 추진내용: rows under a merged project and 추진내용 "
        "(2021 미착수 공공돌봄 교육생 양성(15명) - -) left unread (goals 0.813, 0.971)",
    ),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_84))
def test_pinned_spaced_goal_rows(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_84[(seed, fmt)]
    fam, card_seed = mutate(seed, SWEPT_84)
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)
