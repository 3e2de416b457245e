"""Goal tables of a text dump whose head years are printed in marks (``<2023>``), on small lines.

Two shapes the style sweep lost whole in txt: a years-split table (an indicator a row, a unit
column, each year over 목표 | 실적 sub-columns, cells holding words) and a quarters table (a year
spanning ``1/4 .. 4/4`` sub-heads, then the 목표 | 실적 | 추진상황 columns).
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_subheads import fold_sub_columns, year_head
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines, text_row
from pledgecard.extract.sections.goals import extract_goals

from conftest import make_line


def test_year_head_reads_a_bare_or_marked_year_and_nothing_else() -> None:
    assert year_head("2023년") == 2023
    assert year_head("<2023>") == 2023
    assert year_head("〈2024년〉") == 2024
    assert year_head("<목표>") is None
    assert year_head("<2023") is None


def test_a_word_row_is_cut_only_when_the_cuts_are_proven() -> None:
    words = "문화관광 기반 구축 건 기업 지원(50개) 34개 협약 체결(10건) 9건 -".split()
    assert text_row(words, 5) == (
        "문화관광 기반 구축",
        "건",
        ["기업 지원(50개)", "34개", "협약 체결(10건)", "9건", "-"],
    )
    # three word runs or fewer cells than sub-columns: a run holds two cells, which ones is unknown
    assert text_row("인재양성 개 - - 착공 용역 완료 기업 지원(20개)".split(), 5) is None
    # no unit word standing alone after the name: where the name ends is unknown
    assert text_row("인재양성 기업 지원(50개) 34개 협약 체결(10건) 9건 -".split(), 5) is None


def test_years_split_rows_read_past_an_unproven_row() -> None:
    lines = [
        "구분 단위 <2023> <2024> <2025>",
        "목표 실적 목표 실적 목표",
        "문화관광 인재양성 개 - - 착공 용역 완료 문화관광 기업 지원(20개)",
        "문화관광 기반 구축 건 문화관광 기업 지원(50개) 34개 문화관광 협약 체결(10건) 9건 -",
    ]
    got = goals_year_column_lines(lines)
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual) for g in got.goals] == [
        ("문화관광 기반 구축", 2023, "문화관광 기업 지원(50개)", "34개"),
        ("문화관광 기반 구축", 2024, "문화관광 협약 체결(10건)", "9건"),
    ]
    assert 2 not in got.used  # the unproven row stays unread

    result = extract_goals([make_line(t) for t in lines])
    goals = result.value["goals"]
    assert [(g["year"], g["target_value"], g["target_unit"], g["actual_value"]) for g in goals] == [
        (2023, 50, "개", 34),
        (2024, 10, "건", 9),
    ]
    assert any(getattr(it, "text", None) == lines[2] for it in result.rest)  # a finding, no goal


def test_a_marked_year_over_quarter_sub_heads_spans_them_alone() -> None:
    lines = [
        "사업명 <2023> 목표 실적 추진상황",
        "1/4 2/4 3/4 4/4",
        "정류장 조성 37 74 110 147 147호 공급 104호 추진 중",
    ]
    folded = fold_sub_columns(lines)
    assert folded is not None
    assert folded[0] == "사업명 목표 실적 추진상황"  # 목표 is a column of its own, not the span's end
    assert folded[2] == "정류장 조성 147호 공급 104호 추진 중"

    goals = extract_goals([make_line(t) for t in lines]).value["goals"]
    assert [
        (g["project"], g["year"], g["target"], g["target_value"], g["actual_value"], g["status"])
        for g in goals
    ] == [("정류장 조성", 2023, "147호 공급", 147, 104, "추진 중")]
