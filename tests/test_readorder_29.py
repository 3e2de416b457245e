"""Layout-less dumps (poppler's ``pdftotext`` default mode, pdfminer's ``pdf2txt``) of a card whose sections'
labels are drawn turned beside their rows and kept whole with them (binnae-city): the dump prints values before
their labels, the card's title after the header's values, a section's label after the next page's labels and its
first block amid another section. Each structure read from a small dump, then binnae's cards dumped by the real
converters and scored.

- a header printed a cell a line whose first value comes before its label (``35`` / ``작성기준일`` / ...): the card
  starts at the first label line above 공약명, its value lines walked over with it (extract/header_lines_above.py);
- a stack of headings whose numbers skip (``▩ 5. 시민 소통`` / ``▩ 3. 추진실적``): the text after it goes to the
  stack's section it reads as (extract/heading_stacks.py);
- the achievements' first block printed at the end of the section numbered right before theirs, other sections
  printed between (extract/sections/blocks_apart.py);
- a turned label printed backward a character a line right after a table's lone cells (``1`` / ``2``): joined from
  its longest tail that spells a label (extract/readers/text_turned_labels.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.card_split import split_cards
from pledgecard.extract.document import Source
from pledgecard.extract.heading_stacks import stacked_headings
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_turned_labels import join_turned_labels
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import make_line, shared_tools

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _numbered(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=2 * n, line_end=2 * n))
        for n, t in enumerate(texts, 1)
    ]


ACHIEVED = [
    make_line("기 추진실적 ≪'24년 제2분기 누계≫", "▥"),
    make_line("조성 실시설계 용역 완료 : '24.2.17(토)", "◆"),
    make_line("참여 주민 37명", "⇒"),
    make_line("전문가 자문회의 개최 : '24.8.19(월)", "◆"),
]


def _at(line: int) -> Source:
    return Source(line_start=line, line_end=line)


def test_a_header_whose_first_value_prints_before_its_label_starts_at_its_first_label_line() -> None:
    items = _numbered(
        "35",
        "작성기준일",
        "'24년 제3분기 현재",
        "공약명",
        "도시숲 선도도시 조성",
        "주관부서",
        "탄소중립담당관",
        "▩ 1. 사업개요",
        "관리번호",
        "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    )
    cards = split_cards(items)
    assert len(cards) == 1 and [it.text for it in cards[0][:3]] == [
        "작성기준일",
        "'24년 제3분기 현재",
        "공약명",
    ]
    # label lines alone (no value lines) are walked over as before
    cards = split_cards(
        _numbered("작성기준일 '24년 제3분기 현재", "주관부서 탄소중립담당관", "공약명 도시숲 선도도시 조성")
    )
    assert [it.text for it in cards[0]][0] == "작성기준일 '24년 제3분기 현재"


def test_a_stack_whose_numbers_skip_gives_its_text_to_the_section_it_reads_as() -> None:
    outreach = Section(name="outreach", heading="5. 시민 소통", at=_at(256))
    ach = Section(name="achievements", heading="3. 추진실적", items=list(ACHIEVED), at=_at(258))
    stacked_headings([Section(name=None, heading=None), outreach, ach])
    assert outreach.items == [] and [it.marker for it in ach.items] == ["▥", "◆", "⇒", "◆"]


def test_a_stack_numbered_one_by_one_gives_its_text_to_the_highest() -> None:
    ach = Section(name="achievements", heading="3. 추진실적", at=_at(10))
    funding = Section(name="funding", heading="2. 재원 투자계획", at=_at(12))
    overview = Section(name="overview", heading="1. 사업개요", items=list(ACHIEVED), at=_at(14))
    stacked_headings([Section(name=None, heading=None), ach, funding, overview])
    assert len(ach.items) == 4 and funding.items == [] and overview.items == []
    # a skipping stack whose text reads as none of its sections: the highest, as before
    goals = Section(name="goals", heading="4. 성과목표", at=_at(20))
    funding = Section(
        name="funding", heading="2. 재원 투자계획", items=[make_line("구분"), make_line("국비")], at=_at(22)
    )
    stacked_headings([Section(name=None, heading=None), goals, funding])
    assert [it.text for it in goals.items] == ["구분", "국비"] and funding.items == []


def test_the_achievements_first_block_goes_back_from_the_section_numbered_before_them() -> None:
    funding = Section(
        name="funding",
        heading="2. 재원 투자계획",
        items=[make_line("계 51,449 677"), *ACHIEVED[:3], make_line("2023")],
    )
    goals = Section(name="goals", heading="4. 성과목표", items=[make_line("달성률")])
    outreach = Section(name="outreach", heading="5. 시민 소통")
    ach = Section(name="achievements", heading="3. 추진실적", items=[make_line("세부 추진실적", "◆")])
    achievements_printed_before([Section(name=None, heading=None), funding, goals, outreach, ach])
    assert [it.text for it in funding.items] == ["계 51,449 677"] and [it.text for it in goals.items] == [
        "달성률"
    ]
    assert [it.marker for it in ach.items] == ["▥", "◆", "⇒", None, "◆"]
    # sections of another numbering style are no section numbered before
    funding = Section(
        name="funding",
        heading="나. 재원 투자계획",
        items=[make_line("국비 1"), *ACHIEVED[:3], make_line("-")],
    )
    ach = Section(name="achievements", heading="3. 추진실적")
    achievements_printed_before([Section(name=None, heading=None), funding, goals, outreach, ach])
    assert len(funding.items) == 5 and ach.items == []


def test_a_turned_label_after_a_tables_lone_cells_is_joined_from_its_tail() -> None:
    texts = ["연번", "1", "", "2", "", "적", "실", "진", "추", "", ".", "3", "▩", "분야"]
    out = [
        ln.text for ln in join_turned_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if ln.text
    ]
    assert out == ["연번", "1", "2", "▩ 3. 추진실적", "분야"]
    # lone cells that spell no label with any tail stay as printed
    plain = ["1", "2", "가", "-", "3"]
    assert [
        ln.text for ln in join_turned_labels([to_tline(k + 1, 1, t) for k, t in enumerate(plain)])
    ] == plain


def _dumped(kind: str, src: Path, out: Path) -> Path:
    """``src`` dumped by pdftotext's default mode or pdf2txt's defaults (in process, as ``pdf2txt.py``)."""
    if kind == "pdf2txt":
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
    else:
        exe = shutil.which("pdftotext")
        assert exe is not None, "pdftotext (poppler-utils) is a test requirement"
        subprocess.run(
            [exe, "-enc", "UTF-8", str(src), str(out)], check=True, capture_output=True, timeout=120
        )
    return out


# binnae-city 67005's PDF with its rows kept whole beside their turned labels, by dump: before these readers
# 0.093 (pdftotext) and 0.088 (pdf2txt), every achievement lost; measured 0.672 and 0.539
PINS = {"pdftotext": 0.66, "pdf2txt": 0.53}


@pytest.mark.parametrize("kind", sorted(PINS))
def test_binnae_cards_dumped_without_layout_keep_their_achievements(kind: str, tmp_path: Path) -> None:
    sc, wf = shared_tools()
    src = FAMILIES / "binnae-city" / "binnae-city-67005-pdf.pdf"
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    (rec,) = extract_file(_dumped(kind, src, tmp_path / f"{src.stem}-{kind}.txt"))
    tally = sc.score_record(exp, rec)
    assert [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] == []
    assert wrong_goal_figures(exp, rec) == []
    assert rec["as_of"] is not None and rec["as_of"]["label"] == exp["as_of"]["label"]
    got = {a["text"]: (a["group_as_of"] or {}).get("label") for a in rec["achievements"]}
    assert len(got) >= len(exp["achievements"]) - 2
    assert all(
        got.get(a["text"]) == (a["group_as_of"] or {}).get("label")
        for a in exp["achievements"]
        if a["text"] in got
    )
    assert tally.score() >= PINS[kind]
