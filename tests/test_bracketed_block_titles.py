"""A block's title printed wholly in one bracket pair (``( 연차별 목표 및 실적 )``, round or any
Unicode pair) before the block's lines is no table: the run of non-bullet lines a dump (or a PDF's
lines) hands the side-table reader does not start with it as a header row (samples/mutate.py's
block format ``( {group} )``: mutated seeds 16 and 18 read one header-only table, tables 0.974).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.sections.side_tables import tables_from_lines
from samples.mutate import run_mutant
from tests.test_crossbreed import DRAWN_FROM

from conftest import make_line

ROWS = ["연번 분야 대상시설 추진상황", "1 기업지원 지원센터 추진중", "2 인력양성 실증센터 완료"]
PAIRS = list(zip(OPEN_BRACKETS, CLOSE_BRACKETS, strict=True))


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(PAIRS),
    st.sampled_from([" ", ""]),
    st.sampled_from(["목표 대비 달성도", "연차별 목표 및 실적"]),
)
def test_a_bracketed_title_alone_is_no_table(pair: tuple[str, str], pad: str, title: str) -> None:
    line = f"{pair[0]}{pad}{title}{pad}{pair[1]}"
    assert tables_from_lines([make_line(line)], "") == []
    # before a table's lines: the table as without it
    plain = tables_from_lines([make_line(t) for t in ROWS], "")
    assert tables_from_lines([make_line(t) for t in [line, *ROWS]], "") == plain
    assert plain and plain[0]["header"] == [ROWS[0].split()]


def test_a_line_bracketed_only_in_part_stays_a_row() -> None:
    rows = ["(구분) 계획 실적", "2024 10 8"]
    (t,) = tables_from_lines([make_line(t) for t in rows], "")
    assert t["header"] == [rows[0].split()]


@pytest.mark.parametrize("seed", [16, 18])
def test_mutated_cards_with_round_bracketed_blocks(tmp_path: Path, seed: int) -> None:
    for r in run_mutant(seed, ("pdf", "txt"), tmp_path, families=DRAWN_FROM):
        assert "( {group} )" in r["features"]
        assert r["wrong"] == [] and "tables" not in r["low_groups"], (r["format"], r["misses"])
