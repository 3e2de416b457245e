"""Text coverage of the HWP 5 / HWPX readers on real public documents, against references read
independently of the readers.

For an HWP file the reference is every ``PARA_TEXT`` record of its body sections, decoded here from
the decompressed bytes (not through pyhwp), walked as a record tree so that each paragraph's text
pieces and the lists of its controls (tables, text boxes, notes) come in document order, with the
stored numbers of caption auto numbers (``표 3``: the control holds the 3); and the
``PrvText`` stream, the text of the first pages as Hangul rendered them (table cells in ``<...>``).
For an HWPX file it is every ``hp:t`` of the section XML in document order, and
``Preview/PrvText.txt``. The reader's text (paragraphs, then table cells with their nested blocks) must
hold every reference piece in order, and nothing else: as many characters as the reference, white
space aside. The files come from ``../shared/corpus`` like tests/test_corpus_real.py's.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import olefile
import pytest
from lxml import etree

from pledgecard.extract.document import Block, Document, Paragraph
from pledgecard.extract.readers import read_bytes, read_path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
HWP_FILES = [
    "nts-rulings-hwp/02-010000000000046170.hwp",  # tables nested in cells
    "public-hwp/pyhwp__sample-5017.hwp",  # text around tables inside one paragraph, a caption number
    "public-hwp/hwplib__basic-table.hwp",  # a table caption's auto number (표 1)
    "public-hwp/hwplib__nts-ruling-010000000000000647.hwp",  # a 12 x 35 grid
]
HWPX_FILES = [
    "public-hwp/hwpxlib__public-data-standard.hwpx",  # tables three deep
    "public-hwp/hwpxlib__textextractor-table.hwpx",  # a text box, a table
    "public-hwp/hwpxlib__mcst-press-release.hwpx",  # pictures, a field
]
_WS = re.compile(r"\s+")
_PARA_HEADER, _PARA_TEXT, _CTRL_HEADER = 0x10 + 50, 0x10 + 51, 0x10 + 55
# control characters standing for an object (8 code units, the text splits there) and inline ones
# (8 code units, no text); the rest take one unit
_EXTENDED = frozenset({1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23})
_INLINE = frozenset({4, 5, 6, 7, 8, 9, 19, 20})


def _squash(text: str) -> str:
    return _WS.sub("", text)


def reader_text(doc: Document) -> str:
    parts: list[str] = []

    def walk(block: Block) -> None:
        if isinstance(block, Paragraph):
            parts.append(block.full_text)
            return
        for cell in block.cells:
            for b in cell.blocks:
                walk(b)

    for b in doc.blocks:
        walk(b)
    return _squash("".join(parts))


# -- HWP: records decoded here -------------------------------------------------------------------


def _records(data: bytes) -> list[tuple[int, int, bytes]]:
    out = []
    pos = 0
    while pos + 4 <= len(data):
        (head,) = struct.unpack_from("<I", data, pos)
        pos += 4
        tag, level, size = head & 0x3FF, (head >> 10) & 0x3FF, head >> 20
        if size == 0xFFF:
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        out.append((tag, level, data[pos : pos + size]))
        pos += size
    return out


def _pieces(payload: bytes) -> list[str]:
    """A PARA_TEXT record's text split at its object controls."""
    text = payload.decode("utf-16le", errors="replace")
    pieces: list[str] = [""]
    i = 0
    while i < len(text):
        code = ord(text[i])
        if code in _EXTENDED or code in _INLINE:
            if code in _EXTENDED:
                pieces.append("")
            i += 8
            continue
        if code >= 32 or code == 24:
            pieces[-1] += text[i]
        i += 1
    return pieces


def hwp_reference(path: Path) -> tuple[list[str], str]:
    ole = olefile.OleFileIO(str(path))
    try:
        (flags,) = struct.unpack_from("<I", ole.openstream("FileHeader").read(), 36)
        names = sorted(
            (int(e[1][len("Section") :]), "/".join(e))
            for e in ole.listdir()
            if len(e) == 2 and e[0] == "BodyText" and e[1].startswith("Section")
        )
        streams = [ole.openstream(name).read() for _, name in names]
        preview = ole.openstream("PrvText").read().decode("utf-16le") if ole.exists("PrvText") else ""
    finally:
        ole.close()
    units: list[str] = []
    for raw in streams:
        data = zlib.decompress(raw, -15) if flags & 1 else raw
        roots: list[list[Any]] = []
        stack: list[tuple[int, list[Any]]] = []
        for tag, level, payload in _records(data):
            node: list[Any] = [tag, payload, []]
            while stack and stack[-1][0] >= level:
                stack.pop()
            (stack[-1][1][2] if stack else roots).append(node)
            stack.append((level, node))
        for node in roots:
            if node[0] == _PARA_HEADER:
                _hwp_paragraph(node, units)
    return units, preview


def _hwp_paragraph(node: list[Any], units: list[str]) -> None:
    payload = next((c[1] for c in node[2] if c[0] == _PARA_TEXT), b"")
    controls = [c for c in node[2] if c[0] == _CTRL_HEADER]
    pieces = _pieces(payload)
    for i, piece in enumerate(pieces):
        units.append(piece)
        if i < len(controls):
            units.append(_caption_number(controls[i][1]))
            _hwp_lists(controls[i], units)
    for control in controls[len(pieces) :]:
        _hwp_lists(control, units)


def _caption_number(payload: bytes) -> str:
    """An auto number's stored number when it numbers a caption's picture, table or equation (type
    3-5 in its attribute's low bits), in digits: the readers print it where the control stands."""
    if payload[:4] != b"onta" or len(payload) < 10:  # the control id 'atno', stored reversed
        return ""
    attr, number = struct.unpack_from("<IH", payload, 4)
    return str(number) if attr & 0xF in (3, 4, 5) and (attr >> 4) & 0xFF == 0 else ""


def _hwp_lists(node: list[Any], units: list[str]) -> None:
    for child in node[2]:
        if child[0] == _PARA_HEADER:
            _hwp_paragraph(child, units)
        elif child[0] != _CTRL_HEADER:
            _hwp_lists(child, units)


# -- HWPX: every hp:t in document order ------------------------------------------------------------


def _local(el: etree._Element) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def hwpx_reference(path: Path) -> tuple[list[str], str]:
    units: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = sorted(
            (n for n in z.namelist() if re.fullmatch(r"Contents/section\d+\.xml", n)),
            key=lambda n: int(re.findall(r"\d+", n)[-1]),
        )
        preview = (
            z.read("Preview/PrvText.txt").decode("utf-8") if "Preview/PrvText.txt" in z.namelist() else ""
        )
        for name in names:
            for p in etree.fromstring(z.read(name)).iterchildren("{*}p"):
                _hwpx_paragraph(p, units)
    return units, preview


def _hwpx_paragraph(p: etree._Element, units: list[str]) -> None:
    piece: list[str] = []

    def items(parent: etree._Element) -> None:
        for el in parent:
            name = _local(el)
            if name == "t":
                piece.append("".join(el.itertext()))
            elif name == "switch":
                branches = [b for b in el if _local(b) in ("case", "default")]
                chosen = next(
                    (b for b in branches if _local(b) == "default"), branches[0] if branches else None
                )
                if chosen is not None:
                    items(chosen)
            elif name == "ctrl":
                for num in el.iterchildren("{*}autoNum"):
                    if num.get("numType") in ("PICTURE", "TABLE", "EQUATION"):
                        piece.append(num.get("num") or "")
            elif name:  # an object: the text so far, then the paragraphs of its lists
                units.append("".join(piece))
                piece.clear()
                _hwpx_lists(el, units)

    for run in p.iterchildren("{*}run"):
        items(run)
    units.append("".join(piece))


def _hwpx_lists(el: etree._Element, units: list[str]) -> None:
    for child in el:
        if _local(child) == "p":
            _hwpx_paragraph(child, units)
        else:
            _hwpx_lists(child, units)


def preview_units(preview: str) -> list[str]:
    out = []
    for line in preview.splitlines():
        out.extend(piece for piece in re.split(r"[<>]", line) if len(_squash(piece)) >= 2)
    return out


def _in_order(units: list[str], text: str) -> list[str]:
    """The reference pieces not found in ``text`` at or after the previous one's place."""
    missing = []
    pos = 0
    for unit in units:
        q = _squash(unit)
        if not q:
            continue
        at = text.find(q, pos)
        if at < 0:
            missing.append(unit)
        else:
            pos = at + len(q)
    return missing


@pytest.mark.parametrize("name", HWP_FILES + HWPX_FILES)
def test_reader_text_covers_reference(name: str) -> None:
    path = CORPUS / name
    units, preview = hwp_reference(path) if path.suffix == ".hwp" else hwpx_reference(path)
    text = reader_text(read_path(path))
    assert sum(len(_squash(u)) for u in units) > 0
    assert _in_order(units, text) == []  # nothing lost or out of order
    assert len(text) == sum(len(_squash(u)) for u in units)  # nothing repeated or made up
    if preview:  # Hangul's own rendering of the first pages, cell by cell
        assert _in_order(preview_units(preview), text) == []


def test_reference_sees_nested_and_boxed_text() -> None:
    """The references reach the text the checks above are about: nested cells, text boxes."""
    units, _ = hwp_reference(CORPUS / HWP_FILES[0])
    assert len(units) > 50
    box, _ = hwpx_reference(CORPUS / "public-hwp/hwpxlib__textextractor-table.hwpx")
    assert any(_squash(u) for u in box)


@pytest.mark.parametrize("fmt", ["hwp", "hwpx"])
def test_caption_auto_numbers_are_printed(fmt: str) -> None:
    """A table caption's number is an auto-number control, not text: Hangul prints ``표 1``. The HWPX
    form is the same file converted by python-hwpx (its atno becomes an hp:autoNum)."""

    def paragraphs(name: str) -> list[str]:
        path = CORPUS / "public-hwp" / name
        if fmt == "hwp":
            doc = read_path(path)
        else:
            from hwpx import HwpxDocument

            doc = read_bytes(HwpxDocument.open(str(path)).to_bytes(format="hwpx"))
        return [p.text for p in doc.paragraphs()]

    assert paragraphs("hwplib__basic-table.hwp") == ["표 1"]
    assert "표 3 2x2짜리표" in paragraphs("pyhwp__sample-5017.hwp")


def test_table_geometry_by_hand() -> None:
    """Row and column counts and spans of two real tables, checked by hand: a 국세청 ruling's grid
    against its PrvText (cells per row: 32 ruling cells, then 3, 4, one per row, 2, 2, 32; the 회신
    cell holds a one-cell table), and the 정부포상 추천자 현황 form's three-row header."""
    ruling = read_path(CORPUS / HWP_FILES[0])
    [grid] = list(ruling.tables())
    assert (grid.n_rows, grid.n_cols) == (12, 37)
    per_row = [sum(1 for c in grid.cells if c.row == r) for r in range(grid.n_rows)]
    assert per_row == [32, 3, 4, 1, 1, 1, 1, 1, 1, 2, 2, 32]
    reply = grid.cell_at(8, 0)
    assert reply is not None and reply.col_span == 37 and len(reply.nested) == 1
    assert (reply.nested[0].n_rows, reply.nested[0].n_cols) == (1, 1)
    assert reply.nested[0].cells[0].text.startswith("○ 재정경제부 조세지출예산과-1072")
    form = list(read_path(CORPUS / "public-hwp/hwplib__gov-award-recommendation-forms.hwp").tables())[1]
    assert (form.n_rows, form.n_cols) == (10, 14)
    spans = {c.text.split("\n")[-1]: (c.row, c.col, c.row_span, c.col_span) for c in form.cells if c.row < 3}
    assert spans["소속"] == (0, 0, 3, 1)
    assert spans["추천제한 조회결과"] == (0, 5, 1, 7)
    assert spans["세금체납"] == (1, 9, 1, 3)
    assert [spans[k] for k in ("국세", "관세", "지방세")] == [(2, 9, 1, 1), (2, 10, 1, 1), (2, 11, 1, 1)]
    assert spans["(일시‧내용)"] == (0, 13, 3, 1)
    assert [c.text for c in form.cells if c.row == 7][:3] == ["○ ○회사", "사장", "이몽룡"]
