"""The read-only review of the goal-table and lost-glyph code (session 29, mendpdf): F1, a year column printed
as a run whose year cell is merged over two rows (printed once: fewer years than rows) never pairs year k with
row k, the table is left unread (its cells in ``unparsed``); F2, a wrapped target's words never join a project
(a bare-figure target proves nothing about the line above it); F3, ``lost_runs`` indexes the mapped glyphs
(no pass over every mapped glyph for each lost one); F4, one definition of a lost glyph for the page's share
and its runs. The cards are the reviewer's (gochim-county 80001's pdf2txt dump, its goal table replaced)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_status_runs import year_run_restored
from pledgecard.scoring import load_records, wrong_goal_figures

CARDS = Path(__file__).resolve().parent / "fixtures" / "review_pdf"
HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]


def _rows(lines: list[str]) -> list[tuple[str | None, int | None, str, str | None]]:
    got = goal_cells(lines)
    return [] if got is None else [(r.project, r.year, r.target, r.actual) for r in got[0]]


def test_two_years_over_three_rows_pair_no_year_with_a_row() -> None:
    # 2024 merged over 사업A and 사업B (printed once), 2025 over 사업C: was [(사업A, 2024), (사업B, 2025)]
    lines = [*HEAD, "2024", "2025", "사업A", "10건", "8건", "80%", "완료", "사업B", "20건", "10건", "50%", "추진중",
             "사업C", "40건", "30건", "75%", "추진중"]
    assert year_run_restored(lines, len(HEAD), 4) is None
    assert [(p, y) for p, y, _, _ in _rows(lines)] == []


def test_a_row_whose_status_went_unprinted_after_the_last_status_proves_no_pairing() -> None:
    lines = [*HEAD, "2024", "2025", "사업A", "10건", "8건", "80%", "완료", "사업B", "20건", "10건", "50%", "추진중",
             "사업C", "40건", "30건", "75%"]
    assert year_run_restored(lines, len(HEAD), 4) is None


def test_as_many_years_as_rows_still_go_back_a_year_a_row() -> None:
    lines = [*HEAD, "2024", "2025", "사업A", "10건", "8건", "80%", "완료", "사업B", "20건", "10건", "50%", "추진중"]
    assert [(p, y) for p, y, _, _ in _rows(lines)] == [("사업A", 2024), ("사업B", 2025)]


def test_a_wrapped_target_never_joins_the_project() -> None:
    # F2b: the target printed `충전소` / `20개소`: was project '수소충전소 구축 충전소'
    assert _rows([*HEAD, "2024", "수소충전소 구축", "충전소", "20개소", "10개소", "50%", "완료"]) == []
    # F2a: a project carried from the row above and a target wrapped over three lines: was project '누적 교육 이수자'
    lines = [*HEAD, "2024", "수소산업 인재양성", "3.6km", "3.5km", "97.2%", "완료",
             "2025", "누적 교육", "이수자", "1,200명", "900명", "75%", "추진중"]
    assert _rows(lines) == [("수소산업 인재양성", 2024, "3.6km", "3.5km")]


def _read(name: str) -> tuple[dict, dict]:
    exp = load_records(CARDS / f"{name}.expected.json")
    rec = extract_file(CARDS / f"{name}.txt")
    assert len(exp) == len(rec) == 1
    return exp[0], rec[0]


def _labelled(goals: list[dict]) -> set[tuple[str, int | None, str]]:
    return {(g["project"], g["year"], g["target"]) for g in goals}


def test_the_merged_year_card_dates_no_goal_wrongly_and_leaves_its_cells_unparsed() -> None:
    exp, rec = _read("v1-merged-year")  # was goals 2025 '20개소' (the 2024 row): two wrong goal figures
    assert wrong_goal_figures(exp, rec) == []
    assert _labelled(rec["goals"]) <= _labelled(exp["goals"])
    unparsed = {u["text"] for u in rec["unparsed"]}
    assert {"수소충전소 구축", "20개소"} <= unparsed


def test_the_carried_wrapped_target_card_puts_no_figure_under_an_unprinted_project() -> None:
    exp, rec = _read("v2-carried-wrapped-target")  # was project '누적 교육 이수자', target '1,200명'
    assert wrong_goal_figures(exp, rec) == []
    assert _labelled(rec["goals"]) <= _labelled(exp["goals"])
    assert ("수소산업 인재양성", 2024, "3.6km") in _labelled(rec["goals"])
