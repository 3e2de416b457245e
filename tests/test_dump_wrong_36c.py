"""Session 36 (famdumps3): a line that is only a status word or only a figure is a table's cell, never a section
heading (extract/heading_cell_words.py, used by the bare and unknown heading detection).

Class fixed: a text dump printing a side table a cell a line (연번 / 분야 / 대상시설 / 추진상황 ... ``3`` / ``기업지원`` /
``공유오피스`` / ``완료``), its last row's status cell right over the next block's dated line (``○ 2026. 3. 31.``), read
as a bare heading no vocabulary names (its title short, Hangul, over a bulleted line): its own section, every
achievement after it unparsed. sanha-county 59014 (its eighth seed) HWPX text dump (hwpx-text-extract): 0.665 ->
1.000, 0 wrong; the other seed-8 HWPX / HWP (hwp5html) / pdftotext dumps of every family unchanged.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.bare_headings import bare_sibling_headings
from pledgecard.extract.document import Source
from pledgecard.extract.heading_bare_words import bare_headings
from pledgecard.extract.heading_cell_words import figure_cell, lone_cell
from pledgecard.extract.layout import Line

from conftest import family_card, pdftotext_scored

FLOOR_59014 = 1.0  # measured 1.000 (before: 0.665, 18 achievement lines unparsed under a heading 완료)


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _card(*items: Line) -> list[tuple[int, Line]]:
    return list(enumerate(items))


def test_a_status_word_or_a_figure_alone_is_a_cell() -> None:
    assert (
        lone_cell("완료") and lone_cell("추 진 중") and lone_cell("미착수")
    )  # the vocabulary's status words
    assert lone_cell("1,117,566") and lone_cell("△92,512") and lone_cell("3") and lone_cell("(12)")
    assert figure_cell("1,417,279") and not figure_cell("완료")
    # a title that holds a status word among others, or a year before it, is no lone cell
    assert not lone_cell("완료 사업 현황") and not lone_cell("2026년 완료") and not lone_cell("사업개요")
    assert not lone_cell("") and not lone_cell("-")


def test_a_status_word_over_a_dated_block_is_no_sibling_heading() -> None:
    """Known bare headings over their sections' first lines; the side table's last cell 완료 over the next dated
    block line is shaped like them (bare, short, over a bulleted line) and is still a cell."""
    lines = _card(
        _line("사업개요"),
        _line("사업기간 : 22.7.~27.6.", "-"),
        _line("추진실적"),
        _line("그간 추진실적 ('25. 4/4분기 누계)", "○"),
        _line("연번"),
        _line("분야"),
        _line("추진상황"),
        _line("3"),
        _line("기업지원"),
        _line("완료"),
        _line("2026. 3. 31.", "○"),
        _line("창업 분야", "-"),
        _line("돈이 드는 곳"),
        _line("(단위: 천원)"),
        _line("향후계획"),
        _line("창업 설명회 개최", "-"),
    )
    got = {it.text for k, it in lines if k in bare_sibling_headings(lines, set())}
    assert "돈이 드는 곳" in got  # an unknown title over a unit line: a sibling heading
    assert "완료" not in got
    # the same line with a title's words heads its section
    titled = [(k, _line("창업 공간 조성") if it.text == "완료" else it) for k, it in lines]
    assert "창업 공간 조성" in {it.text for k, it in titled if k in bare_sibling_headings(titled, set())}


def test_bare_titles_with_no_known_heading_skip_a_lone_status_word() -> None:
    lines = _card(
        _line("사업의 주요 골자"),
        _line("사업기간 : 2023.~2026.", ">"),
        _line("돈이 드는 곳"),
        _line("(단위: 만원)"),
        _line("완료"),
        _line("2026. 3. 31.", ">"),
        _line("앞으로의 과제"),
        _line("만족도 조사 실시", ">"),
    )
    got = {it.text for k, it in lines if k in bare_headings(lines)}
    assert got == {"사업의 주요 골자", "돈이 드는 곳", "앞으로의 과제"}


def test_sanha_59014_hwpx_dump_side_table_status_cell(tmp_path: Path) -> None:
    """sanha-county 59014 (its eighth seed) HWPX text dump: 0.665, the side table's last 완료 read as a heading and
    18 achievement lines unparsed under it -> 1.000, every achievement read, 0 wrong."""
    src, _ = family_card(tmp_path, "sanha-county", 59014, "hwpx")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "hwpx")
    assert wrong == []
    assert score >= FLOOR_59014
    assert not any(u.get("section") == "완료" for u in rec["unparsed"])
    assert len(rec["achievements"]) == len(exp["achievements"])
