"""Scanned cards (session 29):

- 2-up sheets of landscape pages (``samples/render_sheets.impose``): a landscape page was scaled as a portrait
  one (0.68), two of them 1162 pt wide on an 842 pt sheet, so each sheet printed its pages' outer thirds off the
  paper: dallae-city 101 printed 2-up as a searchable scan lost its card (0.099, ``outreach.media`` 1 for 106:
  the label ``언론,`` cut at the sheet's edge at its comma). A page is now scaled to fit its half as a printer
  driver fits it (portrait pages unchanged, 0.68): 0.108, no figure wrong.
- dark shading on scans (``ocr_local_rules``): a heading bar or head row shaded dark is ink to Otsu's threshold,
  so the rule finder took the fill for rules and the white letters in it for cells (dallae's ``01. 사업개요`` bar a
  table of one row, no heading read); rules are now ink darker than its local background: dallae-city 101 2-up
  searchable scan 0.108 -> 0.614, 1-up searchable scan 0.149 -> 0.637, no figure wrong.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _searchable_scan(tmp_path: Path, family: str, seed: int, up: int) -> tuple[Path, dict]:
    """``family``'s card ``seed`` printed ``up`` pages a sheet as a searchable scan, and its expected record."""
    from dataclasses import replace

    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    path = write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed),
                      replace(fam.style, sheet_up=up, pdf_sandwich=True))
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


@pytest.mark.parametrize("name", ["dallae-city/dallae-city-84001-pdf.pdf", "gippeum-county/gippeum-county-77001-pdf.pdf"])
def test_two_up_sheets_print_every_character_on_the_paper_in_its_half(name: str) -> None:
    import pdfplumber

    from samples.render_sheets import SHEET_PT, impose

    src = (FAMILIES / name).read_bytes()
    with pdfplumber.open(io.BytesIO(src)) as doc:
        printed = sum(len(p.chars) for p in doc.pages)
    with pdfplumber.open(io.BytesIO(impose(src, up=2))) as doc:
        width, height = SHEET_PT
        half = width / 2
        chars = [c for p in doc.pages for c in p.chars]
        assert len(chars) == printed  # nothing dropped
        assert all(0 <= c["x0"] and c["x1"] <= width and 0 <= c["top"] and c["bottom"] <= height for c in chars)
        assert all(c["x1"] <= half or c["x0"] >= half for c in chars)  # each on its own page's half


def test_a_portrait_page_keeps_its_scale_and_a_landscape_one_fits_its_half() -> None:
    from samples.render_sheets import GUTTER_PT, SCALE, SHEET_PT, fit_scale

    assert fit_scale(595.28, 841.89) == SCALE
    landscape = fit_scale(841.89, 473.39)
    assert landscape < SCALE and 2 * 841.89 * landscape + GUTTER_PT <= SHEET_PT[0]


def _bar_and_table(fill: int) -> np.ndarray:
    """A page: a heading bar shaded dark (grey 30) with white letters in it, and a ruled table of 3 x 3 cells whose
    head row is shaded ``fill``, dark text in its cells."""
    g = np.full((1400, 1000), 250, np.uint8)
    g[100:160, 100:900] = 30
    for x in range(130, 880, 40):
        g[115:145, x:x + 18] = 250
    g[300:360, 100:900] = fill
    for y in (300, 360, 430, 500):
        g[y - 1:y + 2, 100:901] = 0
    for x in (100, 400, 650, 900):
        g[299:501, x - 1:x + 2] = 0
    for y0 in (320, 390, 460):
        for x in (150, 450, 700):
            g[y0:y0 + 20, x:x + 3] = 0
            g[y0 + 9:y0 + 11, x:x + 30] = 0
    return g


@pytest.mark.parametrize("fill", [90, 160, 200])
def test_a_dark_fill_is_no_rule_and_a_shaded_head_row_keeps_its_cells(fill: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from pledgecard.extract.readers import ocr_image

    tables = ocr_image.image_tables(ocr_image.clean_page(_bar_and_table(fill), 0.0))
    assert [len(t.cells) for t in tables] == [9]  # the bar no table; the head row's three cells kept
    monkeypatch.setattr(ocr_image, "rule_ink", lambda grey, ink: ink)  # Otsu's ink alone
    before = ocr_image.image_tables(ocr_image.clean_page(_bar_and_table(fill), 0.0))
    assert len(before) == 2  # the bar read as a table of cells between its letters
    if fill < 128:
        assert sorted(len(t.cells) for t in before)[0] < 9  # the dark head row lost its cells


@pytest.mark.parametrize("up", [2])
def test_a_searchable_scan_of_a_card_with_dark_heading_bars_reads_its_sections(up: int, tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """dallae-city 101 (its headings white on dark bars) printed 2-up as a searchable scan: 0.108 -> 0.614."""
    from pledgecard import extract_file
    from pledgecard.extract.readers import ocr_local_rules
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = _searchable_scan(tmp_path, "dallae-city", 101, up)
    [got] = extract_file(path)
    assert score_record(exp, got).score() >= 0.6 and wrong_figure_count(exp, got) == 0
    monkeypatch.setattr(ocr_local_rules, "rule_ink", lambda grey, ink: ink)
    [otsu] = extract_file(path)
    assert score_record(exp, otsu).score() < 0.2 and wrong_figure_count(exp, otsu) == 0
