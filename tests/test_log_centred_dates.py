"""Date cells a layout dump centres on the rows of a log table they span (extract/sections/log_centred_dates.py,
log_tables.py ``log_rows_from_lines``): the rows dated by the cell whose run of rows holds them where the
layout proves the runs (each cell within half a line of its run's middle, one way only), else left undated;
never the rows above a centred cell dated with the previous cell's month. On lines and a committed layout dump."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.log_centred_dates import DateCell, centred_dates
from pledgecard.extract.sections.log_tables import log_rows_from_lines

DUMP = (
    Path(__file__).resolve().parent.parent
    / "samples"
    / "layout"
    / "families"
    / "hayan-district-71001-layout.txt"
)


def _at(n: int, date: str, text: str, marker: str | None = None) -> Line:
    """A layout dump's line ``n``: the date cells in their columns, the content in its own."""
    content = f"{marker} {text}" if marker else text
    if date:  # a date cell beside it: the line is the dump's, unmarked (the reader parts the item)
        text, marker = f"{date} {content}".strip(), None
    return Line(
        text=text,
        marker=marker,
        indent=0,
        source=Source(line_start=n, line_end=n),
        printed=f"  {date:<14}  {content}",
    )


def _read(lines: list[Line]) -> list[str]:
    head = Line(
        text="연도 월 추진내용",
        marker=None,
        indent=0,
        source=Source(line_start=1, line_end=1),
        printed="  연도    월      추진내용",
    )
    return [ln.text for ln in log_rows_from_lines([head, *lines], lambda ln: False) if isinstance(ln, Line)]


def test_a_month_centred_beside_a_later_row_dates_the_rows_above_it() -> None:
    # the year's cell at the middle of all six rows (a line of its own), each month's at the middle of three
    got = _read(
        [
            _at(3, "", "설계 착수"),
            _at(5, "9월", "공모 선정"),
            _at(7, "", "협약 체결"),
            _at(8, "2023년", ""),
            _at(9, "", "착공"),
            _at(11, "10월", "설명회"),
            _at(13, "", "준공"),
        ]
    )
    assert got == [
        "설계 착수 : 2023년 9월",
        "공모 선정 : 2023년 9월",
        "협약 체결 : 2023년 9월",
        "착공 : 2023년 10월",
        "설명회 : 2023년 10월",
        "준공 : 2023년 10월",
    ]


def test_items_under_a_row_count_in_its_height() -> None:
    got = _read(
        [
            _at(3, "", "육묘장 운영"),
            _at(4, "", "공모 선정", "-"),
            _at(5, "2023년 9월", "아카데미 운영", "-"),
            _at(6, "", "투자협약", "-"),
            _at(8, "", "설명회 개최"),
        ]
    )
    assert got == [
        "육묘장 운영 : 2023년 9월",
        "공모 선정",
        "아카데미 운영",
        "투자협약",
        "설명회 개최 : 2023년 9월",
    ]


def test_a_cell_at_its_rows_top_or_middle_leaves_the_row_between_undated() -> None:
    # 2023년 9월 beside the first row (a run of one row, or the top of two), 2024년 1월 at the middle of the
    # last three or at the top of the last two: which the second row is in the dump does not tell
    got = _read(
        [
            _at(3, "2023년 9월", "공모 선정"),
            _at(5, "", "협약 체결"),
            _at(7, "2024년 1월", "착공"),
            _at(9, "", "준공"),
        ]
    )
    assert got == ["공모 선정 : 2023년 9월", "협약 체결", "착공 : 2024년 1월", "준공 : 2024년 1월"]


def test_a_row_before_the_year_s_cell_proves_the_cells_centred() -> None:
    got = _read(
        [
            _at(3, "9월", "공모 선정"),
            _at(5, "", "협약 체결"),
            _at(6, "2023년", ""),
            _at(7, "10월", "착공"),
            _at(9, "", "준공"),
        ]
    )
    assert got == [
        "공모 선정 : 2023년 9월",
        "협약 체결 : 2023년 10월",
        "착공 : 2023년 10월",
        "준공 : 2023년 10월",
    ]


def test_cells_off_every_runs_middle_date_no_row() -> None:
    got = _read([_at(3, "", "설계 착수"), _at(9, "2023년 9월", "공모 선정"), _at(11, "", "협약 체결")])
    assert got == ["설계 착수", "공모 선정", "협약 체결"]


def test_runs_are_proven_only_one_way() -> None:
    assert centred_dates([(3, 3), (5, 5), (7, 7)], [DateCell(5, "2023년", "9월")]) == [("2023년", "9월")] * 3
    assert centred_dates([(3, 3), (4, 4)], [DateCell(3, "2023년", None)]) == [("2023년", None)] * 2
    assert (
        centred_dates([(3, 3), (4, 4), (5, 5)], [DateCell(3, "2023년", None), DateCell(5, "2024년", None)])
        is None
    )  # the middle row in the first year's run or in the second's
    assert centred_dates([(3, 3), (5, 5)], [DateCell(4, None, "9월")]) is None  # no year cell
    # a month's run across two years' runs
    assert (
        centred_dates(
            [(3, 3), (5, 5), (7, 7)],
            [DateCell(3, "2023년", None), DateCell(6, "2024년", "1월"), DateCell(4, None, "12월")],
        )
        is None
    )


def test_a_layout_dump_dates_the_rows_above_its_centred_cells() -> None:
    rec = extract_file(DUMP)[0]
    rows = [(a["text"], (a["date"] or {}).get("label")) for a in rec["achievements"] if a["level"] == 1]
    assert rows[:3] == [
        ("육묘장 운영", "2023-09"),
        ("청년농업인 대상 스마트팜 설명회 개최(357명 참석)", "2023-09"),
        ("주요 추진실적", "2023-12"),
    ]
    assert all(label is not None for _, label in rows[:8])
