"""Flatten a Document into the items the section extractors read: lines and tables.

Readers of page formats keep sections inside tables; a common template lays a card out as a
two-column table with the section label on the left and its content on the right. Such rows are
unpacked here into a heading line followed by the content cell's paragraphs and nested tables,
so that the section extractors see the same stream whatever the format or template.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table
from pledgecard.extract.glued_titles import glued_known_title, glued_titles
from pledgecard.extract.heading_numbers import glued_number, heading_number, number_spaced, titleish
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.item_heads import item_columns, part_columns
from pledgecard.extract.labels import find_labels, header_field_of, is_title, section_of
from pledgecard.extract.markers import FRAMED_LINE, is_numbering, split_marker
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.text import is_syllable


@dataclass(slots=True)
class Line:
    text: str
    marker: str | None
    indent: int
    source: Source
    heading: bool = False  # came from a table's label cell
    printed: str | None = None  # a text dump's line as printed, space runs kept (Paragraph.printed)

    @property
    def full_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


Item = Line | Table


def _lines_of(paras: list[Paragraph], fallback: Source) -> list[Line]:
    out: list[Line] = []
    for p in paras:
        marker, text = (p.marker, p.text) if p.marker else split_marker(p.text)
        if marker is None and (glued := glued_number(text) or glued_known_title(text)) is not None:
            marker, text = glued  # a heading number run into its title (1.사업개요): as printed spaced
        if text or marker:
            src = p.source if p.source != Source() else fallback
            line = Line(text=" ".join(text.split()), marker=marker, indent=p.indent, source=src)
            if out and _closes_open_paren(out[-1], line):  # a hard-wrapped line inside a cell
                out[-1].text = glue(out[-1].text, line.text)
                continue
            out.append(line)
    return out


def _lines_of_cell(cell: Cell) -> list[Line]:
    paras = cell.paragraphs or [
        Paragraph(text=t, source=cell.source) for t in cell.text.split("\n") if t.strip()
    ]
    return _lines_of(paras, cell.source)


def cell_lines(cell: Cell) -> list[Line]:
    """A cell's lines, each with its own marker (a bullet, a note's ``*``)."""
    return _lines_of_cell(cell)


def _row_cells(table: Table, row: int, col0: int = 0) -> list[Cell]:
    return sorted((c for c in table.cells if c.row == row and c.col >= col0), key=lambda c: c.col)


def _label_cell(table: Table, row: int) -> Cell | None:
    """The first cell of a row, when it names a section (or, inside the achievements, a block:
    ``기 추진실적``, ``《2024년 4분기 현재》``) and other cells hold its content."""
    cells = _row_cells(table, row)
    if len(cells) < 2:
        return None
    above = table.cell_at(row, 0) if cells[0].col > 0 else None
    if above is not None and above.row < row:
        return None  # a sub-label under a label spanning rows (사업개요 over 사업기간 / 사업내용)
    pieces = _label_pieces(table, cells)
    if pieces is not None:
        return pieces  # a label a page break cut in two cells beside one content cell (성/과 + 목/표)
    label = _label_text(cells[0].text)
    bare = split_marker(label)[1]  # a label cell may carry its heading marker (■ 사업 개요, 1. 추진실적)
    if section_of(label) is None and section_of(bare) is None and not _is_group_label(label) \
            and not _numbered_title(label) and not _numbered_title(bare):
        return None
    if _item_date(table, row, cells[0]):
        return None
    if bare == label.strip() and header_field_of(label) and all(
            "\n" not in c.text.strip() and len(c.text) <= 30 for c in cells[1:]):
        return None  # 추진상황 | 이행후 계속추진: a header label (that also names a section) and its value
    if _column_head(table, cells):
        return None
    if _under_header_labels(table, row, cells):
        return None  # 기준일 | 실천목표 over 2024. 3/4분기 현재 | 2026년 완료: the labels' values, a date first
    if row == 0 and len(cells) >= 4 and all("\n" not in c.text.strip() and len(c.text) <= 20 for c in cells[1:]):
        return None  # 성과지표 | 2024년 목표 | 실적 | 추진상황: the first of a data table's column heads
    return cells[0]


def _item_date(table: Table, row: int, cell: Cell) -> bool:
    """A cell under the date column's head of items printed as a table (추진일자 | 추진내용 | 비고) printing
    a date alone, an end word closing it or not (``'23. 3월말``): that row's date, no block label (a block
    label there states its reporting point with an as-of word: ``2024년 4분기 현재``)."""
    cols = item_columns(table.grid()[0]) if row > 0 else None
    text = " ".join(cell.text.split())
    return cols is not None and cols[0] == cell.col and is_date(text) and not re.search(
        current().alternation("as_of"), text)


def _label_pieces(table: Table, cells: list[Cell]) -> Cell | None:
    """A section label cut into cells of the label column down the rows of one content cell beside
    it (a page break cut the label cell, drawn closed on both pages, while the content cell went on:
    ``성 과`` over ``목 표`` beside the goal table): the pieces as one label cell spanning the content's
    rows, when the pieces joined name a section and the first alone does not, or the first leaves a
    bracket open (``투자계획(단`` over ``위:백만원)``: a unit statement cut); else None."""
    if len(cells) != 2:
        return None
    first, content = cells
    below = first.row + first.row_span
    open_bracket = first.text.rfind("(") > first.text.rfind(")")  # 투자계획(단 over 위:백만원): it goes on
    if content.row != first.row or content.row_span <= first.row_span or (
            _label_names_section(first.text) and not open_bracket):
        return None
    pieces = [first]
    for r in range(below, content.row + content.row_span):
        row = _row_cells(table, r)
        if not row:
            continue
        if len(row) != 1 or (row[0].col, row[0].col_span) != (first.col, first.col_span):
            return None
        pieces.append(row[0])
    text = " ".join(" ".join(p.text.split()) for p in pieces)
    if len(pieces) < 2 or not _label_names_section(text):
        return None
    return replace(first, text=text, row_span=content.row_span, paragraphs=[])


def _label_text(text: str) -> str:
    """A label cell's text on one line: a label printed a letter a line (Ⅲ / ) / 투 / 자 / 계 / 획)
    has its letters joined into words, naming its section as printed across (Ⅲ)투자계획); a heading number
    so joined to its title gets its space back (제 / 1 / 장 / 사 / 업 ...: 제1장 사업개요), and a glyph on a line of
    its own before them stays apart, the heading's marker (▤ / 1 / . / 사 / 업 ...: ▤ 1.사업개요)."""
    letters = _letter_lines(text)
    if not letters:
        return " ".join(text.split())
    if unicodedata.category(letters[0]).startswith("S"):
        return f"{letters[0]} {number_spaced(''.join(letters[1:]))}"
    return number_spaced("".join(letters))


def _letter_lines(text: str) -> list[str]:
    """The lines of a text printed a letter a line, three or more (else none)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return lines if len(lines) >= 3 and all(len(ln) == 1 for ln in lines) else []


def _label_names_section(text: str) -> bool:
    """A label naming a section, bare or after its heading marker (Ⅲ) 투자계획), its words spaced or
    its letters (a label printed a letter a line: Ⅲ ) 투 자 계 획)."""
    return any(section_of(label) is not None or section_of(split_marker(label)[1]) is not None
               for label in (" ".join(text.split()), "".join(text.split())))


def _under_header_labels(table: Table, row: int, cells: list[Cell]) -> bool:
    """Whether a row is the values of a row of header labels above it: the row above has a cell in
    every column this row has one (the same columns and spans), two or more of them header labels
    and the others short words without a figure (a label no vocabulary knows)."""
    above = _row_cells(table, row - 1) if row > 0 else []
    if len(above) != len(cells) or any((a.col, a.col_span) != (c.col, c.col_span) for a, c in zip(above, cells,
                                                                                                  strict=True)):
        return False
    known = [a for a in above if header_field_of(" ".join(a.text.split()))]
    return len(known) >= 2 and len(above) - len(known) <= 1 and all(
        len("".join(a.text.split())) <= 8 and not any(ch.isdigit() for ch in a.text) for a in above)


def _bare_label_rows(table: Table) -> dict[int, Cell]:
    """The label cells of a body table none of whose labels a vocabulary names: rows below the
    table's top whose first cell is a short title (no digit, no colon) and whose other cell, reaching
    the table's right edge, holds the section's lines or tables (several paragraphs, or a nested
    table), or whose first cell spans rows split by a second label column; three or more such rows
    whose content cells start at one column."""
    found: dict[int, Cell] = {}
    starts: set[int] = set()
    for r in range(table.n_rows):
        cells = _row_cells(table, r)
        if len(cells) < 2 or cells[0].col != 0 or not titleish(" ".join(cells[0].text.split())) \
                or len(cells[0].text.strip()) < 2:
            continue
        first, content = cells[0], cells[-1]
        rich = bool(content.nested) or len(content.paragraphs) > 1 or _vertical(first)
        if len(cells) == 2 and rich and content.col + content.col_span == table.n_cols:
            found[r], _ = first, starts.add(content.col)
        elif first.row_span >= 2 and len(cells) == 3 and all(
                len(_row_cells(table, k)) == 2 for k in range(r + 1, r + first.row_span)) \
                and not _header_group(table, r, first.row_span):
            found[r], _ = first, starts.add(cells[-1].col)  # a label over sub-label rows
    # (or every row's label set vertically: the rows a page break carried off the card's body table)
    every = len(found) == table.n_rows and all(_vertical(c) for c in found.values())
    return found if (len(found) >= 3 or every) and len(starts) == 1 else {}


def _header_group(table: Table, r: int, span: int) -> bool:
    """Whether the sub-labels beside a label spanning rows ``r`` .. ``r + span`` are header labels, all
    but at most one (``담 당`` over ``부서`` / ``성명`` / ``전화``): a group of the header's fields, no section."""
    subs = [_row_cells(table, r)[1], *(_row_cells(table, k)[0] for k in range(r + 1, r + span))]
    known = sum(1 for c in subs if header_field_of(" ".join(c.text.split())))
    return known >= 2 and known >= len(subs) - 1


def _vertical(cell: Cell) -> bool:
    """A label cell set one syllable a line (``앞`` / ``으`` / ``로`` / ``의`` / ``과`` / ``제``), three or more."""
    letters = _letter_lines(cell.text)
    return bool(letters) and all(is_syllable(ln) for ln in letters)


def _column_head(table: Table, cells: list[Cell]) -> bool:
    """Whether a row's first cell naming a section (``성과지표``) is the head of a grid's first
    column: the row is three cells or more (column heads, not a label beside its content) and every
    row under the cell's span, to the end of the table, prints a cell of words in its column that
    names no section (the grid's row labels: ``청년주택 공급``; a row label spanning rows, ``국비`` over
    its 당초 / 변경 rows, stands for each of them)."""
    first = cells[0]
    end = first.row + max(1, first.row_span)
    if (len(cells) < 3 and not _two_row_head(table, cells)) or end >= table.n_rows:
        return False
    for r in range(end, table.n_rows):
        own = table.cell_at(r, first.col)
        if own is None or own.col != first.col or len(_row_cells(table, r)) < 2:
            return False
        text = " ".join(own.text.split())
        if not text or section_of(text) is not None or section_of(split_marker(text)[1]) is not None \
                or _is_group_label(text) or _numbered_title(text):
            return False
    return True


def _two_row_head(table: Table, cells: list[Cell]) -> bool:
    """Whether a row of two cells is the top of a grid's two head rows: its first cell spans both,
    the second spans two columns or more, and the row under it holds exactly the sub-heads under the
    second (추진계획 | 2025년 over 1/4 .. 4/4), each short, one column wide."""
    if len(cells) != 2:
        return False
    first, span = cells
    if first.row_span != 2 or span.col_span < 2 or span.row_span != 1:
        return False
    subs = _row_cells(table, first.row + 1)
    return len(subs) == span.col_span and all(
        c.col_span == 1 and span.col <= c.col < span.col + span.col_span and len(c.text.strip()) <= 6 for c in subs)


def _numbered_title(text: str) -> bool:
    """A label cell numbered as a heading around a short title (``가. 사업의 주요 골자``): a section
    label whatever its words (extract/content_kinds.py names the section by its content)."""
    hn = heading_number(" ".join(text.split()))
    return hn is not None and titleish(hn[2])


def _is_group_label(text: str) -> bool:
    t = " ".join(text.split())
    vocab = current()
    if re.match(f"^(?:{vocab.pattern('as_of', 'prior_achievements')})", t):
        return True
    g = parse_group_heading(t) if len(t) <= 40 else None
    # a block name in words (not a bare year mark such as <2023> of a goals table)
    return g is not None and bool(re.search(r"[가-힣]{2,}", vocab.year_re.sub("", g[0])))


def _heading_cell(table: Table, row: int) -> Cell | None:
    """A row of one cell whose first line is a section heading (``□ 사업개요`` across the table), or
    a title bar: the cell holds nothing but a numbered title (``[1] 사업의 주요 골자`` over the rows of
    its box), whatever its words (extract/content_kinds.py names the section by its content)."""
    cells = _row_cells(table, row)
    if len(cells) != 1:
        return None
    own = cells[0]
    if own.row_span >= 2 and any(own.row < c.row < own.row + own.row_span and c.col > own.col for c in table.cells):
        return None  # a corner cell over the rows beside it (a grid's head spanning its head rows)
    lines = _lines_of_cell(cells[0])
    if not lines or section_of(lines[0].text) is None and not _title_bar(table, row, cells[0], lines):
        return None
    return cells[0]


def _title_bar(table: Table, row: int, cell: Cell, lines: list[Line]) -> bool:
    """A cell across the table holding one title line alone, shaped as a heading (numbered, after a
    heading glyph, or framed by brackets: ``[1] 사업의 주요 골자``, ``■ 돈이 드는 곳``, ``【 지표 점검 】``),
    with rows of the table below it (a box's title bar: its content in the rows under it)."""
    if len(lines) != 1 or cell.nested or row + max(1, cell.row_span) >= table.n_rows:
        return False
    line = lines[0]
    framed = FRAMED_LINE.match(line.full_text) if line.marker is None else None
    title = framed.group("body") if framed else line.text
    shaped = _numbered_title(line.full_text) or bool(framed) or _glyphed(line) or _box_below(table, row, cell)
    return shaped and titleish(title) and re.search(r"[가-힣]", title) is not None


def _box_below(table: Table, row: int, cell: Cell) -> bool:
    """The row under a cell is one cell across the table holding a section's lines or tables (several
    paragraphs, or a nested table): the cell above, a bare title alone, is its box's title bar."""
    below = _row_cells(table, row + max(1, cell.row_span))
    return len(below) == 1 and below[0].col_span >= table.n_cols and (bool(below[0].nested) or len(below[0].paragraphs) > 1)


def _glyphed(line: Line) -> bool:
    """A line after a glyph (no numbering): a heading glyph (■ ▶) or one that bullets items too (◆ ●)."""
    return line.marker is not None and not is_numbering(line.marker) and len(line.marker) == 1 \
        and not line.marker.isalnum()


def _cell_items(cell: Cell) -> list[Item]:
    """A cell's lines and nested tables, in reading order when the reader recorded it."""
    if cell.blocks and any(isinstance(b, Table) for b in cell.blocks):
        items: list[Item] = []
        for b in cell.blocks:
            items.extend(unpack_table(b) if isinstance(b, Table) else _lines_of([b], cell.source))
        return items
    items = list(_lines_of_cell(cell))
    for nested in cell.nested:
        items.extend(unpack_table(nested))
    return items


def _region_items(table: Table, r0: int, r1: int, col0: int, head: int | None = None) -> list[Item]:
    """Rows r0..r1 from column col0 on: a row of one cell gives its lines (and nested tables);
    consecutive rows of several cells stay together as one table (under the table's row ``head``,
    the column heads above every block, when given)."""
    items: list[Item] = []
    grid_start: int | None = None
    for r in range(r0, r1 + 1):
        cells = _row_cells(table, r, col0) if r < r1 else []
        if cells and all(_blank(c) for c in cells):
            cells = []  # an empty row (a spreadsheet's spacer row): it parts the tables around it
        lone = _indented_cell(table, cells)
        if lone is not None:
            cells = [lone]  # a line indented by empty cells before it: its lines
        single = len(cells) == 1 and (cells[0].col_span >= table.n_cols - col0 or cells[0].nested
                                      or len(cells[0].paragraphs) > 1 or lone is not None)
        if r == r1 or single or not cells:
            if grid_start is not None:
                items.append(_sub_table(table, grid_start, r, col0, head))
                grid_start = None
            if r < r1 and cells:
                items.extend(_cell_items(cells[0]))
        elif grid_start is None:
            grid_start = r
    return items


def _blank(cell: Cell) -> bool:
    """A cell printing nothing: no text, no nested table, no paragraph with text (a reader may keep a cell's
    lines only as its paragraphs)."""
    return not cell.text.strip() and not cell.nested and not any(p.text.strip() for p in cell.paragraphs)


def _indented_cell(table: Table, cells: list[Cell]) -> Cell | None:
    """The one cell of a row holding text when the cells before it are empty and narrower than it and
    it reaches the table's right edge: a line (or an item with the lines under it) indented by empty
    cells, as a spreadsheet indents a line by leaving its first column empty."""
    if len(cells) < 2 or not all(_blank(c) for c in cells[:-1]):
        return None
    last = cells[-1]
    before = sum(c.col_span for c in cells[:-1])
    if _blank(last) or last.col + last.col_span < table.n_cols or before > last.col_span:
        return None
    if any(c.row_span > 1 for c in cells):
        return None
    return last


def unpack_table(table: Table) -> list[Item]:
    """Unpack tables that hold the card's sections: label|content rows (the label on the left,
    possibly spanning rows), full-width heading rows (``□ 사업개요``), and one-cell boxes. Any
    other table is kept whole."""
    if table.n_rows == 1 and table.n_cols == 1 and len(table.cells) == 1:
        return _cell_items(table.cells[0])  # a card (or part of it) drawn inside a frame
    if table.n_rows > 1 and part_columns(table.grid()[0]) is not None:
        return [table]  # a log table (연도 | 월 | 추진내용): a content cell opening with a section word is a row
    panes = _side_by_side(table) or _title_beside_box(table) or _section_columns(table)
    if panes is not None:
        return panes
    starts = [r for r in range(table.n_rows) if _label_cell(table, r) or _heading_cell(table, r)]
    bare = _bare_label_rows(table) if not starts else {}
    starts = starts or sorted(bare)
    if not starts:
        return [table]
    items: list[Item] = []
    head = _block_column_head(table, starts)
    if starts[0] > 0 and head is None:  # rows above the first section (e.g. the header block) stay a table
        items.append(_sub_table(table, 0, starts[0]))
    r = starts[0]
    while r < table.n_rows:
        label = _label_cell(table, r) or bare.get(r)
        heading = None if label else _heading_cell(table, r)
        if label is not None:
            text = _label_text(label.text)
            end = r + max(1, label.row_span)
            cont = _label_rest(table, label, end) if head is not None else None
            if cont is not None:  # a block label a page break cut: its bracketed date in the cell below
                text, end = f"{text} {' '.join(cont.text.split())}", cont.row + max(1, cont.row_span)
            marker, inner = split_marker(text)
            if marker is not None and (section_of(inner) is not None or (
                    is_numbering(marker) and _numbered_title(text) and not _is_group_label(text))):
                # the section label with its heading marker (■ 사업 개요, 1. 추진실적), or numbered as a
                # heading around a title no vocabulary names (2. 세부사업별 재원 투자계획): a heading
                # numbered as the card's others, its section named by its content
                text = inner
            elif marker is not None and _numbered_title(inner) and not _is_group_label(inner):
                # a glyph before a number before a title no vocabulary names (▩ 1. 사업의 주요 골자, a label
                # drawn turned in its narrow cell): a heading numbered as the card's others
                text = inner
            elif r in bare:
                marker = None  # a label no vocabulary names: a heading, its section named by its content
            else:
                marker = None
                if section_of(text) is None and not text.startswith(("《", "<", "〈", "【", "[")):
                    text = f"《{text}》"  # a block label cell: a group heading for the achievements
            items.append(Line(text=text, marker=marker, indent=0, source=label.source, heading=True))
            items.extend(_region_items(table, r, end, label.col + label.col_span, head))
            r = end
        elif heading is not None:
            lines = _lines_of_cell(heading)
            first = lines[0]
            # a title bar's glyph frames its title (◆ may bullet items elsewhere): a heading, named later
            marker = None if section_of(first.text) is None and _glyphed(first) else first.marker
            items.append(Line(text=first.text, marker=marker, indent=0, source=first.source, heading=True))
            items.extend(lines[1:])
            for nested in heading.nested:
                items.extend(unpack_table(nested))
            r += 1
        else:
            end = next((s for s in starts if s > r), table.n_rows)
            items.extend(_region_items(table, r, end, 0))
            r = end
    return items


def _block_column_head(table: Table, starts: list[int]) -> int | None:
    """Row 0 when it is the column heads of a table whose first column holds block labels spanning
    their rows (구분 | 추진일자 | 추진내용 | 비고 over ``기 추진실적`` and its items): one row above
    the first label, every label a block's (no section's), the heads short words without a figure,
    two or more beside the labels' column. Every block's rows are read under these heads."""
    if not starts or starts[0] != 1:
        return None
    for r in starts:
        label = _label_cell(table, r)
        if label is None or label.col != 0:
            return None
        text = " ".join(label.text.split())
        rest = _label_rest(table, label, r + max(1, label.row_span))
        if section_of(text) is not None and not _dated(f"{text} {' '.join(rest.text.split())}" if rest else text):
            return None  # a section's label (a body table), not a block's: a block's carries its date
    heads = [c for c in _row_cells(table, 0) if c.col >= 1]
    if len(heads) < 2 or any(re.search(r"\d", c.text) or not 0 < len(c.text.strip()) <= 10 for c in heads):
        return None
    return 0


def _label_rest(table: Table, label: Cell, end: int) -> Cell | None:
    """The rest of a block label a page break cut (``기 추진실적`` on one page, ``('23년 3분기 누계)``
    on the next): the next label cell in its column, past empty rows, wholly a date in brackets,
    under a label with no date of its own; None when the label goes on in no such cell."""
    while end < table.n_rows and not any(c.text.strip() for c in _row_cells(table, end)):
        end += 1
    nxt = _label_cell(table, end) if end < table.n_rows else None
    text = " ".join(nxt.text.split()) if nxt is not None else ""
    name = " ".join(label.text.split())
    g = parse_group_heading(name)
    if nxt is None or nxt.col != label.col or (g is not None and g[1]) or not (
            text.startswith("(") and text.endswith(")") and (is_date(text[1:-1]) or _dated(f"{name} {text}"))):
        return None
    return nxt


def _dated(text: str) -> bool:
    """A block heading with its reporting date (``기 추진실적 ('23년 3분기 누계)``)."""
    g = parse_group_heading(text)
    return g is not None and bool(g[1])


def _side_by_side(table: Table) -> list[Item] | None:
    """A page laid out in columns: a table of one row whose cells each hold a part of the card (a
    nested table or several lines) and one of them a section heading. Its cells are read one after
    the other, left to right, each whole, so that the columns' lines never interleave."""
    cells = _row_cells(table, 0)
    if table.n_rows != 1 or len(cells) < 2:
        return None
    if not all(c.nested or len(c.paragraphs) > 2 for c in cells):
        return None
    panes = [_cell_items(c) for c in cells]
    if not any(_names_section(x) for items in panes for x in items):
        return None
    return [x for items in panes for x in items]


def _section_columns(table: Table) -> list[Item] | None:
    """Sections told side by side in one table: a head row whose cells each name a section, another
    one each (그간 추진실적 | 향후 추진계획), over rows whose cells stand under those heads and hold the
    sections' lines (several in a cell, or a nested table). Read a column after the other, each head
    a heading line over its cells' items down the rows, so that the sections never interleave; a row
    repeating the heads (a page break's) is left out."""
    heads = _row_cells(table, 0)
    if table.n_rows < 2 or len(heads) < 2 or any(c.row_span != 1 for c in heads):
        return None
    names = [section_of(" ".join(c.text.split())) for c in heads]
    if None in names or len(set(names)) != len(names):
        return None
    texts = [" ".join(c.text.split()) for c in heads]
    spans = [(c.col, c.col_span) for c in heads]
    rows = [r for r in range(1, table.n_rows) if _row_cells(table, r)]
    rich = False
    for r in rows:
        cells = _row_cells(table, r)
        if any((c.col, c.col_span) not in spans for c in cells):
            return None
        rich = rich or any(c.nested or len(c.paragraphs) > 1 for c in cells)
    if not rich:
        return None
    items: list[Item] = []
    for head, text in zip(heads, texts, strict=True):
        items.append(Line(text=text, marker=None, indent=0, source=head.source, heading=True))
        for r in rows:
            cells = _row_cells(table, r)
            if [" ".join(c.text.split()) for c in cells] == texts:
                continue  # the heads repeated on the page after a break
            own = next((c for c in cells if c.col == head.col), None)
            if own is not None:
                items.extend(_cell_items(own))
    return items


def _title_beside_box(table: Table) -> list[Item] | None:
    """The card's title line printed in a one-row table beside a box of its own (an approval box,
    결재 | 담당 | 팀장 | ... over empty signature cells, as official documents print it beside their
    title): the one cell printing text is the title, read as a line, the box's tables after it."""
    cells = _row_cells(table, 0)
    texts = [c for c in cells if c.text.strip()]
    if table.n_rows != 1 or len(cells) < 2 or len(texts) != 1 or texts[0].nested:
        return None
    title = texts[0]
    if not is_title(" ".join(title.text.split())):
        return None
    return [*_cell_items(title), *(x for c in cells if c is not title for t in c.nested for x in unpack_table(t))]


def _names_section(item: Item) -> bool:
    """A line naming a section (with or without its heading marker)."""
    return isinstance(item, Line) and (section_of(item.text) is not None or section_of(item.full_text) is not None)


def _sub_table(table: Table, r0: int, r1: int, col0: int = 0, head: int | None = None) -> Table:
    """Rows r0..r1 from column col0 on as a table of their own (under row ``head`` when given)."""
    top = 0 if head is None else 1
    cells = [
        Cell(row=c.row - r0 + top, col=c.col - col0, text=c.text, row_span=min(c.row_span, r1 - c.row),
             col_span=c.col_span, source=c.source, paragraphs=c.paragraphs, nested=c.nested)
        for c in table.cells if r0 <= c.row < r1 and c.col >= col0
    ]
    if head is not None:
        cells = [Cell(row=0, col=c.col - col0, text=c.text, col_span=c.col_span, source=c.source,
                      paragraphs=c.paragraphs) for c in _row_cells(table, head, col0)] + cells
    return _compact(Table(cells=cells, n_rows=r1 - r0 + top, n_cols=table.n_cols - col0, source=table.source))


def _compact(table: Table) -> Table:
    """``table`` without the columns no cell starts in: a run of rows cut from a wider grid (a sheet whose
    columns a table's cells each span two or more of) keeps a column for each column of its own."""
    starts = {c.col for c in table.cells}
    dead = [j for j in range(1, table.n_cols) if j not in starts]
    if not dead or not table.cells:
        return table
    cells = [replace(c, col=c.col - sum(d < c.col for d in dead),
                     col_span=max(1, c.col_span - sum(c.col < d < c.col + c.col_span for d in dead)))
             for c in table.cells]
    return Table(cells=cells, n_rows=table.n_rows, n_cols=table.n_cols - len(dead), source=table.source)


def _closes_open_paren(prev: Item | None, line: Line) -> bool:
    """A line without a bullet that closes a parenthesis the bullet line above left open is the
    rest of that line (``총사업비 : 20억 원(도비 5억, 군비`` + ``15억)``), whatever the reader."""
    return (isinstance(prev, Line) and prev.marker is not None and line.marker is None
            and prev.text.count("(") > prev.text.count(")") and ")" in line.text
            and line.text.count(")") > line.text.count("("))


def _goes_on(prev: list[Item], unpacked: list[Item]) -> bool:
    """A table unpacked from a card's grid (a sheet printed over pages: several items) opens with rows that go on
    the table its grid on the page before closed with: the same number of columns, no line between them (a
    table's head ending one page, its rows opening the next)."""
    if len(prev) < 2 or len(unpacked) < 2 or not isinstance(prev[-1], Table) or not isinstance(unpacked[0], Table):
        return False
    a, b = prev[-1], unpacked[0]
    pa, pb = a.source.page, b.source.page
    return a.n_cols == b.n_cols and pa is not None and pb is not None and pb == pa + 1


def _joined(a: Table, b: Table) -> Table:
    rows = a.n_rows
    cells = a.cells + [replace(c, row=c.row + rows) for c in b.cells]
    return Table(cells=cells, n_rows=rows + b.n_rows, n_cols=a.n_cols, source=a.source)


def linearize(doc: Document) -> list[Item]:
    items: list[Item] = []
    last_unpacked: list[Item] = []  # the items of the table block just before (none after a paragraph)
    spaced_at = glued_titles([None if isinstance(b, Table) or b.marker else b.text for b in doc.blocks])
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            unpacked = unpack_table(b)
            if _goes_on(last_unpacked, unpacked) and items and items[-1] is last_unpacked[-1]:
                items[-1] = _joined(items[-1], unpacked[0])  # type: ignore[arg-type]
                unpacked = unpacked[1:]
            items.extend(unpacked)
            last_unpacked = unpacked
            continue
        last_unpacked = []
        # A reader that left a marker in the text (a glyph it does not know) has it split off here.
        marker, text = (b.marker, b.text) if b.marker else split_marker(b.text)
        if marker is None and (glued := spaced_at.get(k)) is not None:
            marker, text = glued  # a numeral run into its title (Ⅲ성과목표 달성현황): as printed spaced
        line = Line(text=text, marker=marker, indent=b.indent, source=b.source,
                    printed=b.printed if marker is None else None)
        prev = items[-1] if items else None
        if _closes_open_paren(prev, line):
            assert isinstance(prev, Line)
            prev.text = glue(prev.text, line.text)
            prev.printed = None
            continue
        items.append(line)
    return items


def item_text(item: Item) -> str:
    return item.text if isinstance(item, Line) else item.text()


def has_header_label(item: Item, field: str) -> bool:
    """Whether the item holds the label of a header field (a table cell, or inside a line)."""
    if isinstance(item, Table):
        return any(header_field_of(c.text.replace("\n", " ")) == field for c in item.cells)
    return any(f == field for f, _, _ in find_labels(item.full_text))
