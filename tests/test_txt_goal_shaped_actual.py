"""A worded actual a text dump runs on after its target, printing the target's shape again: a value with
the target's unit and the same words after it (``186호 공급 | 150호 공급``, ``3.5km 개설 | 2.8km 개설``;
extract/sections/goal_values.py shaped_actual). The repeated shape shows where the actual begins; the
project and the target are then cut as for an actual printed as a value alone (at the target's value),
and a printed 달성률 is checked against the two values. Another unit, other words or a rate that
disagrees leave the row unread.
"""

from __future__ import annotations

import pytest

from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.goal_values import rate_agrees, shaped_actual

_HEAD = "연도 주요사업 목표 실적 달성률 추진상황 추진내용"
_DETAIL = "산책로 운영 및 주민 지원"


def _read(*rows: str) -> tuple[list[tuple[str | None, int | None, str, str | None]], list[int]]:
    got = goal_rows([_HEAD, *rows])
    assert got is not None
    return [(g.project, g.year, g.target, g.actual) for g in got[0]], got[1]


@pytest.mark.parametrize(
    ("words", "at"),
    [
        ("둘레길 조성 186호 공급 150호 공급", 4),
        ("3.5km 개설 2.8km 개설", 2),
        ("청년주택 120호 신규 공급 96호 신규 공급", 4),
        ("둘레길 조성 3.5km 개설 2.8km 정비", None),  # other words
        ("둘레길 조성 3.5km 개설 280m 개설", None),  # another unit
        ("둘레길 조성 3.5km 개설 2.8km", None),  # the actual a value alone: read as before
        ("둘레길 조성 개설 2.8km 개설", None),  # no value before the words
        ("186호 공급 150호 공급 2차", None),  # a figure among the words after
    ],
)
def test_the_actual_begins_at_the_value_that_repeats_the_target_shape(words: str, at: int | None) -> None:
    assert shaped_actual(words.split()) == at


def test_rows_printing_the_shape_twice_are_cut() -> None:
    goals, unread = _read(
        f"2023 둘레길 조성 3.5km 개설 2.8km 개설 80% 추진중 {_DETAIL}",
        "2024 186호 공급 150호 공급 81% 추진중",
        f"2023 청년주택 건립 120호 공급 96호 공급 80% 추진중 {_DETAIL}",
    )
    assert goals == [
        ("둘레길 조성", 2023, "3.5km 개설", "2.8km 개설"),
        ("둘레길 조성", 2024, "186호 공급", "150호 공급"),  # merged with the row above
        ("청년주택 건립", 2023, "120호 공급", "96호 공급"),
    ]
    assert unread == []


def test_a_rate_that_disagrees_or_another_shape_leaves_the_row_unread() -> None:
    assert _read(f"2023 둘레길 조성 3.5km 개설 2.8km 개설 50% 추진중 {_DETAIL}")[1] == [1]
    assert _read(f"2023 둘레길 조성 3.5km 개설 2.8km 정비 80% 추진중 {_DETAIL}")[1] == [1]
    assert not rate_agrees(50.0, "3.5km 개설", "2.8km 개설")
    assert rate_agrees(80.0, "3.5km 개설", "2.8km 개설")
