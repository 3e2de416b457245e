"""A page header pyhwp's ``hwp5html`` prints once, atop its section (no running line, so no furniture), stating
the card's reporting point above the card's title line (yeolmae-county's ``열매군 기획예산실 | 2025년 4분기 현재``):
the header area's reporting date, the card's as-of date (extract/card_split.py ``_dated_above``). The text below is
the start of that family's dump (hwp5html turned to text by inscriptis), its later sections cut."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file

CARD = """      {top}

        열매군 민선8기 공약사업 추진상황 카드

      공약명   농어촌 광역철도 확대  관리번호  2-17

      담당부서  대중교통과        추진상황  부진

      담당자   성영영          연락처   033-229-6515

      협조부서  투자유치과        실천목표  임기 후 계속



        Ⅰ. 사업개요

      ㅇ 사업기간 : 2022. 9. ~ 2026. 12.

      ㅇ 총사업비 : 38,627백만원(국비 9,567, 도비 9,116, 군비 19,944)

      ㅇ 주요내용

      － 광역철도 기반 조성을 위한 차고지 구축 및 운수종사자 지원
"""


def _card(tmp_path: Path, top: str) -> dict:
    path = tmp_path / "card.txt"
    path.write_text(CARD.format(top=top), encoding="utf-8")
    (record,) = extract_file(path)
    return record


def test_the_reporting_point_printed_once_above_the_card_is_its_as_of(tmp_path: Path) -> None:
    record = _card(tmp_path, "열매군 기획예산실 | 2025 년 4분기 현재")
    assert record["as_of"] is not None and record["as_of"]["label"] == "2025-Q4"
    assert record["header"]["title"] == "농어촌 광역철도 확대"


def test_a_line_above_the_card_stating_no_date_gives_none(tmp_path: Path) -> None:
    record = _card(tmp_path, "열매군 기획예산실 | 대중교통과")
    assert record["as_of"] is None
    assert record["header"]["title"] == "농어촌 광역철도 확대"
