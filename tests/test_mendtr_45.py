"""Session 45, helper mendtr: what the review of h-txtruns found, mended (reproducers /tmp/rev-txtruns/c1-c7).

The classes fixed (common root: "the same words printed elsewhere" taken as proof without checking it is the same
project's row or the whole cell):

1. SILENT wrong figure (c1, c4): a 추진내용 printed whole on ANOTHER project's row (``현장 점검``, ``시민활동가
   지원``) cut a longer real 추진내용 (``설명회 3회 및 현장 점검``) short, the rest glued onto the target: target
   ``기본계획 수립 설명회 3회 및`` with target_value 3, no finding. Now (goal_table_details) a proof is a row of the
   SAME project, a proof that is a strict word-ending of another proof of that project proves nothing, and a proof
   never moves a token holding a figure into the target. Before -> after: c1a/c1b/c4a/c4b read as before the branch
   (the rows unread with extract.table_unrecovered), 0 silent figures.
2. Wrong text (c6): another project's actual ``관계기관 협의`` cut ``3차 관계기관 협의`` -> target ``단계별 추진 3차``.
   Same-project proof only (goal_table_details.ways_of_table_actual, goal_spaced_rows): unread as before.
3. Wrong detail text (c3, c5) and 4. a read row's reading changed (c7): the parted-tail rules
   (goal_tails_part.details_parted via goal_cell_ends.details_shown, ways_of_parted_tail) took the words two rows
   of a project open alike with as its 추진내용 (``… 현장 점검 2025년`` where the 비고 open with a year; ``시설
   설계`` where the 추진내용 differs by year; ``주민 참여 및 현장`` on both rows where they differ by the last word).
   No structural proof of the part point was found in the time: the rules are switched off and the module removed;
   those rows read as before the branch (details null with their finding; the 2023 row of c7 keeps its reading).
   The finding-text contradiction (coverage.goal_cells_unread saying detail null while set) goes with the rule.
5. spaced_rows kept its second pass where it read every LINE the first did; now only where every row the first
   pass read is read identically by the second.

Measured (mutants txt, shared score / goals read / wrong figures of both counters), h-txtruns -> now: 9084 1.0/4/0 ->
0.906/1/0; 9096 0.996/4/0 -> 0.933/2/0; 9060 1.0/3/0 -> 0.982/3/0; 9115 1.0/2/0 -> 0.991/2/0; 9055 0.975 -> 0.968;
9062 1.0 -> 0.990; 9103 0.976 -> 0.969; 9052 1.0/2/0 -> 1.0/2/0 (its proof is the same project's row). I.e. the
branch's gains resting on another project's row or on parted tails are given up (a narrower rule over a wrong one).
Whole ranges (txt crossbreeds 9080-9159 / mutants 9040-9119, mean / goals emitted / wrong both counters): before the
branch 0.9874 / 268 / 0 and 0.9766 / 209 / 0; h-txtruns 0.9874 / 268 / 0 and 0.9797 / 215 / 0; now 0.9874 / 268 / 0
and 0.9771 / 210 / 0 (only 9052 of the branch's gains kept; every other file reads as before the branch).
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_cell_ends import details_shown
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_table_details import (
    proven_actuals,
    proven_details,
    ways_of_table_actual,
    ways_of_table_detail,
)

from conftest import goal_lines_read

HEAD = "주요사업 추진상황 실적 목표 추진내용"
HEAD2 = "주요사업 추진상황 목표 실적 추진내용 비고"
KINDS2 = ["project", "status", "target", "actual", "detail", "remark"]


def test_c1_another_projects_shorter_detail_cuts_nothing() -> None:
    """c1a/c1b: 하천 정비 prints ``현장 점검`` whole; 생태 공원's row ends in ``… 현장 점검``. Branch: target
    ``기본계획 수립 설명회 3회 및`` (target_value 3, silent); now unread as before."""
    for tail in ("주민 참여 및 현장 점검", "설명회 3회 및 현장 점검"):
        row = f"생태 공원 미착수 - 기본계획 수립 {tail}"
        got, rest = goal_lines_read(
            HEAD, "<2023>", "하천 정비 완료 11회 정비 교육 운영(20회) 현장 점검", "<2024>", row, printed=True
        )
        assert [g[0] for g in got] == ["하천 정비"]
        assert row in rest


def test_a_proof_never_moves_a_figure_into_the_target() -> None:
    """Ways giving a target a figure another way gives the 추진내용: the same project's proof is refused there."""
    ways = [
        {"project": ["공원"], "target": ["수립"], "detail": ["설명회", "3회", "및", "현장", "점검"]},
        {"project": ["공원"], "target": ["수립", "설명회", "3회", "및"], "detail": ["현장", "점검"]},
    ]
    assert ways_of_table_detail(ways, {("공원", "현장 점검")}) == ways
    assert ways_of_table_detail(ways, {("공원", "설명회 3회 및 현장 점검")}) == [ways[0]]


def test_a_proof_ending_another_proof_of_the_project_proves_nothing() -> None:
    assert proven_details([("공원", "현장 점검"), ("공원", "주민 참여 및 현장 점검")]) == {
        ("공원", "주민 참여 및 현장 점검")
    }
    assert proven_details([("공원", "현장 점검"), ("하천", "주민 참여 및 현장 점검")]) == {
        ("공원", "현장 점검"),
        ("하천", "주민 참여 및 현장 점검"),
    }
    assert proven_actuals([("공원", "관계기관 협의"), ("공원", "주민 설명 및 관계기관 협의")]) == {
        ("공원", "주민 설명 및 관계기관 협의")
    }


ROWS6 = [
    "<2023>",
    "하천 정비 완료 정비 교육 운영(20회) 25회 주민 참여 및 현장 점검 준공 예정",
    "<2024>",
    "하천 정비 추진 중 실시설계 완료 관계기관 협의 주민 참여 및 현장 점검 운영 개시",
    "생태 공원 추진 중 단계별 추진 3차 관계기관 협의 탐방 교육 운영 ",
    "<2025>",
    "생태 공원 미착수 탐방 교육 체결(25건) - 탐방 교육 운영 기본계획 수립",
]


def test_c6_another_projects_actual_cuts_nothing() -> None:
    """c6: branch read 생태 공원 2024 as target ``단계별 추진 3차`` / actual ``관계기관 협의``; now unread."""
    got, rest = goal_lines_read(HEAD2, *ROWS6, printed=True)
    assert ("생태 공원", 2024) not in [(g[0], g[1]) for g in got]
    assert ROWS6[4].strip() in rest
    ways = [
        {"project": ["생태", "공원"], "target": ["단계별", "추진", "3차"], "actual": ["관계기관", "협의"]},
        {"project": ["생태", "공원"], "target": ["단계별", "추진"], "actual": ["3차", "관계기관", "협의"]},
    ]
    assert ways_of_table_actual(ways, {("하천 정비", "관계기관 협의")}) == ways


def test_c7_a_read_row_keeps_its_reading() -> None:
    """c7: the 2024 row's 추진내용 ``주민 참여 및 현장 교육`` differs from 2023's ``… 현장 점검`` by its last word.
    Branch: both details ``주민 참여 및 현장`` (2023 lost ``점검``); now as before the branch: the 2024 row unread,
    the 2023 row's 추진내용 and 비고 handed back whole (no cut where the two rows merely diverge)."""
    rows = [*ROWS6]
    rows[3] = "하천 정비 추진 중 실시설계 완료 관계기관 협의 주민 참여 및 현장 교육 운영 개시"
    rows[4] = "생태 공원 추진 중 단계별 추진 관계기관 협의 탐방 교육 운영 "
    got, rest = goal_lines_read(HEAD2, *rows, printed=True)
    assert [(g[0], g[1]) for g in got] == [("하천 정비", 2023), ("생태 공원", 2025)]
    assert "주민 참여 및 현장 점검 준공 예정" in rest and rows[3] in rest


def _row(line: int, tail: str) -> GoalRow:
    return GoalRow(
        line=line,
        project="하천 정비",
        year=2022 + line,
        target="정비 교육 운영(20회)",
        status="완료",
        actual="25회",
        detail=None,
        cells_unread=tail,
    )


def test_c3_rows_opening_alike_show_no_detail() -> None:
    """c3a (비고 opening with a year: branch detail ``… 현장 점검 2025년``), c3b (추진내용 differing by year: branch
    ``시설 설계``), c5: the opening words two rows share prove no 추진내용; the details stay null, words handed back."""
    for a, b in (
        ("주민 참여 및 현장 점검 2025년 착공", "주민 참여 및 현장 점검 2025년 준공"),
        ("시설 설계 용역 준공 예정", "시설 설계 착수 공사 착공"),
    ):
        got = details_shown([_row(1, a), _row(2, b)], set(), KINDS2, {})
        assert [(r.detail, r.cells_unread) for r in got] == [(None, a), (None, b)]
        got, rest = goal_lines_read(
            HEAD2,
            "<2023>",
            f"하천 정비 완료 정비 교육 운영(20회) 25회 {a}",
            "<2024>",
            f"하천 정비 추진 중 정비 교육 운영(30회) 12회 {b}",
            printed=True,
        )
        assert len(got) == 2 and rest == [a, b]


def test_a_same_project_proof_still_reads() -> None:
    """What the rules keep: the same project's 추진내용 printed whole proves where the row's target ends."""
    got, rest = goal_lines_read(
        HEAD,
        "<2023>",
        "하천 정비 완료 11회 정비 교육 운영(20회) 주민 참여 및 현장 점검",
        "<2024>",
        "하천 정비 미착수 - 기본계획 수립 주민 참여 및 현장 점검",
        printed=True,
    )
    assert ("하천 정비", 2024, "기본계획 수립", None, None, "미착수") in got and not rest


def test_a_known_detail_of_the_project_never_moves_a_figure_into_the_target() -> None:
    """Pre-existing (before h-txtruns, goal_repeated_projects.ways_of_known_cell), the same class: the project's
    2023 row prints ``현장 점검``, its 2024 row ends ``기본계획 수립 설명회 3회 및 현장 점검``; read as target
    ``기본계획 수립 설명회 3회 및`` (target_value 3, silent) where the 추진내용 differs by year. Now unread (finding)."""
    row = "하천 정비 미착수 - 기본계획 수립 설명회 3회 및 현장 점검"
    got, rest = goal_lines_read(
        HEAD, "<2023>", "하천 정비 완료 11회 정비 교육 운영(20회) 현장 점검", "<2024>", row, printed=True
    )
    assert [g[1] for g in got] == [2023] and row in rest
