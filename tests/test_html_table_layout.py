"""Tables an HTML-to-text converter lays out as left-aligned columns (inscriptis of pyhwp's ``hwp5html``
XHTML): every line indented, a row's cells padded by characters to their column's width, a line of spaces
as wide as the table under every row, cells spanning rows or columns not kept (the row under a spanning
cell laid out from the first column). Read on lines, as tests/test_text_converters.py reads the dumps."""

from __future__ import annotations

from pledgecard.extract.document import Paragraph, Table
from pledgecard.extract.readers.text import read


def _blocks(*rows: str) -> list[Paragraph | Table]:
    return read("\n".join(rows).encode("utf-8")).blocks


def _tables(*rows: str) -> list[list[list[str]]]:
    return [b.grid() for b in _blocks(*rows) if isinstance(b, Table)]


SPACES = " " * 60


def test_a_sub_head_packed_left_goes_under_its_spanning_head_cell() -> None:
    """``구분`` and ``계`` span both head rows, ``재원`` the four source columns: the layout prints the
    sources from the first column; they go under 재원."""
    grids = _tables(
        "      구분     계         재원     ",
        SPACES,
        "      국비     시비        구비       기타     ",
        SPACES,
        "      2022년  4,748.1   -        2,214.7  1,385.5  1,147.9",
        SPACES,
        "      2023년  8,005.1   2,799.5  2,665.5  1,406.6  1,133.5",
        SPACES,
        "      합계     12,753.2  2,799.5  4,880.2  2,792.1  2,281.4",
        SPACES,
    )
    assert len(grids) == 1
    assert grids[0][1] == ["", "", "국비", "시비", "구비", "기타"]
    assert grids[0][2] == ["2022년", "4,748.1", "-", "2,214.7", "1,385.5", "1,147.9"]


def test_a_body_row_packed_left_out_of_its_columns_kinds_leaves_the_table_unaligned() -> None:
    """The third row's project cell spans from the row above: its target ``기업 지원(45개)`` is printed
    under 주요사업 and its actual ``44개`` under 목표 (a figure under words): no table, its rows as text."""
    rows = (
        "      연도    주요사업          목표                  실적   달성률   추진상황",
        SPACES,
        "      2025  청년 지원사업       협약 체결(25건)          20건   80%   완료",
        SPACES,
        "      2024  청년 인재양성       교육생 양성(10명)         8명    80%   완료",
        SPACES,
        "      2025  기업 지원(45개)    44개                 98%   완료",
        SPACES,
    )
    assert _tables(*rows) == []
    texts = [b.text for b in _blocks(*rows) if isinstance(b, Paragraph)]
    assert "2025 기업 지원(45개) 44개 98% 완료" in texts
    # the same rows a geometry-keeping layout prints (blank lines empty): a row short of its last cells is
    # in its columns there, the table read as it is
    grids = _tables(
        *(r if r.strip() else "" for r in rows[:-4]), "      2026  실시설계 완료       행정절차 이행", ""
    )
    assert grids and grids[0][-1][:3] == ["2026", "실시설계 완료", "행정절차 이행"]


def test_left_aligned_columns_every_row_full_are_read_by_their_left_edges() -> None:
    """Head cells wider than the figures under them, every cell at its column's left edge (in characters:
    Hangul two display columns wide), dashes for zero: each figure under its channel."""
    grids = _tables(
        "      연도     계    주민간담회 · 공청회 등  만족도 조사  민간전문가 자문  언론 홍보  기타",
        SPACES,
        "      2022년  76   -              -       -         76     - ",
        SPACES,
        "      2023년  103  -              1       -         102    - ",
        SPACES,
        "      합계     179  -              1       -         178    - ",
        SPACES,
    )
    assert grids == [
        [
            ["연도", "계", "주민간담회 · 공청회 등", "만족도 조사", "민간전문가 자문", "언론 홍보", "기타"],
            ["2022년", "76", "-", "-", "-", "76", "-"],
            ["2023년", "103", "-", "1", "-", "102", "-"],
            ["합계", "179", "-", "1", "-", "178", "-"],
        ]
    ]


def test_a_row_no_reader_aligned_is_read_a_cell_a_line_column_by_column() -> None:
    """A row of three lines: the project centred on its middle line, the year over the target in one
    column, the status and the actual beside them: a cell a line, column by column."""
    blocks = _blocks(
        "      주요사업             목표치                          ",
        SPACES,
        "                       <2023>           추진 중        ",
        "      이차전지 기반 구축                                    ",
        "                       이차전지 협약 체결(40건)  (21건)       ",
        SPACES,
        "",
        "      다음 문단",
    )
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts[texts.index("이차전지 기반 구축") :] == [
        "이차전지 기반 구축",
        "<2023>",
        "이차전지 협약 체결(40건)",
        "추진 중",
        "(21건)",
        "다음 문단",
    ]


def test_a_sub_head_packed_left_that_no_spanning_cell_places_leaves_the_table_unaligned() -> None:
    """Each year over a 목표 and an 실적 column (the last year over 목표 only): the layout prints the seven
    sub-head cells from the first column, under 성과지표 and 단위; no table, its rows as text."""
    rows = (
        "      성과지표    단위  2023년  2024년  2025년  2026년",
        SPACES,
        "      목표      실적  목표     실적     목표     실적     목표 ",
        SPACES,
        "      참여 주민   명   466    318    340    242    571  571  123",
        SPACES,
        "      일자리 창출  명   323    323    150    150    317  316  134",
        SPACES,
    )
    assert _tables(*rows) == []
    texts = [b.text for b in _blocks(*rows) if isinstance(b, Paragraph)]
    assert "참여 주민 명 466 318 340 242 571 571 123" in texts
