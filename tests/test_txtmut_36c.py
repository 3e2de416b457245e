"""Session 36 (txtmut3): txt mutants 4590-4629 losing goals, each class read from structure.

- A goal table printing its project on every row, a row's project and worded actual one space apart (``도시숲 기반
  구축 설계 완료 완료 착공`` under ``주요사업 실적 추진상황 목표``): where the project ends the row alone does not show,
  but the table's other rows print the project whole (``도시숲 기반 구축 22회 추진 중 …``): the row is cut where
  exactly one way's project is one of theirs (goal_known_projects; mutant 4627 txt 0.976 -> 1.000).
- A goal row read late (its cells out of the reader's order, ``2024 2.9km 미착수 -``) whose own 추진내용 is unread (the
  first row's 추진내용 and 비고 run together): it hands its project down to the row right below printing none, a year
  after it (goal_carried_rows; mutant 4604 txt goals 0.81 -> 0.86, the 2025 goal's project null -> read).
- A funding table whose share column's head a dump printed on the unit's line above the period line (``❪백만원❫ 확보율
  (%)`` over ``2022학년도 … 2027학년도``, each row a cell more than the periods): the head put back at the period line's
  end, the table read as one printing its head on one line (funding_share_head_up; mutant 4597 txt 0.829 -> 0.987).
- A funding table a dump printed one row on a line (``국 비 2,659 1,575 517 92``) and the others a cell a line (their
  cells of two paragraphs, ``2,731`` over ``(당초 2,157)``), the source labels' syllables a space apart: the label read
  whole, so the one-line row goes a cell a line too and one reading takes every row (funding_cell_lines.rows_as_cells;
  mutant 4537 txt 0.902 -> 0.946, the amounts null -> read, the overview's per-source budget agreeing).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cell_lines import rows_as_cells
from pledgecard.extract.sections.funding_share_head_up import share_head_down
from pledgecard.extract.sections.goal_carried_rows import carried_below
from pledgecard.extract.sections.goal_known_projects import ways_of_known_project
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goals import extract_goals
from tests.conftest import expected_scored, make_line, mutant_file

HEAD = "주요사업 실적 추진상황 목표"
FIRST = "도시숲 기반 구축 설계 완료 완료 착공"
BELOW = [
    "<2024>",
    "도시숲 기반 구축 22회 추진 중 도시숲 프로그램 운영(20회)",
    "<2025>",
    "도시숲 기반 구축 - 미착수 실시설계 완료",
]


def _read(*texts: str) -> tuple[list[dict], list[str]]:
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    return res.value["goals"], [it.text for it in res.rest]


def test_a_row_is_cut_where_its_project_is_one_the_other_rows_print() -> None:
    """The first row's project ends where the rows below print it whole: its worded actual read, nothing left."""
    goals, rest = _read(HEAD, "<2023>", FIRST, *BELOW)
    assert [(g["project"], g["year"], g["actual"], g["status"], g["target"]) for g in goals] == [
        ("도시숲 기반 구축", 2023, "설계 완료", "완료", "착공"),
        ("도시숲 기반 구축", 2024, "22회", "추진 중", "도시숲 프로그램 운영(20회)"),
        ("도시숲 기반 구축", 2025, None, "미착수", "실시설계 완료"),
    ]
    assert FIRST not in rest


def test_a_row_whose_project_no_other_row_prints_stays_unread() -> None:
    """The rows below printing another project: where the first row's project ends is not shown, it stays unread."""
    other = [t.replace("도시숲 기반 구축", "숲길 정비") for t in BELOW]
    goals, rest = _read(HEAD, "<2023>", FIRST, *other)
    assert [g["year"] for g in goals] == [2024, 2025]
    assert FIRST in rest


def test_ways_of_known_project_keeps_only_one_named_project() -> None:
    """One way naming a known project: that way alone; none or two different ones named: every way, unchanged."""
    a = {"project": ["도시숲"], "actual": ["기반", "구축", "설계", "완료"]}
    b = {"project": ["도시숲", "기반"], "actual": ["구축", "설계", "완료"]}
    c = {"project": ["도시숲", "기반", "구축"], "actual": ["설계", "완료"]}
    assert ways_of_known_project([a, b, c], {"도시숲 기반 구축"}) == [c]
    assert ways_of_known_project([a, b, c], {"숲길 정비"}) == [a, b, c]
    assert ways_of_known_project([a, b, c], {"도시숲", "도시숲 기반 구축"}) == [a, b, c]
    empty = {"target": ["착공"]}
    assert ways_of_known_project([empty], {"도시숲 기반 구축"}) == [empty]


def test_mutant_4627_txt_reads_every_goal(tmp_path: Path) -> None:
    """Mutant 4627 txt (goals 0.59 before): every goal read, the card 0.976 -> 1.000, no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(4627, "txt", tmp_path))
    assert wrong == []
    assert score >= 0.999
    assert [(g["project"], g["year"], g["actual"]) for g in got["goals"]] == [
        (g["project"], g["year"], g["actual"]) for g in exp["goals"]
    ]


LATE_HEAD = "연도 성과지표 목표 추진상황 실적 추진내용 비고"
LATE = [
    "2023 이차전지 지원사업 2.6km 추진 중 1.3km 테스트베드 운영 및 전문인력 지원 운영 개시",
    "2024 2.9km 미착수 -",
    "2025 공정률 60% 미착수 - 기본계획 수립",
]


def test_a_row_read_late_its_detail_unread_hands_its_project_down() -> None:
    """The 2024 row read late (two shaped cells, 2.9km and a dash, fixing no order) carries the 2023 row's project;
    the 2025 row below, read first, printing none, takes it; every 추진내용 stays null (run together with a 비고)."""
    goals, _ = _read(LATE_HEAD, *LATE)
    assert [(g["project"], g["year"], g["target"], g["detail"]) for g in goals] == [
        ("이차전지 지원사업", 2023, "2.6km", None),
        ("이차전지 지원사업", 2024, "2.9km", None),
        ("이차전지 지원사업", 2025, "공정률 60%", None),
    ]


def test_a_late_row_with_no_detail_hands_nothing_past_a_gap() -> None:
    """The late row's project alone goes down only a year at a time with no line unread between, as before."""
    late = GoalRow(1, "이차전지 지원사업", 2024, "2.9km", "미착수", None, None)
    below = GoalRow(3, None, 2025, "공정률 60%", "미착수", None, None)
    assert carried_below([late, below], [late], [])[1].project == "이차전지 지원사업"
    assert carried_below([late, below], [late], [2])[1].project is None
    assert carried_below([late, replace(below, year=2026)], [late], [])[1].project is None
    assert carried_below([late, below], [replace(late, project=None)], [])[1].project is None


def test_mutant_4604_txt_carries_the_project_down(tmp_path: Path) -> None:
    """Mutant 4604 txt: every goal's project read (the card 0.744 -> 0.749), no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(4604, "txt", tmp_path))
    assert wrong == []
    assert score >= 0.748
    assert [g["project"] for g in got["goals"]] == [g["project"] for g in exp["goals"]]


def _items(*texts: str) -> list[Line]:
    return [
        Line(text=" ".join(t.split()), marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]


def test_a_share_head_on_the_unit_line_goes_to_the_period_line() -> None:
    """``❪백만원❫ 확보율 (%)`` over a period line: the unit mark stays, the share head ends the period line."""
    got = share_head_down(
        _items(
            "구 분 학년도별 투자계획",
            "❪백만원❫ 확보율 (%)",
            "",
            "2022학년도 2023학년도 2024학년도",
            "국 고 1,509 1,105 1,758 45.8",
        )
    )
    assert [ln.text for ln in got] == [
        "구 분 학년도별 투자계획",
        "❪백만원❫",
        "",
        "2022학년도 2023학년도 2024학년도 확보율 (%)",
        "국 고 1,509 1,105 1,758 45.8",
    ]


def test_a_unit_line_over_no_period_line_or_with_other_words_is_left() -> None:
    """No period line right below (a row), or the unit line printing words no share head: left as printed."""
    rows = _items("❪백만원❫ 확보율 (%)", "국 고 1,509 1,105 45.8")
    assert [ln.text for ln in share_head_down(rows)] == [ln.text for ln in rows]
    other = _items("❪백만원❫ 학년도별 투자계획", "2022학년도 2023학년도")
    assert [ln.text for ln in share_head_down(other)] == [ln.text for ln in other]


def test_mutant_4597_txt_reads_its_funding(tmp_path: Path) -> None:
    """Mutant 4597 txt (funding 0.172 before: every amount null, the grid one column short): every amount read."""
    exp, got, score, wrong = expected_scored(mutant_file(4597, "txt", tmp_path))
    assert wrong == []
    assert score >= 0.985
    assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]


def test_a_spaced_label_row_amid_rows_a_cell_a_line_goes_a_cell_a_line() -> None:
    """``국 비 2,659 1,575`` amid ``도 비`` / ``2,731`` / ``67``: the one-line row's label and cells a line each."""
    got = rows_as_cells(_items("2019년 2020년", "국 비 2,659 1,575", "도 비", "2,731", "67"))
    assert [ln.text for ln in got] == ["2019년 2020년", "국비", "2,659", "1,575", "도 비", "2,731", "67"]


def test_a_spaced_label_row_with_no_row_a_cell_a_line_is_left() -> None:
    """Every row on its line: nothing to read a cell a line, the lines as printed."""
    rows = _items("2019년 2020년", "국 비 2,659 1,575", "도 비 2,731 67")
    assert [ln.text for ln in rows_as_cells(rows)] == [ln.text for ln in rows]


def test_mutant_4537_txt_reads_its_funding(tmp_path: Path) -> None:
    """Mutant 4537 txt (funding rows all null before): every source's amounts read, no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(4537, "txt", tmp_path))
    assert wrong == []
    assert score >= 0.945
    assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]


def test_a_share_head_moves_only_alone_and_under_no_total_head() -> None:
    """CI (test_sweep_59b / test_sweep_67): two derived heads on the unit's line (``증감 확보율(%)``), or a 총사업비
    head on the line above, leave where the derived column stands untold: nothing moved (the sums decide, or null)."""
    from pledgecard.extract.sections.funding_share_head_up import share_head_down

    years = "2022년 2023년 2024년"
    two = [make_line("⦏백만원⦐ 증감 확보율(%)"), make_line(years)]
    assert [ln.text for ln in share_head_down(two)] == [ln.text for ln in two]
    total_above = [
        make_line("구분 연도별 투자 실적 및 계획 총사업비"),
        make_line("⦇천원⦈ 증감"),
        make_line(years),
    ]
    assert [ln.text for ln in share_head_down(total_above)] == [ln.text for ln in total_above]
    alone = [make_line("❪백만원❫ 확보율 (%)"), make_line(years)]
    assert [ln.text for ln in share_head_down(alone)] == ["❪백만원❫", f"{years} 확보율 (%)"]
