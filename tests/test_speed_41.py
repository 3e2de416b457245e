"""The OCR image steps made quicker (speed, session 41) return what the old paths did, on the committed scans.

Classes of work cut, each with its benchmark (benchmarks/bench_ocr_image.py: old path and new in the same run, CPU
seconds; committed scans and 4 family cards scanned, 22 page inks and 381 cell inks):

- a page's skew (``ocr_skew.estimate_skew``): the angle grid (81 turns of the page) searched coarse to fine, every
  fifth angle then the fine ones about the best two (25 to 33 turns): 2.3x quicker, the same angle on every input
  (and on 174 page and half-page inks of 25 family cards scanned, checked while writing it);
- a cell's struck glyphs (``ocr_struck.struck_spans``): a run too short to be a strike at any line height is passed
  over before its line's rows are looked for, its line's height across the cell measured once a row: 6x quicker
  (13x on the cells of four scans read by the reader: 151 cells, 7 with strikes, 6.10 -> 0.47 s), the same boxes;
- test_ocr_page_frames read its scan twice by OCR (the reader for the notes and frames, ``process_file`` for the
  record and provenance): one read, the record and provenance made by the pipeline's own steps from that document.

Measured (CPU s, -n 0; samples/README "The suite's time (session 41)"): test_ocr_page_frames 15.1 -> 6.7,
test_scans_29 29.7 -> 24.3, test_scans_29b 44.1 -> 42.1, test_ocr 14.4 -> 12.9; a scan read some 1.5 s less.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.bench_ocr_image import cell_inks, page_greys, skew_inputs
from pledgecard.extract.readers.ocr import DPI
from pledgecard.extract.readers.ocr_skew import COARSE_EVERY, estimate_skew, estimate_skew_full, skew_grid
from pledgecard.extract.readers.ocr_struck import struck_spans

from conftest import REPO, family_card

SCANS = sorted((REPO / "samples" / "scans").glob("*.pdf"))


@pytest.fixture(scope="module")
def committed_pages() -> list[Any]:
    assert len(SCANS) >= 2
    return [g for p in SCANS for g in page_greys(p.read_bytes())]


def test_the_coarse_to_fine_skew_is_the_exhaustive_searchs_angle_on_the_committed_scans(
    committed_pages: list[Any],
) -> None:
    inks = [ink for g in committed_pages for ink in skew_inputs(g)]
    angles = [estimate_skew_full(ink) for ink in inks]
    assert [estimate_skew(ink) for ink in inks] == angles
    # the scans are skewed, and off the coarse grid: the fine search is what finds them
    grid = list(skew_grid())
    assert all(a != 0.0 for a in angles)
    assert any(grid.index(a) % COARSE_EVERY for a in angles), angles


def test_the_skew_of_a_page_turned_between_coarse_angles_is_found_as_before() -> None:
    """A drawn page of rules and rows of glyph-sized blocks turned 1.3 degrees (between coarse angles 1.0 and 1.5)."""
    import cv2
    import numpy as np

    page = np.full((1400, 1000), 255, dtype=np.uint8)
    for y in range(100, 1300, 60):
        page[y : y + 3, 80:920] = 0
        for x in range(100, 900, 40):
            page[y + 15 : y + 45, x : x + 25] = 0
    m = cv2.getRotationMatrix2D((500.0, 700.0), -1.3, 1.0)
    ink = cv2.warpAffine(page, m, (1000, 1400), flags=cv2.INTER_LINEAR, borderValue=255) < 128
    assert estimate_skew(ink) == estimate_skew_full(ink)
    assert abs(estimate_skew(ink) - 1.3) <= 0.15


def test_the_quick_strike_search_finds_the_old_ones_boxes_on_scanned_cells(
    tmp_path: Path, committed_pages: list[Any]
) -> None:
    """Every ruled cell of the committed scans and of dasi-county 87002 scanned (its revised figures struck through:
    test_scans_31): the same boxes, some of them found."""
    path, _ = family_card(tmp_path, "dasi-county", 87002, "scan")
    greys = committed_pages + list(page_greys(path.read_bytes()))
    cells = [c for g in greys for c in cell_inks(g)]
    old = [struck_spans(c, DPI, quick=False) for c in cells]
    assert [struck_spans(c, DPI) for c in cells] == old
    assert len(cells) >= 100 and sum(map(bool, old)) >= 2
