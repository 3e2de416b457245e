"""Session 34 (layout): pdftotext -layout dumps still losing facts.

1. A funding row's 비고 cut by the page break (``공모`` / ``선정``), the next row's 비고 wrapped around its row
   (``본예산 반`` over the row, ``영 예정`` under it): the next row's top line was taken for more of the cut cell,
   and the lines of both pages, each page laid out on its own grid, could not be read together: the rows after
   the break were lost (extract/readers/text_row_tops.py; text_break_reread: the new page's lines read by their own
   columns, the cut lines a first row going onto the cut row's cells of words, the rows after proven by the
   sums). gippeum-county 77008 layout 0.905 -> 1.000, no figure wrong.
2. A goal row read after a page break with its target and actual run into one cell (``아이돌봄 기업 지원 46개
   (50개)``): the first count was taken for the target (46 for 50). A count in a bracket of its own beside a count
   of the same counter outside it is two counts, no one figure: null (extract/sections/goal_listed_counts.py).
   geurim-city 78005 layout: 1 wrong figure -> 0 (0.9298 -> 0.9298)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_row_tops import atop_row
from pledgecard.extract.sections.goal_listed_counts import lists_counts

from conftest import expected_scored, family_card

ROOT = Path(__file__).resolve().parents[1]
FAMILY_LAYOUT = ROOT / "samples" / "layout" / "families"


# 1. a cell cut by the page break, the next row's cell wrapped around its row


def test_a_lone_line_right_over_a_row_tops_that_row() -> None:
    lines = split_lines(
        "                          선정\n\n"
        "                         본예산 반\n"
        "   도비     -     -   183,598   764,933    948,531\n"
        "                         영 예정\n"
    )
    assert atop_row(lines, 2)
    assert not atop_row(lines, 0)  # a blank line under it
    assert not atop_row(lines, 3)  # the row's last line
    assert not atop_row(lines, 4)  # a cell's bottom line, nothing under it


def test_gippeum_77008_layout_reads_the_funding_rows_after_the_break(tmp_path: Path) -> None:
    path, exp = family_card(tmp_path, "gippeum-county", 77008, "layout")
    _, got, score, wrong = expected_scored(path)
    assert [(r["label"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["label"], r["amounts_krw"]) for r in exp["funding"]["rows"]
    ]
    assert score >= 1.0
    assert not wrong


# 2. a row's target and actual cells run together after a page break: two counts of one counter, no one figure


def test_a_count_in_its_own_bracket_beside_another_is_two_counts() -> None:
    assert lists_counts("아이돌봄 기업 지원 46개 (50개)")
    # the cell's one count, glued to its words or alone in its bracket; a count and its rate
    assert not lists_counts("아이돌봄 기업 지원(50개)")
    assert not lists_counts("교육생 양성 (50명)")
    assert not lists_counts("62건 (138%)")
    assert not lists_counts("62건 (45명)")  # two counters: a count and what it counts


@pytest.mark.parametrize(("family", "seed", "floor"), [("geurim-city", 78005, 0.92)])
def test_unseen_layout_dumps_read_no_figure_from_cells_run_together(
    tmp_path: Path, family: str, seed: int, floor: float
) -> None:
    path, exp = family_card(tmp_path, family, seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert score >= floor
    assert not wrong
    # the goal whose target and actual ran together after the page break: no target figure
    assert [
        g["target_value"] for g in got["goals"] if g["target"] and "(" in g["target"] and g["actual"]
    ] == [None]
