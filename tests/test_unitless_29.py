"""Cards with their printed money unit deleted (samples/unitless.py): the transform itself, and the measurement of
the funding-unit proofs on cards they were not built on (handmade cards and unseen family seeds). Every variant
reads 0 wrong figures: a unit the card does not prove leaves the amounts null with ``extract.unit_unproven``; a
unit it proves is read and said with ``extract.unit_inferred`` (info, the proof named)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.readers import read_path
from pledgecard.pipeline import card_results
from samples.families import BY_NAME
from samples.unitless import family_variants, strip_units, unitless_style, variant
from tests.conftest import shared_tools

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"
# the unit proven as each card is made unit-less (its unit statements gone, its budget's figures keeping theirs):
# the funding table's total is the overview budget's total under exactly that unit
PROVEN = {
    "dallae-county-4-11": "백만 원",
    "hannae-city-youth-02": "억원",
    "mireu-district-1-4": "천원",
    "solbit-city-2-3": "천원",
    "ungok-county-5-2": "백만원",
}


def test_unit_statements_and_head_units_are_deleted_count_units_and_rates_kept() -> None:
    text = "\n".join(
        [
            "(단위 : 백만원)",
            "- 재원별(단위:백만원)",
            "구분 예산액(백만원) 집행액(백만원) 집행률(%)",
            "총사업비 (백만원)",
            "(단위: 억원, %)",
            "기준: 2025. 6월 말 / 단위: 백만원",
            "(단위: 건)",
            "（단위：千원）",
            "계 12,000 3,000",
        ]
    )
    assert strip_units(text).split("\n") == [
        "- 재원별",
        "구분 예산액 집행액 집행률(%)",
        "총사업비",
        "(단위: %)",
        "기준: 2025. 6월 말",
        "(단위: 건)",
        "계 12,000 3,000",
    ]


def test_all_depth_deletes_a_figures_own_unit_but_not_a_compound_amounts() -> None:
    assert strip_units("계 163.8억원 3.6억 31,510백만원", "all") == "계 163.8 3.6 31,510"
    assert (
        strip_units("총 83억 3,400만원 (도비 35억 5,400만원)", "all")
        == "총 83억 3,400만원 (도비 35억 5,400만원)"
    )
    assert strip_units("총 83억 3,400만원", "statements") == "총 83억 3,400만원"


def test_unitless_style_prints_no_unit_statement() -> None:
    style = unitless_style(BY_NAME["gureum-city"].style)
    assert (style.unit_format, style.unit_note, style.unit_in_title, style.unit_in_head) == ("", "", "", "")
    assert not (style.unit_in_corner or style.unit_top_right or style.unit_column)
    assert all("{unit}" not in h for h in style.year_rows_heads)


def _read(path: Path) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    return [(card.record, findings) for card, findings in card_results(read_path(path), str(path))]


def _scored(path: Path) -> tuple[float, list[Any], list[dict[str, Any]]]:
    score_card, wrong_figures = shared_tools()
    expected = json.loads(
        path.with_name(path.name[: -len(path.suffix)] + ".expected.json").read_text("utf-8")
    )
    [(record, findings)] = _read(path)
    expected = expected[0] if isinstance(expected, list) else expected
    wrong = [f for f in wrong_figures.figures(expected, record) if f[3] is not None and f[2] != f[3]]
    return score_card.score_record(expected, record).score(), wrong, findings


def _codes(findings: list[dict[str, Any]], location: str) -> dict[str, Any]:
    return {
        f["code"]: f.get("observed")
        for f in findings
        if f["code"] in ("extract.unit_inferred", "extract.unit_unproven") and f.get("location") == location
    }


@pytest.mark.parametrize("name", sorted(PROVEN))
def test_handmade_card_without_its_unit_lines_proves_its_unit_from_the_budget(
    name: str, tmp_path: Path
) -> None:
    path = variant(HANDMADE / f"{name}.txt", tmp_path)
    assert path is not None
    score, wrong, findings = _scored(path)
    assert wrong == []
    assert _codes(findings, "funding") == {
        "extract.unit_inferred": {"unit": PROVEN[name], "proof": "budget_total"}
    }
    assert score >= 0.95


@pytest.mark.parametrize("name", sorted(PROVEN))
def test_handmade_card_with_no_unit_anywhere_reads_its_amounts_null(name: str, tmp_path: Path) -> None:
    path = variant(HANDMADE / f"{name}.txt", tmp_path, "all")
    assert path is not None
    _, wrong, findings = _scored(path)
    assert wrong == []
    # every sum holds under every unit: nothing proves one, the bare amounts are null and said so
    assert set(_codes(findings, "funding")) == {"extract.unit_unproven"}
    assert set(_codes(findings, "overview.budget")) == {"extract.unit_unproven"}


@pytest.mark.parametrize("family", ["dasi-county", "solmae-county", "nodeul-county"])
def test_unseen_family_card_rendered_without_units_reads_no_wrong_figure(family: str, tmp_path: Path) -> None:
    [path] = family_variants(tmp_path, [family], ["txt"], count=3)
    _, wrong, findings = _scored(path)
    assert wrong == []
    codes = _codes(findings, "funding")
    assert len(codes) == 1  # the unit inferred (how, named), or the bare amounts null
    if "extract.unit_inferred" in codes:
        assert codes["extract.unit_inferred"]["proof"] in ("budget_total", "budget_amounts", "table_sums")


CARD = """구청장 공약사업 추진 관리카드

■ 공약명 : 생활권 공원 녹지 확충
■ 관리번호 : Ⅰ-4
■ 주관부서 : 공원녹지과

1. 사업 개요
  가. 사업기간 : 2023. 1. ~ 2024. 12.
  나. 총사업비 : 12억원 (국비 6억원, 구비 6억원)

2. 재원투자 실적 및 계획
구분\t2023\t2024
"""


def _card(tmp_path: Path, *rows: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path = tmp_path / "card.txt"
    path.write_text(CARD + "".join(r + "\n" for r in rows), encoding="utf-8")
    [(record, findings)] = _read(path)
    return record, findings


def test_a_table_printing_no_total_is_read_under_the_budgets_unit_only_where_it_prints_a_budget_amount(
    tmp_path: Path,
) -> None:
    record, findings = _card(tmp_path, "국비\t2\t4", "구비\t3\t3")  # 2 + 4 = 6: the budget's 국비 under 억원
    assert [r["amounts_krw"] for r in record["funding"]["rows"]] == [
        [200_000_000, 400_000_000],
        [300_000_000, 300_000_000],
    ]
    assert _codes(findings, "funding") == {
        "extract.unit_inferred": {"unit": "억원", "proof": "budget_amounts"}
    }


def test_a_table_printing_none_of_the_budgets_amounts_is_not_read_under_its_unit(tmp_path: Path) -> None:
    # counted in 백만원 beside a budget told in 억원: under 억원 it would read 300억 where 3억 is meant
    record, findings = _card(tmp_path, "국비\t200\t400", "구비\t300\t300")
    assert all(a is None for r in record["funding"]["rows"] for a in r["amounts_krw"])
    assert set(_codes(findings, "funding")) == {"extract.unit_unproven"}


BUDGET_CARD = """구청장 공약사업 추진 관리카드

■ 공약명 : 생활권 공원 녹지 확충
■ 관리번호 : Ⅰ-4
■ 주관부서 : 공원녹지과

1. 사업 개요
  가. 사업기간 : 2023. 1. ~ 2024. 12.
  나. 총사업비 : {budget}

2. 재원투자 실적 및 계획
(단위 : 백만원)
구분\t계\t2023\t2024
계\t36,750\t16,750\t20,000
국비\t13,400\t6,400\t7,000
구비\t23,350\t10,350\t13,000
"""


def _budget(tmp_path: Path, budget: str) -> tuple[list[Any], dict[str, Any]]:
    path = tmp_path / "card.txt"
    path.write_text(BUDGET_CARD.format(budget=budget), encoding="utf-8")
    [(record, findings)] = _read(path)
    read = record["overview"]["budget"]
    return [read["total_krw"], *(p["amount_krw"] for p in read["parts"])], _codes(findings, "overview.budget")


def test_a_bare_budget_is_read_under_the_unit_its_total_is_the_tables_under(tmp_path: Path) -> None:
    # the card's unit line counts the table in 백만원; the budget's 367.5 is the table's 36,750 under 억원
    amounts, codes = _budget(tmp_path, "총 367.5 (국비 134.0, 구비 233.5)")
    assert amounts == [36_750_000_000, 13_400_000_000, 23_350_000_000]
    assert codes == {"extract.unit_inferred": {"unit": "억원", "proof": "funding_total"}}


def test_a_bare_budget_the_tables_total_is_not_under_the_unit_line_is_null(tmp_path: Path) -> None:
    # 367 is the table's total under no unit: the unit line (the table's) does not read it
    amounts, codes = _budget(tmp_path, "총 367 (국비 134, 구비 233)")
    assert amounts == [None, None, None]
    assert set(codes) == {"extract.unit_unproven"}


def test_a_bare_budget_the_tables_total_under_the_unit_line_is_read_under_it(tmp_path: Path) -> None:
    amounts, codes = _budget(tmp_path, "36,750 (국비 13,400, 구비 23,350)")
    assert amounts == [36_750_000_000, 13_400_000_000, 23_350_000_000]
    assert codes == {}


def test_a_lone_period_cell_matching_a_budget_part_ties_no_unit(tmp_path: Path) -> None:
    # 6 (백만원) in 2023 is 국비's 6억 under 억원 by coincidence: the rows' sums are no budget amount
    record, findings = _card(tmp_path, "국비\t6\t400", "구비\t300\t300")
    assert all(a is None for r in record["funding"]["rows"] for a in r["amounts_krw"])
    assert set(_codes(findings, "funding")) == {"extract.unit_unproven"}
