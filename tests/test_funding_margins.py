"""A funding told as its two margins (samples/families dajim-district): the sources' totals in a table of their own,
sources across over one total row, read into the total column of each source's row, its periods null; any table
of another shape, or whose figures do not sum, adds nothing."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.sections.funding_margins import source_margin, with_source_margin

M = 10**6


def _table(rows: list[list[str]]) -> Table:
    return Table(
        cells=[Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )


HEAD = ["구분", "계", "국비", "시비", "구비", "민자등", "비고"]
BODY = ["총 계", "27,815", "5,807", "2,515", "10,268", "9,225", ""]


def _years() -> tuple[list, list]:
    columns = [
        {"label": "계", "kind": "total", "year": None},
        {"label": "2025", "kind": "year", "year": 2025},
        {"label": "2026", "kind": "year", "year": 2026},
        {"label": "임기후", "kind": "after_term", "year": None},
    ]
    rows = [{"label": "총계", "source": "total", "amounts_krw": [27815 * M, 10000 * M, 15000 * M, 2815 * M]}]
    return columns, rows


def test_a_table_of_the_sources_totals_adds_each_sources_total_its_periods_null() -> None:
    columns, rows = _years()
    assert with_source_margin(columns, rows, _table([HEAD, BODY]), M)
    assert [(r["label"], r["source"], r["amounts_krw"]) for r in rows[1:]] == [
        ("국비", "national", [5807 * M, None, None, None]),
        ("시비", "municipal", [2515 * M, None, None, None]),
        ("구비", "district", [10268 * M, None, None, None]),
        ("민자등", "private", [9225 * M, None, None, None]),
    ]


def test_spaced_heads_and_a_total_head_last_read_the_same() -> None:
    head = ["구 분", "국 비", "시 비", "구 비", "민자등", "합 계"]
    body = ["계", "5,807", "2,515", "10,268", "9,225", "27,815"]
    assert source_margin(_table([head, body]), M) == (
        27815 * M,
        [
            ("국비", "national", 5807 * M, 1),
            ("시비", "municipal", 2515 * M, 2),
            ("구비", "district", 10268 * M, 3),
            ("민자등", "private", 9225 * M, 4),
        ],
    )


def test_no_margin_where_the_sources_do_not_sum_to_the_total() -> None:
    body = [*BODY[:2], "5,808", *BODY[3:]]  # one figure off: nothing proves the cells
    columns, rows = _years()
    assert source_margin(_table([HEAD, body]), M) is None
    assert not with_source_margin(columns, rows, _table([HEAD, body]), M) and len(rows) == 1


def test_no_margin_where_its_total_is_not_the_years_total() -> None:
    columns, rows = _years()
    rows[0]["amounts_krw"][0] = 27816 * M
    assert not with_source_margin(columns, rows, _table([HEAD, BODY]), M) and len(rows) == 1


def test_other_shapes_are_no_margin() -> None:
    assert source_margin(_table([HEAD, BODY, BODY]), M) is None  # two rows: a table of another kind
    assert source_margin(_table([HEAD, ["국비", *BODY[1:]]]), M) is None  # its row no total
    head = [*HEAD[:2], "인건비", *HEAD[3:]]  # a head naming no source
    assert source_margin(_table([head, BODY]), M) is None
    body = [*BODY[:2], "", *BODY[3:]]  # a source's cell blank
    assert source_margin(_table([HEAD, body]), M) is None
    columns, rows = _years()
    rows.append({"label": "국비", "source": "national", "amounts_krw": [1, 1, 1, 1]})  # sources already read
    assert not with_source_margin(columns, rows, _table([HEAD, BODY]), M)


def test_a_source_head_merged_over_two_columns_is_one_source_two_different_cells_are_refused() -> None:
    merged = [
        Cell(0, 0, "구분"),
        Cell(0, 1, "계"),
        Cell(0, 2, "국비"),
        Cell(0, 3, "시비", col_span=2),
        Cell(1, 0, "총계"),
        Cell(1, 1, "300"),
        Cell(1, 2, "100"),
        Cell(1, 3, "200", col_span=2),
    ]
    assert source_margin(Table(cells=merged, n_rows=2, n_cols=5), 1) == (
        300,
        [("국비", "national", 100, 2), ("시비", "municipal", 200, 3)],
    )
    twice = _table([["구분", "계", "국비", "시비", "시비"], ["총계", "300", "100", "100", "100"]])
    assert source_margin(twice, 1) is None
