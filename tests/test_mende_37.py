"""Session 37, helper mende: review e's findings on the merged goal head spanning a year's periods closed by their
total (extract/sections/goal_period_totals.py). Each reproducer (tests/fixtures/mende37, from review e) is pinned by
its reading and its finding (``extract.periods_unread``), and each class by small inputs.

The classes pinned:

- a span over closed periods naming an earlier period (``전년도 실적``) or another year than the target's
  (``2023년 실적`` beside ``2024년 목표``) is no figure of the goal's year: its columns read as no field (the actual
  null), the year the target's, with a finding (before: the 2024 targets filed under 2023, last year's total the
  actual; g3-prevyear, g3c-prev-noyear);
- a head printed a cell a line with more top cells naming a target or an actual than runs of periods (``실적 |
  2020년 목표`` over one ``상반기 | 하반기 | 계``): which cell spans them is not printed, so no table is made, its
  lines read as no goal, with a finding (before: the run given to the first such cell, every column shifted:
  f2c-actual-first, f2b-prevactual-num);
- a closing total is the year's figure only where the periods printed sum to it, or it is a plain sum's word
  (``계``) over blank periods: else null with a finding (before: ``2 | 2 | 9개소`` under ``상반기 | 하반기 | 누계``
  read 9개소 as the target; g1-nugye).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_period_totals import (
    flat_period_table,
    period_total_header,
    unproven_totals,
    unread_flat_head,
    unread_spans,
)
from pledgecard.pipeline import card_results

HERE = Path(__file__).parent / "fixtures" / "mende37"


def _read(name: str) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    ((card, found),) = card_results(read_path(HERE / name), name)
    goals = [(g["project"], g["year"], g["target"], g["actual"]) for g in card.record["goals"] or []]
    return goals, [f for f in found if f["code"] == "extract.periods_unread"]


PREV = ["세부사업", "2023년 실적", "2023년 실적", "2023년 실적", "2024년 목표", "추진상황"]
SUBS = ["세부사업", "상반기", "하반기", "계", "2024년 목표", "추진상황"]


def test_a_span_of_another_year_is_no_field_of_the_goal() -> None:
    header, year = period_total_header(PREV, SUBS) or ([], None)
    assert header == ["세부사업", "", "", "", "2024년 목표", "추진상황"] and year == 2024
    assert unread_spans(PREV, SUBS) == ["2023년 실적"]
    earlier = [c.replace("2023년", "전년도") for c in PREV]
    assert period_total_header(earlier, SUBS) == (["세부사업", "", "", "", "2024년 목표", "추진상황"], 2024)
    assert unread_spans(earlier, SUBS) == ["전년도 실적"]
    same = [c.replace("2023년 실적", "2024년 실적") for c in PREV]  # the goal's own year: read
    assert period_total_header(same, SUBS) == (
        ["세부사업", "", "", "2024년 실적", "2024년 목표", "추진상황"],
        2024,
    )
    assert unread_spans(same, SUBS) == []


def test_a_flat_head_with_more_field_cells_than_runs_makes_no_table() -> None:
    texts = ["세부사업", "실적", "2020년 목표", "추진상황", "상반기", "하반기", "계"]
    body = ["실증단지 조성", "30", "39", "31", "70", "추진 중"]
    assert flat_period_table([*texts, *body]) is None
    assert unread_flat_head([*texts, *body]) == ["실적", "2020년 목표"]
    one = ["세부사업", "2020년 목표", "추진상황", "상반기", "하반기", "계"]  # one field cell, one run: forced
    got = flat_period_table([*one, "실증단지 조성", "39", "31", "70", "추진 중"])
    assert got is not None and got[0][2] == ["실증단지 조성", "39", "31", "70", "추진 중"]
    assert unread_flat_head(one) == []


def test_a_closing_total_is_taken_only_where_the_periods_prove_it() -> None:
    top = ["세부사업", "2024년 목표", "2024년 목표", "2024년 목표", "실적"]
    below = ["세부사업", "상반기", "하반기", "누계", "실적"]
    assert unproven_totals([top, below, ["가", "2", "2", "9개소", "3"], ["나", "2", "2", "4개소", "3"]]) == [
        (2, 3)
    ]
    plain = [*below[:3], "계", "실적"]
    assert unproven_totals([top, plain, ["가", "", "", "9개소", "3"]]) == []  # 계 over blank periods
    assert unproven_totals([top, below, ["가", "", "", "9개소", "3"]]) == [(2, 3)]  # 누계 over blank periods
    assert unproven_totals([top, plain, ["가", "2", "", "9개소", "3"]]) == [
        (2, 3)
    ]  # a period blank: 2 is no 9
    assert (
        unproven_totals([top, below, ["가", "2.3", "-", "2.3km", "3"]]) == []
    )  # a dashed period counts none


@pytest.mark.parametrize(
    "name,spans", [("g3-prevyear.txt", ["2023년 실적"]), ("g3c-prev-noyear.txt", ["전년도 실적"])]
)
def test_a_previous_period_span_leaves_the_actual_null(name: str, spans: list[str]) -> None:
    goals, found = _read(name)
    assert goals == [
        ("공동육아나눔터 조성", 2024, "4개소", None),
        ("어르신 돌봄 지원사업", 2024, "234호", None),
    ]
    assert [f["observed"]["spans"] for f in found] == [spans]


@pytest.mark.parametrize(
    "name,cells",
    [
        ("f2c-actual-first.txt", ["실적", "2020년 목표"]),
        ("f2b-prevactual-num.txt", ["2019년 실적", "2020년 목표"]),
    ],
)
def test_an_unplaced_flat_head_reads_no_goal(name: str, cells: list[str]) -> None:
    goals, found = _read(name)
    assert goals == []
    assert [f["observed"]["spans"] for f in found] == [cells]


def test_a_running_total_the_halves_do_not_sum_to_is_null() -> None:
    goals, found = _read("g1-nugye.txt")
    assert goals == [
        ("공동육아나눔터 조성", 2024, None, "3개소"),
        ("어르신 돌봄 지원사업", 2024, None, "190호"),
    ]
    assert [f["observed"]["spans"] for f in found] == [["9개소", "534호"]]
