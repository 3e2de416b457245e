"""Session 43's fresh ranges: crossbred seeds 9080-9119 drawn from all ninety-five families and mutants 9040-9079
(drawn from the first eighty-one families, as ``conftest.mutant_file`` draws them), each in PDF, HWPX, HWP and the
text dump (320 files nobody had tuned on). The classes fixed:

- an unknown heading behind the glyph of the card's headings whose table was read elsewhere by its content (``ㅁ 군민
  소통 및 참여 실적``, its outreach table placed by content), the next known heading behind that very glyph right under
  it (``ㅁ 향후 추진일정``): the heading holding nothing else, the next heading was taken for its opener and merged
  into it as a line, read as a plan (plans 1 unexpected; crossbred 9082 pdf, hwpx, hwp 0.997). An opener behind the
  glyph of an unnumbered unknown heading is its sibling, unless it prints a figure (a dated block heading of the
  section, ``□ 그간 추진실적 ('23. 4분기 누계)``) (``extract/heading_unknown_sections.sibling_headings``).
- a text dump's numbered heading no vocabulary names behind the glyph of the card's known numbered headings, numbered
  next in their run (``▩ 1. 사업 개요`` ... ``▩ 2. 재원별 예산 확보 및 집행 현황``), twenty characters long: the funding
  table's head row under it joined on as its wrapped rest, the heading lost in the overview and the funding never
  read (money 0.111, no finding; crossbred 9102 txt 0.866). A titled line numbered next in a run of headings behind
  one glyph is a heading, nothing joins onto it (``extract/textjoin_glyph_runs``).
- a picture's caption (``[사진 1] 사업 대상지 현황``, its tag a vocabulary ``picture_tags`` word) under a note of
  the overview: joined onto the note as its wrapped rest (overview.notes wrong text; crossbred 9093 txt 0.994). A
  tagged caption is no line's rest (``extract/textjoin._join``).
- effects printed as a table of kinds (``정량적 효과 | 정성적 효과``) whose row a dump printed on one line, the
  right cell's effect behind a glyph of its own glued to its word (``◯ A ⇨B``): one effect read (text 0.667;
  crossbred 9098 txt 0.989). The row parts before a glyph glued to a word after a space too, never before one
  standing alone or before a figure (``extract/sections/effect_tables._glued_glyph_pieces``).
- a funding table a dump printed a cell a line under its heading, its amounts spaced in thousands groups
  (``1 080 026``, the funding nulled with its findings): read as a funding printing no table, the next section's
  rows (the outreach's channel rows) were moved into it as the table's cells printed after, the outreach lost
  (outreach 0.0; mutant 9050 txt 0.816). A funding section holding four or more lines of figures alone holds its
  table (``extract/sections/funding_apart.figure_cells``).

Measured (``python -m samples.crossbreed --start 9080 --cards 40 --families 95`` and ``python -m samples.mutate
--start 9040 --cards 40 --families 81``, results in /tmp/crossworst3/{before,after,after2}*; mean / worst / wrong
figures), before -> after:
  crossbred pdf  0.9999 / 0.997 / 0 -> 1.0000 / 1.000 / 0  (9082 0.997 -> 1.0)
  crossbred hwpx 0.9999 / 0.997 / 0 -> 1.0000 / 1.000 / 0  (9082)
  crossbred hwp  0.9999 / 0.997 / 0 -> 1.0000 / 1.000 / 0  (9082)
  crossbred txt  0.9788 / 0.824 / 0 -> 0.9826 / 0.824 / 0  (9102 0.866 -> 1.0, 9098 0.989 -> 1.0, 9093 0.994 ->
                                                         1.0, 9085 0.933 -> 0.937; 9095 0.824 the goals class)
  mutant pdf, hwpx, hwp 1.0000 / 1.000 / 0 -> the same
  mutant txt  0.9785 / 0.816 / 0 -> 0.9793 / 0.847 / 0  (9050 0.816 -> 0.847)
Left (seen, not fixed): text-dump goal rows running a project, a worded target and a worded actual together
(crossbred 9085, 9086, 9090, 9095, 9097, 9099, 9101, 9103, 9106, 9107, 9113, 9117; mutants 9042, 9044, 9052, 9055,
9056, 9058, 9059, 9060, 9062, 9064, 9069, 9072, 9077, 9079: the class sessions 41-42 left, no proven cut, left out
with extract.table_unrecovered); goal rows whose target figure may carry words after it (``완료 2.8km 3.9km
에너지자립마을 운영 ...`` beside ``215호 | 215호 공급`` on another card: where the target ends and the 추진내용 opens is
not printed; mutants 9046, 9073, left out with the finding); a struck header status and struck funding amounts
spaced in thousands groups (mutant 9050 txt: nulled with extract.markup_lost / extract.table_unrecovered); a header
status struck beside the status kept (mutant 9073 txt, null with extract.markup_lost).

Narrowed after review (task mendcw3, tests/test_mendcw3_43.py): the effects row parts only before a glyph the
section's own lines open with (an arrow or a unit sign glued to a word cut one effect in two; crossbred 9098 txt
back to 0.989, ⇨ opening no line); the sibling opener must name a section other than achievements (an undated block
heading behind the glyph lost its group); a funding section keeps the next section's lines only where it holds
figure cells of two rows or more (``funding_apart.figure_cell_rows``; one row's cells kept the other rows away).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.heading_unknown_sections import sibling_headings
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_apart import figure_cells, funding_printed_after
from pledgecard.extract.textjoin import join_broken_lines
from samples.crossbreed import run_cross
from samples.families import FAMILIES
from samples.mutate import run_mutant

from conftest import make_line

# the cards fixed, drawn from the first ninety-five families: (seed, format) -> (floor measured, what was read wrong)
PINS = {
    **{
        (9082, fmt): (
            1.0,
            "the next known heading behind the glyph of an unknown heading whose table was read by its content "
            "merged into it as a plan line (0.997)",
        )
        for fmt in ("pdf", "hwpx", "hwp")
    },
    (9082, "txt"): (1.0, "a control: the same card in the text dump"),
    (9102, "txt"): (
        1.0,
        "a numbered heading in the glyph run of the known headings, the funding head row joined onto it (0.866)",
    ),
    (9102, "pdf"): (1.0, "a control: the same card in PDF"),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINS))
def test_crossbred_card_of_the_range_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, _ = PINS[(seed, fmt)]
    (r,) = run_cross(seed, (fmt,), tmp_path, families=FAMILIES[:95])
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"])


def test_an_opener_behind_the_glyph_of_an_unnumbered_heading_is_its_sibling() -> None:
    heading = SimpleNamespace(heading="ㅁ 군민 소통 및 참여 실적")
    # (mendcw3: the opener names a section other than achievements, tests/test_mendcw3_43.py)
    assert sibling_headings(
        heading, SimpleNamespace(opener=make_line("향후 추진일정", marker="ㅁ"), name="plans")
    )
    # a dated block heading behind that glyph is a block of the section, no sibling
    dated = make_line("그간 추진실적 ('23. 4분기 누계)", marker="ㅁ")
    assert not sibling_headings(heading, SimpleNamespace(opener=dated))
    # a bullet of another glyph naming a section: no sibling
    assert not sibling_headings(heading, SimpleNamespace(opener=make_line("향후 추진일정", marker="◦")))


def _join(rows: list[tuple[str, str | None]]) -> list[str]:
    return [
        p.text
        for p in join_broken_lines(
            [
                Paragraph(text=t, marker=m, indent=0, source=Source(line_start=n, line_end=n))
                for n, (t, m) in enumerate(rows, 1)
            ]
        )
    ]


def test_a_heading_numbered_next_behind_the_known_headings_glyph_takes_no_rest() -> None:
    rows = [
        ("1. 사업 개요", "▩"),
        ("사업기간 : 2022.8.~2026.12.", "▶"),
        ("2. 재원별 예산 확보 및 집행 현황", "▩"),
        ("구분 재원 사업비(백만원) 누계(억원)", None),
        ("총사업비 계 30,056", None),
    ]
    got = _join(rows)
    assert "2. 재원별 예산 확보 및 집행 현황" in got
    assert "구분 재원 사업비(백만원) 누계(억원)" in got
    # with no known heading behind the glyph before it, a line of that length still takes its wrapped rest
    alone = _join(
        [rows[1], ("2. 재원별 예산 확보 및 집행 현황", "▩"), ("구분 재원 사업비(백만원) 누계(억원)", None)]
    )
    assert "2. 재원별 예산 확보 및 집행 현황 구분 재원 사업비(백만원) 누계(억원)" in alone


def test_a_caption_under_a_note_is_no_rest_of_it() -> None:
    rows = [
        ("주요내용", "▷"),
        ("마을군 내 지원센터 10개소 조성, 운영 프로그램 개발", "ㆍ"),
        ("국비 공모사업 선정 시 사업비 변동 가능", "*"),
        ("[사진 1] 사업 대상지 현황", None),
    ]
    assert _join(rows)[-2:] == ["국비 공모사업 선정 시 사업비 변동 가능", "[사진 1] 사업 대상지 현황"]


def test_crossbred_caption_card_reads(tmp_path: Path) -> None:
    (r,) = run_cross(9093, ("txt",), tmp_path, families=FAMILIES[:95])
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 1.0, (r["score"], r["misses"])  # the note read with the caption run on (0.994)


def _lines(texts: list[str]) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=k, line_end=k))
        for k, t in enumerate(texts)
    ]


OUTREACH_ROWS = [
    "구 분 횟수 특이사항",
    "주민간담회·공청회 등 2",
    "만족도조사 －",
    "민간전문가 자문 4",
    "기타 1",
    "계 7회",
]


def test_a_funding_holding_its_cells_keeps_the_next_sections_rows_apart() -> None:
    cells = [
        "구 분 연도별 투자 실적 및 계획 계 비고",
        "2019년 2020년 2021년",
        "계",
        "1 080 026",
        "915 045",
        "1,103,902",
    ]
    cells += ["1 242 130", "국 비", "241 761", "125 745", "－", "⟪단위 : 천원⟫"]
    assert figure_cells(_lines(cells)) >= 5
    assert (
        figure_cells(_lines(["2019", "2020", "2021", "2022", "(단위: 천원)"])) == 0
    )  # years alone: head cells
    sections = [
        Section(name="funding", heading="연차별 재원 투자계획", items=_lines(cells)),
        Section(name="outreach", heading="군민 소통 실적", items=_lines(OUTREACH_ROWS)),
    ]
    funding_printed_after(sections)
    assert [it.text for it in sections[1].items] == OUTREACH_ROWS


def test_mutant_with_its_funding_cells_a_line_keeps_its_outreach(tmp_path: Path) -> None:
    (r,) = run_mutant(9050, ("txt",), tmp_path, families=FAMILIES[:81])
    assert r["wrong"] == [], r["wrong"]
    # outreach 0.0 -> read; the struck status and the spaced struck amounts stay null with their findings (0.816)
    assert r["score"] >= 0.84, (r["score"], r["misses"])
    assert not any(m.startswith("outreach") for m in r["misses"]), r["misses"]


def test_a_kinds_row_parts_before_a_glyph_glued_to_its_word() -> None:
    from pledgecard.extract.sections.effect_tables import effect_rows

    items = [
        Line(text="정량적 효과 정성적 효과", marker=None, indent=0, source=Source()),
        Line(
            text="시민 삶의 질 향상 및 생활 만족도 제고 ⇨민관 협력체계 구축을 통한 지속가능한 성장 기반 마련",
            marker="◯",
            indent=0,
            source=Source(),
        ),
        Line(text="물동량 증가(100톤 →150톤) 및 주민 편의 A → B 향상", marker="◯", indent=0, source=Source()),
    ]
    items.append(Line(text="물동량 증가", marker="⇨", indent=0, source=Source()))
    got = [(it.marker, it.text) for it in effect_rows(items)]
    # mendcw3: only before a glyph the section's lines open with (⇨ here; an arrow or unit sign no line opens
    # stays the text's, tests/test_mendcw3_43.py)
    assert got[-1] == ("⇨", "물동량 증가")
    got = got[:-1]
    assert got == [
        ("◯", "시민 삶의 질 향상 및 생활 만족도 제고"),
        ("⇨", "민관 협력체계 구축을 통한 지속가능한 성장 기반 마련"),
        (
            "◯",
            "물동량 증가(100톤 →150톤) 및 주민 편의 A → B 향상",
        ),  # a glyph before a figure or alone: the text's
    ]


def test_crossbred_card_of_two_kinds_of_effects_on_one_line_reads(tmp_path: Path) -> None:
    (r,) = run_cross(9098, ("txt",), tmp_path, families=FAMILIES[:95])
    assert r["wrong"] == [], r["wrong"]
    # mendcw3: ⇨ opens no line of the card, so the row no longer parts before it (an arrow or a unit sign glued
    # to a word cut one effect in two): the two effects read as one again, as the base read them (0.989)
    assert r["score"] >= 0.988, (r["score"], r["misses"])
