"""Scanned cards (session 30):

- a plain scan of landscape slides printed two a sheet (``pdf_scan_gutter.cut_row``): each slide's footer runs
  across its page (the city's name at its outer corner, its number at its inner one), so both halves' foot rows
  reach the white band down the sheet's middle, which the probe took for one short row the band cuts (a centred
  page number whose thin dash looks white) and read every sheet whole: dallae-city 101 plain 2-up scan 0.069 ->
  0.629. A cut row is now one whose pieces both reach the band, one at least running over less than half its
  side.
- with its sheets split, three of its funding figures read a thousand times too small: OCR read ``3,800`` as
  ``3.800`` (3.8 백만원). A cell grouped by a point where the table's others group by commas, and no cell prints a
  fraction of another length, is a comma misread: read null, its printed text kept
  (``money_grouping.point_for_comma``): 3 wrong -> 0.
- an open-sided funding head on a searchable scan printed 2-up (``pdf_open_rows.head_rows``,
  ``pdf_open_body.bridges``): the scan's text layer sets the sub-heads of one line (the years under
  ``연도별 투자 실적 및 계획``) a point or two apart, so some fell above the line's threshold (read as cells centred on
  both head rows) and some stood as near the span heading as a wrapped line (moved into its cell): no year
  column, the funding unread. The sub-heads' line is now placed by its top, and a piece spanning columns is no
  column's wrapped line: dallae-city 101 2-up searchable scan 0.673 -> 0.987, no figure wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from conftest import family_card, read_once

# --- the 2-up probe: footers running across their pages --------------------------------------------------------


def _sheet(
    left_foot: tuple[float, float], right_foot: tuple[float, float]
) -> tuple[np.ndarray, float, float]:
    """A 2-up sheet scanned at 150 dpi (842 by 595 points): each page a block of print (60..361, 481..782) and a
    foot row of ink at 540 pt spanning ``left_foot`` and ``right_foot`` (x0, x1 in points, each two inked ends)."""
    zoom = 150 / 72
    grey = np.full((round(595 * zoom), round(842 * zoom)), 255, dtype=np.uint8)

    def ink(x0: float, top: float, x1: float, bottom: float) -> None:
        grey[round(top * zoom) : round(bottom * zoom), round(x0 * zoom) : round(x1 * zoom)] = 0

    for x0 in (60.0, 481.0):
        for k in range(12):
            ink(x0, 60.0 + 36 * k, x0 + 301.0, 68.0 + 36 * k)
    for a, b in (left_foot, right_foot):
        ink(a, 540.0, a + 20.0, 548.0)  # a name or number at one end
        ink(b - 20.0, 540.0, b, 548.0)  # and at the other
    return grey, 842.0, 595.0


def test_two_pages_footers_running_to_the_gutter_split_the_sheet() -> None:
    from pledgecard.extract.readers.pdf_scan_gutter import image_gutter

    got = image_gutter(
        *_sheet((60.0, 361.0), (481.0, 782.0))
    )  # name at the outer corner, number at the inner
    assert got is not None and 361.0 <= got.gutter <= 481.0


def test_a_short_row_the_band_cuts_is_still_one_pages() -> None:
    from pledgecard.extract.readers.pdf_scan_gutter import cut_row

    band, width = (760, 1000), 1754
    assert cut_row((700, 760), (1000, 1050), band, width)  # two short pieces either side: one centred row cut
    assert cut_row(
        (860, 863), (873, 903), (853, 873), width
    )  # a narrow band: a piece wider than it, still short
    assert not cut_row(
        (125, 760), (1000, 1630), band, width
    )  # each over most of its side: two pages' footers
    assert not cut_row((125, 170), (1000, 1050), band, width)  # the left page's foot apart from the band


# --- open heads: sub-heads a point or two apart ----------------------------------------------------------------


def test_jittered_sub_heads_under_a_span_heading_are_one_row() -> None:
    from pledgecard.extract.readers.pdf_open_body import bridges
    from pledgecard.extract.readers.pdf_open_pieces import Piece
    from pledgecard.extract.readers.pdf_open_rows import head_rows

    xs = [45.0, 114.3, 183.3, 235.1, 291.5, 345.5, 399.6, 453.7, 507.7, 548.6]
    span = Piece(319.1, 397.8, 321.8, 331.0, n=10)
    tall = [Piece(73.0, 87.1, 331.1, 338.2, n=2), Piece(128.1, 156.3, 331.1, 338.2, n=4)]
    tops = [337.4, 336.4, 338.4, 336.9, 338.4, 336.4, 337.4]  # the years' tops as the layer set them
    years = [Piece(xs[k + 2] + 0.5, xs[k + 2] + 25.7, t, t + 7.1, n=5) for k, t in enumerate(tops)]
    rows = bridges(head_rows([span, *tall, *years], xs, 7.09), 7.09)
    assert len(rows) == 2
    head, sub = rows
    assert sorted(k for cols, _ in head.cells for k in cols) == list(
        range(9)
    )  # 구분, 총사업비, the span over 2..8
    assert head.tall == {0: 2, 1: 2}
    assert sorted(k for cols, _ in sub.cells for k in cols) == list(range(2, 9))  # every year its own column


# --- a point for a comma --------------------------------------------------------------------------------------


def test_a_cell_grouped_by_a_point_among_commas_is_not_sure() -> None:
    from pledgecard.normalize.money_grouping import point_for_comma

    assert point_for_comma(["43,751", "5,137", "3.800", "3.631", "357"]) == {2, 3}
    assert point_for_comma(["19.90", "3.800", "1,234"]) == set()  # the table prints decimals
    assert point_for_comma(["1.250", "2.500"]) == set()  # no cell grouped by commas
    assert point_for_comma(["1,250", "1234.500"]) == set()  # four digits before the point: no thousands group


# --- the cards ---------------------------------------------------------------------------------------------------


def test_dallae_city_101_printed_2up_as_a_searchable_scan_reads_its_funding(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "dallae-city", 101, "pdf", sheet_up=2, pdf_sandwich=True)
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
    assert score_record(exp, got).score() >= 0.95


def test_dallae_city_101_printed_2up_and_scanned_is_read_as_pages(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from pledgecard.extract.readers.pdf_scan_gutter import PROBE_DPI, image_gutter
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "dallae-city", 101, "scan", sheet_up=2)
    doc = pdfium.PdfDocument(path.read_bytes())
    width, height = doc[0].get_size()
    grey = np.asarray(doc[0].render(scale=PROBE_DPI / 72, grayscale=True).to_pil().convert("L"))
    doc.close()
    found = image_gutter(
        grey, width, height
    )  # its first sheet: the cover and the header table, footers across
    assert found is not None and abs(found.gutter - width / 2) < 0.05 * width
    [got] = read_once(path)
    assert wrong_figure_count(exp, got) == 0
    assert score_record(exp, got).score() >= 0.4  # (read whole: 0.07)


# --- bullets read as syllables ------------------------------------------------------------------------------------


def _line(text: str, x0: float, top: float, width: float = 10.0) -> list[dict]:
    """``text`` as OCR characters from ``x0`` (each ``width`` wide, a blank as a space character), 10 pt tall."""
    return [
        {"text": t, "x0": x0 + k * width, "x1": x0 + (k + 1) * width, "top": top, "bottom": top + 10.0}
        for k, t in enumerate(text)
    ]


def test_a_syllable_opening_a_line_where_the_bullets_open_is_the_bullet() -> None:
    from pledgecard.extract.readers.ocr_bullets import settle_bullets

    first = [*_line("○ 사업기간", 50.0, 100.0), *_line("○ 주요내용", 50.0, 120.0)]
    second = [
        *_line("닐 창업보육센터", 50.0, 100.0),  # where the bullets open, its text where theirs starts
        *_line("각 읍면동 운영", 80.0, 120.0),  # a word of one syllable opening a wrapped line elsewhere
        *_line("및 교육", 50.0, 140.0, width=14.0),
    ]  # at the bullets' place, its text starting further on
    settle_bullets([first, second])
    text = "".join(c["text"] for c in second)
    assert text.startswith("○ 창업보육센터") and "각 읍면동" in text and "및 교육" in text


def test_gaon_city_101_scanned_reads_its_sections_under_misread_markers(tmp_path: Path) -> None:
    """gaon-city's ``■`` headings and ``❍`` items stand at one margin; OCR read the headings' squares as ``뿔`` /
    ``를`` and some bullets as ``닐``, the others as ``○`` or ``<``: no section was found under a syllable
    (0.133); as bullets 0.684, no figure wrong."""
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "gaon-city", 101, "scan")
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert got["plans"] and not any(p["text"][:1] in "닐를뿔" for p in got["plans"])
    assert score_record(exp, got).score() >= 0.6
