"""``pledgecard.scoring.wrong_goal_figures``: the goal figures a record holds that its card prints for
no goal of that year (the shared wrong-figure counter counts none of the goals'). Mutations of a
family's expected goals are caught; a right figure under a wrongly read project is not a wrong figure."""

from __future__ import annotations

import copy
from pathlib import Path

from pledgecard.scoring import load_records, wrong_goal_figures

_CARD = (
    Path(__file__).resolve().parents[1]
    / "samples"
    / "families"
    / "solmae-county"
    / "solmae-county-13005-pdf.expected.json"
)


def test_the_expected_record_holds_no_wrong_goal_figure() -> None:
    exp = load_records(_CARD)[0]
    assert exp["goals"] and wrong_goal_figures(exp, exp) == []


def test_each_changed_goal_figure_is_caught() -> None:
    exp = load_records(_CARD)[0]
    for i, g in enumerate(exp["goals"]):
        for key in ("target_value", "actual_value"):
            if g.get(key) is None:
                continue
            got = copy.deepcopy(exp)
            got["goals"][i][key] = g[key] + 7
            assert len(wrong_goal_figures(exp, got)) == 1, (i, key)


def test_a_figure_read_under_another_year_or_unit_is_wrong_and_a_year_unread_is_not() -> None:
    exp = load_records(_CARD)[0]
    got = copy.deepcopy(exp)
    got["goals"][0]["year"] = 1999
    assert wrong_goal_figures(exp, got)
    got = copy.deepcopy(exp)
    got["goals"][0]["target_unit"] = "개"
    assert wrong_goal_figures(exp, got)
    got = copy.deepcopy(exp)
    got["goals"][0]["year"] = None
    got["goals"][0]["project"] = "축"  # a wrapped cell's tail read as the project: text, not a figure
    assert wrong_goal_figures(exp, got) == []
