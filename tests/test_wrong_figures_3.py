"""Session 11's wrong-figure classes of layout dumps and the funding fallback, on small lines and grids:

- funding rows a layout dump printed run together (two rows' labels on one line, then all their
  amounts): parted where the sums prove it, else not read, with ``extract.table_unrecovered`` at
  the line so a reviewer sees the fault is in the reading, not in the card (funding_runs.py);
- a bullet item printed left of a label-left body's content column goes on with the body;
- a count table no label of which names a channel is no outreach;
- the funding fallback re-reading a table's rows as lines keeps only the figures the sums prove.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.funding_cells import split_glued
from pledgecard.extract.sections.funding_runs import parted_rows, run_labels
from pledgecard.pipeline import process_file

DUMP = (
    Path(__file__).resolve().parents[1]
    / "samples"
    / "layout"
    / "unseen"
    / "areum-district-26284-body-layout.txt"
)
KINDS = ["year", "year", "year", "total"]


def test_labels_of_two_rows_run_together() -> None:
    assert run_labels("시비 구비") == ["시비", "구비"]
    assert run_labels("지방비 도비") is None  # a group over its part: one row
    assert run_labels("국비") is None
    assert run_labels("시비 교부") is None  # a word naming no source


def test_rows_are_parted_only_where_every_row_sums_to_its_total() -> None:
    cells = ["1", "2", "3", "6", "4", "-", "5", "9"]
    assert parted_rows("시비 구비", cells, KINDS, split_glued) == [
        ["시비", "1", "2", "3", "6"],
        ["구비", "4", "-", "5", "9"],
    ]
    assert (
        parted_rows("시비 구비", ["1", "2", "3", "7", "4", "-", "5", "9"], KINDS, split_glued) is None
    )  # 1+2+3 != 7
    assert parted_rows("시비 구비", cells[:-1], KINDS, split_glued) is None  # a cell short: no parting
    assert (
        parted_rows("시비 구비", cells, ["year", "year", "share", "total"], split_glued) is None
    )  # no period
    assert parted_rows("시비 구비", [c + ".5" if c == "1" else c for c in cells], KINDS, split_glued) is None


def test_a_dash_glued_to_an_amount_is_a_zero_where_the_count_and_sums_say_so() -> None:
    glued = [
        "1",
        "-2",
        "3",
        "4",
        "-5",
        "9",
    ]  # 시비 1 - 2 3 | 구비 4 - 5 9, each dash glued to the next amount
    assert parted_rows("시비 구비", glued, KINDS, split_glued) == [
        ["시비", "1", "-", "2", "3"],
        ["구비", "4", "-", "5", "9"],
    ]
    # as many cells as the rows need, read as printed: the dash is a minus sign (3 - 2 = 1)
    assert parted_rows(
        "시비 구비", ["3", "-2", "1", "4", "-", "4"], ["year", "year", "total"], split_glued
    ) == [["시비", "3", "-2", "1"], ["구비", "4", "-", "4"]]


def _read(text: str, tmp_path: Path) -> tuple[dict, list[dict]]:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    res = process_file(path)
    return res.records[0], res.provenance[0]["findings"]


def test_an_unproven_run_together_line_is_unread_with_a_finding_at_it(tmp_path: Path) -> None:
    """The areum-district 26284 dump with one glued amount of the 시비 row changed (081 -> 082):
    its run no longer sums to its 계, so neither 시비 nor 구비 is read; the line is kept in
    unparsed and the finding names it (before: the rows were absent with no word of why, and
    validation blamed the card's column sums)."""
    text = DUMP.read_text(encoding="utf-8")
    assert "27,989,081705,013,244" in text
    rec, findings = _read(text.replace("27,989,081705,013,244", "27,989,082705,013,244"), tmp_path)
    assert [r["label"] for r in rec["funding"]["rows"]] == ["국비", "합계"]
    [line] = [u for u in rec["unparsed"] if u["text"].startswith("시비 구비")]
    at = [
        f
        for f in findings
        if f["code"] == "extract.table_unrecovered" and f["source_location"] == line["location"]
    ]
    assert at and at[0]["location"] == "funding"  # the record part it concerns
    assert len(at) == 1 and "run together" in at[0]["message"]


def test_the_proven_dump_reads_both_rows_and_raises_no_finding_at_them(tmp_path: Path) -> None:
    rec, findings = _read(DUMP.read_text(encoding="utf-8"), tmp_path)
    assert [r["label"] for r in rec["funding"]["rows"]] == ["국비", "시비", "구비", "합계"]
    assert not any("run together" in f["message"] for f in findings)
    assert not any(u["text"].startswith("시비 구비") for u in rec["unparsed"])


def test_a_bullet_item_left_of_the_content_column_goes_on_with_the_region() -> None:
    """haneul-city 18402 body dump: ``- 주요 추진실적`` (a bullet the content uses, over words naming
    a section) printed two columns left of the content column, right above a label glued to its
    content; it had ended the label-left body, the 추진 실적 cell's lines then dealt to 시민소통's
    label and a table of yearly counts read as the outreach (total 48 for 138)."""
    from pledgecard.extract.readers.text_lines import to_tline
    from pledgecard.extract.readers.text_regions import _fits

    line = to_tline(1, 1, "        - 주요 추진실적")
    assert _fits(line, 10, frozenset("-"))
    assert not _fits(line, 10, frozenset("·"))  # a glyph the content does not use: a label's


def test_a_count_table_no_label_of_which_names_a_channel_is_no_outreach() -> None:
    from pledgecard.extract.sections.outreach import from_grid

    assert from_grid([["구분", "2021년", "2022년", "계"], ["취업자", "35", "13", "48"]]) is None
    got = from_grid([["계", "주민간담회", "언론 홍보", "교원 연수"], ["10", "1", "7", "2"]])
    assert (
        got is not None
        and got["total"] == 10
        and [i["category"] for i in got["items"]] == ["meetings", "media", "other"]
    )


def _fallback(rows: list[list[str]]) -> list[tuple[str, list[int | None]]]:
    """A table whose head row the layout printed one cell left (a period over the row labels): no
    cell stands under a column, so its rows are re-read as printed lines (the fallback)."""
    from pledgecard.extract.sections.funding import extract_funding

    from conftest import make_line, make_table

    f = extract_funding([make_line("(단위: 천원)"), make_table(rows)]).value["funding"]
    return [(r["label"], r["amounts_krw"]) for r in f["rows"]]


def test_the_fallback_keeps_a_row_whose_cells_sum_to_its_total_column() -> None:
    assert _fallback(
        [["2023", "2024", "계", ""], ["국비", "100", "20", "120"], ["시비", "5", "7", "12"]]
    ) == [("국비", [100_000, 20_000, 120_000]), ("시비", [5_000, 7_000, 12_000])]


def test_the_fallback_nulls_a_row_the_sums_do_not_prove() -> None:
    """Before session 11 the fallback placed 100 / 20 / 125 left to right (a cell may have moved)."""
    got = _fallback([["2023", "2024", "계", ""], ["국비", "100", "20", "125"], ["시비", "5", "7", "12"]])
    assert got == [("국비", [None, None, None]), ("시비", [5_000, 7_000, 12_000])]


def test_the_fallback_keeps_rows_whose_columns_sum_to_the_total_row() -> None:
    head = ["2023", "2024", "2025", ""]
    assert _fallback([head, ["국비", "100", "20", "5"], ["시비", "5", "7", "1"], ["계", "105", "27", "6"]])[
        2
    ] == ("계", [105_000, 27_000, 6_000])
    assert all(
        v == [None] * 3
        for _, v in _fallback(
            [head, ["국비", "100", "20", "5"], ["시비", "5", "7", "1"], ["계", "105", "28", "6"]]
        )
    )


def test_rows_a_page_break_parted_from_their_head_are_read_with_it() -> None:
    """eunha-province 28004 layout dump: the second of two stacked funding tables printed its head
    lines on one page and its rows, aligned as a table of their own, on the next: the rows' table
    names no column, so its rows are read as lines in print order after the head (the years go on
    from the first table's); before, the funding came out with no column and no figure (0.83)."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding import extract_funding

    from conftest import make_line, make_table

    def line(text: str, n: int) -> Line:
        return Line(text=text, marker=None, indent=0, source=Source(line_start=n, line_end=n))

    rows = make_table([["계", "30", "20"], ["국비", "10", "5"], ["시비", "20", "15"]])
    rows.source = Source(line_start=20, line_end=24)
    items = [
        make_line("(단위: 백만원)"),
        line("구분 총사업비 2023년 2024년", 10),
        line("계 80 20 10", 11),
        line("국비 20 5 0", 12),
        line("시비 60 15 10", 13),
        line("구분 2025년 2026년", 15),
        rows,
    ]
    f = extract_funding(items).value["funding"]
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2023", "2024", "2025", "2026"]
    million = 1_000_000
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [v * million for v in r] for r in ([80, 20, 10, 30, 20], [20, 5, 0, 10, 5], [60, 15, 10, 20, 15])
    ]


def test_a_header_cell_spanning_two_counts_with_two_channels_is_parted_where_the_sums_hold() -> None:
    """bitna-district 35003 body dump: ``만족도 조사 전문가 자문`` printed one space apart, read as one
    cell over both counts; each column takes its channel in print order where the counts add up
    to the printed total (counts were null, a 구분 channel made up, 0.17 outreach)."""
    from pledgecard.extract.sections.outreach import from_grid

    head = [
        "구분",
        "주민간담회, 공청회 등",
        "만족도 조사 전문가 자문",
        "만족도 조사 전문가 자문",
        "계",
        "언론·방송",
        "기타",
    ]
    got = from_grid([head, ["실적(회)", "1", "-", "4", "7회", "-", "2"]])
    assert got is not None and got["total"] == 7
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 1),
        ("survey", 0),
        ("experts", 4),
        ("media", 0),
        ("other", 2),
    ]
    off = from_grid([head, ["실적(회)", "1", "-", "4", "8회", "-", "2"]])  # 1+4+2 != 8
    assert off is not None and all(i["count"] is None for i in off["items"])


def test_a_goal_head_word_wrapped_into_two_cells_is_whole_over_the_values() -> None:
    """nodeul-county 39005 body dump: ``추진상`` / ``황`` wrapped in a narrow head cell, placed by the
    layout in two cells side by side, the statuses under ``황``: the column word stands over them."""
    from pledgecard.extract.sections.goals import wrapped_head

    grid = [
        ["연도", "목표", "실적", "추진상", "황", "추진내용"],
        ["2024", "200호", "138호", "", "완료", "운영"],
    ]
    assert wrapped_head(grid) == ["연도", "목표", "실적", "", "추진상황", "추진내용"]
    grid[1][3] = "x"  # the left cell's column holds a value: two columns, left as printed
    assert wrapped_head(grid) == grid[0]
    assert wrapped_head([["목표", "실적"], ["", "1"]]) == ["목표", "실적"]  # each a word of its own


def test_a_year_head_printed_over_its_one_sub_column_word_in_one_cell_is_two_head_rows() -> None:
    """dodam-district 38402 body / 38929 plain dumps: the years before the reporting one over 목표
    only, the two head rows joined cell by cell (``2023년 목표``): the goals were read with no year
    and no value (goals 0.20); the head is parted into its two rows and read as the years' targets."""
    from pledgecard.extract.sections.goal_year_columns import goals_year_columns

    grid = [
        ["성과지표", "단위", "2023년 목표", "2024년 목표"],
        ["정비 구간", "km", "2.6", "2.8"],
        ["청년주택 공급", "호", "23", "-"],
    ]
    got = goals_year_columns(grid)
    assert got is not None
    assert [(g.project, g.year, g.target) for g in got] == [
        ("정비 구간", 2023, "2.6"),
        ("정비 구간", 2024, "2.8"),
        ("청년주택 공급", 2023, "23"),
    ]
    assert (
        goals_year_columns([["성과지표", "단위", "2023년 목표", "2024년"], *grid[1:]]) is None
    )  # a year apart
