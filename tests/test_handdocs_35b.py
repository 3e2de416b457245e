"""Session 35 (handdocs2)'s cards written by hand and measured blind (samples/handmade/README.md, "Tenth round"): a PDF
whose tables have no ruled line at all, amounts in full won and a goal table with a baseline and a final target
(``doc-dalgaram-city-6-8.pdf``), an HWPX card laid out as one two-column table whose 소요예산 cell nests the funding
table (``doc-modeum-county-4-9.hwpx``), an HWP 5 reported at ``2025. 2/4분기 기준`` whose items are dated by month only
(``doc-eungyeol-province-2-13.hwp``) and a text dump with no table at all (``saeteo-city-7-6.txt``). Blind 0.682 /
0.941 / 0.983 / 0.841; after 1.000 each, 0 wrong figures before and after.

The classes fixed:

- a typed table whose rows stand wider apart than a text line's spacing (cells padded, 21 pt top to top at 9 pt)
  made no run of lines, the goal table left loose text (extract/readers/pdf_typed_pitch.py: a run at one even pitch);
- a final-target column naming its year (``최종목표(2026)``) after every year column, dropped as no year's goal
  (extract/sections/goal_final_year.py);
- a department label spanning rows whose value cells name their roles (``주관 : …`` / ``협조 : …``), the role word
  kept in the department and the 협조부서 lost (extract/sections/header_sub_labels.py, vocabulary
  ``[header_sub_labels]``);
- the overview's budget line printed in the funding section's cell (``○ 총사업비 : 5,200백만원 (국비 …)``) left unread
  (extract/sections/funding_budget_line.py);
- a bulleted budget line with no colon (``○ 총사업비 12,500백만원(국비 …)``) read as no budget (extract/sections/overview.py);
- a funding's periods told a line each (``- 2023년 : 1,200백만원``) read as no funding
  (extract/sections/funding_period_lines.py);
- goal lines under a numbered project heading (``가. 수변 쉼터 조성``) read with no project, and an outcome word in
  brackets (``(달성)``) kept in the actual (extract/sections/goal_line_heads.py, vocabulary ``[goal_outcomes]``);
- the comma parting two bracketed pairs kept in the first value (``담당자 : 진소율, 연락처 : …``: extract/labels.py);
- an item's trailing month alone (``: 5월``, ``: 6월 중``) read with no year: its block's reporting year where the
  month falls on or before the reporting point (extract/sections/achievement_month_year.py);
- (not scored) an outreach note column printing a dash for a channel with no note, taken for counts and every note
  read null (extract/sections/outreach_note_dashes.py), and a count after the bracket closing the count before
  (``완료(2건) / 추진중(1건)``) labelled ``) / 추진중`` (extract/nlp.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.labels import split_labelled
from pledgecard.extract.nlp import find_counts
from pledgecard.extract.readers.pdf_typed_pitch import even_run
from pledgecard.extract.sections.achievement_month_year import month_in_as_of_year
from pledgecard.extract.sections.funding_budget_line import labelled_budget
from pledgecard.extract.sections.funding_period_lines import period_run
from pledgecard.extract.sections.goal_final_year import final_year
from pledgecard.extract.sections.goal_line_heads import numbered_head, outcome_word
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goal_year_columns import goals_year_columns
from pledgecard.extract.sections.header_sub_labels import sub_labelled
from pledgecard.extract.sections.outreach_note_dashes import note_column
from pledgecard.extract.sections.overview import extract_overview
from pledgecard.normalize.dates import parse_date

from conftest import assert_handmade_floor, handmade_script, make_line

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"

FLOORS = {  # measured after the fixes (blind in brackets), floored to 0.01
    "doc-dalgaram-city-6-8.pdf": 1.0,  # (0.682)
    "doc-modeum-county-4-9.hwpx": 1.0,  # (0.941)
    "doc-eungyeol-province-2-13.hwp": 1.0,  # (0.983)
    "saeteo-city-7-6.txt": 1.0,  # (0.841)
}


@pytest.mark.parametrize("file", sorted(FLOORS))
def test_card_scores_its_floor_with_no_wrong_figure(file: str) -> None:
    assert_handmade_floor(HANDMADE / file, FLOORS[file])


def test_the_scripts_write_the_committed_files(tmp_path: Path) -> None:
    hwp = handmade_script("doc-hwp")
    m = hwp.owpml()
    out = tmp_path / "doc-eungyeol-province-2-13.hwp"
    hwp.write_hwp(out, "공약사업 관리카드 2-13", hwp.eungyeol_province(m), m)
    assert out.read_bytes() == (HANDMADE / "doc-eungyeol-province-2-13.hwp").read_bytes()
    hwpx = handmade_script("doc-hwpx")
    out = tmp_path / "doc-modeum-county-4-9.hwpx"
    hwpx.write_hwpx(out, "군수 공약사업 관리카드 4-9", hwpx.modeum_county())
    assert out.read_bytes() == (HANDMADE / "doc-modeum-county-4-9.hwpx").read_bytes()


def test_the_text_dump_prints_no_table() -> None:
    text = (HANDMADE / "saeteo-city-7-6.txt").read_text(encoding="utf-8")
    assert (
        "\t" not in text
        and "|" not in text
        and "   " not in text.replace("\n    ", "\n").replace("\n  ", "\n")
    )


@dataclass
class _P:
    top: float
    bottom: float


def _lines(tops: list[float], size: float = 9.0) -> list[list[_P]]:
    return [[_P(t, t + size), _P(t, t + size)] for t in tops]


def test_rows_at_one_even_wide_pitch_make_a_run_and_uneven_or_lone_steps_none() -> None:
    rows = lambda line: len(line) >= 2  # noqa: E731 - the predicate the reader passes
    assert even_run(_lines([100, 121, 142, 163]), 0, rows) == 4  # 21 pt apart at 9 pt: a head and three rows
    assert even_run(_lines([100, 121]), 0, rows) == 0  # one step proves no pitch
    assert even_run(_lines([100, 121, 160]), 0, rows) == 0  # the second step off the first's pitch
    assert even_run(_lines([100, 140, 180]), 0, rows) == 0  # wider than a table's rows stand
    assert even_run([*_lines([100, 121, 142]), [_P(163, 172)]], 0, rows) == 3  # a one-piece line ends it


def test_a_final_target_naming_a_year_after_the_years_is_that_years_target() -> None:
    assert final_year("최종목표(2026)", [2023, 2024]) == 2026
    assert final_year("최종목표 (2026년)", [2023, 2024]) == 2026
    assert final_year("최종목표(2026)", [2025, 2026]) is None  # the years' own columns hold it
    assert final_year("최종목표", [2023, 2024]) is None and final_year("달성률(%)", [2023, 2024]) is None
    grid = [
        [
            "성과지표",
            "단위",
            "기준값(2022)",
            "2023 목표",
            "2023 실적",
            "2024 목표",
            "2024 실적",
            "최종목표(2026)",
        ],
        ["시설 리모델링", "개소", "0", "2", "2", "4", "4", "12"],
    ]
    got = goals_year_columns(grid)
    assert got is not None
    assert [(g.year, g.target, g.actual) for g in got] == [
        (2023, "2", "2"),
        (2024, "4", "4"),
        (2026, "12", None),
    ]
    plain = goals_year_columns([[*grid[0][:-1], "최종목표"], grid[1]])
    assert plain is not None and [g.year for g in plain] == [2023, 2024]  # no year named: not read, as before


def test_a_department_cells_role_word_names_its_field() -> None:
    assert sub_labelled("주관 : 교통행정과") == ("lead_dept", "교통행정과")
    assert sub_labelled("협조 : 기획예산실, 건설과") == ("coop_depts", "기획예산실, 건설과")
    assert sub_labelled("담당 : 변하율") is None and sub_labelled("주관부서") is None
    header = extract_file(HANDMADE / "doc-modeum-county-4-9.hwpx")[0]["header"]
    assert (header["lead_dept"], header["coop_depts"], header["contact_name"]) == (
        "교통행정과",
        ["기획예산실", "건설과"],
        "변하율",
    )


def test_a_labelled_budget_line_adding_up_is_a_budget() -> None:
    got = labelled_budget("총사업비 : 5,200백만원 (국비 1,560, 도비 1,040, 군비 2,600)")
    assert got is not None and got["total_krw"] == 5_200_000_000
    assert [p["amount_krw"] for p in got["parts"]] == [1_560_000_000, 1_040_000_000, 2_600_000_000]
    assert (
        labelled_budget("총사업비 : 5,200백만원 (국비 1,560, 도비 1,040, 군비 2,000)") is None
    )  # no sum: unproven
    assert labelled_budget("국비 : 1,560백만원") is None


def test_a_bulleted_budget_line_with_no_colon_is_the_overviews_budget() -> None:
    got = extract_overview(
        [
            make_line("총사업비 12,500백만원(국비 5,000, 도비 2,500, 시비 5,000)", "○"),
            make_line("주요내용", "○"),
            make_line("사업비 12억원 절감 방안 마련", "-"),
        ]
    )
    ov = got.value["overview"]
    assert ov["budget"]["total_krw"] == 12_500_000_000 and ov["contents"] == ["사업비 12억원 절감 방안 마련"]


def test_periods_told_a_line_each_are_read_as_one_sentence() -> None:
    lines = [
        make_line("연차별 투자계획 (단위 : 백만원)", "○"),
        make_line("2023년 : 1,200백만원", "-"),
        make_line("2024년 : 3,800백만원", "-"),
        make_line("국비 확보 노력", "-"),
    ]
    got = period_run(lines, lambda t: t.split(", ") if t.count("년") >= 2 else None)
    assert got is not None and [ln.text for ln in got[0]] == ["2023년 : 1,200백만원", "2024년 : 3,800백만원"]
    assert got[1] == ["2023년 1,200백만원", "2024년 3,800백만원"]
    assert period_run(lines[:2], lambda t: [t]) is None  # one line: no run
    funding = extract_file(HANDMADE / "saeteo-city-7-6.txt")[0]["funding"]
    assert funding["rows"][0]["amounts_krw"] == [
        12_500_000_000,
        1_200_000_000,
        3_800_000_000,
        4_500_000_000,
        3_000_000_000,
    ]


def test_goal_lines_under_a_numbered_project_with_an_outcome_in_brackets() -> None:
    assert (
        numbered_head("가. 수변 쉼터 조성") == "수변 쉼터 조성"
        and numbered_head("(1) 생태모니터링단 운영") is not None
    )
    assert (
        numbered_head("ㅇ 급식소 운영") is None and numbered_head("○ 급식소 운영") is None
    )  # bullets: goal_lines' own
    assert numbered_head("1. 2단계 준공") is None  # a figure: no project's name
    assert outcome_word("달성") and outcome_word("미 달 성") and not outcome_word("누계")
    got = goal_lines(
        [
            "가. 수변 쉼터 조성",
            "○ 2024년 목표: 4개소 / 실적: 4개소 (달성)",
            "○ 2025년 목표: 8개소 / 실적: 6개소 (추진중)",
            "나. 생태모니터링단 운영",
            "○ 2024년 목표: 30명 / 실적: 36명 (누계)",
        ]
    )
    assert got is not None
    assert [(g.project, g.year, g.actual, g.status) for g in got] == [
        ("수변 쉼터 조성", 2024, "4개소", "달성"),
        ("수변 쉼터 조성", 2025, "6개소", "추진중"),
        ("생태모니터링단 운영", 2024, "36명 (누계)", None),
    ]  # a remark no outcome word: the actual's, as before


def test_the_comma_between_two_pairs_is_no_values() -> None:
    got = split_labelled("주관부서 : 하천관리과 (담당자 : 진소율, 연락처 : 031-580-3362)")
    assert ("contact_name", "진소율") in got
    assert split_labelled("협조부서 : 건축과, 회계과") == [("coop_depts", "건축과, 회계과")]


def test_a_month_alone_is_its_reporting_years_month_up_to_the_reporting_point() -> None:
    q2 = parse_date("2025. 2/4분기 기준")
    got = month_in_as_of_year(parse_date("5월"), q2)
    assert got is not None and got["label"] == "2025-05" and got["raw"] == "5월"
    assert month_in_as_of_year(parse_date("6월 중"), q2)["label"] == "2025-06"  # type: ignore[index]
    assert month_in_as_of_year(parse_date("9월"), q2) is None  # after the reporting point: its year unproven
    assert month_in_as_of_year(parse_date("5월"), None) is None
    assert month_in_as_of_year(parse_date("2024. 5."), q2) is None  # a date of its own
    items = extract_file(HANDMADE / "doc-eungyeol-province-2-13.hwp")[0]["achievements"]
    assert [(a["text"], (a["date"] or {}).get("label")) for a in items if a["level"] == 2][:3] == [
        ("청년농 창업 보육 교육과정 운영 완료 (5월)", None),
        ("입주 청년농 18명 선정", "2025-05"),
        ("임대온실 24동 중 20동 시공", "2025-06"),
    ]


def test_a_note_column_printing_dashes_for_no_note_is_the_channels_notes() -> None:
    counts = lambda t: t.strip() in ("-", "3", "1")  # noqa: E731 - a count cell's reading: a dash is a zero
    assert note_column(["입주 조건 의견 수렴", "보육 교육 수료생 대상", "-"], counts)
    assert not note_column(["-", "-"], counts) and not note_column(["3", "-"], counts)
    outreach = extract_file(HANDMADE / "doc-eungyeol-province-2-13.hwp")[0]["outreach"]
    assert [(i["label"], i["count"], i["note"]) for i in outreach["items"]] == [
        ("청년농 간담회", 3, "입주 조건·임대료 의견 수렴"),
        ("만족도조사", 1, "보육 교육 수료생 대상"),
        ("전문가 자문", 2, "온실 설계 자문"),
        ("언론홍보", 3, None),
    ]
    assert outreach["total"] == 9


def test_a_count_after_the_bracket_of_the_count_before_is_labelled_by_its_own_words() -> None:
    assert [(c["value"], c["label"]) for c in find_counts("세부과제 추진현황 : 완료(2건) / 추진중(1건)")] == [
        (2, "완료"),
        (1, "추진중"),
    ]
