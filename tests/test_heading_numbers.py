"""Section headings recognised by their numbering (pledgecard.extract.heading_numbers): a line
numbered as the next heading heads a section even when no vocabulary names its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.heading_numbers import glued_number, heading_number, next_heading

from conftest import committed_records

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "bomi-county"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ⅶ 관련 사진", ("r", 7, "관련 사진")),
        ("Ⅲ. 추진일정", ("r.", 3, "추진일정")),
        ("6. 문제점 및 대책", ("d.", 6, "문제점 및 대책")),
        ("나. 금분기 추진실적", ("l.", 2, "금분기 추진실적")),
        ("(4) 현장 사진", ("(d)", 4, "현장 사진")),
        ("③ 추진일정", ("c", 3, "추진일정")),
        ("관련 사진", None),
        ("2024. 9. 착공", None),
    ],
)
def test_heading_number(text: str, number: tuple[str, int, str] | None) -> None:
    assert heading_number(text) == number


def test_next_heading_fills_the_gap_between_the_cards_own_headings() -> None:
    assert next_heading("Ⅵ 향후 계획", "Ⅶ 관련 사진", ["Ⅷ 군민 소통 실적"])
    assert next_heading("Ⅵ 향후 계획", "Ⅶ 관련 사진", [])  # the last section of the card
    assert not next_heading("Ⅵ 향후 계획", "Ⅶ 관련 사진", ["Ⅸ 기대효과"])  # the numbers do not run on
    assert not next_heading("Ⅵ 향후 계획", "Ⅷ 관련 사진", [])
    assert not next_heading("Ⅵ. 향후 계획", "Ⅶ 관련 사진", [])  # another style of numbering
    assert not next_heading("2. 추진실적", "3. 협약 체결 : 2024. 9.", ["4. 향후계획"])  # an item with a date
    assert not next_heading("2. 추진실적", "3. 지역 대학과 연계한 인력양성 과정 신설 추진", [])  # a sentence
    assert not next_heading(None, "Ⅶ 관련 사진", [])


@pytest.mark.parametrize("path", sorted(p for p in FAMILY.iterdir() if p.suffix in (".txt", ".pdf", ".hwpx")))
def test_an_unknown_numbered_section_stays_out_of_the_section_above(path: Path) -> None:
    (rec,) = committed_records(path)
    plans = " ".join(p["text"] for p in rec["plans"])
    assert "사진" not in plans and "모습" not in plans  # Ⅶ 관련 사진 and its caption, after Ⅵ 향후 계획
    assert any(u["section"] and "관련 사진" in u["section"] for u in rec["unparsed"])


def test_numbering_split_off_as_a_marker_counts_too(tmp_path: Path) -> None:
    """``Ⅶ.`` (with its period) is read as the line's marker: the headings compare as printed."""
    text = next(FAMILY.glob("*-txt.txt")).read_text(encoding="utf-8")
    for roman in "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ":
        assert f"\n{roman} " in text
        text = text.replace(f"\n{roman} ", f"\n{roman}. ")
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_file(path)
    assert rec["plans"] and not any("사진" in p["text"] or "모습" in p["text"] for p in rec["plans"])
    assert any(u["section"] and "관련 사진" in u["section"] for u in rec["unparsed"])


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("1.사업의 주요 골자", ("1.", "사업의 주요 골자")),
        ("Ⅱ.재원투자 계획", ("Ⅱ.", "재원투자 계획")),
        ("가.추진실적", ("가.", "추진실적")),
        ("3)향후계획", ("3)", "향후계획")),
        ("[2]돈이 드는 곳", ("[2]", "돈이 드는 곳")),
        ("1. 사업개요", None),  # spaced: the marker reader splits it
        ("1.5억원", None),  # a figure
        ("24.9.", None),  # a date
        ("'24.9.추진", None),
        ("2024.추진", None),  # a year before a word: no heading number
        ("1.사업기간 : 2023.03 ~ 2028.06", None),  # an item: a colon and figures after the number
        ("1.청년농업 혁신밸리 조성 및 청년농 10명 육성 완료", None),  # a sentence, too long for a title
    ],
)
def test_a_heading_number_run_into_its_title_splits_as_the_spaced_line(
    text: str, split: tuple[str, str] | None
) -> None:
    assert glued_number(text) == split
    if split is not None:  # the same number and title as the line printed with its space
        spaced = heading_number(f"{split[0]} {split[1]}")
        assert spaced is not None and heading_number(text) == spaced
