"""Session 37 (helper handconv): the hand-made documents (samples/handmade ``doc-*``) dumped to text by the converters
real archives use, read and scored (samples/handmade/README.md, "Thirteenth round"). The dumps are made here, at test
time, by the converter itself (python-hwpx's ``hwpx-text-extract --include-tables`` for HWPX, poppler's
``pdftotext -layout`` for PDF), scored by the shared scorer, no figure read wrong.

The classes pinned:

- a goal table a cell a line, rows keyed by their year cell, whose status column (its head naming it: 달성여부)
  holds an outcome word (``달성``) beside status words: the first row left unread, the table read from its last
  row only (``doc-haeram-district-6-3``: one wrong figure, the 2026 row's target scored against the 2024 goal;
  ``doc-nuri-city-1-7``), and an actual opening with its figure before what it counts (``6개 노선``:
  ``doc-modeum-county-4-9``) (extract/sections/goal_year_cell_rows.py ``_fits``);
- the same table keyed by a year cell printed once and a period cell a row (``연 도`` / ``분 기`` / ``목 표`` /
  ``실 적`` / ``비 고``, ``2025`` over ``1/4분기`` … ``4/4분기``, the status under ``비 고`` told by its cells),
  and its heading ``분기별 목표 및 실적`` (vocabulary ``[sections] goals``): read as no goals
  (``doc-dasol-city-5-3``, goal_year_cell_rows ``_period_rows``);
- a milestone's actual word (``착수`` / ``착공``: no digit, no year) between the row's year and status cells
  (``doc-dasom-city-2-7``);
- a goal row read a column off (its actual a status word alone, no status, in a table whose other rows print a
  status): the target's figure the actual's (``2024 300명 342명 완료`` read ``342명`` as the target:
  ``doc-hangyeol-city-5-9.pdf``'s ``pdftotext -layout``, the funding and goal tables printed side by side): its
  figures null with ``extract.table_unrecovered`` at the goal (extract/sections/goal_shifted_cells.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_text_converters import converter_dump

from pledgecard import extract_file
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.goal_shifted_cells import shifted_goal_findings
from pledgecard.extract.sections.goal_year_cell_rows import goal_year_rows
from pledgecard.pipeline import process_file
from pledgecard.scoring import wrong_goal_figures

from conftest import pdftotext_dump, shared_score, shared_tools, wrong_figure_count

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"

FLOORS = {  # (document, converter): score measured after the fixes (before in brackets), floored to 0.01
    ("doc-haeram-district-6-3.hwpx", "hwpx"): 0.95,  # (0.789, 1 wrong; 0.956 after)
    ("doc-modeum-county-4-9.hwpx", "hwpx"): 0.98,  # (0.807, 1 wrong)
    ("doc-nuri-city-1-7.hwpx", "hwpx"): 0.95,  # (0.823; 0.960 after)
    # (0.738); 1.000 until review a (menda): its `자전거 1,700대` targets null, nothing printed proving 대 a counter
    ("doc-dasol-city-5-3.hwpx", "hwpx"): 0.98,
    ("doc-dasom-city-2-7.hwpx", "hwpx"): 1.0,  # (0.724)
    ("doc-hangyeol-city-5-9.pdf", "layout"): 0.59,  # (0.599, 1 wrong goal figure)
}


def _dump(name: str, kind: str, tmp_path: Path) -> Path:
    src = HANDMADE / name
    out = tmp_path / f"{src.stem}-{kind}.txt"
    if kind == "layout":
        pdftotext_dump(src, out, "-layout")
    else:
        converter_dump(kind, src, out)
    return out


@pytest.mark.parametrize(("name", "kind"), sorted(FLOORS))
def test_dump_scores_its_floor_with_no_wrong_figure(name: str, kind: str, tmp_path: Path) -> None:
    sc, wf = shared_tools()
    exp = json.loads((HANDMADE / name).with_suffix(".expected.json").read_text(encoding="utf-8"))
    exp = exp[0] if isinstance(exp, list) else exp
    got = extract_file(_dump(name, kind, tmp_path))
    assert len(got) == 1
    t = sc.score_record(exp, got[0])
    misses = [n for g in t.groups.values() for n in g[2]]
    assert t.score() >= FLOORS[name, kind], f"{name} {kind}: {t.score():.3f}\n" + "\n".join(map(str, misses))
    assert [f for f in wf.figures(exp, got[0]) if f[3] is not None and f[2] != f[3]] == []
    assert wrong_goal_figures(exp, got[0]) == []


def test_the_goal_tables_read_whole(tmp_path: Path) -> None:
    """The goals of the fixed dumps as the documents print them (every row, its year, figures and status)."""
    for name in (
        "doc-haeram-district-6-3.hwpx",
        "doc-modeum-county-4-9.hwpx",
        "doc-dasol-city-5-3.hwpx",
        "doc-dasom-city-2-7.hwpx",
    ):
        exp = json.loads((HANDMADE / name).with_suffix(".expected.json").read_text(encoding="utf-8"))
        got = extract_file(_dump(name, "hwpx", tmp_path))[0]
        if name == "doc-dasol-city-5-3.hwpx":  # `자전거 1,700대`: a rank's shape too, its figure null (menda)
            for g in exp["goals"]:
                if g["target_unit"] == "대":
                    g["target_value"] = g["target_unit"] = None
        assert got["goals"] == exp["goals"], name


def test_the_side_by_side_tables_read_apart_no_row_a_column_off(tmp_path: Path) -> None:
    """hangyeol's -layout dump prints the funding and goal tables side by side under one heading line: read as one
    grid, the 2024 row's actual ``342명`` stood as a target (handconv: nulled with a finding); since handdocs4's
    side-by-side cut (text_side_heads) the two tables are read apart, every goal as printed."""
    out = _dump("doc-hangyeol-city-5-9.pdf", "layout", tmp_path)
    text = out.read_text(encoding="utf-8")
    assert any(
        "재원투자" in ln and "목표" in ln for ln in text.splitlines()
    )  # the two tables' headings on one line
    got = process_file(out).records[0]
    assert [
        (g["year"], g["target_value"], g["actual_value"]) for g in got["goals"] if g["actual"] == "342명"
    ] == [(2024, 300, 342)]
    exp = json.loads((HANDMADE / "doc-hangyeol-city-5-9.expected.json").read_text(encoding="utf-8"))
    assert shared_score(exp, got) >= 0.99
    assert wrong_figure_count(exp, got) == 0


# --- small inputs, one a class ---

_HEAD = ["연도", "목 표", "실 적", "달성여부"]


def test_an_outcome_word_beside_status_words_is_the_rows_status() -> None:
    rows, unread = goal_year_rows(
        [*_HEAD, "2024", "쉼터 6개소", "6개소", "달성", "2025", "쉼터 14개소", "9개소", "추진중"]
    ) or ([], [])
    assert [(r.year, r.target, r.actual, r.status) for r in rows] == [
        (2024, "쉼터 6개소", "6개소", "달성"),
        (2025, "쉼터 14개소", "9개소", "추진중"),
    ]
    assert unread == []


def test_outcome_words_alone_make_no_status_column() -> None:
    # no row prints a status word: the column is not proven a status column, the rows are left to other readers
    assert (
        goal_year_rows(
            [*_HEAD, "2024", "쉼터 6개소", "6개소", "달성", "2025", "쉼터 14개소", "9개소", "미달성"]
        )
        is None
    )


def test_an_actual_opening_with_its_figure_before_what_it_counts() -> None:
    rows, _ = goal_year_rows([*_HEAD, "2024", "공영 6개 노선", "6개 노선", "추진중"]) or ([], [])
    assert [(r.target, r.actual) for r in rows] == [("공영 6개 노선", "6개 노선")]


def test_a_milestone_word_as_actual_but_no_figure_nor_year_out_of_place() -> None:
    rows, _ = goal_year_rows([*_HEAD, "2024", "실시설계 착수", "착수", "완료"]) or ([], [])
    assert [(r.target, r.actual, r.status) for r in rows] == [("실시설계 착수", "착수", "완료")]
    # a year where the target stands: the row is out of shape, not read
    assert goal_year_rows([*_HEAD, "2024", "2025", "착수", "완료"]) is None


def test_rows_keyed_by_a_year_printed_once_and_a_period() -> None:
    lines = [
        "연 도",
        "분 기",
        "목 표",
        "실 적",
        "비 고",
        "2025",
        "1/4분기",
        "대여소 110개소",
        "대여소 112개소",
        "달성",
        "2/4분기",
        "대여소 120개소",
        "대여소 118개소",
        "추진중",
        "3/4분기",
        "자전거 1,700대",
        "-",
        "미착수",
    ]
    rows, unread = goal_year_rows(lines) or ([], [])
    assert [(r.year, r.target, r.actual, r.status) for r in rows] == [
        (2025, "대여소 110개소", "대여소 112개소", "달성"),
        (2025, "대여소 120개소", "대여소 118개소", "추진중"),
        (2025, "자전거 1,700대", None, "미착수"),
    ]
    assert unread == []
    # a row whose period cell is no period (a target where it stands): the rows stop there
    rows, unread = goal_year_rows([*lines[:10], "대여소 120개소", "대여소 118개소", "추진중", "-"]) or (
        [],
        [],
    )
    assert rows == []


def test_a_row_a_column_off_under_rows_with_a_status() -> None:
    goals = [
        {
            "target": "4개소",
            "target_value": 4,
            "target_unit": "개소",
            "actual": "2개소",
            "actual_value": 2,
            "status": "추진중",
        },
        {
            "target": "342명",
            "target_value": 342,
            "target_unit": "명",
            "actual": "완료",
            "actual_value": None,
            "status": None,
        },
    ]
    found = shifted_goal_findings(goals, {Loc("goals", 1): None})  # type: ignore[dict-item]
    assert [f["location"] for f in found] == ["goals[1]"]
    assert (goals[1]["target_value"], goals[1]["target_unit"], goals[0]["target_value"]) == (None, None, 4)
    # no goal with a status: a status word under the actual head is what the table prints, nothing shifted
    alone = [
        {"target": "20개소", "target_value": 20, "actual": "미착수", "actual_value": None, "status": None}
    ]
    assert shifted_goal_findings(alone, {}) == [] and alone[0]["target_value"] == 20
