"""Text-layer pages some of whose glyphs map to no Unicode (extract/readers/pdf_lost_glyphs.py).

A card whose row labels are set in a font embedded without ToUnicode and without a cmap
(``Style.pdf_unmapped_labels``, samples/pdf_unmapped.py) prints them, but its text layer loses them: without
the class those labels read U+FFFD and their rows go unread (haneul-city 18101's PDF 0.752, dalbit-county
49101's three cards 0.834-0.878). The runs of lost glyphs are read by OCR in their box, the layer kept
elsewhere; the page is listed in ``source.ocr_pages``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers import ocr
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_lost_glyphs import crop_box, lost_runs, lost_share
from pledgecard.scoring import load_records, score_record
from tests.conftest import shared_tools


def _char(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size,
            "fontname": "F", "upright": True}


def test_lost_glyphs_side_by_side_are_one_run_a_mapped_glyph_or_a_gap_parts_them() -> None:
    chars = [_char("(cid:5)", 10), _char("(cid:6)", 20), _char("(cid:7)", 31),  # one label, glyphs touching
             _char("값", 60), _char("(cid:8)", 70),  # after a mapped value: its own run
             _char("(cid:9)", 200),  # far along the row: another
             _char("(cid:4)", 10, top=130)]  # the row below
    runs = lost_runs(chars)
    assert [r.indices for r in runs] == [[0, 1, 2], [4], [5], [6]]
    assert (runs[0].x0, runs[0].x1) == (10, 41)
    assert lost_share(chars) == pytest.approx(6 / 7)
    x0, y0, x1, y1 = crop_box(runs[0], 300 / 72, (3508, 2480))
    assert x0 < 10 * 300 / 72 < 41 * 300 / 72 < x1 and y0 < 100 * 300 / 72 < 110 * 300 / 72 < y1


def test_a_glyph_between_two_lost_ones_parts_them() -> None:
    chars = [_char("(cid:5)", 10), _char("\ufffd", 30), _char("가", 20)]
    assert [r.indices for r in lost_runs(chars)] == [[0], [1]]


def _unmapped_card(tmp_path: Path, family: str, seed: int) -> Path:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    return write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed),
                      replace(fam.style, pdf_unmapped_labels=True))


@pytest.mark.skipif(not ocr.available(), reason="Tesseract (kor) is not installed")
@pytest.mark.parametrize(("family", "seed"), [("haneul-city", 18101), ("dalbit-county", 49101)])
def test_row_labels_without_unicode_are_read_by_ocr_and_score_whole(tmp_path: Path, family: str, seed: int) -> None:
    path = _unmapped_card(tmp_path, family, seed)
    with open_pdf(path.read_bytes(), "pdfium") as pdf:
        shares = [lost_share(load().chars) for load in pdf.pages()]
    assert any(0 < s <= 0.5 for s in shares)  # the layer lost some glyphs on a page, not most
    exp = load_records(path.with_name(path.stem + ".expected.json"))
    got = extract_file(path)
    assert len(got) == len(exp)
    _, wrong_figures = shared_tools()
    for e, g in zip(exp, got, strict=True):
        assert score_record(e, g).score() >= 0.97
        assert [(n, ev, gv) for _, n, ev, gv in wrong_figures.figures(e, g) if gv is not None and gv != ev] == []
        assert g["source"].get("ocr_pages")
