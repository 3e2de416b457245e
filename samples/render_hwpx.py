"""Render card records to HWPX (OWPML) with python-hwpx: paragraphs, bordered tables, merged cells.

Several records make one multi-card file: the cards follow each other, each starting with its
title line, as in the archives that bind a quarter's cards together.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

from samples.hwpx_ids import MEMO_TIME, reproducible
from samples.layout import (
    Block,
    Figure,
    Grid,
    PageBreak,
    Para,
    booklet_parts,
    bound,
    card_blocks,
    running_text,
    watermark_text,
)
from samples.revisions import MARKS, marked_runs, plain
from samples.style import Style

PAGE_WIDTH = 42000  # HWPUNIT, the text width of an A4 page with 2 cm margins (approx.)
SLIDE_PAGE = {"width_mm": 297.0, "height_mm": 167.0, "margin_top_mm": 12.0, "margin_bottom_mm": 12.0}
LANDSCAPE_WIDTH = 62000  # the same for an A4 page turned landscape
ROW_HEIGHT = 1400


def _new_document() -> Any:
    from hwpx import HwpxDocument

    return HwpxDocument.new()


def _compact(grid: Grid) -> Grid:
    """``grid`` without the columns no cell starts in (a column every row's cell spans over, as a
    header whose labels each span two columns): HWPX drops such a column once its last cell is
    merged over, so the merges after it would miss; its width goes to the column left of it."""
    starts = {c.col for c in grid.cells}
    dead = [j for j in range(grid.n_cols) if j not in starts and j]
    if not dead:
        return grid
    widths = list(grid.widths)
    for j in reversed(dead) if widths else ():
        widths[j - 1] += widths.pop(j)
    cells = [
        replace(
            c,
            col=c.col - sum(d < c.col for d in dead),
            col_span=c.col_span - sum(c.col < d < c.col + c.col_span for d in dead),
        )
        for c in grid.cells
    ]
    return replace(grid, n_cols=grid.n_cols - len(dead), cells=cells, widths=widths)


def _open_borders(doc: Any, cell_at: Any, grid: Grid) -> None:
    """An open-sided table: every cell's borders none but the rules over and under the table (the top of
    the first row, the bottom of the last) and under the head rows (``cell_at``: :func:`_cell_lookup`)."""
    band = grid.head_band()
    for c in grid.cells:
        ends = c.row + c.row_span
        sides = tuple(
            side for side, on in (("top", c.row == 0), ("bottom", ends in (band, grid.n_rows))) if on
        )
        ref = doc.oxml.ensure_border_fill(active_borders=sides, border_color="#000000")
        cell_at(c.row, c.col).element.set("borderFillIDRef", ref)


def _cell_lookup(table: Any) -> Any:
    """``table.cell`` for a table whose merges are done, its grid mapped once: python-hwpx maps the whole
    grid again on every ``cell`` call (a third of a card's HWP/HWPX render, every table of every card).
    A grid with a position no cell resolves (which ``iter_grid`` refuses) keeps ``table.cell``."""
    try:
        cells = {(e.row, e.column): e.cell for e in table.iter_grid()}
    except IndexError:
        return table.cell
    return lambda row, col: cells[(row, col)]


def _fill_grid(table: Any, grid: Grid, width: int = PAGE_WIDTH, doc: Any = None) -> None:
    """Merge the spans first (merging moves covered text), then write every anchor cell; an open grid's
    cells get their rules (``doc`` given)."""
    if grid.widths:
        table.set_column_widths(grid.widths)
    for c in sorted(grid.cells, key=lambda c: (c.row, c.col)):
        if c.row_span > 1 or c.col_span > 1:
            table.merge_cells(c.row, c.col, c.row + c.row_span - 1, c.col + c.col_span - 1)
    cell_at = _cell_lookup(table)
    for c in grid.cells:
        cell = cell_at(c.row, c.col)
        if c.rotate:  # a vertical-text cell: its paragraph list laid out top to bottom
            for sub in cell.element.iter("{*}subList"):
                sub.set("textDirection", "VERTICAL")
                break
        texts = [x for x in c.content if isinstance(x, str)]  # a photo in a cell: its caption only
        nested = [x for x in c.content if isinstance(x, Grid)]
        if not nested:
            cell.set_text(plain("\n".join(texts)), split_paragraphs=True)
            if any(ch in MARKS for t in texts for ch in t):
                _mark_paragraphs(cell.paragraphs, "\n".join(texts).split("\n"))
            if c.note:  # a footnote object after the cell's text (its mark numbered by the document)
                cell.paragraphs[0].add_footnote(c.note)
            continue
        # Content with nested tables: paragraphs and tables in their order.
        first = True
        for x in c.content:
            if isinstance(x, str):
                for line in x.split("\n"):
                    if first:
                        cell.set_text(plain(line))
                        para = cell.paragraphs[0]
                        first = False
                    else:
                        para = cell.add_paragraph(plain(line))
                    _mark_paragraphs([para], [line])
            else:
                inner_width = int(PAGE_WIDTH * 0.8)
                if grid.role == "layout":  # a pane of a side-by-side layout: its cell's part of the width
                    inner_width = int(width * grid.widths[c.col] / sum(grid.widths) * 0.95)
                x = _compact(x)
                inner = cell.add_table(x.n_rows, x.n_cols, width=inner_width)
                _fill_grid(inner, x, inner_width, doc)
                first = False
    if grid.open and doc is not None:
        _open_borders(doc, cell_at, grid)


def _mark_paragraphs(paragraphs: Any, lines: list[str]) -> None:
    """Revision markup as character properties: every line's runs written again, a struck run in a strikeout
    run style (hh:charPr strikeout), the figure in force red and underlined (samples/revisions.py)."""
    for para, line in zip(paragraphs, lines, strict=False):
        if not any(ch in MARKS for ch in line):
            continue
        para.clear_text()
        for kind, chars in marked_runs(line):
            if kind == "struck":
                para.add_run(chars, strike=True)
            elif kind == "new":
                para.add_run(chars, underline=True, color="#D00000")
            else:
                para.add_run(chars)


def _text_box(doc: Any, block: Para, width: int, section: Any) -> Any:
    """A text box (글상자) holding ``block``'s lines: a rounded, shaded rectangle anchored to an empty
    paragraph, floating over the page (not set as a character), its text its own paragraph list."""
    anchor = doc.add_paragraph("", section=section)
    lines = block.text.split("\n")
    title = block.role == "title"
    run = doc.styles.ensure_run(bold=True, size=16 if title else 12)
    shape = doc.shapes.add_rectangle(
        width=width,
        height=(2600 if title else 1900) * len(lines),
        ratio=20,
        fill_color="#DEEBF7",
        treat_as_char=False,
        paragraph=anchor,
    )
    shape.set_draw_text("\n".join(lines), char_pr_id_ref=run)
    return anchor


def _add_block(
    doc: Any,
    block: Block,
    width: int = PAGE_WIDTH,
    section: Any = None,
    heading: str | None = None,
    boxes: tuple[str, ...] = (),
) -> Any:
    """``block`` appended; a heading paragraph in the run style ``heading`` (a charPr id) when given; a paragraph
    of a role ``boxes`` names set in a text box. Returns a paragraph's last line (a memo's anchor)."""
    if isinstance(block, Para) and block.role in boxes:
        return _text_box(doc, block, width, section)
    if isinstance(block, Para):
        char = None if heading is None else heading if block.role == "heading" else "0"  # else the body's
        para = None
        for line in block.text.split("\n"):
            para = doc.add_paragraph(plain(line), section=section, char_pr_id_ref=char)
            _mark_paragraphs([para], [line])
        return para
    if isinstance(block, Figure):
        doc.add_picture(
            block.image,
            "png",
            width_mm=block.width_mm,
            height_mm=block.height_mm,
            align="CENTER",
            section=section,
        )
        doc.add_paragraph(block.caption, section=section)
        return
    block = _compact(block)
    border = doc.oxml.ensure_border_fill(active_borders=()) if block.role == "layout" else None  # borderless
    if block.open:  # open-sided: the table's own frame only over and under it
        border = doc.oxml.ensure_border_fill(active_borders=("top", "bottom"), border_color="#000000")
    table = doc.add_table(
        block.n_rows,
        block.n_cols,
        width=width,
        height=ROW_HEIGHT * block.n_rows,
        section=section,
        border_fill_id_ref=border,
    )
    _fill_grid(table, block, width, doc)


def build_document(records: list[dict[str, Any]], *, style: Style) -> Any:
    """A python-hwpx document holding the cards one after another."""
    doc = _new_document()
    if style.landscape:
        doc.page.setup(orientation="landscape")
    if style.slide_deck:  # a 16:9 slide exported: a page of that size
        doc.page.setup(**SLIDE_PAGE)
    if style.running_header and records:
        doc.page.set_header(text=running_text(records[0], style).replace("\t", "    "))
        doc.page.set_page_number(prefix="- ", suffix=" -")
    if style.watermark and records:  # the watermark's words in the page header (머리말) of every page
        doc.page.set_header(text="    ".join(watermark_text(records[0], style).split("\n")))
    if style.running_footer and "{short}" not in style.running_footer and records:  # a footer's own words
        before, _, after = (
            style.running_footer.replace("{no}", records[0]["header"]["mgmt_no"])
            .replace("{as_of}", records[0]["as_of"]["raw"])
            .replace("\t", "    ")
            .partition("{n}")
        )
        after = (
            after.split("{total}")[0].rstrip(" /") if "{total}" in after else after
        )  # HWPX counts no pages
        doc.page.set_page_number(prefix=before, suffix=after)
    elif style.running_footer and records:  # the short title and the page number (HWPX counts no pages)
        from samples.render_pdf import short_title

        doc.page.set_page_number(prefix=f"{short_title(records[0]['header']['title'])}   ")
    if bound(style):
        _booklet(doc, records, style)
        return doc
    if style.page_columns > 1:  # newspaper columns: the section's own column definition
        doc.page.set_columns(col_count=style.page_columns, col_type="NEWSPAPER", same_gap=1700)
    heading = None  # shaded headings: a bold, larger, shaded run style
    if style.heading_shade:
        heading = doc.styles.ensure_run(bold=True, size=style.heading_size(), highlight=style.heading_shade)
    section = None  # a page break starts a new section (its own page and orientation)
    memo_done = False
    for k, rec in enumerate(records):
        if k:
            doc.add_paragraph("", section=section)
        width = LANDSCAPE_WIDTH if style.landscape else PAGE_WIDTH
        if style.page_columns > 1:  # a column's width
            width = (width - 1700 * (style.page_columns - 1)) // style.page_columns
        for block in card_blocks(rec, style):
            if isinstance(block, PageBreak) and style.slide_deck:  # a slide: a page break (Ctrl+Enter) in the
                brk = doc.add_paragraph("", section=section)  # one section, its footer on every page
                brk.element.set("pageBreak", "1")
                continue
            if isinstance(block, PageBreak):
                section = doc.add_section()
                doc.page.setup(orientation="landscape" if block.landscape else "portrait", section=section)
                width = LANDSCAPE_WIDTH if block.landscape else PAGE_WIDTH
                continue
            para = _add_block(doc, block, width, section, heading, style.text_boxes)
            if style.memo and not k and isinstance(block, Para) and block.role == "group" and not memo_done:
                doc.notes.add_memo(
                    style.memo, anchor=para, author="담당자", created=MEMO_TIME
                )  # a hidden comment, never printed
                memo_done = True
    return doc


def _booklet(doc: Any, records: list[dict[str, Any]], style: Style) -> None:
    """A booklet in one section: every part (cover, contents, divider, card) from a new page, its
    first paragraph breaking the page (the running header on every page)."""
    width = LANDSCAPE_WIDTH if style.landscape else PAGE_WIDTH
    for n, (_, blocks) in enumerate(booklet_parts(records, style)):
        for k, block in enumerate(b for b in blocks if not isinstance(b, PageBreak)):
            if n and not k:
                para = doc.add_paragraph(block.text.split("\n")[0] if isinstance(block, Para) else "")
                para.element.set("pageBreak", "1")
                if isinstance(block, Para):
                    block = Para("\n".join(block.text.split("\n")[1:]), block.role)
                    if not block.text:
                        continue
            _add_block(doc, block, width)


def save(doc: Any, path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc.save_to_path(str(path))


def render_hwpx(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as one HWPX file at ``path`` (the same bytes every time: :mod:`samples.hwpx_ids`)."""
    with reproducible():
        save(build_document(records, style=style), Path(path))
