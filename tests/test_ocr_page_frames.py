"""A page read by OCR is read in its deskewed image's frame (extract/readers/ocr.py turns the image level
before recognising it): the boxes a record's provenance and its findings report are turned back onto the page
as printed (extract/page_frames.Levelled, the frame searchable scans are read in), so the crop the report cuts
at a figure's box shows that figure. Checked on a scanned sample (samples/scans: 200 dpi, skewed, dusty, no text
layer): the report's own crop (validate/pdfpage.crop_image at the box validate/evidence_locate.pdf_region marks)
read back by Tesseract prints the figure the record holds, and no longer does once the boxes are moved a row.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.ocr import tessdata_dir
from pledgecard.normalize.money_units import unit_multiplier
from pledgecard.pipeline import card_results
from pledgecard.validate.evidence_locate import pdf_region
from pledgecard.validate.pdfpage import crop_image

SCAN = Path(__file__).resolve().parents[1] / "samples" / "scans" / "card-00101-scan.pdf"
AMOUNT = re.compile(r"funding\.rows\[(\d+)\]\.amounts_krw\[(\d+)\]")


@pytest.fixture(scope="module")
def scanned() -> tuple[Any, dict[str, Any], dict[str, Any]]:
    """The scan read once by OCR: the document (its notes and frames) and the record and provenance the pipeline
    makes of that very document (``process_file``'s steps: ``read_bytes`` then ``card_results``). It was read twice,
    by the reader and by ``process_file`` (speed, session 41: 11 s of CPU -> one read)."""
    doc = read_bytes(SCAN.read_bytes(), path=str(SCAN), limits=Limits())
    [(card, _)] = card_results(doc, str(SCAN))
    return doc, card.record, {"card_id": card.record["card_id"], "locations": card.provenance}


@pytest.mark.slow  # (its module's fixture reads the scan by OCR: 6 s of CPU; queued first)
def test_ocr_pages_are_turned_back_by_their_deskew(
    scanned: tuple[Any, dict[str, Any], dict[str, Any]],
) -> None:
    doc, record, _ = scanned
    assert record["source"]["ocr_pages"] == [1, 2, 3]
    skews = {
        int(m[1]): float(m[2])
        for n in doc.notes
        if (m := re.match(r"page (\d+): read by OCR \(deskewed ([-+.\d]+)", n))
    }
    assert skews and all(skews.values()), doc.notes  # the sample's pages are skewed
    assert {n: round(f.angle, 1) for n, f in doc.frames.items()} == skews


def _shown(record: dict[str, Any], prov: dict[str, Any], shift: float = 0.0) -> tuple[int, list[Any]]:
    """(figures whose crop Tesseract reads back, those it does not) over the funding amounts with a box, each
    box moved down ``shift`` of its height."""
    import cv2
    import numpy as np
    from PIL import Image, ImageOps
    from tesserocr import PSM, PyTessBaseAPI

    mult = unit_multiplier(record["funding"]["unit"]) or 1
    ok, missed = 0, []
    with (
        pdfplumber.open(SCAN) as pdf,
        PyTessBaseAPI(path=tessdata_dir(), lang="eng", psm=PSM.SINGLE_LINE) as api,
    ):
        api.SetVariable("tessedit_char_whitelist", "0123456789,.-")
        for path, where in prov["locations"].items():
            m = AMOUNT.fullmatch(path)
            amount = record["funding"]["rows"][int(m[1])]["amounts_krw"][int(m[2])] if m else None
            if not amount or "bbox" not in where or amount % mult:  # (a zero printed as a dash)
                continue
            page, box, _ = pdf_region(path, prov) or (0, None, None)
            assert page and box is not None
            x0, top, x1, bottom = box
            dy = shift * (bottom - top)
            inner = (x0 + 2, top + 2 + dy, x1 - 2, bottom - 2 + dy)  # inside the cell's rules
            grey = np.asarray(crop_image(pdf.pages[page - 1], inner, 300).original.convert("L"))
            ink = np.where(cv2.medianBlur(grey, 3) < 160, 0, 255).astype(np.uint8)  # the scan's dust off
            api.SetImage(ImageOps.expand(Image.fromarray(ink), 20, fill=255))
            got = re.sub(r"\D", "", api.GetUTF8Text())
            if str(amount // mult) in got:
                ok += 1
            else:
                missed.append((path, amount // mult, got))
    return ok, missed


def test_the_reports_crop_of_an_ocr_pages_figure_shows_it(
    scanned: tuple[Any, dict[str, Any], dict[str, Any]],
) -> None:
    _, record, prov = scanned
    ok, missed = _shown(record, prov)
    assert ok >= 20 and len(missed) <= ok // 10, missed  # (Tesseract misreads a dusty digit now and then)
    # the check fails on boxes off their figures: each moved down a row's height
    moved, _ = _shown(record, prov, shift=1.0)
    assert moved <= ok // 3, moved
