"""Structures of layout text dumps (``pdftotext -layout``) read since session 14, on small dumps:

- header bands: rows of labels, each over one row of values whose cells stand on several lines (a
  progress bar drawn in glyphs above its percent, a department above the names and its team below),
  each band with columns of its own: one table per band (haetsal-county's header was left unread);
- cells centred beside the rows they span, on lines of their own between two rows (a funding period
  between its sources' rows, ``국비 7,109`` / ``총사업비`` / ``도비 6,275``; an indicator's name, unit and
  final target between its year rows): rows of their own, those cells spanning them (dure-county's
  rows were run together);
- and, in the header reader, a dump printing the header a cell a line out of order (``pdftotext``'s
  default mode): a value under two waiting labels that ends in a status word is not split into a
  title and a status when a status stands alone on a later line (haetsal-county's title lost 추진).
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text_columns import build_table, stacked_figure_rows
from pledgecard.extract.readers.text_layout import analyse
from pledgecard.extract.readers.text_layout_items import TextLine
from pledgecard.extract.readers.text_line_kinds import drawn
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_stacked import stacked_tables
from pledgecard.extract.sections.header import read_header

from conftest import make_line


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
        [
            ["번호", "사업명", "상황", "진척률", "등급"],
            ["가-1", "마을 도서관 건립", "정상 추진", "■■■□□ 60%", "B등급"],
        ],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("■■□□□□□□□□", True),
        ("□□□", True),
        ("●●○", True),
        ("■", False),  # one glyph: a marker
        ("■ 1. 사업 개요", False),
        ("■□ 20%", False),
        ("☎☎", False),  # a phone glyph starts text
        ("--", False),
    ],
)
def test_a_value_drawn_in_glyphs(text: str, expected: bool) -> None:
    assert drawn(text) is expected


def test_text_lines_stay_text() -> None:
    out = analyse(split_lines(_dump("■■□□□□□□□□", "", "사업 개요")))
    assert all(isinstance(b, TextLine) for b in out)


# ------------------------------------------------------------------- cells centred beside their rows

_PERIODS = [
    _line((6, "기간"), (24, "재원"), (40, "사업비")),
    "",
    _line((24, "계"), (41, "9,300")),
    "",
    _line((24, "국비"), (41, "4,100")),
    _line((5, "전체")),
    _line((24, "도비"), (41, "5,200")),
    "",
    _line((24, "계"), (42, "700")),
    "",
    _line((24, "국비"), (42, "300")),
    _line((5, "2025년")),
    _line((24, "도비"), (42, "400")),
]


def test_a_period_label_between_rows_of_two_cells_spans_them() -> None:
    """Rows of a source and one amount (no 누계 printed): a figure does not wrap, so the two lines are
    two rows, the period centred between them a cell spanning both."""
    src = _dump(*_PERIODS)
    table = build_table(split_lines(src), src)
    assert table is not None
    assert table.grid() == [
        ["기간", "재원", "사업비"],
        ["", "계", "9,300"],
        ["전체", "국비", "4,100"],
        ["전체", "도비", "5,200"],
        ["", "계", "700"],
        ["2025년", "국비", "300"],
        ["2025년", "도비", "400"],
    ]
    assert {c.text: c.row_span for c in table.cells if c.col == 0} == {"기간": 1, "전체": 2, "2025년": 2}


_INDICATORS = [
    _line((4, "지표"), (16, "단위"), (24, "최종목표"), (38, "연도"), (48, "목표"), (56, "실적")),
    "",
    _line((37, "2026년"), (49, "4.5"), (57, "3.0")),
    _line((1, "산책로 조성"), (17, "km"), (26, "9.0")),
    _line((37, "2027년"), (49, "4.5"), (58, "-")),
    "",
    _line((37, "2026년"), (50, "8"), (58, "5")),
    _line((1, "쉼터 설치"), (16, "개소"), (26, "20")),
    _line((37, "2027년"), (49, "12"), (58, "-")),
]


def test_an_indicator_of_several_cells_between_its_year_rows_spans_them() -> None:
    src = _dump(*_INDICATORS)
    table = build_table(split_lines(src), src)
    assert table is not None
    assert table.grid()[1:] == [
        ["산책로 조성", "km", "9.0", "2026년", "4.5", "3.0"],
        ["산책로 조성", "km", "9.0", "2027년", "4.5", "-"],
        ["쉼터 설치", "개소", "20", "2026년", "8", "5"],
        ["쉼터 설치", "개소", "20", "2027년", "12", "-"],
    ]


@pytest.mark.parametrize(
    "group",
    [
        # words on both lines (no figure, which would not wrap): one row whose cells wrap
        [_line((24, "국비"), (41, "지원사업")), _line((5, "전체")), _line((24, "도비"), (41, "연계사업"))],
        # the centred line reaches under the rows' first cell: no cell left of them
        [
            _line((24, "국비"), (41, "4,100")),
            _line((5, "전체 사업비 합계")),
            _line((24, "도비"), (41, "5,200")),
        ],
        # the line between is no row's neighbour only: it ends the group
        [_line((24, "국비"), (41, "4,100")), _line((24, "도비"), (41, "5,200")), _line((5, "전체"))],
    ],
)
def test_lines_that_are_no_rows_beside_a_centred_cell(group: list[str]) -> None:
    assert stacked_figure_rows(split_lines(_dump(*group)), False) is None
    assert stacked_figure_rows(split_lines(_dump(*group)), True) is None


# ---------------------------------------------------------- a title ending in a status word, a cell a line

_CELLS = [
    "공약번호",
    "공약사업명",
    "공약 2-7",
    "추진상황",
    "마을 도서관 건립 추진",
    "소관부서",
    "문화과",
    "추진률",
    "정상 추진",
    "담당자",
    "홍길동",
]


def _fields(lines: list[str]) -> dict[str, str | None]:
    header, _, _ = read_header([make_line(t) for t in lines])
    return {k: header[k] for k in ("title", "mgmt_no", "status", "lead_dept", "contact_name")}


def test_a_title_ending_in_a_status_word_keeps_it_when_the_status_is_printed_later() -> None:
    assert _fields(_CELLS) == {
        "title": "마을 도서관 건립 추진",
        "mgmt_no": "2-7",
        "status": "정상 추진",
        "lead_dept": "문화과",
        "contact_name": "홍길동",
    }


def test_a_title_and_its_status_on_one_line_are_still_split_when_no_status_follows() -> None:
    """Without the later status line the row under 공약사업명 | 추진상황 is the title then the status."""
    got = _fields([t for t in _CELLS if t not in ("추진률", "정상 추진")])
    assert (got["title"], got["status"]) == ("마을 도서관 건립", "추진")
