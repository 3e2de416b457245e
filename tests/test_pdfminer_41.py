"""Session 41 (helper pdfminer): pdfminer.six's ``pdf2txt`` dumps of every family's PDF cards (the committed ones
and seeds 12 / 13 through conftest.family_card), scored by the shared scorer and the wrong-figure counter.

Measured over 360 pdf2txt dumps (LAParams defaults): the 188 committed PDF cards of the 89 families and the corpus, and
seeds 12 and 13 of every family whose card renders as one record (172): mean 0.729 -> 0.731; the committed families'
mean (as PDF2TXT_FLOORS scores them) 0.759 -> 0.760, worst family sora-city 0.106 -> 0.106 (its labels are not in the
dump's text), worst file sora-city 20004 0.031 -> 0.031; wrong figures 0 -> 0 (shared counter and year-aware goal
check). Lifted: dasom-district 13 0.389 -> 0.891, sanha-county 12 0.163 -> 0.449, moa-city 88001 0.711 -> 0.839
(moa-city's floor 0.66 -> 0.75).

1. A funding table's head printed above the funding section's heading, at the tail of the section before (the
   heading centred in a label column left of its table, lower than the table's top: pdf2txt prints the table's
   head boxes first): the head was read as the overview's contents, the rows under the heading went unread, their
   head lost. The run of funding head cells closing the section before (a money unit line, the corner word, two
   period heads or more, a spanning head naming the funding section; nothing after it there) is moved to the start
   of a funding section that opens with a row's label and prints no period head before its first amount
   (extract/sections/funding_head_before.py; dasom-district 13 pdf2txt 0.389 -> 0.573, money 4/40 -> 40/40, 0 wrong).

2. The achievements' first block printed above the achievements heading, at the tail of the section before (the
   same label column: ``◎ 2024년 2분기 현재`` / ``· 주요 추진실적`` / ``- ... : 2024. 6월`` / ... then ``다. 추진실적``):
   the block head (the card's reporting point) and its items were read as the funding section's tail and lost. A
   glyph-led dated block head, the last of the section before, followed to that section's end by two bulleted lines
   or more, one of them an item ending with its date, is moved to the start of the achievements
   (extract/sections/achievement_blocks_before.py; dasom-district 13 pdf2txt 0.573 -> 0.891, as_of read, 0 wrong).
   The block opens at the first dated head of the bulleted lines closing that section (several blocks move
   together), and the section before may be the header's region, with headings stacked between it and the
   achievements' with nothing under them (sanha-county 12 pdf2txt: its labels set a syllable a line, printed
   after the text beside them, ``사 / 업 / 개 / 요 / 추 / 진 / 실 / 적``: the achievements' two blocks read in the
   header's region, lost): 0.163 -> 0.449, 0 wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.achievement_blocks_before import achievement_blocks_home
from pledgecard.extract.sections.funding_head_before import funding_head_home

from conftest import family_card, pdftotext_scored


def _line(k: int, text: str) -> Line:
    marker, text = (text[0], text[2:]) if text[:1] in "·-*◎" and text[1:2] == " " else (None, text)
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=k + 1))


@dataclass
class _Sec:
    name: str | None
    heading: str | None
    items: list[Item] = field(default_factory=list)


def _sections(overview: list[str], funding: list[str]) -> list[_Sec]:
    return [
        _Sec("overview", "가. 사업개요", [_line(k, t) for k, t in enumerate(overview)]),
        _Sec("funding", "나. 재원투자", [_line(100 + k, t) for k, t in enumerate(funding)]),
    ]


_OVERVIEW = ["· 주요내용", "- 체험관 20개소 조성", "* 국비 공모사업 선정 시 사업비 변동 가능"]
_HEAD = ["(단위 : 백만원)", "구분", "연도별 투자 실적 및 계획", "계", "2022", "2023", "2024 임기 후"]
_ROWS = ["계", "11,627 10,866 16,376 38,869", "국비", "7,355", "4,901", "728", "12,984"]


def _texts(sec: _Sec) -> list[str]:
    return [it.text for it in sec.items if isinstance(it, Line)]


def test_a_funding_head_printed_above_its_heading_opens_the_funding_section() -> None:
    secs = _sections(_OVERVIEW + _HEAD, _ROWS)
    funding_head_home(secs)
    assert _texts(secs[0]) == [t.lstrip("·-* ") for t in _OVERVIEW]
    assert _texts(secs[1]) == _HEAD + _ROWS


def test_a_head_not_proven_the_funding_tables_stays_where_printed() -> None:
    # the funding section prints a head of its own before its first amount: the overview's run is no head of it
    secs = _sections(_OVERVIEW + _HEAD, ["구분", "2022", "2023", *_ROWS])
    funding_head_home(secs)
    assert _texts(secs[0])[-len(_HEAD) :] == _HEAD
    # a line after the run in the section before (the run is not its tail)
    secs = _sections([*_OVERVIEW, *_HEAD, "- 운영 프로그램 개발"], _ROWS)
    funding_head_home(secs)
    assert len(secs[0].items) == len(_OVERVIEW) + len(_HEAD) + 1 and _texts(secs[1]) == _ROWS
    # no money unit line in the run, or one period head only
    for head in (_HEAD[1:], ["(단위 : 백만원)", "구분", "계", "2022"]):
        secs = _sections(_OVERVIEW + head, _ROWS)
        funding_head_home(secs)
        assert _texts(secs[1]) == _ROWS
    # the funding section opening with no row label (a bullet line)
    secs = _sections(_OVERVIEW + _HEAD, ["- 연차별 투자", *_ROWS])
    funding_head_home(secs)
    assert _texts(secs[1])[0] == "연차별 투자"


def test_dasom_pdf2txt_funding_head_above_its_heading_read(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "dasom-district", 13, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")
    assert wrong == []
    assert score >= 0.88  # 0.389 before; 0.573 with the funding head alone
    assert rec["as_of"] is not None and rec["as_of"]["label"] == exp["as_of"]["label"]
    assert [a["text"] for a in rec["achievements"]] == [a["text"] for a in exp["achievements"]]
    assert rec["funding"] is not None
    assert [r["amounts_krw"] for r in rec["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
    assert "구분" not in (rec["overview"] or {}).get("contents", [])


_BLOCK = [
    "◎ 2024년 2분기 현재",
    "· 주요 추진실적",
    "- 현장 건의 8건 검토 및 제도 개선 : 2024. 6월",
    "- 기업 투자협약 체결 : '24. 5 ~ '24. 6.",
]


def _ach(before: list[str], after: list[str], name: str = "funding") -> list[_Sec]:
    return [
        _Sec(name, "나. 재원투자", [_line(k, t) for k, t in enumerate(before)]),
        _Sec("achievements", "다. 추진실적", [_line(100 + k, t) for k, t in enumerate(after)]),
    ]


def test_an_achievement_block_printed_above_its_heading_opens_the_achievements() -> None:
    secs = _ach(_ROWS + _BLOCK, ["- 업무협약 체결 : '24년 상반기"])
    achievement_blocks_home(secs)
    assert _texts(secs[0]) == _ROWS
    assert _texts(secs[1]) == [t[2:] for t in _BLOCK] + ["업무협약 체결 : '24년 상반기"]


def test_a_block_not_proven_the_achievements_stays_where_printed() -> None:
    cases = [
        _ROWS + _BLOCK[:2],  # one bulleted line after the head
        _ROWS
        + [_BLOCK[0], "* 국비 공모사업 선정 시 사업비 변동 가능", "* 교부결정 기준"],  # notes, no dated item
        _ROWS + ["2024년 2분기 현재", *_BLOCK[1:]],  # the dated head with no glyph
        _ROWS + [*_BLOCK, "구분"],  # an unbulleted line after the block
    ]
    for before in cases:
        secs = _ach(before, ["- 업무협약 체결 : '24년 상반기"])
        achievement_blocks_home(secs)
        assert len(secs[0].items) == len(before), before
    secs = _ach(_BLOCK, [], name="achievements")  # two achievements sections: nothing moves between them
    secs[1].heading = "라. 세부 추진실적"
    achievement_blocks_home(secs)
    assert len(secs[0].items) == len(_BLOCK)


def test_blocks_in_the_header_region_under_stacked_headings_open_the_achievements() -> None:
    head = ["관리번호", "8", "- 사업기간 : 23.3.~26.2.", "- 주요내용", "· 관광안내센터 10개소 조성"]
    blocks = [
        "○ 기 추진실적 ('24. 3/4분기 기준)",
        "- 체험관 운영",
        "· 기업 투자협약 체결 : 2023. 4.",
        "○ 2024. 12. 31.",
        "- 아카데미 운영(수료생 60명) : 2024. 10.",
    ]
    secs = [
        _Sec(None, None, [_line(k, t) for k, t in enumerate(head + blocks)]),
        _Sec("overview", "사업개요", []),
        _Sec("achievements", "추진실적", [_line(100, "- 참여기업 현황")]),
    ]
    secs[0].items[-5] = Line(text=blocks[0][2:], marker="○", indent=0, source=Source(line_start=6))
    secs[0].items[-2] = Line(text=blocks[3][2:], marker="○", indent=0, source=Source(line_start=9))
    achievement_blocks_home(secs)
    assert _texts(secs[0]) == [t.lstrip("-· ") for t in head]
    assert _texts(secs[2]) == [t[2:] for t in blocks] + ["참여기업 현황"]
    assert secs[1].items == []


def test_sanha_pdf2txt_achievements_above_their_syllable_labels_read(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "sanha-county", 12, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")
    assert wrong == []
    assert score >= 0.44  # 0.163 before
    assert [a["text"] for a in rec["achievements"]] == [a["text"] for a in exp["achievements"]]


def test_moa_pdf2txt_achievement_blocks_above_their_heading_read(tmp_path: Path) -> None:
    src = Path(__file__).parent.parent / "samples" / "families" / "moa-city" / "moa-city-88001-pdf.pdf"
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")
    assert wrong == []
    assert score >= 0.83  # 0.711 before
