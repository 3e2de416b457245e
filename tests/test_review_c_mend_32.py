"""Mends of review c of session 32 (h-goals2 + h-scans), each the class of its finding:

- F1: two one-line project cells printed above a goal table's head (a page break's cut), the second row after a
  year line printing only its figures, were joined as the first row's wrapped cell (``아이돌봄 기반 구축 아이돌봄
  지원사업``, the second row's project None, no finding). The first row's cell is joined only where every later
  row prints its own project; else :func:`goal_lead_runs.lead_columns` places the lines one a row (L1: 0.951 ->
  0.960; mulbit-city 62003 pdftotext stays 0.960).
- F4: a bracketed note or a unit line among a row's cells (``(누적)``, ``(단위 : km)``) was a piece of the project
  (c2, c7: 0.956 -> 0.960). A note keeps its place among the cells but is no project piece.
- F2: a struck cell read again was kept wherever any one run was cut out (the word in force dropped would pass);
  the run cut must lie under the strike. And a syllable's own vowel bar (운, 윤) was found as a strike: a strike
  is longer than 1.5 of its printed line's height.
- F3: a negative figure in brackets (``(-1.5) 감소``) was taken for a lettered heading's mark.
- F5: a lone jamo after a note's mark was deleted even where the line was then no heading.
- F7: the dash-as-nothing rule is one helper (:func:`normalize.text.is_dash`); the rate of a project printed
  around its figures is checked by :func:`goal_values.rate_agrees`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_project_apart import (
    first_row_project,
    note_cell,
    project_around_figures,
)
from pledgecard.normalize.text import is_dash

from conftest import ocr_words, shared_tools

FIX = Path(__file__).parent / "fixtures" / "review_c_32"
BEFORE = ["target", "actual", "rate"]


def _read(case: str, tmp_path: Path) -> tuple[dict, float, int]:
    """The fixture card ``case`` read: its record, its score and its wrong figures (the shared tools')."""
    src = tmp_path / "m.txt"
    src.write_text((FIX / case / "m.txt").read_text(encoding="utf-8"), encoding="utf-8")
    [got] = extract_file(src)
    exp = json.loads((FIX / case / "m.expected.json").read_text(encoding="utf-8"))
    score_card, wrong_figures = shared_tools()
    wrong = sum(1 for _, _, e, g in wrong_figures.figures(exp, got) if g is not None and g != e)
    return got, score_card.score_record(exp, got).score(), wrong


# --- F1 / F4: the projects of a goal table cut by a page break, read as printed ------------------------------------


@pytest.mark.parametrize("case", ["c0", "L1", "c2", "c7"])
def test_each_row_reads_its_own_project_and_no_note(case: str, tmp_path: Path) -> None:
    got, score, wrong = _read(case, tmp_path)
    projects = {g["year"]: g["project"] for g in got["goals"]}
    assert projects[2024] == "아이돌봄 기반 구축"  # never the next row's name joined on, nor the unit line
    assert projects[2023] is not None and "아이돌봄 지원" in projects[2023] and "누적" not in projects[2023]
    assert score >= 0.960 and wrong == 0


def test_a_run_above_the_head_is_joined_only_where_every_later_row_has_its_project() -> None:
    lines = ["세부사업", "아이돌봄 기반 구축", "아이돌봄 지원사업"]
    assert first_row_project(lines, [1, 2], 1, [None]) is None  # one line a row, for lead_columns to place
    assert first_row_project(lines, [1, 2], 1, ["돌봄 인력 양성"]) == "아이돌봄 기반 구축 아이돌봄 지원사업"
    assert first_row_project(lines, [1, 2], 1, []) == "아이돌봄 기반 구축 아이돌봄 지원사업"  # the only row
    assert first_row_project(lines, [1, 2], 2, ["x"]) is None  # two rows before the cut: not one wrapped cell
    unit = ["세부사업", "아이돌봄 기반 구축", "(단위 : km)"]
    assert first_row_project(unit, [1, 2], 1, ["x"]) == "아이돌봄 기반 구축"  # the unit line is no piece


@pytest.mark.parametrize("cell", ["(누적)", "(단위 : km)", "［단위: 명］", "<누계>", "단위: 개소"])
def test_a_bracketed_note_or_a_unit_line_is_no_project_piece(cell: str) -> None:
    assert note_cell(cell)
    got = project_around_figures(["아이돌봄 지원사업", "4.5km", cell, "3.7km", "82%"], BEFORE)
    assert got == ("아이돌봄 지원사업", ["4.5km", "3.7km", "82%"])


@pytest.mark.parametrize("cell", ["사업", "(가칭) 돌봄센터", "돌봄(아이) 지원"])
def test_a_project_piece_stays_a_piece(cell: str) -> None:
    assert not note_cell(cell)
    got = project_around_figures(["아이돌봄 지원", "4.5km", cell, "3.7km", "82%"], BEFORE)
    assert got == (f"아이돌봄 지원 {cell}", ["4.5km", "3.7km", "82%"])


def test_notes_alone_are_no_project() -> None:
    assert project_around_figures(["(누적)", "4.5km", "(단위 : km)", "3.7km", "82%"], BEFORE) is None


def test_the_rate_of_a_project_apart_is_checked_as_every_goal_rates_is() -> None:
    # 3.7 of 4.5 is 82.2%: a printed rate within two points agrees (goal_values.rate_agrees), further off does not
    assert project_around_figures(["돌봄 지원", "4.5km", "사업", "3.7km", "81%"], BEFORE) is not None
    assert project_around_figures(["돌봄 지원", "4.5km", "사업", "3.7km", "79%"], BEFORE) is None
    assert project_around_figures(["돌봄 지원", "0km", "사업", "3.7km", "82%"], BEFORE) is None  # no target
    assert project_around_figures(["돌봄 지원", "4.5km", "사업", "3.7명", "82%"], BEFORE) is None  # two units


# --- F7: a dash prints nothing, one rule -----------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["-", "–", "—", "−", "－", "‐", " - "])
def test_a_dash_of_any_shape_is_nothing(cell: str) -> None:
    assert is_dash(cell)


@pytest.mark.parametrize("cell", [None, "", "0", "0명", "12", "ㅡ", "-%", "-명", "~", "--1"])
def test_a_cell_of_more_than_a_dash_is_no_dash(cell: str | None) -> None:
    assert not is_dash(cell)


# --- F2: a strike only where one was printed, and the re-read kept only where it cut the struck run ------------


def _png(name: str) -> Any:
    from PIL import Image

    return np.array(Image.open(FIX / name).convert("L"))


@pytest.mark.parametrize(
    "name", ["falsestrike_운영_중.png", "falsestrike_시범_운영_(정상).png", "falsestrike_순환_운영.png"]
)
def test_a_syllables_own_vowel_bar_is_no_strike(name: str) -> None:
    from pledgecard.extract.readers.ocr_struck import struck_spans

    assert struck_spans(_png(name) < 160, 300) == []


def test_a_strike_through_a_words_run_is_still_found() -> None:
    from pledgecard.extract.readers.ocr_struck import struck_spans

    grey = _png("falsestrike_시범_운영_(정상).png")
    rows = np.flatnonzero((grey < 160).any(axis=1))
    cols = np.flatnonzero((grey < 160).any(axis=0))
    mid = (int(rows.min()) + int(rows.max())) // 2
    grey[mid - 1 : mid + 2, cols.min() - 2 : cols.min() + 130] = (
        0  # a strike through 시범 운 (three syllables)
    )
    [(top, bottom, x0, x1)] = struck_spans(grey < 160, 300)
    assert top <= rows.min() and bottom >= rows.max() and x0 <= cols.min() and x1 >= cols.min() + 128


def test_a_read_again_is_kept_only_where_the_run_cut_lay_under_the_strike() -> None:
    from pledgecard.extract.readers.ocr_struck import struck_part_only, under_strikes

    # six glyphs 10 px apart, the strike over the first three (the region's pixels; the crop 5 px in)
    symbols = [(ch, (k * 10.0, 0.0, k * 10.0 + 9, 10.0)) for k, ch in enumerate("미착수추진중")]
    under = under_strikes(symbols, [(0, 20, 0, 36)], (5, 5))
    assert under == [True, True, True, False, False, False]
    assert struck_part_only("미착수추진중", "추진중", under)  # the struck word gone
    assert not struck_part_only("미착수추진중", "미착수", under)  # the word in force dropped: refused
    assert not struck_part_only(
        "추진중(정상)", "추진중", [False] * 7
    )  # a false strike's syllables lost: refused
    assert not struck_part_only("미착수추진중", "추진중", [True] * 5)  # flags not the reading's: refused


# --- F3: a figure's bracket is no heading's letter ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["(-1.5) 감소", "(-12.3%) 감소", "[-1.5] 감소", "<-3.2> 감소", "(. 12.5%", "(-1. 3.2)"]
)
def test_a_bracketed_figure_is_no_lettered_heading(text: str) -> None:
    from pledgecard.extract.readers.ocr_lettered import lettered_glyph

    assert lettered_glyph(ocr_words(text)) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["(. 추진실적", "(-1. 기 추진실적", "(. 2024년 추진실적"])
def test_a_lettered_heading_is_still_one(text: str) -> None:
    from pledgecard.extract.readers.ocr_lettered import lettered_glyph

    assert lettered_glyph(ocr_words(text)) is not None  # type: ignore[arg-type]


# --- F5: a jamo bullet kept on a line that is no heading ---------------------------------------------------------


@pytest.mark.parametrize("text", ["※ ㅇ 향후 추진계획", "※ ㅎ 추진 실적"])
def test_a_note_keeps_its_jamo_when_no_heading(text: str) -> None:
    from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph

    words = ocr_words(text)
    assert restore_lost_glyph(words) is False  # type: ignore[arg-type]
    assert " ".join("".join(t for t, _, _ in w.symbols) for w in words) == text
