"""Session 45, helper txtruns: text dumps whose goal-table cells run together on one line (cells one space apart).

The classes fixed:

- a goal table whose 추진내용 is its last column, one row read whole (its target ending in its figure, ``탄소중립
  프로그램 운영(20회) | 도시숲 운영 및 시민활동가 지원``), the other rows ending in the very same words behind a worded
  target (``도시숲 조성 미착수 - 단계별 추진 도시숲 운영 및 시민활동가 지원``): where the target ends and the 추진내용
  opens was taken as not shown, the rows left unread with extract.table_unrecovered (mutant 9084 txt, goals 1 of 4).
  The 추진내용 printed whole on one row of the table is proof of that cell on the rows printing it again
  (``extract/sections/goal_table_details``); a row whose ways give two such cells, or none, stays unread.
- two rows of one project read with their 추진내용 and 비고 run together after the status (``창업보육센터 운영 및
  수료생 지원 실시설계 중`` / ``… 수료생 지원 공사 착공``): the 추진내용 null with its finding (mutants 9055, 9060,
  9062, 9103, 9115). The words both rows open with before they part, each going on, are the project's 추진내용
  printed twice (``extract/sections/goal_tails_part``, used by ``goal_cell_ends.details_shown``); rows parting at
  two places, or by one word, show nothing.

Measured (``/tmp/txtruns/measure.py``: crossbreeds 9080-9159 and mutants 9040-9119 txt, drawn as
``conftest.drawn_file`` draws them; mean / worst / goal facts scored / wrong figures of both counters), before ->
after:
  crossbred txt  0.9874 / 0.888 / 1856.1 of 2051 / 0 -> the same
  mutant txt     0.9766 / 0.847 / 1413.3 of 1778 / 0 -> 0.9778 / 0.847 / 1433.7 / 0  (9084 0.906 -> 1.0)
                 -> 0.9785 / 0.847 / 1444.7 / 0  (9055 0.968 -> 0.975, 9060 0.982 -> 1.0, 9062 0.990 -> 1.0,
                 9103 0.969 -> 0.976, 9115 0.991 -> 1.0)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_table_details import last_detail, proven_details, ways_of_table_detail
from pledgecard.extract.sections.goal_tails_part import details_parted

from conftest import drawn_file, goal_lines_read, shared_score, wrong_figure_count


def _read(kind: str, seed: int, tmp_path: Path) -> tuple[dict, dict]:
    import json

    path = drawn_file(kind, seed, "txt", tmp_path)
    exp = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    [got] = extract_file(path)
    return (exp[0] if isinstance(exp, list) else exp), got


# (kind, seed) -> (floor measured, goals read, what was lost before)
PINS = {
    ("mutate", 9084): (
        1.0,
        4,
        "rows ending in a 추진내용 another row prints whole left unread (0.906, 1 goal of 4)",
    ),
    ("mutate", 9060): (
        1.0,
        3,
        "a project's 추진내용 and 비고 run together on each row: details null (0.982)",
    ),
    ("mutate", 9115): (
        1.0,
        2,
        "a project's 추진내용 and 비고 run together on each row: details null (0.991)",
    ),
}


@pytest.mark.parametrize(("kind", "seed"), sorted(PINS))
def test_card_of_the_range_reads(tmp_path: Path, kind: str, seed: int) -> None:
    floor, goals, _ = PINS[(kind, seed)]
    exp, got = _read(kind, seed, tmp_path)
    assert wrong_figure_count(exp, got) == 0
    assert len(got["goals"]) == goals
    assert shared_score(exp, got) >= floor


HEAD = "주요사업 추진상황 실적 목표 추진내용"


def test_a_detail_printed_whole_on_another_row_cuts_the_rows_ending_in_it() -> None:
    got, rest = goal_lines_read(
        HEAD,
        "<2023>",
        "하천 정비 완료 11회 정비 교육 운영(20회) 주민 참여 및 현장 점검",
        "<2024>",
        "생태 공원 미착수 - 기본계획 수립 주민 참여 및 현장 점검",
        printed=True,
    )
    assert ("생태 공원", 2024, "기본계획 수립", None, None, "미착수") in got
    assert not rest


def test_a_row_ending_in_no_detail_read_elsewhere_stays_unread() -> None:
    got, rest = goal_lines_read(
        HEAD,
        "<2023>",
        "하천 정비 완료 11회 정비 교육 운영(20회) 주민 참여 및 현장 점검",
        "<2024>",
        "생태 공원 미착수 - 기본계획 수립 생태 교육 및 탐방 운영",
        printed=True,
    )
    assert [g[0] for g in got] == ["하천 정비"]
    assert any("기본계획 수립" in r for r in rest)


def test_two_details_read_elsewhere_among_a_rows_ways_prove_nothing() -> None:
    ways = [
        {"target": ["기본계획"], "detail": ["수립", "주민", "참여"]},
        {"target": ["기본계획", "수립"], "detail": ["주민", "참여"]},
    ]
    assert ways_of_table_detail(ways, {"수립 주민 참여", "주민 참여"}) == ways
    assert ways_of_table_detail(ways, {"주민 참여"}) == [ways[1]]
    assert proven_details(["주민 참여", "점검", None]) == {"주민 참여"}  # one word may end a target
    assert last_detail(["project", "target", "detail"]) and not last_detail(["project", "detail", "remark"])


def test_two_rows_of_a_project_parting_after_their_detail_show_it() -> None:
    tails = [
        ("공원 조성", "주민 참여 및 현장 점검 실시설계 중"),
        ("공원 조성", "주민 참여 및 현장 점검 공사 착공"),
    ]
    assert details_parted(tails) == {("공원 조성", "주민 참여 및 현장 점검")}
    # another project's rows, a row going on where another ends (a blank 비고), one word alike: nothing shown
    assert details_parted([tails[0], ("하천 정비", tails[1][1])]) == set()
    assert details_parted([tails[0], ("공원 조성", "주민 참여 및 현장 점검")]) == set()
    assert details_parted([("공원 조성", "주민 운영 개시"), ("공원 조성", "주민 공사 착공")]) == set()
    # rows of one project parting at two places: which one ends the 추진내용 is not shown
    third = ("공원 조성", "주민 참여 및 교육 운영 개시")
    assert details_parted([*tails, third]) == set()


def test_a_detail_and_remark_run_together_read_where_two_rows_part() -> None:
    from pledgecard.extract.sections.goal_cell_ends import details_shown
    from pledgecard.extract.sections.goal_rows import GoalRow

    rows = [
        GoalRow(
            line=1,
            project="공원 조성",
            year=2025,
            target="3.3km",
            status="완료",
            actual="3.1km",
            detail=None,
            cells_unread="주민 참여 및 현장 점검 실시설계 중",
        ),
        GoalRow(
            line=2,
            project="공원 조성",
            year=2026,
            target="4.0km",
            status="미착수",
            actual=None,
            detail=None,
            cells_unread="주민 참여 및 현장 점검 공사 착공",
        ),
    ]
    got = details_shown(rows, set(), ["project", "status", "target", "actual", "detail", "remark"], {})
    assert [(r.detail, r.cells_unread) for r in got] == [
        ("주민 참여 및 현장 점검", "실시설계 중"),
        ("주민 참여 및 현장 점검", "공사 착공"),
    ]
