"""A schedule's period heads wrapped in their narrow columns (``상반`` / ``기``), as pdftotext and its -raw mode
print them, joined where the pieces make a known period head in a run of such heads
(extract/readers/text_wrapped_heads.py); the head read a cell a line with the years on one line and the rows a
line each closing with their marks (extract/sections/schedule_tables.py ``marked_rows``)."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_wrapped_heads import join_wrapped_heads, joined_head
from pledgecard.extract.sections.schedule_tables import schedule_plans


def _texts(dump: str) -> list[str]:
    return [ln.text for ln in join_wrapped_heads(split_lines(dump)) if ln.text.strip()]


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_pieces_join_only_into_a_known_period_head() -> None:
    assert joined_head("상반", "기") == "상반기" and joined_head("하반", "기") == "하반기"
    assert joined_head("1/4분", "기") == "1/4분기"
    assert joined_head("상반기", "하반기") is None  # each a head already: two heads, not one
    assert joined_head("추진", "기") is None and joined_head("상반", "기간") is None  # no period head joined


def test_a_run_of_wrapped_heads_is_joined_a_lone_pair_is_not() -> None:
    # -raw: the pieces on lines next to each other; pdftotext: a blank line between the heads
    assert _texts("2027년 2028년\n상반\n기\n하반\n기\n상반\n기\n하반\n기\n1 착공 ■") == [
        "2027년 2028년",
        "상반기",
        "하반기",
        "상반기",
        "하반기",
        "1 착공 ■",
    ]
    assert _texts("상반\n기\n\n하반\n기\n") == ["상반기", "하반기"]
    assert _texts("계획 수립\n상반\n기\n완료") == [
        "계획 수립",
        "상반",
        "기",
        "완료",
    ]  # one pair proves nothing
    assert _texts("상반\n기\n착공\n하반\n기") == ["상반", "기", "착공", "하반", "기"]  # a word parts the run


def test_a_schedule_head_a_cell_a_line_over_rows_a_line_closing_with_their_marks() -> None:
    items = _lines(
        "연번 추진과제 추진기간",
        "2027년 2028년",
        "상반기",
        "하반기",
        "상반기",
        "하반기",
        "1 실시설계 '27. 11. ■",
        "2 착공 '28. 1.~6. ■",
        "※ 참고",
    )
    read = schedule_plans(items)
    assert read is not None
    assert [(ln.text, d and d["label"]) for ln, d in read[0]] == [
        ("실시설계", "2027-11"),
        ("착공", "2028-01/2028-06"),
    ]
    assert [ln.text for ln in read[1]] == ["※ 참고"]
    # no printed date and fewer marks than periods: which periods is not printed, the date left null
    read = schedule_plans(
        _lines(
            "추진과제", "2027년 2028년", "상반기", "하반기", "상반기", "하반기", "실시설계 ■", "착공 ■ ■ ■ ■"
        )
    )
    assert read is not None
    assert [(ln.text, d and d["label"]) for ln, d in read[0]] == [
        ("실시설계", None),
        ("착공", "2027-H1/2028-H2"),
    ]
    assert [ln.text for ln in read[2]] == ["■"]  # the marks whose periods are not known handed back unread


def test_a_numbered_plan_table_a_cell_a_line_reads_its_printed_dates() -> None:
    """pdftotext's default mode prints a schedule's columns before its periods a cell a line, the periods' heads
    and marks elsewhere (extract/sections/plan_numbered_cells.py): each row's number, plan and printed date."""
    from pledgecard.extract.sections.plan_numbered_cells import numbered_plans

    rows = ["1", "실시설계", "'27. 11.", "2", "착공", "'28. 1.~6."]
    read = numbered_plans(_lines("연번", "추진과제", "추진기간", *rows, "◆ 기대효과"))
    assert read is not None and [ln.text for ln in read[1]] == ["◆ 기대효과"]
    assert [(ln.text, d["label"]) for ln, d in read[0]] == [
        ("실시설계", "2027-11"),
        ("착공", "2028-01/2028-06"),
    ]
    read = numbered_plans(
        _lines("연번", "추진기간", "추진과제", "1", "'27. 11.", "실시설계")
    )  # the date head first
    assert read is not None and [(ln.text, d["label"]) for ln, d in read[0]] == [("실시설계", "2027-11")]
    # the plan last, a plain line after it not the next row's number: the plan may have wrapped, the row unread
    read = numbered_plans(
        _lines(
            "연번",
            "추진기간",
            "추진과제",
            "1",
            "'27. 11.",
            "실시설계 및",
            "인허가",
            "2",
            "'28. 1.~6.",
            "착공",
        )
    )
    assert read is None
    read = numbered_plans(
        [
            *_lines("연번", "추진기간", "추진과제", "1", "'27. 11.", "실시설계", "2", "'28. 1.~6.", "착공"),
            Line(text="기대효과", marker="◆", indent=0, source=Source()),
        ]
    )
    assert read is not None and [ln.text for ln, _ in read[0]] == ["실시설계", "착공"]
    # a row out of its place ends the rows: the second row's number missing, its cells stay lines
    read = numbered_plans(
        _lines("연번", "추진과제", "추진기간", "1", "실시설계", "'27. 11.", "착공", "'28. 1.~6.")
    )
    assert read is not None and [ln.text for ln, _ in read[0]] == ["실시설계"] and len(read[1]) == 2
    assert numbered_plans(_lines("연번", "추진과제", "비고", *rows)) is None  # no date head: no dates proven
    assert numbered_plans(_lines("구분", "추진과제", "추진기간", *rows)) is None  # no row-number head
    assert (
        numbered_plans(_lines("연번", "추진과제", "추진기간", "1", "'27. 11.", "실시설계")) is None
    )  # cells swapped


def test_a_run_goes_on_past_years_and_marks_and_its_heads_are_no_effects() -> None:
    """pdftotext prints a schedule's heads and marks past the page's text, under the effects: a year's head and
    the marks between the pieces keep the run open, and a line wholly a period head or a date is no effect."""
    from pledgecard.extract.sections.plans import extract_effects

    assert _texts("상반\n기\n\n2025년\n상반\n기\n■\n■\n\n하반\n기\n") == [
        "상반기",
        "2025년",
        "상반기",
        "■",
        "■",
        "하반기",
    ]
    got = extract_effects(_lines("양질의 일자리 창출", "상반기", "2025년", "하반기 중 착공 기대")).value[
        "effects"
    ]
    assert got == ["양질의 일자리 창출", "하반기 중 착공 기대"]


def test_a_layout_head_rows_wrapped_period_heads_join_on_the_rows_line() -> None:
    """pdftotext -layout prints a narrow period head's last syllable on the line under it, started within its
    cell: joined on the head row's line where every piece under it makes a period head with its cell."""
    top = " 연번      추진과제      추진기간     상반      하반    상반      하반"
    starts = [i for i in range(len(top)) if top.startswith(("상반", "하반"), i)]
    low = "".join(
        " " * (c + 1 - k) + "기" for k, c in zip([0, *[c + 2 for c in starts]], starts, strict=False)
    )
    assert _texts(f"{top}\n{low}\n") == [
        " 연번      추진과제      추진기간     상반기     하반기   상반기     하반기"
    ]
    # a piece making no head, or one under no cell, leaves both lines as they are
    assert _texts(f"{top}\n{low.replace('기', '간', 1)}\n")[1].split() == ["간", "기", "기", "기"]
    assert len(_texts(f"{top}\n  기    기\n")) == 2


def test_a_schedule_head_of_years_each_before_its_periods() -> None:
    """A layout reader joins the years' line and the periods' under it: each year before its own periods (one
    line), or each year joined to its first period's cell (a table's head row); read where the periods prove."""
    from pledgecard.extract.document import Cell, Table

    items = _lines(
        "연번 추진과제 추진기간 2027년 상반기 하반기 2028년 상반기 하반기",
        "1 실시설계 '27. 11. ■",
        "2 착공 '28. 1.~6. ■",
    )
    read = schedule_plans(items)
    assert read is not None
    assert [(ln.text, d and d["label"]) for ln, d in read[0]] == [
        ("실시설계", "2027-11"),
        ("착공", "2028-01/2028-06"),
    ]
    assert (
        schedule_plans(_lines("추진과제 2027년 상반기 하반기 2028년 상반기", "실시설계 ■")) is None
    )  # years unequal

    grid = [
        ["연번", "추진과제", "추진기간", "2024년 상반기", "하반기", "2025년 상반기", "하반기"],
        ["1", "실시설계", "'24. 7.~12.", "", "■", "", ""],
        ["2", "착공", "", "", "", "■", "■"],
    ]
    table = Table(
        cells=[Cell(row=r, col=k, text=t) for r, row in enumerate(grid) for k, t in enumerate(row)],
        n_rows=3,
        n_cols=7,
    )
    read = schedule_plans([table])
    assert read is not None
    assert [(ln.text, d and d["label"]) for ln, d in read[0]] == [
        ("실시설계", "2024-07/2024-12"),
        ("착공", "2025-H1/2025-H2"),
    ]
    grid[0][5] = "상반기"  # the second year's head lost: the periods not proven
    table = Table(
        cells=[Cell(row=r, col=k, text=t) for r, row in enumerate(grid) for k, t in enumerate(row)],
        n_rows=3,
        n_cols=7,
    )
    assert schedule_plans([table]) is None
