"""Code health (session 31): work done once where it was done twice, and a search made cheap.

- The card's reporting point (content_kinds.sections_as_of) read once a card by the card's builder and passed to
  the two that ask it (heading_stacks.stacked_headings, heading_unknown_sections.name_unknown_sections).
- A drawn table of a text dump parsed once (readers/text.py: the parts test and the read share the cells).
- The note column heads' words keyed once a vocabulary (Vocabulary.note_column_keys).
- A goal cell's value unit read by the value token's own pattern (goal_values.value_unit).
- The funding read again at the card's end reads the record itself, no deep copy (funding_unit_later.reader).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import pledgecard.extract.cards as cards
import pledgecard.extract.heading_stacks as heading_stacks
import pledgecard.extract.heading_unknown_sections as heading_unknown_sections
import pledgecard.extract.readers.text as text_reader
from pledgecard import extract_file
from pledgecard.extract.readers.text_drawn_tables import continued
from pledgecard.extract.readers.text_grids import drawn_cells
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.funding_unit_later import reader
from pledgecard.extract.sections.goal_target_actual_run import parted_target
from pledgecard.extract.sections.goal_values import is_value_token, value_unit
from pledgecard.extract.vocabulary import current, key
from pledgecard.scoring import load_records

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted(REPO.glob("samples/*.txt"))


def _refused(*_: Any, **__: Any) -> Any:
    raise AssertionError("the reporting point is read once a card, by the card's builder")


@pytest.mark.parametrize("src", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_the_reporting_point_is_read_once_a_card_and_reads_the_same(
    src: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The committed sample cards read with the point passed down (the two helpers refusing to read it again) are
    the records each helper reading its own point gave, and score the same against their expected records."""
    _, wf = shared_tools()
    expected = load_records(src.with_name(src.stem + ".expected.json"))
    with monkeypatch.context() as m:
        m.setattr(cards, "sections_as_of", lambda _sections: ...)  # each helper reads its own (the old way)
        own = extract_file(src)
    calls: list[int] = []
    real = cards.sections_as_of

    def counted(sections: list[Any]) -> str | None:
        calls.append(1)
        return real(sections)

    monkeypatch.setattr(cards, "sections_as_of", counted)
    monkeypatch.setattr(heading_stacks, "sections_as_of", _refused)
    monkeypatch.setattr(heading_unknown_sections, "sections_as_of", _refused)
    once = extract_file(src)
    assert once == own and len(calls) == len(once) >= 1
    wrong = [
        f
        for exp, rec in zip(expected, once, strict=True)
        for _, f, e, g in wf.figures(exp, rec)
        if g is not None and g != e
    ]
    assert wrong == []


DRAWN = """\
┌────────┬──────────┬─────────┐
│ 구 분  │ 2023년   │ 2024년  │
├────────┼──────────┼─────────┤
│ 계     │ 300      │ 100     │
├────────┼──────────┼─────────┤
│ 국 비  │ 300      │ 100     │
└────────┴──────────┴─────────┘"""

SPLIT = """\
┌────────┬─────────┐
│ 구 분  │ 2025년  │
├────────┼─────────┤
│ 계     │ 9       │
├────────┼─────────┤
│ 국 비  │ 9       │
└────────┴─────────┘"""


def test_each_drawn_table_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dump of three drawn tables (the second goes on the first by its row labels, split by its columns; the
    third far apart): each table's cells parsed once for the parts test and the read, the same parts found and
    the same text read as when each is parsed where asked."""
    text = "\n".join(["(단위: 백만원)", DRAWN, "", SPLIT, *(["◦ 내용"] * 8), DRAWN, ""])
    parsed: list[int] = []

    def counted(lines: list[str]) -> Any:
        parsed.append(len(lines))
        return drawn_cells(lines)

    monkeypatch.setattr(text_reader, "drawn_cells", counted)
    got = text_reader.unseparated_drawn(text)
    assert len(parsed) == 3
    lines = text.split("\n")
    a, c = 1, 1 + len(DRAWN.split("\n")) + 1
    assert continued(lines, a, c - 1, c, c + len(SPLIT.split("\n")))  # parsed where asked: the same answer
    # the first two parts stay cells a line (one table split by its columns), the third is read as a table
    assert len(got[3]) == 1 and got[3][0][2].n_rows == 3


def test_note_column_keys_are_built_once_a_vocabulary() -> None:
    v = current()
    assert v.note_column_keys is v.note_column_keys
    assert v.note_column_keys == frozenset(key(w) for w in v.words("note_column", "words")) != frozenset()


def test_a_value_tokens_unit_is_its_patterns() -> None:
    units = current().words("counts", "units")
    assert units
    for unit in units:
        word = f"12{unit}"
        if is_value_token(word):
            assert value_unit(word) is not None and word.endswith(value_unit(word) or "\0")
    assert value_unit("목표") is None
    pct = next(u for u in units if not u[0].isalpha())  # a sign unit (a rate)
    assert parted_target(f"80{pct} 73{pct}", f"91.3{pct}") == (f"80{pct}", f"73{pct}")
    other = next(u for u in units if u != pct and is_value_token(f"1{u}"))
    assert parted_target(f"80{pct} 73{other}", f"91.3{pct}") is None  # two measures: no parting


def test_the_funding_read_again_reads_the_record_itself() -> None:
    seen: list[Any] = []

    def extract(items: list[Any], ctx: SectionContext) -> SectionResult:
        seen.append(ctx.record)
        return SectionResult({}, {}, [], [], [])

    record: dict[str, Any] = {"overview": {"budget": {"unit": "u", "total_krw": 1}}}
    reader(extract, [], SectionContext(heading=None, record={}))(record)
    assert seen == [record] and seen[0] is record


# ------------------------------------------------------------------ the funding sum search (funding_sum_search)


def _linear_extensions(R: int, C: int) -> list[list[tuple[int, int]]]:
    """Every print order of an R x C grid in which no cell prints before the one above it nor the one left of it."""
    out: list[list[tuple[int, int]]] = []

    def walk(filled: list[int], order: list[tuple[int, int]]) -> None:
        if len(order) == R * C:
            out.append(list(order))
            return
        for i in range(R):
            j = filled[i]
            if j < C and (i == 0 or filled[i - 1] > j):
                filled[i] += 1
                walk(filled, [*order, (i, j)])
                filled[i] -= 1

    walk([0] * R, [])
    return out


def _grids_that_hold(values: list[int], sums: Any, orders: list[list[tuple[int, int]]]) -> set[tuple]:
    """Every grid a print order fills from ``values`` whose every printed sum holds (within 1: figures printed to
    the unit), found by trying every order whole (no pruning)."""
    R, C, t, tr, periods = sums.rows, sums.cols, sums.total_col, sums.total_row, sums.periods
    out: set[tuple] = set()
    for order in orders:
        g = [[0] * C for _ in range(R)]
        for v, (i, j) in zip(values, order, strict=True):
            g[i][j] = v
        if all(abs(sum(g[i][j] for j in periods) - g[i][t]) <= 1 for i in range(R)) and all(
            abs(sum(g[i][j] for i in range(R) if i != tr) - g[tr][j]) <= 1 for j in range(C)
        ):
            out.add(tuple(map(tuple, g)))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_the_pruned_search_finds_what_trying_every_order_finds(seed: int) -> None:
    """Small grids with a total row and a total column (figures drawn from few values, so equal figures abound),
    printed in a random order the boxes allow: the search places a grid exactly when trying every print order whole
    finds one grid holding every sum, and that grid; none or ambiguous otherwise."""
    import random

    from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums

    rnd = random.Random(seed)
    R, C = 3 + seed % 2, 3 + seed % 3 // 2
    body = [[rnd.choice([0, 0, 1, 2, 5]) for _ in range(C - 1)] for _ in range(R - 1)]
    rows = [[sum(r), *r] for r in body]
    grid = [[sum(r[j] for r in rows) for j in range(C)], *rows]  # the total row first, the total column first
    orders = _linear_extensions(R, C)
    order = rnd.choice(orders)
    values = [grid[i][j] for i, j in order]
    sums = GridSums(R, C, 0, tuple(range(1, C)), 0)
    placed = place_by_sums(values, [0.5] * len(values), sums)
    holding = _grids_that_hold(values, sums, orders)
    assert tuple(map(tuple, grid)) in holding
    if len(holding) == 1:
        assert placed.grid == tuple(map(tuple, grid))
    else:
        assert (placed.grid, placed.why) == (None, "ambiguous")


def test_a_table_of_dashes_costs_its_shapes_not_its_permutations() -> None:
    """A 6 x 10 funding table printing a dash in every cell (was: the search's own bound of 1e6 steps, given up
    after ~12 s): the figures all equal, each print order fills the same grid, tried once: the search makes no more
    steps than the grid has staircase shapes (C(16, 6)), places the one grid, counted on the shared budget."""
    from math import comb

    from pledgecard.extract.search_budget import searches
    from pledgecard.extract.sections.funding_sum_search import SEARCH_NAME, GridSums, place_by_sums

    with searches() as log:
        placed = place_by_sums([0] * 60, [0.0] * 60, GridSums(6, 10, 0, tuple(range(1, 10)), 0))
    assert placed.grid == tuple((0,) * 10 for _ in range(6))
    assert placed.steps <= comb(16, 6)
    assert [(s.name, s.tries, s.given_up) for s in log] == [(SEARCH_NAME, placed.steps, False)]


def test_a_search_past_its_bound_is_given_up_on_the_shared_budget() -> None:
    from pledgecard.extract.search_budget import given_up_findings, searches
    from pledgecard.extract.sections.funding_sum_search import SEARCH_NAME, GridSums, place_by_sums

    grid = ((976, 279, 371, 176, 150), (638, 251, 253, 34, 100), (179, 0, 118, 11, 50), (159, 28, 0, 131, 0))
    values = [v for row in grid for v in row]
    with searches() as log:
        placed = place_by_sums(values, [0.5] * 20, GridSums(4, 5, 0, (1, 2, 3, 4), 0), bound=5)
    assert (placed.grid, placed.why) == (None, "bound")
    [note] = given_up_findings(log, "funding")
    assert note["code"] == "extract.table_unrecovered" and note["observed"] == {
        "search": SEARCH_NAME,
        "bound": 5,
    }


# ------------------------------------------------------------------ a fall under a period (funding_checks)


def _table(*rows: list[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    columns = [
        {"label": "2021", "kind": "year", "year": 2021},
        {"label": "2022", "kind": "year", "year": 2022},
        {"label": "t", "kind": "total"},
    ]
    return columns, [
        {"label": f"r{i}", "source": "national", "amounts_krw": list(r)} for i, r in enumerate(rows)
    ]


def test_a_fall_whose_row_adds_up_nulls_only_the_fall_and_the_rows_no_sum_holds() -> None:
    """A fall printed in a row whose periods add up to its total, the fall among them: no change column's figure
    read in a period's place (that would miss the sum by the fall and the period it displaced). Only the fall is
    nulled in its row, a row whose sum fails is nulled whole, a row whose sum holds keeps its cells."""
    from pledgecard.extract.sections.funding_checks import null_negative

    columns, rows = _table([100, -30, 70], [50, 20, 80], [40, 60, 100])
    assert null_negative(columns, rows, 1)
    assert [r["amounts_krw"] for r in rows] == [[100, None, 70], [None, None, None], [40, 60, 100]]
    assert rows[0]["amounts_raw"] == ["100", "-30", "70"] and rows[1]["amounts_raw"] == ["50", "20", "80"]
    assert "amounts_raw" not in rows[2]


@pytest.mark.parametrize(("a", "b", "fall"), [(120, 100, -10), (1000, 1, -1), (300, 150, -50), (5, 5, -5)])
def test_a_change_column_read_in_a_periods_place_still_nulls_the_table(a: int, b: int, fall: int) -> None:
    """2021 | 2022 | 2023 | 증감(2023 - 2022) | 계 with the change's head printed after 2021's: 2022's figures dropped
    under the change's head, 2023's read as 2022's and the change (a fall) as 2023's. Whatever the figures (a
    fall to nothing, a fall of one unit), the fall's row cannot add up nearer than its fall: every cell null, none
    wrong."""
    from pledgecard.extract.sections.funding_checks import null_negative

    columns = [
        {"label": "2021", "kind": "year", "year": 2021},
        {"label": "2022", "kind": "year", "year": 2022},
        {"label": "2023", "kind": "year", "year": 2023},
        {"label": "t", "kind": "total"},
    ]
    c = b + fall  # the true row: a, b, c (the change c - b the fall), its total a + b + c
    rows = [
        {"label": "r", "source": "national", "amounts_krw": [a, c, fall, a + b + c]},
        {"label": "s", "source": "local", "amounts_krw": [10, 30, 10, 60]},
    ]  # true 10, 20, 30: a rise of 10
    assert null_negative(columns, rows, 1)
    assert all(v is None for r in rows for v in r["amounts_krw"])
