"""A read-only review's findings on the section and reader changes (session 27): each a real outcome that was
wrong before its mend."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.sections.goal_table_rows import goal_rows


def _table(rows: list[list[str]]) -> Table:
    return Table(cells=[Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)],
                 n_rows=len(rows), n_cols=len(rows[0]))


def _goals(head: list[str], body: list[str]) -> list[tuple[str | None, str | None]]:
    return [(g.get("target"), g.get("actual")) for g, _, _ in goal_rows(_table([head, body]))]


def test_a_target_head_naming_its_period_keeps_the_year_headed_actual_column() -> None:
    body = ["주차장 조성", "개소", "10", "3"]
    assert _goals(["세부사업", "단위", "목표(2022~2026)", "2022 실적"], body) == [("10", "3")]
    assert _goals(["세부사업", "단위", "목표('22-'26)", "'22 실적"], body) == [("10", "3")]
    assert _goals(["세부사업", "단위", "목표", "실적"], body) == [("10", "3")]

