"""Review e's findings mended (silent wrong figures in the hand-made-docs changes).

- F1: a bulleted budget line with no colon telling one more amount (``○ 사업비 3,000백만원 추가 확보 (2025년 추경)``,
  ``— 사업비 4,500백만원 (2025년 편성)``, ``○ 예산 1,200백만원 확보 (…특별교부세)``) read as, or over, the
  overview's budget (extract/sections/overview.py).
- F2: a year's or a phase's budget line taken as the total of the periods told a line each, its sources as the
  funding's sources; a run of spent amounts (집행실적) read as the plan (extract/sections/funding_period_lines.py).
- F3: an unruled table set right under the goal table at the same wide pitch merged into it (its total read as a
  goal), a plans list spaced wide swallowed as a table (extract/readers/pdf_typed_pitch.py, pdf_typed.py).
- F4: a month alone dated in the reporting year under an item of an earlier year
  (extract/sections/achievement_month_year.py).
- F5: a final-target column holding the period's sum read as its year's target (extract/sections/goal_final_year.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.pdf_typed import typed_grids
from pledgecard.extract.readers.pdf_typed_pitch import even_run
from pledgecard.extract.sections.achievement_month_year import month_in_as_of_year
from pledgecard.extract.sections.funding_period_lines import period_run, spent_caption
from pledgecard.extract.sections.goal_final_year import running_final
from pledgecard.extract.sections.goal_year_columns import goals_year_columns
from pledgecard.extract.sections.overview import bulleted_budget_proven, extract_overview
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.money import parse_budget

from conftest import make_line

HEAD = """새터시 시장 공약사업 관리카드

공 약 명 : 새터천 생태하천 복원 및 수변 산책로 조성
관리번호 : 7-6
추진상황 : 추진중(정상)
주관부서 : 하천관리과 (담당자 : 진소율, 연락처 : 031-580-3362)
협조부서 : 공원녹지과, 환경정책과
실천목표 : 2026년까지 새터천 4.2km 생태하천 복원


제1장 사업개요

  ○ 사업기간 : 2023. 1. ~ 2026. 12.
"""
TAIL = """  ○ 주요내용
    - 콘크리트 제방 철거 및 자연형 호안 조성


제2장 재원투자 계획

  ○ 연차별 투자계획 (단위 : 백만원)
    - 2023년 : 1,200백만원
    - 2024년 : 3,800백만원
    - 2025년 : 4,500백만원
    - 2026년 : 3,000백만원
"""
TOTAL = "  ○ 총사업비 : 12,500백만원(국비 5,000, 도비 2,500, 시비 5,000)\n"


def _budget(tmp_path: Path, body: str) -> dict | None:
    card = tmp_path / "card.txt"
    card.write_text(HEAD + body + TAIL, encoding="utf-8")
    return extract_file(card)[0]["overview"]["budget"]


@pytest.mark.parametrize(
    "extra", ["  ○ 사업비 3,000백만원 추가 확보 (2025년 추경)\n", "    — 사업비 4,500백만원 (2025년 편성)\n"]
)
def test_a_bulleted_amount_after_the_budget_never_overwrites_it(tmp_path: Path, extra: str) -> None:
    got = _budget(tmp_path, TOTAL + extra)
    assert got is not None and got["total_krw"] == 12_500_000_000
    assert [p["amount_krw"] for p in got["parts"]] == [5_000_000_000, 2_500_000_000, 5_000_000_000]


def test_a_bulleted_grant_line_is_no_budget(tmp_path: Path) -> None:
    assert _budget(tmp_path, "  ○ 예산 1,200백만원 확보 (2024년 특별교부세)\n") is None


def test_a_bulleted_colonless_budget_adding_up_is_still_read(tmp_path: Path) -> None:
    got = _budget(tmp_path, "  ○ 총사업비 12,500백만원(국비 5,000, 도비 2,500, 시비 5,000)\n")
    assert got is not None and got["total_krw"] == 12_500_000_000


def test_the_proof_of_a_bulleted_budget_line() -> None:
    def proven(label: str, value: str) -> bool:
        return bulleted_budget_proven(label, value, parse_budget(value))

    assert proven("총사업비", "12,500백만원(국비 5,000, 도비 2,500, 시비 5,000)")
    assert not proven("총사업비", "12,500백만원(국비 5,000, 도비 2,500, 시비 4,000)")  # no sum
    assert proven("총사업비", "12,500백만원")  # a total's word, its only figure
    assert not proven("사업비", "3,000백만원 추가 확보 (2025년 추경)")
    assert not proven("예산", "1,200백만원 확보 (2024년 특별교부세)")


def test_an_emdash_sub_item_is_a_content_line() -> None:
    got = extract_overview([make_line("주요내용", "○"), make_line("사업비 12억원 절감 방안 마련", "—")])
    assert got.value["overview"]["budget"] is None


PLAN = """  ○ 연차별 투자계획 (단위 : 백만원)
    - 2023년 : 1,200백만원
    - 2024년 : 3,800백만원
    - 2025년 : 4,500백만원
    - 2026년 : 3,000백만원
"""
YEARS = [1_200_000_000, 3_800_000_000, 4_500_000_000, 3_000_000_000]


def _funding(tmp_path: Path, section: str) -> dict:
    card = tmp_path / "card.txt"
    card.write_text(
        HEAD + "  ○ 주요내용\n    - 자연형 호안 조성\n\n\n제2장 재원투자 계획\n\n" + section, encoding="utf-8"
    )
    return extract_file(card)[0]["funding"]


@pytest.mark.parametrize(
    "budget",
    [
        "  ○ 2025년 확보 현황\n    ○ 예산 : 4,500백만원 (국비 1,800, 도비 900, 시비 1,800)\n",
        "  ○ 1단계 사업 (2023~2024)\n    ○ 사업비 : 5,000백만원 (국비 2,000, 도비 1,000, 시비 2,000)\n",
    ],
)
def test_a_years_or_phases_budget_is_no_total_of_the_years(tmp_path: Path, budget: str) -> None:
    for section in (PLAN + budget, budget + PLAN):
        funding = _funding(tmp_path, section)
        assert [r["source"] for r in funding["rows"]] == ["total"]  # no source of that budget
        assert funding["rows"][0]["amounts_krw"] == [None, *YEARS]  # no total: unproven, the years as printed


def test_a_run_of_spent_amounts_is_not_the_plan(tmp_path: Path) -> None:
    spent = "  ○ 연차별 집행실적 (단위 : 백만원)\n    - 2023년 : 1,100백만원\n    - 2024년 : 2,900백만원\n"
    card = tmp_path / "card.txt"
    card.write_text(
        HEAD + TOTAL + "  ○ 주요내용\n    - 자연형 호안 조성\n\n\n제2장 재원투자 계획\n\n" + spent + PLAN,
        encoding="utf-8",
    )
    funding = extract_file(card)[0]["funding"]
    assert funding["rows"][0]["amounts_krw"] == [12_500_000_000, *YEARS]


def test_period_run_skips_the_run_under_a_spent_caption() -> None:
    lines = [
        make_line("연차별 집행실적 (단위 : 백만원)", "○"),
        make_line("2023년 : 1,100백만원", "-"),
        make_line("2024년 : 2,900백만원", "-"),
        make_line("연차별 투자계획 (단위 : 백만원)", "○"),
        make_line("2023년 : 1,200백만원", "-"),
        make_line("2024년 : 3,800백만원", "-"),
    ]
    got = period_run(lines, lambda t: t.split(", ") if t.count("년") >= 2 and "단위" not in t else None)
    assert got is not None and [ln.text for ln in got[0]] == ["2023년 : 1,200백만원", "2024년 : 3,800백만원"]
    assert spent_caption(lines[0]) and not spent_caption(lines[3])


@dataclass
class _P:
    top: float
    bottom: float


def _rows(tops: list[float], cells: int) -> list[list[_P]]:
    return [[_P(t, t + 9.0) for _ in range(cells)] for t in tops]


def test_a_wide_pitch_run_ends_where_the_count_of_cells_changes() -> None:
    rows = lambda line: len(line) >= 2  # noqa: E731 - the predicate the reader passes
    goals, outreach = _rows([100, 121, 142], 8), _rows([163, 184], 5)
    assert even_run([*goals, *outreach], 0, rows) == 3  # the next table's head and row: not the goals'
    blank = [*_rows([100, 121], 8), *_rows([142], 7), *_rows([163], 8)]
    assert (
        even_run(blank, 0, rows) == 4
    )  # a row with a cell left blank, the next back at the count: one table
    assert even_run([*goals, *_rows([163], 5)], 0, rows) == 3  # a last line of another count: left out


def _chars(text: str, x: float, top: float, size: float = 10.5) -> list[dict]:
    return [
        {"text": ch, "x0": x + i * size, "x1": x + (i + 1) * size, "top": top, "bottom": top + size}
        for i, ch in enumerate(text)
    ]


def test_a_plans_list_spaced_wide_is_no_typed_table() -> None:
    chars = []
    for n, top in enumerate([630.0, 660.0, 690.0]):
        chars += (
            _chars(f"○ {n + 2}단계 준공", 60, top)
            + _chars(f"{n + 4}개소", 300, top)
            + _chars(f"2026. {n + 3}.", 420, top)
        )
    assert typed_grids(chars, []) == []


def test_a_month_alone_under_an_item_of_another_year_stays_unlabelled() -> None:
    as_of = parse_date("2025. 12. 31.")
    as_of = {**as_of, "start": "2025-01-01"}  # a reporting point inside one year
    month = {"raw": "3월", "label": None}
    assert month_in_as_of_year(month, as_of)["label"] == "2025-03"  # nothing above: the reporting year's
    assert (
        month_in_as_of_year(month, as_of, [{"text": "1공구 자연형 호안 조성 (2024년)", "date": None}]) is None
    )
    assert (
        month_in_as_of_year(month, as_of, [{"text": "1공구 조성", "date": parse_date("2024. 2. ~ 11.")}])
        is None
    )
    assert month_in_as_of_year(month, as_of, [{"text": "2공구 (2025년)", "date": None}])["label"] == "2025-03"


def test_months_under_an_earlier_years_item_are_not_dated_in_the_card(tmp_path: Path) -> None:
    card = tmp_path / "card.txt"
    card.write_text(
        HEAD + TOTAL + "  ○ 주요내용\n    - 자연형 호안 조성\n\n\n제3장 추진실적 (2025. 12. 31. 기준)\n\n"
        "  ○ 1공구 자연형 호안 조성 (2024년)\n    - 콘크리트 제방 철거 : 3월\n    - 어도 2개소 설치 : 10월\n"
        "  ○ 2공구 공사 착공 : 2025. 3. 4.\n",
        encoding="utf-8",
    )
    items = {a["text"]: a["date"] for a in extract_file(card)[0]["achievements"]}
    assert all((items[t] or {}).get("label") is None for t in ("콘크리트 제방 철거", "어도 2개소 설치"))
    assert items["2공구 공사 착공"]["label"] == "2025-03-04"


def test_a_final_column_holding_the_periods_sum_is_no_years_target() -> None:
    head = [
        ["지표명", "단위", "2023년", "2023년", "2024년", "2024년", "2025년", "2025년", "최종목표(2026)"],
        ["", "", "목표", "실적", "목표", "실적", "목표", "실적", ""],
    ]
    summed = goals_year_columns(
        [*head, ["보행로 정비 연장", "km", "3.9", "4.2", "3.8", "2.8", "2.9", "추진중", "13.5"]]
    )
    assert summed is not None and [(g.year, g.target) for g in summed] == [
        (2023, "3.9"),
        (2024, "3.8"),
        (2025, "2.9"),
    ]
    running = goals_year_columns([*head, ["시설 리모델링", "개소", "2", "2", "4", "4", "8", "추진중", "12"]])
    assert running is not None and (running[-1].year, running[-1].target) == (2026, "12")


def test_the_running_total_shape_of_a_final_column() -> None:
    assert running_final([["a", "2", "4", "12"]], [1, 2], 3)  # targets rising, the final past them
    assert not running_final(
        [["a", "3.9", "3.8", "13.5"]], [1, 2], 3
    )  # a target falls: yearly amounts, a sum
    assert not running_final([["a", "4", "8", "12"]], [1, 2], 3)  # the final their sum
    assert not running_final([["a", "4", "8", "6"]], [1, 2], 3)  # the final under the last year's
    assert not running_final([["a", "-", "8", "12"]], [1, 2], 3)  # a target unread: unproven


def test_a_wide_pitch_run_keeps_its_last_line_one_cell_short() -> None:
    """The run's total row with its note cell blank (`계 | 13회` under `구분 | 횟수 | 비고`), nothing after it at the
    pitch: the run's (onsaemi-outreach-norule.pdf's total, lost with the mend of F3: CI of session 35)."""
    rows = lambda line: len(line) >= 2  # noqa: E731 - the predicate the reader passes
    assert even_run([*_rows([100, 121, 142, 163], 3), *_rows([184], 2)], 0, rows) == 5
    # one cell short with the run going on after it at another count: another table's head
    assert even_run([*_rows([100, 121, 142], 3), *_rows([163, 184], 2)], 0, rows) == 3
