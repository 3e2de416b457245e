"""Session 33 (layout2): pdftotext -layout dumps losing rows and sections.

1. An empty cell printed as a dash one space before the next cell of its row (``-       - 미착수``: the rate's ``-``
   run into the status) read as a dash-marked bullet item, which made the line no row of cells: the row fell out of
   its table, read as a text line (extract/readers/text_dash_cells.py). dolbit-city 76002 layout: its ``2025`` goal
   row under a blank project cell (the project carried down, as readers' tables do) 0.973 -> 1.000; unseen seeds
   76007 0.964 -> 1.000, 76010 0.907 -> 1.000, 76017 0.880 -> 0.932; no figure wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import split_lines

from conftest import family_card, shared_tools

ROOT = Path(__file__).resolve().parents[1]
FAMILY_LAYOUT = ROOT / "samples" / "layout" / "families"


def _row(text: str) -> bool:
    [line] = [ln for ln in split_lines(text) if not ln.blank]
    return cells_row(line)


def _scored(path: Path) -> tuple[dict, dict, float, list]:
    score_card, wf = shared_tools()
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    wrong = [(n, a, b) for _, n, a, b in wf.figures(exp, got) if b is not None and b != a]
    return exp, got, score_card.score_record(exp, got).score(), wrong


# 1. a dash cell run into the next cell is no bullet item

def test_a_dash_cell_run_into_a_one_word_cell_keeps_the_row() -> None:
    assert _row("2025                      교육생 양성(10명)       -       - 미착수")
    assert _row("2024   기반 구축   착공        관계기관 협의         - 추진중    거점 운영 및 지원")


def test_a_bullet_item_beside_a_label_is_still_no_row() -> None:
    # a label beside its bulleted content: two segments
    assert not _row("사업개요      - 사업기간")
    # an item of several words after the dash, even in a line of several cells
    assert not _row("2024      착공      완료      - 실시설계 용역 발주")
    # another cell of the line a bullet item: the line is no row
    assert not _row("2024      ◦ 착공 준비      -      - 완료")


def test_dolbit_76002_layout_reads_the_row_under_a_blank_project_cell() -> None:
    exp, got, score, wrong = _scored(FAMILY_LAYOUT / "dolbit-city-76002-layout.txt")
    assert [(g["project"], g["year"], g["target_value"], g["actual"], g["status"]) for g in got["goals"]] == [
        (g["project"], g["year"], g["target_value"], g["actual"], g["status"]) for g in exp["goals"]]
    assert got["goals"][-1]["project"] == got["goals"][-2]["project"]  # carried down from the row above
    assert score >= 1.0
    assert not wrong


@pytest.mark.parametrize(("seed", "floor"), [(76007, 1.0), (76010, 1.0), (76017, 0.93)])
def test_unseen_dolbit_layout_dumps_read_their_dash_rows(tmp_path: Path, seed: int, floor: float) -> None:
    path, exp = family_card(tmp_path, "dolbit-city", seed, "layout")
    _, got, score, wrong = _scored(path)
    assert score >= floor
    assert not wrong
    assert {g["year"] for g in got["goals"]} == {g["year"] for g in exp["goals"]}
