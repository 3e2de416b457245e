"""A dump that printed a card's values but lost its labels and headings says so
(extract/labels_lost.py, finding ``extract.labels_unprinted``): sora-city sets its labels and headings in a bold
font whose ``/Encoding`` is an embedded CMap stream, which pdfminer's pdf2txt does not read (every glyph of it
dropped); pdftotext maps it and prints them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document, Paragraph, Source
from pledgecard.extract.labels_lost import labels_lost
from pledgecard.extract.layout import linearize
from pledgecard.extract.readers import read_path

REPO = Path(__file__).resolve().parents[1]
SORA = REPO / "samples" / "families" / "sora-city"
CODE = "extract.labels_unprinted"


def _codes(path: Path) -> list[list[str]]:
    return [
        [f["code"] for f in c.findings] for c in extract_card_results(read_path(path), file_name=str(path))
    ]


def _pdf2txt(src: Path, out: Path) -> Path:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
    return out


def _stream_encoded_fonts(src: Path) -> list[str]:
    """The fonts of the PDF whose /Encoding is a CMap stream of their own (no predefined CMap name)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, resolve1

    with src.open("rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        fonts = []
        for xref in doc.xrefs:
            for objid in xref.get_objids():
                obj = resolve1(doc.getobj(objid))
                if (
                    isinstance(obj, dict)
                    and str(obj.get("Type")) == "/'Font'"
                    and isinstance(resolve1(obj.get("Encoding")), PDFStream)
                ):
                    fonts.append(str(obj.get("BaseFont")))
        return fonts


@pytest.mark.parametrize("src", sorted(SORA.glob("*-pdf.pdf")), ids=lambda p: p.stem)
def test_a_pdf2txt_dump_losing_a_fonts_text_says_so(src: Path, tmp_path: Path) -> None:
    assert _stream_encoded_fonts(src), "the labels' font carries its own encoding CMap"
    dump = _pdf2txt(src, tmp_path / "pdf2txt.txt").read_text(encoding="utf-8")
    layout = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(src), "-"], check=True, capture_output=True, text=True
    ).stdout
    label = "사업명"  # a label the bold font sets: pdftotext maps it, pdf2txt drops it
    assert label in layout and label not in dump
    assert [CODE in codes for codes in _codes(tmp_path / "pdf2txt.txt")] == [True]
    (tmp_path / "pdftotext.txt").write_text(layout, encoding="utf-8")
    assert [CODE in codes for codes in _codes(tmp_path / "pdftotext.txt")] == [False]


@pytest.mark.parametrize(
    "src", sorted(SORA.glob("*-txt.txt"))[:1] + sorted(SORA.glob("*-hwpx.hwpx"))[:1], ids=lambda p: p.name
)
def test_a_card_printing_its_labels_does_not_say_so(src: Path) -> None:
    assert all(CODE not in codes for codes in _codes(src))


def _doc(texts: list[str]) -> Document:
    return Document(
        blocks=[Paragraph(text=t, source=Source(line_start=i + 1)) for i, t in enumerate(texts)],
        format="txt",
        sha256="d" * 64,
    )


VALUES = [
    "청년 주택 공급",
    "주택정책과",
    "홍길동",
    "063-123-4567",
    "• 사업기간 : 2022. 9월 ~ 2027. 12월",
    *[f"{k * 37 % 900 + 100:,}" for k in range(16)],
    "청년 주택 100호 공급",
    "기본계획 수립",
    "추진중",
]
LABELS = [
    "공약명 청년 주택 공급",
    "주관부서 주택정책과",
    "담당자 홍길동",
    "전화 063-123-4567",
    "1. 사업개요",
    "• 사업기간 : 2022. 9월 ~ 2027. 12월",
    "2. 재원투자계획",
    *[f"{k * 37 % 900 + 100:,}" for k in range(16)],
    "3. 추진실적",
    "청년 주택 100호 공급",
    "기본계획 수립",
    "추진중",
]


def test_values_without_their_labels_are_the_shape() -> None:
    assert labels_lost(linearize(_doc(VALUES)))
    assert not labels_lost(linearize(_doc(LABELS)))
    # one label and one heading left are still the lost shape; two of either are printed labels
    assert labels_lost(linearize(_doc(["주관부서 주택정책과", "1. 사업개요", *VALUES])))
    assert not labels_lost(linearize(_doc(["주관부서 주택정책과", "담당자 홍길동", *VALUES])))
    assert not labels_lost(linearize(_doc(["1. 사업개요", "2. 추진실적", *VALUES])))
    # a card of a few values is no proof of labels lost
    assert not labels_lost(linearize(_doc(VALUES[:8])))
