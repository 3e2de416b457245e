"""Text a file prints before its first card is set aside with a note (``extract.text_before_card``, info, on the
file's first card): a cover, a report's front matter (extract/front_matter.py), or a card whose title and header
the vocabulary does not know would otherwise vanish with no word (extract/card_split.py ``split_cards_aside``,
extract/coverage.py ``text_before_card``)."""

from __future__ import annotations

import itertools
from pathlib import Path

from pledgecard.extract.card_split import split_cards_aside
from pledgecard.extract.coverage import text_before_card
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.pipeline import process_file
from pledgecard.validate.checks.reported import reported

FAMILIES = Path(__file__).resolve().parent.parent / "samples" / "families"
KIND = "화랑시 민선8기 공약사업 관리카드"
HEADS = ("연번", "공약명", "담당부서", "추진상황")
ROWS = (
    ("1", "청년 일자리 30개 창출", "일자리정책과", "정상추진"),
    ("2", "공공돌봄 24시간 체계 구축", "여성가족과", "부진"),
)
CARD = (KIND, "공약명 청년 일자리 30개 창출", "관리번호 3-12", "1. 사업개요", "2. 추진실적")


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=n, line_end=n))
        for n, t in enumerate(texts, 1)
    ]


def test_the_items_before_the_first_card_and_a_front_matter_cut_are_set_aside() -> None:
    front = ("2. 공약사업 목록", *HEADS, *itertools.chain(*ROWS))
    cards, aside = split_cards_aside(_lines(*front, *CARD))
    assert len(cards) == 1 and cards[0][0].text == KIND
    assert [it.full_text for it in aside] == list(
        front
    )  # the list's 공약명 cut (front matter) and the line above
    cards, aside = split_cards_aside(_lines("표지 문구", *CARD))
    assert len(cards) == 1 and [it.full_text for it in aside] == ["표지 문구"]
    assert split_cards_aside(_lines(*CARD))[1] == []  # nothing before the card
    assert split_cards_aside(_lines("공약 아닌 글", "다른 줄")) == ([], [])  # no card: nothing set aside


def test_the_note_says_where_and_how_much() -> None:
    aside = _lines("2. 공약사업 목록", "", "연번 공약명")
    note = text_before_card(aside)
    assert note is not None and note["code"] == "extract.text_before_card" and note["severity"] == "info"
    assert note["severity"] == reported("extract.text_before_card").severity
    assert note["observed"] == {"items": 2, "chars": len("2.공약사업목록연번공약명")}
    assert (
        note["location"] is None and note["source_location"] == "line 1 .. line 3"
    )  # the file's, no record part
    assert text_before_card([]) is None and text_before_card(_lines("", "  ")) is None  # nothing printed


def _notes(path: Path) -> list[list[dict]]:  # type: ignore[type-arg]
    res = process_file(path)
    assert res.status == "ok"
    return [[f for f in p["findings"] if f["code"] == "extract.text_before_card"] for p in res.provenance]


def test_a_reports_front_matter_is_noted_on_its_first_card_a_plain_card_file_has_no_note() -> None:
    notes = _notes(
        FAMILIES / "hwarang-city" / "hwarang-city-86001-txt.txt"
    )  # a list of pledges before the card
    assert [len(n) for n in notes] == [1] + [0] * (len(notes) - 1)
    [note] = notes[0]
    assert note["severity"] == "info" and note["observed"]["chars"] > 100 and note["location"] is None
    assert note["source_location"].startswith("line ")
    assert (
        "민선8기 공약사업 추진상황 보고" in note["message"]
    )  # the report's first line, where the aside starts
    assert _notes(FAMILIES / "dallae-city" / "dallae-city-84001-txt.txt") == [
        []
    ]  # the file opens with its card
