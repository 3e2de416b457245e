"""Row pairs of an open-sided table run together (issue 11, session 20: crossbred card 2389): under a
source label centred on its two rows (국비 beside 당초 / 변경), the two rows' lines touch and make one row,
the label cell stacking 당초 over 변경 and each figure cell its figures. The row is cut into one row
per label line by the lines' heights when every figure lines up with exactly one label line, every
label line has a figure and a cell stacks figures; a figure standing alone at one line's height goes
to that line's row. Otherwise the row is left whole (its figures unread, never guessed)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from test_blind_family_noeul import _centred, _rule

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import unpack_table
from pledgecard.extract.readers.pdf import page_blocks
from pledgecard.extract.readers.pdf_open_tables import open_grids
from pledgecard.extract.readers.pdf_row_pairs import split_stacked_rows
from pledgecard.extract.readers.pdf_tables import PageTable, build_table, fill_tables

HEIGHT = 400.0
COLS = (50.0, 120.0, 190.0, 270.0, 350.0)
JOINTS = COLS[1:-1]


def _cells(row: list[str], top: float) -> list[dict[str, Any]]:
    return [c for k, s in enumerate(row) for c in _centred(s, COLS[k], COLS[k + 1], top) if s]


def _pair(source: str, plan: list[str], changed: list[str], top: float) -> list[dict[str, Any]]:
    """A source label centred on its 당초 and 변경 rows, ``plan`` and ``changed`` their cells
    (the label word first): the label's line between theirs, half a point from each."""
    return (
        _cells(["", *plan], top)
        + _centred(source, COLS[0], COLS[1], top + 10.5)
        + _cells(["", *changed], top + 21)
    )


def _table(chars: list[dict[str, Any]]) -> PageTable:
    edges = (
        _rule(40, COLS[0], COLS[-1], cut=JOINTS)
        + _rule(60, COLS[0], COLS[-1], cut=JOINTS)
        + _rule(140, COLS[0], COLS[-1], cut=JOINTS)
    )
    head = _cells(["재원", "구분", "2024", "2025"], 45)
    grids = open_grids(edges, head + chars, [], HEIGHT)
    assert len(grids) == 1 and grids[0].open_sided
    _, tables = page_blocks(1, HEIGHT, head + chars, grids)
    (table,) = tables
    return table


def _rows(t: PageTable) -> list[list[str]]:
    return t.row_texts(t.n_rows)


def test_a_pair_row_run_together_is_cut_at_its_label_lines() -> None:
    t = _table(
        _pair("국비", ["당초", "7711", ""], ["변경", "15039", "4212"], 70)
        + _pair("시비", ["당초", "2450", "2450"], ["변경", "9987", "-"], 104)
    )
    assert _rows(t) == [
        ["재원", "구분", "2024", "2025"],
        ["국비", "당초", "7711", ""],
        ["국비", "변경", "15039", "4212"],
        ["시비", "당초", "2450", "2450"],
        ["시비", "변경", "9987", "-"],
    ]
    assert t.ys == sorted(t.ys) and len(t.cell_lines) == len(t.cells)


def test_a_figure_between_the_label_lines_leaves_the_row_whole() -> None:
    chars = _pair("국비", ["당초", "7711", ""], ["변경", "15039", ""], 70) + _centred(
        "4212", COLS[3], COLS[4], 80.5
    )
    t = _table(chars)
    assert _rows(t) == [["재원", "구분", "2024", "2025"], ["국비", "당초\n변경", "7711\n15039", "4212"]]


def test_a_wrapped_label_beside_one_line_of_figures_is_no_pair() -> None:
    chars = _cells(["국비", "교육비특별", "7711", "300"], 70) + _cells(["", "회계", "", ""], 80.5)
    t = _table(chars)
    assert [r[1] for r in _rows(t)[1:]] == ["교육비특별\n회계"]


def test_only_an_open_sided_table_is_cut() -> None:
    """A row of a ruled table (its rows drawn) is as its rules drew it: the same grid unflagged stays whole."""
    chars = _pair("국비", ["당초", "7711", ""], ["변경", "15039", "4212"], 70)
    head = _cells(["재원", "구분", "2024", "2025"], 45)
    edges = (
        _rule(40, COLS[0], COLS[-1], cut=JOINTS)
        + _rule(60, COLS[0], COLS[-1], cut=JOINTS)
        + _rule(140, COLS[0], COLS[-1], cut=JOINTS)
    )
    (grid,) = open_grids(edges, head + chars, [], HEIGHT)
    _, (ruled,) = page_blocks(1, HEIGHT, head + chars, [replace(grid, open_sided=False)])
    assert _rows(ruled)[1] == ["국비", "당초\n변경", "7711\n15039", "4212"]
    table = build_table(1, grid)
    fill_tables([table], head + chars)
    split_stacked_rows(table)
    assert _rows(table)[1:] == [["국비", "당초", "7711", ""], ["국비", "변경", "15039", "4212"]]


def _grid_table(rows: list[list[str]]) -> Table:
    """A table of ``rows`` (``^``: the cell above spans this row too)."""
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            if text == "^":
                next(c for c in cells if c.col == k and c.row + c.row_span == r).row_span += 1
            else:
                cells.append(Cell(row=r, col=k, text=text))
    return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))


PAIRS = [["재원", "연도", "총사업비\n(백만원)", "2024", "2025"], ["^", "^", "^", "당초", "변경"]]


def test_a_corner_cell_over_row_labels_spanning_their_pairs_heads_the_grid() -> None:
    """The corner cell (재원, a section's word) spanning the head rows beside a head cell of two lines, each
    source label under it spanning its 당초 / 변경 rows: the head of the grid's label column, the table kept
    whole (it was read as the funding section's label over the rest, the table lost)."""
    table = _grid_table(
        [
            *PAIRS,
            ["계", "당초", "10", "4", "6"],
            ["^", "변경", "12", "5", "7"],
            ["국비", "당초", "6", "2", "4"],
            ["^", "변경", "7", "3", "4"],
        ]
    )
    assert section_of("재원") is not None
    assert unpack_table(table) == [table]
    # a row below whose label names a section: the corner cell is that section's label, as before
    split = _grid_table(
        [
            *PAIRS,
            ["계", "당초", "10", "4", "6"],
            ["^", "변경", "12", "5", "7"],
            ["추진실적", "2024년 준공", "", "", ""],
        ]
    )
    assert unpack_table(split) != [split]
