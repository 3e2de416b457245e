"""The template family designed blind in session 25 (samples/families.py: ``moa-city``, a 시 card whose PDF is
printed two pages a sheet, 모아찍기) and the structure it brought in, on small page models and real files:

- every landscape sheet holds two portrait pages scaled to 68% side by side, each with its own running header
  and page number (``- 3 -``), a gutter between them; a card may open on a sheet's right half (a blank back page
  on its left); its tables go on from the left half to the right half and across sheets;
- such a sheet is read as its two logical pages (extract/readers/pdf_sheets.py), found by its geometry alone: a
  white band down the whole sheet near its middle and each half's own page number (its lowest row, short, set
  apart, level with the other half's); a landscape page in two columns (a layout table, newspaper columns)
  prints its number once and stays one page; the right page placed by its page number, both scaled back to a
  page as tall as the sheet is wide; the document's other sheets (a cover, a last page alone) split at the
  gutter one sheet showed;
- the record's page_start / page_end are the PDF's sheets, the sources' boxes on the sheet.

Blind figures (the extractor unchanged): PDF 1.000 (88001) and 0.909 (88002: its funding table going on from a
sheet's left half to its right half without its head, the last four rows unread: 12 cells missing), HWPX, HWP,
txt 1.000, 0 wrong of 376. After: every format 1.000, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_sheets import plan_sheets, split_sheet, to_sheets
from pledgecard.scoring import load_records, score_record
from samples.render_sheets import impose

from conftest import committed_records, family_cards

ROOT = Path(__file__).resolve().parent.parent
FAMILY = ROOT / "samples" / "families" / "moa-city"
W, H = 842.0, 595.0


def _chars(text: str, x: float, top: float, size: float = 7.0) -> list[dict]:
    return [
        {
            "text": ch,
            "fontname": "F",
            "size": size,
            "upright": True,
            "x0": x + k * size,
            "x1": x + (k + 1) * size,
            "top": top,
            "bottom": top + size,
        }
        for k, ch in enumerate(text)
    ]


def _half(
    x: float, number: str, *, header: bool = True, foot_top: float = 560.0
) -> tuple[list[dict], list[dict]]:
    """A portrait page scaled onto a half starting at ``x``: a running header, body lines, a ruled table and
    its page number centred under it."""
    chars = _chars("모아시 관리카드", x + 250, 30.0) if header else []
    for k in range(8):
        chars += _chars(f"○ 본문 {k} 줄의 내용입니다", x + 30, 60.0 + 20 * k)
    chars += _chars(number, x + 190, foot_top)
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
        for r in range(4)
    ]
    return chars, rects


def _sheet(
    left: tuple[list[dict], list[dict]], right: tuple[list[dict], list[dict]], *extra: dict
) -> PageModel:
    return PageModel(
        number=1, width=W, height=H, chars=[*left[0], *right[0], *extra], rects=[*left[1], *right[1]]
    )


def test_a_sheet_of_two_pages_is_read_as_two() -> None:
    halves = split_sheet(_sheet(_half(12.0, "- 1 -"), _half(430.0, "- 2 -")))
    assert halves is not None and len(halves) == 2
    left, right = halves
    assert left.offset == 0.0 and 400.0 < right.offset < 430.0
    for h in halves:
        assert len(h.page.chars) == len(_half(0.0, "- 1 -")[0]) and len(h.page.rects) == 4
        assert (
            min(c["x0"] for c in h.page.chars) >= 0.0 and max(c["x1"] for c in h.page.chars) <= h.page.width
        )
    scale = W / H  # the halves scaled back to pages as tall as the sheet is wide
    assert left.scale == right.scale == pytest.approx(scale)
    assert [c["x0"] / scale + right.offset for c in right.page.chars] == pytest.approx(
        [c["x0"] for c in _half(430.0, "- 2 -")[0]]
    )
    assert all(c["size"] == pytest.approx(7.0 * scale) for c in right.page.chars)
    # the pages set in their halves with other margins: each page's objects where the other's are (a table going
    # on from the left page to the right one keeps its columns), placed by their level furniture
    for x in (424.0, 440.0):
        a, b = split_sheet(_sheet(_half(12.0, "- 1 -"), _half(x, "- 2 -")))  # type: ignore[misc]
        assert [c["x0"] for c in a.page.chars] == pytest.approx([c["x0"] for c in b.page.chars])
        assert [r["x0"] for r in a.page.rects] == pytest.approx([r["x0"] for r in b.page.rects])
    # a blank half (its running header and page number only) beside a page: still a sheet
    blank = (_chars("모아시 관리카드", 262.0, 30.0) + _chars("- 1 -", 202.0, 560.0), [])
    assert split_sheet(_sheet(blank, _half(430.0, "- 2 -"))) is not None
    # page numbers only (no running header) level on both halves: a sheet
    assert split_sheet(_sheet(_half(12.0, "3", header=False), _half(430.0, "4", header=False))) is not None
    # running headers level but no page numbers: each half's lowest row its body's, no furniture
    bare = [([c for c in h[0] if c["top"] < 500], h[1]) for h in (_half(12.0, "1"), _half(430.0, "2"))]
    assert split_sheet(_sheet(*bare)) is None


def test_page_numbers_at_the_outer_corners_place_the_right_page_at_the_gutter() -> None:
    """A booklet numbers its pages at their outer corners (the left page's at its left, the right page's at its
    right): the numbers are level but stand nowhere alike, so they place no origin; the right page starts at the
    gutter, every character on it."""

    def half(x: float, number: str, at: float) -> tuple[list[dict], list[dict]]:
        chars, rects = _half(x, number)
        return [c for c in chars if c["top"] < 500] + _chars(number, x + at, 560.0), rects

    for sheet in (
        _sheet(half(12.0, "1", 20.0), half(430.0, "2", 360.0)),  # outer corners
        _sheet(half(12.0, "1", 360.0), half(430.0, "2", 20.0)),
    ):  # inner corners
        halves = split_sheet(sheet)
        assert halves is not None
        left, right = halves
        assert 392.0 < right.offset < 460.0
        for h in halves:
            assert (
                min(c["x0"] for c in h.page.chars) >= 0.0
                and max(c["x1"] for c in h.page.chars) <= h.page.width
            )


def test_a_documents_other_sheets_split_at_its_gutter() -> None:
    """A sheet printing no furniture (a cover), or on its left half alone (the last page alone on its sheet), is
    split at the gutter another sheet of the document showed; a document with no such sheet splits none."""
    two = _sheet(_half(12.0, "- 1 -"), _half(440.0, "- 2 -"))
    cover = _sheet(
        (_chars("모아시 공약사업 추진상황 보고", 60.0, 200.0, 14.0), []),
        (_chars("목 차", 600.0, 80.0, 12.0) + _chars("1. 사업개요 ····· 3", 480.0, 120.0), []),
    )
    last = _sheet(_half(12.0, "- 3 -"), ([], []))
    plans = plan_sheets([cover, two, last])
    assert [len(p or []) for p in plans] == [2, 2, 1]
    first, second = plans[1]  # type: ignore[misc]
    assert plans[0][1].offset == second.offset and plans[2][0].offset == first.offset == 0.0  # type: ignore[index]
    assert [c["text"] for c in plans[0][0].page.chars] == list("모아시 공약사업 추진상황 보고")  # type: ignore[index]
    assert plan_sheets([cover, last]) == [None, None]


def test_a_page_in_two_columns_stays_one_page() -> None:
    left, right = _half(12.0, "- 1 -"), _half(430.0, "- 2 -")
    # one page number across the middle (a layout table's or newspaper columns' page)
    no_number = (
        ([c for c in left[0] if c["top"] < 500], left[1]),
        ([c for c in right[0] if c["top"] < 500], right[1]),
    )
    assert split_sheet(_sheet(*no_number, *_chars("- 1 -", 404.0, 560.0))) is None
    # a title across the gutter
    assert (
        split_sheet(_sheet(left, right, *_chars("모아시 민선8기 공약사업 관리카드 제목줄", 300.0, 40.0)))
        is None
    )
    # the halves' furniture not level: the lowest rows and the highest rows at other heights
    shifted = _half(430.0, "- 2 -", header=False, foot_top=520.0)
    assert split_sheet(_sheet(_half(12.0, "- 1 -", header=True), shifted)) is None
    # a portrait page
    portrait = _sheet(left, right)
    portrait.width, portrait.height = H, W
    assert split_sheet(portrait) is None
    # the gutter far off the middle: a label column beside its content
    narrow = ([dict(c, x0=c["x0"] - 120, x1=c["x1"] - 120) for c in left[0]], [])
    assert split_sheet(_sheet(narrow, right)) is None


def test_sources_go_back_on_their_sheets_once() -> None:
    shared = Paragraph("본문", source=Source(page=2, bbox=(10.0, 5.0, 50.0, 15.0)))
    cell = Cell(
        0, 0, "본문", source=Source(page=3, bbox=(0.0, 0.0, 40.0, 20.0)), paragraphs=[shared], blocks=[shared]
    )
    table = Table(cells=[cell], n_rows=1, n_cols=1, source=Source(page=3, bbox=(0.0, 0.0, 40.0, 20.0)))
    para = Paragraph("제목", source=Source(page=1, bbox=(5.0, 5.0, 25.0, 15.0)))
    to_sheets([para, table], [(1, 0.0, 2.0), (1, 421.0, 2.0), (2, 0.0, 2.0)])
    assert para.source.page == 1 and para.source.bbox == (2.5, 2.5, 12.5, 7.5)
    assert shared.source.page == 1 and shared.source.bbox == (426.0, 2.5, 446.0, 7.5)  # moved once
    assert table.source.page == cell.source.page == 2


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp", "txt"])
def test_the_family_reads_whole(fmt: str) -> None:
    for path, expected, got in family_cards(FAMILY, f"*-{fmt}.*"):
        assert len(got) == len(expected) == 1, path.name
        exp, rec = expected[0], got[0]
        assert score_record(exp, rec).score() == 1.0, path.name
        if fmt == "pdf":  # the sheets printed on, the card opening on a right half or a left one
            assert (rec["source"]["page_start"], rec["source"]["page_end"]) == (
                exp["source"]["page_start"],
                exp["source"]["page_end"],
            ), path.name


@pytest.mark.parametrize(
    "family", ["gippeum-county", "haneul-city", "boram-city", "dalbit-county", "nalgae-city"]
)
def test_another_familys_card_printed_two_up_reads_as_printed_one_up(family: str, tmp_path: Path) -> None:
    """The class, not the family: a portrait card of another template (running headers, page numbers, tables
    cut by page breaks; a browser's print footer across the page; a booklet's cover and divider pages with no page
    number; a table going on from a sheet's right page to the next sheet's left one, the last page alone on its
    sheet) printed two pages a sheet reads as its one-up PDF reads, no figure otherwise."""
    for src in sorted((ROOT / "samples" / "families" / family).glob("*-pdf.pdf")):
        one_up = committed_records(src)
        two_up = tmp_path / src.name
        two_up.write_bytes(impose(src.read_bytes()))
        got = extract_file(two_up)
        exp = load_records(src.with_name(src.stem + ".expected.json"))
        assert len(got) == len(one_up) == len(exp)
        for e, a, b in zip(exp, one_up, got, strict=True):
            assert score_record(e, b).score() >= score_record(e, a).score(), src.name
            assert b["funding"] == a["funding"] and b["goals"] == a["goals"], src.name
            sheets = ((a["source"]["page_start"] + 1) // 2, (a["source"]["page_end"] + 1) // 2)
            assert (b["source"]["page_start"], b["source"]["page_end"]) == sheets, src.name


@pytest.mark.parametrize("family", ["daon-special-city", "binnae-city"])
def test_two_column_cards_are_no_sheets(family: str) -> None:
    """Landscape cards set in two columns (a layout table, newspaper columns) stay one page a sheet."""
    from pledgecard.extract.readers.pdf_engine import open_pdf
    from pledgecard.extract.readers.pdf_turn import upright

    for src in sorted((ROOT / "samples" / "families" / family).glob("*-pdf.pdf")):
        with open_pdf(src.read_bytes(), "pdfium") as pdf:
            assert not any(split_sheet(upright(load())) for load in pdf.pages()), src.name
