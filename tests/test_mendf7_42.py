"""Mends of the review of h-famgen7 (session 42, task mendf7): the outreach read from a dated log of events with no
subtotal row (outreach_log.from_event_lines / from_event_rows) and such a log naming a section outreach by its
content (content_kinds._logged_outreach / _event_table / kind_by_content).

Classes fixed (each measured on the review's reproducers, /tmp/rev-famgen7/cN.py):

1. SILENT wrong count: from_event_lines summed the events by CATEGORY, two channels of one category (주민간담회 2회 +
   주민설명회 3회) became one item ``주민간담회 5``. Now each printed channel its own sum (by its label, as
   from_event_rows does): c1 ``[(주민간담회, 5), (언론보도, 2)]`` -> ``[(주민간담회, 2), (주민설명회, 3), (언론보도,
   2)]``. The label is the whole printed 구분 cell: over a list's separator (``언론, 방송``, was ``언론,``) and past
   a word naming who gathers over the channel's bare word (``민간전문가 자문``, was ``민간전문가``): c7 olbit-city
   seed 5 txt with outreach_events, labels now the expected ones, counts 159 / 4 unchanged.
2. SILENT wrong outreach: a dated log of WORKS whose 구분 cells hold a channel's word inside another noun (``보도
   정비``: sidewalk works) was read as media ``보도 4``. A 구분 cell is a channel only where its words are a
   channel's whole word or its last word (the noun phrase's head) names one (from_event_rows), and a log under a
   heading no section word names is the outreach only where its counts are of times held (``[outreach_sentences]
   event_counters``: 회, never 건). c2 txt / c3 model / c5 HWPX ``works``: outreach media 4 -> null, the works
   table a side table again (as the base read it).
3. An event table beside dated item lines under an unnamed heading made the whole section outreach, its
   achievements lost (c5 HWPX ``events``): now the table names the section outreach only where no dated item line
   stands beside it; else the section keeps its kind (achievements read again, as the base read them).
4. test_famgen7_42's ``taken={"outreach"}`` assertion could not fail: replaced by the section beside dated lines.

5. (the review's optional one) the header's upper number (도 공약번호) and the card's own (시 공약번호) on separate
   lines: put_pairs decided per line, the upper number alone on its line became mgmt_no. Now it only stands in
   until one of the card's own is put (header_fields.STAND_IN), which takes its place (the upper number a line of
   the rest). c4 olbit-city 112008 txt variants a (two lines) and b (own number on the title line): mgmt_no
   도-2-46 -> Ⅶ-22; c, e unchanged (Ⅶ-22).

6. c6 (a fact the base read and the branch lost): a province's own card whose dump printed the header's value apart
   from its lone 도 공약번호 label (header_values_apart): the lone upper label pairs as the card's number where
   none of its own is read: mgmt_no null -> 3-12 (control 관리번호: 3-12 before and after).

Not fixed: c4 d (``도 공약번호 도-2-46 연번 22``: mgmt_no ``도-2-46 연번 22``, the 연번 label left in the value), c8
(funding shares head probe, no wrong figure seen).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.header import HEADER_FIELDS
from pledgecard.extract.sections.header_fields import put_pairs
from pledgecard.extract.sections.outreach import category_of
from pledgecard.extract.sections.outreach_log import from_event_lines, from_event_rows, is_channel_cell

from conftest import make_table


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


TWO_MEETINGS = [
    "일자 구분 주요내용 횟수 참석인원",
    "2025. 2. 7. 주민간담회 마을 순회 간담회 1회 40명",
    "2025. 4. 1. 주민설명회 사업 설명회 개최 2회 60명",
    "2025. 6. 18. 주민간담회 상인회 간담회 1회 25명",
    "2025. 7. 23. 주민설명회 주민설명회 개최 1회 60명",
    "2025. 8. 11. 언론보도 보도자료 배포 2회 -",
    "합계 7회 185명",
]

WORKS = [
    ["일자", "구분", "사업내용", "건수"],
    ["2025. 2. 7.", "보도 정비", "중앙로 보도블록 교체", "2건"],
    ["2025. 4. 1.", "보도 신설", "학교 앞 보도 설치", "1건"],
    ["2025. 6. 18.", "보도 정비", "시장길 보도 턱 낮춤", "1건"],
    ["합계", "", "", "4건"],
]

EVENTS = [
    ["일자", "구분", "내용", "횟수"],
    ["2025. 2. 7.", "주민설명회", "사업 설명회 개최", "1회"],
    ["2025. 4. 1.", "전문가 자문", "자문위원회 회의", "2회"],
    ["2025. 6. 18.", "주민설명회", "현장 설명회", "1회"],
    ["합계", "", "", "4회"],
]

ACHIEVEMENTS = [
    "ㅇ 지원센터 조성 실시설계 용역 완료 : '25. 5. 16.",
    "ㅇ 이차전지 규제자유특구 지정 신청 : 2025.8월중",
]

TAKEN = {"overview", "funding"}


def _items(got: dict | None) -> list[tuple[str, str, int | None]] | None:
    return None if got is None else [(x["label"], x["category"], x["count"]) for x in got["items"]]


def test_two_channels_of_one_category_keep_their_own_counts() -> None:
    """c1: 주민간담회 1+1 and 주민설명회 2+1 are two items (before: one item 주민간담회 5)."""
    got = from_event_lines(_lines(TWO_MEETINGS), category_of)
    assert got is not None and got["total"] == 7
    assert _items(got) == [
        ("주민간담회", "meetings", 2),
        ("주민설명회", "meetings", 3),
        ("언론보도", "media", 2),
    ]


def test_the_same_log_as_a_table_reads_the_same_items() -> None:
    """The table reader (from_event_rows) and the line reader agree on the same log."""
    grid = [
        ["일자", "구분", "주요내용", "횟수", "참석인원"],
        ["2025. 2. 7.", "주민간담회", "마을 순회 간담회", "1회", "40명"],
        ["2025. 4. 1.", "주민설명회", "사업 설명회 개최", "2회", "60명"],
        ["2025. 6. 18.", "주민간담회", "상인회 간담회", "1회", "25명"],
        ["2025. 7. 23.", "주민설명회", "주민설명회 개최", "1회", "60명"],
        ["2025. 8. 11.", "언론보도", "보도자료 배포", "2회", "-"],
        ["합계", "", "", "7회", "185명"],
    ]
    assert _items(from_event_rows(grid, category_of)) == _items(
        from_event_lines(_lines(TWO_MEETINGS), category_of)
    )


def test_a_channel_label_is_the_whole_printed_cell() -> None:
    """c7: ``언론, 방송`` (was ``언론,``) and ``민간전문가 자문`` (was ``민간전문가``); the event's words after the cell
    are not the label (``자문위원회``, ``전문가``)."""
    rows = [
        "2025. 2. 7. 언론, 방송 보도자료 배포 3회 -",
        "2025. 3. 9. 민간전문가 자문 전문가 회의 1회 12명",
        "2025. 4. 1. 민간전문가 자문 자문위원회 회의 2회 20명",
        "합계 6회 32명",
    ]
    assert _items(from_event_lines(_lines(rows), category_of)) == [
        ("언론, 방송", "media", 3),
        ("민간전문가 자문", "experts", 3),
    ]


def test_a_channel_cell_is_a_channel_not_a_channel_word_inside_another_noun() -> None:
    """The 구분 cell's head (its last word) names the channel; 보도 정비 is works on a sidewalk."""
    assert is_channel_cell("주민간담회", category_of)
    assert is_channel_cell("민간전문가 자문", category_of)
    assert is_channel_cell("언론, 방송", category_of)
    assert not is_channel_cell("보도 정비", category_of)
    assert not is_channel_cell("보도 신설", category_of)


def test_a_dated_table_of_works_is_no_outreach() -> None:
    """c3: a side table of works (보도 정비, 건) under an unknown heading: no outreach (before: media 보도 4)."""
    assert from_event_rows(WORKS, category_of) is None
    assert kind_by_content([make_table(WORKS)], taken=TAKEN, as_of="2025-09-30", after=[]) != "outreach"


def test_a_dated_log_of_works_printed_a_row_a_line_names_no_outreach() -> None:
    """c2 (text dump): the works' lines (건, a channel's word as the first word of the 구분 cell) under an unknown
    heading are not the outreach (before: outreach media 보도 4); the same log in 회 is."""
    lines = [" ".join(r) for r in WORKS]
    assert kind_by_content(_lines(lines), taken=TAKEN, as_of="2025-09-30", after=[]) != "outreach"
    events = [" ".join(c for c in r if c) for r in EVENTS]
    assert kind_by_content(_lines(events), taken=TAKEN, as_of="2025-09-30", after=[]) == "outreach"


def test_an_event_table_beside_dated_achievements_is_a_side_table() -> None:
    """c5 events: the section's dated lines are its main content: it stays the achievements (before: outreach,
    the lines lost); the event table alone is the outreach."""
    table = make_table(EVENTS)
    assert kind_by_content([table], taken=TAKEN, as_of="2025-09-30", after=[]) == "outreach"
    beside = [*_lines(ACHIEVEMENTS), table]
    assert kind_by_content(beside, taken=TAKEN, as_of="2025-09-30", after=[]) == "achievements"


def _header_lines(calls: list[list[tuple[str, str]]]) -> tuple[dict[str, Any], list[Any]]:
    """The header's pairs put line by line (a put_pairs call a line), as read_header puts them."""
    header: dict[str, Any] = dict.fromkeys(HEADER_FIELDS)
    rest: list[Any] = []
    prov: dict[Loc, Any] = {}
    for pairs in calls:
        put_pairs(header, prov, rest, [(f, v, Source()) for f, v in pairs])
    return header, rest


def test_the_cards_own_number_on_a_later_line_wins_over_the_upper_one() -> None:
    """c4 a / b: ``도 공약번호 도-2-46`` on one line, ``시 공약번호 Ⅶ-22`` on a later one: the card's own number (before:
    도-2-46); the province's number a line of the rest."""
    header, rest = _header_lines(
        [[("mgmt_no_upper", "도-2-46")], [("title", "탄소중립"), ("mgmt_no", "Ⅶ-22")]]
    )
    assert header["mgmt_no"] == "Ⅶ-22" and header["title"] == "탄소중립"
    assert any("도-2-46" in ln.text for ln in rest)
    # the own number first, the upper one later: the own number kept
    header, _ = _header_lines([[("mgmt_no", "Ⅶ-22")], [("mgmt_no_upper", "도-2-46")]])
    assert header["mgmt_no"] == "Ⅶ-22"
    # a province's own card (its number under the province's label alone): still the mgmt_no
    header, _ = _header_lines([[("mgmt_no_upper", "3-12")], [("title", "탄소중립")]])
    assert header["mgmt_no"] == "3-12"


NADEUL_TXT = (
    Path(__file__).resolve().parent.parent / "samples/families/nadeul-county/nadeul-county-113002-txt.txt"
)


@pytest.mark.parametrize("label", ["관리번호", "도 공약번호"])
def test_a_provinces_number_printed_apart_from_its_lone_label(tmp_path: Path, label: str) -> None:
    """c6: the header's number printed before the title, its lone label after the first heading: read as the
    card's number under the province's label as under 관리번호 (before: null under 도 공약번호)."""
    text = NADEUL_TXT.read_text(encoding="utf-8")
    text = text.replace("관리번호 공약명 추진상황\n\n1-7 나들군", "공약명 추진상황\n\n나들군")
    text = "3-12\n\n" + text.lstrip("\n")
    text = text.replace("■ Ⅰ) 사업개요\n", f"{label}\n\n■ Ⅰ) 사업개요\n", 1)
    path = tmp_path / "apart.txt"
    path.write_text(text, encoding="utf-8")
    [got] = extract_file(path)
    assert got["header"]["mgmt_no"] == "3-12"
