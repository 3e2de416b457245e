"""Session 33 (dumps): mutants 4280-4319 (nobody had read them) as poppler's pdftotext prints their PDFs in its
default mode and with ``-layout``, and pdfminer's pdf2txt (``python -m samples.mutate --start 4280 --cards 40
--formats pdf --jobs 1 --keep``, each kept PDF dumped as conftest's ``pdftotext_dump`` does).

Before: pdftotext mean 0.768, 33 wrong figures (4297: 31, 4310: 1, 4315 layout: 1); after: see each test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_glued_cells import cells_apart, glued_lines, rejoined
from pledgecard.normalize.money_units import find_unit

from conftest import mutant_file, pdftotext_scored


# A funding table's unit printed in its narrow corner cell over two lines (``｢단위：백`` / ``만원｣``: pdftotext's
# default mode prints a table one cell a line): the first line was read as a unit of its own, 백 (100 won), every
# amount 10,000 times too small (mutant 4297: 31 wrong figures). A unit statement whose bracket the line opens
# and never closes, its unit ending the line with no currency word, is the start of a unit, none
# (normalize/money_units.py); the table's unit is then proved by its sums as for any table printing none.
def test_a_unit_statement_cut_at_the_line_end_states_no_unit() -> None:
    assert find_unit("｢단위：백") is None
    assert find_unit("(단위 : 억") is None


def test_a_whole_unit_statement_is_read_as_before() -> None:
    assert find_unit("｢단위：백만원｣") == "백만원"
    assert find_unit("(단위 : 백만원)") == "백만원"
    assert find_unit("(단위 : 천원") == "천원"  # the currency word ends it: nothing was cut
    assert find_unit("단위 : 천원") == "천원"


# A goal row printed one cell a line whose project cell wrapped over two lines printed right under each other
# (``이차전지 지원`` / ``사업``), where the dump parts every other cell by a blank line: the row held a cell more
# than the head's columns and was lost with no finding (mutant 4310 pdftotext: its goal[0] lost, the scorer
# pairing the one goal read with it: 1 wrong). The glued lines are one cell only where the head's cells were
# printed apart and exactly one pair of the row's lines is glued, neither a year, a status or a figure
# (extract/sections/goal_glued_cells.py), and only in a table the one-cell-a-line reader reads rows of (one it reads
# none of goes to the other shapes' readers as before: mutant 3833 pdftotext, pinned in test_layout_wrong_29).
HEAD = ["연도", "", "세부사업", "", "목표", "", "실적", "", "추진상황", "", "비고", ""]
ROW1 = [
    "2023",
    "",
    "이차전지 지원",
    "사업",
    "",
    "공정률 80%",
    "",
    "공정률 77%",
    "",
    "완료",
    "",
    "운영 개시",
    "",
]
ROW2 = ["2023", "", "산업단지 조성", "", "공정률 80%", "", "공정률 72%", "", "완료", "", "실시설계 중"]


def _read(printed: list[str]) -> list[tuple]:
    """The goal rows read from ``printed`` (a dump's lines, blank ones kept) as the goals reader hands them."""
    kept = [(n + 1, t) for n, t in enumerate(printed) if t.strip()]
    got = goal_cells([t for _, t in kept], glued_lines([n for n, _ in kept], [n for n, _ in kept]))
    assert got is not None
    return [(r.year, r.project, r.target, r.actual) for r in got[0]]


def test_a_wrapped_cell_on_glued_lines_is_one_cell() -> None:
    assert _read(HEAD + ROW1 + ROW2) == [
        (2023, "이차전지 지원 사업", "공정률 80%", "공정률 77%"),
        (2023, "산업단지 조성", "공정률 80%", "공정률 72%"),
    ]


def test_glued_lines_are_no_cell_where_the_head_is_glued_too() -> None:
    # (a dump printing every cell right under the last: two lines glued prove nothing)
    printed = [t for t in HEAD + ROW1 + ROW2 if t]
    assert _read(printed) == [(2023, "산업단지 조성", "공정률 80%", "공정률 72%")]


def test_two_glued_pairs_or_a_figure_on_a_glued_line_join_nothing() -> None:
    cells = [(0, "2023"), (2, "이차전지 지원"), (3, "사업"), (5, "공정률 80%"), (6, "77%"), (8, "완료")]
    glued = frozenset({2, 5})
    assert rejoined(cells, glued, 4) is None  # two pairs glued
    assert rejoined(cells, frozenset({5}), 4) is None  # the glued pair holds a figure
    assert rejoined(cells[:3] + cells[3:4] + cells[5:], frozenset({2}), 4) == [
        (0, "2023"),
        (2, "이차전지 지원 사업"),
        (5, "공정률 80%"),
        (8, "완료"),
    ]
    assert rejoined(cells, frozenset({2}), 6) is None  # no cell over the head's


def test_glued_lines_and_a_head_printed_apart() -> None:
    assert glued_lines([1, 3, 4, None, 8], [1, 3, 4, None, 9]) == frozenset({1})
    assert cells_apart(frozenset({5}), 0, 4)
    assert not cells_apart(frozenset({2}), 0, 4)


@pytest.mark.parametrize(("seed", "floor"), [(4297, 0.98), (4310, 1.00)])
def test_mutants_read_in_pdftotext_default_mode(seed: int, floor: float, tmp_path: Path) -> None:
    # measured: 4297 0.824 -> 0.984 (31 wrong -> 0), 4310 0.965 -> 1.000 (1 wrong -> 0)
    _exp, _rec, score, wrong = pdftotext_scored(mutant_file(seed, "pdf", tmp_path), tmp_path)
    assert (wrong, score >= floor) == ([], True), round(score, 3)
