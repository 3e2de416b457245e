"""The template family designed blind in session 12 (samples/families.py: ``dalbit-county``, an
archive booklet of several pledges' cards) and the structures it brought in, on small lines:

- a booklet's divider page (``Ⅵ`` / ``환경·녹지 분야``) between two cards, its words printed in the
  booklet's contents before the first card: no line of the card before (it was read as 기대효과);
- a dump's running header printed right above each card's title, its words reading as header labels
  (``2024년 3/4분기 민선8기 공약사업 추진상황 보고``: 공약사업, 추진상황): page furniture, no card text;
- pages printing a few lines and no page number (a cover, a divider page) do not count against a
  running line (it runs over the numbered pages only);
- the committed booklets: as many records as cards, the cover and contents none of them, the
  contents' page numbers the cards' first pages.

Measured blind (before the extractor was read): PDF, HWPX and HWP 0.998, txt 0.968, no wrong figure of
804; after: 1.000, 1.000, 1.000, txt 0.973 (worded goal rows the dump runs together, left out).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard.extract.cards import split_cards
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.normalize.dates import parse_date
from pledgecard.scoring import load_records

from conftest import committed_records, make_line, make_table

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "dalbit-county"


def _card(title: str, no: str, effects: list[str]) -> list:
    return [
        make_line("달빛군 민선8기 군수 공약사업 관리카드"),
        make_table([["공약명", title, "관리번호", no], ["주관부서", "농업정책과", "추진상황", "정상추진"]]),
        make_line("◆ 기대효과"),
        *(make_line(e, "○") for e in effects),
    ]


_FRONT = [
    make_line("2024년 3/4분기"),
    make_line("민선8기 공약사업 추진상황 보고"),
    make_line("달빛군"),
    make_line("목  차"),
    make_line("Ⅰ. 농업·농촌 분야"),
    make_line("1-5  청년농업 창업 지원 ·········· 4"),
    make_line("Ⅵ. 환경·녹지 분야"),
    make_line("6-6  자원순환 실천 ·········· 7"),
]


def _texts(card: list) -> list[str]:
    return [it.full_text for it in card if hasattr(it, "full_text") and not hasattr(it, "cells")]


# ------------------------------------------------------------------------------ divider pages


def test_a_divider_page_between_two_cards_is_no_line_of_the_card_before() -> None:
    items = [
        *_FRONT,
        make_line("Ⅰ"),
        make_line("농업·농촌 분야"),
        *_card("청년농업 창업 지원", "1-5", ["청년농 정착 기반 마련"]),
        make_line("Ⅵ"),
        make_line("환경·녹지 분야"),
        *_card("자원순환 실천", "6-6", ["탄소중립 실천 확산"]),
    ]
    first, second = split_cards(items)
    assert _texts(first)[-1] == "○ 청년농 정착 기반 마련"
    assert _texts(second)[0] == "달빛군 민선8기 군수 공약사업 관리카드"
    assert _texts(second)[-1] == "○ 탄소중립 실천 확산"


def test_a_last_line_the_front_matter_does_not_print_stays_the_card_s() -> None:
    items = [
        *_FRONT,
        *_card("청년농업 창업 지원", "1-5", ["청년농 정착 기반 마련"]),
        make_line("농촌 활력 제고"),
        *_card("자원순환 실천", "6-6", ["탄소중립 실천 확산"]),
    ]
    first, _ = split_cards(items)
    assert _texts(first)[-1] == "농촌 활력 제고"


def test_cards_without_front_matter_keep_their_last_lines() -> None:
    items = [
        *_card("청년농업 창업 지원", "1-5", ["청년농 정착 기반 마련"]),
        make_line("Ⅵ"),
        *_card("자원순환 실천", "6-6", ["탄소중립 실천 확산"]),
    ]
    first, _ = split_cards(items)
    assert _texts(first)[-1] == "Ⅵ"


# ------------------------------------------------------------------------------ a dump's running header

_RUNNING = "2024년 3/4분기 민선8기 공약사업 추진상황 보고"


def _dump() -> str:
    card = [
        "달빛군 민선8기 군수 공약사업 관리카드",
        "",
        "공약명 청년농업 창업 지원 관리번호 1-5",
        "",
        "주관부서 농업정책과 추진상황 정상추진",
        "",
        "◆ 기대효과",
        "",
        "○ 청년농 정착 기반 마련",
    ]
    page = ["○ 농촌 활력 제고 방안 마련", "", "○ 귀농 귀촌 상담 운영"]
    parts = [
        "2024년 3/4분기\n\n민선8기 공약사업 추진상황 보고\n\n달빛군",
        f"{_RUNNING}\n\n목  차\n\n1-5  청년농업 창업 지원 ······ 4\n\n- 2 -",
        "Ⅰ\n\n농업·농촌 분야",
        f"{_RUNNING}\n\n" + "\n".join(card) + f"\n\n- 4 -\n\n{_RUNNING}\n\n" + "\n".join(page) + "\n\n- 5 -",
        "Ⅵ\n\n환경·녹지 분야",
        f"{_RUNNING}\n\n" + "\n".join(card).replace("1-5", "6-6") + "\n\n- 7 -",
    ]
    return "\f".join(parts)


def test_a_running_header_above_every_card_title_is_page_furniture() -> None:
    doc = read(_dump().encode("utf-8"))
    texts = [getattr(b, "text", "") for b in doc.blocks]
    assert not any(_RUNNING in t for t in texts)
    assert "달빛군 민선8기 군수 공약사업 관리카드" in texts


def test_pages_of_a_few_lines_without_a_page_number_do_not_count_against_a_running_line() -> None:
    lines = split_lines(_dump())
    dropped = {lines[k].text.strip() for k in furniture(lines)}
    assert _RUNNING in dropped and "- 4 -" in dropped
    assert "달빛군" not in dropped and "Ⅰ" not in dropped


def test_a_day_printed_with_its_weekday_reads_as_the_day() -> None:
    for raw in ("'24. 3. 15.(금)", "2024. 3. 15.(금)"):
        assert parse_date(raw)["label"] == "2024-03-15"


# ------------------------------------------------------------------------------ the committed booklets


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_booklet_reads_as_one_record_a_card_and_none_for_its_cover_or_contents(fmt: str) -> None:
    for path in sorted(FAMILY.glob(f"*-{fmt}.{fmt}")):
        expected = load_records(path.with_name(path.stem + ".expected.json"))
        got = committed_records(path)
        assert [r["card_id"] for r in got] == [r["card_id"] for r in expected]
        others = {r["header"]["title"] for r in expected}
        for rec, exp in zip(got, expected, strict=True):  # no other pledge's title, no leader dots
            text = json.dumps(
                {k: rec[k] for k in ("achievements", "plans", "effects", "tables")}, ensure_ascii=False
            )
            assert "···" not in text and not any(t in text for t in others - {exp["header"]["title"]})
            assert rec["header"]["title"] == exp["header"]["title"]


def test_the_contents_print_every_card_s_first_page() -> None:
    import pdfplumber

    for path in sorted(FAMILY.glob("*-pdf.pdf")):
        expected = load_records(path.with_name(path.stem + ".expected.json"))
        with pdfplumber.open(path) as pdf:
            contents = pdf.pages[1].extract_text()
            for rec in expected:
                start = rec["source"]["page_start"]
                line = next(x for x in contents.splitlines() if x.startswith(rec["header"]["mgmt_no"] + " "))
                assert line.endswith(f" {start}")
                assert rec["header"]["title"].replace(" ", "") in pdf.pages[start - 1].extract_text().replace(
                    " ", ""
                )
