"""A PDF whose row labels are set in a font that maps its glyphs to no Unicode (``Style.pdf_unmapped_labels``).

Hangul PDFs exported by word processors often embed a subset font with neither a ToUnicode CMap nor a
character map in the font program: the page prints, but its text layer gives the glyph ids (pdfium) or
nothing (pdfminer, pdftotext) for every glyph set in it. Here the first header cell of every table row is set
in its own face (:data:`LABEL_FONT`), and in the written (uncompressed) PDF that face's ``/ToUnicode`` entry is
blanked and its embedded TrueType ``cmap`` table renamed, byte for byte (the cross-reference offsets stay).
"""

from __future__ import annotations

import re

LABEL_FONT = "NanumBarunGothic"  # used by no other text of the card
LABEL_CSS = f"tr > th:first-child {{ font-family: '{LABEL_FONT}', 'NanumGothic', sans-serif; }}"


def unmapped_labels(pdf: bytes, font: str = LABEL_FONT) -> bytes:
    """``pdf`` (written uncompressed) with every embedded subset of ``font`` stripped of its Unicode maps."""
    out = bytearray(pdf)
    name = re.escape(font.encode())
    for m in re.finditer(rb"/BaseFont /[A-Z]{6}\+" + name + rb"[^/]*(/ToUnicode \d+ 0 R)", pdf):
        out[m.start(1) : m.end(1)] = b" " * (m.end(1) - m.start(1))
    for m in re.finditer(rb"/FontName /[A-Z]{6}\+" + name + rb"[^>]*?/FontFile2 (\d+) 0 R", pdf):
        head = pdf.find(b"\n" + m.group(1) + b" 0 obj")
        start = pdf.find(b"stream\n", head) + len(b"stream\n")
        at = pdf.find(b"cmap", start, start + 12 + 16 * 64)  # in the table directory
        if head >= 0 and at >= 0:
            out[at : at + 4] = b"xmap"
    return bytes(out)
