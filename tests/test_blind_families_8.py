"""The template family designed blind in session 9 by helper famC (samples/families.py:
``dodam-district``, a district of a metropolitan city on landscape pages) and the structures it
brought in, on small grids and lines:

- a funding table with the periods down and the sources across whose head is two rows (``재원``
  spanning 국비 / 시비 / 구비 / 기타, 구분 and 계 spanning both): as a document table, as dump lines
  (the head on two lines, on three lines in the order a converter prints them: the total's side
  told by the rows' sums, or merged into one line by place: the heading amid the sources);
- a period row with its amounts above any sources' row: a transposed table's row, never read as a
  header line of a sources-down table (the 합계 row's figures were read as the 계 row's);
- a goal table with an indicator a row, a 단위 column apart from the bare figures and the years
  across over 목표 | 실적 sub-columns (a later year over its 목표 only): as a table and as lines (a
  row a line, a cell a line, the head's cells in any order);
- a grid whose first column's head names a section (``성과지표``) is no label | content body table;
- a short heading printed in the gap between two cells, centred over a run of cells below, spans
  them (pdftotext -layout);
- header labels ``관련부서 협조`` (the 협조부서) and ``사업목표`` (the 실천목표).

Blind figures (before the extractor was read; fact score, wrong figures by
shared/tools/wrong_figures.py): 0.598 in PDF, HWPX, HWP and txt, 12 wrong figures each (the funding
table read from its 합계 row only, its figures given to the 계 row; goals 0.000; the two header
labels unknown). After: 1.000 in all four formats, no wrong figure; layout dumps 1.000 / 1.000,
body-table layout dump 0.90 (0.998 until ``Ⅱ)`` numbered headings: see samples/README.md);
hwpx-text-extract 1.000, pdftotext -raw 1.000, pdftotext 0.993; with unseen section headings 0.47 /
0.48 (txt / PDF) -> 1.000 once a Roman numeral closed by a parenthesis numbers a heading.
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.heading_numbers import heading_number, next_heading
from pledgecard.extract.layout import unpack_table
from pledgecard.extract.readers.text_heads import gap_heading
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines, goals_year_columns
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header import read_header

from conftest import make_line, make_table

MIL = 10**6
_line, _table = make_line, make_table

# ------------------------------------------------------------------------------ funding, two head rows

_HEAD = [["구분", "계", "재원", "재원", "재원", "재원"], ["구분", "계", "국비", "시비", "구비", "기타"]]
_ROWS = [
    ["2022년", "5,284.9", "-", "1,594.9", "1,900.5", "1,789.5"],
    ["2023년", "2,839.9", "1,075.1", "-", "-", "1,764.8"],
    ["합계", "8,124.8", "1,075.1", "1,594.9", "1,900.5", "3,554.3"],
]
_EXPECTED = {
    "계": [5284.9, 2839.9, 8124.8],
    "국비": [0, 1075.1, 1075.1],
    "시비": [1594.9, 0, 1594.9],
    "구비": [1900.5, 0, 1900.5],
    "기타": [1789.5, 1764.8, 3554.3],
}


def _read(funding: dict | None) -> tuple[list[str], dict[str, list[float | None]]]:
    assert funding is not None
    cols = [c["label"] for c in funding["columns"]]
    rows = {
        r["label"]: [None if v is None else round(v / MIL, 1) for v in r["amounts_krw"]]
        for r in funding["rows"]
    }
    return cols, rows


def test_a_transposed_table_with_a_heading_over_its_sources_reads_in_a_document_table() -> None:
    got = extract_funding([_line("(단위: 백만원)"), _table(_HEAD + _ROWS)]).value["funding"]
    cols, rows = _read(got)
    assert cols == ["2022", "2023", "합계"] and rows == _EXPECTED
    assert [r["source"] for r in got["rows"]] == ["total", "national", "municipal", "district", "other"]


def test_the_heading_row_alone_is_no_source_row() -> None:
    # without the sources' row under the heading, nothing names the columns: no figure is placed
    assert extract_funding([_line("(단위: 백만원)"), _table(_HEAD[:1] + _ROWS)]).value["funding"] is None


@pytest.mark.parametrize(
    "head",
    [
        ["구분 계 재원", "국비 시비 구비 기타"],  # the two head rows a line each
        ["구분 계", "재원", "국비 시비 구비 기타"],  # pdftotext -raw: the centred cells between
        ["재원", "구분 계", "국비 시비 구비 기타"],  # the heading first
        ["구분 계 국비 시비 재원 구비 기타"],  # a layout reader's merge by place: the heading amid
    ],
)
def test_a_transposed_table_with_a_heading_over_its_sources_reads_from_dump_lines(head: list[str]) -> None:
    lines = [_line("(단위: 백만원)"), *map(_line, head), *(_line(" ".join(r)) for r in _ROWS)]
    cols, rows = _read(extract_funding(lines).value["funding"])
    assert cols == ["2022", "2023", "합계"] and rows == _EXPECTED


def test_a_three_line_head_whose_total_side_the_sums_do_not_tell_is_not_placed_by_it() -> None:
    # the total (계) is the sum of neither end's cells: which end it heads the head does not tell
    rows = [
        ["2022년", "100.0", "40.0", "30.0", "20.0", "5.0"],
        ["2023년", "90.0", "10.0", "10.0", "10.0", "1.0"],
    ]
    body = [_line(" ".join(r)) for r in rows]
    assert (
        transposed_grid_from_lines([_line("구분 계"), _line("재원"), _line("국비 시비 구비 기타"), *body])
        == []
    )
    fitting = [
        ["2022년", "95.0", "40.0", "30.0", "20.0", "5.0"],
        ["2023년", "31.0", "10.0", "10.0", "10.0", "1.0"],
    ]
    grid = transposed_grid_from_lines(
        [
            _line("재원"),
            _line("구분 계"),
            _line("국비 시비 구비 기타"),
            *(_line(" ".join(r)) for r in fitting),
        ]
    )
    assert grid[0] == ["", "계", "국비", "시비", "구비", "기타"]
    last = [
        ["2022년", "40.0", "30.0", "20.0", "5.0", "95.0"],
        ["2023년", "10.0", "10.0", "10.0", "1.0", "31.0"],
    ]
    grid = transposed_grid_from_lines(
        [_line("구분 계"), _line("재원"), _line("국비 시비 구비 기타"), *(_line(" ".join(r)) for r in last)]
    )
    assert grid[0] == ["", "국비", "시비", "구비", "기타", "계"]  # the sums put the total last


def test_a_period_row_above_the_sources_rows_is_no_header_line() -> None:
    # a transposed table whose source labels were lost: its 합계 row is no 계 row of the years above it
    lines = [
        _line("2022년 5,284.9 - 1,594.9"),
        _line("2023년 2,839.9 1,075.1 -"),
        _line("합계 8,124.8 1,075.1 1,594.9"),
    ]
    assert grid_from_lines(lines) == []
    years = [
        _line("구분 연도별 투자 실적 및 계획 총사업비"),
        _line("기투자 2022 2023"),
        _line("계 145 168 156 469"),
    ]
    assert interpret_grid(grid_from_lines(years), MIL)[1]  # a line of period labels is a header line
    header = [_line("구분 2022년 2023년 합계"), _line("합계 8,124.8 1,075.1 1,594.9")]
    assert interpret_grid(grid_from_lines(header), MIL)[1][0]["amounts_krw"] == [
        8124.8 * MIL,
        1075.1 * MIL,
        1594.9 * MIL,
    ]


# ------------------------------------------------------------------------------ goals, years over sub-columns

_GOALS = [
    ["성과지표", "단위", "2023년", "2023년", "2024년", "2025년"],
    ["성과지표", "단위", "목표", "실적", "목표", "목표"],
    ["청년주택 공급", "호", "69", "60", "63", "-"],
    ["정비 구간", "km", "2.4", "-", "2.3", "1.7"],
]


def _goals(rows: list) -> list[tuple]:
    return [(g.project, g.unit, g.year, g.target, g.actual) for g in rows]


_EXPECTED_GOALS = [
    ("청년주택 공급", "호", 2023, "69", "60"),
    ("청년주택 공급", "호", 2024, "63", None),
    ("정비 구간", "km", 2023, "2.4", None),
    ("정비 구간", "km", 2024, "2.3", None),
    ("정비 구간", "km", 2025, "1.7", None),
]


def test_goals_with_a_unit_column_and_years_over_sub_columns_read_from_a_table() -> None:
    assert _goals(goals_year_columns([[c for c in r] for r in _GOALS]) or []) == _EXPECTED_GOALS
    got = extract_goals([_table(_GOALS)]).value["goals"]
    assert [
        (g["project"], g["year"], g["target_value"], g["target_unit"], g["actual_value"]) for g in got
    ] == [
        ("청년주택 공급", 2023, 69, "호", 60),
        ("청년주택 공급", 2024, 63, "호", None),
        ("정비 구간", 2023, 2.4, "km", None),
        ("정비 구간", 2024, 2.3, "km", None),
        ("정비 구간", 2025, 1.7, "km", None),
    ]


def test_a_goal_table_of_this_shape_with_a_word_among_its_figures_reads_the_word_as_its_target() -> None:
    # a document table's cell is proven by its rules: a worded target is that year's goal, with no
    # figure and no unit of the unit column (session 12: it once made the whole table unread)
    worded = [list(r) for r in _GOALS]
    worded[2][4] = "착공"
    assert _goals(goals_year_columns(worded) or []) == [
        *_EXPECTED_GOALS[:1],
        ("청년주택 공급", "호", 2024, "착공", None),
        *_EXPECTED_GOALS[2:],
    ]
    got = extract_goals([_table(worded)]).value["goals"]
    assert [(g["target"], g["target_value"], g["target_unit"]) for g in got][:2] == [
        ("69", 69, "호"),
        ("착공", None, None),
    ]
    unsplit = [list(r) for r in _GOALS]
    unsplit[1][2:] = ["실적", "목표", "목표", "목표"]  # a year opened by its actual: the runs do not split
    assert goals_year_columns(unsplit) is None


@pytest.mark.parametrize(
    "head",
    [
        ["성과지표 단위 2023년 2024년 2025년", "목표 실적 목표 목표"],  # the head's two rows a line each
        ["성과지표 단위", "2023년 2024년 2025년", "목표 실적 목표 목표"],  # pdftotext -raw
        ["2023년 2024년 2025년", "성과지표 단위", "목표 실적 목표 목표"],  # pdftotext: by the cells' height
        [
            "성과지표 단위 목표 2023년 실적 2024년 목표 2025년 목표"
        ],  # merged by place: a year amid its sub-columns
    ],
)
def test_goals_of_this_shape_read_from_dump_lines(head: list[str]) -> None:
    rows = ["청년주택 공급 호 69 60 63 -", "정비 구간 km 2.4 - 2.3 1.7"]
    got = goals_year_column_lines([*head, *rows, "Ⅴ) 구민 소통 실적"])
    assert got is not None and _goals(got.goals) == _EXPECTED_GOALS
    assert got.used == set(range(len(head) + 2))  # the next heading is no row


def test_goals_of_this_shape_read_a_cell_a_line() -> None:
    cells = [
        "단위",
        "2023년",
        "2024년",
        "2025년",
        "목표",
        "실적",
        "목표",
        "목표",
        "청년주택 공급",
        "호",
        "69",
        "60",
        "63",
        "-",
        "정비 구간",
        "km",
        "2.4",
        "-",
        "2.3",
        "1.7",
    ]
    got = goals_year_column_lines(cells)
    assert got is not None and _goals(got.goals) == _EXPECTED_GOALS


def test_goal_rows_a_line_with_a_figure_missing_stop_the_table() -> None:
    got = goals_year_column_lines(
        ["성과지표 단위 2023년 2024년", "목표 실적 목표", "청년주택 공급 호 69 60 63", "정비 구간 km 2.4 2.3"]
    )
    assert got is not None and [g.project for g in got.goals] == ["청년주택 공급", "청년주택 공급"]


# ------------------------------------------------------------------------------ body tables, spans, header


def _spanned(rows: list[list[str]], spans: dict[tuple[int, int], tuple[int, int]]) -> Table:
    """A table whose cells at ``spans``' keys span (rows, columns); the positions they cover hold no cell."""
    covered = {
        (r + i, c + j) for (r, c), (rs, cs) in spans.items() for i in range(rs) for j in range(cs)
    } - set(spans)
    cells = [
        Cell(r, c, t, row_span=spans.get((r, c), (1, 1))[0], col_span=spans.get((r, c), (1, 1))[1])
        for r, row in enumerate(rows)
        for c, t in enumerate(row)
        if (r, c) not in covered
    ]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def test_a_grid_whose_first_head_names_a_section_is_no_body_table() -> None:
    grid = _spanned(_GOALS, {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)})
    assert unpack_table(grid) == [grid]
    # a section label under it in the first column: label | content rows, unpacked
    body = _spanned(
        [
            ["성과지표", "목표", "실적", "비고"],
            ["성과지표", "목표", "실적", "비고"],
            ["사업개요", "내용", "", ""],
        ],
        {(0, 0): (2, 1)},
    )
    assert len(unpack_table(body)) > 1


def test_a_short_heading_centred_in_a_gap_spans_the_cells_below() -> None:
    below = to_tline(2, 1, "        국비          시비          구비          기타")
    centred = to_tline(1, 1, "                              재원")
    off = to_tline(1, 1, "                    재원")
    assert gap_heading(centred.segs[0], [below], True)
    assert not gap_heading(off.segs[0], [below], True)  # in the gap, but not centred over a run of cells
    figures = to_tline(2, 1, "        1,200          300          구비          기타")
    assert not gap_heading(centred.segs[0], [figures], True)  # over a row of figures: no head row
    over = to_tline(3, 1, "                            강원 1")
    assert not gap_heading(centred.segs[0], [below, over], True)  # over a cell of a line below


def test_related_departments_and_the_goal_are_header_labels() -> None:
    table = Table(
        cells=[
            Cell(r, c, t)
            for r, row in enumerate(
                [
                    ["공약사업명", "도담구 수소산업 생태계 조성"],
                    ["관련부서 협조", "미래산업과,첨단산업과"],
                    ["사업목표", "중장기 추진"],
                ]
            )
            for c, t in enumerate(row)
        ],
        n_rows=3,
        n_cols=2,
    )
    header, _, _ = read_header([table])
    assert header["coop_depts"] == ["미래산업과", "첨단산업과"] and header["target"] == "중장기 추진"


def test_a_roman_numeral_closed_by_a_parenthesis_numbers_a_heading() -> None:
    assert heading_number("Ⅱ) 돈이 드는 곳") == ("r)", 2, "돈이 드는 곳")
    assert heading_number("Ⅱ. 돈이 드는 곳")[0] == "r."  # type: ignore[index]  # another style
    assert next_heading("Ⅰ) 사업개요", "Ⅱ) 돈이 드는 곳", ["Ⅲ) 주요 추진실적"])
    assert not next_heading("Ⅰ) 사업개요", "Ⅱ. 돈이 드는 곳", ["Ⅲ) 주요 추진실적"])  # not the card's style
