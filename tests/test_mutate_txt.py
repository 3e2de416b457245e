"""Mutated cards (samples/mutate.py) read from their text dumps: the classes the txt sweep showed, on
small line sets, and pinned cards that once read wrong."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.heading_shapes import unknown_headings
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import split_marker


def _marked(*texts: str) -> list[tuple[int, Line]]:
    """Lines as a text reader hands them over: the leading glyph split off as the marker."""
    out = []
    for k, t in enumerate(texts):
        marker, rest = split_marker(t)
        out.append((k, Line(text=rest, marker=marker, indent=0, source=Source())))
    return out


# ------------------------------------------------------------------------------ heading glyphs

# a card heading its sections with a symbol glyph no list names (◭), its items with others
GLYPH_CARD = ("◭ 사업개요", "⛈ 사업기간 : ’22. 10월～’26. 6월", "⛈ 주요내용", "⊗ 기업 유치 및 전문인력 양성",
              "◭ 기대효과", "⛈ 지속가능한 성장 기반 마련", "◭ 소요재원 및 확보계획", "(단위 : 백만원)",
              "구 분 계 국 비 시 비", "2022년 1,974.3 1,952.2 22.1", "◭ 추진일정", "구분 추진내용 2025년",
              "1단계 실시설계 ● ● ●", "◭ 향후 계획", "⛈ 성과평가 및 개선방안 마련 : ’27. 2/4분기")


def test_a_symbol_glyph_heading_known_sections_heads_an_unknown_one_too() -> None:
    """◭ heads four sections the vocabulary names and stands before titles only: ◭ 추진일정 is a
    heading too (it had been read as lines of the funding table above it)."""
    assert unknown_headings(_marked(*GLYPH_CARD)) == {10}


def test_a_symbol_glyph_naming_one_section_or_bulleting_items_heads_nothing() -> None:
    # the glyph names one known section only (an item's title 주요 추진실적 among the achievements)
    one = tuple(t.replace("◭ 기대효과", "◭ 기대되는 모습").replace("◭ 향후 계획", "◭ 앞으로 할 일")
                .replace("◭ 소요재원 및 확보계획", "◭ 돈 이야기") for t in GLYPH_CARD)
    assert unknown_headings(_marked(*one)) == set()
    # the glyph also bullets a sentence: it is the card's item bullet, not its heading glyph
    items = (*GLYPH_CARD[:3], "◭ 기업 유치 협약 체결 : ’23. 5월", *GLYPH_CARD[3:])
    assert unknown_headings(_marked(*items)) == set()
