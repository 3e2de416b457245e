"""Figures and words struck through on a scanned card, left out of a cell before OCR reads it.

Class of card fixed: a revised card that keeps the superseded figure in place struck through (취소선) beside or
over the one in force (``~~731,775~~`` over ``884,828`` in a funding cell, ``~~추진중~~ 일부추진``), printed and
scanned. A vector PDF, HWPX or HWP shows the strikeout and its reader leaves the struck run out
(:mod:`.struck`); a scan shows only ink, and Tesseract read both figures as one cell's text with the strike
line among the digits (``73275 884.828``, ``382-335 297 866``, ``그 스스소 드고으 2819 632``): a funding row with
such a cell was dropped whole (dasi-county 87002 scan: 도비 and 군비 unread), and a cell whose two readings were
squashed together could read as one figure no card printed.

A strike is a horizontal ink run through the middle of glyphs: far longer than any stroke of a glyph
(:data:`MIN_RUN_GLYPHS` glyph heights), with ink above and below it along most of its length (an underline
has ink above it only, a dash no glyph around it), through the middle of its line's height (a Hangul vowel's
bar at a syllable's foot, several syllables' bars in a row, is lower). The glyphs it crosses (its length, a
little either side, from the top of their line to its bottom) are blanked in the cell's image
(``ocr._read_region``), so OCR reads the figure in force alone. A strike the scan does not show (too faint,
broken by dust) is not found here: the cell reads as before.
"""

from __future__ import annotations

from typing import Any

MIN_RUN_GLYPHS = 2.5  # a strike runs at least this many glyph heights (a stroke of a glyph: about one)
MIDDLE = (
    0.3,
    0.7,
)  # where in its line's height a strike runs (a glyph's bar at its foot, an underline: lower)
CLOSE_PX = 3  # breaks in a scanned line this wide (dust, binarisation) are closed
CROSSED_SHARE = 0.4  # of a run's columns that must have ink just above it and just below it
REACH = (3, 12)  # rows above and below a run (at 300 dpi) where the glyphs it crosses show their ink
GAP_SHARE = 0.5  # of a glyph's height: a break in a strike no wider than this is the strike's (runs chained)
EDGE_PX = 2  # rows blanked past the line's inked ones (the glyphs' grey fringes)
# a strike is longer than this share of its printed line's height: a glyph's own bar (the ㅜ/ㅠ of 운, 윤 with
# ink above and below it at mid-height) spans one glyph at most
STROKE_SHARE = 1.5
PAD_SHARE = 0.3  # of a glyph's height blanked either side of a run's ends (a glyph's edge past the line)
# of a run's columns a strike inks as scanned (its breaks not closed): a drawn line is continuous (dasi-county 87002
# scan: every strike 1.0); small bold glyphs run together by the closing leave gaps (jangbu-county 81001's title 0.85)
LINE_SHARE = 0.95


def struck_spans(ink: Any, dpi: int, *, quick: bool = True) -> list[tuple[int, int, int, int]]:
    """The boxes ``(top, bottom, x0, x1)`` (pixels of ``ink``) of the glyphs a strike crosses.

    ``quick`` (speed, session 41): a run too short to be a strike at any line height is passed over before its
    line is looked for, and the line's height across the cell is measured once a row; the same boxes as without
    (every run's line looked for, the path before; kept for benchmarks/bench_ocr_image.py and
    tests/test_speed_41.py)."""
    import cv2
    import numpy as np

    h, w = ink.shape
    if h < 8 or w < 8:
        return []
    closed = (
        cv2.morphologyEx(
            ink.astype(np.uint8), cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (CLOSE_PX, 1))
        )
        > 0
    )
    near, far = (max(1, round(r * dpi / 300)) for r in REACH)
    out: list[tuple[int, int, int, int]] = []
    taken = np.zeros(h, dtype=bool)
    band = ink.any(axis=1)  # the rows holding ink across the cell: a printed line's whole height
    # a run shorter than this is no strike whatever its line's height (below 2 * near: too low; above: shorter than
    # MIN_RUN_GLYPHS of it), so its line is not looked for (speed, session 41: the same spans found)
    shortest = MIN_RUN_GLYPHS * 2 * near
    for y in range(far, h - far):
        if taken[y]:
            continue
        runs = _runs(closed[y])
        text_height: int | None = None  # the line's through row y, measured once a row (not once a run)
        for k, (x0, x1) in enumerate(runs):
            if quick:
                if x1 - x0 < shortest:
                    continue
                if text_height is None:
                    text_height = _text_height(band, y)
                if x1 - x0 < STROKE_SHARE * text_height:
                    continue
            top, bottom = _line_rows(ink, y, x0, x1)
            height = bottom - top
            if (
                x1 - x0 < MIN_RUN_GLYPHS * height
                or height < 2 * near
                or x1 - x0 < STROKE_SHARE * (_text_height(band, y) if text_height is None else text_height)
                or not MIDDLE[0] <= (y - top) / height <= MIDDLE[1]
            ):
                continue
            above = ink[y - far : y - near + 1, x0:x1].any(axis=0).mean()
            below = ink[y + near : y + far + 1, x0:x1].any(axis=0).mean()
            if above < CROSSED_SHARE or below < CROSSED_SHARE:
                continue
            x0, x1 = _chained(runs, k, GAP_SHARE * height)
            if not _one_line(ink, y, x0, x1):
                continue
            pad = round(PAD_SHARE * height)
            out.append((max(top - EDGE_PX, 0), min(bottom + EDGE_PX, h), max(x0 - pad, 0), min(x1 + pad, w)))
            taken[top:bottom] = True
            break
    return out


def _one_line(ink: Any, y: int, x0: int, x1: int) -> bool:
    """Whether the run ``x0:x1`` of row ``y`` (chained across its breaks) is one drawn line: the ink as scanned (the
    row and the rows either side of it, no break closed) covers :data:`LINE_SHARE` of its columns. Small bold glyphs
    the ink mask runs together (a title's syllables touching at mid-height) leave the gaps between their words open
    there; a break a strike's own chain bridges wider than that share allows leaves it unfound (as a faint one)."""
    return bool(ink[max(y - 1, 0) : y + 2, x0:x1].any(axis=0).mean() >= LINE_SHARE)


def _text_height(band: Any, y: int) -> int:
    """The height of the printed line through row ``y``, its rows inked anywhere across the cell (``band``): all
    of its glyphs', not the few strokes about one run (a syllable's vowel bar with ink just above and below it)."""
    top, bottom = y, y + 1
    while top > 0 and band[top - 1]:
        top -= 1
    while bottom < len(band) and band[bottom]:
        bottom += 1
    return bottom - top


def _chained(runs: list[tuple[int, int]], k: int, gap: float) -> tuple[int, int]:
    """Run ``k`` of a row with the runs either side of it no more than ``gap`` apart, one after another (a strike
    the scan broke: at a comma, by dust)."""
    a = b = k
    while a > 0 and runs[a][0] - runs[a - 1][1] <= gap:
        a -= 1
    while b + 1 < len(runs) and runs[b + 1][0] - runs[b][1] <= gap:
        b += 1
    return runs[a][0], runs[b][1]


def _runs(row: Any) -> list[tuple[int, int]]:
    """The runs of True in one row: ``(start, end)`` each, end past the last."""
    import numpy as np

    padded = np.concatenate(([False], row, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _line_rows(ink: Any, y: int, x0: int, x1: int) -> tuple[int, int]:
    """The rows of the printed line through row ``y`` over columns ``x0:x1``: up and down from ``y`` while a row
    holds ink there (a white row ends the line)."""
    band = ink[:, x0:x1].any(axis=1)
    top = y
    while top > 0 and band[top - 1]:
        top -= 1
    bottom = y + 1
    while bottom < len(band) and band[bottom]:
        bottom += 1
    return top, bottom


def under_strikes(
    symbols: list[tuple[str, Any]], spans: list[tuple[int, int, int, int]], origin: tuple[int, int]
) -> list[bool]:
    """For each character of ``symbols`` (text and box, in the crop at ``origin`` in the region), whether its box's
    centre lies in one of the strikes' boxes (:func:`struck_spans`, the region's pixels): the glyphs a strike blanked."""
    out: list[bool] = []
    for text, box in symbols:
        cx, cy = (box[0] + box[2]) / 2 + origin[0], (box[1] + box[3]) / 2 + origin[1]
        hit = any(a <= cx <= b and top <= cy <= bottom for top, bottom, a, b in spans)
        out.extend([hit] * len(text))
    return out


def struck_part_only(before: str, after: str, under: list[bool]) -> bool:
    """Whether a cell of words read again with its struck glyphs blanked (``after``, spaces left out) is its first
    reading (``before``) with one run of it cut out and some of it kept, the run cut lying under the strike
    (``under``: a flag for each character of ``before``, :func:`under_strikes`): the struck word gone, the rest as
    read.

    Class of card fixed (session 32): a revised card's status or goal struck through beside the one in force
    (``~~부진~~ 폐기``, ``~~미착수~~ 추진중(정상)``, ``~~117호~~ 138호 공급``) on a scan: OCR read the struck word
    as a syllable run of its own (``부추즈 폐기``, ``마착수 추진중(정상)``) and both went into the field (dasi-county
    87003, 87004 scans). A reading again that changed what it kept (a strike found through the words in force)
    is refused.

    Class fixed too (session 32, review c): any one run cut out was taken, so a reading again that dropped the word
    in force (``미착수추진중`` -> ``미착수``, the strike over 미착수) or a syllable a false strike blanked would have
    replaced the cell's text. The run cut must lie where the strike was found, every character of it."""
    if not after or len(after) >= len(before) or len(under) != len(before):
        return False
    cut = len(before) - len(after)
    return any(
        before[:i] + before[i + cut :] == after and all(under[i : i + cut]) for i in range(len(after) + 1)
    )
