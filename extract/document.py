"""The document model every reader produces and every section extractor reads.

A :class:`Document` is a list of blocks in reading order. A block is a :class:`Paragraph`
(one logical line of text, with its bullet marker and indent level) or a :class:`Table`
(a grid of :class:`Cell` objects with row/column spans). Every block and cell carries a
:class:`Source` that says where it came from: line numbers for text dumps, page and bounding
box for PDF, section/paragraph index and cell address for HWP and HWPX.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from pledgecard.extract.page_frames import Levelled

# The one list of formats (the record's source.format, pledgecard/record.py); each registered in formats.py.
from pledgecard.record import Format

FORMAT_NAMES: tuple[str, ...] = get_args(Format)


@dataclass(frozen=True, slots=True)
class Font:
    """The type a line is set in: its size in points, bold or not."""

    size: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Source:
    """Where a block or cell came from in the original file."""

    line_start: int | None = None  # 1-based, text dumps
    line_end: int | None = None
    page: int | None = None  # 1-based, PDF (and HWP/HWPX when known)
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom in PDF points
    section: int | None = None  # HWP/HWPX body section index
    paragraph: int | None = None  # paragraph index inside the section
    cell: str | None = None  # cell address such as "T3!B2" (table 3, column B, row 2)
    columns: tuple[int, int] | None = None  # text dumps: display-column range of a cell (start, end)
    # the type the text is set in, where the format tells it (HWPX charPr, HWP char shapes, PDF chars' font
    # and size): its size in points and whether it is bold; None for text dumps. No location: left out of
    # to_dict and describe
    font: Font | None = field(default=None, compare=False)
    # a text dump's line that is one cell of a table the dump printed a cell a line (a drawn grid's cell, a
    # Markdown row's cell, parted by the text reader): a cell, never a heading of the card's. No location
    # (the line says where): left out of to_dict and describe
    table_cell: bool = field(default=False, compare=False)

    def describe(self) -> str:
        """A short human-readable location: ``line 12-13``, ``page 2``, ``T3!B2``."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line_start is not None:
            if self.line_end is not None and self.line_end != self.line_start:
                parts.append(f"line {self.line_start}-{self.line_end}")
            else:
                parts.append(f"line {self.line_start}")
        if self.section is not None and self.paragraph is not None:
            parts.append(f"section {self.section} paragraph {self.paragraph}")
        if self.columns is not None:
            parts.append(f"columns {self.columns[0] + 1}-{self.columns[1]}")
        if self.cell:
            parts.append(f"cell {self.cell}")
        return ", ".join(parts)

    @classmethod
    def from_description(cls, text: str | None) -> Source:
        """The source :meth:`describe` printed as ``text``, every field it prints read back (``bbox`` it does not
        print); a run of descriptions (``line 1 .. line 3``) reads as its first page and its lines first to last.
        An empty source for none."""
        text = text or ""
        fields: dict[str, Any] = {}
        if m := _DESCRIBED_PAGE.search(text):
            fields["page"] = int(m.group(1))
        lines = [(int(a), int(b or a)) for a, b in _DESCRIBED_LINES.findall(text)]
        if lines:
            fields["line_start"], fields["line_end"] = lines[0][0], max(b for _, b in lines)
        if m := _DESCRIBED_PARAGRAPH.search(text):
            fields["section"], fields["paragraph"] = int(m.group(1)), int(m.group(2))
        if m := _DESCRIBED_COLUMNS.search(text):
            fields["columns"] = (int(m.group(1)) - 1, int(m.group(2)))
        if m := _DESCRIBED_CELL.search(text):
            fields["cell"] = m.group(1)
        return cls(**fields)

    def to_dict(self) -> dict[str, object]:
        return {
            k: getattr(self, k)
            for k in self.__slots__
            if getattr(self, k) is not None and k not in ("font", "table_cell")
        }


# what Source.describe prints, read back by Source.from_description
_DESCRIBED_LINES = re.compile(r"\bline (\d+)(?:-(\d+))?")
_DESCRIBED_PAGE = re.compile(r"\bpage (\d+)")
_DESCRIBED_PARAGRAPH = re.compile(r"\bsection (\d+) paragraph (\d+)")
_DESCRIBED_COLUMNS = re.compile(r"\bcolumns (\d+)-(\d+)")
_DESCRIBED_CELL = re.compile(r"\bcell (\S+?)(?:,|$|\s)")


@dataclass(slots=True)
class Paragraph:
    """One logical line of text: a heading, a bullet item or a plain line."""

    text: str  # without the bullet marker, white space folded
    marker: str | None = None  # the bullet glyph as printed (normalized lost glyphs to U+FFFD)
    indent: int = 0  # indent level: 0 = flush left, 1, 2, ... deeper
    source: Source = field(default_factory=Source)
    kind: Literal["paragraph"] = "paragraph"
    # a text dump's line as printed (its space runs kept, trailing ones too), when the paragraph is
    # that one line whole: a dump joining a row's cells with one space prints an empty cell as a
    # run of spaces, which ``text`` folds. None for other readers and joined lines.
    printed: str | None = None
    # the spaces such a dump printed before the line's first character, while ``printed`` is kept (a
    # dump joining a row's cells with one space prints a row's empty first cells as that many spaces)
    lead: int = 0
    # a text dump printed spaces after the line's last character (a marked line too, ``printed`` not kept):
    # the dump keeps trailing gaps, which most converters strip
    trailing_gap: bool = field(default=False, compare=False)
    # a paragraph joined from a text dump's wrapped lines: its first line as printed (space runs kept), where the
    # cells a row printed apart show (``2024년        10월   문화관광 연도별`` over ``운영 실적``); None otherwise
    first_printed: str | None = field(default=None, compare=False)

    @property
    def full_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


@dataclass(slots=True)
class Cell:
    """One cell of a table; a merged cell is stored once with its spans."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    source: Source = field(default_factory=Source)
    # Paragraphs inside the cell, for multi-paragraph cells and nested content (may be empty).
    paragraphs: list[Paragraph] = field(default_factory=list)
    nested: list[Table] = field(default_factory=list)
    # The cell's paragraphs and nested tables in reading order, where the reader knows it.
    blocks: list[Paragraph | Table] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    """A grid of cells. ``n_rows``/``n_cols`` count grid positions, not cells."""

    cells: list[Cell]
    n_rows: int
    n_cols: int
    source: Source = field(default_factory=Source)
    kind: Literal["table"] = "table"

    def cell_grid(self) -> list[list[Cell | None]]:
        """Rows of the cell standing at each grid position (a merged cell in every position it covers;
        None where no cell stands)."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, self.n_rows)):
                for k in range(c.col, min(c.col + c.col_span, self.n_cols)):
                    out[r][k] = c
        return out

    def grid(self) -> list[list[str]]:
        """Rows of cell texts; a merged cell repeats its text in every position it covers."""
        return [["" if c is None else c.text for c in row] for row in self.cell_grid()]

    def cell_at(self, row: int, col: int) -> Cell | None:
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None

    def text(self) -> str:
        return "\n".join(" ".join(t for t in row if t) for row in self.grid())


Block = Paragraph | Table


@dataclass(slots=True)
class Document:
    """A file read into blocks in reading order."""

    blocks: list[Block]
    format: Format
    path: str = ""
    sha256: str = ""
    n_pages: int | None = None
    notes: list[str] = field(default_factory=list)  # reader remarks, e.g. "distribution document"
    # page furniture the reader found as such (HWP/HWPX 머리말/꼬리말, the running header and footer of
    # every page), in document order and kept out of ``blocks``: it is no part of the reading order
    furniture: list[Block] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR
    # text dumps: line ranges (first, last) of aligned blocks the reader could not place in rows and
    # columns with certainty and kept as text rows (extract.table_unrecovered when no section reads them)
    unrecovered: list[tuple[int, int]] = field(default_factory=list)
    # text dumps: the line number each page after the first starts on (a form feed's, or after a page number
    # set off, extract/readers/text_page_cuts.py), in order; their blocks' sources name lines, no page
    page_starts: list[int] = field(default_factory=list)
    # text dumps: line ranges (first, last) of the dump's pages reading a sheet printed two pages side by side
    # across both (a plain pdftotext dump of a 2-up PDF, extract/readers/text_sheets_across.py): which page a
    # line is of the dump does not tell (extract.pages_interleaved on the cards printed there)
    read_across: list[tuple[int, int]] = field(default_factory=list)
    # text dumps: the lines of an item table's rows whose group cell (구분 amid the rows of a layout dump) the
    # geometry does not prove (extract/readers/text_group_cells.py): their items' group null (extract.group_unproven)
    groups_unproven: list[int] = field(default_factory=list)
    # runs of characters printed struck through (취소선: a revised card's superseded figures and words), which
    # the readers that can see a strikeout leave out of ``blocks`` (extract/readers/struck.py), with where
    struck: list[tuple[str, Source]] = field(default_factory=list)
    # PDF: the pages (their numbers in the file) read in a levelled frame (a searchable scan's, turned by its image's
    # deskew): the blocks' boxes are in that frame; what the extractor reports is turned back (extract/page_frames.py)
    frames: dict[int, Levelled] = field(default_factory=dict)

    def paragraphs(self) -> Iterator[Paragraph]:
        for b in self.blocks:
            if isinstance(b, Paragraph):
                yield b

    def tables(self) -> Iterator[Table]:
        for b in self.blocks:
            if isinstance(b, Table):
                yield b


def cell_address(table_index: int, row: int, col: int) -> str:
    """Spreadsheet-style cell address: table 3, row 1, column 1 -> ``T3!B2``."""
    letters = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"T{table_index}!{letters}{row + 1}"


_CELL = re.compile(r"^T(\d+)!([A-Z]+)(\d+)$")


def cell_parts(cell: str | None) -> tuple[int, int, int] | None:
    """``(table, row, col)`` of a cell address (rows and columns from 0), ``None`` for another text: the inverse
    of :func:`cell_address`.

    >>> cell_parts("T3!B2")
    (3, 1, 1)
    >>> cell_parts("T1!AA10")
    (1, 9, 26)
    """
    m = _CELL.match(cell or "")
    if not m:
        return None
    col = 0
    for ch in m.group(2):
        col = col * 26 + ord(ch) - 64
    return int(m.group(1)), int(m.group(3)) - 1, col - 1
