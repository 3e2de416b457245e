"""A table inscriptis lays out padded (pyhwp's hwp5html of the HWP turned to text, extract/readers/text_html_padded.py):
its rows told by the lines of spaces under them, a row whose first cells are empty (a dateless item under a dated
one) one of its rows; cut by a page break (a bare page number, the running header, the head printed again), its
rows go on after the furniture, and a cell the break cut is joined to its rest (gippeum-county's achievements).
Each HTML below is rendered by the real inscriptis and read as tests/test_text_converters.py reads the dumps."""

from __future__ import annotations

import inscriptis

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_html_padded import padded_end, padded_table
from pledgecard.extract.readers.text_lines import split_lines

RUNNING = "<p>어르신 돌봄 체계 구축 [ 관리번호 4-4-10 ]</p>"
HEAD = ("일자", "주요 추진내용", "비고")


def _table(*rows: tuple[str, str, str]) -> str:
    body = "".join("<tr>" + "".join(f"<td><p>{t}</p></td>" for t in row) + "</tr>" for row in rows)
    return f'<p class="Normal"><span class="TableControl"><table>{body}</table></span></p>'


def _text(*parts: str) -> str:
    """The parts in a section's page as hwp5html writes it (a table inside a paragraph's span)."""
    return inscriptis.get_text(
        f'<html><body><div class="Section Paper"><div class="Page">{"".join(parts)}</div></div></body></html>'
    )


FIRST_PAGE = (
    HEAD,
    ("2025년 4월", "어르신 돌봄 수요조사 실시", "완료"),
    ("", "※ 참여기관 : 기쁨개발공사", ""),
    ("", "공동육아나눔터 운영", ""),
    ("2024년 3분기", "- 현장 건의 10건 검토", "완료"),
    ("", "주요", ""),
)
SECOND_PAGE = (
    HEAD,
    ("", "추진실적", ""),
    ("2025.01.10.", "- 9개 기업 투자협약 체결", "완료"),
    ("2023. 9. 29.", "설명회 개최(65명 참석)", "완료"),
)


def _pages(first: str, second: str) -> str:
    """Three pages, each closed by a bare page number before the running header (the file opening with it)."""
    return _text(
        RUNNING,
        "<p>기쁨군 공약사업 관리카드</p>",
        "<p>▣ 추진경과</p>",
        first,
        "<p>1</p>",
        RUNNING,
        second,
        "<p>2</p>",
        RUNNING,
        "<p>▣ 향후 추진일정</p>",
        "<p>◯ 공약사항 정비 및 이행계획 보완</p>",
    )


def _tables(text: str) -> list[list[list[str]]]:
    return [b.grid() for b in read(text.encode("utf-8")).blocks if isinstance(b, Table)]


def test_rows_with_empty_first_cells_are_the_tables() -> None:
    lines = split_lines(_text(_table(*FIRST_PAGE)))
    k = next(i for i, ln in enumerate(lines) if not ln.blank)
    end = padded_end(lines, k)
    assert end is not None and lines[end].blank and lines[end - 1].text.strip() == "주요"
    table = padded_table(lines[k : end + 1])
    assert table is not None and table.grid() == [list(r) for r in FIRST_PAGE]


def test_a_table_the_page_break_cut_goes_on_its_cut_cell_joined() -> None:
    grids = _tables(_pages(_table(*FIRST_PAGE), _table(*SECOND_PAGE)))
    assert grids == [[*map(list, FIRST_PAGE[:-1]), ["", "주요 추진실적", ""], *map(list, SECOND_PAGE[2:])]]


def test_a_marked_first_row_after_the_break_is_a_row_of_its_own() -> None:
    """The row opening the next page opens with a marker (an item of its own): no cell's rest."""
    second = (HEAD, ("", "- 추진실적", ""), *SECOND_PAGE[2:])
    grids = _tables(_pages(_table(*FIRST_PAGE), _table(*second)))
    assert grids == [[*map(list, FIRST_PAGE), ["", "- 추진실적", ""], *map(list, SECOND_PAGE[2:])]]


# sanha-county's hwp5html dump (lines 31-45): a table nested in a layout table's content cell, the cell's paragraphs
# after it padded to the same width, running across the nested table's columns
NESTED = [
    "         구분    2023년  2024년  계                                         ",
    "                                                                       ",
    "         참여기업  58     9      67                                        ",
    "                                                                       ",
    "         수료생   32     7      39                                        ",
    "                                                                       ",
    "                                                                       ",
    "                                                                       ",
    "         - 신규 참여기업 협약(기업 : 채움엔지니어링, 계약인원 : 32명) : 23.7. ~23.9.         ",
    "                                                                       ",
    "         · 총 4회 운영, 만족도 91점                                            ",
    "                                                                       ",
]


def test_a_block_whose_lines_run_across_its_columns_is_no_padded_table() -> None:
    lines = split_lines("\n".join(NESTED))
    end = padded_end(lines, 0)
    assert end == len(lines) - 1  # one width throughout: padded
    assert padded_table(lines[: end + 1]) is None  # but the paragraphs lie across the nested table's columns
    assert padded_table(lines[:6]) is not None


def test_two_padded_tables_one_after_the_other_are_two_tables() -> None:
    """gippeum-county's firms table (its total row short: ``계 | 37``) printed right above the achievements table
    going on: the line of the indent alone between them parts them, each read with its own columns."""
    firms = (
        ("연번", "기업명", "분야", "참여인원"),
        ("1", "온새미로모빌리티", "제조", "23"),
        ("2", "새봄테크", "제조", "14"),
    )
    total = '<tr><td colspan="3"><p>계</p></td><td><p>37</p></td></tr>'
    firms_html = _table(*firms).replace("</tr>", "</tr>" + total, 1)
    grids = _tables(
        _text(firms_html, _table(HEAD, ("2026. 4. 24.", "업무협약 체결", ""), ("", "세부 추진실적", "")))
    )
    assert grids == [
        [list(firms[0]), ["계", "계", "계", "37"], *map(list, firms[1:])],
        [list(HEAD), ["2026. 4. 24.", "업무협약 체결", ""], ["", "세부 추진실적", ""]],
    ]


def test_a_cells_marked_paragraphs_stay_apart() -> None:
    """maeul-county's overview as a padded table: the content cell's ``○`` line and its ``*`` note are two
    paragraphs (one a line), not one wrapped line; a line with no marker goes on the one above."""
    rows = (
        "<tr><td><p>사업기간</p></td><td><p>2022.07.∼2026.12.</p></td></tr>"
        "<tr><td><p>사업내용</p></td><td><p>○ 운수종사자 맞춤형 교육 제공</p><p>* 참여기관: 마을대학교</p></td></tr>"
    )
    lines = split_lines(
        _text(f'<p class="Normal"><span class="TableControl"><table>{rows}</table></span></p>')
    )
    k = next(i for i, ln in enumerate(lines) if not ln.blank)
    end = padded_end(lines, k)
    table = padded_table(lines[k : end + 1]) if end is not None else None
    assert table is not None
    assert table.grid() == [
        ["사업기간", "2022.07.∼2026.12."],
        ["사업내용", "○ 운수종사자 맞춤형 교육 제공\n* 참여기관: 마을대학교"],
    ]
