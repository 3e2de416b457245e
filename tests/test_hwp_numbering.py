"""The numbers Hangul draws before numbered and outline paragraphs (extract/readers/hwp_numbering.py).

The levels below are Hangul's default outline (개요 1..7: ``1.`` ``가.`` ``1)`` ``가)`` ``(1)`` ``(가)``
``①``), as the HWP files of the real corpus store it (hwplib__gov-award-recommendation-forms.hwp's first
NUMBERING record: formats and the number shapes of its head attributes 12, 268, 44).
"""

from __future__ import annotations

from pledgecard.extract.readers.hwp_blocks import OUTLINE
from pledgecard.extract.readers.hwp_numbering import (
    CIRCLED_DIGIT,
    DIGIT,
    HANGUL_JAMO,
    HANGUL_SYLLABLE,
    ROMAN_CAPITAL,
    Level,
    NumberCounter,
    number_text,
)

DEFAULT_OUTLINE = [
    Level("^1.", DIGIT),
    Level("^2.", HANGUL_SYLLABLE),
    Level("^3)", DIGIT),
    Level("^4)", HANGUL_SYLLABLE),
    Level("(^5)", DIGIT),
    Level("(^6)", HANGUL_SYLLABLE),
    Level("^7", CIRCLED_DIGIT),
]


def test_number_shapes() -> None:
    assert [
        number_text(3, s) for s in (DIGIT, CIRCLED_DIGIT, ROMAN_CAPITAL, HANGUL_SYLLABLE, HANGUL_JAMO)
    ] == [
        "3",
        "③",
        "Ⅲ",
        "다",
        "ㄷ",
    ]
    assert number_text(14, HANGUL_SYLLABLE) == "하"
    assert number_text(15, HANGUL_SYLLABLE) is None  # past the run: nothing made up
    assert number_text(1, 12) is None  # Hangul numerals (일, 이, 삼): not drawn here


def test_levels_count_and_restart() -> None:
    counter = NumberCounter({1: DEFAULT_OUTLINE})
    heads = [counter.head(1, level, None) for level in (0, 1, 1, 2, 0, 1, 2, 2, 6)]
    assert heads == ["1.", "가.", "나.", "1)", "2.", "가.", "1)", "2)", "①"]


def test_definitions_count_apart_and_start_numbers() -> None:
    counter = NumberCounter({1: DEFAULT_OUTLINE, 2: [Level("^1.", DIGIT, start=5)]})
    heads = [counter.head(ref, 0, None) for ref in (1, 2, 1, 2)]
    assert heads == ["1.", "5.", "2.", "6."]


def test_outline_paragraphs_count_in_the_sections_definition() -> None:
    counter = NumberCounter({1: DEFAULT_OUTLINE})
    assert counter.head(OUTLINE, 0, 1) == "1."
    assert counter.head(1, 0, None) == "2."  # the same definition, numbered or outline
    assert counter.head(OUTLINE, 0, None) is None  # a section naming no outline numbering


def test_compound_formats_and_what_draws_nothing() -> None:
    counter = NumberCounter({1: [Level("^1.", ROMAN_CAPITAL), Level("^1-^2.", DIGIT), Level("", DIGIT)]})
    assert [counter.head(1, level, None) for level in (0, 1, 1)] == ["Ⅰ.", "Ⅰ-1.", "Ⅰ-2."]
    assert counter.head(1, 2, None) is None  # an empty format
    assert counter.head(1, 3, None) is None  # a level the definition does not have
    assert counter.head(9, 0, None) is None  # a definition the file does not have
    assert counter.head(None, 0, None) is None
