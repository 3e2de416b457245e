"""Review d (session 34) mended: a struck plan summing exactly beside a plan in force rounded in the table's unit.

A dasi-county style text dump prints each revised cell's struck figure beside the one in force; ``struck_funding``
read a row where exactly one reading summed to its own total, so a struck plan adding up exactly (``900 = 300 +
300 + 300``) beat the plan in force rounded in 백만원 (``1,000`` over ``333 334 334``): every figure of the row
struck, 8 wrong. A reading another misses by no more than rounding proves nothing now, and a lone reading the total
row or the budget deny is not taken: the rows stay null with the markup-lost finding.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.readers import read_path
from pledgecard.extract.struck_funding import near_sum, prove_struck_rows

CARD = """다시군 민선8기 군수 공약사업 관리카드(수정)

공약명 청년 창업 지원센터 건립 관리번호 2-14

주관부서 일자리경제과 담당자 문영경

전화번호 039-804-9692 협조부서 기획예산과

실천목표 임기 내 추진 추진상태 추진중

작성기준일 2025. 6. 기준

◈ Ⅰ. 사업 개요

❍ 사업기간 : '24. 1. ~ '26. 12.
{budget}
❍ 주요내용

ㆍ 청년 창업 지원센터 1개소 건립

◈ Ⅱ. 연차별 재원 투자계획(수정)

(단위: 백만원)

구분 계 2024년 2025년 2026년

계 1,500 1,600 500 533 500 534 500 534

국비 600 200 200 200

군비 900 1,000 300 333 300 334 300 334

※ 취소선은 당초 계획, 붉은 글씨는 변경 내용(추경 반영)

◈ Ⅲ. 추진 실적

❍ 지원센터 실시설계 용역 완료 : 2025. 3.

◈ Ⅳ. 향후 추진계획

❍ 지원센터 착공 : '25. 10.
"""
STRUCK = {1_500_000_000, 900_000_000, 500_000_000, 300_000_000}


def test_a_miss_by_rounding_is_told_from_an_exact_sum() -> None:
    unit = 1_000_000
    assert near_sum([1_000 * unit, 333 * unit, 334 * unit, 334 * unit], 0, unit)
    assert not near_sum([900 * unit, 300 * unit, 300 * unit, 300 * unit], 0, unit)  # exact: not near
    assert not near_sum(
        [1_000 * unit, 300 * unit, 300 * unit, 300 * unit], 0, unit
    )  # 100 units off: no rounding


def _funding(rows: list[tuple[str, str, list[str]]]) -> dict:
    columns = [{"label": "계", "kind": "total", "year": None}]
    columns += [{"label": str(y), "kind": "year", "year": y} for y in (2024, 2025, 2026)]
    return {
        "unit": "백만원",
        "columns": columns,
        "rows": [
            {"label": label, "source": source, "amounts_krw": [None] * 4, "amounts_raw": raw}
            for label, source, raw in rows
        ],
    }


def test_an_exact_struck_plan_beside_a_rounded_plan_in_force_stays_null() -> None:
    record = {
        "funding": _funding(
            [("군비", "municipal", ["900", "1,000", "300", "333", "300", "334", "300", "334"])]
        ),
        "overview": {},
    }
    assert prove_struck_rows(record) == 0
    assert record["funding"]["rows"][0]["amounts_krw"] == [None] * 4


def test_a_lone_reading_the_budget_denies_is_not_taken() -> None:
    """Each row's own total leaves one reading (the struck plan's, its plan in force not summing at all), and the
    overview's budget, printed once, says another total: the reading is not taken."""
    record = {
        "funding": _funding(
            [("군비", "municipal", ["900", "1,100", "300", "333", "300", "334", "300", "334"])]
        ),
        "overview": {"budget": {"raw": "1,000백만원", "total_krw": 1_000_000_000, "parts": []}},
    }
    assert prove_struck_rows(record) == 0


def test_the_review_card_reads_no_struck_figure(tmp_path: Path) -> None:
    for budget in ("\n❍ 총사업비 : 1,600백만원(국비 600, 군비 1,000)\n", ""):
        path = tmp_path / "struck-rounded.txt"
        path.write_text(CARD.format(budget=budget), encoding="utf-8")
        [card] = extract_card_results(read_path(path))
        record = card.record
        rows = {r["label"]: r for r in record["funding"]["rows"]}
        assert rows["국비"]["amounts_krw"] == [600_000_000, 200_000_000, 200_000_000, 200_000_000]
        for label in ("계", "군비"):
            assert rows[label]["amounts_krw"] == [None] * 4, (budget, rows[label])
        figures = {a for r in record["funding"]["rows"] for a in r["amounts_krw"] if a is not None}
        assert not figures & STRUCK
        assert [
            f for f in card.findings if f["code"] == "extract.markup_lost" and f["location"] == "funding"
        ], budget
