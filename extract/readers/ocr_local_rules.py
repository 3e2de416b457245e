"""Rules found darker than their LOCAL background on a scanned page, so that a dark shaded fill is no rule.

Class of card fixed: a scan whose head rows or heading bars are shaded dark (grey at or below about 180, or a
fill the scan's black-and-white storage turned black). Otsu's global threshold counts such a fill as ink: its rows
are long runs of ink, so the rule finder took the whole fill for rules, the white letters printed in it for the
holes of cells (a heading bar ``01. 사업개요`` read as a table of one row cut between its letters, its title no
heading) and the rules against it were lost in it. A rule is a thin line: ink darker than the grey closed over it
(the paper or the fill it is printed on: a morphological black-hat) by a margin; a fill as tall and wide as a cell
(:data:`FILL_PX`) is its own surroundings, none of it a rule, while a rule printed on it or bordering it still is.
"""

from __future__ import annotations

import numpy as np

FILL_PX = (
    13  # a dark area this thick both ways (a cell's least size, about 1 mm at 300 dpi) is a fill, not a rule
)
LOCAL_DEPTH = (
    48  # grey levels a rule is darker than its surroundings closed over it (the scan's noise is less)
)


def darkness(grey: np.ndarray, px: int) -> np.ndarray:
    """How much darker each pixel of ``grey`` (uint8, 255 = paper) is than the grey closed over it by a square
    of ``px`` (a morphological black-hat): a stroke thinner than ``px`` against its surroundings (the paper or
    the fill it is printed on); nothing inside an area that thick both ways. The one filter of "darker than its
    own surroundings" (:func:`locally_dark`, ocr_image.faint_ink)."""
    import cv2

    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (px, px))
    return cv2.morphologyEx(grey, cv2.MORPH_BLACKHAT, kernel)


def locally_dark(grey: np.ndarray, fill_px: int = FILL_PX, depth: int = LOCAL_DEPTH) -> np.ndarray:
    """Where ``grey`` (uint8, 255 = paper) is darker by ``depth`` than the grey closed over it by a square of
    ``fill_px`` (:func:`darkness`): thin strokes and rules, on paper or on a fill; not the inside of a fill (nor
    its edges: its surroundings closed over it are itself)."""
    return darkness(grey, fill_px) > depth


def rule_ink(grey: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """``ink`` (the page's Otsu ink of ``grey``) less what is no darker than its local background
    (:func:`locally_dark`): what the rule finder may take rules from."""
    return ink & locally_dark(grey)
