"""A list grid's narrow cells wrapped in a layout dump (boram-city's body-table layout dump: the grid squeezed
into the body table's content column): a date cell wrapped around its row (``2023년 2분`` above the row's line,
``기`` below it) joined where the pieces are proven one value (extract/readers/text_wrapped_dates.py); the
row-number head wrapped in its column (``번`` / ``호`` around the head line) and a row's number printed after a
label column's text (``▶ 추진실적   4``) taken off as the others (extract/readers/text_row_numbers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_row_numbers import drop_row_numbers
from pledgecard.extract.readers.text_wrapped_dates import join_wrapped_dates, joined_date


def _lines(*texts: str) -> list[TLine]:
    return [to_tline(n, 1, t) for n, t in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("first", "rest", "whole"),
    [
        ("2024.06.~2", "024.08.", "2024.06.~2024.08."),  # a number cut: digits either side of the break
        ("2023년 2분", "기", "2023년 2분기"),  # no whole date by itself
        ("2024-09-", "15", "2024-09-15"),  # closing on a date's joiner
        ("2025-04 ~", "2025-05", "2025-04 ~2025-05"),
    ],
)
def test_pieces_proven_one_date_are_joined(first: str, rest: str, whole: str) -> None:
    assert joined_date(first, rest) == whole


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("2023.04.03", "."),  # a whole date closed by itself: nothing left open
        ("2024.06.15", "협약"),  # a whole date, then a word: two cells
        ("2024-09-", "협약 체결"),  # open, but the join is no date
        ("2023년", "2024년"),  # a whole date and another: two values
        ("협약", "체결"),
    ],
)
def test_pieces_not_proven_one_date_stay_apart(first: str, rest: str) -> None:
    assert joined_date(first, rest) is None


def test_a_date_wrapped_around_its_row_is_set_on_the_rows_line() -> None:
    dump = _lines(
        "      추진일자        추진내용              비고",
        "      2023년 2분",
        "                      아카데미 운영         완료",
        "         기",
    )
    got = [x.text for x in join_wrapped_dates(dump)]
    assert got == [
        dump[0].text,
        "",
        "      2023년 2분기       아카데미 운영         완료",
        "",
    ]  # columns kept
    cut = _lines("  2024.06.~2", "                  협의체 출범    완료", "   024.08.")
    assert (
        join_wrapped_dates(cut)[1].text == "  2024.06.~2024.08.  협의체 출범    완료"
    )  # moved right, 2 apart


def test_pieces_not_around_a_gap_of_their_row_or_in_other_columns_stay() -> None:
    filled = _lines(
        "      2023년 2분", "      설명회 개최     완료", "         기"
    )  # the row fills that column
    apart = _lines(
        "  2023년 2분", "                      아카데미 운영", "                                 기"
    )
    spaced = _lines(
        "      2023년 2분", "", "                      아카데미 운영", "         기"
    )  # not right above
    for dump in (filled, apart, spaced):
        assert [x.text for x in join_wrapped_dates(dump)] == [x.text for x in dump]


def test_a_row_number_head_wrapped_in_its_column_is_one_head() -> None:
    dump = _lines(
        "    번",
        "         추진일자        추진내용       비고",
        "    호",
        "    1    2024.06.15      협약 체결      완료",
        "    2    2024.07.01      착공",
    )
    got = [x.text for x in drop_row_numbers(dump)]
    assert got == [
        "",
        "         추진일자        추진내용       비고",
        "",
        "         2024.06.15      협약 체결      완료",
        "         2024.07.01      착공",
    ]
    other = _lines(
        "    구", *[x.text for x in dump[1:2]], "    분", *[x.text for x in dump[3:]]
    )  # 구분: no row number
    assert [x.text for x in drop_row_numbers(other)] == [x.text for x in other]
    apart = _lines("    번", *[x.text for x in dump[1:2]], "              호", *[x.text for x in dump[3:]])
    assert [x.text for x in drop_row_numbers(apart)] == [x.text for x in apart]  # not in one column


def test_a_rows_number_after_a_label_columns_text_is_taken_off() -> None:
    dump = _lines(
        "    번호  추진일자        추진내용",
        "       1  2024.06.15      협약 체결",
        "▶ 추진실적  2  2024.07.01      착공",
        "       3  2024.08.01      준공",
    )
    got = [x.text for x in drop_row_numbers(dump)]
    assert got[2] == "▶ 추진실적     2024.07.01      착공" and got[3] == "          2024.08.01      준공"
    off = _lines(*[x.text for x in dump[:2]], "▶ 추진실적       2  2024.07.01      착공", dump[3].text)
    assert drop_row_numbers(off)[2].text == off[2].text  # out of the numbers' column: no row number


def test_the_body_table_layout_dump_reads_its_wrapped_dates() -> None:
    """boram-city 82001's body-table layout dump: the grid's wrapped dates read whole (0.673 before)."""
    dump = (
        Path(__file__).resolve().parents[1]
        / "samples"
        / "layout"
        / "body"
        / "boram-city-82001-body-layout.txt"
    )
    [rec] = extract_file(dump)
    dates = [a["date"]["raw"] for a in rec["achievements"] if a["date"]]
    assert {"2024.06.~2024.08.", "2023년 2분기", "2023.04.~2023.08.", "2025년 1학기"} <= set(dates)


def test_a_dump_of_a_cell_a_line_leaves_the_row_numbers_blank() -> None:
    """hwpx-text-extract prints the grid a cell a line: the head word alone, the head's cells under it, every
    row's number on a line of its own (empty cells not printed)."""
    dump = _lines(
        "번호",
        "추진일자",
        "추진내용",
        "비고",
        "1",
        "2024.06.15",
        "협약 체결",
        "완료",
        "2",
        "* 참여기업 5개",
        "3",
        "2024-09",
        "설명회 개최",
        "■ 향후 추진계획",
    )
    got = [x.text for x in drop_row_numbers(dump)]
    assert got == [
        "",
        "추진일자",
        "추진내용",
        "비고",
        "",
        "2024.06.15",
        "협약 체결",
        "완료",
        "",
        "* 참여기업 5개",
        "",
        "2024-09",
        "설명회 개최",
        "■ 향후 추진계획",
    ]
    side = _lines(
        "연번", "기업명", "분야", "1", "㈜이음", "연구개발", "2", "㈜바른", "유통"
    )  # no item head: kept
    assert [x.text for x in drop_row_numbers(side)] == [x.text for x in side]
