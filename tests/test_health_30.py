"""Session 30's code health: questions asked twice answered by one helper, and ``사업`` as a goal head in real tables.

- the unit under which a reading's total is another's (:func:`funding_unit_proof.agreeing_multiplier`): the funding
  table read under the overview budget's unit (which unit makes its total the budget's) and the overview budget
  printing no unit (which makes its total the funding table's: ``budget_unit_proof``) ask it alike, among the units
  a card counts in only;
- the shape of thousands a separator groups (:mod:`pledgecard.normalize.digit_groups`): money_grouping's (OCR's
  full stop a separator too, one group at least) and funding_spaced's (commas, any groups) with the variant a
  parameter;
- a heading's colon remark (:mod:`pledgecard.extract.colon_remarks`): the section labels' ``시민소통 실적 : 총 11회``
  and the outreach total read from it;
- a leading bracket pair (:func:`markers.leading_pair`, :func:`markers.closing_bracket`): the tag numbering a
  heading (tagged_headings) and a bracketed header label (labels);
- a funding table of bare cells read under the overview budget's unit is told bare without reading it twice more
  (funding._reads_bare), with the same inferred unit;
- ``사업`` alone heading a goal table's project column names it in a real table's head row (vocabulary
  ``[goals_table_whole]``), never a text dump's line: a dump printing a table a cell a line prints a wrapped
  project cell's last word ``사업`` alone on its line (dahae-city's pdftotext, tests/test_text_converters.py).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.colon_remarks import colon_remark
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import closing_bracket, leading_pair
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.budget_unit_proof import budget_proven
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_unit_proof import agreeing_multiplier
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_table_rows import goals_from_table
from pledgecard.extract.sections.outreach_sentences import from_sentences
from pledgecard.extract.tagged_headings import numbered_tag
from pledgecard.normalize.digit_groups import thousands_grouped
from pledgecard.normalize.money_grouping import misgrouped

from conftest import make_line, make_table, score_with_shared_scorer

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"


def test_the_one_unit_under_which_a_total_agrees() -> None:
    assert agreeing_multiplier(12_000_000_000, lambda m: 120 * m) == 100_000_000  # 120 in 억원
    assert agreeing_multiplier(1_200_000_000, lambda m: 120 * m) is None  # 천만원: no unit a card counts in
    assert agreeing_multiplier(5, lambda m: 5) is None  # every unit alike: none proven
    assert agreeing_multiplier(7, lambda m: None) is None  # every reading refused


def test_the_budget_unit_path_and_the_unitless_budget_prove_by_the_same_question() -> None:
    # a table read under the budget's 억원 whose total is the budget's under 백만원 only: 백만원, inferred
    table = make_table(
        [["구분", "계", "2024년", "2025년"], ["계", "1,000", "400", "600"], ["국비", "1,000", "400", "600"]]
    )
    ctx = SectionContext(
        record={"overview": {"budget": {"unit": "억원", "total_krw": 1_000_000_000, "parts": []}}}
    )
    got = extract_funding([table], ctx)
    assert (
        got.value["funding"]["unit"] == "백만원"
        and got.value["funding"]["rows"][0]["amounts_krw"][0] == 10**9
    )
    assert [f["observed"] for f in got.findings if f["code"] == "extract.unit_inferred"]
    # a bare budget beside a table counted in 백만원 (the card's unit line): 10 is 10억 (10억 is the table's total)
    funding = {
        "unit": "백만원",
        "columns": [{"kind": "total", "label": "계"}],
        "rows": [{"source": "total", "label": "계", "amounts_krw": [10**9]}],
    }
    record = {
        "overview": {"budget": {"raw": "10", "unit": None, "total_krw": 10, "parts": []}},
        "funding": funding,
    }
    budget_proven(record, {}, "백만원")
    assert (
        record["overview"]["budget"]["total_krw"] == 10**9 and record["overview"]["budget"]["unit"] == "억원"
    )


def test_a_bare_table_under_the_budgets_unit_is_read_as_before() -> None:
    # bare cells, the budget's unit 억원, its total the table's: read under 억원, the unit inferred (budget_total)
    table = make_table([["구분", "계", "2024년", "2025년"], ["계", "10", "4", "6"], ["국비", "10", "4", "6"]])
    ctx = SectionContext(record={"overview": {"budget": {"unit": "억원", "total_krw": 10**9, "parts": []}}})
    got = extract_funding([table], ctx)
    assert [r["amounts_krw"] for r in got.value["funding"]["rows"]] == [[10**9, 4 * 10**8, 6 * 10**8]] * 2
    [found] = [f for f in got.findings if f["code"] == "extract.unit_inferred"]
    assert "budget_total" in json.dumps(found, ensure_ascii=False)
    # the card's own unit line is the budget's: nothing inferred
    plain = extract_funding([table], replace(ctx, card_unit="억원"))
    assert not [f for f in plain.findings if f["code"] == "extract.unit_inferred"]


def test_thousands_grouped_with_the_variant_a_parameter() -> None:
    commas = thousands_grouped(",")
    assert all(commas.fullmatch(t) for t in ("1,250", "125", "1,335,724"))
    assert not any(commas.fullmatch(t) for t in ("1250", "1.250", "12,50"))
    ocr = thousands_grouped(",.", 1)
    assert (
        ocr.search("국비 14.250")
        and ocr.search("14,250")
        and not ocr.search("14250")
        and not ocr.search("125")
    )
    assert not ocr.search("1,2500")  # a digit after the last group: no group of three
    assert misgrouped(["14,250", "77929", "18.310"]) == {1} and misgrouped(["14250", "77929"]) == set()


def test_a_headings_colon_remark_read_once_for_labels_and_outreach() -> None:
    assert colon_remark("시민소통 실적 : 총 11회") == ("시민소통 실적 ", " 총 11회")
    assert colon_remark("시민소통 실적：총 11회") == ("시민소통 실적", "총 11회")  # the fullwidth colon
    assert colon_remark("시민소통 실적 (총 11회)") is None
    assert section_of("⑤ 시민소통 실적 : 총 11회") == section_of("시민소통 실적") is not None
    assert section_of("사업개요 : 노후 공원 정비") is None  # a colon before other words: an item
    lines = [make_line("주민설명회 5회, 언론보도 6회", "◦")]
    assert from_sentences(lines, "시민소통 실적 : 총 11회")["total"] == 11  # type: ignore[index]
    assert from_sentences(lines, "시민소통 실적 : 총 12회")["total"] is None  # type: ignore[index]


def test_a_leading_bracket_pair_as_the_markers_know_it() -> None:
    assert closing_bracket("〔") == "〕" and closing_bracket("[") == "]" and closing_bracket("가") is None
    assert closing_bracket("") is None and closing_bracket("[[") is None
    assert leading_pair("[세부사업3] 성과지표") == ("세부사업3", " 성과지표")
    assert leading_pair("[세부사업3") is None and leading_pair("성과지표 [3]") is None
    assert numbered_tag("  〔과제 2〕 추진실적 ") == ("〔과제 2〕", "추진실적")
    assert numbered_tag("[주요내용] 추진실적") is None and numbered_tag("[3]") is None


def test_saeop_heads_the_project_column_of_a_real_table() -> None:
    table = make_table(
        [
            ["사업", "연도", "목표", "실적", "추진상황"],
            ["산후조리비 지원", "2024", "160명", "163명", "완료"],
            ["육아용품 지원", "2025", "180건", "91건", "추진중"],
        ]
    )
    assert [g["project"] for g in goals_from_table(table)] == ["산후조리비 지원", "육아용품 지원"]
    # inside a longer head it names nothing of its own (사업기간 is no project column)
    longer = make_table(
        [["사업기간", "연도", "목표", "실적", "추진상황"], ["2024~2026", "2024", "160명", "163명", "완료"]]
    )
    assert [g["project"] for g in goals_from_table(longer)] == [None]


def test_saeop_alone_on_a_dumps_line_is_no_head() -> None:
    # a dump's head line naming 사업 alone is none (a wrapped project cell's last word: dahae-city's pdftotext)
    assert header_kinds("사업 연도 목표 실적 추진상황") is None
    assert header_kinds("구분 연도 목표 실적 추진상황") is not None  # the dump's own whole head word


def test_doc_moraenae_reads_its_projects(tmp_path: Path) -> None:
    src = HANDMADE / "doc-moraenae-county-5-2.hwpx"
    (rec,) = extract_file(src)
    expected = json.loads(src.with_name("doc-moraenae-county-5-2.expected.json").read_text(encoding="utf-8"))
    assert [g["project"] for g in rec["goals"]] == [g["project"] for g in expected["goals"]]
    out = tmp_path / "rec.json"
    out.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    assert (
        score_with_shared_scorer(src.with_name("doc-moraenae-county-5-2.expected.json"), out)["score"] == 1.0
    )
