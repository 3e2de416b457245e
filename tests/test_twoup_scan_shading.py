"""2-up searchable scans: the faint ink that mends a shrunk page's thin rules (``ocr_image.faint_ink``) is thin
strokes only, each dark beside its own surroundings. The loose threshold alone (2/3 of the way from Otsu's to the
paper's grey) took a shaded head or total row for ink; the rules found in it turned the row into one thick rule
and its cells left the grid (a 5 x 3 table with its head row shaded, on grey-240 paper: 15 cells kept at grey
220, 12 at 205 or 195, where Otsu's ink alone keeps them (less its grey stretch of rule: 14)).

The synthetic sheet is read as ``ScanLayers.part_grids`` reads a 2-up scan's render: two tables, one a half, on
scanner paper (blurred, noisy), their head and total rows shaded, one inner rule of each printed grey along a
stretch (where a thin rule printed shrunk is stepped by the scan), which Otsu's ink breaks and the faint ink mends.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from pledgecard.extract.readers import ocr_image, pdf_scan_layer

PAPER, RULE, TEXT, STEPPED = 240, 40, 50, 180
ROWS, COLS, ROW_PX = 5, 3, 80


def _table(grey: np.ndarray, x0: int, x1: int, y0: int, shade: int, shaded: tuple[int, ...]) -> None:
    xs = [x0 + (x1 - x0) * k // COLS for k in range(COLS + 1)]
    ys = [y0 + ROW_PX * k for k in range(ROWS + 1)]
    for r in shaded:  # the head row (and the total row) shaded
        grey[ys[r] : ys[r + 1], x0:x1] = shade
    for y in ys:
        grey[y : y + 2, x0 : x1 + 2] = RULE
    for x in xs:
        grey[ys[0] : ys[-1] + 2, x : x + 2] = RULE
    grey[ys[2] : ys[2] + 2, xs[1] + 40 : xs[2] - 40] = STEPPED  # a stretch of an inner rule printed grey
    for r in range(ROWS):  # a few glyph-like strokes in every cell
        for c in range(COLS):
            for k in range(5):
                cx = xs[c] + 30 + 40 * k
                grey[ys[r] + 25 : ys[r] + 55, cx : cx + 4] = TEXT
                grey[ys[r] + 38 : ys[r] + 42, cx : cx + 25] = TEXT


def _sheet(shade: int, shaded: tuple[int, ...] = (0,)) -> np.ndarray:
    import cv2

    grey = np.full((1700, 2400), PAPER, np.uint8)
    _table(grey, 100, 1100, 200, shade, shaded)
    _table(grey, 1300, 2300, 300, shade, shaded)
    noisy = cv2.GaussianBlur(grey, (3, 3), 0).astype(np.float64) + np.random.default_rng(7).normal(
        0, 6, grey.shape
    )
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _cells(grey: np.ndarray) -> list[int]:
    zoom = pdf_scan_layer.DPI / 72.0
    half = grey.shape[1] / 2 / zoom
    layers = SimpleNamespace(_render=lambda page, dpi: grey)
    parts = pdf_scan_layer.ScanLayers.part_grids(layers, None, [(0.0, half), (half, 2 * half)], 1.0, 0.0)  # type: ignore[arg-type]
    return [sum(len(g.cells) for g in grids) for grids in parts]


def _otsu_cells(grey: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    with monkeypatch.context() as m:
        m.setattr(ocr_image, "faint_ink", lambda grey: np.zeros(grey.shape, bool))  # Otsu's ink alone
        return _cells(grey)


@pytest.mark.parametrize("shade", [PAPER, 220, 205, 195])
def test_a_two_up_scans_shaded_head_row_keeps_its_cells(shade: int) -> None:
    assert _cells(_sheet(shade)) == [ROWS * COLS, ROWS * COLS]


@pytest.mark.parametrize("shade", [205, 195, 180, 165])
@pytest.mark.parametrize("shaded", [(0,), (0, ROWS - 1)])
def test_the_faint_ink_loses_no_cell_otsus_ink_finds(
    shade: int, shaded: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shading dark (or wide) enough that Otsu's threshold takes it for ink breaks its row either way (a limit of
    the rules found in the ink, 1-up scans alike); the faint ink adds mended rules, never loses a cell to a shaded row."""
    sheet = _sheet(shade, shaded)
    otsu = _otsu_cells(sheet, monkeypatch)
    assert all(a >= b for a, b in zip(_cells(sheet), otsu, strict=True))


def test_the_faint_ink_still_mends_a_rule_printed_grey(monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = _sheet(PAPER)
    assert _otsu_cells(sheet, monkeypatch) == [ROWS * COLS - 1, ROWS * COLS - 1]  # the grey stretch broke
    assert _cells(sheet) == [ROWS * COLS, ROWS * COLS]
