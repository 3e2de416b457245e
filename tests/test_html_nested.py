"""hwp5html dumps (inscriptis of pyhwp's XHTML) whose tables the layout cuts: a table nested in the content cell of
another as wide as that cell (its rows' lengths lost, extract/readers/text_html_spans.py), a head whose total column
stands beside the sub-head of years, and a table cut by a page break the dump prints as a bare page number and the
running header (extract/readers/text_page_cuts.py). Each HTML is rendered by the real inscriptis and read by the text
reader."""

from __future__ import annotations

import inscriptis
from test_html_spans import _grid, _html, c

from pledgecard.extract.document import Table
from pledgecard.extract.readers import text
from pledgecard.extract.readers.text_html_spans import spanned_table
from pledgecard.extract.readers.text_lines import TLine, split_lines
from pledgecard.extract.readers.text_page_cuts import page_cuts, paged_at


def _table_html(rows: list[list[tuple[str, int, int]]]) -> str:
    return (
        "<table>"
        + "".join(
            "<tr>"
            + "".join(f'<td rowspan="{rs}" colspan="{cs}"><p>{t}</p></td>' for t, rs, cs in row)
            + "</tr>"
            for row in rows
        )
        + "</table>"
    )


def _tables(dump: str) -> list[Table]:
    """Every table the text reader reads, nested ones too (in their cells' blocks)."""
    out: list[Table] = []

    def walk(blocks: list) -> None:
        for b in blocks:
            if isinstance(b, Table):
                out.append(b)
                for cell in b.cells:
                    walk(cell.nested)

    walk(text.read(dump.encode("utf-8")).blocks)
    return out


GOALS = [  # dasom-district's goal table: project and detail cells spanning a project's rows
    [c("주요사업"), c("목표치"), c("추진상황"), c("추진내용")],
    [
        c("관광 지원사업", 2),
        c("관광 프로그램 운영(50회)"),
        c("추진 중"),
        c("안내센터 운영 및 관광객 지원", 2),
    ],
    [c("관광 교육생 양성(20명)"), c("미착수")],
]


def _cell_lines(rows: list[list[tuple[str, int, int]]]) -> list[TLine]:
    """The goal table's lines as the reader of a label | content table gives them to the table readers: the
    table in the content cell of another (its lines padded to the cell's width), the text lines' padding not kept,
    the lines of spaces keeping theirs (extract/readers/text_layout.py, split_region)."""
    dump = inscriptis.get_text(
        f"<html><body><table><tr><td><p>◎ 목표</p>{_table_html(rows)}</td></tr></table></body></html>"
    )
    lines = [ln for ln in split_lines(dump) if ln.trail or ln.segs]
    assert (
        len({len(ln.text) + ln.trail for ln in lines if "관광" in ln.text or not ln.segs}) == 1
    )  # one width
    first = next(k for k, ln in enumerate(lines) if "주요사업" in ln.text)
    last = max(k for k, ln in enumerate(lines) if ln.segs)
    return [ln if ln.blank else TLine(ln.number, ln.page, ln.text, ln.segs) for ln in lines[first : last + 1]]


def test_a_table_as_wide_as_its_cell_counts_its_rows_to_their_last_cell() -> None:
    """The goal table is the widest thing in its cell: every line of the cell is padded to the table's width, the
    reader of the content cell keeps no line's padding, so every row looks as long as the table (its last, no line
    of spaces under it, shorter than any): its short rows are told by their last cell printed, and read under the
    project and detail cells spanning them (the table was left as text rows)."""
    rows = [*GOALS, [c("관광 기업 지원(35개)"), c("미착수")]]
    rows[1] = [c("관광 지원사업", 3), *rows[1][1:3], c("안내센터 운영 및 관광객 지원", 3)]
    table = spanned_table(_cell_lines(rows))
    assert table is not None and table.grid() == _grid(rows)


TOTAL_AFTER_YEARS = [  # gippeum-county's funding: the rows' total column beside the years' sub-head
    [c("구분", 2), c("연도별 투자 실적 및 계획", 1, 3), c("계", 2), c("비고", 2)],
    [c("2024년"), c("2025년"), c("2026년")],
    [c("계"), c("1,132,565"), c("1,245,615"), c("488,193"), c("2,866,373"), c("")],
    [c("국비"), c("667,828"), c("484,626"), c("-"), c("1,152,454"), c("공모")],
    [c("도비"), c("385,896"), c("22,635"), c("488,193"), c("896,724"), c("")],
    [c("군비"), c("78,841"), c("738,354"), c("-"), c("817,195"), c("-")],
]


def test_a_total_column_beside_the_years_is_a_stub() -> None:
    """The sub-head of years packed left under its span: the column of figures after them sums the others in every
    row, the rows' total, no year's: its head cell spans both head rows (was left as text rows)."""
    dump = inscriptis.get_text(_html(TOTAL_AFTER_YEARS))
    assert [t.grid() for t in _tables(dump)] == [_grid(TOTAL_AFTER_YEARS)]


def test_a_total_column_that_sums_nothing_leaves_the_head_unread() -> None:
    """Mutation: the last figure column no sum of the others (one figure changed): which head cell spans the years
    the dump does not tell, the table is not read with spans."""
    rows = [list(r) for r in TOTAL_AFTER_YEARS]
    rows[3] = [c("국비"), c("667,828"), c("484,626"), c("-"), c("1,152,455"), c("공모")]
    dump = inscriptis.get_text(_html(rows))
    assert all(t.grid() != _grid(rows) for t in _tables(dump))


def _paged(
    rows_before: list[list[tuple[str, int, int]]], rows_after: list[list[tuple[str, int, int]]]
) -> str:
    title = "어르신 돌봄 체계 구축 [ 관리번호 4-4-10 ]"
    return inscriptis.get_text(
        f"<html><body><p>{title}</p><p>기쁨군 공약사업 관리카드</p><p>Ⅱ. 소요재원</p>"
        f"{_table_html(rows_before)}<p>1</p><p>{title}</p>{_table_html(rows_after)}"
        f"<p>Ⅲ. 추진경과</p><p>2</p><p>{title}</p><p>Ⅳ. 향후계획</p></body></html>"
    )


def test_a_bare_page_number_before_the_running_header_ends_a_page() -> None:
    dump = _paged(TOTAL_AFTER_YEARS[:4], TOTAL_AFTER_YEARS[4:])
    lines = split_lines(dump)
    cuts = page_cuts(lines)
    assert sorted(lines[k - 1].text.strip() for k in cuts) == ["1", "2"]
    pages = {ln.text.strip(): ln.page for ln in paged_at(lines, cuts) if ln.text.strip()}
    assert (pages["Ⅱ. 소요재원"], pages["Ⅲ. 추진경과"], pages["Ⅳ. 향후계획"]) == (1, 2, 3)
    assert page_cuts(split_lines(dump.replace("\n1\n", "\n\f\n"))) == set()  # form feeds: their pages stand


def test_a_table_cut_by_the_page_break_goes_on_after_the_furniture() -> None:
    """The funding's last row printed after the page number and the running header: the rows after them continue
    the table above (were a table of their own, its label column unnamed)."""
    dump = _paged(TOTAL_AFTER_YEARS[:4], TOTAL_AFTER_YEARS[4:])
    got = [t for t in _tables(dump) if t.n_cols == 6]
    assert [t.grid() for t in got] == [_grid(TOTAL_AFTER_YEARS)]
