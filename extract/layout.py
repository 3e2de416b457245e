"""Flatten a Document into the items the section extractors read: lines and tables.

Readers of page formats keep sections inside tables; a common template lays a card out as a
two-column table with the section label on the left and its content on the right. Such rows are
unpacked here into a heading line followed by the content cell's paragraphs and nested tables,
so that the section extractors see the same stream whatever the format or template.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Document, Paragraph, Table
from pledgecard.extract.glued_titles import glued_titles
from pledgecard.extract.item_heads import part_columns
from pledgecard.extract.labels import find_labels, header_field_of, is_title, section_of
from pledgecard.extract.layout_bare_labels import bare_label_rows
from pledgecard.extract.layout_blank_cells import indented_cell, is_blank_cell
from pledgecard.extract.layout_block_heads import block_column_head, label_rest
from pledgecard.extract.layout_cut_card import goes_on_card_table
from pledgecard.extract.layout_labels import (
    is_group_label,
    label_cell,
    label_text,
    numbered_title,
    row_cells,
)
from pledgecard.extract.layout_lines import (
    Item,
    Line,
    cell_lines,
    closes_open_paren,
    lines_of,
    lines_of_cell,
)
from pledgecard.extract.layout_sub_tables import joined, sub_table, sub_table_goes_on
from pledgecard.extract.layout_title_cells import glyphed, heading_cell
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.extract.textjoin import glue

__all__ = [
    "Item",
    "Line",
    "label_text",
    "_section_columns",
    "cell_lines",
    "has_header_label",
    "item_text",
    "linearize",
    "unpack_table",
]


def _cell_items(cell: Cell) -> list[Item]:
    """A cell's lines and nested tables, in reading order when the reader recorded it."""
    if cell.blocks and any(isinstance(b, Table) for b in cell.blocks):
        items: list[Item] = []
        for b in cell.blocks:
            items.extend(unpack_table(b) if isinstance(b, Table) else lines_of([b], cell.source))
        return items
    items = list(lines_of_cell(cell))
    for nested in cell.nested:
        items.extend(unpack_table(nested))
    return items


def _blocks_in_order(cell: Cell) -> list[Item] | None:
    """A cell's lines and nested tables in the order the reader recorded them (a section's title over its
    blocks, each a dated line heading a log table of its own), each run of lines read together; None where the reader recorded no order or the cell nests no table."""
    if not cell.blocks or not any(isinstance(b, Table) for b in cell.blocks):
        return None
    items: list[Item] = []
    run: list[Paragraph] = []
    for b in cell.blocks:
        if isinstance(b, Table):
            items.extend(lines_of(run, cell.source))
            run = []
            items.extend(unpack_table(b))
        else:
            run.append(b)
    items.extend(lines_of(run, cell.source))
    return items


def _region_items(table: Table, r0: int, r1: int, col0: int, head: int | None = None) -> list[Item]:
    """Rows r0..r1 from column col0 on: a row of one cell gives its lines (and nested tables);
    consecutive rows of several cells stay together as one table (under the table's row ``head``,
    the column heads above every block, when given)."""
    items: list[Item] = []
    grid_start: int | None = None
    for r in range(r0, r1 + 1):
        cells = row_cells(table, r, col0) if r < r1 else []
        if cells and all(is_blank_cell(c) for c in cells):
            cells = []  # an empty row (a spreadsheet's spacer row): it parts the tables around it
        lone = indented_cell(table, cells)
        if lone is not None:
            cells = [lone]  # a line indented by empty cells before it: its lines
        single = len(cells) == 1 and (
            cells[0].col_span >= table.n_cols - col0
            or cells[0].nested
            or len(cells[0].paragraphs) > 1
            or lone is not None
        )
        if r == r1 or single or not cells:
            if grid_start is not None:
                items.append(sub_table(table, grid_start, r, col0, head))
                grid_start = None
            if r < r1 and cells:
                items.extend(_cell_items(cells[0]))
        elif grid_start is None:
            grid_start = r
    return items


def unpack_table(table: Table, goes_on: bool = False) -> list[Item]:
    """Unpack tables that hold the card's sections: label|content rows (the label on the left,
    possibly spanning rows), full-width heading rows (``□ 사업개요``), and one-cell boxes. Any
    other table is kept whole. ``goes_on``: the table is the rest of the card's table a page break cut
    (layout_cut_card), its rows above its first label or heading read as the rows under one."""
    if table.n_rows == 1 and table.n_cols == 1 and len(table.cells) == 1:
        return _cell_items(table.cells[0])  # a card (or part of it) drawn inside a frame
    if table.n_rows > 1 and part_columns(table.grid()[0]) is not None:
        return [
            table
        ]  # a log table (연도 | 월 | 추진내용): a content cell opening with a section word is a row
    panes = _side_by_side(table) or _title_beside_box(table) or _section_columns(table)
    if panes is not None:
        return panes
    starts = [r for r in range(table.n_rows) if label_cell(table, r) or heading_cell(table, r)]
    bare = bare_label_rows(table) if not starts else {}
    starts = starts or sorted(bare)
    if goes_on:  # the rows atop the page go on the section the page before closed with
        top = starts[0] if starts else table.n_rows
        return _region_items(table, 0, top, 0) + (
            unpack_table(sub_table(table, top, table.n_rows)) if starts else []
        )
    if not starts:
        return [table]
    items: list[Item] = []
    head = block_column_head(table, starts)
    if starts[0] > 0 and head is None:  # rows above the first section (e.g. the header block) stay a table
        items.append(sub_table(table, 0, starts[0]))
    r = starts[0]
    while r < table.n_rows:
        label = label_cell(table, r) or bare.get(r)
        heading = None if label else heading_cell(table, r)
        if label is not None:
            text = label_text(label.text)
            end = r + max(1, label.row_span)
            cont = label_rest(table, label, end) if head is not None else None
            if cont is not None:  # a block label a page break cut: its bracketed date in the cell below
                text, end = f"{text} {' '.join(cont.text.split())}", cont.row + max(1, cont.row_span)
            marker, inner = split_marker(text)
            if marker is not None and (
                section_of(inner) is not None
                or (is_numbering(marker) and numbered_title(text) and not is_group_label(text))
            ):
                # the section label with its heading marker (■ 사업 개요, 1. 추진실적), or numbered as a
                # heading around a title no vocabulary names (2. 세부사업별 재원 투자계획): a heading
                # numbered as the card's others, its section named by its content
                text = inner
            elif marker is not None and numbered_title(inner) and not is_group_label(inner):
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
            ordered = _blocks_in_order(heading)
            lines: list[Item] = (
                ordered if ordered and isinstance(ordered[0], Line) else list(lines_of_cell(heading))
            )
            first = lines[0]
            assert isinstance(first, Line)
            # a title bar's glyph frames its title (◆ may bullet items elsewhere): a heading, named later
            marker = None if section_of(first.text) is None and glyphed(first) else first.marker
            items.append(Line(text=first.text, marker=marker, indent=0, source=first.source, heading=True))
            items.extend(lines[1:])
            if lines is not ordered:
                for nested in heading.nested:
                    items.extend(unpack_table(nested))
            r += 1
        else:
            end = next((s for s in starts if s > r), table.n_rows)
            items.extend(_region_items(table, r, end, 0))
            r = end
    return items


def _side_by_side(table: Table) -> list[Item] | None:
    """A page laid out in columns: a table of one row whose cells each hold a part of the card (a
    nested table or several lines) and one of them a section heading. Its cells are read one after
    the other, left to right, each whole, so that the columns' lines never interleave."""
    cells = row_cells(table, 0)
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
    heads = row_cells(table, 0)
    if table.n_rows < 2 or len(heads) < 2 or any(c.row_span != 1 for c in heads):
        return None
    names = [section_of(" ".join(c.text.split())) for c in heads]
    if None in names or len(set(names)) != len(names):
        return None
    texts = [" ".join(c.text.split()) for c in heads]
    spans = [(c.col, c.col_span) for c in heads]
    rows = [r for r in range(1, table.n_rows) if row_cells(table, r)]
    rich = False
    for r in rows:
        cells = row_cells(table, r)
        if any((c.col, c.col_span) not in spans for c in cells):
            return None
        rich = rich or any(c.nested or len(c.paragraphs) > 1 for c in cells)
    if not rich:
        return None
    items: list[Item] = []
    for head, text in zip(heads, texts, strict=True):
        items.append(Line(text=text, marker=None, indent=0, source=head.source, heading=True))
        for r in rows:
            cells = row_cells(table, r)
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
    cells = row_cells(table, 0)
    texts = [c for c in cells if c.text.strip()]
    if table.n_rows != 1 or len(cells) < 2 or len(texts) != 1 or texts[0].nested:
        return None
    title = texts[0]
    if not is_title(" ".join(title.text.split())):
        return None
    return [
        *_cell_items(title),
        *(x for c in cells if c is not title for t in c.nested for x in unpack_table(t)),
    ]


def _names_section(item: Item) -> bool:
    """A line naming a section (with or without its heading marker)."""
    return isinstance(item, Line) and (
        section_of(item.text) is not None or section_of(item.full_text) is not None
    )


def linearize(doc: Document) -> list[Item]:
    items: list[Item] = []
    last_unpacked: list[Item] = []  # the items of the table block just before (none after a paragraph)
    went_on = False  # that table went on the card's table of the page before
    spaced_at = glued_titles([None if isinstance(b, Table) or b.marker else b.text for b in doc.blocks])
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            goes_on = goes_on_card_table(last_unpacked, b, went_on)
            went_on = goes_on
            unpacked = unpack_table(b, goes_on=goes_on)
            if sub_table_goes_on(last_unpacked, unpacked) and items and items[-1] is last_unpacked[-1]:
                items[-1] = joined(items[-1], unpacked[0])  # type: ignore[arg-type]
                unpacked = unpacked[1:]
            items.extend(unpacked)
            last_unpacked = unpacked
            continue
        last_unpacked = []
        # A reader that left a marker in the text (a glyph it does not know) has it split off here.
        marker, text = (b.marker, b.text) if b.marker else split_marker(b.text)
        if marker is None and (glued := spaced_at.get(k)) is not None:
            marker, text = glued  # a numeral run into its title (Ⅲ성과목표 달성현황): as printed spaced
        line = Line(
            text=text,
            marker=marker,
            indent=b.indent,
            source=b.source,
            printed=b.printed if marker is None else None,
            lead=b.lead if marker is None and b.printed else 0,
            trailing_gap=b.trailing_gap or b.printed is not None and b.printed.endswith(" "),
            first_printed=b.first_printed if marker is None else None,
        )
        prev = items[-1] if items else None
        if closes_open_paren(prev, line):
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
