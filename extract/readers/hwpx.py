"""HWPX reader: the OWPML section XML walked into paragraphs and tables in reading order.

A section (``hs:sec``) is a list of ``hp:p`` paragraphs; a paragraph's ``hp:run`` elements hold
text (``hp:t``), tables (``hp:tbl`` with ``hp:tr``/``hp:tc``, ``hp:cellAddr``, ``hp:cellSpan``
and an ``hp:subList`` of paragraphs), drawing objects whose ``hp:drawText`` holds a text box,
and controls (``hp:ctrl``: headers, footers, page numbers, notes...). Elements are matched by
local name so that the 2011 and 2016 paragraph namespaces both read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from pledgecard.errors import DamagedFileError
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
from pledgecard.extract.readers.hwp_numbering import SHAPE_NAMES, Level, auto_number
from pledgecard.extract.readers.hwp_walk import WalkState
from pledgecard.extract.readers.hwpx_package import HwpxPackage
from pledgecard.extract.readers.struck import hwpx_struck, struck_note

# Drawing objects that can carry a text box (hp:drawText) or hold other drawing objects.
_SHAPES = frozenset(
    {"rect", "ellipse", "arc", "polygon", "curve", "connectLine", "line", "container", "textart"}
)
_NOTES = frozenset({"footNote", "endNote"})
_FURNITURE = frozenset({"header", "footer"})  # running header / footer: Document.furniture
# auto numbers (hp:autoNum) whose stored number is printed where they stand: captions' picture, table
# and equation numbers (not page or note numbers, see the HWP reader)
_CAPTION_NUMBERS = frozenset({"PICTURE", "TABLE", "EQUATION"})
_NOTE_NUMBERS = frozenset({"FOOTNOTE", "ENDNOTE"})  # a note's own number, opening the note's text
# Children of hp:t that stand for characters.
_T_CHARS = {"tab": "\t", "lineBreak": "\n", "hyphen": "-", "nbSpace": "\u00a0", "fwSpace": " "}


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rpartition("}")[2]


def read(data: bytes, *, path: str, limits: Limits) -> Document:
    """Read an HWPX file into a :class:`Document`; raises an ExtractError subclass on failure."""
    with reader_errors("HWPX body"):
        return _read(data, path, limits)


def _read(data: bytes, path: str, limits: Limits) -> Document:
    pkg = HwpxPackage(data, limits)
    try:
        pkg.check_kind()
        walker = _Walker(*_para_shapes(pkg), fonts=_char_fonts(pkg))
        walker.struck_ids = _struck_chars(pkg)
        blocks: list[Block] = []
        for index, name in enumerate(pkg.section_names()):
            blocks.extend(walker.section(index, pkg.xml(name)))
    finally:
        pkg.close()
    return Document(
        blocks=join_cut_tables(blocks),
        format="hwpx",
        path=path,
        furniture=walker.furniture.finish(),
        struck=walker.struck,
        notes=struck_note(walker.struck),
    )


def _para_shapes(pkg: HwpxPackage) -> tuple[dict[str, ParaShape], dict[int, list[Level]]]:
    """Each paragraph shape's (``hh:paraPr``) first-line position and head (bullet glyph or
    numbering), by id, and the numbering definitions (``hh:numbering``) by id."""
    name = next((n for n in pkg.entries if n.lower() == "contents/header.xml"), None)
    if name is None:
        return {}, {}
    try:
        root = pkg.xml(name)
    except DamagedFileError:
        return {}, {}  # indents then come from leading spaces only
    bullets = {
        b.get("id"): bullet_glyph(b.get("char")) for b in root.iter("{*}bullet") if b.get("useImage") != "1"
    }
    out: dict[str, ParaShape] = {}
    for pr in root.iter("{*}paraPr"):
        if pr.get("id") is None:
            continue
        margins = list(pr.iter("{*}margin"))
        # hp:switch keeps a version-specific hp:case and the hp:default every reader understands. The
        # default (and a margin outside a switch) is in the unit of the 2011 format, half an HWPUNIT:
        # Hangul writes 2000 there and 1000 in its HwpUnitChar case, and 2000 in the HWP 5 file's
        # doubled margin. Halved, positions are the HWP reader's, in HWPUNIT like leading spaces.
        chosen = next(
            (m for m in margins if _local(m.getparent()) == "default"), margins[0] if margins else None
        )
        values = {_local(v): _int(v.get("value")) for v in chosen} if chosen is not None else {}
        margin = (values.get("left", 0) + max(values.get("intent", 0), 0)) / 2
        # a heading in an hp:switch's case (Hangul's newer kinds, outline levels past 7) wins over the
        # paraPr's own, which is its fallback for older readers
        headings = list(pr.iter("{*}heading"))
        heading = next(
            (h for h in headings if _local(h.getparent()) == "case"), headings[0] if headings else None
        )
        kind = heading.get("type") if heading is not None else None
        if heading is None or kind not in ("BULLET", "NUMBER", "OUTLINE"):
            out[pr.get("id")] = ParaShape(margin)
        elif kind == "BULLET":
            out[pr.get("id")] = ParaShape(margin, bullet=bullets.get(heading.get("idRef")))
        else:
            ref = OUTLINE if kind == "OUTLINE" else _int(heading.get("idRef")) or None
            out[pr.get("id")] = ParaShape(margin, numbering=ref, level=_int(heading.get("level")))
    return out, {_int(n.get("id")): _levels(n) for n in root.iter("{*}numbering") if n.get("id")}


def _char_fonts(pkg: HwpxPackage) -> dict[str, Font]:
    """Each character shape's (``hh:charPr``) type by id: its height (hundredths of a point) in points,
    and whether it is bold (an ``hh:bold`` child)."""
    name = next((n for n in pkg.entries if n.lower() == "contents/header.xml"), None)
    if name is None:
        return {}
    try:
        root = pkg.xml(name)
    except DamagedFileError:
        return {}
    return {
        pr.get("id"): Font(_int(pr.get("height")) / 100, any(True for _ in pr.iterchildren("{*}bold")))
        for pr in root.iter("{*}charPr")
        if pr.get("id") is not None and _int(pr.get("height"))
    }


def _struck_chars(pkg: HwpxPackage) -> set[str]:
    """The ids of the character shapes (``hh:charPr``) that draw a line through their text (an
    ``hh:strikeout`` whose shape is not ``NONE``)."""
    name = next((n for n in pkg.entries if n.lower() == "contents/header.xml"), None)
    if name is None:
        return set()
    try:
        root = pkg.xml(name)
    except DamagedFileError:
        return set()
    return {
        pr.get("id")
        for pr in root.iter("{*}charPr")
        if pr.get("id") is not None
        and any(hwpx_struck(s.get("shape")) for s in pr.iterchildren("{*}strikeout"))
    }


def _levels(numbering: etree._Element) -> list[Level]:
    """A numbering definition's levels (``hh:paraHead``, ``level`` 1-based) in level order; a level
    it leaves out draws nothing."""
    heads = {_int(h.get("level")): h for h in numbering.iter("{*}paraHead")}
    out: list[Level] = []
    for k in range(1, max(heads, default=0) + 1):
        h = heads.get(k)
        if h is None:
            out.append(Level("", -1))
        else:
            out.append(
                Level(h.text or "", SHAPE_NAMES.get(h.get("numFormat") or "", -1), _int(h.get("start", 1)))
            )
    return out


def _int(value: str | None) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


class _Walker(WalkState[etree._Element]):
    """Walks the section trees, numbering tables in document order."""

    def __init__(
        self,
        shapes: dict[str, ParaShape],
        numberings: dict[int, list[Level]],
        fonts: dict[str, Font] | None = None,
    ) -> None:
        super().__init__(numberings)
        self.shapes = shapes
        self.fonts = fonts or {}
        self.struck_ids: set[str] = set()  # character shapes printing their text struck through

    def section(self, index: int, root: etree._Element) -> list[Block]:
        out = BlockList()
        sec_pr = next(root.iter("{*}secPr"), None)
        self.outline = (_int(sec_pr.get("outlineShapeIDRef")) or None) if sec_pr is not None else None
        for p_index, p in enumerate(root.iterchildren("{*}p")):
            self._paragraph(p, out, Source(section=index, paragraph=p_index))
        return out.finish()

    def _paragraph(self, p: etree._Element, out: BlockList, src: Source) -> None:
        shape = self.shapes.get(p.get("paraPrIDRef") or "", NO_SHAPE)
        font = self._font(p)
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
        after = BlockList()

        for run in p.iterchildren("{*}run"):
            self._run_items(run, buf, flush, out, after, src)
        flush()
        out.extend(after)

    def _font(self, p: etree._Element) -> Font | None:
        """The type of the paragraph's first run that prints text (its own runs, not a table's)."""
        for run in p.iterchildren("{*}run"):
            if any((t.text or "").strip() or len(t) for t in run.iterchildren("{*}t")):
                return self.fonts.get(run.get("charPrIDRef") or "")
        return None

    def _run_items(
        self,
        run: etree._Element,
        buf: list[str],
        flush: Callable[[], None],
        out: BlockList,
        after: BlockList,
        src: Source,
    ) -> None:
        """The contents of one ``hp:run`` (or of the chosen branch of an ``hp:switch``)."""
        struck = (run.get("charPrIDRef") or "") in self.struck_ids
        for el in run:
            name = _local(el)
            if name == "t" and struck:  # a superseded run: no content (readers/struck.py)
                self.struck.append((_t_text(el), src))
            elif name == "t":
                buf.append(_t_text(el))
            elif name == "tbl":
                flush()
                self._table(el, out, src)
            elif name in _SHAPES:
                flush()
                for sub in _shape_lists(el):
                    self._list(sub, out, src)
            elif name == "ctrl":
                for c in el:
                    if (
                        _local(c) in _NOTES
                    ):  # after its paragraph; in a cell, after the table (never in a figure's cell)
                        self.in_note += 1
                        for sub in c.iterchildren("{*}subList"):
                            self._list(sub, after if self.held is None else self.held, src)
                        self.in_note -= 1
                    elif _local(c) in _FURNITURE:
                        self._furniture(list(c.iterchildren("{*}subList")), src)
                    elif _local(c) == "autoNum" and c.get("numType") in _CAPTION_NUMBERS:
                        buf.append(_auto_number(c))
                    elif _local(c) == "autoNum" and self.in_note and c.get("numType") in _NOTE_NUMBERS:
                        buf.append(f"{_auto_number(c)} ".lstrip())
            elif name == "switch":
                branch = _switch_branch(el)
                if branch is not None:
                    self._run_items(branch, buf, flush, out, after, src)
            # secPr, pic, equation, ole, chart, page numbers...: no text of their own

    def _list(self, sub_list: etree._Element, out: BlockList, src: Source) -> None:
        for p in sub_list.iterchildren("{*}p"):
            self._paragraph(p, out, src)

    def _table(self, tbl: etree._Element, out: BlockList, src: Source) -> None:
        index = self.tables
        self.tables += 1
        for cap in tbl.iterchildren("{*}caption"):
            for sub in cap.iterchildren("{*}subList"):
                self._list(sub, out, src)
        self._add_table(
            out,
            src,
            index,
            _int(tbl.get("rowCnt")),
            _int(tbl.get("colCnt")),
            lambda: [
                self._cell(tc, r, c, src)
                for r, tr in enumerate(tbl.iterchildren("{*}tr"))
                for c, tc in enumerate(tr.iterchildren("{*}tc"))
            ],
        )

    def _cell(self, tc: etree._Element, row: int, col: int, src: Source) -> RawCell:
        row_span = col_span = 1
        blocks = BlockList()
        for el in tc:
            name = _local(el)
            if name == "cellAddr":
                row = _int(el.get("rowAddr", row))
                col = _int(el.get("colAddr", col))
            elif name == "cellSpan":
                row_span = _int(el.get("rowSpan", 1)) or 1
                col_span = _int(el.get("colSpan", 1)) or 1
            elif name == "subList":
                self._list(el, blocks, src)
        return RawCell(row=row, col=col, row_span=row_span, col_span=col_span, blocks=blocks.finish())


def _auto_number(el: etree._Element) -> str:
    fmt = next(el.iterchildren("{*}autoNumFormat"), None)
    shape = SHAPE_NAMES.get(fmt.get("type") or "DIGIT", -1) if fmt is not None else 0
    prefix = (fmt.get("prefixChar") or "") if fmt is not None else ""
    suffix = (fmt.get("suffixChar") or "") if fmt is not None else ""
    return auto_number(_int(el.get("num")), shape, prefix, suffix) or ""


def _t_text(t: etree._Element) -> str:
    parts = [t.text or ""]
    for child in t:
        parts.append(_T_CHARS.get(_local(child), ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _switch_branch(switch: etree._Element) -> etree._Element | None:
    cases = [el for el in switch if _local(el) in ("case", "default")]
    return next((el for el in cases if _local(el) == "default"), cases[0] if cases else None)


def _shape_lists(shape: etree._Element) -> list[etree._Element]:
    """The text lists (``hp:subList``) of a drawing object and of the objects grouped in it."""
    out: list[etree._Element] = []
    for el in shape:
        name = _local(el)
        if name == "drawText":
            out.extend(sub for sub in el if _local(sub) == "subList")
        elif name in _SHAPES:
            out.extend(_shape_lists(el))
        elif name == "switch":
            branch = _switch_branch(el)
            if branch is not None:
                out.extend(_shape_lists(branch))
    return out
