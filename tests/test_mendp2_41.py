"""Session 41 (helper mendp2): mends of the review of h-pdfminer's achievement_blocks_home
(extract/sections/achievement_blocks_before.py).

The rule moved ANY dated bulleted block closing the section before the achievements into them, on every format: an
overview's schedule (``◎ 세부 추진일정 ('25. 6. 기준)`` / ``- 체험관 착공 : 2025. 9.``, also ``-``-led), a funding
section's notes (``◎ 국비 확보 현황 ('25. 6. 기준)``) and a goals block (``◎ 목표 달성 현황 ...``) became achievements,
the section before lost them and the card's as_of silently became 2025-06 (card_id changed), no finding. Now the
block moves only where the dump proves it printed apart from its heading: the achievements open with no dated block
head of their own, the run's head is led by a real glyph (not ``-``/``·``/``*``) and its name is the reporting point
alone or names the achievements (the vocabulary's achievement group words).

Measured (review inputs /tmp/rev-pdfminer c1/c2, plain text cards): as_of 2025-06 -> 2024-Q4 on all 4, achievements
5 -> 2 (the card's own), the overview keeps its schedule; the pdf2txt lifts the rule was built for are kept:
dasom-district 13, sanha-county 12, moa-city 88001 (tests/test_pdfminer_41.py, unchanged scores). Over the review's
271 pdf2txt dumps (seeds 14 / 15) the old and the narrowed rule move the same run in the same 5 cards (crossbreed 32,
dasom-district 14 / 15, garam-metro 15, sup-district 15: as_of right on all 5); neither moves anything in its 238 plain
text cards nor its 98 pdftotext -raw dumps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.achievement_blocks_before import achievement_blocks_home

_GLYPHS = "·-*◎○□"


def _line(k: int, text: str) -> Line:
    marker, text = (text[0], text[2:]) if text[:1] in _GLYPHS and text[1:2] == " " else (None, text)
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=k + 1))


@dataclass
class _Sec:
    name: str | None
    heading: str | None
    items: list[Item] = field(default_factory=list)


def _secs(name: str, before: list[str], after: list[str]) -> list[_Sec]:
    return [
        _Sec(name, "가. 앞", [_line(k, t) for k, t in enumerate(before)]),
        _Sec("achievements", "나. 추진실적", [_line(100 + k, t) for k, t in enumerate(after)]),
    ]


_OWN = ["◎ 2024년 4분기 현재", "· 해양레저 용역 완료 : 2024. 1.", "· 박람회 참가 : 2024년 3월"]
_SCHEDULE = ["◎ 세부 추진일정 ('25. 6. 기준)", "- 체험관 착공 : 2025. 9.", "- 체험관 준공 : 2026. 6."]
_DASHED = ["- 추진일정 ('25. 6. 기준)", "· 체험관 착공 : 2025. 9.", "· 체험관 준공 : 2026. 6."]
_FUNDING_NOTE = [
    "◎ 국비 확보 현황 ('25. 6. 기준)",
    "- 1차 공모 선정 : 2025. 3.",
    "- 2차 교부 결정 : 2025. 6.",
]
_GOALS = [
    "◎ 목표 달성 현황 ('25. 6. 기준)",
    "- 체험관 5개소 조성 : 2024. 12.",
    "- 체험관 10개소 조성 : 2025. 12.",
]


def test_a_dated_block_of_the_section_before_stays_when_the_achievements_open_their_own() -> None:
    """Review c1/c2: each block moved into the achievements (as_of 2025-06) before; now stays where printed."""
    for name, block in [
        ("overview", _SCHEDULE),
        ("overview", _DASHED),
        ("funding", _FUNDING_NOTE),
        ("goals", _GOALS),
    ]:
        secs = _secs(name, ["· 주요내용", *block], _OWN)
        achievement_blocks_home(secs)
        assert len(secs[0].items) == 1 + len(block), block
        assert len(secs[1].items) == len(_OWN), block


def test_a_block_not_naming_the_achievements_stays_even_when_they_open_without_a_head() -> None:
    """The same blocks before achievements that open with bare items: a titled block of another kind (a schedule,
    a note, targets) or a dash-led head is not theirs (moved before)."""
    for name, block in [
        ("overview", _SCHEDULE),
        ("overview", _DASHED),
        ("funding", _FUNDING_NOTE),
        ("goals", _GOALS),
    ]:
        secs = _secs(name, ["· 주요내용", *block], _OWN[1:])
        achievement_blocks_home(secs)
        assert len(secs[0].items) == 1 + len(block), block


def test_the_achievements_block_printed_above_its_heading_still_moves() -> None:
    """The pdf2txt shape (dasom-district 13): a bare reporting point heads the run, the achievements continue with
    its items; and a head naming the achievements (sanha-county 12)."""
    for head in ["◎ 2024년 2분기 현재", "○ 기 추진실적 ('24. 3/4분기 기준)"]:
        block = [
            head,
            "· 주요 추진실적",
            "- 현장 건의 8건 검토 : 2024. 6월",
            "- 투자협약 체결 : '24. 5 ~ '24. 6.",
        ]
        secs = _secs("funding", ["계", *block], ["- 업무협약 체결 : '24년 상반기"])
        achievement_blocks_home(secs)
        assert len(secs[0].items) == 1, head
        assert [it.text for it in secs[1].items][0] == head[2:]
        assert len(secs[1].items) == len(block) + 1


_HEAD = """다솜광역시 해솔구청장 공약사업 관리카드

공약명 사계절 해양레저 축제 육성 관리번호 Ⅵ-4

추진부서 관광진흥과

가. 사업개요

· 사업기간 : 2023.1.~2026.6.

· 주요내용

- 해솔구 내 체험관 10개소 조성

"""
_ACH = """추진실적

◎ 2024년 4분기 현재

· 해양레저 용역 완료 : 2024. 1.

· 국제 해양레저 박람회 참가 : 2024년 3월

"""
_FUND = """다. 재원투자

(단위 : 백만원)

구분 연도별 투자 실적 및 계획 계

2024 2025 2026 임기 후

계 21,042 7,409 7,517 10,931 46,899

국비 21,042 7,409 7,517 10,931 46,899

"""


def test_an_overview_schedule_before_the_achievements_read_as_the_overview(tmp_path: Path) -> None:
    """Review c2 (plain text card): as_of 2025-06, 4 achievements, overview without its schedule before ->
    as_of 2024-Q4, the card's 2 achievements, the schedule in the overview."""
    for k, sched in enumerate(
        [
            "◎ 세부 추진일정 ('25. 6. 기준)\n\n- 체험관 착공 : 2025. 9.\n\n- 체험관 준공 : 2026. 6.\n\n",
            "- 추진일정 ('25. 6. 기준)\n\n· 체험관 착공 : 2025. 9.\n\n· 체험관 준공 : 2026. 6.\n\n",
        ]
    ):
        p = tmp_path / f"c2_{k}.txt"
        p.write_text(_HEAD + sched + "나. " + _ACH + _FUND, encoding="utf-8")
        (rec,) = extract_file(p)
        assert rec["as_of"]["label"] == "2024-Q4"
        assert [a["text"] for a in rec["achievements"]] == ["해양레저 용역 완료", "국제 해양레저 박람회 참가"]
        assert "체험관 착공 : 2025. 9." in rec["overview"]["contents"]


def test_funding_notes_and_goals_before_the_achievements_keep_the_cards_as_of(tmp_path: Path) -> None:
    """Review c1 (plain text card): as_of 2025-06 and the notes / targets as achievements before -> as_of 2024-Q4,
    the card's 2 achievements."""
    head = _HEAD.split("· 주요내용")[0]
    cards = {
        "goals": head
        + _FUND
        + "다. 연차별 목표\n\n◎ 목표 달성 현황 ('25. 6. 기준)\n\n- 체험관 5개소 조성 : 2024. 12.\n\n"
        + "- 체험관 10개소 조성 : 2025. 12.\n\n라. "
        + _ACH,
        "funding": head
        + _FUND
        + "◎ 국비 확보 현황 ('25. 6. 기준)\n\n- 1차 공모 선정 : 2025. 3.\n\n- 2차 교부 결정 : 2025. 6.\n\n다. "
        + _ACH,
    }
    for name, text in cards.items():
        p = tmp_path / f"c1_{name}.txt"
        p.write_text(text, encoding="utf-8")
        (rec,) = extract_file(p)
        assert rec["as_of"]["label"] == "2024-Q4", name
        assert [a["text"] for a in rec["achievements"]] == [
            "해양레저 용역 완료",
            "국제 해양레저 박람회 참가",
        ], name
