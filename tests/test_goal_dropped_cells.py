"""Indicator goal rows whose blank actuals a text dump dropped (years over 목표 | 실적, then 최종목표 and
달성률(%)): the printed cells placed back only where the sums prove one placement (the yearly targets
sum to the final target, or the last target is it when counted cumulatively; the rate is the actuals
over it) and the blank cells are the latest years' actuals; otherwise the row stays unread."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from pledgecard.extract.sections.goal_dropped_cells import dropped_row, placed
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import committed_records

REPO = Path(__file__).resolve().parents[1]
SUBS = [(y, f) for y in (2023, 2024, 2025, 2026) for f in ("target", "actual")]
TAILS = ["final", "rate"]


def test_a_row_short_of_its_latest_actual_is_placed_by_the_sums() -> None:
    cells = "3.9 4.2 3.8 2.8 2.9 추진중 2.9 13.5 51.9".split()  # targets sum to 13.5, 7.0 / 13.5 = 51.9%
    assert placed(cells, SUBS, TAILS) == [
        "3.9",
        "4.2",
        "3.8",
        "2.8",
        "2.9",
        "추진중",
        "2.9",
        "",
        "13.5",
        "51.9",
    ]


def test_a_cumulative_row_is_placed_by_its_last_target() -> None:
    cells = "30 30 40 추진중 90 100 100 30.0".split()  # 공정률: the last target is the final, 30 / 100
    assert placed(cells, SUBS, TAILS) == ["30", "30", "40", "추진중", "90", "", "100", "", "100", "30.0"]


def test_time_order_tells_two_placements_the_sums_both_allow() -> None:
    # blanks at 2023's and 2024's actuals sum the same (1+1+4+3 = 9, 1/9): a measured actual after a
    # blank one is no order a card prints, so the latest two are the blank ones
    cells = "1 1 4 추진중 3 1 9 11.1".split()
    assert placed(cells, SUBS, TAILS) == ["1", "1", "4", "추진중", "3", "", "1", "", "9", "11.1"]


@pytest.mark.parametrize(
    "cells",
    [
        "3.9 4.2 3.8 2.8 2.9 추진중 2.9 13.5 52.9",  # the rate disagrees with the actuals
        "3.9 4.2 3.8 2.8 2.9 추진중 2.9 14.5 51.9",  # the targets do not sum to the final one
        "3.9 4.2 3.8 2.8 2.9 추진중 2.9 13.5",  # no rate: nothing proves the actuals
        "3.9 4.2 3.8 2.8 2.9 착공 2.9 13.5 51.9",  # a worded cell: no figure, dash or status word
    ],
)
def test_an_unproven_row_is_left_unread(cells: str) -> None:
    assert placed(cells.split(), SUBS, TAILS) is None


def test_a_blank_target_the_sums_allow_as_well_leaves_the_row_unread() -> None:
    subs = [(y, f) for y in (2023, 2024) for f in ("target", "actual")]
    # 10 5 | 0 _ | 10 50.0 or 10 5 | _ 0 | 10 50.0: 2024's target 0 or blank, both sum to 10 with 5 / 10
    assert placed("10 5 0 10 50.0".split(), subs, TAILS) is None
    assert placed("10 5 10 20 25.0".split(), subs, TAILS) == ["10", "5", "10", "", "20", "25.0"]


def test_a_row_unread_before_is_unread_without_a_final_column() -> None:
    assert placed("3.9 4.2 3.8 2.8 2.9 추진중 2.9 13.5 51.9".split(), SUBS, ["sum", "rate"]) is None


def _rate(done: Decimal, final: Decimal) -> str:
    return str((done / final * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def test_dropped_latest_actuals_come_back_where_they_were() -> None:
    """Property: a row of whole figures, its latest actuals blank and dropped, is placed back exactly
    or left unread, never placed elsewhere; with a final target the targets do not sum to, unread."""
    placed_back = 0
    for seed in range(300):
        rnd = random.Random(seed)
        n = rnd.randint(2, 5)
        subs = [(2022 + y, f) for y in range(n) for f in ("target", "actual")]
        targets = [Decimal(rnd.randint(1, 900)) for _ in range(n)]
        k = rnd.randint(1, n - 1)
        actuals = [Decimal(rnd.randint(0, 900)) for _ in range(n - k)]
        final = sum(targets)
        full = [c for y in range(n) for c in (str(targets[y]), str(actuals[y]) if y < n - k else "")]
        full += [str(final), _rate(sum(actuals, Decimal(0)), final)]
        got = placed([c for c in full if c], subs, TAILS)
        assert got in (full, None), seed
        placed_back += got == full
        broken = [c for c in full if c]
        broken[-2] = str(final + 1)
        assert placed(broken, subs, TAILS) is None, seed
    assert placed_back > 270


def test_the_row_forms_converters_print() -> None:
    one_line = ["보행로 정비 연장 km 1.3 1.4 3.6 추진중 1.3 1.2 7.4 18.9"]
    cell_a_line = ["생활SOC 확충", "개", "소", "1 1 4 추진중 3 1 9 11.1", "현장 민원 처리 건"]
    wrapped_unit = ["생활SOC 확충 개 소 1 1 4 추진중 3 1 9 11.1"]
    assert dropped_row(one_line, 0, SUBS, TAILS)[:2] == ("보행로 정비 연장", "km")  # type: ignore[index]
    assert dropped_row(cell_a_line, 0, SUBS, TAILS)[::3] == ("생활SOC 확충", 4)  # type: ignore[index]
    assert dropped_row(wrapped_unit, 0, SUBS, TAILS)[1] == "개소"  # type: ignore[index]


def test_a_head_whose_words_a_narrow_cell_wrapped() -> None:
    """pdftotext -raw prints a wrapped head cell a piece a line; a layout dump sets the pieces on one line."""
    rows = ["보행로 정비 연장 km 3.9 4.2 3.8 2.8 2.9 추진중 2.9 13.5 51.9"]
    raw = [
        "지표명",
        "단",
        "위",
        "2023년 2024년 2025년 2026년",
        "최종목",
        "표",
        "달성",
        "률",
        "(%)",
        "목표 실적 목표 실적 목표 실적 목표 실적",
        *rows,
    ]
    layout = [
        "지표명 단 위 목표 2023년 실적 2024년 목표 실적 2025년 목표 실적 2026년 목표 실적 최종목 표 달성 률 (%)",
        *rows,
    ]
    for lines in (raw, layout):
        got = goals_year_column_lines(lines)
        assert got is not None
        assert [(g.year, g.target, g.actual) for g in got.goals] == [
            (2023, "3.9", "4.2"),
            (2024, "3.8", "2.8"),
            (2025, "2.9", "추진중"),
            (2026, "2.9", None),
        ]


@pytest.mark.parametrize(
    "dump",
    [
        "samples/layout/families/gaeul-county-64001-layout.txt",
        "samples/layout/families/gaeul-county-64003-layout.txt",
        # the goal table under a title line closing the achievements' cell of a
        # body table, its head one long line (달성률 (%): the unit a word apart)
        "samples/layout/body/gaeul-county-64001-body-layout.txt",
    ],
)
def test_the_indicator_goals_of_a_layout_dump_are_read_right(dump: str) -> None:
    path = REPO / dump
    [expected] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = committed_records(path)
    assert wrong_goal_figures(expected, got) == []
    pick = [(g["project"], g["year"], g["target"], g["actual"]) for g in got["goals"]]
    assert pick == [(g["project"], g["year"], g["target"], g["actual"]) for g in expected["goals"]]
