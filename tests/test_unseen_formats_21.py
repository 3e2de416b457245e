"""Unseen seeds 21-23 of every family in PDF, HWPX and HWP (session 26: 73 families, 226 cards a format):
HWPX and HWP 1.000 but for one card's organisation (all formats alike); PDF lost on two shapes, 0 wrong figures:

- a typed goal table (no rule at all, cells at tab stops) whose rows are keyed by year, every other cell words
  or dashes (no figure column): its columns were not proven (a figure column was asked for, the year column
  not counted), the table read as loose lines, goals run together (dolbit-city 76074: 0.867). A first column
  printing a year on every row proves the table as a figure column does (``pdf_typed._years``).
- a closed table cut by a page break between two rows, the next page opening with a group's sub-head row
  (one cell, no marker: ``수소산업 분야``), taken for the rest of the row above, its text glued to that row's
  item (iseul-county 31071: 0.975). Not fixed: the table's own rows cannot tell it from an item's wrapped words
  a break cut (gippeum-county 77036: the item's rest ``노선 개편 시행`` under a row printing every cell, drawn,
  like the sub-head, as a whole row on each page): a rule telling them apart by the rows around them lost more
  than it won (iseul 0.975 -> 1.0, gippeum 77036 1.0 -> 0.961).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.readers.pdf_typed import typed_grids
from tests.conftest import shared_tools, typed_chars

HEAD = [(50, "연도"), (80, "세부사업"), (180, "목표"), (250, "실적"), (310, "추진상황")]


def test_a_typed_table_keyed_by_year_is_a_table_without_a_figure_column() -> None:
    rows = [
        HEAD,
        [(50, "2023"), (80, "인재양성"), (180, "기본계획 수립"), (250, "용역 완료"), (310, "완료")],
        [(50, "2024"), (180, "기본계획 수립"), (250, "-"), (310, "미착수")],
    ]
    grids = typed_grids(typed_chars(rows), [])
    assert len(grids) == 1 and len(grids[0].cells) == 15
    # the first column not a year on every row (words: a page's lines side by side), or no year at all: no grid
    worded = [HEAD, [(50, "가나"), *rows[1][1:]], rows[2]]
    assert typed_grids(typed_chars(worded), []) == []
    numbered = [HEAD, [(50, "1."), *rows[1][1:]], [(50, "2."), *rows[2][1:]]]
    assert typed_grids(typed_chars(numbered), []) == []


def _read(tmp_path: Path, family: str, seed: int) -> tuple[dict, dict]:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    score_card, _ = shared_tools()
    fam = BY_NAME[family]
    path = write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed), fam.style)
    [got] = extract_file(path)
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    return exp, got


def test_the_unseen_typed_goal_table_keyed_by_year_is_read(tmp_path: Path) -> None:
    """dolbit-city 76074's PDF: goals 0.867 -> 1.000, the merged project carried to the second year's row."""
    score_card, wrong_figures = shared_tools()
    exp, got = _read(tmp_path, "dolbit-city", 76074)
    assert [(g["year"], g["project"], g["status"]) for g in got["goals"]] == [
        (g["year"], g["project"], g["status"]) for g in exp["goals"]
    ]
    assert not [f for f in wrong_figures.figures(exp, got) if f[3] is not None and f[3] != f[2]]
    assert score_card.score_record(exp, got).score() >= 0.999
