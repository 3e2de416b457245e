"""Structures of layout text dumps (``pdftotext -layout``) read since session 14, on small dumps:

- header bands: rows of labels, each over one row of values whose cells stand on several lines (a
  progress bar drawn in glyphs above its percent, a department above the names and its team below),
  each band with columns of its own: one table per band (haetsal-county's header was left unread);
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text_layout import TextLine, analyse, drawn
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_stacked import stacked_tables


def _line(*cells: tuple[int, str]) -> str:
    """A dump line with each text starting at its character column (as pdftotext -layout places them)."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out


def _dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _read(src: str) -> list[list[list[str]] | str]:
    return [b.grid() if isinstance(b, Table) else b.text for b in analyse(split_lines(src))]


# ------------------------------------------------------------------------------------- header bands

_BAR = _line((53, "■■■□□"))
_BANDS = [
    _line((3, "번호"), (20, "사업명"), (40, "상황"), (55, "진척률"), (70, "등급")),
    "",
    _BAR,
    _line((3, "가-1"), (18, "마을 도서관 건립"), (40, "정상 추진"), (71, "B등급")),
    _line((55, "60%")),
    "",
    _line((3, "부서"), (20, "과장"), (35, "담당자"), (55, "연락처")),
    "",
    _line((2, "문화과")),
    _line((20, "홍길동"), (35, "김철수"), (53, "042-123-4567")),
    _line((2, "문화팀")),
    "",
    _line((10, "협조부서"), (50, "목표")),
    "",
    _line((2, "총무과"), (45, "임기 내 완료")),
    "",
    "",
    "1. 사업 개요",
]


def test_header_bands_with_cells_on_several_lines_are_one_table_each() -> None:
    assert _read(_dump(*_BANDS)) == [
        [["번호", "사업명", "상황", "진척률", "등급"], ["가-1", "마을 도서관 건립", "정상 추진", "■■■□□ 60%", "B등급"]],
        [["부서", "과장", "담당자", "연락처"], ["문화과 문화팀", "홍길동", "김철수", "042-123-4567"]],
        [["협조부서", "목표"], ["총무과", "임기 내 완료"]],
        "1. 사업 개요",
    ]


def test_a_bar_of_one_glyph_and_words_is_a_bulleted_line_not_a_cell() -> None:
    """The same bands with the bar printed as a glyph before words (a bullet item, ``■ 추진 중``): it
    opens no cell, so the first band is no table (its lines are text)."""
    src = _dump(*[_line((53, "■ 추진 중")) if ln == _BAR else ln for ln in _BANDS])
    got = _read(src)
    assert not any(isinstance(b, list) and b[0][0] == "번호" for b in got)
    assert "■ 추진 중" in got


def test_the_cut_leaving_fewest_empty_cells_is_taken() -> None:
    """The last two bands also line up as one table of four columns (협조부서 over 과장's column,
    총무과 under 부서's, 임기 내 완료 under 담당자's: cells left empty); the cut into bands fills
    every cell and is taken."""
    lines = split_lines(_dump(*_BANDS[:15]))
    got = stacked_tables(lines)
    assert got is not None
    assert [(t.n_rows, t.n_cols) for t in got] == [(2, 5), (2, 4), (2, 2)]
    assert all(text for t in got for row in t.grid() for text in row)


@pytest.mark.parametrize(("text", "expected"), [
    ("■■□□□□□□□□", True),
    ("□□□", True),
    ("●●○", True),
    ("■", False),  # one glyph: a marker
    ("■ 1. 사업 개요", False),
    ("■□ 20%", False),
    ("☎☎", False),  # a phone glyph starts text
    ("--", False),
])
def test_a_value_drawn_in_glyphs(text: str, expected: bool) -> None:
    assert drawn(text) is expected


def test_text_lines_stay_text() -> None:
    out = analyse(split_lines(_dump("■■□□□□□□□□", "", "사업 개요")))
    assert all(isinstance(b, TextLine) for b in out)
