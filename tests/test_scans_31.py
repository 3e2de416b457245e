"""Scanned cards (session 31):

- a heading glyph OCR misread as one mark a printed line may open with (``◈`` read as ``*``, a note's star:
  ``* 1 . 연차별 재원 투자계획(수정)``, ``* 1. 추진 실적``): the line was a note, its section (the funding table, the
  achievements) went unread (dasi-county 87002 scan 0.301). One ASCII mark opening the line, a numbering after it
  and a title naming a section of the card is a heading whose glyph is lost
  (``ocr_lost_glyphs._misread_heading``): 0.301 -> 0.722, no figure wrong.
- a revised card's figure struck through beside or over the one in force, scanned (dasi-county's 취소선): OCR read
  both with the strike among the digits (``73275 884.828``, ``그 스스소 드고으 2819 632``) and the funding rows
  holding such a cell were dropped whole. A strike (a long ink run through the middle of a line's glyphs,
  ``ocr_struck.struck_spans``) in a cell read as two figures or more is blanked and the cell read again, kept
  where it lost words alone and keeps a figure; a cell's lone dash the Korean model read as a quote (``“``) is
  read again by the digits model: dasi-county 87002 scan 0.722 -> 0.813, 도비 and 군비 read, no figure wrong.
- a ring bullet (``○``, ``❍``) the Korean model read as an opening bracket with a mark or none in it (``(> 주요내용``,
  ``(0 임대형``, ``( 거점``): the item kept the bracket and lost its level (moa-city 88001 scan). Before a blank and
  Hangul, the line not closing the bracket, it is the ring (``ocr.restore_marker``).
- a 2-up scan's halves were read each on its own: an open table the page break cut on a left half did not hand
  its column edges to the right half (nor a right half to the next sheet's left), as one page a sheet does
  (``ocr_sheets.ocr_regions``, ``carried``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from conftest import family_card

# --- a heading glyph misread as a note's mark ---------------------------------------------------------------------


@dataclass
class _Word:
    spaced: bool
    symbols: list[tuple[str, float, Any]] = field(default_factory=list)


def _read(text: str) -> tuple[bool, str]:
    """``text`` as Tesseract hands it (each letter a symbol with its box) after ``restore_lost_glyph``."""
    from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph

    words, x = [], 0.0
    for k, w in enumerate(text.split()):
        words.append(
            _Word(
                spaced=k > 0,
                symbols=[(ch, 95.0, (x + i * 10, 0.0, x + i * 10 + 9, 10.0)) for i, ch in enumerate(w)],
            )
        )
        x += 10 * len(w) + 5
    done = restore_lost_glyph(words)
    return done, " ".join("".join(t for t, _, _ in w.symbols) for w in words)


def test_a_mark_before_a_numbered_section_title_is_a_lost_heading_glyph() -> None:
    assert _read("* 1. 추진 실적") == (True, "\ufffd 1. 추진 실적")
    assert _read("* 1 . 연차별 재원 투자계획(수정)") == (True, "\ufffd 1. 연차별 재원 투자계획(수정)")
    assert _read("+ Ⅳ. 향후 추진계획") == (
        True,
        "\ufffd Ⅳ. 향후 추진계획",
    )  # a numeral read again (ocr_roman)
    assert _read("> 11. 군민 소통 실적") == (True, "\ufffd 11. 군민 소통 실적")


def _marker(text: str) -> str:
    """``text`` as Tesseract hands it after ``restore_marker``."""
    from pledgecard.extract.readers.ocr import restore_marker

    words, x = [], 0.0
    for k, w in enumerate(text.split()):
        words.append(
            _Word(
                spaced=k > 0,
                symbols=[(ch, 95.0, (x + i * 10, 0.0, x + i * 10 + 9, 10.0)) for i, ch in enumerate(w)],
            )
        )
        x += 10 * len(w) + 5
    restore_marker(words)  # type: ignore[arg-type]
    return " ".join("".join(t for t, _, _ in w.symbols) for w in words)


def test_a_ring_bullet_read_as_an_opening_bracket_is_the_ring() -> None:
    assert (
        _marker("(> 친환경농업 전문가 자문회의 개최(총 2회)") == "○ 친환경농업 전문가 자문회의 개최(총 2회)"
    )
    assert _marker("(0 임대형 스마트 실시설계") == "○ 임대형 스마트 실시설계"
    assert _marker("( 거점 산지유통센터 운영") == "○ 거점 산지유통센터 운영"
    assert _marker("( 단위: 천원)") == "( 단위: 천원)"  # a bracket the line closes opens its text
    assert _marker("(가) 사업 추진") == "(가) 사업 추진"  # a bracketed letter, no blank inside
    assert _marker("(> 2024년 착공") == "(> 2024년 착공"  # no Hangul after it: as read


def test_a_note_naming_no_section_stays_a_note() -> None:
    assert _read("* 1. 참여기업 7개")[0] is False  # a numbered note: its words name no section
    assert _read("* 참여기관: 다시관광재단")[0] is False  # no numbering
    assert _read("- 1,234 천원 집행")[0] is False  # a dash before a figure
    assert _read("* 1. 추진 실적은 분기별로 적는다")[0] is False  # a section's word in a sentence: no title
    assert _read("○ 1. 추진 실적")[0] is False  # a bullet glyph, read as printed: no ASCII mark


# --- a figure struck through in a scanned cell ---------------------------------------------------------------------


def _cell(lines: list[tuple[str, str]]) -> np.ndarray:
    """A cell's ink at 300 dpi: each line's text (digits, about 27 px tall) marked ``struck`` (a line through its
    middle), ``under`` (a line under it) or not (``""``)."""
    import cv2

    img = np.full((40 + 45 * len(lines), 260), 255, dtype=np.uint8)
    for k, (text, mark) in enumerate(lines):
        base = 45 + 45 * k
        cv2.putText(img, text, (30, base), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
        (w, h), _ = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 1.0, 2)
        if mark == "struck":
            cv2.line(img, (28, base - h // 2), (32 + w, base - h // 2), 0, 2)
        elif mark == "under":
            cv2.line(img, (28, base + 6), (32 + w, base + 6), 0, 2)
    return img < 128


def test_a_strike_through_a_cell_line_is_found_and_no_other_line() -> None:
    from pledgecard.extract.readers.ocr_struck import struck_spans

    ink = _cell([("731,775", "struck"), ("884,828", "under")])
    [(top, bottom, x0, x1)] = struck_spans(ink, 300)
    assert bottom <= 45 + 4 and top >= 10  # the first line's rows, not the figure in force under it
    assert x0 <= 30 and x1 >= 150  # all of the struck figure
    assert struck_spans(_cell([("884,828", "under")]), 300) == []  # an underline crosses no glyph
    assert struck_spans(_cell([("-", ""), ("1,443,853", "")]), 300) == []  # a dash, figures: nothing struck
    assert struck_spans(_cell([("1,443,853 - 2,000", "")]), 300) == []


def test_dasi_county_87002_scanned_reads_the_figures_in_force(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "dasi-county", 87002, "scan")
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert got["achievements"]
    rows = {r["source"]: r for r in got["funding"]["rows"]}
    assert {"provincial", "municipal"} <= set(rows)  # (dropped whole for a struck cell's reading)
    assert score_record(exp, got).score() >= 0.8  # (two headings read as notes: 0.301; struck cells: 0.722)


# --- a table the page break cuts on a 2-up scan --------------------------------------------------------------------


def test_each_half_of_a_2up_scan_takes_the_cut_columns_of_the_page_before(monkeypatch) -> None:
    """Two sheets of two pages: the cut open table's column edges each page read hands on reach the next page, a
    sheet's right half from its left half and the next sheet's left half from the right half before it."""
    from pledgecard.extract.readers import ocr_sheets
    from pledgecard.extract.readers.ocr import OcrPage
    from pledgecard.extract.readers.pdf_sheet_pages import Region

    seen: dict[int, list[float] | None] = {}

    def image(
        api: object,
        grey: np.ndarray,
        number: int,
        width: float,
        height: float,
        *,
        dpi: int,
        carried: list[float] | None = None,
    ) -> OcrPage:
        seen[number] = carried
        return OcrPage(number=number, width=width, height=height, cut=[10.0, 50.0, float(number)])

    def rendered(data: bytes, sheets: list[tuple[int, float]], read):  # two blank landscape sheets
        grey = np.full((round(595 * sheets[0][1]), round(842 * sheets[0][1])), 255, dtype=np.uint8)
        return [p for n, _ in sheets for p in read(None, grey, n, 842.0, 595.0)], []

    monkeypatch.setattr(ocr_sheets, "ocr_image", image)
    monkeypatch.setattr(ocr_sheets, "ocr_rendered", rendered)
    scale = 842.0 / 595.0
    regions = [
        Region(
            n,
            1 + (n - 1) // 2,
            0.0 if n % 2 else 421.0,
            421.0 if n % 2 else 842.0,
            0.0 if n % 2 else 421.0,
            scale,
            "left" if n % 2 else "right",
        )
        for n in (1, 2, 3, 4)
    ]
    pages, failed = ocr_sheets.ocr_regions(b"", regions, dpi=72)
    assert not failed and [p.number for p in pages] == [1, 2, 3, 4]
    assert seen == {1: None, 2: [10.0, 50.0, 1.0], 3: [10.0, 50.0, 2.0], 4: [10.0, 50.0, 3.0]}
