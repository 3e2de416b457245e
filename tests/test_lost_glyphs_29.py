"""Text-layer pages some of whose glyphs map to no Unicode (extract/readers/pdf_lost_glyphs.py).

A card whose row labels are set in a font embedded without ToUnicode and without a cmap
(``Style.pdf_unmapped_labels``, samples/pdf_unmapped.py) prints them, but its text layer loses them: without
the class those labels read U+FFFD and their rows go unread (haneul-city 18101's PDF 0.752, dalbit-county
49101's three cards 0.834-0.878). The runs of lost glyphs are read by OCR in their box, the layer kept
elsewhere; the page is listed in ``source.ocr_pages``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Paragraph, Table
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import ocr
from pledgecard.extract.readers.pdf import read
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_lost_glyphs import crop_box, fit_letters, lost_runs, lost_share
from pledgecard.scoring import load_records, score_record
from tests.conftest import shared_tools


def _char(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + size,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": "F",
        "upright": True,
    }


def test_lost_glyphs_side_by_side_are_one_run_a_mapped_glyph_or_a_gap_parts_them() -> None:
    chars = [
        _char("(cid:5)", 10),
        _char("(cid:6)", 20),
        _char("(cid:7)", 31),  # one label, glyphs touching
        _char("값", 60),
        _char("(cid:8)", 70),  # after a mapped value: its own run
        _char("(cid:9)", 200),  # far along the row: another
        _char("(cid:4)", 10, top=130),
    ]  # the row below
    runs = lost_runs(chars)
    assert [r.indices for r in runs] == [[0, 1, 2], [4], [5], [6]]
    assert (runs[0].x0, runs[0].x1) == (10, 41)
    assert lost_share(chars) == pytest.approx(6 / 7)
    x0, y0, x1, y1 = crop_box(runs[0], 300 / 72, (3508, 2480))
    assert x0 < 10 * 300 / 72 < 41 * 300 / 72 < x1 and y0 < 100 * 300 / 72 < 110 * 300 / 72 < y1


def test_a_private_use_glyph_is_a_symbol_font_s_not_a_lost_one() -> None:
    assert lost_runs([_char("\uf0a7", 10), _char("\uf0cf", 20)]) == []
    assert lost_share([_char("\uf0a7", 10), _char("가", 20)]) == 0.0


def test_a_glyph_between_two_lost_ones_parts_them() -> None:
    chars = [_char("(cid:5)", 10), _char("\ufffd", 30), _char("가", 20)]
    assert [r.indices for r in lost_runs(chars)] == [[0], [1]]


def test_ocr_letters_lie_one_to_one_on_the_inked_glyphs_or_not_at_all() -> None:
    inks = [0.8, 0.8, 0.0, 0.75]  # two letters, a space glyph, a letter
    assert fit_letters([("가", 99.0), ("나", 98.0), ("다", 97.0)], inks) == [
        ("가", 99.0),
        ("나", 98.0),
        None,
        ("다", 97.0),
    ]
    assert fit_letters([("가", 99.0), ("나", 98.0)], inks) is None  # a glyph OCR read nothing in
    assert fit_letters([("4", 99.0), (".", 98.0), ("5", 0.0)], [0.7] * 5) is None  # the unit dropped
    assert fit_letters([("뻐", 86.0)], [0.08]) is None  # a dash's low ink read as a syllable
    assert fit_letters([("-", 99.0)], [0.08]) == [("-", 99.0)]
    marked = [0.8, 0.0, 0.8, 0.15, 0.0, 0.9, 0.9]  # a heading: ▩ 6. 기대 (a box glyph, a space, ...)
    read = [("6", 99.0), (".", 99.0), ("기", 99.0), ("대", 99.0)]
    assert fit_letters([("빼", 81.0), *read], marked) == [("\ufffd", 0.0), None, *read[:2], None, *read[2:]]
    assert fit_letters([("@", 97.0), *read], marked) == [("\ufffd", 0.0), None, *read[:2], None, *read[2:]]
    assert fit_letters(read, marked) == [("\ufffd", 0.0), None, *read[:2], None, *read[2:]]  # the box unread
    assert fit_letters([("가", 99.0), *read], marked) == [("가", 99.0), None, *read[:2], None, *read[2:]]
    eight = [("0", 99.0), ("8", 97.0)]  # the box read as a word of two digits: no figure, the marker
    assert fit_letters([*eight, *read], marked, first_word=2) == [
        ("\ufffd", 0.0),
        None,
        *read[:2],
        None,
        *read[2:],
    ]
    assert fit_letters([*eight, *read], marked) is None


@pytest.mark.skipif(not ocr.available(), reason="Tesseract (kor) is not installed")
def test_cells_in_a_font_without_unicode_read_by_ocr_the_rest_of_the_page_from_its_layer(
    tmp_path: Path,
) -> None:
    from weasyprint import HTML

    from samples.pdf_unmapped import LABEL_FONT, unmapped_labels

    rows = "".join(
        f"<tr><td class='x'>{a}</td><td class='x'>{b}</td><td>{c}</td></tr>"
        for a, b, c in [("시비", "417", "30"), ("민자", "-", "54")]
    )
    page = (
        f"<html><head><style>body {{ font-family: 'NanumGothic'; font-size: 11pt; }} td.x {{ font-family: "
        f"'{LABEL_FONT}'; }} td {{ border: 1px solid black; padding: 3pt 8pt; }} table {{ border-collapse: "
        f"collapse; }}</style></head><body><p>재원 투자계획 본문 문장이 여기 길게 인쇄되어 있습니다 "
        f"(단위 : 백만원)</p><table>{rows}</table></body></html>"
    )
    data = unmapped_labels(HTML(string=page).write_pdf(uncompressed_pdf=True))
    with open_pdf(data, "pdfium") as pdf:
        assert 0 < lost_share(next(iter(pdf.pages()))().chars) <= 0.5
    doc = read(data, path="cells.pdf", limits=Limits())
    text = " ".join(b.text for b in doc.blocks if isinstance(b, Paragraph))
    cells = [c.text for b in doc.blocks if isinstance(b, Table) for c in b.cells]
    assert "본문 문장이 여기" in text  # the layer's own text as it was
    assert {"시비", "417", "30", "민자", "-", "54"} <= set(cells), cells
    assert doc.ocr_pages == [1]
    assert any("without Unicode read by OCR" in n for n in doc.notes)


def _unmapped_card(tmp_path: Path, family: str, seed: int) -> Path:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    return write_file(
        tmp_path,
        f"{family}-{seed}",
        "pdf",
        family_records(fam, seed),
        replace(fam.style, pdf_unmapped_labels=True),
    )


@pytest.mark.skipif(not ocr.available(), reason="Tesseract (kor) is not installed")
@pytest.mark.parametrize(("family", "seed"), [("haneul-city", 18101), ("dalbit-county", 49101)])
def test_row_labels_without_unicode_are_read_by_ocr_and_score_whole(
    tmp_path: Path, family: str, seed: int
) -> None:
    path = _unmapped_card(tmp_path, family, seed)
    with open_pdf(path.read_bytes(), "pdfium") as pdf:
        shares = [lost_share(load().chars) for load in pdf.pages()]
    assert any(0 < s <= 0.5 for s in shares)  # the layer lost some glyphs on a page, not most
    exp = load_records(path.with_name(path.stem + ".expected.json"))
    got = extract_file(path)
    assert len(got) == len(exp)
    _, wrong_figures = shared_tools()
    for e, g in zip(exp, got, strict=True):
        assert score_record(e, g).score() >= 0.97
        assert [
            (n, ev, gv) for _, n, ev, gv in wrong_figures.figures(e, g) if gv is not None and gv != ev
        ] == []
        assert g["source"].get("ocr_pages")
