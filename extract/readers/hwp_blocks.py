"""Shared building of document blocks for the HWP 5 and HWPX readers.

Both formats give the same things: paragraphs (raw text plus a left margin from the paragraph
shape) and tables (cells with row/column addresses and spans, holding paragraphs and nested
tables). This module turns those into :mod:`pledgecard.extract.document` blocks: it folds
white space, splits the bullet marker off the text (with the shared rules of
:mod:`pledgecard.extract.markers`) and ranks left positions into indent levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pledgecard.extract.document import Block, Cell, Paragraph, Source, Table, cell_address
from pledgecard.extract.markers import split_marker
from pledgecard.extract.typed_tables import typed_cells, typed_runs, typed_table

_SPACE_UNITS = 500  # HWPUNIT width of one leading space at 10 pt, to rank spaces against margins
_LEVEL_TOLERANCE = 300  # left positions closer than this (HWPUNIT) share an indent level
_WS = re.compile(r"\s+")


def fold(text: str) -> str:
    """Trim and fold every run of white space (tabs, no-break and ideographic spaces) to one space."""
    return _WS.sub(" ", text).strip()


def _leading_units(text: str) -> tuple[int, str]:
    """Width of the leading white space in spaces (a tab is 4, an ideographic space 2), and the rest."""
    n = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            return n, text[i:]
        n += 4 if ch == "\t" else 2 if ch == "\u3000" else 1
    return n, ""


@dataclass(frozen=True, slots=True)
class ParaShape:
    """What a paragraph shape says about a paragraph's text: where its first line starts, and the head
    Hangul draws before it: a bullet glyph (글머리표), or a number (문단 번호 / 개요 번호) counted in a
    numbering definition (:mod:`.hwp_numbering`)."""

    margin: float  # left position of the first line in HWPUNIT
    bullet: str | None = None
    numbering: int | None = None  # the numbering definition's id, OUTLINE for the section's outline one
    level: int = 0  # the numbered paragraph's level, 0-based


OUTLINE = -1
NO_SHAPE = ParaShape(0.0)


def bullet_glyph(value: object) -> str | None:
    """A bullet definition's character as a marker: none for a control, blank or missing one."""
    if isinstance(value, int):
        value = chr(value) if 0 < value < 0x110000 else None
    if isinstance(value, str) and len(value) == 1 and value.isprintable() and not value.isspace():
        return value
    return None


@dataclass(slots=True)
class RawParagraph:
    """A paragraph as read from the file, before folding and indent ranking."""

    text: str
    margin: float = 0.0  # left margin of the paragraph shape in HWPUNIT (0 when unknown)
    source: Source = field(default_factory=Source)
    # the head Hangul draws before the text from the paragraph shape, not in the text: a bullet glyph
    # (글머리표, the marker) or a number (문단 번호, read as if typed before the text)
    bullet: str | None = None
    number: str | None = None


def make_paragraph(raw: RawParagraph) -> tuple[Paragraph, float] | None:
    """A :class:`Paragraph` and its left position, or ``None`` for a blank paragraph."""
    spaces, rest = _leading_units(raw.text)
    if raw.bullet and rest.strip():
        return Paragraph(
            text=fold(rest), marker=raw.bullet, source=raw.source
        ), raw.margin + spaces * _SPACE_UNITS
    if raw.number and rest.strip():
        rest = f"{raw.number} {rest}"
    marker, text = split_marker(rest)
    text = fold(text)
    if not text:
        if marker is None:
            return None
        # A glyph alone is content, not a bullet: "-" in a money cell means zero.
        marker, text = None, fold(rest)
    return Paragraph(text=text, marker=marker, source=raw.source), raw.margin + spaces * _SPACE_UNITS


def assign_indents(items: list[tuple[Paragraph, float]]) -> list[Paragraph]:
    """Rank the distinct left positions of one list of paragraphs into levels 0, 1, 2, ..."""
    positions = sorted({pos for _, pos in items})
    levels: dict[float, int] = {}
    level = -1
    prev: float | None = None
    for pos in positions:
        if prev is None or pos - prev > _LEVEL_TOLERANCE:
            level += 1
            prev = pos
        levels[pos] = level
    for para, pos in items:
        para.indent = max(levels.get(pos, 0), 0)
    return [p for p, _ in items]


class BlockList:
    """Blocks of one text list (a section body, a cell, a text box) in reading order.

    Paragraphs are collected with their left position so that :meth:`finish` can rank indents
    within the list.
    """

    def __init__(self) -> None:
        self._items: list[tuple[Paragraph, float] | Table] = []
        self._typed: dict[int, list[str]] = {}  # an item's cells when its paragraph is typed with tabs

    def add_paragraph(self, raw: RawParagraph) -> None:
        made = make_paragraph(raw)
        if made is not None:
            cells = None if raw.bullet or raw.number else typed_cells(raw.text)
            if cells:
                self._typed[len(self._items)] = cells
            self._items.append(made)

    def add_table(self, table: Table) -> None:
        self._items.append(table)

    def extend(self, other: BlockList) -> None:
        base = len(self._items)
        self._typed.update({base + k: cells for k, cells in other._typed.items()})
        self._items.extend(other._items)

    def finish(self) -> list[Block]:
        paras = [it for it in self._items if isinstance(it, tuple)]
        assign_indents(paras)
        blocks: list[Block] = [it if isinstance(it, Table) else it[0] for it in self._items]
        runs = typed_runs([self._typed.get(k) for k in range(len(self._items))])
        for a, b in reversed(runs):  # a table typed as paragraphs at tab stops: a table again
            lines = [blocks[k] for k in range(a, b)]
            blocks[a:b] = [typed_table([self._typed[k] for k in range(a, b)], [x.source for x in lines])]
        return blocks


@dataclass(slots=True)
class RawCell:
    row: int
    col: int
    row_span: int
    col_span: int
    blocks: list[Block]


def make_table(table_index: int, cells: list[RawCell], n_rows: int, n_cols: int, source: Source) -> Table:
    """A :class:`Table` from raw cells; nested tables of a cell go to ``Cell.nested``."""
    out: list[Cell] = []
    for rc in cells:
        row, col = max(rc.row, 0), max(rc.col, 0)
        paragraphs = [b for b in rc.blocks if isinstance(b, Paragraph)]
        nested = [b for b in rc.blocks if isinstance(b, Table)]
        addr = cell_address(table_index, row, col)
        for p in paragraphs:
            p.source = _with_cell(p.source, addr)
        for t in nested:
            t.source = _with_cell(t.source, addr)
        out.append(
            Cell(
                row=row,
                col=col,
                text="\n".join(p.full_text for p in paragraphs),
                row_span=max(rc.row_span, 1),
                col_span=max(rc.col_span, 1),
                source=_with_cell(source, addr),
                paragraphs=paragraphs,
                nested=nested,
                blocks=list(rc.blocks),
            )
        )
    out.sort(key=lambda c: (c.row, c.col))
    rows = max([n_rows, *(c.row + c.row_span for c in out)])
    cols = max([n_cols, *(c.col + c.col_span for c in out)])
    return Table(cells=out, n_rows=rows, n_cols=cols, source=source)


def _with_cell(src: Source, addr: str) -> Source:
    return Source(section=src.section, paragraph=src.paragraph, page=src.page, cell=addr)


class ParagraphText:
    """One paragraph's text gathered run by run (``buf``), put into ``out`` as a :class:`RawParagraph` at each
    break (a table or a drawing it holds: :meth:`flush`) and at its end; the head its shape draws (``bullet``,
    ``number``) goes before its first line that prints only."""

    def __init__(
        self, out: BlockList, margin: float, src: Source, bullet: str | None, number: str | None
    ) -> None:
        self.out, self.margin, self.src = out, margin, src
        self.bullet, self.number = bullet, number
        self.buf: list[str] = []

    def flush(self) -> None:
        if self.buf:
            text = "".join(self.buf)
            self.out.add_paragraph(RawParagraph(text, self.margin, self.src, self.bullet, self.number))
            if text.strip():
                self.bullet = self.number = None  # drawn once, before the paragraph's first line
            self.buf.clear()
