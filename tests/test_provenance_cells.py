"""Provenance has a box per table row and per cell (issue 13, item 1): every funding amount of a
PDF card is located by its own cell, whose printed text reads as that amount, and each row's box
holds its label and every amount of the row, for a table printed as usual (corpus card-00104)
and one printed transposed, years down and split by a page break (hanbit-province). HWPX cells
get their own addresses."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from pledgecard.cli import main
from pledgecard.normalize.money import parse_amount, unit_multiplier
from pledgecard.writers import read_jsonl

REPO = Path(__file__).resolve().parents[1]
PDFS = [
    REPO / "samples" / "corpus" / "card-00104-pdf.pdf",
    REPO / "samples" / "families" / "hanbit-province" / "hanbit-province-12008-pdf.pdf",
]
HWPX = REPO / "samples" / "corpus" / "card-00104-hwpx.hwpx"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("prov-cells") / "out"
    assert (
        main(
            [
                "run",
                *map(str, PDFS),
                str(HWPX),
                "-o",
                str(d),
                "--workers",
                "1",
                "--fail-on",
                "never",
                "--quiet",
                "--no-validate",
            ]
        )
        == 0
    )
    return d


def _cards(out: Path, fmt: str) -> list[tuple[dict, dict]]:
    recs, provs = read_jsonl(out / "records.jsonl"), read_jsonl(out / "provenance.jsonl")
    return [(r, p) for r, p in zip(recs, provs, strict=True) if r["source"]["format"] == fmt]


def _text(pdf: pdfplumber.PDF, page: int, bbox: list[float]) -> str:
    x0, top, x1, bottom = bbox
    return pdf.pages[page - 1].crop((x0 + 0.5, top + 0.5, x1 - 0.5, bottom - 0.5)).extract_text() or ""


def test_every_pdf_funding_amount_has_its_own_cell_box(out: Path) -> None:
    cards = _cards(out, "pdf")
    assert len(cards) == 2
    pages_seen = set()
    for rec, prov in cards:
        locs, funding = prov["locations"], rec["funding"]
        mult = unit_multiplier(funding["unit"])
        with pdfplumber.open(prov["file"]) as pdf:
            for i, row in enumerate(funding["rows"]):
                row_box = locs[f"funding.rows[{i}]"]
                boxes = set()
                for j, amount in enumerate(row["amounts_krw"]):
                    cell = locs[f"funding.rows[{i}].amounts_krw[{j}]"]
                    boxes.add((cell["page"], tuple(cell["bbox"])))
                    pages_seen.add((rec["card_id"], cell["page"]))
                    printed = _text(pdf, cell["page"], cell["bbox"])
                    if amount is not None:
                        assert parse_amount(printed.strip(), mult) == amount, (i, j, printed)
                    if cell["page"] == row_box["page"]:  # the row's box holds its cells
                        b, r = cell["bbox"], row_box["bbox"]
                        assert (
                            r[0] - 0.5 <= b[0]
                            and r[1] - 0.5 <= b[1]
                            and b[2] <= r[2] + 0.5
                            and b[3] <= r[3] + 0.5
                        )
                assert len(boxes) == len(row["amounts_krw"])  # one box per cell
                label = re.sub(r"\s+", "", _text(pdf, row_box["page"], row_box["bbox"]))
                assert re.sub(r"\s+", "", row["label"]) in label
    # the transposed table continues on the next page: its cells there are located on that page
    assert len({p for cid, p in pages_seen if cid == cards[1][0]["card_id"]}) == 2


def test_hwpx_funding_cells_have_their_own_addresses(out: Path) -> None:
    ((rec, prov),) = _cards(out, "hwpx")
    locs = prov["locations"]
    for i, row in enumerate(rec["funding"]["rows"]):
        cells = [locs[f"funding.rows[{i}].amounts_krw[{j}]"]["cell"] for j in range(len(row["amounts_krw"]))]
        label = locs[f"funding.rows[{i}]"]["cell"]
        assert len(set(cells)) == len(cells) and label not in cells
        assert {c.rstrip("0123456789") for c in cells} != {label.rstrip("0123456789")}  # other columns
        assert {re.sub(r"^.*![A-Z]+", "", c) for c in cells} == {re.sub(r"^.*![A-Z]+", "", label)}  # same row
