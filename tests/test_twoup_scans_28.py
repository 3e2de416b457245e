"""2-up scans (session 28), on files the generator writes at test time from a family's records:

- a searchable scan printed two pages a sheet: each half's tables are found among its own rules (at its page's
  size) in its faint ink too (``ocr_image.faint_ink``): printed shrunk, a thin rule is thinner than the scan's
  pixel and grey where the scan steps it a row, and Otsu's threshold broke it (cells merged: gippeum 77001-77005
  read 0.79 / 0.71 / 0.77 / 0.95 / 0.77, 5 figures wrong; after 1.0 / 1.0 / 0.95 / 1.0 / 1.0, none wrong);
- a half that OCR finds nothing printed on is noted blank, not "read by OCR";
- a lone ``@`` opening an OCR'd line is a round bullet (``◎``; Tesseract reads ``◐`` / ``◉`` so): saenal's card
  printed 2-up and scanned read no section (a scan of its scan 0.071 / 0.29 -> 0.590 / 0.545, a 2-up scan 0.083 ->
  0.865, no figure wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers import ocr, pdf
from pledgecard.extract.readers.pdf_sheets import Region
from pledgecard.scoring import score_record
from tests.conftest import gippeum_two_up_scan, wrong_figure_count


@pytest.mark.parametrize("seed", [77001, 77002])
def test_a_searchable_scan_printed_two_up_reads_its_halves_thin_rules(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, exp = gippeum_two_up_scan(tmp_path, seed)
    [got] = extract_file(path)
    assert score_record(exp, got).score() >= 0.99 and wrong_figure_count(exp, got) == 0
    from pledgecard.extract.readers import ocr_image

    monkeypatch.setattr(ocr_image, "faint_ink", lambda grey: ocr_image.binarize(grey))  # Otsu's ink alone
    [otsu] = extract_file(path)
    assert score_record(exp, otsu).score() <= score_record(exp, got).score() - 0.05


def test_a_blank_half_read_by_ocr_is_noted_blank(monkeypatch: pytest.MonkeyPatch) -> None:
    """The left half read (its note says so), the right one printing nothing: noted blank."""
    from pledgecard.extract.readers import ocr_sheets

    glyph = {"text": "가", "x0": 10.0, "x1": 20.0, "top": 10.0, "bottom": 20.0, "size": 10.0, "fontname": "F"}

    def read(data: bytes, numbers: list[int], regions: dict) -> tuple[list, list]:
        return [ocr.OcrPage(1, 595.0, 842.0, chars=[glyph]), ocr.OcrPage(2, 595.0, 842.0)], []

    monkeypatch.setattr(ocr_sheets, "ocr_pages", read)
    regions = {
        1: Region(1, 1, 0.0, 421.0, 0.0, 1.4, "left"),
        2: Region(2, 1, 421.0, 842.0, 421.0, 1.4, "right"),
    }
    origin = [r.origin for r in regions.values()]
    notes: list[str] = []
    texts = [pdf.PageText(n, 842.0, []) for n in (1, 2)]
    pdf._read_by_ocr(
        b"",
        [1, 2],
        texts,
        [[], []],
        [(0, 0), (0, 0)],
        notes,
        whole=True,
        regions=regions,
        name=lambda n: pdf.page_name(n, regions),
        sheets=lambda ns: pdf.pages_to_sheets(ns, origin),
    )
    assert notes == [
        "page 1, left half: read by OCR (deskewed +0.0 deg)",
        "page 1, right half: blank (OCR found nothing printed)",
    ]


def test_a_lone_at_sign_opening_a_line_is_a_round_bullet() -> None:
    """Tesseract reads a round heading glyph (◎ ◐ ◉) as ``@``: a word of its own opening a line is the bullet,
    before a title or its numbering; glued to what follows (an address) it stays."""
    from pledgecard.extract.readers.ocr import Word, restore_marker

    def line(*words: tuple[str, bool]) -> list[Word]:
        return [Word(spaced, [(ch, 90.0, (0.0, 0.0, 1.0, 1.0)) for ch in text]) for text, spaced in words]

    for rest in ("11.", "사업개요", "|."):
        words = line(("@", False), (rest, True), ("추진실적", True))
        restore_marker(words)
        assert words[0].symbols[0][0] == "◎", rest
    glued = line(("@", False), ("mail", False))
    restore_marker(glued)
    assert glued[0].symbols[0][0] == "@"
    other = line(("#", False), ("11.", True))
    restore_marker(other)
    assert other[0].symbols[0][0] == "#"
