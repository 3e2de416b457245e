"""HWP 5 reader: pyhwp's record models walked into paragraphs and tables in reading order.

The container (FileHeader checks, distribution-document decryption, bounded decompression)
is handled by :mod:`.hwp_container`; this module parses each body section into pyhwp models
(``hwp5.binmodel.parse_models``), rebuilds the record tree from the record levels and walks it.

In a section, a paragraph's controls (tables, shapes, notes, headers) are child records of the
paragraph, in the order of their control characters in the text. A table's cells are
``TableCell`` list headers, each followed by its paragraphs as siblings at the same level;
text boxes hold the same kind of list under their shape component.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from pledgecard.extract.document import Block, Document, Font, Source
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.cut_rows import join_cut_tables
from pledgecard.extract.readers.guard import reader_errors
from pledgecard.extract.readers.hwp_blocks import (
    NO_SHAPE,
    OUTLINE,
    BlockList,
    ParagraphText,
    ParaShape,
    RawCell,
    bullet_glyph,
)
from pledgecard.extract.readers.hwp_container import HwpContainer, open_container
from pledgecard.extract.readers.hwp_numbering import Level, auto_number
from pledgecard.extract.readers.hwp_walk import WalkState
from pledgecard.extract.readers.struck import hwp_struck, struck_note

for _name in ("hwp5", "hwp5.binmodel", "hwp5.bintype", "hwp5.recordstream"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# Record tag ids (HWPTAG_BEGIN = 0x10).
TAG_NUMBERING = 0x10 + 7
TAG_BULLET = 0x10 + 8
TAG_PARA_SHAPE = 0x10 + 9
TAG_PARA_HEADER = 0x10 + 50
TAG_PARA_TEXT = 0x10 + 51
TAG_PARA_CHAR_SHAPE = 0x10 + 52
TAG_CHAR_SHAPE = 0x10 + 5
_BOLD = 1 << 1  # a char shape's attribute bit: bold
TAG_CTRL_HEADER = 0x10 + 55
TAG_LIST_HEADER = 0x10 + 56
TAG_SHAPE_COMPONENT = 0x10 + 60
TAG_TABLE = 0x10 + 61
_BODY_TAGS = frozenset(
    {
        TAG_PARA_HEADER,
        TAG_PARA_TEXT,
        TAG_PARA_CHAR_SHAPE,
        TAG_CTRL_HEADER,
        TAG_LIST_HEADER,
        TAG_SHAPE_COMPONENT,
        TAG_TABLE,
    }
)

# Control characters that stand for a control record (8 code units each in the text).
_EXTENDED = frozenset({1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23})
_CHARS = {9: "\t", 10: "\n", 24: "-", 30: "\u00a0", 31: " "}
_NOTES = frozenset({"fn  ", "en  "})  # footnote / endnote text follows its paragraph
_FURNITURE = frozenset({"head", "foot"})  # running header / footer: Document.furniture
# auto numbers (atno) whose stored number is printed where the control stands: the picture, table
# and equation numbers of captions (page and note numbers are not: a page's number is where it
# prints, a note's number is a superscript that would stick to the word before it)
_CAPTION_NUMBERS = frozenset({3, 4, 5})
_NOTE_NUMBERS = frozenset({1, 2})  # a footnote's / endnote's own number, opening the note's text


@dataclass(slots=True)
class _Node:
    model: dict[str, Any]
    children: list[_Node] = field(default_factory=list)

    @property
    def tag(self) -> int:
        return int(self.model.get("tagid", -1))

    @property
    def content(self) -> dict[str, Any]:
        return self.model.get("content") or {}


def read(data: bytes, *, path: str, limits: Limits) -> Document:
    """Read an HWP 5 file into a :class:`Document`; raises an ExtractError subclass on failure."""
    with reader_errors("HWP body"):
        return _read(data, path, limits)


def _read(data: bytes, path: str, limits: Limits) -> Document:
    box = open_container(data, limits)
    shapes = _char_shapes(box)  # parsed once for the fonts and the strikeouts (it was twice)
    walker = _Walker(*_para_shapes(box), fonts=_char_fonts(shapes))
    walker.struck_ids = _struck_shapes(shapes)
    blocks: list[Block] = []
    for index, section in enumerate(box.sections):
        roots = _tree(_models(section, box.version, _BODY_TAGS))
        blocks.extend(walker.section(index, roots))
    return Document(
        blocks=join_cut_tables(blocks),
        format="hwp",
        path=path,
        notes=list(box.notes) + struck_note(walker.struck),
        furniture=walker.furniture.finish(),
        struck=walker.struck,
    )


def _models(
    stream: bytes, version: tuple[int, int, int, int], tags: frozenset[int] | None = None
) -> list[dict[str, Any]]:
    """pyhwp models of the records of one stream, only those with a tag in ``tags`` when given.

    Dropping records is safe for leaves (line segments, char shapes, drawing geometry): the
    records that carry text keep their parents, which pyhwp needs to type list headers.
    """
    from hwp5 import bintype
    from hwp5.binmodel import parse_models
    from hwp5.recordstream import read_records

    if not logging.getLogger(bintype.__name__).isEnabledFor(logging.DEBUG):
        bintype.log_events = _unlogged
    records = read_records(io.BytesIO(stream))
    if tags is not None:
        records = (r for r in records if r["tagid"] in tags)
    return list(parse_models({"version": version}, records))


def _unlogged(events: Iterator[tuple[Any, Any]], log_fn: Any) -> Iterator[tuple[Any, Any]]:
    """pyhwp's ``bintype.log_events`` where its debug log is off (always, above): the events as
    they are. pyhwp formats a log line for every value it parses and hands it to a logger that
    drops it; that was some 15 % of the CPU of reading an HWP file."""
    return events


def _tree(models: list[dict[str, Any]]) -> list[_Node]:
    """Rebuild the record tree: a record's parent is the last record one level up."""
    roots: list[_Node] = []
    stack: list[tuple[int, _Node]] = []  # (level, node) of the open ancestors
    for m in models:
        node = _Node(m)
        level = int(m.get("level", 0))
        while stack and stack[-1][0] >= level:
            stack.pop()
        if stack:
            stack[-1][1].children.append(node)
        else:
            roots.append(node)
        stack.append((level, node))
    return roots


# paragraph head kinds (attribute bits 23-24 of a paragraph shape), and its level (bits 25-27)
_HEAD_OUTLINE, _HEAD_NUMBER, _HEAD_BULLET = 1, 2, 3
_NUMBERING_TAGS = frozenset({TAG_PARA_SHAPE, TAG_BULLET, TAG_NUMBERING})


def _para_shapes(box: HwpContainer) -> tuple[list[ParaShape], dict[int, list[Level]]]:
    """Each paragraph shape's left position and head (bullet glyph or numbering), by shape id, and the
    numbering definitions by id (1-based, as paragraph shapes and sections name them)."""
    if not box.docinfo:
        return [], {}
    try:
        models = _models(box.docinfo, box.version, _NUMBERING_TAGS)
    except Exception:  # noqa: BLE001 - indents then come from leading spaces only, no heads
        return [], {}
    bullets = [
        bullet_glyph((m.get("content") or {}).get("char")) for m in models if m.get("tagid") == TAG_BULLET
    ]
    numberings = [_levels(m.get("content") or {}) for m in models if m.get("tagid") == TAG_NUMBERING]
    out: list[ParaShape] = []
    for m in models:
        if m.get("tagid") != TAG_PARA_SHAPE:
            continue
        c = m.get("content") or {}
        # A negative indent hangs the following lines; the first line starts at the margin.
        margin = (int(c.get("doubled_margin_left", 0)) + max(int(c.get("indent", 0)), 0)) / 2
        flags = int(c.get("parashapeflags", 0))
        kind, level = (flags >> 23) & 3, (flags >> 25) & 7
        ref = int(c.get("numbering_bullet_id", 0) or 0)  # 1-based
        if kind == _HEAD_BULLET:
            out.append(ParaShape(margin, bullet=bullets[ref - 1] if 0 < ref <= len(bullets) else None))
        elif kind == _HEAD_NUMBER:
            out.append(ParaShape(margin, numbering=ref if ref > 0 else None, level=level))
        elif kind == _HEAD_OUTLINE:
            out.append(ParaShape(margin, numbering=OUTLINE, level=level))
        else:
            out.append(ParaShape(margin))
    return out, {k + 1: levels for k, levels in enumerate(numberings)}


def _char_shapes(box: HwpContainer) -> list[dict[str, Any]]:
    """The DocInfo's char shape records (DocInfo order: a char shape's id is its index); none where there is no
    DocInfo or pyhwp cannot parse it (no type nor strikeout then, as in a text dump)."""
    if not box.docinfo:
        return []
    try:
        return _models(box.docinfo, box.version, frozenset({TAG_CHAR_SHAPE}))
    except Exception:  # noqa: BLE001 - none then, as in a text dump
        return []


def _char_fonts(shapes: list[dict[str, Any]]) -> list[Font | None]:
    """Each char shape's type by id (:func:`_char_shapes`): its base size (hundredths of a point) in points, and
    whether it is bold (attribute bit 1)."""
    out: list[Font | None] = []
    for m in shapes:
        c = m.get("content") or {}
        size = int(c.get("basesize", 0) or 0)
        out.append(Font(size / 100, bool(int(c.get("charshapeflags", 0) or 0) & _BOLD)) if size else None)
    return out


def _struck_shapes(shapes: list[dict[str, Any]]) -> set[int]:
    """The ids (:func:`_char_shapes`) of the char shapes that print their characters struck through."""
    return {
        k
        for k, m in enumerate(shapes)
        if hwp_struck(int((m.get("content") or {}).get("charshapeflags", 0) or 0))
    }


def _struck_spans(node: _Node, struck_ids: set[int]) -> list[tuple[int, int]]:
    """The character positions ``[start, end)`` of the paragraph's runs in a struck char shape."""
    runs = next((c.content.get("charshapes") for c in node.children if c.tag == TAG_PARA_CHAR_SHAPE), None)
    if not runs or not struck_ids:
        return []
    out: list[tuple[int, int]] = []
    for k, (pos, ref) in enumerate(runs):
        if ref in struck_ids:
            out.append((int(pos), int(runs[k + 1][0]) if k + 1 < len(runs) else 1 << 30))
    return out


def _split_struck(rng: Any, text: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """A text chunk at ``rng`` (its first and end positions) parted into the characters kept and those
    struck through."""
    if not spans or not isinstance(rng, (tuple, list)) or len(rng) != 2:
        return text, ""
    start = int(rng[0])
    kept, struck = [], []
    for i, ch in enumerate(text):
        (struck if any(a <= start + i < b for a, b in spans) else kept).append(ch)
    return "".join(kept), "".join(struck)


def _levels(content: dict[str, Any]) -> list[Level]:
    """A NUMBERING record's levels: format, number shape (head attribute bits 5-8), start number
    (stored from HWP 5.0.3 on; 1 before)."""
    starts = list(content.get("unknown") or ())
    out: list[Level] = []
    for k, lv in enumerate(content.get("levels") or ()):
        start = int(starts[k]) if k < len(starts) else 1
        out.append(Level(str(lv.get("numbering_format") or ""), (int(lv.get("flags", 0)) >> 5) & 0xF, start))
    return out


class _Walker(WalkState[list[_Node]]):
    """Walks the record trees of the sections, numbering tables in document order."""

    def __init__(
        self,
        shapes: list[ParaShape],
        numberings: dict[int, list[Level]],
        fonts: list[Font | None] | None = None,
    ) -> None:
        super().__init__(numberings)
        self.shapes = shapes
        self.fonts = fonts or []
        self.struck_ids: set[int] = set()  # char shapes printing their characters struck through

    def section(self, index: int, roots: list[_Node]) -> list[Block]:
        out = BlockList()
        paras = [n for n in roots if n.tag == TAG_PARA_HEADER]
        self.outline = _outline(paras[0]) if paras else None
        for p_index, node in enumerate(paras):
            self._paragraph(node, out, Source(section=index, paragraph=p_index))
        return out.finish()

    def _shape(self, node: _Node) -> ParaShape:
        shape = node.content.get("parashape_id")
        if isinstance(shape, int) and 0 <= shape < len(self.shapes):
            return self.shapes[shape]
        return NO_SHAPE

    def _font(self, node: _Node) -> Font | None:
        """The type the paragraph's text starts in (its first char shape run)."""
        runs = next(
            (c.content.get("charshapes") for c in node.children if c.tag == TAG_PARA_CHAR_SHAPE), None
        )
        if not runs:
            return None
        ref = runs[0][1]
        return self.fonts[ref] if isinstance(ref, int) and 0 <= ref < len(self.fonts) else None

    def _paragraph(self, node: _Node, out: BlockList, src: Source) -> None:
        shape = self._shape(node)
        font = self._font(node)
        if font is not None:
            src = replace(src, font=font)
        para = ParagraphText(
            out,
            shape.margin,
            src,
            shape.bullet,
            self.numbers.head(shape.numbering, shape.level, self.outline),
        )
        buf, flush = para.buf, para.flush
        controls = [c for c in node.children if c.tag == TAG_CTRL_HEADER]
        after = BlockList()

        spans = _struck_spans(node, self.struck_ids)
        for rng, value in _chunks(node):
            if isinstance(value, str):
                kept, struck = _split_struck(
                    rng, value, spans
                )  # a superseded run: no content (readers/struck.py)
                buf.append(kept)
                if struck:
                    self.struck.append((struck, src))
                continue
            code = value.get("code")
            if code == 13:
                break
            if code in _CHARS:
                buf.append(_CHARS[code])
            elif code in _EXTENDED:
                ctrl = _take_control(controls, value.get("chid"))
                if ctrl is None:
                    continue
                chid = ctrl.content.get("chid")
                if chid == "tbl ":
                    flush()
                    self._table(ctrl, out, src)
                elif chid == "gso ":
                    flush()
                    for group in _lists(ctrl):
                        self._list(group, out, src)
                elif (
                    chid in _NOTES
                ):  # after its paragraph; in a cell, after the table (never in a figure's cell)
                    self.in_note += 1
                    for group in _lists(ctrl):
                        self._list(group, after if self.held is None else self.held, src)
                    self.in_note -= 1
                elif chid in _FURNITURE:
                    self._furniture(_lists(ctrl), src)
                elif chid == "atno":
                    buf.append(_auto_number(ctrl.content, self.in_note > 0))
                # page numbers, hidden comments, fields...: no text of their own
        flush()
        out.extend(after)

    def _list(self, paras: list[_Node], out: BlockList, src: Source) -> None:
        for p in paras:
            self._paragraph(p, out, src)

    def _table(self, ctrl: _Node, out: BlockList, src: Source) -> None:
        index = self.tables
        self.tables += 1
        n_rows = n_cols = 0
        caption: list[_Node] = []
        cells: list[tuple[dict[str, Any], list[_Node]]] = []
        current: list[_Node] | None = None
        for ch in ctrl.children:
            if ch.tag == TAG_TABLE:
                n_rows = int(ch.content.get("rows", 0) or 0)
                n_cols = int(ch.content.get("cols", 0) or 0)
                current = None
            elif ch.tag == TAG_LIST_HEADER:
                if "row" in ch.content and "col" in ch.content:
                    current = []
                    cells.append((ch.content, current))
                else:
                    current = caption
            elif ch.tag == TAG_PARA_HEADER and current is not None:
                current.append(ch)
        self._list(caption, out, src)

        def read_cells() -> list[RawCell]:
            raw_cells: list[RawCell] = []
            for info, paras in cells:
                blocks = BlockList()
                self._list(paras, blocks, src)
                raw_cells.append(
                    RawCell(
                        row=int(info.get("row", 0)),
                        col=int(info.get("col", 0)),
                        row_span=int(info.get("rowspan", 1) or 1),
                        col_span=int(info.get("colspan", 1) or 1),
                        blocks=blocks.finish(),
                    )
                )
            return raw_cells

        self._add_table(out, src, index, n_rows, n_cols, read_cells)


def _outline(first: _Node) -> int | None:
    """The outline numbering a section names in its definition (the ``secd`` control of its first
    paragraph)."""
    for ch in first.children:
        if ch.tag == TAG_CTRL_HEADER and ch.content.get("chid") == "secd":
            ref = int(ch.content.get("numbering_shape_id", 0) or 0)
            return ref or None
    return None


def _auto_number(content: dict[str, Any], in_note: bool = False) -> str:
    """A caption's auto number (type: attribute bits 0-3, number shape: bits 4-11), and in a note's text
    the note's own number with a space after it (it opens the note's line); else nothing."""
    flags = int(content.get("flags", 0) or 0)
    note = in_note and flags & 0xF in _NOTE_NUMBERS
    if flags & 0xF not in _CAPTION_NUMBERS and not note:
        return ""
    prefix, suffix = (_char(content.get(k)) for k in ("prefix", "suffix"))
    shown = auto_number(int(content.get("number", 0) or 0), (flags >> 4) & 0xFF, prefix, suffix) or ""
    return f"{shown} " if note and shown else shown


def _char(value: object) -> str:
    return chr(value) if isinstance(value, int) and 32 <= value < 0x110000 else ""


def _chunks(node: _Node) -> list[tuple[Any, Any]]:
    for ch in node.children:
        if ch.tag == TAG_PARA_TEXT:
            return list(ch.content.get("chunks") or [])
    return []


def _take_control(controls: list[_Node], chid: str | None) -> _Node | None:
    """The control record for the next control character (normally the first one left)."""
    if not controls:
        return None
    if chid is None or controls[0].content.get("chid") == chid:
        return controls.pop(0)
    for i, c in enumerate(controls):
        if c.content.get("chid") == chid:
            return controls.pop(i)
    return None


def _lists(node: _Node) -> list[list[_Node]]:
    """The paragraph lists under a shape or note: each list header with the paragraphs after it."""
    groups: list[list[_Node]] = []
    current: list[_Node] | None = None
    for ch in node.children:
        if ch.tag == TAG_LIST_HEADER:
            current = []
            groups.append(current)
        elif ch.tag == TAG_PARA_HEADER:
            if current is not None:
                current.append(ch)
        else:
            current = None
            groups.extend(_lists(ch))
    return groups
