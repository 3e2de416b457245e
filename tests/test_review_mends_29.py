"""Mends of a review of session 28's work: one place each thing is found, docstrings that say what the code does."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.goal_provenance import row_provenance


def _table(rows: list[list[str]]) -> Table:
    cells = [Cell(r, k, text, source=Source(page=1, bbox=(10.0 * k, 10.0 * r, 10.0 * k + 10, 10.0 * r + 10)))
             for r, row in enumerate(rows) for k, text in enumerate(row) if text]
    return Table(cells, len(rows), len(rows[0]), Source(page=1))


def test_an_actual_printed_on_its_targets_row_is_not_looked_for_in_the_rows_under_it() -> None:
    table = _table([["사업", "목표", "비고"], ["공원 조성", "90", "실적 90 (달성)"], ["", "90", ""]])
    prov = row_provenance(table, 1, {"project": 0, "target": 1}, 0, "90")
    assert Loc("goals", 0, sub="actual") not in prov
    assert prov[Loc("goals", 0)].bbox == (0.0, 10.0, 30.0, 20.0)  # the row alone


def test_an_actual_under_a_target_it_equals_is_the_cell_under_it() -> None:
    table = _table([["사업", "목표"], ["공원 조성", "100"], ["", "100"]])
    prov = row_provenance(table, 1, {"project": 0, "target": 1}, 0, "100")
    assert prov[Loc("goals", 0, sub="actual")].bbox == (10.0, 20.0, 20.0, 30.0)
    assert prov[Loc("goals", 0)].bbox == (0.0, 10.0, 20.0, 30.0)  # down to the actual's row
