"""2-up scans (session 28), on files the generator writes at test time from a family's records:

- a searchable scan printed two pages a sheet: a word whose strokes the faint ink joins (a line of Hangul
  whose bars run on) closes boxes of its own; a "grid" whose inner rules run through the middle of the
  characters printed there is the word, not a table (``pdf_scan_layer.glyph_grids``): it took the word from its
  cell (gippeum 77003 0.952 / 0.989 as the test names it, a goal's target and an achievement's heading losing their first word; after 1.0; the faint ink thin strokes only since the review mend of session 28, the word joins under the
  loose threshold that faint ink was);
- OCR: a heading's Ⅰ read as one stroke (``|. 사업개요``, ``| . 사업 개요``, ``| ) 사업개요``) is proposed as the
  numeral (``ocr_numerals``), kept only where the document's OCR pages show a Roman numbering past Ⅰ (session 28, after review:
  ``l``/``I`` are also Tesseract's Arabic ``1``; the generated scans read Ⅱ as ``11.``, so there the stroke is put
  back and the gains below credited to the numeral no longer hold; the bullet's part stands); an overview field's bullet read as symbols (``[『 사업기간 :``, ``()사업기간 :``) is dropped
  before its label (``overview.unbulleted_field``): a scanned gippeum card printed 2-up 0.649 -> 0.662, a 2-up scan
  of a scanned saenal card 0.590 -> 0.596, no figure wrong, the 1-up scans (card-00101 / 00107, saenal) unchanged;
- end to end, the sparse probe on a scan opening with 1-up landscape sheets then 2-up ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers import pdf
from pledgecard.extract.readers.pdf_grids import Grid
from pledgecard.extract.readers.pdf_scan_layer import glyph_grids
from pledgecard.scoring import load_records, score_record
from tests.conftest import gippeum_two_up_scan, wrong_figure_count


def _char(text: str, x0: float, top: float, size: float = 8.0) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + size,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": "F",
    }


def test_a_grid_whose_rules_cut_its_words_is_their_strokes() -> None:
    word = [_char("가", 100.0 + 8 * k, 100.0) for k in range(4)]
    strokes = Grid(
        (100.0, 99.0, 132.0, 109.0),
        [(100.0, 99.0, 122.0, 104.0), (122.0, 99.0, 132.0, 104.0), (100.0, 104.0, 132.0, 109.0)],
    )
    assert glyph_grids([strokes], word) == []
    # a table holding the same word whole in a row, its rules between the rows: kept
    table = Grid(
        (90.0, 90.0, 200.0, 130.0),
        [
            (90.0, 90.0, 140.0, 110.0),
            (140.0, 90.0, 200.0, 110.0),
            (90.0, 110.0, 140.0, 130.0),
            (140.0, 110.0, 200.0, 130.0),
        ],
    )
    assert glyph_grids([table], word) == [table]
    # one rule through the text, another clear of it: a table (its rows are not all cut)
    mixed = Grid(
        (90.0, 90.0, 200.0, 130.0),
        [(90.0, 90.0, 200.0, 104.0), (90.0, 104.0, 200.0, 120.0), (90.0, 120.0, 200.0, 130.0)],
    )
    assert glyph_grids([mixed], word) == [mixed]
    assert glyph_grids([strokes], []) == [strokes]  # no text there: nothing to judge by


@pytest.mark.parametrize("seed", [77003])
def test_a_two_up_searchable_scans_words_are_not_tables(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, exp = gippeum_two_up_scan(tmp_path, seed)
    [got] = extract_file(path)
    assert score_record(exp, got).score() >= 0.99 and wrong_figure_count(exp, got) == 0
    # the faint ink is thin strokes now (session 28, after review): this card's words no longer join into boxes; under the loose
    # threshold alone (the faint ink before, its words' strokes joined) the word-grids are still dropped
    from pledgecard.extract.readers import ocr_image

    monkeypatch.setattr(ocr_image, "faint_ink", _loose_ink)
    [loose] = extract_file(path)
    monkeypatch.setattr(pdf, "glyph_grids", lambda grids, chars: grids)
    [kept] = extract_file(path)
    assert score_record(exp, kept).score() < score_record(exp, loose).score()  # a fact at least lost


def _loose_ink(grey: Any) -> Any:
    """The faint ink of session 28: darker than Otsu's threshold moved 2/3 of the way to the paper's grey."""
    import cv2
    import numpy as np

    clean = cv2.medianBlur(grey, 3)
    otsu, _ = cv2.threshold(clean, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    paper = float(np.median(clean))
    return clean < otsu + max(paper - otsu, 0.0) * 2 / 3


def _line(*words: tuple[str, bool]) -> list:
    from pledgecard.extract.readers.ocr import Word

    return [Word(spaced, [(ch, 90.0, (0.0, 0.0, 1.0, 1.0)) for ch in text]) for text, spaced in words]


def _read(words: list) -> str:
    return " ".join("".join(t for t, _, _ in w.symbols) for w in words)


@pytest.mark.parametrize(
    ("read", "restored"),
    [
        ((("|.", False), ("사업개요", True)), "Ⅰ. 사업개요"),
        ((("|", False), (".", True), ("사업", True), ("개요", True)), "Ⅰ. 사업 개요"),
        ((("|", False), (")", True), ("사업개요", True)), "Ⅰ) 사업개요"),
        ((("▣", False), ("l.", True), ("사업", True)), "▣ Ⅰ. 사업"),
        ((("0", False), ("|", True), (".", True), ("사업", True)), "0 Ⅰ. 사업"),
        # no stroke look-alike: an Arabic number, a table's border, a stroke before no title
        ((("1.", False), ("연차별", True)), "1. 연차별"),
        ((("11.", False), ("추진실적", True)), "11. 추진실적"),
        ((("|", False), ("구분", True), ("계", True)), "| 구분 계"),
        ((("|.", False), ("2024", True)), "|. 2024"),
        ((("가", False), ("|.", True), ("사업", True)), "가 |. 사업"),
    ],
)
def test_a_stroke_read_for_the_numeral_one_before_a_title_is_restored(read: tuple, restored: str) -> None:
    """Tesseract's Korean model reads a heading's Ⅰ as one stroke (| l I ! \\ ] [): before the numbering's stop or
    bracket and a Hangul title, at the line's start or after its bullet, it is proposed as the numeral (kept over
    the document only where it numbers on in Roman: tests/test_review_mends_30.py) (a scanned dodam /
    gippeum / saenal card's first heading ``| ) 사업개요``, ``| . 사업 개요``, ``|. 사업개요`` was read as no
    section, its period, budget and contents unparsed)."""
    from pledgecard.extract.readers.ocr import GLYPH_LOOKALIKES, ROUND_LOOKALIKES
    from pledgecard.extract.readers.ocr_numerals import restore_numeral

    words = _line(*read)
    restore_numeral(words, "".join(GLYPH_LOOKALIKES) + "".join(ROUND_LOOKALIKES))
    assert _read(words) == restored


def test_a_scan_opening_with_1up_landscape_sheets_then_2up_sheets_reads_the_2up_ones_split(
    tmp_path: Path,
) -> None:
    """End to end, the sparse probe (session 28, ``SheetPlanner``) on a real scan: a landscape card printed one page
    a sheet (dodam, 3 sheets: the 1st and 2nd probed, no gutter; the 3rd not probed) then a portrait card printed
    two a sheet (gippeum, sheets 4-6): the 4th sheet is probed, its gutter found and the document read again, the
    landscape sheets whole (OCR reads them as one page), the 2-up ones a half at a time; both cards found, no
    figure wrong. (The gippeum card's own sections still go to the dodam card above it: its kind line is OCR noise,
    ``ㅎㄴ 민선8기 ...``, no card split there; its score stays low, about 0.09.)"""
    import io

    from pypdf import PdfReader, PdfWriter

    from pledgecard.extract.limits import Limits
    from samples.render_scan import scan_pdf
    from samples.render_sheets import impose

    fam = Path(__file__).resolve().parents[1] / "samples" / "families"
    landscape = fam / "dodam-district" / "dodam-district-38012-pdf.pdf"
    portrait = fam / "gippeum-county" / "gippeum-county-77001-pdf.pdf"
    writer = PdfWriter()
    for src in (landscape.read_bytes(), impose(portrait.read_bytes(), up=2)):
        for page in PdfReader(io.BytesIO(src)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "mixed-scan.pdf"
    path.write_bytes(scan_pdf(buf.getvalue(), seed=5))
    doc = pdf.read(path.read_bytes(), path=path.name, limits=Limits())
    read = [n for n in doc.notes if "read by OCR" in n]
    assert [n.split(":")[0] for n in read] == [
        "page 1",
        "page 2",
        "page 3",
        "page 4, left half",
        "page 4, right half",
        "page 5, left half",
        "page 5, right half",
        "page 6, left half",
        "page 6, right half",
    ]
    assert all("as one page, not split" in n for n in read[:3])
    got = extract_file(path)
    exps = [load_records(p.with_name(p.stem + ".expected.json"))[0] for p in (landscape, portrait)]
    assert [g["header"]["title"] for g in got] == [e["header"]["title"] for e in exps]
    assert all(wrong_figure_count(e, g) == 0 for e, g in zip(exps, got, strict=True))
    assert score_record(exps[0], got[0]).score() >= 0.7


def test_an_overview_field_label_after_a_bullet_misread_as_symbols_is_read() -> None:
    """OCR reads a field's bullet (❍ ▶ ...) as brackets or stops: ``[『 사업기간 : ...`` (an unclosed bracket hid
    the colon), ``()사업기간 : ...``. Symbols alone before a period's or budget's label are dropped; a label they do not
    hide is left as it is (a figure the line reads wrong stays null: ``2.866,373천원`` is no amount)."""
    from pledgecard.extract.sections.overview import _labels, unbulleted_field
    from pledgecard.extract.vocabulary import current
    from pledgecard.normalize.money_budget import parse_budget

    labels = current().build(_labels)
    assert unbulleted_field("[『 사업기간 : '22. 8.~'26. 6.", labels) == ("사업기간", "'22. 8.~'26. 6.")
    assert unbulleted_field("()사업기간 : 2023.3.~2028.2.", labels) == ("사업기간", "2023.3.~2028.2.")
    got = unbulleted_field("(총사업비 : 2.866,373천원(국비 11152,454, 도비 896,724)", labels)
    assert got is not None and got[0] == "총사업비"
    budget = parse_budget(got[1])
    assert budget["total_krw"] is None and [p["amount_krw"] for p in budget["parts"]] == [None, 896724000]
    assert unbulleted_field("[참고] 비고 : 3", labels) == ("[참고] 비고", "3")  # no field's label: as read
    assert unbulleted_field("없 사업기간 : 2022년 7월", labels) == (
        "없 사업기간",
        "2022년 7월",
    )  # a syllable: kept
