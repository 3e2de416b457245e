"""Session 32's outreach and header classes (helper outhead), on small txt cards in tests/fixtures/outhead_32/:

- an outreach channel printed with a count of people only (``경로당 간담회(120명)``, ``주민설명회 : 참석 85명``): it was
  skipped (or the whole list of counts dropped) with no finding; it is read with its count null (a count of people is
  no count of times held), the printed count as its note, and ``extract.times_unprinted`` (outreach_people);
- the counts printed on the outreach heading's line (``구민소통 실적 : 주민간담회 2회, …``) were lost when a note line
  (``※ …``) stood under the heading: only notes under it, the heading's remark is read (outreach_people.only_notes);
- a cover memo's attachment line (``붙임  … 공약사업 관리카드 1부.  끝.``) was read as the kind of a card printing no title
  line: it is no card's title (cover_memo);
- a status cell wrapped at its bracket (``정상추진`` / ``(일부지연)``) lost the bracket to ``unparsed``: the bracket line
  joins the status where the whole reads as one status qualified by its bracket (header_status_bracket).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pledgecard.extract.cover_memo import is_cover_memo
from pledgecard.extract.document import Source
from pledgecard.extract.labels import is_title
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_status_bracket import status_with_bracket
from pledgecard.extract.sections.outreach_sentences import from_sentences
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

from conftest import shared_tools

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "outhead_32"
CARDS = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", CARDS)
def test_outhead_cards_read_whole_with_no_wrong_figure(name: str) -> None:
    sc, wf = shared_tools()
    res = process_file(FIXTURES / f"{name}.txt")
    expected = load_records(FIXTURES / f"{name}.expected.json")
    assert res.status == "ok" and len(res.records) == len(expected) == 1
    tally = sc.Tally()
    sc.score_record(expected[0], res.records[0], tally)
    wrong = [(n, e, g) for _, n, e, g in wf.figures(expected[0], res.records[0]) if g is not None and g != e]
    assert (round(tally.score(), 3), wrong) == (1.0, [])


def _findings(name: str) -> list[dict]:
    res = process_file(FIXTURES / f"{name}.txt")
    return [f for p in res.provenance for f in p.get("findings", [])]


def test_people_only_channels_are_null_with_a_finding() -> None:
    res = process_file(FIXTURES / "people-counts.txt")
    items = res.records[0]["outreach"]["items"]
    assert [(i["label"], i["count"], i["note"]) for i in items] == [
        ("경로당 간담회", None, "120명"),
        ("주민설명회", None, "참석 85명"),
        ("전문가 자문", 2, None),
        ("언론 홍보", 3, None),
    ]
    assert res.records[0]["outreach"]["total"] is None  # no total printed, none made of the counts read
    told = [f for f in _findings("people-counts") if f["code"] == "extract.times_unprinted"]
    assert [(f["location"], f["observed"]["printed"], f["severity"]) for f in told] == [
        ("outreach.items[0]", "120명", "warning"),
        ("outreach.items[1]", "참석 85명", "warning"),
    ]


def _line(text: str, marker: str | None = "◦") -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=1, line_end=1))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("경로당 간담회(120명)", [("경로당 간담회", None, "120명")]),
        ("간담회(참석 120명)", [("간담회", None, "참석 120명")]),
        ("주민설명회 : 참석 85명", [("주민설명회", None, "참석 85명")]),
        ("주민설명회(3회)", [("주민설명회", 3, None)]),  # times held: a count
        ("주민설명회 3회(참석 120명)", [("주민설명회", 3, "참석 120명")]),  # times held, people its note
        ("참여인원(120명)", None),  # words naming no channel: nothing read
    ],
)
def test_people_only_shape(text: str, want: list[tuple[str, int | None, str | None]] | None) -> None:
    got = from_sentences([_line(text)])
    assert ([(i["label"], i["count"], i["note"]) for i in got["items"]] if got else None) == want


def test_held_counts_keep_their_people_as_a_note() -> None:
    got = from_sentences([_line("주민설명회 3회(참석 120명), 전문가 자문 2회")])
    assert got is not None
    assert [(i["label"], i["count"], i["note"]) for i in got["items"]] == [
        ("주민설명회", 3, "참석 120명"),
        ("전문가 자문", 2, None),
    ]


def test_heading_counts_read_over_a_note_line() -> None:
    res = process_file(FIXTURES / "heading-note.txt")
    out = res.records[0]["outreach"]
    assert (out["total"], [(i["category"], i["count"]) for i in out["items"]]) == (
        7,
        [("meetings", 2), ("experts", 1), ("media", 4)],
    )
    assert [u["text"] for u in res.records[0]["unparsed"]] == ["분기별 누계 기준"]  # the note, left as it is


@pytest.mark.parametrize(
    ("text", "memo"),
    [
        ("붙임  청년농업 창업 지원 확대 공약사업 관리카드 1부.  끝.", True),
        ("붙임 : 공약사업 관리카드 1부. 끝.", True),
        ("□ 붙임 구청장 공약사업 관리카드 2부", True),
        ("붙임 1. 공약사업 관리카드 끝.", True),
        ("구청장 공약사업 관리카드", False),
        ("붙임 공약사업 관리카드", False),  # no copies, no end word: not told a memo's
    ],
)
def test_cover_memo_line_is_no_title(text: str, memo: bool) -> None:
    assert is_cover_memo(text) is memo
    assert is_title(text) is not memo


def test_card_under_a_cover_memo_prints_no_kind() -> None:
    rec = process_file(FIXTURES / "cover-memo.txt").records[0]
    assert (rec["header"]["kind"], rec["header"]["title"]) == (None, "청년농업 창업 지원 확대")


@pytest.mark.parametrize(
    ("status", "line", "whole"),
    [
        ("정상추진", "(일부지연)", "정상추진(일부지연)"),
        ("추진중", "（지연）", "추진중（지연）"),
        ("정상추진(일부지연)", "(보완)", None),  # a bracket of its own already
        ("사업 추진", "(일부지연)", None),  # no status word
        ("정상추진", "(일부지연) 예정", None),  # more than one bracket on the line
        ("정상추진", "(a(b))", None),
    ],
)
def test_status_bracket_shape(status: str, line: str, whole: str | None) -> None:
    assert status_with_bracket(status, line) == whole


def test_wrapped_status_bracket_kept_whole() -> None:
    rec = process_file(FIXTURES / "status-wrapped.txt").records[0]
    assert (rec["header"]["status"], rec["header"]["status_code"], rec["unparsed"]) == (
        "정상추진(일부지연)",
        "ongoing_delayed",
        [],
    )
    assert not re.search(r"\(", rec["header"]["target"] or "")
