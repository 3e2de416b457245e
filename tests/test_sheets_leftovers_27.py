"""Leftovers of sheets printed two pages a sheet and of searchable scans (session 27), on files the generator
writes at test time from committed family cards:

- a page printed on its side by its content transform alone (``cm`` of a quarter turn, the text matrices upright:
  both engines call every glyph upright) is turned by the way its glyphs run (``pdf_turn``); before: no card found;
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_turn import direction
from pledgecard.scoring import load_records, score_record
from samples.render_sheets import turn_by_content

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ROOT / "samples" / "families"


def _first_pdf(family: str) -> Path:
    return sorted((FAMILIES / family).glob("*-pdf.pdf"))[0]


@pytest.mark.parametrize(("family", "way"), [("gippeum-county", 1), ("saenal-district", -1), ("haneul-city", 1)])
def test_a_page_turned_by_its_content_transform_reads_as_printed_upright(family: str, way: int,
                                                                         tmp_path: Path) -> None:
    src = _first_pdf(family)
    turned = tmp_path / src.name
    turned.write_bytes(turn_by_content(src.read_bytes(), way=way))
    for engine in ("pdfium", "pdfplumber"):
        with open_pdf(turned.read_bytes(), engine) as pdf:
            assert all(direction(load()) == way for load in pdf.pages()), (src.name, engine)
    exp, upright, got = load_records(src.with_name(src.stem + ".expected.json")), extract_file(src), extract_file(turned)
    assert len(got) == len(upright) == len(exp)
    for e, a, b in zip(exp, upright, got, strict=True):
        assert score_record(e, b).score() == score_record(e, a).score() == 1.0, src.name
        assert b["funding"] == a["funding"] and b["goals"] == a["goals"], src.name


@pytest.mark.parametrize("family", ["gippeum-county", "saenal-district", "haneul-city", "moa-city", "binnae-city"])
def test_upright_pages_are_not_turned(family: str) -> None:
    """Pages printed upright (tables of one-glyph cells stacked in columns among them) keep their way."""
    for src in sorted((FAMILIES / family).glob("*-pdf.pdf")):
        with open_pdf(src.read_bytes(), "pdfium") as pdf:
            assert all(direction(load()) == 0 for load in pdf.pages()), src.name
