"""A page set in two columns whose right column holds only a few rows at its top (a funding table's last rows the
column break carried), printed by ``pdftotext -layout`` beside and between the title's and the header's lines
(``text_top_columns``): read after the left column, never one table with the title and the header; on small
synthetic dumps."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_top_columns import top_column_pages, top_gutter

R = 70  # where the right column starts

_LEFT = [
    "",
    "          가람시 민선8기 시장 공약사업 관리카드",
    "",
    "   관리번호        35        작성기준일     '24년 제3분기 현재",
    "    공약명     숲길 조성      주관부서       녹지과",
    "",
    "    담당자     김하나         연락처         059-000-1234",
    "",
    "   ◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    "   ◆ 주요내용",
    "",
    "   구분      총사업비      2023년     2024년",
    "",
    "   국비         1,000        400        600",
    "",
    "   도비           300        100        200",
    "",
]
_RIGHT = {  # line index -> the right column's piece there (its rows spaced as the right column spaces them)
    0: "시비     200    100    100",
    2: "민자     100     50     50",
    3: "계     1,600    650    950",
}


def _page(right: dict[int, str], left: list[str] = _LEFT) -> str:
    return "\n".join(ln.ljust(R) + right[k] if k in right else ln for k, ln in enumerate(left))


def test_a_right_column_of_a_few_carried_rows_is_read_after_the_left_one() -> None:
    text = _page(_RIGHT)
    lines = split_lines(text)
    g = top_gutter(lines)
    assert g is not None and g[1] == R
    read_lines = top_column_pages(lines)
    pages = [ln.page for ln in read_lines if ln.text.strip()]
    assert pages == sorted(pages) and len(set(pages)) == 2
    assert [ln.text.split()[0] for ln in read_lines if ln.page == 2 and ln.text.strip()] == [
        "시비",
        "민자",
        "계",
    ]
    assert all("시비" not in ln.text for ln in read_lines if ln.page == 1)


def test_the_title_and_the_header_are_no_table_with_the_carried_rows() -> None:
    tables = [b for b in read(_page(_RIGHT).encode()).blocks if isinstance(b, Table)]
    cells = [c for t in tables for row in t.grid() for c in row]
    assert not any("관리카드" in c for c in cells)
    funding = [t for t in tables if t.grid()[0][0] == "구분"]
    assert len(funding) == 1
    assert [row[0] for row in funding[0].grid()] == [
        "구분",
        "국비",
        "도비",
        "시비",
        "민자",
        "계",
    ]  # cut table joined
    header = [t for t in tables if any("관리번호" in c for row in t.grid() for c in row)]
    assert header and not any(c in ("시비", "민자", "계") for t in header for row in t.grid() for c in row)


def test_a_wide_table_or_a_lone_corner_line_is_no_column() -> None:
    # rows whose first cells stand left of the gap: one table across the page, none printed alone on its line
    wide = {3: _RIGHT[0], 4: _RIGHT[2], 6: _RIGHT[3]}
    assert top_gutter(split_lines(_page(wide))) is None
    # one piece at the top right (a date, a page mark): no rows of cells
    assert top_gutter(split_lines(_page({0: "2024. 9. 30. 기준"}))) is None
    # the left column reaching the right column's place below: no column there
    longer = [
        *_LEFT[:-1],
        "   ◆ 한 줄이 오른쪽 단까지 길게 이어지는 항목의 글이 여기까지 닿아서 단의 자리를 넘는다 "
        + "가" * 20,
    ]
    assert max(len(x) for x in longer) > R
    assert top_gutter(split_lines(_page(_RIGHT, longer))) is None
