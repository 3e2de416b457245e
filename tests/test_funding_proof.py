"""A funding table a dump printed cell by cell in block order (``pdftotext`` in its default mode):
placed only where its sums prove one arrangement (extract/sections/funding_proof.py). Whole
families are measured in tests/test_text_converters.py; these pin the rule on small tables."""

from __future__ import annotations

from pledgecard.extract.sections.funding_proof import fillings, proven_grid
from pledgecard.extract.sections.funding_stream import funding_from_stream

GRID = [
    [100, 10, 20, 30, 40],  # 합계 | 기투자 2023 2024 2025 (the total column first)
    [60, 10, 0, 20, 30],
    [40, 0, 20, 10, 10],
]


def _stream(*cells: object) -> str:
    return "\n".join(str(c) for c in cells)


def _values(text_rows: list[list[int | None]]) -> list[list[int | None]]:
    return [[None if v is None else v // 1_000_000 for v in r] for r in text_rows]


def test_cells_printed_in_blocks_are_placed_where_every_sum_holds() -> None:
    # the first two columns of the first rows in one block, then the rest row by row (garam-metro)
    text = _stream(
        "구분",
        "총사업비",
        "계",
        100,
        10,
        "국비",
        60,
        "도비",
        "기투자",
        "2023",
        "2024",
        "2025",
        20,
        30,
        40,
        10,
        "-",
        20,
        30,
        40,
        "-",
        20,
        10,
        10,
    )
    cols, rows = funding_from_stream(text, 1_000_000)
    assert [c["kind"] for c in cols] == ["total", "prior", "year", "year", "year"]
    assert [r["label"] for r in rows] == ["계", "국비", "도비"]
    assert _values([r["amounts_krw"] for r in rows]) == GRID


def test_cells_printed_column_by_column_are_placed() -> None:
    by_column = [GRID[i][j] for j in range(5) for i in range(3)]
    text = _stream("구분", "총사업비", "기투자", "2023", "2024", "2025", "계", "국비", "도비", *by_column)
    cols, rows = funding_from_stream(text, 1_000_000)
    assert [c["kind"] for c in cols] == ["total", "prior", "year", "year", "year"]
    assert _values([r["amounts_krw"] for r in rows]) == GRID


def test_total_column_printed_among_the_years_goes_where_the_rows_sum() -> None:
    # 합계 printed before the last year, its cells after it (narae-city): 임기 후 follows the total
    got = proven_grid(
        [
            {"label": x, "kind": k, "year": y}
            for x, k, y in (
                ("2023", "year", 2023),
                ("합계", "total", None),
                ("2024", "year", 2024),
                ("임기후", "after_term", None),
            )
        ],
        0,
        3,
        ["3", "3", "11", "5", "1", "2", "6", "3", "2", "1", "5", "2"],
        1,
    )
    assert got is not None
    cols, order, grid = got
    assert [c["label"] for c in cols] == ["2023", "2024", "합계", "임기후"]
    assert order == [0, 1, 2] and grid == [["3", "3", "11", "5"], ["1", "2", "6", "3"], ["2", "1", "5", "2"]]


def test_no_proof_where_sums_fail_or_two_arrangements_fit() -> None:
    cols = [
        {"label": x, "kind": k, "year": y}
        for x, k, y in (("합계", "total", None), ("2023", "year", 2023), ("2024", "year", 2024))
    ]
    # a row whose total is not the sum of its years
    assert proven_grid(cols, 0, 3, ["9", "4", "5", "5", "2", "3", "4", "2", "1"], 1) is None
    # a square table whose sums hold read either way round: the total row may be first or last
    square = ["9", "4", "5", "5", "1", "4", "4", "3", "1"]  # row by row, or its transpose column by column
    assert proven_grid(cols, 0, 3, square, 1) is None
    assert len(fillings([9, 4, 5, 5, 1, 4, 4, 3, 1], 3, 3, 0, 0, [[1, 2]])[0] or ()) == 2
    # no total row nor column: nothing to prove with
    assert proven_grid([c for c in cols if c["kind"] == "year"] * 2, None, 2, ["1"] * 8, 1) is None


def test_one_cell_off_proves_nothing() -> None:
    # the block order above with one year off by one: no order fits every sum, so the sums place
    # nothing (the layout's reading stands, and the validator flags the sums it breaks)
    amounts = ["100", "10", "60", "20", "30", "40", "10", "-", "21", "30", "40", "-", "20", "10", "10"]
    cols = [
        {"label": x, "kind": k, "year": y}
        for x, k, y in (
            ("총사업비", "total", None),
            ("기투자", "prior", None),
            ("2023", "year", 2023),
            ("2024", "year", 2024),
            ("2025", "year", 2025),
        )
    ]
    assert proven_grid(cols, 0, 3, amounts, 1) is None
    amounts[8] = "20"
    assert proven_grid(cols, 0, 3, amounts, 1) is not None


def test_table_continued_with_its_header_again_is_read_as_one() -> None:
    # the total column's rows sum only over both pages' years (eunha-province): each page alone
    # cannot place it, the joined amounts can
    text = _stream(
        "구분",
        "연도별 투자계획",
        "총사업비",
        "2021년",
        "2022년",
        "계",
        100,
        10,
        20,
        "국비",
        60,
        10,
        0,
        "도비",
        40,
        "-",
        20,
        "연도별 투자계획",
        "구분",
        "2023년",
        "2024년",
        "계",
        30,
        40,
        "국비",
        20,
        30,
        "도비",
        10,
        10,
    )
    cols, rows = funding_from_stream(text, 1_000_000)
    assert [c["label"] for c in cols] == ["총사업비", "2021", "2022", "2023", "2024"]
    assert _values([r["amounts_krw"] for r in rows]) == [
        [100, 10, 20, 30, 40],
        [60, 10, 0, 20, 30],
        [40, 0, 20, 10, 10],
    ]
    # one cell off: no order fits every sum and the pages' own totals do not sum: nothing placed
    _, rows = funding_from_stream(text.replace("\n30\n40", "\n30\n41"), 1_000_000)
    assert rows and all(v is None for r in rows for v in r["amounts_krw"])


def test_sub_source_rows_under_a_spanning_source_stay_null() -> None:
    # 국비 spans 국고보조금 / 특별교부세 / 소계, 지방비 spans 도비 / 시비 / 소계, their labels printed with
    # the header (mirae-city): the labels' order is not the rows', so no cell is placed under a label
    text = _stream(
        "구분",
        "총사업비",
        "2023년",
        "2024년",
        "합계",
        "국비",
        "지방비",
        90,
        30,
        60,
        "국고보조금",
        30,
        10,
        20,
        "특별교부세",
        10,
        "-",
        10,
        "소계",
        40,
        10,
        30,
        "도비",
        30,
        10,
        20,
        "시비",
        20,
        10,
        10,
        "소계",
        50,
        20,
        30,
    )
    _, rows = funding_from_stream(text, 1)
    assert len(rows) == 7 and all(v is None for r in rows for v in r["amounts_krw"])


def test_a_square_table_turned_either_way_is_told_apart_by_the_budget_shares() -> None:
    # the years and a total column last, 계 printed last among the row labels (dasan-edu): read row by
    # row, or column by column with 합계 first and the total row last, every sum holds both ways
    cols = [{"label": str(y), "kind": "year", "year": y} for y in (2023, 2024, 2025, 2026)]
    cols.append({"label": "합계", "kind": "total", "year": None})
    amounts = [
        "2,158",
        "2,470",
        "2,250",
        "6,609",
        "13,487",
        "-",
        "983",
        "-",
        "1,542",
        "2,525",
        "81",
        "-",
        "-",
        "1,982",
        "2,063",
        "1,139",
        "519",
        "268",
        "1,289",
        "3,215",
        "938",
        "968",
        "1,982",
        "1,796",
        "5,684",
    ]
    assert proven_grid(cols, 4, 5, amounts, 1) is None
    got = proven_grid(cols, 4, 5, amounts, 1, ((2525, 2063, 3215, 5684), 13487))
    assert got is not None
    _, order, grid = got
    assert order == [4, 0, 1, 2, 3] and grid[0] == ["2,158", "2,470", "2,250", "6,609", "13,487"]
    assert [r[-1] for r in grid[1:]] == ["2,525", "2,063", "3,215", "5,684"]
    # shares neither reading totals, or another total: no proof
    assert proven_grid(cols, 4, 5, amounts, 1, ((2525, 2063, 3215, 5685), None)) is None
    assert proven_grid(cols, 4, 5, amounts, 1, ((2525, 2063, 3215, 5684), 13488)) is None


def test_a_secured_column_beside_the_unsecured_one_is_a_share_column_not_a_second_figure() -> None:
    # 총사업비 | 확보 | 미확보 | years printed a cell a line (hanul-special): 확보 with no plan word
    # is no second figure of a pair but the share the 미확보 column completes; both are dropped
    text = _stream(
        "구분",
        "총사업비",
        "확보",
        "미확보",
        "2023",
        "2024",
        "합계",
        100,
        70,
        30,
        60,
        40,
        "국비",
        40,
        40,
        "-",
        30,
        10,
        "도비",
        60,
        30,
        30,
        30,
        30,
    )
    cols, rows = funding_from_stream(text, 1_000_000)
    assert [c["kind"] for c in cols if c["kind"] != "share"] == ["total", "year", "year"]
    kept = [k for k, c in enumerate(cols) if c["kind"] != "share"]
    assert [[r["amounts_krw"][k] // 1_000_000 for k in kept] for r in rows] == [
        [100, 60, 40],
        [40, 30, 10],
        [60, 30, 30],
    ]


def test_year_labels_printed_past_the_table_head_its_last_columns_where_the_sums_prove_it() -> None:
    # the header's last year labels printed after the page's footer, in the next section (garam-metro)
    text = _stream(
        "구분",
        "총액",
        "2023",
        "2024",
        "계",
        100,
        10,
        20,
        30,
        40,
        "국비",
        40,
        "-",
        10,
        10,
        20,
        "시비",
        60,
        10,
        10,
        20,
        20,
    )
    cols, rows = funding_from_stream(text, 1_000_000, None, ("2025", "2026"))
    assert [c["label"] for c in cols] == ["총액", "2023", "2024", "2025", "2026"]
    assert _values([r["amounts_krw"] for r in rows]) == [
        [100, 10, 20, 30, 40],
        [40, 0, 10, 10, 20],
        [60, 10, 10, 20, 20],
    ]
    # labels that do not go on from the last year one at a time head nothing: the counts do not fit
    assert funding_from_stream(text, 1_000_000, None, ("2026", "2027"))[1] == []
    assert funding_from_stream(text, 1_000_000)[1] == []
    # a row that does not add up: the cells stay null, their printed text kept
    bad = text.replace("\n20\n시비", "\n21\n시비")
    _, rows = funding_from_stream(bad, 1_000_000, None, ("2025", "2026"))
    assert rows and all(v is None for r in rows for v in r["amounts_krw"])


def test_stray_year_labels_are_the_first_run_of_lines_printing_nothing_else() -> None:
    from pledgecard.extract.sections.funding_strays import stray_period_labels

    from conftest import make_line

    lines = [
        make_line(t)
        for t in (
            "▶ 기 추진실적(’20. 1분기 누계)",
            "2020년",
            "2021년",
            "2022년",
            "➢ 협약 체결 : 2020년 5월",
            "2019",
            "2020",
        )
    ]
    assert stray_period_labels(lines) == ("2020년", "2021년", "2022년")
    assert stray_period_labels([make_line("2020년 2분기 현재"), make_line("'27 목표")]) == ()
