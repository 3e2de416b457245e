"""Session 44, helper ocrgoals: silent wrong goal figures of scanned (OCR'd) goal tables, then the year-aware wrong
count (``pledgecard.scoring.wrong_goal_figures``) turned on in ``conftest.wrong_figure_count``.

Classes fixed:
- a target cell an OCR'd grid merged over the rows of two years (the rule between them lost, the row below printing
  fewer cells than the grid's columns) was repeated into each row, each year given the other's figure
  (:mod:`pledgecard.extract.sections.goal_ocr_spans`): its lines are parted by where they stand where each row's
  lines sit inside and centred in their row, else the spanned goals' targets are null with
  ``extract.table_unrecovered``;
- a goal unit cell OCR read as a rule's stroke (``|``) gave the figures under it a unit of ``|``
  (:mod:`pledgecard.extract.sections.goal_ocr_units`): their figures null with ``extract.table_unrecovered``.

Measured: dallae-city 84001 scan wrong_goal_figures 2 -> 0 (its 5 goals as expected, score 0.827 kept); the
twoup 28b mixed scan (dodam 38012 1-up + gippeum 77001 2-up) wrong goal figures 4 -> 0. With the conftest patch,
the 2 failing modules of 28 (test_scans_35, test_twoup_scans_28b) pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.sections.goal_ocr_spans import spanned_targets
from pledgecard.extract.sections.goal_ocr_units import stroke_unit, stroke_units

from conftest import family_card_read

_COLS = ((50.0, 130.0), (130.0, 240.0), (240.0, 380.0), (380.0, 480.0))  # 연도 | 세부사업 | 목표 | 추진상황
_ROWS = ((70.0, 92.0), (92.0, 120.0), (120.0, 148.0))  # the head, then two years' rows


def _cell(
    r: int, c: int, text: str, span: int = 1, lines: list[tuple[str, float, float]] | None = None
) -> Cell:
    x0, x1 = _COLS[c]
    paragraphs = [
        Paragraph(t, source=Source(page=1, bbox=(x0 + 5, top, x1 - 5, bottom)))
        for t, top, bottom in lines or []
    ]
    return Cell(
        r,
        c,
        text,
        row_span=span,
        source=Source(page=1, bbox=(x0, _ROWS[r][0], x1, _ROWS[r + span - 1][1])),
        paragraphs=paragraphs,
    )


def _table(target_lines: list[tuple[str, float, float]]) -> Table:
    """A scanned goal table whose target cell spans the 2025 and 2026 rows (the rule between them lost)."""
    text = "\n".join(t for t, _, _ in target_lines)
    cells = [
        *(_cell(0, c, h) for c, h in enumerate(("연도", "세부사업", "목표", "추진상황"))),
        _cell(1, 0, "2025"),
        _cell(1, 1, "공공돌봄 인재양성", span=2),
        _cell(1, 2, text, span=2, lines=target_lines),
        _cell(1, 3, "추진 중"),
        _cell(2, 0, "2026"),
        _cell(2, 3, "미착수"),
    ]
    return Table(cells, 3, 4, source=Source(page=1))


def _got(text: str) -> list[tuple[dict[str, Any], int, dict[str, int]]]:
    return [
        ({"year": y, "target": text, "target_value": 15, "target_unit": "명"}, r, {"target": 2})
        for y, r in ((2025, 1), (2026, 2))
    ]


def test_a_spanned_target_whose_lines_stand_in_their_own_rows_is_parted_by_row() -> None:
    lines = [("실시설계 완료", 100.0, 111.0), ("교육생 양성(15명)", 128.0, 140.0)]  # each centred in its row
    got = _got("실시설계 완료 교육생 양성(15명)")
    assert spanned_targets(_table(lines), got) == []  # parted: no finding
    assert [(g["target"], g["target_value"], g["target_unit"]) for g, _, _ in got] == [
        ("실시설계 완료", None, None),
        ("교육생 양성(15명)", 15, "명"),
    ]


def test_a_spanned_target_centred_over_both_rows_is_no_years_target() -> None:
    # one merged cell's two lines centred on the boundary (114-126 around 120): which year's is not shown
    lines = [("실시설계 완료", 108.0, 119.0), ("교육생 양성(15명)", 121.0, 132.0)]
    got = _got("실시설계 완료 교육생 양성(15명)")
    assert spanned_targets(_table(lines), got) == [0, 1]
    assert all(g["target"] is None and g["target_value"] is None for g, _, _ in got)


def test_a_spanned_target_over_rows_of_one_year_is_kept() -> None:
    lines = [("실시설계 완료", 100.0, 111.0), ("교육생 양성(15명)", 128.0, 140.0)]
    got = _got("실시설계 완료 교육생 양성(15명)")
    for g, _, _ in got:
        g["year"] = 2025  # both rows one year's: a merged cell of one goal, nothing to part
    assert spanned_targets(_table(lines), got) == []
    assert all(g["target_value"] == 15 for g, _, _ in got)


def test_a_stroke_read_as_a_unit_nulls_the_figures_counted_in_it() -> None:
    assert stroke_unit("|") and stroke_unit(" │ ") and not stroke_unit("km") and not stroke_unit("%")
    goals = [
        {"target_value": 2.4, "target_unit": "|", "actual_value": 2.4},
        {"target_value": 69, "target_unit": "호", "actual_value": 69},
    ]
    assert stroke_units(goals) == [0]
    assert goals[0] == {"target_value": None, "target_unit": None, "actual_value": None}
    assert goals[1]["target_value"] == 69


def test_dallae_84001_scan_parts_its_merged_target_cells_by_row(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "dallae-city", 84001, "scan")
    assert wrong == 0  # the year-aware count included: 2 wrong goal figures before
    assert [(g["year"], g["target_value"]) for g in got["goals"]] == [
        (g["year"], g["target_value"]) for g in exp["goals"]
    ]
    assert score >= 0.82
