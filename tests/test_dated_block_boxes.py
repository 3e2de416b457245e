"""Achievement blocks headed by unmarked dated lines (``〔기 추진실적〕 '23년 4분기 누계``,
``〔'24년 1분기 현재〕``) whose items a box glyph bullets at their first level (``❑ 세부 추진실적``,
``❑ 주요 추진실적``), as crossbred card 2111 drew them: the boxes are items of the blocks (they were
read as block headings, every item's reporting date lost), and a boxed line naming the achievements
(``❑ 주요 추진실적``) is no new section (it cut the second block off)."""

from __future__ import annotations

from pledgecard.extract.cards import split_sections
from pledgecard.extract.sections.achievements import extract_achievements

from conftest import make_line

LINES = [
    ("3. 추진 실적", None),
    ("〔기 추진실적〕 '23년 4분기 누계", None),
    ("세부 추진실적", "❑"),
    ("기반조성", "↳"),
    ("지원센터 조성 실시설계 용역 완료 : 2023. 3. ~ 2023. 5.", "·"),
    ("〔'24년 1분기 현재〕", None),
    ("반도체 소재 분야", "❑"),
    ("반도체 소재 용역 완료 : 2024.2월", "↳"),
    ("주요 추진실적", "❑"),
    ("반도체 소재 실증센터 준공 : 2024.2월", "↳"),
    ("4. 성과 목표", None),
]


def test_boxes_under_unmarked_dated_blocks_are_items_of_their_block() -> None:
    sections = split_sections([make_line(t, m) for t, m in LINES])
    [ach] = [s for s in sections if s.name == "achievements"]
    items = extract_achievements(ach.items).value["achievements"]
    assert [(a["text"], a["level"], a["group_as_of"]["label"]) for a in items] == [
        ("세부 추진실적", 1, "2023-Q4"),
        ("기반조성", 2, "2023-Q4"),
        ("지원센터 조성 실시설계 용역 완료", 3, "2023-Q4"),
        ("반도체 소재 분야", 1, "2024-Q1"),
        ("반도체 소재 용역 완료", 2, "2024-Q1"),
        ("주요 추진실적", 1, "2024-Q1"),
        ("반도체 소재 실증센터 준공", 2, "2024-Q1"),
    ]


def test_a_box_under_a_section_of_no_dated_blocks_still_heads_a_block() -> None:
    """With no dated block heading in the section, a box before a title heads its block."""
    lines = [(t, m) for t, m in LINES if not t.startswith("〔")]
    sections = split_sections([make_line(t, m) for t, m in lines])
    items = [
        a
        for s in sections
        if s.name == "achievements"
        for a in extract_achievements(s.items).value["achievements"]
    ]
    assert "세부 추진실적" not in [a["text"] for a in items]


# Crossbred card 2308 (FAMILIES[:56]): the blocks headed by bulleted dated lines, the block of the reporting point
# by its date alone, a box bulleting the first level under them: every item's reporting date was lost (0.665)
BULLETED = [
    ("그간 추진실적 〈2024. 3분기 기준 누계〉", "◈"),
    ("세부 추진실적", "□"),
    ("기업지원", "→"),
    ("6개 기업 투자협약 체결 : '24. 6.", "·"),
    ("2024. 12. 31.", "◈"),
    ("세부 추진실적", "□"),
    ("인력양성", "→"),
    ("신규 참여기업 협약 : 2024. 10월", "·"),
]


def test_boxes_under_bulleted_dated_blocks_are_items_of_their_block() -> None:
    items = extract_achievements([make_line(t, m) for t, m in BULLETED]).value["achievements"]
    assert [(a["text"], a["level"], a["group_as_of"]["label"]) for a in items] == [
        ("세부 추진실적", 1, "2024-Q3"),
        ("기업지원", 2, "2024-Q3"),
        ("6개 기업 투자협약 체결", 3, "2024-Q3"),
        ("세부 추진실적", 1, "2024-12-31"),
        ("인력양성", 2, "2024-12-31"),
        ("신규 참여기업 협약", 3, "2024-12-31"),
    ]


def test_a_box_above_the_bulleted_dated_block_still_heads_a_block() -> None:
    """A box standing above the first bulleted dated heading heads blocks beside it."""
    lines = [("기 추진실적", "□"), ("용역 착수 : '24. 2.", "·"), *BULLETED[4:]]
    items = extract_achievements([make_line(t, m) for t, m in lines]).value["achievements"]
    assert [a["group"] for a in items][:1] == ["기 추진실적"]
    assert "기 추진실적" not in [a["text"] for a in items]
