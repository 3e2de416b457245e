"""A heading number of one glyph run into its title with no punctuation (``Ⅲ성과목표 달성현황``, ``①사업개요``): read as
the spaced heading where the vocabulary names the title, and the run of such lines numbered 1, 2, 3 around it
alike (extract/glued_titles.py); a numeral run into another word stays one word."""

from __future__ import annotations

import pytest

from pledgecard.extract.cards import split_sections
from pledgecard.extract.document import Document, Paragraph, Source
from pledgecard.extract.glued_titles import glued_known_title, glued_titles
from pledgecard.extract.layout import linearize
from pledgecard.extract.vocabulary import current


def _titles() -> tuple[str, str, str]:
    """Three section titles of the vocabulary (overview, funding, achievements), as a card prints them."""
    labels = current().section_labels
    return labels["overview"][0], labels["funding"][0], labels["achievements"][0]


@pytest.mark.parametrize("number", ["Ⅲ", "③", "❸"])
def test_a_glued_number_before_a_known_title_is_split(number: str) -> None:
    title = _titles()[2]
    assert glued_known_title(f"{number}{title}") == (number, title)


@pytest.mark.parametrize(
    "text", ["Ⅱ단계 추진", "Ⅲ", "3추진실적", "Ⅱ.재원투자", "Ⅱ 재원투자", "Ⅲ돈이 드는 곳"]
)
def test_other_lines_are_not_split(text: str) -> None:
    """A numeral run into a word no vocabulary names, a digit (a figure's shape), a number already punctuated or
    spaced (read as they stand), an unknown title alone."""
    assert glued_known_title(text) is None


def test_the_run_around_a_known_title_is_split_alike() -> None:
    """Ⅰ사업의 주요 골자 / Ⅱ돈이 드는 곳 (unknown) around Ⅲ<known>: one run, split alike; a glued line out of the run
    (Ⅱ단계 추진 after Ⅲ) stays as it is; with no known title in the run nothing is split."""
    known = _titles()[2]
    texts = [
        "Ⅰ사업의 주요 골자",
        "사업기간 : 2022 ~ 2026",
        "Ⅱ돈이 드는 곳",
        None,
        f"Ⅲ{known}",
        "Ⅱ단계 추진",
        "Ⅳ앞으로의 과제",
    ]
    assert sorted(glued_titles(texts)) == [0, 2, 4, 6]
    assert glued_titles([t for t in texts if t != f"Ⅲ{known}"]) == {}


def test_glued_roman_headings_head_their_sections() -> None:
    """bomi-county's glued variant (0.929 txt before: Ⅲ성과목표 달성현황 no heading, its goal table unread): the card's
    Roman numerals run into known titles head the sections the titles name."""
    overview, funding, achievements = _titles()
    texts = [
        f"Ⅰ{overview}",
        "사업기간 : 2022 ~ 2026",
        f"Ⅱ{funding}",
        "(단위: 백만원)",
        f"Ⅲ{achievements}",
        "착공 : 2024. 3.",
    ]
    doc = Document(
        blocks=[Paragraph(text=t, source=Source(line_start=k + 1)) for k, t in enumerate(texts)], format="txt"
    )
    secs = split_sections(linearize(doc))
    assert [(s.name, s.heading) for s in secs if s.name] == [
        ("overview", overview),
        ("funding", funding),
        ("achievements", achievements),
    ]
