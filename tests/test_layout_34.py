"""Session 34 (layout): pdftotext -layout dumps still losing facts.

1. A cell wider than its column (a 2025 target ``청년농업 교육생 양성(25명)`` under a narrow 목표 head): counted a
   character a Hangul syllable, its end runs into the next column's dash, and that measure parts no row of the
   block; the block was left as text (its 2024 rows unread) because the fallback to the display measure was taken
   only for cells of several lines run together. Now also for a cell holding two segments of one line each
   nearest a column of its own (extract/readers/text_col_plan.py, text_col_assign.segments_apart). dolbit-city
   76001 layout 0.932 -> 1.000, no figure wrong.
2. A funding row's 비고 cut by the page break (``공모`` / ``선정``), the next row's 비고 wrapped around its row
   (``본예산 반`` over the row, ``영 예정`` under it): the next row's top line was taken for more of the cut cell,
   and the lines of both pages, each page laid out on its own grid, could not be read together: the rows after
   the break were lost (extract/readers/text_row_tops.py; text_break_reread: the new page's lines read by their own
   columns, the cut lines a first row going onto the cut row's cells of words, the rows after proven by the
   sums). gippeum-county 77008 layout 0.905 -> 1.000, no figure wrong.
3. A goal row read after a page break with its target and actual run into one cell (``아이돌봄 기업 지원 46개
   (50개)``): the first count was taken for the target (46 for 50). A count in a bracket of its own beside a count
   of the same counter outside it is two counts, no one figure: null (extract/sections/goal_listed_counts.py).
   geurim-city 78005 layout: 1 wrong figure -> 0 (0.9298 -> 0.9298)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_row_tops import atop_row
from pledgecard.extract.sections.goal_listed_counts import lists_counts

from conftest import family_card, shared_tools

ROOT = Path(__file__).resolve().parents[1]
FAMILY_LAYOUT = ROOT / "samples" / "layout" / "families"


def _scored(path: Path) -> tuple[dict, dict, float, list]:
    score_card, wf = shared_tools()
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    wrong = [(n, a, b) for _, n, a, b in wf.figures(exp, got) if b is not None and b != a]
    return exp, got, score_card.score_record(exp, got).score(), wrong


# 1. a cell wider than its column

GOALS = """연도     세부사업         목표                 실적            달성률 추진상황   추진내용
2024   청년농업 지원사업    착공                 용역 완료           - 완료     육묘장 운영 및 입주농가 지원
2025                청년농업 교육생 양성(25명)   -               - 미착수
2024   청년농업 기반 구축   착공                 관계기관 협의         - 추진중    거점 산지유통센터 운영
2025                청년농업 협약 체결(50건)    -               - 미착수
"""


def test_a_cell_wider_than_its_column_is_parted_from_the_next_cell() -> None:
    table = build_table(split_lines(GOALS))
    assert table is not None
    grid = table.grid()
    assert [row[2:4] for row in grid[1:]] == [["착공", "용역 완료"], ["청년농업 교육생 양성(25명)", "-"],
                                               ["착공", "관계기관 협의"], ["청년농업 협약 체결(50건)", "-"]]
    assert [row[0] for row in grid[1:]] == ["2024", "2025", "2024", "2025"]


def test_dolbit_76001_layout_reads_its_goal_rows() -> None:
    exp, got, score, wrong = _scored(FAMILY_LAYOUT / "dolbit-city-76001-layout.txt")
    assert [(g["year"], g["target"], g["status"]) for g in got["goals"]] == [
        (g["year"], g["target"], g["status"]) for g in exp["goals"]]
    assert score >= 1.0
    assert not wrong


# 2. a cell cut by the page break, the next row's cell wrapped around its row

def test_a_lone_line_right_over_a_row_tops_that_row() -> None:
    lines = split_lines("                          선정\n\n"
                        "                         본예산 반\n"
                        "   도비     -     -   183,598   764,933    948,531\n"
                        "                         영 예정\n")
    assert atop_row(lines, 2)
    assert not atop_row(lines, 0)  # a blank line under it
    assert not atop_row(lines, 3)  # the row's last line
    assert not atop_row(lines, 4)  # a cell's bottom line, nothing under it


def test_gippeum_77008_layout_reads_the_funding_rows_after_the_break(tmp_path: Path) -> None:
    path, exp = family_card(tmp_path, "gippeum-county", 77008, "layout")
    _, got, score, wrong = _scored(path)
    assert [(r["label"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["label"], r["amounts_krw"]) for r in exp["funding"]["rows"]]
    assert score >= 1.0
    assert not wrong


# 3. a row's target and actual cells run together after a page break: two counts of one counter, no one figure

def test_a_count_in_its_own_bracket_beside_another_is_two_counts() -> None:
    assert lists_counts("아이돌봄 기업 지원 46개 (50개)")
    # the cell's one count, glued to its words or alone in its bracket; a count and its rate
    assert not lists_counts("아이돌봄 기업 지원(50개)")
    assert not lists_counts("교육생 양성 (50명)")
    assert not lists_counts("62건 (138%)")
    assert not lists_counts("62건 (45명)")  # two counters: a count and what it counts


@pytest.mark.parametrize(("family", "seed", "floor"), [("geurim-city", 78005, 0.92)])
def test_unseen_layout_dumps_read_no_figure_from_cells_run_together(tmp_path: Path, family: str, seed: int,
                                                                     floor: float) -> None:
    path, exp = family_card(tmp_path, family, seed, "layout")
    _, got, score, wrong = _scored(path)
    assert score >= floor
    assert not wrong
    # the goal whose target and actual ran together after the page break: no target figure
    assert [g["target_value"] for g in got["goals"] if g["target"] and "(" in g["target"] and g["actual"]] == [None]
