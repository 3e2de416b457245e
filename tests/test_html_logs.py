"""Log tables (연도 | 월 | 추진내용) inscriptis lays out knowing no spans, read back by their padding
(extract/readers/text_html_logs.py): each HTML table below is rendered by the real inscriptis, read, and compared
with the grid the HTML itself spans; a date the dump does not prove leaves the table to the other readers."""

from __future__ import annotations

import inscriptis

from pledgecard.extract.readers.text_html_logs import centred_runs, log_table
from pledgecard.extract.readers.text_lines import split_lines

Row = list[tuple[str, int]]  # (paragraphs parted by "|", rowspan)


def _read(rows: list[Row]) -> tuple[list[list[str]], list[list[str]] | None]:
    """The grid the HTML spans (a spanning cell's text in every row it covers) and the grid read from the dump."""
    body = "".join(
        "<tr>"
        + "".join(
            f'<td rowspan="{rs}">' + "".join(f"<p>{p}</p>" for p in t.split("|")) + "</td>" for t, rs in row
        )
        + "</tr>"
        for row in rows
    )
    lines = split_lines(
        inscriptis.get_text(f"<html><body><p>caption</p><table>{body}</table><p>after</p></body></html>")
    )
    spanned: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rs in row:
            while (r, c) in spanned:
                c += 1
            for i in range(r, r + rs):
                spanned[i, c] = text.replace("|", "\n")
            c += 1
    want = [[spanned.get((r, c), "") for c in range(3)] for r in range(len(rows))]
    k = next(i for i, ln in enumerate(lines) if ln.segs and ln.segs[0].text == "연도")
    got = log_table(lines, k)
    return want, got[0].grid() if got is not None else None


HEAD: Row = [("연도", 1), ("월", 1), ("추진내용", 1)]


def test_cells_spanning_rows_carried_onto_the_short_rows_under_them() -> None:
    """hayan-district's log: the year over three rows, the month over two, a content cell of paragraphs with
    lines of spaces between them; then a row of its own."""
    rows = [
        HEAD,
        [("2023년", 3), ("9월", 2), ("육묘장 운영|- 공모사업 최종 선정|- 아카데미 운영", 1)],
        [("청년농업인 대상 설명회 개최", 1)],
        [("12월", 1), ("실증단지 착공식|- 세부 추진|- 업무협약 체결", 1)],
        [("2024년", 1), ("3월", 1), ("준공", 1)],
    ]
    want, got = _read(rows)
    assert got == want


def test_full_rows_in_one_run_cut_by_their_centred_dates() -> None:
    """Two rows printing every cell are one run of lines of one length: each date cell centred on its row."""
    rows = [
        HEAD,
        [("2023년", 1), ("3월", 1), ("협약 체결|- 기업 4개|- 참여자 20명", 1)],
        [("2024년", 2), ("5월", 1), ("설명회 개최", 1)],
        [("6월", 1), ("현장 점검|- 3회", 1)],
    ]
    want, got = _read(rows)
    assert got == want


def test_a_row_under_an_empty_date_cell_is_not_dated_by_the_row_above() -> None:
    """A row printing its date cells empty stands in one run with the dated row above it: which lines the date
    spans the dump does not prove, so the table is left to the other readers rather than dated by a guess."""
    rows = [
        HEAD,
        [("2023년", 1), ("9월", 1), ("협약 체결|- 기업 4개", 1)],
        [("", 1), ("", 1), ("설명회 개최", 1)],
    ]
    assert _read(rows)[1] is None


def test_a_date_part_out_of_its_column_is_no_such_table() -> None:
    rows = [HEAD, [("협약", 1), ("9월", 1), ("설명회 개최", 1)]]
    assert _read(rows)[1] is None


def test_centred_runs_only_where_one_cut_holds() -> None:
    assert centred_runs([(1, 1), (3, 3), (5, 5)], [2, 5]) == [0, 0, 1]
    assert centred_runs([(1, 1), (3, 3)], [1]) is None  # the second row left out of every run
    assert centred_runs([(1, 3), (5, 5)], [2, 5]) == [0, 1]
