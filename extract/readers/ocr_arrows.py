"""A revision's arrow the Korean model read as a middle dot, put back as the arrow.

Class of card fixed: a scanned revised card that prints a changed value with the one it replaced and an arrow
between them (``47% → 60%``, ``정상추진 → 추진중(부진)``, :mod:`pledgecard.extract.revisions`): Tesseract's Korean
model read the arrow as a middle dot (``공정률47% ㆍ 60%``, ``미착수 ㆍ일부추진``), so no arrow told the value in
force and the earlier figure was taken (gochim-county 80005 scan: a goal's target 47 where 60 is in force, one
wrong figure; the status both words). A dot is round; an arrow is a long stroke ending in a head taller than its
shaft. A symbol read as a dot (:data:`DOT_READS`) whose ink (the connected ink under its box) is at least twice as
wide as tall, its right end at least twice as tall as its shaft, is the arrow: the vocabulary's first revision
arrow takes its place. A dot, a dash or a tilde keeps its reading.

Class of card fixed (session 36): the same arrow read as a dash (``문화관광 협약 체결(15건 → 20건)`` OCR'd ``(15건 - 20건)``,
mutant 4537 scan): the first figure was taken as the goal's target, 15 for 20, with no finding. A symbol read as a
dash (:data:`DASH_READS`) is the arrow by the same test of its ink: a true dash has no head.

Mended (session 36, mendc; review c finding 6): a long dash touching the next glyph's stem (``2022ㅡ2026``, ``15건 —
20건`` set tight) took the stem, clipped by the band searched, for the arrow's head. A head narrows to its tip and
lies within the band; a stem runs on past the band (above or below it) and ends the ink at its full height.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.vocabulary import current

DOT_READS = frozenset("ㆍ·・")  # what the Korean model reads an arrow as
DASH_READS = frozenset(
    "-‐‑‒–—―−－ㅡ一"
)  # ... and what it reads one as otherwise (a shaft with its head lost)
MIN_WIDE = 2.0  # an arrow's ink is at least this many times as wide as tall (a dot: about once)
MIN_HEAD = 2.0  # its head at least this many times as tall as its shaft (a dash: once)


def restore_arrows(words: list[Word], ink: Any, origin: tuple[int, int]) -> int:
    """Each symbol of ``words`` read as a dot or a dash whose ink (``ink``: the region's, True where inked; the symbols'
    boxes are in the crop at ``origin`` in it) is an arrow's shape made the arrow, in place. How many."""
    arrow = ""
    done = 0
    for w in words:
        for k, (text, conf, box) in enumerate(w.symbols):
            if (text not in DOT_READS and text not in DASH_READS) or not _arrow_shape(ink, box, origin):
                continue
            arrow = arrow or current().words("revisions", "arrows")[0]
            w.symbols[k] = (arrow, conf, box)
            done += 1
    return done


def _arrow_shape(ink: Any, box: tuple[float, float, float, float], origin: tuple[int, int]) -> bool:
    """Whether the ink connected to the symbol's box is a long stroke with a head at its right end."""
    import cv2
    import numpy as np

    x0, y0 = int(box[0]) + origin[0], int(box[1]) + origin[1]
    x1, y1 = int(box[2]) + origin[0], int(box[3]) + origin[1]
    tall = max(y1 - y0, 1)
    top, bottom = max(0, y0 - 2 * tall), min(ink.shape[0], y1 + 2 * tall)
    left, right = max(0, x0 - 8 * tall), min(ink.shape[1], x1 + 2 * tall)
    band = np.ascontiguousarray(ink[top:bottom, left:right]).astype(np.uint8)
    if band.size == 0:
        return False
    _, labels, stats, _ = cv2.connectedComponentsWithStats(band, connectivity=8)
    under = labels[y0 - top : y1 - top, x0 - left : x1 - left]
    hit = [int(v) for v in np.unique(under) if v]
    if len(hit) != 1:
        return False
    comp = labels == hit[0]
    cols = comp.sum(axis=0)
    xs = np.nonzero(cols)[0]
    ys = np.nonzero(comp.any(axis=1))[0]
    width, height = int(xs[-1] - xs[0]) + 1, int(ys[-1] - ys[0]) + 1
    if width < MIN_WIDE * height:
        return False
    if ys[0] == 0 or ys[-1] == band.shape[0] - 1:  # its ink runs on past the band: a glyph's stem, no head
        return False
    heights = cols[xs[0] : xs[-1] + 1]
    shaft = float(np.median(heights[: max(1, width // 2)]))
    head = float(heights[-max(1, width // 4) :].max())
    return (
        head >= MIN_HEAD * max(shaft, 1.0) and heights[-1] < head
    )  # a head narrows to its tip; a stem does not
