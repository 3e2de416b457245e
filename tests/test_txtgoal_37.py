"""Session 37 (helper txtgoal): goal rows of a text dump whose cells are one space apart, read where the table's
structure proves the cut (goal_spaced_rows, goal_repeated_projects, markers.brackets_closed).

- A cell closes every bracket it opens: ``체결(15건 → 20건)`` is never cut inside its brackets (a ``→`` pair is one
  target's), so no way of fitting the head's columns puts ``체결(15건`` in one cell and ``→ 20건)`` in the next.
- Where no figure rate is printed and the actual is one figure with its unit, the one token of the row closing with a
  bracketed figure of that unit ends the target (``공공돌봄 기업 지원(25개)`` beside ``21개``, under a head whose
  target comes after the actual, a 추진내용 and a 비고 after it): mutant 4562 txt 0.912 -> 0.939, 4642 0.926 -> 0.960.
  A dash actual, or two such tokens, prove nothing: the row stays unread.
- A year-grouped goal table prints a project again under each year with its 추진내용: two rows of different years
  opening with the same words, parting in more than their figures, with a way each giving the same 추진내용 (two words
  or more) under that project, name it; a row of that project is cut where its target (or 추진내용) is one another
  row of the project prints whole. Crossbreed 6443 txt 0.912 -> 1.000, mutants 4631 0.908 -> 0.971, 4639 0.926 ->
  0.959. Rows parting only in their figures, or no two rows sharing a 추진내용, stay unread.

Every card pinned reads no wrong figure (the shared wrong_figures) and no wrong goal figure
(pledgecard.scoring.wrong_goal_figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import brackets_closed
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_spaced_rows import _ways
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.scoring import wrong_goal_figures
from tests.conftest import drawn_file, expected_scored, mutant_file


def _read(*texts: str) -> tuple[list[tuple], list[str]]:
    """A dump's goal lines (each printed as given, single-spaced) read: each goal's (project, year, target, target
    value, actual, status, 추진내용), and the lines left unread."""
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["target_value"], g["actual"], g["status"], g["detail"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


@pytest.mark.parametrize(
    ("kind", "seed", "floor"),
    [
        ("cross", 6443, 1.0),
        ("mutant", 4562, 0.939),
        ("mutant", 4631, 0.971),
        ("mutant", 4639, 0.959),
        ("mutant", 4642, 0.959),
    ],
)
def test_cards_read_with_no_wrong_figure(kind: str, seed: int, floor: float, tmp_path: Path) -> None:
    """Each card fixed scores at least its pin (blind: 6443 0.912, 4562 0.912, 4631 0.908, 4639 0.926, 4642 0.926)
    and reads no wrong figure, goal figures included."""
    path = (
        drawn_file("crossbreed", seed, "txt", tmp_path)
        if kind == "cross"
        else mutant_file(seed, "txt", tmp_path)
    )
    exp, got, score, wrong = expected_scored(path)
    assert score >= floor - 1e-9
    assert wrong == []
    assert wrong_goal_figures(exp, got) == []
    assert any(g["project"] for g in got["goals"])


def test_a_cell_closes_the_brackets_it_opens() -> None:
    assert brackets_closed("협약 체결(15건 → 20건)")
    assert not brackets_closed("협약 체결(15건")
    assert not brackets_closed("→ 20건)")
    assert not brackets_closed("(가]")
    kinds = header_kinds("연도 세부사업 목표 실적 달성률 추진상황") or []
    ways = list(_ways(kinds, "2020 숲길 협약 체결(15건 → 20건) - - 미착수".split()))
    assert ways and all(brackets_closed(" ".join(w["target"])) for w in ways)
    assert {" ".join(w["target"]) for w in ways} == {
        "숲길 협약 체결(15건 → 20건)",
        "협약 체결(15건 → 20건)",
        "체결(15건 → 20건)",
    }


HEAD_AFTER = "연도 세부사업 추진상황 실적 목표 추진내용 비고"


def test_a_bracketed_figure_of_the_actuals_unit_ends_the_target() -> None:
    goals, rest = _read(HEAD_AFTER, "2020 숲길 정비 추진중 21개 쉼터 설치(25개) 주민 이용 지원 공사 착공")
    assert goals == [("숲길 정비", 2020, "쉼터 설치(25개)", 25, "21개", "추진중", None)]
    assert rest == ["주민 이용 지원 공사 착공"]  # the 추진내용 and the 비고 run together: handed back


@pytest.mark.parametrize(
    "row",
    [
        "2020 숲길 정비 추진중 21개 쉼터 설치(25개) 주민 이용 지원(3개) 공사 착공",  # two such tokens
        "2020 숲길 정비 추진중 - 쉼터 설치(25개) 주민 이용 지원 공사 착공",  # a dash actual: no unit
    ],
)
def test_no_unit_proof_leaves_the_row_unread(row: str) -> None:
    goals, rest = _read(HEAD_AFTER, row)
    assert goals == [] and rest == [row]


HEAD_GROUPED = "주요사업 목표 실적 추진상황 추진내용"


def test_a_project_printed_again_under_another_year_cuts_its_rows() -> None:
    goals, rest = _read(
        HEAD_GROUPED,
        "2023년",
        "숲길 정비 착공 관계기관 협의 추진중 쉼터 운영 및 주민 지원",
        "2024년",
        "숲길 정비 착공 - 미착수 쉼터 운영 및 주민 지원",
        "2025년",
        "숲길 정비 기본계획 수립 - 미착수 쉼터 운영 및 주민 지원",
    )
    assert goals == [
        ("숲길 정비", 2023, "착공", None, "관계기관 협의", "추진중", "쉼터 운영 및 주민 지원"),
        ("숲길 정비", 2024, "착공", None, None, "미착수", "쉼터 운영 및 주민 지원"),
        ("숲길 정비", 2025, "기본계획 수립", None, None, "미착수", "쉼터 운영 및 주민 지원"),
    ]
    assert rest == []


@pytest.mark.parametrize(
    "rows",
    [
        # each row its own 추진내용: nothing shows the rows are one project's
        (
            "2023년",
            "숲길 정비 착공 관계기관 협의 추진중 쉼터 운영 및 주민 지원",
            "2024년",
            "숲길 정비 기본계획 수립 - 미착수 전망대 운영 및 방문객 지원",
        ),
        # the rows part in their figures only: where the target begins is not shown
        (
            "2023년",
            "숲길 정비 쉼터 설치(20개) 관계기관 협의 추진중 쉼터 운영 및 주민 지원",
            "2024년",
            "숲길 정비 쉼터 설치(30개) - 미착수 쉼터 운영 및 주민 지원",
        ),
        # the words both rows open with hold a figure: a target printed again may open them
        (
            "2023년",
            "쉼터 설치(20개) 착공 관계기관 협의 추진중 쉼터 운영 및 주민 지원",
            "2024년",
            "쉼터 설치(20개) 기본계획 수립 - 미착수 쉼터 운영 및 주민 지원",
        ),
    ],
)
def test_rows_not_proven_one_projects_stay_unread(rows: tuple[str, ...]) -> None:
    goals, rest = _read(HEAD_GROUPED, *rows)
    assert goals == []
    assert rest == [r for r in rows if not r.endswith("년")]
