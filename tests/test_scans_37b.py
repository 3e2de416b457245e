"""Scanned cards (session 37, scans): small bold text the ink mask runs together is no strike.

A strike through a scanned cell (``ocr_struck.struck_spans``) was a long run of ink through the middle of a line with
glyph ink above and below it; its row's breaks are closed (``CLOSE_PX``) and runs chained across wider ones. A
landscape card's title (``장부군 민선8기 군수 공약사업 관리카드``), small and bold, printed in its header grid, has its
syllables touching at mid-height: closed and chained, the words made such a run, the title was read again with them
blanked (``관리카드``; jangbu-county 81001 scan, its title cell 4 syllables of 16 -> 16 of 16). A strike is one drawn line: as scanned, its
row (and the rows either side of it) is inked over ``LINE_SHARE`` (95%) of its chained length (dasi-county 87002's
strikes: 100%; the title's words: 85%, the gaps between words open).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from conftest import family_card


def _words(words: int, glyphs: int, *, strike: bool = False) -> np.ndarray:
    """A cell's ink at 300 dpi: ``words`` words of ``glyphs`` bold glyphs each (filled, 16 px wide and 20 tall, 2 px
    apart: run together once the row's small breaks are closed), 8 px between words; ``strike``: a 2 px line drawn
    through their middle from the first glyph to the last."""
    ink = np.zeros((40, 30 + words * (glyphs * 18 + 8)), dtype=bool)
    x = 15
    for _ in range(words):
        for _ in range(glyphs):
            ink[10:30, x : x + 16] = True
            x += 18
        x += 8
    if strike:
        ink[19:21, 15 : x - 10] = True
    return ink


def test_glyphs_run_together_are_no_strike_and_a_line_through_them_is() -> None:
    from pledgecard.extract.readers.ocr_struck import struck_spans

    assert (
        struck_spans(_words(3, 4), 300) == []
    )  # a title's words: closed and chained, but gaps between words
    [(top, bottom, x0, x1)] = struck_spans(_words(3, 4, strike=True), 300)
    assert (
        top <= 10 and bottom >= 30 and x0 <= 15 and x1 >= 15 + 3 * (4 * 18 + 8) - 10
    )  # every glyph it crosses


def test_jangbu_county_81001_scanned_a_landscape_card_s_small_bold_title_is_read_whole(
    tmp_path: Path,
) -> None:
    """The title cell of the card's header grid (its first row) read whole: 4 syllables of 16 before (``관리카드``). The
    card is still not found: its 공약명 label read ``공약영`` (a label OCR misread by a jamo, not fixed here)."""
    from pledgecard.extract.readers.ocr import ocr_pdf_pages

    path, exp = family_card(tmp_path, "jangbu-county", 81001, "scan")
    [page], _ = ocr_pdf_pages(path.read_bytes(), [1])
    grid = max(page.grids, key=lambda g: len(g.cells))
    top = min(grid.cells, key=lambda c: (c[1], c[0]))
    text = "".join(
        ch["text"]
        for ch in page.chars
        if top[0] <= (ch["x0"] + ch["x1"]) / 2 <= top[2]
        and top[1] <= (ch["top"] + ch["bottom"]) / 2 <= top[3]
    )
    assert text.replace(" ", "") == exp["header"]["kind"].replace(" ", "")
