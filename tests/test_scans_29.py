"""Scanned cards (session 29):

- 2-up sheets of landscape pages (``samples/render_sheets.impose``): a landscape page was scaled as a portrait
  one (0.68), two of them 1162 pt wide on an 842 pt sheet, so each sheet printed its pages' outer thirds off the
  paper: dallae-city 101 printed 2-up as a searchable scan lost its card (0.099, ``outreach.media`` 1 for 106:
  the label ``언론,`` cut at the sheet's edge at its comma). A page is now scaled to fit its half as a printer
  driver fits it (portrait pages unchanged, 0.68): 0.108, no figure wrong.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


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
