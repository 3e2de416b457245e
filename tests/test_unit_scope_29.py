"""The reviewer's (review-units) cards of funding units proven by a coincidence, rebuilt here: a budget ten times
off its table's total "proven" in 천만원 (candidate units are the money units cards print, never any power of ten),
one source row matching its budget part while another is off by a power of ten, a bare budget read under the unit
line over rows whose sums contradict its parts, a unit line over a side money table (in 추진실적, or a second
table inside the funding section) taken for the funding table's, and a previous card's last plan lines opening
with a header label word walked into the next card's header. Each is read right or null, never a wrong figure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_unit_proof import candidate_multipliers, rows_agree
from pledgecard.extract.sections.funding_unit_scope import unit_texts
from pledgecard.normalize.money import unit_multiplier
from pledgecard.pipeline import card_results

from conftest import make_line

HEAD = """운곡군수 공약 관리카드

  공  약  명   귀농·귀촌인 정착 지원 확대
  관 리 번 호  {number}           추 진 부 서   농업정책과
  담  당  자   최민호          전 화 번 호   820-3341
  협 조 부 서  -
  실 천 목 표  임기 내 완료    추 진 상 황   추진중(정상)

□ 사업개요

 ㅇ 사업기간 : ’23.1월~’26.12월

 ㅇ 총사업비 : {budget}

 ㅇ 주요내용
   - 귀농인 주택 수리비 및 정착 자금 지원

□ 재원투자 실적 및 계획
{funding}
□ 추진실적
《’24.9월말 기준》
{side} ㅇ 귀농인 정착 지원 조례 개정 : ’23.3월
 ㅇ 귀농인 주택 수리비 지원 : ’23.4월~12월

□ 향후계획
 ㅇ 2025년 귀농인 주택 수리비 지원 대상자 선정 : ’25.2월
 ㅇ 체류형 교육센터 3기 운영 : ’25.3월~8월
{tail}"""

UNIT = "                                                    (단위 : {unit})\n"
NO_TOTAL = """  구 분    기투자   ’23년    ’24년    ’25년    ’26년

  도 비      -      {p}

  군 비      -      720      880     1,040    1,200
"""
WITH_TOTAL = """  구 분    총사업비   기투자   ’23년    ’24년    ’25년    ’26년

  계        {total}       -      {t}

  도 비      {half}        -      {h}

  군 비      {half}        -      {h}
"""
SIDE = """                                  (단위 : 천원)
  구 분      지원가구     지원액
  ’23년        42        630,000
  ’24년        38        570,000
"""
MILLION = 1_000_000


def _card(tmp_path: Path, **parts: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    fields = {"number": "5-21", "budget": "", "funding": "", "side": "", "tail": "", **parts}
    path = tmp_path / "card.txt"
    path.write_text(HEAD.format(**fields), encoding="utf-8")
    [(card, findings)] = card_results(read_path(path), str(path))
    return card.record, findings


def _rows(record: dict[str, Any]) -> list[list[int | None]]:
    return [r["amounts_krw"] for r in (record.get("funding") or {}).get("rows") or []]


def _budget(record: dict[str, Any]) -> list[int | None]:
    b = record["overview"]["budget"]
    return [b["total_krw"], *(p["amount_krw"] for p in b["parts"])]


def _codes(findings: list[dict[str, Any]], location: str) -> dict[str, Any]:
    return {
        f["code"]: f.get("observed")
        for f in findings
        if f["location"] == location and f["code"] in ("extract.unit_inferred", "extract.unit_unproven")
    }


def test_candidate_units_are_the_units_cards_print() -> None:
    units = candidate_multipliers()
    assert units == sorted(units) and 1 in units and MILLION in units and 100 * MILLION in units
    assert (
        10 * MILLION not in units and 1000 * MILLION not in units and 10 not in units
    )  # 천만원, 십억원, 십원
    assert all(unit_multiplier(u) for u in ("천원", "백만원", "억원"))


def test_a_budget_ten_times_off_the_table_total_stays_under_the_unit_line(tmp_path: Path) -> None:
    # v7: unit line 백만원, table total 1,000, bare budget 100 (도비 50, 군비 50): no 천만원 "proof"
    table = WITH_TOTAL.format(
        total="1,000", t="250      250      250      250", half="500", h="125      125      125      125"
    )
    record, findings = _card(
        tmp_path, budget="100 (도비 50, 군비 50)", funding=UNIT.format(unit="백만원") + table
    )
    assert _budget(record) == [100 * MILLION, 50 * MILLION, 50 * MILLION]
    assert not _codes(findings, "overview.budget")
    assert _rows(record)[0][0] == 1000 * MILLION


def test_a_yearly_budget_far_from_the_total_under_every_unit_is_read_under_the_unit_line(
    tmp_path: Path,
) -> None:
    # v8: 매년 250 over a table totalling 1,000 백만원: no unit brings 250 near 1,000, the unit line reads it
    table = WITH_TOTAL.format(
        total="1,000", t="250      250      250      250", half="500", h="125      125      125      125"
    )
    record, findings = _card(
        tmp_path, budget="매년 250 (도비 125, 군비 125)", funding=UNIT.format(unit="백만원") + table
    )
    assert _budget(record) == [250 * MILLION, 125 * MILLION, 125 * MILLION]
    assert not _codes(findings, "overview.budget")


def test_one_row_matching_its_part_proves_nothing_when_another_contradicts(tmp_path: Path) -> None:
    # v3: no unit printed, no total; 도비 2/2/3/3 sums to 10 (도비 10억) but 군비 3,840 is no 38억
    record, findings = _card(
        tmp_path, budget="48억원(도비 10억, 군비 38억)", funding=NO_TOTAL.format(p="2      2      3      3")
    )
    rows = _rows(record)
    assert all(a in (0, None) for a in rows[1])  # never 72,000,000,000 ...
    assert all(a is None or a < 100 * MILLION for row in rows for a in row)
    assert "extract.unit_unproven" in _codes(findings, "funding")


def test_rows_agree_needs_every_named_row() -> None:
    columns = [{"kind": "prior"}, {"kind": "year"}, {"kind": "year"}]
    funding = {
        "columns": columns,
        "rows": [
            {"source": "provincial", "amounts_krw": [0, 4, 6]},
            {"source": "municipal", "amounts_krw": [0, 30, 50]},
        ],
    }
    part = {"source": "provincial", "amount_krw": 10}
    assert rows_agree(funding, {"parts": [part, {"source": "municipal", "amount_krw": 80}]}) is True
    assert rows_agree(funding, {"parts": [part, {"source": "municipal", "amount_krw": 8}]}) is False
    assert rows_agree(funding, {"parts": [{"source": "national", "amount_krw": 10}]}) is None


def test_a_bare_budget_under_the_unit_line_is_checked_against_the_rows(tmp_path: Path) -> None:
    # v1: unit line 백만원, no total column; 48 (도비 9.6, 군비 38.4) over rows summing to 960 and 3,840: 억원
    record, findings = _card(
        tmp_path,
        budget="48 (도비 9.6, 군비 38.4)",
        funding=UNIT.format(unit="백만원") + NO_TOTAL.format(p="180      220      260      300"),
    )
    assert _budget(record) == [4800 * MILLION, 960 * MILLION, 3840 * MILLION]
    assert _codes(findings, "overview.budget") == {
        "extract.unit_inferred": {"unit": "억원", "proof": "funding_rows"}
    }
    assert _rows(record)[1] == [0, 720 * MILLION, 880 * MILLION, 1040 * MILLION, 1200 * MILLION]


def test_a_side_tables_unit_line_is_not_the_funding_tables(tmp_path: Path) -> None:
    # v4: the funding prints no unit; a 천원 unit line stands over a side table in 추진실적; budget 4,800백만원
    record, findings = _card(
        tmp_path,
        budget="4,800백만원(도비 960, 군비 3,840)",
        side=SIDE,
        funding=NO_TOTAL.format(p="180      220      260      300"),
    )
    assert _rows(record)[0] == [0, 180 * MILLION, 220 * MILLION, 260 * MILLION, 300 * MILLION]
    assert _codes(findings, "funding")["extract.unit_inferred"]["unit"] == "백만원"


def test_a_bare_budget_is_not_read_in_a_side_tables_unit(tmp_path: Path) -> None:
    # v5: as v4, the budget bare too: nothing proves a unit, so null (never 4,800 천원)
    record, findings = _card(
        tmp_path,
        budget="4,800 (도비 960, 군비 3,840)",
        side=SIDE,
        funding=NO_TOTAL.format(p="180      220      260      300"),
    )
    assert all(a is None or a >= MILLION for a in _budget(record))
    assert all(a in (0, None) or a >= 100 * MILLION for row in _rows(record) for a in row)


def test_a_second_money_table_in_the_funding_section_keeps_its_unit(tmp_path: Path) -> None:
    # v10: a ※ execution table with its own 천원 unit line printed under the funding table
    table = WITH_TOTAL.format(
        total="4,800", t="900     1,100    1,300    1,500", half="2,400", h="450      550      650      750"
    )
    record, findings = _card(
        tmp_path,
        budget="4,800백만원(도비 2,400, 군비 2,400)",
        funding=table + "\n  ※ 주택 수리비 집행 현황" + SIDE,
    )
    assert _rows(record)[0][0] == 4800 * MILLION
    assert record["funding"]["unit"] in ("백만원", "백만 원")


def test_a_unit_line_after_the_rows_is_the_tables_unless_figures_follow_it() -> None:
    def lines(*texts: str) -> list[Line]:
        return [make_line(t) for t in texts]

    rows = ["구 분  ’23년  ’24년", "국 비  100  200", "도 비  50  60"]
    assert "(단위 : 백만원)" in unit_texts(None, lines(*rows, "(단위 : 백만원)"))  # printed last: the table's
    assert "(단위 : 백만원)" in unit_texts(
        None, lines(*rows, "(단위 : 백만원)", "※ 국비 포함")
    )  # a note's words
    assert "(단위 : 천원)" not in unit_texts(
        None, lines(*rows, "(단위 : 천원)", "구 분  지원가구  집행액", "’23년  42  630,000")
    )  # over another table's figures
    assert "(단위 : 천원)" in unit_texts(
        None, lines("(단위 : 천원)", *rows, "’23년  42  630,000")
    )  # above the rows


def test_a_previous_cards_plan_lines_stay_in_its_plans() -> None:
    # ro4 (the reviewer's booklet): card A's plans end with two unmarked lines, `추진상황 점검 회의` / `분기별 1회
    # 개최`; card B starts at 공약명 printing no status: a label word opening a sentence is no label line
    path = Path(__file__).parent / "fixtures" / "cards" / "booklet-plan-tail.txt"
    results = card_results(read_path(path), str(path))
    assert len(results) == 2
    a, b = (card.record for card, _ in results)
    assert [p["text"] for p in a["plans"]][-2:] == ["추진상황 점검 회의", "분기별 1회 개최"]
    assert b["header"].get("status") is None


def test_a_budget_sentence_above_the_unit_line_is_no_row_of_the_table() -> None:
    """nodeul-county under headings no vocabulary names (tests/test_unknown_headings.py): the funding section opens
    with the budget told in a sentence (`국비 13억 8천만원, …`), then `(단위: 천원)` over the table. The sentence read as
    a source row made the unit line one printed under the table's rows (another table's): the table read unit-less,
    its amounts null, the section no funding (0.99 -> 0.95). A line printing its figures with their units is no row."""
    from pledgecard.extract.content_kinds import reads_as_funding
    from pledgecard.extract.sections.funding_unit_scope import unit_texts

    from conftest import make_table

    table = make_table(
        [["구분", "계", "2022년", "2023년"], ["사업비", "5,490,000", "1,060,000", "4,430,000"]]
    )
    items = [
        make_line("국비 13억 8천만원, 도비 26억 8천만원 (총 40억 6천만원)"),
        make_line("(단위: 천원)"),
        table,
    ]
    assert "(단위: 천원)" in unit_texts("제2장 돈이 드는 곳", items)
    assert reads_as_funding(items, "제2장 돈이 드는 곳")
    # a row of bare figures before a later unit line still makes that line another table's
    rows = [make_line("국비 1,000 500 500"), make_line("(단위: 천원)"), table]
    assert "(단위: 천원)" not in unit_texts(None, rows)
