"""Flatten a Document into the items the section extractors read: lines and tables.

Readers of page formats keep sections inside tables; a common template lays a card out as a
two-column table with the section label on the left and its content on the right. Such rows are
unpacked here into a heading line followed by the content cell's paragraphs and nested tables,
so that the section extractors see the same stream whatever the format or template.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table
from pledgecard.extract.labels import header_field_of, section_of
from pledgecard.extract.markers import split_marker


@dataclass(slots=True)
class Line:
    text: str
    marker: str | None
    indent: int
    source: Source
    heading: bool = False  # came from a table's label cell

    @property
    def full_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


Item = Line | Table


def _lines_of_cell(cell: Cell) -> list[Line]:
    paras = cell.paragraphs or [
        Paragraph(text=t, source=cell.source) for t in cell.text.split("\n") if t.strip()
    ]
    out: list[Line] = []
    for p in paras:
        marker, text = (p.marker, p.text) if p.marker else split_marker(p.text)
        if text or marker:
            src = p.source if p.source != Source() else cell.source
            out.append(Line(text=" ".join(text.split()), marker=marker, indent=p.indent, source=src))
    return out


def _is_section_row(table: Table, row: int) -> tuple[Cell, list[Cell]] | None:
    """A row whose first cell names a section and whose other cells hold its content."""
    cells = sorted((c for c in table.cells if c.row == row), key=lambda c: c.col)
    if len(cells) < 2:
        return None
    label = cells[0]
    if section_of(label.text.replace("\n", " ")) is None:
        return None
    return label, cells[1:]


def unpack_table(table: Table) -> list[Item]:
    """Unpack label|content section rows and one-cell boxes; keep every other table whole."""
    if table.n_rows == 1 and table.n_cols == 1 and len(table.cells) == 1:
        box = table.cells[0]  # a card (or part of it) drawn inside a frame
        items: list[Item] = list(_lines_of_cell(box))
        for nested in box.nested:
            items.extend(unpack_table(nested))
        return items
    section_rows = [r for r in range(table.n_rows) if _is_section_row(table, r)]
    if not section_rows:
        return [table]
    items = []
    # Rows above the first section row (e.g. a header block) stay a table of their own.
    first = section_rows[0]
    if first > 0:
        items.append(_sub_table(table, 0, first))
    for r in range(first, table.n_rows):
        hit = _is_section_row(table, r)
        if hit:
            label, content = hit
            items.append(Line(text=" ".join(label.text.split()), marker=None, indent=0,
                              source=label.source, heading=True))
            for c in content:
                items.extend(_lines_of_cell(c))
                for nested in c.nested:
                    items.extend(unpack_table(nested))
        else:
            items.append(_sub_table(table, r, r + 1))
    return items


def _sub_table(table: Table, r0: int, r1: int) -> Table:
    cells = [
        Cell(row=c.row - r0, col=c.col, text=c.text, row_span=min(c.row_span, r1 - c.row),
             col_span=c.col_span, source=c.source, paragraphs=c.paragraphs, nested=c.nested)
        for c in table.cells if r0 <= c.row < r1
    ]
    return Table(cells=cells, n_rows=r1 - r0, n_cols=table.n_cols, source=table.source)


def _closes_open_paren(prev: Item | None, line: Line) -> bool:
    """A line without a bullet that closes a parenthesis the bullet line above left open is the
    rest of that line (``총사업비 : 20억 원(도비 5억, 군비`` + ``15억)``), whatever the reader."""
    return (isinstance(prev, Line) and prev.marker is not None and line.marker is None
            and prev.text.count("(") > prev.text.count(")") and ")" in line.text
            and line.text.count(")") > line.text.count("("))


def linearize(doc: Document) -> list[Item]:
    items: list[Item] = []
    for b in doc.blocks:
        if isinstance(b, Table):
            items.extend(unpack_table(b))
            continue
        line = Line(text=b.text, marker=b.marker, indent=b.indent, source=b.source)
        prev = items[-1] if items else None
        if _closes_open_paren(prev, line):
            assert isinstance(prev, Line)
            prev.text = f"{prev.text} {line.text}"
            continue
        items.append(line)
    return items


def item_text(item: Item) -> str:
    return item.text if isinstance(item, Line) else item.text()


def has_header_label(item: Item, field: str) -> bool:
    """Whether the item holds the label of a header field (a table cell, or inside a line)."""
    if isinstance(item, Table):
        return any(header_field_of(c.text.replace("\n", " ")) == field for c in item.cells)
    from pledgecard.extract.sections.header import find_labels

    return any(f == field for f, _, _ in find_labels(item.full_text))
