"""Session 31, text dumps, second round: a one-row goal table printed a column box at a time whose side-by-side
cells wrapped over lines print line by line across them (pdftotext's default mode: ``이차전지 지`` /
``이차전지 프로그`` / ``원사업`` / ``램 운영(35회)``), read where wrapping proves the dealing and the rate the
target (extract/sections/goal_interleaved_box.py, extract/sections/goal_block_runs.py); and a goal table whose year
column of two or more cells printed above its header as a run, its rows after the header up to a year line among
them (a page break cut the column), takes the years where as many rows end there (goal_lead_runs.lead_years)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_block_runs import rows_from_column_boxes
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_interleaved_box import interleaved_cells, rate_proves, wraps_as_a_cell
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import pdftotext_dump, shared_tools

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _goals(path: Path, expected: Path) -> tuple[float, float, list[str]]:
    """The dump's goal facts scored against the expected record (right, of), and its wrong figures."""
    sc, wf = shared_tools()
    tally = sc.Tally()
    wrong: list[str] = []
    for e, g in zip(load_records(expected), extract_file(path), strict=True):
        sc.score_record(e, g, tally)
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
        wrong += wrong_goal_figures(e, g)
    ok, total, _ = tally.groups["goals"]
    return ok, total, wrong


# before (session 31): yeonbit 73001 goals 0 of 7, boram 82001 0 of 7 (the one row's cells printed a line
# of each in turn, read as no row); after: every goal fact, 0 wrong figures
@pytest.mark.parametrize("card", ["yeonbit-county/yeonbit-county-73001", "boram-city/boram-city-82001"])
def test_one_goal_row_wrapped_side_by_side_reads_whole_from_pdftotext(card: str, tmp_path: Path) -> None:
    src = FAMILIES / f"{card}-pdf.pdf"
    out = tmp_path / f"{src.stem}-pdftotext.txt"
    pdftotext_dump(src, out)
    expected = tmp_path / f"{out.stem}.expected.json"
    shutil.copy(src.with_name(src.stem + ".expected.json"), expected)
    ok, total, wrong = _goals(out, expected)
    assert wrong == []
    assert total > 0 and ok == total, (ok, total)


BOX = ["이차전지 지", "이차전지 프로그", "원사업", "램 운영(35회)"]


def test_lines_dealt_in_turn_where_only_that_reading_wraps() -> None:
    assert interleaved_cells(BOX, 2) == [["이차전지 지", "원사업"], ["이차전지 프로그", "램 운영(35회)"]]
    # read one after another, a line falls short of its cell's widest with room for the next glyph
    assert not wraps_as_a_cell(["이차전지 지", "이차전지 프로그", "원사업"])
    assert not wraps_as_a_cell(["원사업", "램 운영(35회)"])


def test_cells_printed_one_after_another_are_not_dealt() -> None:
    # each cell whole before the next (a one-line project, a target wrapped as a cell wraps): that reading
    # wraps too, so nothing proves the lines alternate
    assert (
        interleaved_cells(["어르신 돌봄 지원사업", "어르신 돌봄 교육생", "양성(15명)", "추가 교육"], 2)
        is None
    )
    # an odd count, or no more lines than cells
    assert interleaved_cells(BOX[:3], 2) is None
    assert interleaved_cells(BOX[:2], 2) is None


def test_the_rate_proves_a_figure_printed_amid_the_target() -> None:
    assert rate_proves("이차전지 프로그램 운영(35회)", "23회", "66%")
    assert not rate_proves("이차전지 프로그램 운영(35회)", "23회", "70%")  # the rate is no quotient of them
    assert not rate_proves("이차전지 프로그램 운영(35회)", "23명", "66%")  # two units
    assert not rate_proves("2개 과정 운영(35회)", "23회", "66%")  # two figures: which one is the target's


def _table(box: list[str], rate: str) -> list[str]:
    return [
        "연도",
        "2023",
        "세부사업",
        "목표",
        *box,
        "실적",
        "달성률",
        "추진상황",
        "23회",
        rate,
        "완료",
        "추진내용",
        "실증센터 운영 및",
        "교육생 지원",
    ]


def test_a_one_row_box_table_reads_its_row_and_detail() -> None:
    got = rows_from_column_boxes(_table(BOX, "66%"))
    assert got is not None
    (row,) = got[0]
    assert (row.year, row.project.replace(" ", ""), row.target.replace(" ", ""), row.actual, row.status) == (
        2023,
        "이차전지지원사업",
        "이차전지프로그램운영(35회)",
        "23회",
        "완료",
    )
    assert row.detail is not None and row.detail.replace(" ", "") == "실증센터운영및교육생지원"


def test_a_one_row_box_table_the_rate_disproves_stays_unread() -> None:
    assert rows_from_column_boxes(_table(BOX, "90%")) is None
    # the lines not proven dealt: the target left as the box's last line, its rate unproven
    assert rows_from_column_boxes(_table(BOX[:3], "66%")) is None


# mutant 4086's pdftotext dump (python -m samples.mutate --start 4086 --cards 1 --formats pdftotext): the year and
# project columns printed above the header as runs (연도 / 주요사업 / 2024 / 2025 / the project), the rows after
# it, a page break, then the third row under its own year. Before: the first two rows unread (no year), goals
# 2.5 of 21 and a wrong figure by the shared counter (the 2026 row read as the first goal); after: 21 of 21, 0 wrong
LEAD = ["연도", "주요사업", "2024", "2025", "창업 인재양성", "계획", "실적", "달성률", "추진상황"]
FIRST = ["4.2km", "4.1km", "98%", "완료", "공정률 80%", "공정률 60%", "75%", "추진중"]
CUT = ["-3-", "2026", "1.2km", "-", "-", "미착수"]


def test_a_year_run_above_the_header_gives_the_rows_before_a_year_line_their_years() -> None:
    got = goal_cells(LEAD + FIRST + CUT)
    assert got is not None
    assert [(r.year, r.project, r.target, r.actual) for r in got[0]] == [
        (2024, "창업 인재양성", "4.2km", "4.1km"),
        (2025, "창업 인재양성", "공정률 80%", "공정률 60%"),
        (2026, "창업 인재양성", "1.2km", None),
    ]


def test_a_year_run_above_the_header_as_many_as_no_rows_places_no_year() -> None:
    # three rows before the year line under two years: which row is whose is not told
    third = ["5.0km", "2.5km", "50%", "완료"]
    got = goal_cells(LEAD + FIRST + third + CUT)
    assert got is not None
    assert [r.year for r in got[0]] == [2026]
    # one row before it under two years
    got = goal_cells(LEAD + FIRST[:4] + CUT)
    assert got is not None
    assert [r.year for r in got[0]] == [2026]
