"""A scanned page's skew: the turn that makes its printed rows level.

Printed rows and table rules make the horizontal projection of a level page sharply peaked; the angle whose
projection has the largest variance is the page's skew. The angles tried are the grid :data:`MAX_SKEW_DEG` either
side of level in steps of :data:`SKEW_STEP_DEG` (81 turns of the page).

Speed (session 41): :func:`estimate_skew` searches the grid coarse to fine: every :data:`COARSE_EVERY`-th angle
first, then the fine angles about the best :data:`KEEP_COARSE` coarse ones (25 to 33 turns for 81). The projection's
variance falls away on either side of the page's angle over far more than a coarse step (a rule a page wide leaves
its row once turned by a pixel across), so the best fine angle lies beside a best coarse one; the angles tried are
the grid's own values, scored as before, ties going to the lowest as before. :func:`estimate_skew_full` is the
exhaustive search it replaces, kept for the benchmark (benchmarks/bench_ocr_image.py) and the test that both return
the same angle on the committed scans (tests/test_speed_41.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

MAX_SKEW_DEG = 4.0  # scans are rotated by a few degrees at most; more is a page on its side
SKEW_STEP_DEG = 0.1
COARSE_EVERY = 5  # the coarse search tries every fifth angle of the grid (0.5 degrees apart)
KEEP_COARSE = 2  # the fine search looks about this many of the best coarse angles


def skew_grid() -> np.ndarray:
    """The angles tried, in degrees, lowest first."""
    return np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, SKEW_STEP_DEG)


def _scorer(ink: np.ndarray) -> Callable[[float], float]:
    """The variance of the horizontal projection of ``ink`` (downscaled to 1000 pixels at most) turned by an angle."""
    import cv2

    small = ink.astype(np.uint8) * 255
    scale = 1000.0 / max(small.shape)
    if scale < 1.0:
        small = cv2.resize(small, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = small.shape
    centre = (w / 2.0, h / 2.0)

    def score(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rot = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(rot.sum(axis=1, dtype=np.float64)))

    return score


def _best(scores: dict[int, float], grid: np.ndarray) -> float:
    """The angle of the highest score, the lowest of equal ones (the exhaustive search's strict ``>``)."""
    k = min(scores, key=lambda i: (-scores[i], i))
    return float(grid[k])


def estimate_skew_full(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise positive) that makes the page's rows level: every angle of the grid
    tried (the search before session 41)."""
    grid, score = skew_grid(), _scorer(ink)
    return _best({k: score(float(a)) for k, a in enumerate(grid)}, grid)


def estimate_skew(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise positive) that makes the page's rows level: the grid searched coarse
    to fine (every :data:`COARSE_EVERY`-th angle, then every angle within a coarse step of the best
    :data:`KEEP_COARSE` of them)."""
    grid, score = skew_grid(), _scorer(ink)
    scores = {k: score(float(grid[k])) for k in range(0, len(grid), COARSE_EVERY)}
    kept = sorted(scores, key=lambda i: (-scores[i], i))[:KEEP_COARSE]
    for c in kept:
        for k in range(max(c - COARSE_EVERY + 1, 0), min(c + COARSE_EVERY, len(grid))):
            if k not in scores:
                scores[k] = score(float(grid[k]))
    return _best(scores, grid)
