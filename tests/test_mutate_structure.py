"""Structures the mutated cards (samples/mutate.py) exposed, on small lines and grids: a transposed
funding table with a note column in a text dump, the as-of date inside a block headed by a bare
year, and the structural mutations themselves (every drawn structure renders a truthful card)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.cards import _as_of
from pledgecard.extract.sections.funding import transposed_grid_from_lines
from pledgecard.normalize.dates import parse_date
from tests.conftest import make_line

# ------------------------------------------------------------------------------ transposed funding with notes

NOTED = [
    "구 분 계 국 비 도 비 시 비 비고",
    "2023년 1,000 500 300 200 -",
    "2024년 900 400 500 - 기본계획 수립",
    "합계 1,900 900 800 200",
]


def test_a_transposed_table_with_a_note_column_reads_by_its_sums() -> None:
    grid = transposed_grid_from_lines([make_line(t) for t in NOTED])
    assert grid == [["", "계", "국비", "도비", "시비"], ["2023년", "1,000", "500", "300", "200"],
                    ["2024년", "900", "400", "500", "-"], ["합계", "1,900", "900", "800", "200"]]


def test_a_note_column_whose_dashes_the_sums_cannot_place_stays_unread() -> None:
    bad = [*NOTED[:2], "2024년 900 400 400 - 기본계획 수립", NOTED[3]]  # 400 + 400 + 0 is no 900
    assert transposed_grid_from_lines([make_line(t) for t in bad]) == []


def test_a_note_holding_a_figure_is_no_note() -> None:
    bad = [*NOTED[:2], "2024년 900 400 500 - 2단계 착수", NOTED[3]]
    assert transposed_grid_from_lines([make_line(t) for t in bad]) == []


# ------------------------------------------------------------------------------ the as-of date


def _block(raw: str) -> dict[str, Any]:
    return {"group_as_of": parse_date(raw)}


def test_a_stated_date_inside_a_bare_year_block_is_the_as_of() -> None:
    got = _as_of([_block("2024년"), _block("2025년")], [parse_date("2025. 6. 30. 기준")])
    assert got is not None and got["label"] == "2025-06-30"
    got = _as_of([_block("2024년")], [parse_date("'24. 3/4분기 현재")])
    assert got is not None and got["label"] == "2024-Q3"


def test_a_bare_year_after_every_finer_date_stays_the_as_of() -> None:
    got = _as_of([_block("'23. 4/4분기"), _block("2024년")], [])
    assert got is not None and got["label"] == "2024"
    got = _as_of([_block("2024. 9.")], [parse_date("2024. 12. 31.")])
    assert got is not None and got["label"] == "2024-12-31"  # the latest, no year around it
