"""Evidence as data in findings.jsonl, per format, for one card issued as TXT, HWP, HWPX and PDF
(samples/corpus/card-00104-*): its goals 2024 and 2025 are marked 완료 below target."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.cli import main
from pledgecard.writers import read_jsonl

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"
FORMATS = ("txt", "hwp", "hwpx", "pdf")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One run per format of the same card (in one batch the copies would be one card, validated
    on its canonical copy: see tests/test_identity.py)."""
    runs = {}
    for fmt in FORMATS:
        d = tmp_path_factory.mktemp(f"evidence-{fmt}") / "out"
        assert (
            main(
                [
                    "run",
                    str(CORPUS / f"card-00104-{fmt}.{fmt}"),
                    "-o",
                    str(d),
                    "--workers",
                    "1",
                    "--fail-on",
                    "never",
                    "--quiet",
                ]
            )
            == 0
        )
        runs[fmt] = d
    return runs


def _goal_findings(runs: dict[str, Path]) -> dict[tuple[str, str], dict]:
    found = {}
    for out in runs.values():
        records = {r["source"]["sha256"]: r for r in read_jsonl(out / "records.jsonl")}
        for f in read_jsonl(out / "findings.jsonl"):
            assert f["source_sha256"] in records  # every finding names the copy it was computed on
            if not f["success"] and f["code"] == "goal.done_below_target":
                found[(records[f["source_sha256"]]["source"]["format"], f["location"])] = f
    return found


def test_each_format_gets_its_own_evidence_kind(out: dict[str, Path]) -> None:
    found = _goal_findings(out)
    assert set(found) == {(fmt, loc) for fmt in FORMATS for loc in ("goals[1]", "goals[2]")}
    kinds = {fmt: found[(fmt, "goals[1]")].get("evidence", {}).get("kind") for fmt in FORMATS}
    assert kinds == {"txt": "lines", "hwp": "cells", "hwpx": "cells", "pdf": "image"}


@pytest.mark.parametrize(
    ("location", "target", "actual"),
    [("goals[1]", "운영(50회)", "(31회)"), ("goals[2]", "협약 체결(15건)", "(10건)")],
)
def test_text_evidence_highlights_the_flagged_row_not_the_heading(
    out: dict[str, Path], location: str, target: str, actual: str
) -> None:
    """The goal's lines (a cell a line: its target's, down to its actual's), not its table's heading."""
    ev = _goal_findings(out)[("txt", location)]["evidence"]
    lines = dict(zip(range(ev["first_line"], ev["first_line"] + len(ev["lines"])), ev["lines"], strict=True))
    hit = ev["highlight"]
    assert target in lines[hit[0]] and actual in lines[hit[-1]], (hit, lines)
    source = (CORPUS / "card-00104-txt.txt").read_text(encoding="utf-8").splitlines()
    assert all(source[n - 1] == lines[n] for n in hit)


def test_cells_evidence_marks_the_goal_row(out: dict[str, Path]) -> None:
    for fmt in ("hwp", "hwpx"):
        ev = _goal_findings(out)[(fmt, "goals[2]")]["evidence"]
        assert ev["highlight"] == [[3, 2], [3, 4]]
        assert "협약 체결(15건)" in ev["table"][3][2] and ev["table"][3][4] == "10건"


def test_pdf_evidence_is_a_crop_of_the_flagged_row_at_150_dpi(out: dict[str, Path]) -> None:
    import pdfplumber
    from PIL import Image

    ev = _goal_findings(out)[("pdf", "goals[1]")]["evidence"]
    assert ev["image"].startswith("report/evidence/") and isinstance(ev["page"], int)
    assert (out["pdf"] / ev["image"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pdfplumber.open(CORPUS / "card-00104-pdf.pdf") as pdf:
        page = pdf.pages[ev["page"] - 1]
        page_w, page_h = float(page.width), float(page.height)
    x0, top, x1, bottom = ev["bbox"]
    with Image.open(out["pdf"] / ev["image"]) as im:
        width, height = im.size
    scale = 150 / 72
    assert width >= (x1 - x0) * scale - 2 and height >= (bottom - top) * scale - 2  # the box at >= 150 dpi
    assert width * height < page_w * page_h * scale * scale / 2  # a crop, not the page


def test_pdf_goal_rows_have_their_own_boxes_holding_their_row(out: dict[str, Path]) -> None:
    """Provenance has a box per goal row (and per cell): goals[1] and goals[2] are outlined on
    their own rows, each box holding its row's printed target and status, not the other's."""
    import pdfplumber

    found = _goal_findings(out)
    boxes = {loc: found[("pdf", loc)]["evidence"] for loc in ("goals[1]", "goals[2]")}
    b1, b2 = boxes["goals[1]"]["bbox"], boxes["goals[2]"]["bbox"]
    assert b1 != b2 and b1[3] <= b2[1] + 0.5  # one below the other, not one shared box
    (prov,) = read_jsonl(out["pdf"] / "provenance.jsonl")
    with pdfplumber.open(CORPUS / "card-00104-pdf.pdf") as pdf:
        rows = {"goals[1]": ("<2024>", "(50회)"), "goals[2]": ("<2025>", "(15건)")}
        for loc, (year, target) in rows.items():
            ev = boxes[loc]
            text = (
                pdf.pages[ev["page"] - 1].crop(ev["bbox"]).extract_text().replace(" ", "").replace("\n", "")
            )
            assert year in text and target in text and "완료" in text
            (other,) = [y for k, (y, _) in rows.items() if k != loc]
            assert other not in text
            cell = prov["locations"][f"{loc}.target"]  # the target cell's own box, inside the row's
            assert cell["page"] == ev["page"] and cell["bbox"][1] >= ev["bbox"][1] - 0.5
            assert cell["bbox"][3] <= ev["bbox"][3] + 0.5 and cell["cell"].startswith("T")
