"""Goal rows of text dumps whose columns stand in another order (:mod:`goal_order`) and whose project the
row above's merged cell holds (session 29; mutants 3790-3839 in the text dump, pinned in
tests/test_mutate_tables.py PINNED_79). Such a row prints no project and, its 추진내용 merged with the project,
no 추진내용 either:

- the words after the status under ``목표 | 추진내용`` are the target's (``73호 75% 완료 97호 공급``: left uncut,
  the row unread, mutant 3807);
- the 추진내용 and 비고 may both print nothing (``- 미착수 관광 기업 지원(10개) -``: refused, the row unread,
  mutant 3813, and 3818 as drawn from all 81 families);
- a lone dash is an empty shaped cell: a cut making it open a free cell is none (``공정률 80% - 운영 개시``: two
  cuts, the row unread, mutant 3813).

A row printing its own project still leaves the words after its status uncut where nothing proves the cut."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_order import reordered
from pledgecard.extract.sections.goals import extract_goals


def _goals(text: str) -> tuple[list[tuple], list[str]]:
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i))
        for i, t in enumerate(text.strip().split("\n"), start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["target_value"], g["actual"], g["actual_value"], g["status"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


def test_a_merged_rows_words_after_its_status_are_its_target() -> None:
    head = "연도 세부사업 실적 달성률 추진상황 목표 추진내용"
    rows = [
        "2020 지역인재 기반 구축 2.8km 85% 완료 3.3km 공유오피스 운영 및 참가자 지원",
        "2021 73호 75% 완료 97호 공급",
        "2022 68호 51% 완료 133호 공급",
    ]
    got = reordered([head, *rows])
    assert got is not None
    assert got.lines[2:] == ["2021 97호 공급 73호 75% 완료", "2022 133호 공급 68호 51% 완료"]
    assert got.unfixed == {
        1
    }  # the row printing its project: 3.3km, or 3.3km and the words after it, not shown
    assert got.project_words == {2: 0, 3: 0}


def test_merged_rows_read_with_their_figures() -> None:
    text = "\n".join(
        [
            "연도 세부사업 실적 달성률 추진상황 목표 추진내용",
            "2020 지역인재 기반 구축 2.8km 85% 완료 3.3km 공유오피스 운영 및 참가자 지원",
            "2021 73호 75% 완료 97호 공급",
            "2022 68호 51% 완료 133호 공급",
        ]
    )
    got, rest = _goals(text)
    assert [g[1:] for g in got] == [
        (2021, "97호 공급", 97, "73호", 73, "완료"),
        (2022, "133호 공급", 133, "68호", 68, "완료"),
    ]
    assert all(g[0] is None for g in got)  # the project's row unread: no project carried
    assert any("3.3km" in r for r in rest)  # the unread row kept as unparsed text


def test_a_merged_row_may_print_no_detail_and_no_remark() -> None:
    head = "연도 세부사업 실적 추진상황 목표 달성률 추진내용 비고"
    rows = [
        "2023 관광 지원사업 7명 완료 관광 교육생 양성(10명) 70% 캠핑장 운영 및 방문객 지원 준공 예정",
        "2024 34건 완료 관광 협약 체결(50건) 68% 운영 개시",
        "2025 - 미착수 관광 기업 지원(10개) -",
    ]
    got = reordered([head, *rows])
    assert got is not None and not got.unfixed
    assert got.lines[3] == "2025 관광 기업 지원(10개) - - 미착수"
    # a row printing its project leaves no 추진내용 blank: the cut is not shown
    printed = reordered([head, "2025 관광 지원사업 - 미착수 관광 기업 지원(10개) -"])
    assert printed is not None and printed.unfixed == {1}


def test_a_lone_dash_opens_no_free_cell() -> None:
    head = "연도 주요사업 추진상황 목표 실적 추진내용 비고"
    rows = [
        "2023 도시숲 인재양성 추진중 공정률 70% 공정률 37% 에너지자립마을 운영 및 참여 주민 지원 준공 예정",
        "2024 미착수 공정률 80% - 운영 개시",
        "2025 미착수 공정률 80% -",
    ]
    got = reordered([head, *rows])
    assert got is not None and not got.unfixed
    assert got.lines[2:] == ["2024 공정률 80% - 미착수 운영 개시", "2025 공정률 80% - 미착수"]
    goals, _ = _goals("\n".join([head, *rows]))
    assert [(g[1], g[2], g[3], g[5]) for g in goals] == [
        (2023, "공정률 70%", 70, 37),
        (2024, "공정률 80%", 80, None),
        (2025, "공정률 80%", 80, None),
    ]
