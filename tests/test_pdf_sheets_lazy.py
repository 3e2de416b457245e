"""Documents printed two pages a sheet (``pdf_sheets``) read one sheet at a time (``SheetPlanner``), a scanned
sheet among them read by OCR a half at a time (``ocr_sheets``), and every place a split document names (its
blocks' sources, its notes, its record's pages) on the sheet a reviewer opens, on real files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from pledgecard.extract.document import Cell, Paragraph, Table
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import ocr, pdf
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_sheets import Region, Replan, SheetPlanner, page_name, plan_sheets
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records, score_record
from samples.render_scan import scan_pdf
from tests.test_blind_family_moa import _chars

ROOT = Path(__file__).resolve().parent.parent
MOA = ROOT / "samples" / "families" / "moa-city"
W, H = 842.0, 595.0


def _sheet(*chars: list[dict], rects: list[dict] | None = None) -> PageModel:
    return PageModel(
        number=1, width=W, height=H, chars=[c for part in chars for c in part], rects=rects or []
    )


def _two(n: int) -> PageModel:
    """A sheet of two pages: body lines and a ruled table on each half, each half's page number at its foot."""
    body = [_chars(f"본문 {k} 줄의 내용", x + 30, 60.0 + 20 * k) for x in (12.0, 430.0) for k in range(6)]
    rects = [
        {
            "object_type": "rect",
            "x0": x + 30,
            "x1": x + 380,
            "top": 240.0 + 20 * r,
            "bottom": 260.0 + 20 * r,
            "width": 350.0,
            "height": 20.0,
            "stroke": True,
        }
        for x in (12.0, 430.0)
        for r in range(4)
    ]
    return _sheet(*body, _chars(f"- {n} -", 202.0, 560.0), _chars(f"- {n + 1} -", 620.0, 560.0), rects=rects)


def _plan_one_at_a_time(pages: list[PageModel | None]) -> list[list | None]:
    planner = SheetPlanner()
    while True:
        try:
            return [planner.plan(p) for p in pages]
        except Replan as again:
            planner = SheetPlanner(split=again.found is not None, found=again.found)


def _shape(plans: list[list | None]) -> list[list[tuple[float, float, list[str]]] | None]:
    return [
        None if p is None else [(h.offset, h.scale, [c["text"] for c in h.page.chars]) for h in p]
        for p in plans
    ]


def test_sheets_planned_one_at_a_time_as_all_at_once() -> None:
    """A cover before the first sheet of two pages (it keeps no model, only its shape: read again once the gutter
    is found), a last page alone, a landscape page printing across the gutter, a sheet that failed to load, a
    blank sheet of the 2-up shape (a scan: its two halves for OCR): the same plans either way."""
    cover = _sheet(_chars("모아시 공약사업 보고", 60.0, 200.0, 14.0), _chars("목 차", 600.0, 80.0, 12.0))
    across = _sheet(_chars("가로지르는 제목 줄입니다 가로지르는 제목 줄입니다 가로", 300.0, 100.0, 12.0))
    last = _sheet(_chars("본문 줄", 30.0, 60.0), _chars("- 9 -", 190.0, 560.0))
    blank = _sheet()
    for pages in (
        [cover, _two(1), _two(3), last],
        [across, _two(1), blank, None, cover],
        [cover, across],
        [blank, _two(1)],
    ):
        want = plan_sheets(pages)
        assert _shape(_plan_one_at_a_time(pages)) == _shape(want)
    plans = plan_sheets([blank, _two(1)])
    assert [len(p or []) for p in plans] == [2, 2] and not any(h.page.chars for h in plans[0])  # type: ignore[union-attr]
    assert _shape(plan_sheets([cover, across]))[0] is None  # no sheet of two pages: none split


def test_a_half_carries_its_part_of_the_sheet_and_its_name() -> None:
    """Each half of a sheet planned in two (found there, or split like another sheet) carries its part of the
    sheet, the two meeting at the gutter, and its side; a logical page's region and name are the half's (one
    place names a page: ``Region.name``), a sheet read whole its sheet's number alone."""
    last = _sheet(_chars("본문 줄", 30.0, 60.0), _chars("- 9 -", 190.0, 560.0))
    first, alone = plan_sheets([_two(1), last])
    for plan in (first, alone):
        assert plan is not None
        assert [h.side for h in plan][:1] == ["left"] and all(0.0 <= h.x0 < h.x1 <= W for h in plan)
    assert first is not None and alone is not None
    left, right = first
    assert (left.x0, right.x1, right.side) == (
        0.0,
        W,
        "right",
    ) and left.x1 == right.x0 == left.gutter == right.gutter
    assert 0.0 < left.gutter < W
    regions = {
        n: Region.of(n, sheet, h, W) for n, (sheet, h) in enumerate([(1, left), (1, right), (2, None)], 1)
    }
    assert [(g.x0, g.x1, g.offset) for g in regions.values()] == [
        (0.0, left.x1, 0.0),
        (right.x0, W, right.offset),
        (0.0, W, 0.0),
    ]
    assert [page_name(n, regions) for n in (1, 2, 3, 4)] == [
        "page 1, left half",
        "page 1, right half",
        "page 2",
        "page 4",
    ]
    assert [g.origin for g in regions.values()] == [
        (1, 0.0, left.scale),
        (1, right.offset, right.scale),
        (2, 0.0, 1.0),
    ]


def test_the_reader_keeps_no_sheets_model_once_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """At most the sheet read last (and its halves) is alive when the next one loads: the models loaded are
    released as reading goes on, whatever the document's length (its memory no longer grows with its sheets)."""
    import gc

    src = MOA / "moa-city-88001-pdf.pdf"
    writer = PdfWriter()
    for _ in range(4):
        writer.append(PdfReader(src))
    out = io.BytesIO()
    writer.write(out)
    alive: list[int] = []
    load = pdf._load
    gc.collect()
    # models other tests of this process left alive are not this reading's (held, so no new one takes their id)
    others = [o for o in gc.get_objects() if isinstance(o, PageModel)]
    ids = {id(o) for o in others}

    def tracked(get: object) -> object:
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, PageModel) and id(o) not in ids))
        return load(get)

    monkeypatch.setattr(pdf, "_load", tracked)
    doc = pdf.read(out.getvalue(), path=src.name, limits=Limits())
    assert len(alive) == doc.n_pages == 8
    assert max(alive) <= 3  # a sheet and its two halves


def _with_scanned_sheet(src: Path, sheet: int) -> bytes:
    """``src`` with sheet ``sheet`` (1-based) printed and scanned back: an image-only page of the same size."""
    reader = PdfReader(src)
    one = PdfWriter()
    one.add_page(reader.pages[sheet - 1])
    buf = io.BytesIO()
    one.write(buf)
    scanned = PdfReader(io.BytesIO(scan_pdf(buf.getvalue(), seed=sheet)))
    writer = PdfWriter()
    for k, page in enumerate(reader.pages, start=1):
        writer.add_page(scanned.pages[0] if k == sheet else page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _sources(blocks: list) -> list:
    out, stack = [], list(blocks)
    while stack:
        obj = stack.pop()
        out.append(obj.source)
        if isinstance(obj, Table):
            stack.extend(obj.cells)
        elif isinstance(obj, Cell):
            stack.extend([*obj.paragraphs, *obj.nested, *obj.blocks])
    return out


@pytest.mark.skipif(not ocr.available(), reason="Tesseract with its Korean model not installed")
def test_a_scanned_sheet_among_sheets_of_two_pages_is_read_by_ocr_a_half_at_a_time(tmp_path: Path) -> None:
    """moa-city's card with its second sheet scanned (an image-only page, skewed, with dust): the sheet is split
    at the gutter the first sheet showed and each half read by OCR; its blocks (the funding table going on from
    the left half to the right one) stand on sheet 2, each on its half, and the card scores as its text layer
    nearly does."""
    src = MOA / "moa-city-88001-pdf.pdf"
    data = _with_scanned_sheet(src, 2)
    doc = pdf.read(data, path=src.name, limits=Limits())
    text = pdf.read(src.read_bytes(), path=src.name, limits=Limits())
    assert doc.n_pages == text.n_pages == 2
    assert any(n.startswith("page 2, left half: read by OCR") for n in doc.notes), doc.notes
    assert any(n.startswith("page 2, right half: read by OCR") for n in doc.notes), doc.notes
    assert "sheets of two pages side by side read as 4 pages" in doc.notes
    on_two = [s for s in _sources(doc.blocks) if s.page == 2 and s.bbox is not None]
    assert all(s.page in (1, 2) for s in _sources(doc.blocks))
    assert all(0.0 <= s.bbox[0] and s.bbox[2] <= W + 1 and s.bbox[3] <= H + 1 for s in on_two)
    assert any(s.bbox[2] < W / 2 for s in on_two) and any(
        s.bbox[0] > W / 2 for s in on_two
    )  # both halves read
    words = {
        w for b in text.blocks if b.source.page == 2 and isinstance(b, Paragraph) for w in b.text.split()
    }
    got = " ".join(b.text if isinstance(b, Paragraph) else b.text() for b in doc.blocks if b.source.page == 2)
    assert sum(w in got for w in words) >= 0.6 * len(words)
    path = tmp_path / src.name
    path.write_bytes(data)
    rec = process_file(path).records
    exp = load_records(src.with_name(src.stem + ".expected.json"))
    assert len(rec) == 1 and (rec[0]["source"]["page_start"], rec[0]["source"]["page_end"]) == (1, 2)
    assert doc.ocr_pages == [2] and rec[0]["source"]["ocr_pages"] == [
        2
    ]  # the sheet read by OCR (its pages 3, 4)
    unread = process_file(path, limits=Limits(ocr="never")).records  # the scanned sheet left unread
    got, without = score_record(exp[0], rec[0]).score(), score_record(exp[0], unread[0]).score()
    assert got >= 0.7 and got >= without + 0.2, (got, without)


def test_a_scanned_sheet_left_unread_counts_once_among_the_pages_read() -> None:
    """With OCR off, a scanned sheet of the 2-up shape (split in two for OCR) gives nothing: the note counts the
    pages read, the blank sheet once (review: its two empty halves had counted two pages)."""
    src = MOA / "moa-city-88001-pdf.pdf"
    doc = pdf.read(_with_scanned_sheet(src, 2), path=src.name, limits=Limits(ocr="never"))
    assert doc.n_pages == 2 and "sheets of two pages side by side read as 3 pages" in doc.notes, doc.notes
    assert "pages without text (scanned?): 2" in doc.notes
    whole = pdf.read(src.read_bytes(), path=src.name, limits=Limits(ocr="never"))
    assert "sheets of two pages side by side read as 4 pages" in whole.notes


@pytest.mark.skipif(not ocr.available(), reason="Tesseract with its Korean model not installed")
def test_a_sheet_that_failed_to_load_is_read_by_ocr_a_half_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A split document's sheet that failed to load has its halves by the document's gutter, the right one to the
    sheet's edge (its width known once rendered): each half its own page; a sheet not of the 2-up shape all of it
    the left page's, the right one empty."""
    from pledgecard.extract.readers import ocr_sheets
    from pledgecard.extract.readers.pdf_sheets import Gutter, unloaded_halves

    read: list[tuple[int, tuple[int, ...], float, float]] = []

    def image(
        api: object,
        grey: object,
        number: int,
        width: float,
        height: float,
        *,
        dpi: int,
        carried: object = None,
    ) -> ocr.OcrPage:
        read.append((number, grey.shape, width, height))  # type: ignore[attr-defined]
        return ocr.OcrPage(number, width, height)

    monkeypatch.setattr(ocr_sheets, "ocr_image", image)
    found = Gutter(W / H, W / 2, W / 2)
    assert [(h.offset, h.scale, h.gutter, h.page.chars) for h in unloaded_halves(found)] == [
        (0.0, W / H, W / 2, []),
        (W / 2, W / H, W / 2, []),
    ]
    halves = [Region(1, 1, 0.0, W / 2, 0.0, W / H), Region(2, 1, W / 2, float("inf"), W / 2, W / H)]
    pages, failed = ocr_sheets.ocr_regions((MOA / "moa-city-88001-pdf.pdf").read_bytes(), halves, dpi=72)
    assert [p.number for p in pages] == [1, 2] and not failed
    assert [round(w) for _, _, w, _ in read] == [round(W / 2 * W / H)] * 2  # each half a page as tall as wide
    read.clear()
    portrait = ROOT / "samples" / "families" / "dasi-county" / "dasi-county-87001-pdf.pdf"
    pages, _ = ocr_sheets.ocr_regions(portrait.read_bytes(), halves, dpi=72)
    [(number, _, width, _)] = read
    assert (
        [p.number for p in pages] == [1]
        and number == 1
        and round(width) == round(PdfReader(portrait).pages[0].mediabox.width * W / H)
    )


def test_a_split_documents_notes_and_sources_name_its_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every source a 2-up document's blocks carry stands on one of its sheets, inside it; its notes name a
    sheet and its half (a page drawing its characters twice, here made so on the second sheet's right page)."""
    src = MOA / "moa-city-88001-pdf.pdf"
    doubled = {4}  # the fourth logical page: sheet 2's right half
    real = pdf._doubled
    seen = [0]

    def twice(chars: object) -> bool:
        seen[0] += 1
        return seen[0] in doubled or real(chars)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "_doubled", twice)
    doc = pdf.read(src.read_bytes(), path=src.name, limits=Limits())
    assert doc.n_pages == 2 and "page 2, right half: doubled characters removed" in doc.notes
    sources = _sources([*doc.blocks, *doc.furniture]) + [s for _, s in doc.struck]
    assert sources and all(s.page in (1, 2) for s in sources)
    assert all(
        s.bbox is None or (s.bbox[0] >= -1 and s.bbox[2] <= W + 1 and s.bbox[3] <= H + 1) for s in sources
    )
    whole, left, right = (
        Region(1, 1, 0.0, W, 0.0, 1.0),
        Region(1, 1, 0.0, W / 2, 0.0, 1.4, "left"),
        Region(2, 1, W / 2, W, 430.0, 1.4, "right"),
    )
    assert page_name(1, {1: whole}) == "page 1" and page_name(2, {1: left, 2: right}) == "page 1, right half"
