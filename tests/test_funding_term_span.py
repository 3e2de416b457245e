"""A funding table told by the term, not by year (구분 | 총사업비 | 기투자 | 임기내 | 임기후): the term's years as one
column, read as the schema's kind ``other`` under its label; the same words over year columns are their spanning
heading, never a column (samples/families norae-city)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard.cli import main as cli_main
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_header import header_order


@pytest.mark.parametrize("label", ["임기내", "임기 내", "임기중"])
def test_the_terms_span_is_a_column_of_its_own_kind(label: str) -> None:
    assert classify_column(label) == {"label": label, "kind": "other", "year": None}


@pytest.mark.parametrize(
    "lines", [["구분 총사업비 기투자 임기내 임기후"], ["구분 총사업비 투자계획", "기투자 임기내 임기후"]]
)
def test_a_head_without_years_reads_the_terms_span_as_a_column(lines: list[str]) -> None:
    assert header_order(lines) == ["총사업비", "기투자", "임기내", "임기후"]


@pytest.mark.parametrize(
    "lines", [["구분 총사업비 임기 내 임기후", "2024 2025 2026"], ["구분 총사업비 임기내", "2024년 2025년"]]
)
def test_over_years_the_terms_words_are_their_heading(lines: list[str]) -> None:
    order = [c.strip() for c in header_order(lines)]
    assert not any(c.replace(" ", "") in ("임기내", "임기중") for c in order)
    assert [classify_column(c)["kind"] for c in order[1:]].count("year") >= 2


CARD = """\
노래시 민선8기 시장 공약사업 관리카드
공약사업명 어르신 돌봄센터 건립
관리번호 2-3-7
주관부서 노인복지과
추진상황 정상추진
□ 사업개요
◦ 사업기간 : 2023. 1. ~ 2028. 12.
◦ 총사업비 : 4,000백만원
□ 재원투자계획
(단위: 백만원)
구분 총사업비 기투자 임기내 임기후
계 4,000 500 2,900 600
국비 1,000 - 800 200
시비 3,000 500 2,100 400
□ 추진실적
◦ 기본계획 수립 : '24. 11.
"""


def test_a_card_whose_funding_is_told_by_the_term_is_read(tmp_path: Path) -> None:
    (tmp_path / "card.txt").write_text(CARD, encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    [rec] = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    f = rec["funding"]
    assert [(c["label"], c["kind"]) for c in f["columns"]] == [
        ("총사업비", "total"),
        ("기투자", "prior"),
        ("임기내", "other"),
        ("임기후", "after_term"),
    ]
    m = 10**6
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [4000 * m, 500 * m, 2900 * m, 600 * m]),
        ("national", [1000 * m, 0, 800 * m, 200 * m]),
        ("municipal", [3000 * m, 500 * m, 2100 * m, 400 * m]),
    ]


def test_beside_the_years_on_their_line_the_terms_span_is_a_column() -> None:
    """임기내 printed on the years' own head line heads no years of a later line: a column of its own (review b,
    item 3: it was dropped as a heading, five columns over six figures)."""
    order = [c.strip() for c in header_order(["구분 총사업비 2023 2024 2025 임기내 임기후"])]
    assert order == ["총사업비", "2023", "2024", "2025", "임기내", "임기후"]


def test_a_card_with_the_terms_span_beside_its_years_is_read(tmp_path: Path) -> None:
    card = (
        CARD.replace("구분 총사업비 기투자 임기내 임기후", "구분 총사업비 2023 2024 2025 임기내 임기후")
        .replace("계 4,000 500 2,900 600", "계 4,000 500 1,000 1,400 2,900 600")
        .replace("국비 1,000 - 800 200", "국비 1,000 - 300 500 800 200")
        .replace("시비 3,000 500 2,100 400", "시비 3,000 500 700 900 2,100 400")
    )
    (tmp_path / "card.txt").write_text(card, encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    [rec] = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    f = rec["funding"]
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2023", "2024", "2025", "임기내", "임기후"]
    m = 10**6
    assert f["rows"][0]["amounts_krw"] == [4000 * m, 500 * m, 1000 * m, 1400 * m, 2900 * m, 600 * m]
