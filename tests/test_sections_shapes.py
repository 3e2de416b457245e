"""Headings and bullets recognised by their shape, not from a list of glyphs."""

from __future__ import annotations

import pytest

from pledgecard.extract.cards import heading_of
from pledgecard.extract.document import Source
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.extract.sections.achievements import extract_achievements


def _line(raw: str) -> Line:
    marker, text = split_marker(raw)
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=1))


@pytest.mark.parametrize("raw", ["□ 사업개요", "■ 사업 개요", "◎ 1. 사업개요", "▣ 사업 개요", "Ⅰ. 사업개요",
                                 "(1) 사업개요", "【 사업개요 】", "< 사업개요 >", "《사업개요》", "[사업개요]",
                                 "가. 사업개요", "① 사업개요", "\ue034 사업개요", "❖ 사업개요", "1. 사업개요"])
def test_any_marker_or_numbering_before_a_section_label_makes_a_heading(raw: str) -> None:
    assert heading_of(_line(raw)) == "overview"


def test_a_sub_item_or_an_item_naming_its_own_section_is_no_heading() -> None:
    assert heading_of(_line("- 사업개요")) is None
    assert heading_of(_line("◦ 주요 추진실적"), "achievements") is None
    assert heading_of(_line("◦ 사업 개요 : 청년 주택")) is None  # a label with a value is a field


@pytest.mark.parametrize(("raw", "marker"), [("➢ 사업기간 : 2022", "➢"), ("❍ 문화관광", "❍"), ("① 부지", "①"),
                                             ("가) 설계", "가)"), ("\ue000 항목", "\ufffd")])
def test_unknown_glyphs_and_numberings_are_markers(raw: str, marker: str) -> None:
    assert split_marker(raw)[0] == marker


def test_numbers_and_companies_are_not_markers() -> None:
    assert split_marker("△1,234")[0] is None and split_marker("㈜한결 협약")[0] is None
    assert split_marker("12. 3. 협약")[0] is None and split_marker("-1,234")[0] is None
    assert is_numbering("①") and is_numbering("가.") and not is_numbering("◦")


def test_levels_by_order_of_first_appearance_and_dated_lettered_group_headings() -> None:
    lines = [_line(x) for x in ("가. 기 추진실적('22. 7. ~ '24. 12.)", "① 부지 매입 : '23. 5.", "- 보상 협의",
                                "· 감정평가 : '23. 3.", "② 실시설계", "나. 2025년 1분기 현재", "① 착공 : '25. 2.")]
    res = extract_achievements(lines)
    ach = res.value["achievements"]
    assert [(a["group"], a["level"], a["parent"], a["text"]) for a in ach] == [
        ("기 추진실적", 1, None, "부지 매입"), ("기 추진실적", 2, 0, "보상 협의"), ("기 추진실적", 3, 1, "감정평가"),
        ("기 추진실적", 1, None, "실시설계"), ("2025년 1분기 현재", 1, None, "착공")]
    assert ach[0]["group_as_of"]["label"] == "2022-07/2024-12"
    assert [d["label"] for d in res.dates] == ["2022-07/2024-12", "2025-Q1"]


def test_a_bracketed_date_after_a_group_name_is_its_date() -> None:
    assert parse_group_heading("[ 그간 추진실적 ('25. 4분기 누계) ]") == ("그간 추진실적", parse_group_heading(
        "('25. 4분기 누계)")[1])  # type: ignore[index]
