"""PDF shapes the template families do not print: read and scored on real PDFs.

- a one-table card whose header rows sit in the body table: the first page's table has the
  header's six columns, the next page's continuation only the label | content split (a subset
  of the edges); the content cell cut by the break must be joined once, its text not repeated;
- pages turned by ``/Rotate`` 90 and 270 (a landscape card stored as portrait pages), and a card
  drawn on its side on portrait pages without ``/Rotate`` (its text not upright);
- the reading order of a content cell's paragraphs and nested tables (``Cell.blocks``): side
  tables keep their title and the item they follow.

Both PDF engines must give the same records on each.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from pledgecard import extract_file
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_path
from pledgecard.extract.readers.pdf_engine import ENGINES
from pledgecard.scoring import load_records, score_record
from samples.families import BY_NAME, family_records, family_seeds

REPO = Path(__file__).resolve().parents[1]
FAMILY_DIR = REPO / "samples" / "families"
TARGET = 0.98


def _records(path: Path, engine: str) -> list[dict[str, Any]]:
    return extract_file(path, limits=dataclasses.replace(Limits(), pdf_engine=engine))


def _strip(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**r, "source": {k: v for k, v in r["source"].items() if k not in ("file", "sha256")}} for r in recs
    ]


def _scores(path: Path, expected: list[dict[str, Any]]) -> dict[str, float]:
    out: dict[str, float] = {}
    by_engine = {engine: _records(path, engine) for engine in sorted(ENGINES)}
    first, *rest = by_engine.values()
    for other in rest:
        assert _strip(other) == _strip(first)  # both engines, the same records
    for engine, got in by_engine.items():
        assert len(got) == len(expected), engine
        tallies = [score_record(exp, rec) for exp, rec in zip(expected, got, strict=True)]
        out[engine] = min(t.score() for t in tallies)
    return out


# ------------------------------------------------------------------------------ one table, other columns


@pytest.fixture(scope="module")
def body_with_header(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, list[dict[str, Any]]]]:
    """dasom-district cards with the header rows inside the one body table (PDF)."""
    from samples.render_pdf import render_pdf_pages

    fam = BY_NAME["dasom-district"]
    style = dataclasses.replace(fam.style, body_header=True)
    folder = tmp_path_factory.mktemp("body-header")
    out = []
    for seed in family_seeds(fam, 2):
        recs = family_records(fam, seed)
        path = folder / f"{fam.name}-{seed}-body-header.pdf"
        pages = render_pdf_pages(recs, path, style=style)
        for k, (rec, (start, end)) in enumerate(zip(recs, pages, strict=True)):
            rec["source"] = {
                "file": path.name,
                "sha256": None,
                "format": "pdf",
                "card_index": k,
                "page_start": start,
                "page_end": end,
            }
        out.append((path, recs))
    return out


def test_the_body_table_goes_on_with_fewer_columns(body_with_header) -> None:
    """The shape is real: six columns on the first page, two (a subset of the edges) on the last."""
    for path, _ in body_with_header:
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) >= 2
            first = pdf.pages[0].find_tables()[0]
            last = pdf.pages[-1].find_tables()[0]
            assert max(len(r.cells) for r in first.rows) == 6 and max(len(r.cells) for r in last.rows) == 2
            assert abs(first.bbox[0] - last.bbox[0]) < 2 and abs(first.bbox[2] - last.bbox[2]) < 2


def test_a_body_table_split_into_other_columns_is_joined_once(body_with_header) -> None:
    for path, expected in body_with_header:
        for engine, score in _scores(path, expected).items():
            assert score >= TARGET, f"{path.name} ({engine}): {score:.3f}"
        doc = read_path(path)
        body = [b for b in doc.tables() if b.n_rows > 6]
        assert len(body) == 1  # one table: header rows and every section row
        texts = [p.text for c in body[0].cells for p in c.paragraphs]
        assert len(texts) == len(set(texts))  # no cell's text repeated


# ------------------------------------------------------------------------------ other splits and wraps

VARIANTS = {
    # larger type: the goal table's header row alone at the foot of a page (its columns spaced
    # otherwise than the rows on the next), items wrapped in a cell at line spacing 1.8
    "dasom-larger-type": ("dasom-district", {"font_pt": 12.5}),
    # items numbered ①②③ in a label | content table, wrapped after a full line
    "solmae-body-table": ("solmae-county", {"font_pt": 13.5, "body_table": True}),
    # loose type in a body table: a count wrapped before its unit (``70`` / ``명)``), which is no numbering
    "solmae-loose": ("solmae-county", {"font_pt": 14.5, "body_table": True, "line_height": 2.2}),
    # the overview's budget wraps inside a number (민자 5, / 642,332)) in a label | content table
    "byeolbit-body-table": ("byeolbit-district", {"body_table": True}),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_cut_nested_tables_and_wrapped_cell_items_are_joined(tmp_path: Path, variant: str) -> None:
    from samples.render_pdf import render_pdf_pages

    name, changes = VARIANTS[variant]
    fam = BY_NAME[name]
    style = dataclasses.replace(fam.style, **changes)
    for seed in family_seeds(fam, 2):
        recs = family_records(fam, seed)
        path = tmp_path / f"{variant}-{seed}.pdf"
        for k, (rec, (start, end)) in enumerate(
            zip(recs, render_pdf_pages(recs, path, style=style), strict=True)
        ):
            rec["source"] = {
                "file": path.name,
                "sha256": None,
                "format": "pdf",
                "card_index": k,
                "page_start": start,
                "page_end": end,
            }
        for engine, score in _scores(path, recs).items():
            assert score >= TARGET, f"{path.name} ({engine}): {score:.3f}"


def test_a_header_row_cut_by_a_page_break_is_one_row(tmp_path: Path) -> None:
    """solmae-county 13019 with the header rows in its body table: the outreach table's header row
    is cut by the page break, its one-line cells printed on one page, its wrapped ones
    (``만족도 조`` / ``사``) on the next, each cell drawn closed on both (shaded backgrounds): one row."""
    from samples.render_pdf import render_pdf_pages

    fam = BY_NAME["solmae-county"]
    seed = family_seeds(fam, 3)[2]
    recs = family_records(fam, seed)
    path = tmp_path / f"{fam.name}-{seed}-body-header.pdf"
    pages = render_pdf_pages(
        recs, path, style=dataclasses.replace(fam.style, body_table=True, body_header=True)
    )
    for k, (rec, (start, end)) in enumerate(zip(recs, pages, strict=True)):
        rec["source"] = {
            "file": path.name,
            "sha256": None,
            "format": "pdf",
            "card_index": k,
            "page_start": start,
            "page_end": end,
        }
    with pdfplumber.open(path) as pdf:  # the shape is real: channel labels on two pages
        texts = [p.extract_text() or "" for p in pdf.pages]
    [cut] = [k for k, t in enumerate(texts[:-1]) if "기타" in t.split("\n")[-2] and "자문" in texts[k + 1]]
    assert "자문" not in texts[cut]
    for engine, score in _scores(path, recs).items():
        assert score == 1.0, f"{path.name} ({engine}): {score:.3f}"
    (got,) = _records(path, "pdfplumber")
    assert [(i["category"], i["count"]) for i in got["outreach"]["items"]] == [
        (i["category"], i["count"]) for i in recs[0]["outreach"]["items"]
    ]


# ------------------------------------------------------------------------------ rotated pages


def _rotated(src: Path, dst: Path, angle: int) -> None:
    """``src`` stored as portrait pages turned by ``/Rotate angle``: the content drawn turned the
    other way, so that a viewer shows the very same landscape pages."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    w = PdfWriter(clone_from=src)
    for page in w.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turn = (0, 1, -1, 0, height, 0) if angle == 90 else (0, -1, 1, 0, 0, width)
        page.add_transformation(Transformation(turn))
        page.mediabox = RectangleObject([0, 0, height, width])
        page.cropbox = RectangleObject([0, 0, height, width])
        page.rotation = angle
    w.write(dst)


@pytest.mark.parametrize("angle", [90, 270])
def test_rotated_landscape_pages_read_as_the_unrotated_ones(tmp_path: Path, angle: int) -> None:
    src = next((FAMILY_DIR / "hanbit-province").glob("*-pdf.pdf"))  # a landscape family
    path = tmp_path / f"rotated-{angle}.pdf"
    _rotated(src, path, angle)
    from pypdf import PdfReader

    stored = PdfReader(path).pages
    assert all(
        p.rotation == angle and p.mediabox.width < p.mediabox.height for p in stored
    )  # portrait, turned
    expected = load_records(src.with_name(src.stem + ".expected.json"))
    for engine, score in _scores(path, expected).items():
        assert score >= TARGET, f"{angle} ({engine}): {score:.3f}"
    assert _strip(_records(path, "pdfium")) == _strip(_records(src, "pdfium"))


def _sideways(src: Path, dst: Path, angle: int) -> None:
    """``src`` drawn turned by ``angle`` on portrait pages without ``/Rotate``: the card lies on its side."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    w = PdfWriter(clone_from=src)
    for page in w.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turn = (0, 1, -1, 0, height, 0) if angle == 90 else (0, -1, 1, 0, 0, width)
        page.add_transformation(Transformation(turn))
        page.mediabox = RectangleObject([0, 0, height, width])
        page.cropbox = RectangleObject([0, 0, height, width])
    w.write(dst)


@pytest.mark.parametrize("angle", [90, 270])
def test_a_card_printed_on_its_side_is_turned_and_read(tmp_path: Path, angle: int) -> None:
    src = next((FAMILY_DIR / "hanbit-province").glob("*-pdf.pdf"))
    path = tmp_path / f"sideways-{angle}.pdf"
    _sideways(src, path, angle)
    with pdfplumber.open(path) as pdf:  # really on its side: the text layer is not upright
        page = pdf.pages[0]
        assert page.width < page.height and not any(c["upright"] for c in page.chars)
    expected = load_records(src.with_name(src.stem + ".expected.json"))
    for engine, score in _scores(path, expected).items():
        assert score >= TARGET, f"{angle} ({engine}): {score:.3f}"


# ------------------------------------------------------------------------------ cell reading order


def test_side_tables_in_a_content_cell_keep_their_title_and_place() -> None:
    """title / after_item (not scored by the shared scorer) come from the cell's reading order."""
    paths = sorted((FAMILY_DIR / "dasom-district").glob("*-pdf.pdf"))
    assert paths
    for path in paths:
        (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
        assert exp["tables"]
        for engine in sorted(ENGINES):
            (got,) = _records(path, engine)
            assert [(t["title"], t["after_item"]) for t in got["tables"]] == [
                (t["title"], t["after_item"]) for t in exp["tables"]
            ], engine
        doc = read_path(path)
        cells = [c for t in doc.tables() for c in t.cells if c.nested]
        assert cells and all(c.blocks for c in cells)
        for c in cells:  # every paragraph and nested table once, tables among the paragraphs
            assert [b for b in c.blocks if b.kind == "table"] == c.nested
