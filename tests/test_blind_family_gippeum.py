"""The template family designed blind in session 21 (samples/families.py: ``gippeum-county``, a long 군 card whose
tables a page break cuts inside their rows, as HWP splits a row at the page's end) and the structures it brought
in, on small tables and lines:

- HWP / HWPX: a table whose row the page break cut, printed as two tables (the second opening the next section):
  joined where the structure proves it (the same columns, a head printed again dropped, a first row laid out as
  the last one above with fewer cells printed, each under a printed cell, none opening an item of its own);
- txt: a row printed as the page's last line and its rest atop the next page (empty cells first, under the
  running header and a head line printed again) joined to it; pages numbered ``n / N`` alone cut a dump's pages;
  a running header naming a label and its value printed more often than the file prints card titles is
  page furniture, no card start;
- the generator: a cut row's halves hold the row's text whole (samples/page_cuts.py).

Blind figures (the extractor unchanged, the family's first generation): PDF 1.000, HWPX 0.835, HWP 0.835,
txt 0.859, 3 wrong of 219 (an achievement's counts paired with the wrong item after a cut item was read as two;
HWP/HWPX: the funding rows after the page break null). After: 1.000 in every format, 0 wrong of 216.
Unseen seeds 77003-77010: PDF, HWPX and HWP 1.000; txt 0.942 where a cut row's later cells printed above (a note,
a goal's actual and status) stand between its two halves (left apart, not guessed), 0 wrong of 1212.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source, Table
from pledgecard.extract.readers.cut_rows import join_cut, join_cut_tables
from pledgecard.extract.readers.text_cut_rows import join_cut_rows
from pledgecard.extract.readers.text_lines import page_of_total, to_tline
from pledgecard.scoring import score_record
from samples.layout import Grid, PageBreak
from samples.page_cuts import cut_pages, mark_cut

from conftest import family_cards, make_table

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "gippeum-county"
HEAD = ["일자", "주요 추진내용", "비고"]


def _table(rows: list[list[str]], section: int) -> Table:
    t = make_table(rows)
    t.source = Source(section=section, paragraph=1)
    return t


def _texts(t: Table) -> list[list[str]]:
    return [[c.text for c in sorted(t.cells, key=lambda c: c.col) if c.row == r] for r in range(t.n_rows)]


def test_a_row_cut_by_a_page_break_goes_on_in_the_cells_above() -> None:
    first = _table([HEAD, ["2024. 3.", "착공식 개최", "완료"], ["2024. 5.", "주민설명회 개최 및", ""]], 0)
    for again in ([HEAD], []):  # the head printed again on the next page, or not
        second = _table([*again, ["", "의견 수렴", ""], ["2024. 9.", "준공", "완료"]], 1)
        joined = join_cut(first, second)
        assert joined is not None
        assert _texts(joined) == [
            HEAD,
            ["2024. 3.", "착공식 개최", "완료"],
            ["2024. 5.", "주민설명회 개최 및 의견 수렴", ""],
            ["2024. 9.", "준공", "완료"],
        ]


def test_a_table_on_the_next_page_proving_no_cut_row_stays_apart() -> None:
    first = _table([HEAD, ["2024. 5.", "주민설명회 개최", ""]], 0)
    whole = _table([["2024. 9.", "준공", "완료"]], 1)  # a whole row: every cell printed
    item = _table(
        [["", "- 참여 120명", ""]], 1
    )  # a marked line the cell above never prints: an item of its own
    wider = _table([["", "의견 수렴", "", ""]], 1)  # other columns
    for second in (whole, item, wider):
        assert join_cut(first, second) is None
    same_page = _table([["", "의견 수렴", ""]], 0)  # no page break between them
    assert join_cut_tables([first, same_page]) == [first, same_page]
    assert len(join_cut_tables([first, _table([["", "의견 수렴", ""]], 1)])) == 1


def _lines(texts: list[str], gone: set[int] = frozenset()) -> list:
    """Dump lines, those in ``gone`` (the page furniture) blanked as the reader blanks them."""
    return [to_tline(k + 1, 1, "" if k in gone else t) for k, t in enumerate(texts)]


def test_a_dump_line_going_on_after_the_page_furniture_joins_the_row_above() -> None:
    lines = _lines(
        [
            "일자 주요 추진내용 비고",
            "2024. 5. 주민설명회 개최 및 ",
            "1 / 3",
            "사업명 [관리번호 1-2]",
            "일자 주요 추진내용 비고",
            " 의견 수렴 ",
            "2024. 9. 준공 완료",
        ],
        {2, 3},
    )
    out = join_cut_rows(lines, {2, 3})
    assert [ln.text for ln in out if not ln.blank] == [
        "일자 주요 추진내용 비고",
        "2024. 5. 주민설명회 개최 및 의견 수렴",
        "2024. 9. 준공 완료",
    ]


def test_a_dump_line_that_proves_no_cut_row_stays() -> None:
    for rest in (
        " - 참여 120명 ",
        "의견 수렴",
        " 의견 수렴  ",
    ):  # a marker of its own; no empty cell; more cells after
        lines = _lines(["2024. 5. 주민설명회 개최 및 ", "2 / 3", rest], {1})
        assert [ln.text for ln in join_cut_rows(lines, {1}) if not ln.blank][
            0
        ] == "2024. 5. 주민설명회 개최 및"
    no_break = _lines(["2024. 5. 주민설명회 개최 및 ", " 의견 수렴 "])
    assert len([ln for ln in join_cut_rows(no_break, set()) if not ln.blank]) == 2


def test_pages_numbered_n_of_total_are_told_from_fractions() -> None:
    assert page_of_total(_lines(["a", "1 / 3", "b", "2 / 3", "c", "3 / 3"])) == {1, 3, 5}
    assert page_of_total(_lines(["a", "1 / 2", "b", "2 / 2", "c", "1 / 2", "d", "2 / 2"])) == {1, 3, 5, 7}
    assert page_of_total(_lines(["3/4", "4/4"])) == set()  # a quarter's heads, no page count from 1
    assert page_of_total(_lines(["1 / 3", "3 / 3"])) == set()


def test_the_generator_keeps_a_cut_rows_text_whole() -> None:
    g = Grid(4, 3, widths=[1.0, 4.0, 1.0], role="achievements")
    for k, h in enumerate(HEAD):
        g.put(0, k, h, head=True)
    for r, (d, text, note) in enumerate(
        [
            ("2024. 3.", "착공식 개최", "완료"),
            ("2024. 5.", "주민설명회 개최 및 의견 수렴", ""),
            ("2024. 9.", "준공", "완료"),
        ],
        start=1,
    ):
        g.put(r, 0, d)
        g.put(r, 1, text, align="left")
        g.put(r, 2, note)
    assert mark_cut(g, 2)
    first, brk, second = cut_pages(g, [(2, True)])
    assert isinstance(brk, PageBreak) and isinstance(first, Grid) and isinstance(second, Grid)
    top = next(c for c in first.cells if c.row == 2 and c.col == 1).content[0]
    rest = next(c for c in second.cells if c.row == 1 and c.col == 1).content[0]
    assert f"{top} {rest}" == "주민설명회 개최 및 의견 수렴" and top and rest
    assert [c.content for c in second.cells if c.row == 1 and c.col != 1] == [[""], [""]]
    assert [c.content[0] for c in second.cells if c.row == 0] == HEAD


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "gippeum-county-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        assert got[0]["funding"] == exp[0]["funding"], path.name
        assert [a["text"] for a in got[0]["achievements"]] == [a["text"] for a in exp[0]["achievements"]], (
            path.name
        )


def test_a_line_left_open_goes_on_however_short() -> None:
    from pledgecard.extract.textjoin import left_open

    assert left_open("청년농업인 29명(1차", "21, 2차 8)") and left_open("참여기업 15개,", "참여자 111명")
    assert not left_open("청년농업인 29명(1차 21, 2차 8)", "세부 추진실적") and not left_open(
        "설명회 개최", "참여자 111명"
    )


def test_a_layout_dumps_cut_cell_goes_on_at_its_column_on_the_next_page() -> None:
    from pledgecard.extract.readers.text_cut_rows import goes_on_aligned

    page1 = [
        "     일자           주요 추진내용               비고",
        "  2024. 3.       착공식 개최                 완료",
        "                  - 청년농업인 29명(1차",
    ]
    page2 = ["               21, 2차 8)", "2024. 5.       준공                        완료"]
    lines = [to_tline(k + 1, 1, t) for k, t in enumerate(page1)] + [
        to_tline(len(page1) + k + 1, 2, t) for k, t in enumerate(page2)
    ]  # the next page shifted left by 2
    assert goes_on_aligned(lines, 2, 3)
    lines[3] = to_tline(4, 2, "  21, 2차 8)")  # at the page's edge: no empty cell before it
    assert not goes_on_aligned(lines, 2, 3)


def test_a_cut_rows_rest_printed_past_a_narrow_columns_box_and_the_furniture_joins_its_cut_line() -> None:
    """pdf2txt prints the notes column as a box after the rows' cells, then the page furniture, then the next page
    (the head's cells again): the cut line left open takes the rest (one count paired with another item before)."""
    from pledgecard.extract.readers.text_cut_boxes import join_cut_boxes

    texts = [
        "일자",
        "주요 추진내용",
        "* 참여기업 15개,",
        "비고",
        "완료",
        "완료",
        "3 / 5",
        "사업명 [관리번호 1-2]",
        "일자",
        "주요 추진내용",
        "참여자 111명",
        "- 기반조성",
    ]
    shown = [ln.text for ln in join_cut_boxes(_lines(texts, {6, 7}), {6, 7}) if not ln.blank]
    assert shown == [
        "일자",
        "주요 추진내용",
        "* 참여기업 15개, 참여자 111명",
        "비고",
        "완료",
        "완료",
        "일자",
        "주요 추진내용",
        "- 기반조성",
    ]
    for rest in (
        "- 참여자 111명",
        "(계속)",
        "x",
    ):  # a marker of its own, a caption, a lone character: no rest
        assert join_cut_boxes(_lines([*texts[:10], rest], {6, 7}), {6, 7})[2].text == "* 참여기업 15개,"
    closed = ["* 참여기업 15개", *texts[3:]]  # the cut line not left open: nothing proves the rest its own
    assert join_cut_boxes(_lines(closed, {6, 7}), {6, 7})[0].text == "* 참여기업 15개"
    assert join_cut_boxes(_lines(texts, set()), set())[2].text == "* 참여기업 15개,"  # no page break between


def test_bare_page_numbers_each_before_the_running_header_cut_a_dump_without_form_feeds() -> None:
    """hwp5html (pyhwp, a section a page) prints each footer's bare page number, then the next page's running
    header, no form feed: those numbers cut the pages, so the furniture drops and the cut row's rest joins."""
    from pledgecard.extract.readers.text_cut_boxes import join_cut_boxes
    from pledgecard.extract.readers.text_lines import furniture, numbers_before_headers

    head = "      사업명 [관리번호 1-2]"
    texts = [
        head,
        "      일자  주요 추진내용  비고",
        "      2022. 10.  · 건의 7건 검토  완료",
        "             * 참여기업 15개,",
        "      1",
        head,
        "              참여자 111명",
        "              - 기반조성",
        "      1",
        head,
        "      2023. 3.  · 준공 완료  완료",
        "      1",
    ]
    lines = _lines(texts)
    assert numbers_before_headers(lines) == {4, 8}
    gone = furniture(lines)
    assert {0, 4, 5, 8, 9} <= gone
    shown = [" ".join(ln.text.split()) for ln in join_cut_boxes(_lines(texts, gone), gone) if not ln.blank]
    assert "* 참여기업 15개, 참여자 111명" in shown and "참여자 111명" not in shown
    # a number before a line printed elsewhere too (a table's cells one a line), or before one word: no page cut
    assert numbers_before_headers(_lines(["1", "검토 완료", "1", "검토 완료", "검토 완료"])) == set()
    assert numbers_before_headers(_lines(["1", "완료", "2", "완료"])) == set()
