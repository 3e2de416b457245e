"""Provenance a reviewer can trust: every figure of a record whose provenance names a place (a dump's lines, an
HWP/HWPX cell, a PDF page's box) is printed there, as the card prints it (validate/provenance_audit.py), and a
PDF box covers the glyphs it holds across. Run on families' cards of every format, each one chosen for a shape
whose provenance went wrong: gaji-county (sub-projects' blocks over the whole's rows: the total row's line was
the first block's subtotal; a group cell spanning the total's rows), dalbit-county (a dump with form feeds:
lines numbered past them), gochim-county and ieum-county (a revised figure and a unit running past their
cell's rules), boram-city (an item table's date cell beside its text), nuri-province and gangmul-city (goals a
dump prints a cell a line; an actual printed in the row under its target). The audit itself is checked to
fail on a provenance moved off its figures (mutation), and validation's own findings carry a ``source_position``
from the provenance, the same shape as the extractor's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgecard.extract.page_frames import Levelled
from pledgecard.extract.readers.pdf_scan_layer import level_chars
from pledgecard.extract.source_position import entry_position, position
from pledgecard.pipeline import process_file
from pledgecard.validate.engine import validate_batch
from pledgecard.validate.evidence_locate import located
from pledgecard.validate.provenance_audit import PrintedText, audit, audit_file, read_cards

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
CARDS = [
    "gaji-county/gaji-county-91001",
    "dalbit-county/dalbit-county-49019",
    "gochim-county/gochim-county-80001",
    "ieum-county/ieum-county-75001",
    "boram-city/boram-city-82001",
    "nuri-province/nuri-province-15004",
]
FORMATS = {"pdf": "pdf", "hwp": "hwp", "hwpx": "hwpx", "txt": "txt"}


def _file(card: str, fmt: str) -> Path:
    return FAMILIES / f"{card}-{fmt}.{FORMATS[fmt]}"


def _read_one(path: Path) -> tuple[PrintedText, dict[str, Any], dict[str, Any]]:
    """The file's one card read once: its printed text (holding the document as read: not read again), the
    record and its provenance."""
    read = read_cards(path)
    assert read is not None
    printed, ((card, _),) = read
    return printed, card.record, {"locations": card.provenance}


def test_the_audit_asks_once_a_figure_whether_ocr_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file("gaji-county/gaji-county-91001", "pdf")
    printed, rec, prov = _read_one(path)
    asked: list[object] = []
    ask = PrintedText.read_by_ocr
    monkeypatch.setattr(
        PrintedText, "read_by_ocr", lambda self, where: asked.append(where) or ask(self, where)
    )
    monkeypatch.setattr(PrintedText, "_read_doc", lambda self: pytest.fail("the file read again"))
    try:
        got = audit(rec, prov, printed)
    finally:
        printed.close()
    assert got.checked and not got.mismatches
    places = len(prov["locations"])  # each place's box checked once, then each figure's place once
    assert len(asked) == places + got.checked + len(got.unread)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_figure_is_printed_where_its_provenance_points(fmt: str) -> None:
    checked = 0
    wrong: list[Any] = []
    for card in CARDS:
        for card_id, result in audit_file(_file(card, fmt)):
            checked += result.checked
            wrong += [
                (card, card_id, m.path, m.part, m.figure, dict(m.where), m.printed) for m in result.mismatches
            ]
    assert checked >= 100, checked  # funding rows and amounts, budgets, periods, dates, goals: read back
    assert not wrong, wrong


def test_the_total_row_points_at_its_printed_line() -> None:
    """gaji-county 91001's dump: the whole's 계 row is printed on line 57 (line 41: a sub-project's 소계)."""
    path = _file("gaji-county/gaji-county-91001", "txt")
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    total = next(i for i, r in enumerate(rec["funding"]["rows"]) if r["source"] == "total")
    assert prov["locations"][f"funding.rows[{total}]"]["line_start"] == 57


@pytest.mark.parametrize("fmt", ["txt", "pdf", "hwpx"])
def test_the_audit_fails_on_a_provenance_moved_off_its_figures(fmt: str) -> None:
    path = _file("gaji-county/gaji-county-91001", fmt)
    printed, rec, prov = _read_one(path)
    try:
        assert not audit(rec, prov, printed).mismatches
        locs = dict(prov["locations"])
        # each funding row given the place of the row after it (the rows print different figures)
        rows = sorted(
            (k for k in locs if re.fullmatch(r"funding\.rows\[\d+\]", k)), key=lambda k: int(k[13:-1])
        )
        moved = {**locs, **{a: locs[b] for a, b in zip(rows, rows[1:], strict=False)}}
        found = audit(rec, {**prov, "locations": moved}, printed).mismatches
    finally:
        printed.close()
    assert {m.path for m in found} and all(m.part == "funding.rows" for m in found), found


@pytest.mark.parametrize(
    "path", sorted((FAMILIES / "saenal-district").glob("*-pdf.pdf")), ids=lambda p: p.name
)
def test_a_searchable_scans_boxes_are_on_the_page_as_printed(path: Path) -> None:
    """saenal-district's PDFs are searchable scans read level with their deskewed image (pdf_scan_layer): the
    boxes the record and its findings report are turned back onto the page as printed, so each holds its glyphs
    across and prints its figure (in the levelled frame 41 boxes cut a glyph)."""
    (prov,) = process_file(path).provenance
    assert any("bbox" in v for v in prov["locations"].values())
    [(_, result)] = audit_file(path)
    assert result.checked >= 30
    assert not result.mismatches, [(m.path, m.part, m.printed) for m in result.mismatches]


@given(angle=st.floats(-3.0, 3.0), x=st.floats(40.0, 540.0), y=st.floats(40.0, 800.0), w=st.floats(2.0, 12.0))
def test_a_levelled_box_turned_back_holds_its_glyph_as_printed(
    angle: float, x: float, y: float, w: float
) -> None:
    """A glyph levelled (level_chars) and a box around it in the levelled frame: the box turned back
    (Levelled.to_page) holds the glyph where the page prints it, its centre and across."""
    glyph = {"x0": x, "x1": x + w, "top": y, "bottom": y + w, "text": "9"}
    [level] = level_chars([glyph], angle, 595.0, 842.0)
    box = Levelled(angle, 595.0, 842.0).to_page((level["x0"], level["top"], level["x1"], level["bottom"]))
    assert box[0] - 1e-6 <= glyph["x0"] and glyph["x1"] <= box[2] + 1e-6
    assert box[1] <= y + w / 2 <= box[3]
    assert box[2] - box[0] <= w * 1.1 + 1.0  # no bigger than the turn needs


def test_a_pdf_box_narrower_than_its_glyphs_is_found() -> None:
    path = _file("gochim-county/gochim-county-80001", "pdf")
    printed, _, prov = _read_one(path)
    cell = next(k for k, v in prov["locations"].items() if k.endswith(".amounts_krw[0]") and "bbox" in v)
    where = dict(prov["locations"][cell])
    try:
        assert printed.cut_glyphs(where) == ""
        x0, top, x1, bottom = where["bbox"]
        narrow = {**where, "bbox": [x0, top, x1 - (x1 - x0) / 4, bottom]}  # its right quarter cut off
        assert printed.cut_glyphs(narrow)
    finally:
        printed.close()


def test_validation_findings_carry_a_source_position_from_provenance() -> None:
    """A validation check's failing finding at a record path: the position of that path's provenance entry (the
    longest path containing it), the card's format first, the same shape as an extractor finding's; its evidence
    found by the record path as before (the position is that part's own place)."""
    seen = 0
    for card, fmt in (
        ("dalbit-county/dalbit-county-49019", "pdf"),
        ("dalbit-county/dalbit-county-49019", "txt"),
        ("dalbit-county/dalbit-county-49019", "hwpx"),
    ):
        res = process_file(_file(card, fmt))
        provs = {p["card_id"]: p for p in res.provenance}
        for f in validate_batch(res.records, provs):
            if f["success"] or not f.get("location"):
                continue
            prov = provs[f["card_id"]]
            pos = f.get("source_position")
            assert pos is not None and pos["format"] == fmt, f
            key = max(
                (
                    k
                    for k in prov["locations"]
                    if f["location"] == k or f["location"].startswith(k) and f["location"][len(k)] in ".["
                ),
                key=len,
            )
            assert pos == entry_position(prov["locations"][key], fmt), (f["location"], key)
            # the same shape as an extractor's (made from a Source) and its description's
            assert {k: v for k, v in pos.items() if k != "bbox"} == {
                k: v for k, v in (position(_describe(pos), fmt) or {}).items() if k != "bbox"
            }
            assert located(f["location"], None, prov, pos) == (f["location"], prov)
            seen += 1
    assert seen >= 3, seen


def _describe(pos: dict[str, Any]) -> str:
    from pledgecard.extract.source_position import source_of

    return source_of(pos).describe()
