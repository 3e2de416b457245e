"""Session 38 (helper txtgoal): goal rows of a text dump whose cells are one space apart, cut where another row of
the same table proves the cut (goal_spaced_rows, goal_repeated_projects.ways_of_known_wording).

- A target of two words or more another row of the table prints whole (its row fitting the head's columns one way
  only, or read by another reader) proves where a row printing the same wording, its figures aside, begins and ends
  (``교육 수료 #명``: ``2024 지원센터 조성 완료 교육 수료 1,138명 930명 …`` cuts its target before ``930명``, not before
  ``1,138명``; ``실시설계 완료``, printed whole by ``2026 실시설계 완료 - 미착수``, ends ``2024 광역철도 지원사업
  실시설계 완료 운영 완료 완료``'s project before it). Mutant 4683 txt 0.905 -> 1.000 (it read a wrong goal figure
  before: the 2024 row lost, the 2026 one paired with it), crossbreed 6469 txt 0.917 -> 1.000. A one-word target
  (``착공``, or a lone figure ``3.7km``: whether words follow it is what it would prove) proves nothing, nor does a
  wording two ways of the row print alike: the row stays unread.
- A row another reader read without its project (a merged one whose first row no reader cut) leaves the project of
  the merged rows below it unknown: they are read with the project null (``extract.project_unread``), no longer
  dropped (crossbreed 6469's 2026 row).

Every card pinned reads no wrong figure (the shared wrong_figures) and no wrong goal figure
(pledgecard.scoring.wrong_goal_figures). Cards drawn from the first 81 named families (``--families 81``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_repeated_projects import ways_of_known_wording
from pledgecard.extract.sections.goal_shaped_targets import figure_wording
from pledgecard.extract.sections.goal_spaced_rows import _ways, _worded
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.scoring import wrong_goal_figures
from tests.conftest import drawn_file, expected_scored, mutant_file


def _read(*texts: str) -> tuple[list[tuple], list[str], list[str]]:
    """A dump's goal lines (each printed as given, single-spaced) read: each goal's (project, year, target, target
    value, actual, status, 추진내용), the lines left unread and the findings' codes."""
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["target_value"], g["actual"], g["status"], g["detail"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest], [f["code"] for f in res.findings]


@pytest.mark.parametrize(("kind", "seed", "floor"), [("mutant", 4683, 1.0)])
def test_cards_read_with_no_wrong_figure(kind: str, seed: int, floor: float, tmp_path: Path) -> None:
    """The card fixed scores its pin (blind: 4683 0.905 with one wrong goal figure) and reads no wrong figure, goal
    figures included, every goal with its project (crossbreed 6469, 0.917 -> 1.000, measured, not pinned here: its
    classes are the unit tests below, a second card would double the module's time)."""
    path = (
        drawn_file("crossbreed", seed, "txt", tmp_path)
        if kind == "cross"
        else mutant_file(seed, "txt", tmp_path)
    )
    exp, got, score, wrong = expected_scored(path)
    assert score >= floor - 1e-9
    assert wrong == []
    assert wrong_goal_figures(exp, got) == []
    assert len(got["goals"]) == len(exp["goals"]) and all(g["project"] for g in got["goals"])


HEAD = "연도 세부사업 추진상황 목표 실적 추진내용"


def test_a_figure_wording_printed_whole_cuts_the_rows() -> None:
    goals, rest, _ = _read(
        HEAD,
        "2024 숲길 정비 완료 쉼터 설치 12개 9개 주민 쉼터 운영 및 관리",
        "2025 추진중 쉼터 설치 15개 11개",
        "2026 미착수 쉼터 설치 20개 -",
    )
    assert goals == [
        ("숲길 정비", 2024, "쉼터 설치 12개", 12, "9개", "완료", "주민 쉼터 운영 및 관리"),
        ("숲길 정비", 2025, "쉼터 설치 15개", 15, "11개", "추진중", "주민 쉼터 운영 및 관리"),
        ("숲길 정비", 2026, "쉼터 설치 20개", 20, None, "미착수", "주민 쉼터 운영 및 관리"),
    ]
    assert rest == []


def test_without_the_whole_row_the_figure_rows_stay_unread() -> None:
    """The last row printing an actual too, no row prints its target whole: where the actual begins is not shown
    (``12개`` may be the actual, ``9개 …`` the 추진내용)."""
    rows = (
        "2024 숲길 정비 완료 쉼터 설치 12개 9개 주민 쉼터 운영 및 관리",
        "2025 추진중 쉼터 설치 15개 11개",
    )
    goals, rest, _ = _read(HEAD, *rows)
    assert goals == []
    assert rest == list(rows)


HEAD_PLAIN = "연도 세부사업 목표 실적 추진상황"


def test_a_worded_target_printed_whole_ends_the_project() -> None:
    goals, rest, codes = _read(
        HEAD_PLAIN,
        "2024 숲길 정비사업 실시설계 완료 관계기관 협의 추진중",
        "2025 실시설계 완료 - 미착수",
    )
    assert goals == [
        ("숲길 정비사업", 2024, "실시설계 완료", None, "관계기관 협의", "추진중", None),
        ("숲길 정비사업", 2025, "실시설계 완료", None, None, "미착수", None),
    ]
    assert rest == [] and "extract.project_unread" not in codes


def test_one_word_targets_and_twice_worded_ways_prove_nothing() -> None:
    """``착공`` or ``12.5km`` printed whole is no wording of the table (a longer target may end with it); where two targets of the
    row's ways are worded as the table's targets are, the ways are left as they were."""
    kinds = header_kinds(HEAD) or []
    lines = [HEAD, "2025 미착수 착공 -", "2026 미착수 쉼터 설치 20개 -", "2027 미착수 12.5km -"]
    assert _worded(lines, 0, kinds, {1, 2, 3}, frozenset(lines), []) == {"쉼터 설치 #"}
    ways = list(_ways(kinds, "2024 숲길 정비 추진중 쉼터 설치 12개 9개".split()))
    targets = {" ".join(w["target"]) for w in ways}
    assert "쉼터 설치 12개" in targets and len(targets) > 1
    [way] = ways_of_known_wording(ways, {"쉼터 설치 #"})
    assert (way["project"], way["target"], way["actual"]) == (
        ["숲길", "정비"],
        ["쉼터", "설치", "12개"],
        ["9개"],
    )
    other = next(t for t in targets if t != "쉼터 설치 12개")
    assert ways_of_known_wording(ways, {"쉼터 설치 #", figure_wording(other)}) == ways  # two so worded
    assert ways_of_known_wording(ways, {"착공"}) == ways


def test_merged_rows_under_a_row_read_without_its_project_are_read_with_it_null() -> None:
    """The first row's cut not shown (``기본 설계``: no row prints it whole), the row below read by another reader
    with its project null: the row under that one (one way only) is read, its project null with a finding, where
    it was dropped."""
    goals, rest, codes = _read(
        HEAD_PLAIN,
        "2024 숲길 정비사업 기본 설계 관계기관 협의 추진중",
        "2025 숲길 교육생 양성(30명) 35명 추진중",
        "2026 실시설계 완료 - 미착수",
        "2025 숲길 기반 구축 숲길 교육생 양성(30명) 30명 추진중",
        "2026 숲길 기업 지원(60개) - 미착수",
    )
    assert (None, 2026, "실시설계 완료", None, None, "미착수", None) in goals
    assert "extract.project_unread" in codes
    assert rest == ["2024 숲길 정비사업 기본 설계 관계기관 협의 추진중"]
