"""Cards of any template (issue 11), classes of the card's identity:

- a card whose title names no card (``… 공약사업 추진상황``, no ``관리카드``) printed right above its
  header: that line is its kind (and names its issuer), not a line lost before the card;
- a bulleted or numbered line naming a card (``◦ 공약 실천계획 이행상황 보고회 개최``) inside a card's
  body is an item of that card: it neither starts a card nor is dropped as a page header;
- the issuer printed only in a running header or footer (Document.furniture, kept apart by every
  reader: HWP/HWPX 머리말/꼬리말, PDF and text-dump running lines) is the card's issuer.

Real files: the committed family cards, their title line rewritten (a mutation), or a bullet line
inserted into their achievements.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.cards import extract_cards, split_cards
from pledgecard.extract.document import Paragraph
from pledgecard.extract.issuer import from_title
from pledgecard.extract.readers import read_path
from pledgecard.scoring import load_records, score_record
from tests.conftest import committed_records, make_line

FAMILY_DIR = Path(__file__).resolve().parents[1] / "samples" / "families"
# families whose txt dump prints the title (and the issuer in it) on a line of its own above the header;
# the issuer of one unit, of two units (a metropolitan city's district), of a province
TITLED = ("gaon-city", "sup-district", "nuri-province")
_KIND_WORDS = re.compile(r"\s*(?:관리\s*카드|이행\s*관리\s*카드)$")


def _dump(family: str) -> Path:
    return sorted((FAMILY_DIR / family).glob("*-txt.txt"))[0]


def _expected(path: Path) -> dict[str, Any]:
    return load_records(path.with_name(path.stem + ".expected.json"))[0]


@pytest.mark.parametrize("family", TITLED)
def test_a_title_naming_no_card_above_the_header_is_the_kind(tmp_path: Path, family: str) -> None:
    path = _dump(family)
    expected = load_records(path.with_name(path.stem + ".expected.json"))
    kind = expected[0]["header"]["kind"]
    untitled = _KIND_WORDS.sub(
        " 추진상황", kind
    )  # 가온시 민선8기 시장 공약사업 관리카드 -> … 공약사업 추진상황
    assert untitled != kind
    text = path.read_text(encoding="utf-8")
    assert kind in text
    mutated = tmp_path / path.name
    mutated.write_text(text.replace(kind, untitled), encoding="utf-8")  # every card's title line
    got, before = extract_file(mutated), extract_file(path)
    assert len(got) == len(expected) == len(before)
    for exp, rec, old in zip(expected, got, before, strict=True):
        assert rec["header"]["kind"] == untitled
        assert rec["header"].get("issuer") == from_title(kind) is not None  # as the titled card names it
        was = score_record(exp, old).score()
        exp["header"]["kind"] = untitled
        assert score_record(exp, rec).score() >= was


def test_a_line_naming_no_card_is_the_kind_only_right_above_the_header() -> None:
    header = [
        make_line("공약명 청년 일자리 창출"),
        make_line("관리번호 3-1"),
        make_line("사업개요", "□"),
        make_line("사업기간 : 2023. 1. ~ 2026. 12.", "◦"),
    ]
    above = [make_line("한빛시 민선8기 공약사업 추진상황"), make_line("(2024. 3/4분기 현재)")]
    (card,) = split_cards([*above, *header])
    assert card[0].text == above[0].text  # the title line and the date under it start the card
    apart = [make_line("한빛시 민선8기 공약사업 추진상황"), make_line("일반 현황 안내"), *header]
    (card,) = split_cards(apart)
    assert card[0].text == "공약명 청년 일자리 창출"  # a line between: no title of this card


BULLETS = [
    ("❍", "공약 실천계획 이행상황 보고회 개최"),
    ("-", "공약사업 관리카드 정비"),
    ("1.", "공약 실천계획 이행상황 보고회 개최"),
    ("▶", "공약 이행 점검카드 작성 교육"),
]


@pytest.mark.parametrize(("marker", "text"), BULLETS)
def test_a_bulleted_line_naming_a_card_is_an_item_of_the_card(tmp_path: Path, marker: str, text: str) -> None:
    path = _dump("gaon-city")
    source = path.read_text(encoding="utf-8")
    item = _expected(path)["achievements"][3]["text"]  # an achievement's item, not its block's first
    anchor = next(ln for ln in source.splitlines() if item in ln)
    mutated = tmp_path / path.name
    mutated.write_text(source.replace(anchor + "\n", f"{anchor}\n\n{marker} {text}\n", 1), encoding="utf-8")
    got = extract_file(mutated)
    assert len(got) == 1  # no card split off at the item
    assert text in [a["text"] for a in got[0]["achievements"]]  # nor the item dropped as a page header
    assert got[0]["header"]["kind"] == _expected(path)["header"]["kind"]


def test_a_title_behind_a_glyph_over_the_header_still_starts_a_card() -> None:
    lines = [
        make_line("한빛시 공약사업 관리카드", "◈"),
        make_line("공약명 청년 일자리 창출"),
        make_line("사업개요", "□"),
        make_line("기업 설명회 개최", "◦"),
        make_line("한빛시 공약사업 관리카드", "◈"),
        make_line("공약명 청년 창업 지원"),
        make_line("사업개요", "□"),
    ]
    cards = split_cards(lines)
    assert [c[0].text for c in cards] == ["한빛시 공약사업 관리카드"] * 2
    inside = [
        *lines[:4],
        make_line("한빛시 공약사업 관리카드 정비", "◦"),
        make_line("관리번호 부여 완료", "-"),
    ]
    (card,) = split_cards(inside)
    assert card[-2].text == "한빛시 공약사업 관리카드 정비"  # kept, as an item


@pytest.mark.parametrize("fmt", ["pdf", "hwp", "hwpx"])
def test_the_issuer_printed_only_in_a_running_footer(fmt: str) -> None:
    """A card whose title and header name no government, the running footer naming it (``도란시 공약이행
    점검 - 1 -``): each reader keeps the footer apart (Document.furniture) and the issuer is read from it."""
    for path in sorted((FAMILY_DIR / "doran-city").glob(f"*-{fmt}.{fmt}")):
        doc = read_path(path)
        assert any("도란시" in b.text for b in doc.furniture if isinstance(b, Paragraph))
        for rec in extract_cards(doc):
            assert rec["header"].get("issuer") == "도란시"
        for rec in extract_cards(dataclasses.replace(doc, furniture=[])):  # the card itself names none
            assert "issuer" not in rec["header"]


def test_a_dump_printing_no_issuer_has_none() -> None:
    for path in sorted((FAMILY_DIR / "doran-city").glob("*-txt.txt")):
        assert all("issuer" not in rec["header"] for rec in committed_records(path))


def test_a_title_over_a_header_table_of_weak_labels_starts_the_next_quarters_card() -> None:
    """A file of two quarters' cards of one pledge, each a title line over a header table of 공약번호 | 사업명
    (사업명 a weak label, common outside cards): the second title was dropped as a page's running title, the
    two cards read as one (crossbred 2281: 0.433 in every format)."""
    from tests.conftest import make_table

    def card(quarter: str) -> list[Any]:
        return [
            make_line("나래시 시장 공약사업 추진 관리카드"),
            make_table([["공약번호", "교육-43", "사업명", "광역철도 서비스 개선"]]),
            make_line("Ⅰ. 사업개요", "◾"),
            make_line(f"추진기간 : {quarter}", "◦"),
        ]

    cards = split_cards([*card("2019. ~ 2022."), *card("2019. ~ 2023.")])
    assert [c[-1].text for c in cards] == ["추진기간 : 2019. ~ 2022.", "추진기간 : 2019. ~ 2023."]
    running = [
        *card("2019. ~ 2022."),
        make_line("나래시 시장 공약사업 추진 관리카드"),
        make_line("기업 설명회 개최", "◦"),
    ]
    (one,) = split_cards(running)  # a title over no header: the page's running title, dropped
    assert one[-1].text == "기업 설명회 개최"
