"""A years-across goal table a dump printed with no gap and no dash (extract/sections/goal_value_cells.py): its rows
are read only where each year cell holds one figure or one whole status word, so a row that dropped an empty cell
cannot be split into as many cells as the years and is not read."""

from __future__ import annotations

from pledgecard.extract.sections.goal_across import goals_across_lines
from pledgecard.extract.sections.goal_value_cells import one_figure_a_cell, shown_by_a_bounded_twin

HEAD = "세부사업 구분 '24년 '25년 '26년"


def _lines(*printed: str) -> list[tuple[str, str | None]]:
    return [(" ".join(p.split()), p) for p in printed]


def test_rows_of_one_figure_a_cell_are_cut_by_their_shapes() -> None:
    assert one_figure_a_cell(
        [
            ("target", ["정비", "목표", "공정률 60%", "공정률 80%", "100%"]),
            ("status", ["", "추진상황", "추진중", "추진중", "완료"]),
        ]
    )
    assert one_figure_a_cell(
        [("target", ["정비", "목표", "172호 공급", "208호 공급", "4.7km"]), ("actual", None)]
    )


def test_a_row_that_may_have_dropped_an_empty_cell_is_not_cut() -> None:
    assert not one_figure_a_cell([("target", ["정비", "목표", "착공", "시범", "운영"])])  # words, no figure
    assert not one_figure_a_cell(
        [("target", ["정비", "목표", "60% 80%", "", "100%"])]
    )  # two figures, one cell
    assert not one_figure_a_cell([("target", None)])  # no row split at all
    assert not one_figure_a_cell([])


def test_a_no_gap_table_is_read_only_where_each_cell_holds_one_figure() -> None:
    got = goals_across_lines(
        _lines(HEAD, "정비 목표 공정률 60% 공정률 80% 100%", "실적 공정률 55% 공정률 80% 90%")
    )
    assert got is not None
    assert [(g.year, g.target, g.actual) for g, _ in got.goals] == [
        (2024, "공정률 60%", "공정률 55%"),
        (2025, "공정률 80%", "공정률 80%"),
        (2026, "100%", "90%"),
    ]
    # the same table with the '25년 target dropped (no gap printed): two figures under three years, not read
    assert (
        goals_across_lines(_lines(HEAD, "정비 목표 공정률 60% 100%", "실적 공정률 55% 공정률 80% 90%"))
        is None
    )
    # words under the years: a cell of words may be a piece of a longer one beside a dropped one
    assert goals_across_lines(_lines(HEAD, "정비 목표 착공 시범 운영", "추진상황 완료 추진중 추진중")) is None


def test_a_cell_is_shown_whole_by_a_twin_of_both_ends_proven() -> None:
    words = "172호 공급 1.2km 208호 공급".split()
    assert shown_by_a_bounded_twin(words, [0, 2, 3], [True, True, True], 1)
    assert not shown_by_a_bounded_twin("172호 공급 1.2km 시범 운영".split(), [0, 2, 3], [True, True, True], 1)
