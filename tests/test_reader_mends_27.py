"""Mends of a review of session 27's PDF and text readers.

- a 2-up dump's sheet parts where the right page starts: the leftmost printed column moved on by the distance
  between the two page numbers (``text_newspaper.sheet_gutter``), though each page prints its number at a corner
  and a table of the left page leaves a wider gap nearer the sheet's middle;
- a sparse upright form page (labels set a glyph a line, short entries beside) is no page turned by its content
  transform: only long runs of stacked glyphs (lines of a sentence), most of a page's steps, turn it
  (``pdf_turn``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_turn import direction
from pledgecard.extract.readers.text_lines import split_lines, to_tline
from pledgecard.extract.readers.text_newspaper import sheet_gutter
from pledgecard.extract.readers.text_sheets_across import sheets_read_across

ROOT = Path(__file__).resolve().parent.parent
SHEET = 100  # the left page's width in characters (the right page starts this far right of it)


def _sheet(numbers: tuple[str, str]) -> list:
    """A 2-up dump's sheet: the left page a table of two columns (a gap at 60..68, its text ending at 84), the
    right page prose; ``numbers`` the last line's two page numbers."""
    left = [f"name {k} ".ljust(60, "n") + " " * 8 + "v" * 16 for k in range(8)]
    right = [f"o item {k} ".ljust(70, "y") for k in range(8)]
    rows = [a.ljust(SHEET) + b for a, b in zip(left, right, strict=True)] + [
        numbers[0].ljust(SHEET) + numbers[1]
    ]
    return [to_tline(k + 1, 1, r) for k, r in enumerate(rows)]


def test_a_sheets_gutter_ends_where_the_right_page_starts_though_its_pages_number_at_their_corners() -> None:
    corner = _sheet(("- 1 -", "- 2 -"))
    centred = _sheet(("- 1 -".center(84), "- 2 -".center(84)))
    assert (
        sheet_gutter(corner) == sheet_gutter(centred) == (84, SHEET)
    )  # not the left page's table gap (60, 68)
    # numbers at the outer corners (a booklet) place no right page: the sheet parts half way between them
    outer = _sheet(("- 1 -", "- 2 -".rjust(84)))
    assert sheet_gutter(outer) == (84, SHEET)


def _glyph(text: str, x: float, top: float, size: float = 10.0) -> dict:
    return {
        "text": text,
        "x0": x,
        "x1": x + size,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": "F",
        "upright": True,
    }


def _form_page(labels: int, per_label: int) -> PageModel:
    """An upright form page: ``labels`` labels set a glyph a line down the left margin, a short entry beside each."""
    chars: list[dict] = []
    top = 50.0
    for k in range(labels):
        chars += [_glyph(g, 40.0, top + 12.0 * j) for j, g in enumerate("사업내용명칭"[:per_label])]
        chars += [_glyph(g, 70.0 + 10.0 * j, top + 6.0 * (per_label - 1)) for j, g in enumerate(f"항목{k}")]
        top += 12.0 * per_label + 40.0
    return PageModel(number=1, width=595.0, height=842.0, chars=chars)


def _turned_page(lines: int, glyphs: int) -> PageModel:
    """A page turned by its content transform: each line of text a column of glyphs running down the page."""
    chars = [_glyph("가", 500.0 - 14.0 * k, 60.0 + 11.0 * j) for k in range(lines) for j in range(glyphs)]
    return PageModel(number=1, width=595.0, height=842.0, chars=chars)


def test_a_sparse_upright_form_page_is_not_turned() -> None:
    for per_label in (4, 5, 6):
        assert direction(_form_page(4, per_label)) == 0, per_label
    assert direction(_turned_page(4, 20)) == -1  # lines of a sentence running down the page: turned


def _dump(*pages: list[str]) -> str:
    return "".join("\n".join(p) + "\n\f" for p in pages)


def test_a_dump_whose_pages_print_no_numbers_reads_no_sheets_across() -> None:
    """A 1-up dump whose one page prints two set-off numbers on lines of their own (a table's ``(1)`` ``(2)``) is
    no 2-up dump read across: every page but the dump's last prints its sheet's two numbers."""
    body = ["공약명 가나다", "추진실적 내용", "향후 계획"] * 5
    assert sheets_read_across(split_lines(_dump(body, body, [*body, "(1)", "(2)"], body, body, body))) == []
    assert (
        sheets_read_across(split_lines(_dump(body, [*body, "(1)", "(2)"]))) == []
    )  # the numbered page not the last
    across = [[*body[:4], f"- {2 * k + 1} -", *body[4:6], f"- {2 * k + 2} -"] for k in range(3)]
    got = sheets_read_across(split_lines(_dump(*across, [*body[:3], "- 7 -"])))
    assert len(got) == 3  # the last sheet's left page alone
    assert len(sheets_read_across(split_lines(_dump(*across, body)))) == 3  # a last page printing no number
    assert sheets_read_across(split_lines(_dump(across[0], body, *across[1:]))) == []


def test_a_searchable_scan_printed_two_up_is_rendered_deskewed_and_searched_for_tables_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sheet's skew is estimated once (its characters levelled by it, its halves' image turned by it) and its
    tables are found a half at a time only, not on the whole sheet as well."""
    from pledgecard.extract.readers import ocr_image, pdf
    from samples.render_sandwich import sandwich_pdf

    src = ROOT / "samples" / "families" / "moa-city" / "moa-city-88002-pdf.pdf"
    data = sandwich_pdf(src.read_bytes(), seed=88002)
    calls: dict[str, list[tuple[int, ...]]] = {"skew": [], "grids": []}
    skew, grids = ocr_image.estimate_skew, ocr_image.image_grids
    monkeypatch.setattr(ocr_image, "estimate_skew", lambda ink: calls["skew"].append(ink.shape) or skew(ink))
    monkeypatch.setattr(
        ocr_image,
        "image_grids",
        lambda page, scale: calls["grids"].append(page.grey.shape) or grids(page, scale),
    )
    doc = pdf.read(data, path=src.name, limits=Limits())
    assert "sheets of two pages side by side read as 2 pages" in doc.notes
    assert len(calls["skew"]) == 1
    assert len(calls["grids"]) == 2 and all(w < h for h, w in calls["grids"])  # the halves' images: portrait


def _scanned_sheet(right_number_x: float) -> tuple[object, float, float]:
    """A 2-up sheet scanned at 150 dpi (842 by 595 points): each page a block of print, its number under it at
    its left corner (the left page's at 60 pt, the right page's at ``right_number_x``)."""
    import numpy as np

    zoom = 150 / 72
    grey = np.full((round(595 * zoom), round(842 * zoom)), 255, dtype=np.uint8)

    def ink(x0: float, top: float, x1: float, bottom: float) -> None:
        grey[round(top * zoom) : round(bottom * zoom), round(x0 * zoom) : round(x1 * zoom)] = 0

    for x0 in (60.0, 481.0):
        for k in range(12):  # lines of print
            ink(x0, 60.0 + 36 * k, x0 + 300.0, 68.0 + 36 * k)
    ink(60.0, 540.0, 80.0, 548.0)
    ink(right_number_x, 540.0, right_number_x + 20.0, 548.0)
    return grey, 842.0, 595.0


def test_a_scanned_sheet_whose_pages_number_at_their_left_corners_is_split() -> None:
    from pledgecard.extract.readers.pdf_scan_gutter import image_gutter

    got = image_gutter(
        *_scanned_sheet(481.0)
    )  # the right page's number where its print starts, at the gutter
    assert got is not None and 361.0 < got.gutter < 481.0 and abs(got.offset - 421.0) < 10.0
    # a row the white column cuts (a centred number whose dash looks white) reaches it from both sides: one page's
    grey, w, h = _scanned_sheet(481.0)
    grey[round(540 * 150 / 72) : round(548 * 150 / 72), round(340 * 150 / 72) : round(360 * 150 / 72)] = 0
    grey[round(540 * 150 / 72) : round(548 * 150 / 72), round(60 * 150 / 72) : round(80 * 150 / 72)] = 255
    assert image_gutter(grey, w, h) is None


def test_a_vector_sheets_page_numbers_stand_level_by_their_bottoms() -> None:
    """The looser overlap rule (half the shorter row's height) is a scan's jitter: a vector sheet whose two foot rows
    stand 3 points apart is no 2-up sheet, a searchable scan's is."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from test_blind_family_moa import _half, _sheet

    from pledgecard.extract.readers.pdf_sheets import split_sheet

    sheet = _sheet(_half(12.0, "- 1 -"), _half(430.0, "- 2 -", foot_top=563.0))
    assert split_sheet(sheet) is None
    assert split_sheet(sheet, scanned=True) is not None
    assert split_sheet(_sheet(_half(12.0, "- 1 -"), _half(430.0, "- 2 -", foot_top=561.0))) is not None


def test_a_1up_landscape_scan_is_probed_for_a_gutter_sparsely_after_two_misses() -> None:
    """Rendering a landscape scanned sheet to look for its gutter costs a third of a second: once two of a
    document's sheets showed none, only its 4th, 8th, 16th ... scanned sheet is probed (a 1-up scan costs about
    log2 n probes); a 2-up scan's first sheet shows it and its others follow; a 2-up scan opening with two 1-up
    landscape sheets is found at its 4th and read again split (session 28; before: read whole)."""
    from pledgecard.extract.readers.pdf_sheets import Gutter, Replan, SheetPlanner

    asked: list[int] = []

    def probe(page: PageModel) -> Gutter | None:
        asked.append(page.number)
        return None

    planner = SheetPlanner(probe=probe)
    assert [planner.plan(PageModel(number=n, width=842.0, height=595.0, chars=[])) for n in range(1, 10)] == [
        None
    ] * 9
    assert asked == [1, 2, 4, 8]
    asked.clear()
    found = Gutter(842.0 / 595.0, 421.0, 421.0)
    planner = SheetPlanner(probe=lambda page: asked.append(page.number) or found)
    plans = [planner.plan(PageModel(number=n, width=842.0, height=595.0, chars=[])) for n in range(1, 6)]
    assert asked == [1] and all(p is not None and len(p) == 2 for p in plans)
    asked.clear()
    planner = SheetPlanner(
        probe=lambda page: asked.append(page.number) or (found if page.number > 2 else None)
    )
    assert [planner.plan(PageModel(number=n, width=842.0, height=595.0, chars=[])) for n in range(1, 4)] == [
        None
    ] * 3
    with pytest.raises(Replan) as again:
        planner.plan(PageModel(number=4, width=842.0, height=595.0, chars=[]))
    assert asked == [1, 2, 4] and again.value.found == found
