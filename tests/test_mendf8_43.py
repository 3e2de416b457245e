"""Review mendf8 of helper famgen8's branch (merged): the cases it read wrong where the base read them right, each
pinned with the reading before (the branch) and after.

- ``goal_whole_column.holds_field`` counted a head as naming the target / actual whenever a field word stood anywhere
  in it: now by the vocabulary's header-kind reading (``header_words_kind``); a head of no kind only where the value
  words it holds are of that field alone (기준연도 실적). Rate (달성률(실적/목표), 실적/목표(%), 목표대비 달성률)
  and status / text heads (목표 달성 여부) name no field.
- ``dated_columns`` leaves a dated head out only beside a PLAIN head (the whole head a field word: 목표, 실적, 목표치;
  a whole-term head, 총괄목표 / 임기 목표, never) and only where the rows' year is their own (a year head, a row
  group, a column of years): a one-year card's ``2024년 목표 | 2024년 실적`` are its year's.
- ``goal_baseline_cells``: a baseline head after the target, or a row printing its year and figures but no status,
  leaves the table unread with a finding, the ORIGINAL lines handed on.
- ``goal_quarters.period_quarter``: the fraction form (1/4 .. 4/4) is the vocabulary's (``[date_words]
  quarter_fraction``).
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_baseline_cells import without_baseline_cells
from pledgecard.extract.sections.goal_quarters import period_quarter
from pledgecard.extract.sections.goal_whole_column import dated_columns, holds_field, other_period_columns
from pledgecard.extract.sections.goals import extract_goals

from conftest import make_table

BODY = [["도로 확장", "5km", "4km", "80%", "추진 중"], ["경로당 신축", "10개소", "7개소", "70%", "추진 중"]]


def _read(rows: list[list[str]]) -> tuple[list[tuple], list[str]]:
    res = extract_goals([make_table(rows)])
    goals = [(g["project"], g["target"], g["target_value"], g["actual_value"]) for g in res.value["goals"]]
    return goals, [f.get("code") if isinstance(f, dict) else f for f in (res.findings or [])]


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=None, trailing_gap=False)
        for i, t in enumerate(texts, start=1)
    ]


def _read_lines(*texts: str) -> tuple[list[tuple], list[str], list[str]]:
    res = extract_goals(_lines(*texts))
    goals = [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in res.value["goals"]]
    return goals, [it.text for it in res.rest], [f.get("code") for f in res.findings]


def test_holds_field_is_kind_aware() -> None:
    """A rate head holding a field word, a status head holding 목표, a head holding both fields' words: no field's
    (before: each counted as the plain target / actual by its word)."""
    for head in ("달성률(실적/목표)", "목표대비 달성률", "실적/목표(%)"):
        assert not holds_field(head, "target") and not holds_field(head, "actual"), head
    assert not holds_field("목표 달성 여부", "target")
    assert holds_field("기준연도 실적", "actual") and not holds_field("기준연도 실적", "target")
    assert holds_field("2024년 목표", "target") and holds_field("당분기 실적", "actual")


@pytest.mark.parametrize(
    "head",
    [
        ["사업명", "2024년 목표", "2024년 실적", "달성률(실적/목표)", "추진상황"],
        ["사업명", "2024 목표", "2024 실적", "실적/목표(%)", "추진상황"],
        ["사업명", "'24년 목표", "'24년 실적", "목표대비 달성률", "추진상황"],
        ["사업명", "'24년 목표", "'24년 실적", "실적률", "추진상황"],
    ],
)
def test_a_one_year_cards_dated_heads_beside_a_rate_are_its_figures(head: list[str]) -> None:
    """c1: 2024년 목표 | 2024년 실적 beside 달성률(실적/목표): before, the dated columns dropped, target '80%' / 80,
    actual None, no finding; after (as the base): 5 / 4 and 10 / 7."""
    goals, findings = _read([head, *BODY])
    assert [(g[2], g[3]) for g in goals] == [(5, 4), (10, 7)]
    assert findings == []
    assert dated_columns(head, set()) == set()


@pytest.mark.parametrize(
    "head",
    [
        ["사업명", "목표", "2024년 목표", "2024년 실적", "추진상황"],
        ["사업명", "총괄목표", "'24년 목표", "'24년 실적", "추진상황"],
        ["사업명", "임기 목표", "2024 목표", "2024 실적", "추진상황"],
    ],
)
def test_a_term_target_beside_the_years_dated_one_reads_no_target_figure(head: list[str]) -> None:
    """c5: the term's 20km under 목표 / 총괄목표 / 임기 목표 beside the year's 5km under 2024년 목표: before, target 20
    (the term's), no finding; after (as the base): no target figure, extract.goal_target_unsure, the actual 4."""
    rows = [
        ["도로 확장", "20km", "5km", "4km", "추진 중"],
        ["경로당 신축", "40개소", "10개소", "7개소", "추진 중"],
    ]
    goals, findings = _read([head, *rows])
    assert [(g[2], g[3]) for g in goals] == [(None, 4), (None, 7)]
    assert "extract.goal_target_unsure" in findings


def test_a_whole_term_head_is_never_plain_beside_a_dated_one() -> None:
    """With the rows' year their own, a dated head beside 총괄목표 stays (before: dropped as beside a plain target)."""
    assert dated_columns(["사업명", "연도", "총괄목표", "'22년 목표", "실적", "추진상황"], set()) == set()
    assert dated_columns(["사업명", "연도", "목표", "'22년 목표", "실적", "추진상황"], set()) == {3}


def test_a_periods_actual_beside_a_rate_head_is_the_actual() -> None:
    """c2: 목표 | 당분기 실적 | 달성률(실적/목표): before, actual 80 (the rate); after (as the base) 4 / 7."""
    head = ["사업명", "목표", "당분기 실적", "달성률(실적/목표)", "추진상황"]
    assert other_period_columns(head, set()) == set()
    goals, findings = _read([head, *BODY])
    assert [(g[2], g[3]) for g in goals] == [(5, 4), (10, 7)]


def test_a_text_head_holding_a_target_word_is_no_target() -> None:
    """c6: 상반기 목표 | 상반기 실적 | 목표 달성 여부: before, the text column read as the target (3 for 10개소);
    after (as the base) 5 / 10, actuals 4 / 7."""
    head = ["사업명", "상반기 목표", "상반기 실적", "목표 달성 여부", "추진상황"]
    rows = [
        ["도로 확장", "5km", "4km", "1공구 준공 2공구 착공", "추진 중"],
        ["경로당 신축", "10개소", "7개소", "3개소 설계 중", "추진 중"],
    ]
    assert other_period_columns(head, set()) == set()
    goals, _ = _read([head, *rows])
    assert [(g[1], g[2], g[3]) for g in goals] == [("5km", 5, 4), ("10개소", 10, 7)]


ROWS = ("스마트팜 기반 구축 2023 km 2.8km 0.6km 1.7km -1.1 완료", "2024 km 3.0km 0.6km 2.9km -0.1 추진 중")


@pytest.mark.parametrize(
    "head",
    [
        "사업명 연도 단위 목표치 기준연도 실적 실적 증감 추진상황",
        "사업명 연도 단위 목표치 '22년 실적(기준) 실적 증감 추진상황",
    ],
)
def test_a_baseline_head_after_the_target_leaves_the_table_unread(head: str) -> None:
    """c3: the baseline printed between the target and the actual: before, goals of project '기준' / a whole-row
    target text (first head), or the rest lines handed on rewritten (second); after: no goal, the ORIGINAL lines
    in the rest, extract.table_unrecovered."""
    assert without_baseline_cells(_lines(head, *ROWS)) is None
    goals, rest, findings = _read_lines(head, *ROWS)
    assert goals == []
    assert rest == [head, *ROWS]
    assert "extract.table_unrecovered" in findings


@pytest.mark.parametrize(
    "rows",
    [
        (
            "스마트팜 기반 구축 2023 km 0.6km 2.8km 1.7km -1.1 완료",
            "2024 km 0.6km 3.0km 2.9km -0.1 추진 중",
            "2025 km 0.6km 1.9km",
        ),
        ("스마트팜 기반 구축 2023 km 0.6km 2.8km 1.7km -1.1 완료", "2024 km 0.6km 3.0km 2.9km -0.1"),
    ],
)
def test_a_baseline_row_with_no_status_leaves_the_table_unread(rows: tuple[str, ...]) -> None:
    """c4: a row printing its year and figures but no status word: before, the row handed on unchanged under the
    rewritten head and its goal gone with no finding; after: the table unread, extract.table_unrecovered."""
    head = "사업명 연도 단위 기준치 목표치 실적 증감 추진상황"
    assert without_baseline_cells(_lines(head, *rows)) is None
    goals, rest, findings = _read_lines(head, *rows)
    assert goals == [] and rest == [head, *rows]
    assert "extract.table_unrecovered" in findings


def test_a_quarters_fraction_is_the_vocabularys() -> None:
    """goal_quarters' 1/4 .. 4/4 form read from [date_words] quarter_fraction (before: a pattern in the code)."""
    assert [period_quarter(t) for t in ("1/4", "3 / 4", "4/4", "5/4", "2/4분기", "계")] == [
        1,
        3,
        4,
        None,
        2,
        None,
    ]
