"""A finding's ``source_position``: where the card prints what it concerns, structured (format, page, line, the
cell's table/row/col, a PDF's bbox in points) beside its ``source_location`` description, and the report's
evidence built from it. One family's card in each format (gaji-county 91001: a funding amount printed once over
two periods, a row left unread), run end to end:

- the position reads back as the Source it was made from (property test), and as its description says;
- findings.jsonl (JSONL), the batch tables and ``inspect --json`` carry it (the warehouse loaders: test_load.py);
- PDF: the bbox holds the printed figure (the PDF's own text there), the evidence is a crop, not the page, with
  the cell outlined: the ink inside the outline is the ink of that cell rendered alone (not its neighbour's);
- HWPX: the cited row quoted as printed, the cell holding the figure marked; text: the figure marked in its line;
- real Chromium renders the card page with the crop and its red outline, the outline as wide as the cell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
import pdfplumber
import PIL.Image
import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from test_report_browser import _run

from pledgecard.cli import main
from pledgecard.extract.document import Source
from pledgecard.extract.source_position import cell_parts, position, source_of
from pledgecard.load import build_tables
from pledgecard.validate.evidence import EvidenceFinder
from pledgecard.validate.evidence_locate import located
from pledgecard.writers import read_jsonl

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "gaji-county"
STEM = "gaji-county-91001"
FILES = {"pdf": f"{STEM}-pdf.pdf", "hwpx": f"{STEM}-hwpx.hwpx", "txt": f"{STEM}-txt.txt"}
OUTLINE = (220, 0, 0)  # the evidence crop's outline colour (validate/evidence.py)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One run (extract, validate with the report, tables) per format of the card."""
    out = {}
    for fmt, name in FILES.items():
        d = tmp_path_factory.mktemp(f"position-{fmt}") / "out"
        assert (
            main(["run", str(FAMILY / name), "-o", str(d), "--workers", "1", "--fail-on", "never", "--quiet"])
            == 0
        )
        out[fmt] = d
    return out


def _extract_findings(run: Path) -> list[dict[str, Any]]:
    return [
        f for f in read_jsonl(run / "findings.jsonl") if f["code"].startswith("extract.") and not f["success"]
    ]


_NAT = st.integers(min_value=0, max_value=10_000)
_POINT = st.floats(min_value=0, max_value=2000, allow_nan=False).map(lambda v: round(v, 2))


@st.composite
def _sources(draw: st.DrawFn) -> Source:
    """A source of every field a reader sets (lines, page, paragraph, columns, cell, bbox), each or not."""
    start = draw(st.none() | _NAT)
    end = None if start is None else start + draw(st.integers(min_value=0, max_value=5))
    para = draw(st.none() | st.tuples(_NAT, _NAT))
    cell = draw(
        st.none()
        | st.builds(
            lambda t, r, c: f"T{t}!{c}{r + 1}",
            _NAT,
            _NAT,
            st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2),
        )
    )
    return Source(
        line_start=start,
        line_end=end,
        page=draw(st.none() | _NAT),
        bbox=draw(st.none() | st.tuples(_POINT, _POINT, _POINT, _POINT)),
        section=para[0] if para else None,
        paragraph=para[1] if para else None,
        cell=cell,
        columns=draw(st.none() | st.tuples(_NAT, _NAT)),
    )


@settings(max_examples=200, deadline=None)
@given(_sources())
def test_a_position_reads_back_as_its_source(src: Source) -> None:
    pos = position(src, "pdf")
    if pos is None:
        assert not src.to_dict()
        return
    assert pos["format"] == "pdf"
    assert source_of(pos) == src
    assert json.loads(json.dumps(pos)) == pos  # plain JSON: what findings.jsonl and the tables hold
    if src.cell:
        table, row, col = cell_parts(src.cell)  # type: ignore[misc]
        assert (pos["table"], pos["row"], pos["col"]) == (table, row, col)
        assert src.cell.startswith(f"T{table}!") and src.cell.endswith(str(row + 1))
    # and the description says the same place
    described = position(src.describe())
    assert {k: v for k, v in pos.items() if k not in ("format", "bbox")} == (described or {})


def test_every_extract_finding_carries_its_position_in_every_output(
    runs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt, run in runs.items():
        found = _extract_findings(run)
        assert found, fmt
        for f in found:
            pos = f["source_position"]
            assert pos["format"] == fmt, f
            assert {k: v for k, v in pos.items() if k not in ("format", "bbox")} == position(
                f["source_location"]
            ), f
            if fmt == "pdf" and "cell" in pos:
                assert (
                    len(pos["bbox"]) == 4
                    and pos["bbox"][0] < pos["bbox"][2]
                    and pos["bbox"][1] < pos["bbox"][3]
                )
        # the batch tables (Parquet, DuckDB, CSV, PostgreSQL take them as they are): the same, as JSON text
        table = build_tables(run)["findings"]
        stored = {
            (r.code, r.location, r.source_location): json.loads(r.source_position)
            for r in table.itertuples()
            if isinstance(r.source_position, str) and r.code.startswith("extract.")
        }
        assert stored == {
            (f["code"], f["location"], f["source_location"]): f["source_position"] for f in found
        }
        # inspect --json: the extractor's findings with the same positions
        assert main(["inspect", "--json", str(FAMILY / FILES[fmt])]) == 0
        (card,) = json.loads(capsys.readouterr().out)["cards"]
        assert {
            json.dumps(f["source_position"], sort_keys=True) for f in card["findings"] if f["source_position"]
        } == {json.dumps(f["source_position"], sort_keys=True) for f in found}


def _spanned(run: Path) -> list[dict[str, Any]]:
    return [f for f in _extract_findings(run) if f["code"] == "extract.amount_spans_periods"]


def test_a_pdf_bbox_holds_the_printed_figure(runs: dict[str, Path]) -> None:
    found = _extract_findings(runs["pdf"])
    with pdfplumber.open(FAMILY / FILES["pdf"]) as pdf:
        for f in found:
            pos = f["source_position"]
            if "bbox" not in pos or "cell" not in pos:
                continue
            printed = "".join(pdf.pages[pos["page"] - 1].crop(pos["bbox"]).extract_text().split())
            want = (
                f["observed"]["amount"]
                if f["code"] == "extract.amount_spans_periods"
                else f["observed"]["label"]
            )
            assert "".join(want.split()) in printed, (f["code"], pos, printed)
    assert len(_spanned(runs["pdf"])) >= 2


def _png(path: Path) -> numpy.ndarray:
    return numpy.asarray(PIL.Image.open(path).convert("RGB")).astype(int)


def _outline(pixels: numpy.ndarray) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) of the outline's pixels."""
    red = abs(pixels - numpy.array(OUTLINE)).sum(axis=2) < 60
    ys, xs = numpy.nonzero(red)
    assert len(xs), "no outline in the crop"
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _ink(pixels: numpy.ndarray) -> numpy.ndarray:
    return pixels.mean(axis=2) < 110  # dark: printed strokes (the outline's fill only tints the cell)


def _alone(page: Any, bbox: list[float], size: tuple[int, int]) -> numpy.ndarray:
    """The cell ``bbox`` rendered alone at 150 dpi, resized to ``size`` (width, height)."""
    scale = 150 / 72
    width, height = page.get_size()
    crop = (bbox[0], height - bbox[3], width - bbox[2], bbox[1])  # left, bottom, right, top margins in points
    image = (
        page.render(scale=scale, crop=crop, no_smoothtext=True, no_smoothpath=True)
        .to_pil()
        .convert("RGB")
        .resize(size)
    )
    return numpy.asarray(image).astype(int)


def _shifted(mask: numpy.ndarray, dy: int, dx: int) -> numpy.ndarray:
    out = numpy.zeros_like(mask)
    height, width = mask.shape
    out[max(0, dy) : height + min(0, dy), max(0, dx) : width + min(0, dx)] = mask[
        max(0, -dy) : height + min(0, -dy), max(0, -dx) : width + min(0, -dx)
    ]
    return out


def _overlap(a: numpy.ndarray, b: numpy.ndarray, reach: int = 4) -> float:
    """The ink two renderings share (intersection over union) at the best shift of up to ``reach`` pixels (the
    crop's and a render's pixel grids may differ by a few pixels)."""
    best = 0.0
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            moved = _shifted(b, dy, dx)
            best = max(best, float((a & moved).sum()) / max(1, int((a | moved).sum())))
    return best


def test_pdf_evidence_is_a_crop_outlining_the_cited_cell(runs: dict[str, Path]) -> None:
    run = runs["pdf"]
    doc = pypdfium2.PdfDocument(str(FAMILY / FILES["pdf"]))
    try:
        for f in _spanned(run):
            ev, pos = f["evidence"], f["source_position"]
            assert ev["kind"] == "image" and ev["page"] == pos["page"] and ev["bbox"] == pos["bbox"]
            pixels = _png(run / ev["image"])
            page = doc[pos["page"] - 1]
            full = (page.get_width() * 150 / 72, page.get_height() * 150 / 72)
            # a crop, not the page (from the table's head down to the cell's row)
            assert pixels.shape[1] < full[0] and pixels.shape[0] < full[1] / 3
            left, top, right, bottom = _outline(pixels)
            box = pos["bbox"]
            assert abs((right - left) - (box[2] - box[0]) * 150 / 72) <= 6  # the outline is the cell's size
            assert abs((bottom - top) - (box[3] - box[1]) * 150 / 72) <= 6
            inside = pixels[top + 4 : bottom - 4, left + 4 : right - 4]
            size = (inside.shape[1], inside.shape[0])
            pad = [box[0] + 4 * 72 / 150, box[1] + 4 * 72 / 150, box[2] - 4 * 72 / 150, box[3] - 4 * 72 / 150]
            mine = _overlap(_ink(inside), _ink(_alone(page, pad, size)))
            # the cell to its left, the same size: another figure
            width = box[2] - box[0]
            beside = _overlap(
                _ink(inside), _ink(_alone(page, [pad[0] - width, pad[1], pad[2] - width, pad[3]], size))
            )
            assert _ink(inside).sum() > 20 and mine > 0.4 and mine > 2 * beside, (f["location"], mine, beside)
    finally:
        doc.close()


def test_hwpx_evidence_quotes_the_cited_row_with_the_figure_marked(runs: dict[str, Path]) -> None:
    found = _spanned(runs["hwpx"])
    assert found
    for f in found:
        ev = f["evidence"]
        # the table's head (its first row, then its years under a heading spanning them) and the cited row
        assert ev["kind"] == "cells" and len(ev["table"]) == 3, ev
        assert all(any(c.isdigit() for c in year) for year in ev["table"][1][3:]), ev["table"][1]
        marked = {ev["table"][r][c] for r, c in ev["highlight"]}
        assert marked == {f["observed"]["amount"]}, (marked, f["observed"])
        assert [r for r, _ in ev["highlight"]] == [2] * len(ev["highlight"])
        assert ev["highlight"][0][1] == f["source_position"]["col"]


def test_text_evidence_marks_the_figure_in_its_line(runs: dict[str, Path]) -> None:
    found = _spanned(runs["txt"])
    assert found
    for f in found:
        ev = f["evidence"]
        assert ev["kind"] == "lines" and ev["highlight"] == [f["source_position"]["line"]]
        ((n, a, b),) = ev["marks"]
        assert ev["lines"][n - ev["first_line"]][a:b] == f["observed"]["amount"]


def test_the_image_cap_leaves_a_note_not_an_image(runs: dict[str, Path], tmp_path: Path) -> None:
    run = runs["pdf"]
    (rec,) = read_jsonl(run / "records.jsonl")
    (prov,) = read_jsonl(run / "provenance.jsonl")
    f = _spanned(run)[0]
    finder = EvidenceFinder(run, tmp_path, list(read_jsonl(run / "files.jsonl")), max_image_bytes=0)
    try:
        ev = finder.find(rec, *located(f["location"], f["source_location"], prov, f["source_position"]))
    finally:
        finder.shutdown()
    assert ev.kind == "none" and "budget of 0 bytes" in ev.note and not list(tmp_path.iterdir())


def test_chromium_shows_the_crop_with_its_outline(runs: dict[str, Path], tmp_path: Path) -> None:
    run = runs["pdf"]
    (page,) = (run / "report" / "cards").glob("*.html")
    dom = lxml_html.fromstring(_run(["--dump-dom", page.as_uri()], tmp_path))
    f = _spanned(run)[0]
    (row,) = [
        tr
        for tr in dom.xpath('//tr[@data-code="extract.amount_spans_periods"]')
        if tr.get("data-location") == f["location"]
    ]
    (img,) = row.xpath('.//img[@class="evidence"]')
    assert [float(v) for v in img.get("data-bbox").split(",")] == f["source_position"]["bbox"]
    assert (page.parent / img.get("src")).resolve() == (run / f["evidence"]["image"]).resolve()
    # that image element under the card page's own head (its style sheet), beside it, as Chromium draws it: the
    # outline on screen as large as the cell at the size the style shows the crop
    head = lxml_html.tostring(dom.xpath("//head")[0], encoding="unicode")
    shown = page.parent / "one-crop.html"
    shown.write_text(
        f'<!DOCTYPE html><html>{head}<body style="margin:0;background:#fff">'
        f"{lxml_html.tostring(img, encoding='unicode')}</body></html>",
        "utf-8",
    )
    shot = tmp_path / "shot.png"
    _run([f"--screenshot={shot}", "--window-size=800,300", "--hide-scrollbars", shown.as_uri()], tmp_path)
    screen = _png(shot)
    left, top, right, bottom = _outline(screen)
    crop = _png(run / f["evidence"]["image"])
    scale = min(1.0, 560 / crop.shape[1])  # img.evidence { max-width: 560px }
    box = f["source_position"]["bbox"]
    assert abs((right - left) - (box[2] - box[0]) * 150 / 72 * scale) <= 4, (left, right, scale)
    assert abs((bottom - top) - (box[3] - box[1]) * 150 / 72 * scale) <= 4, (top, bottom, scale)
    # where the crop shows the outline, the screen shows it (scaled)
    at = _outline(crop)
    assert abs(left - 1 - at[0] * scale) <= 4 and abs(top - 1 - at[1] * scale) <= 4, (left, top, at, scale)


def test_a_page_alone_is_shown_by_the_record_part_box_on_that_page() -> None:
    prov = {
        "format": "pdf",
        "locations": {"funding": {"page": 1, "bbox": [50.0, 400.0, 540.0, 620.0]}, "goals": {"page": 2}},
    }
    # a page and nothing finer: the record part's box on that page (a crop), else the page
    assert located("funding", "page 1", prov, {"format": "pdf", "page": 1}) == ("funding", prov)
    assert located("funding", "page 2", prov, {"format": "pdf", "page": 2})[0] == "@source"
    assert located("goals", "page 2", prov, {"format": "pdf", "page": 2})[0] == "@source"
    # a cell's box: that box, inside the smallest box on its page holding it (its table, the crop's width)
    loc, found = located(
        "funding",
        "page 1, cell T2!F11",
        prov,
        {"format": "pdf", "page": 1, "cell": "T2!F11", "bbox": [367.9, 550.1, 485.0, 566.1]},
    )
    assert loc == "@source" and found is not None
    assert found["locations"]["@source"]["bbox"] == [367.9, 550.1, 485.0, 566.1]
    assert found["locations"][""] == prov["locations"]["funding"]
