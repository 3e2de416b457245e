"""Render card records to HWPX (OWPML) with python-hwpx: paragraphs, bordered tables, merged cells.

Several records make one multi-card file: the cards follow each other, each starting with its
title line, as in the archives that bind a quarter's cards together.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

from samples.layout import Block, Figure, Grid, PageBreak, Para, card_blocks, running_text
from samples.style import Style

PAGE_WIDTH = 42000  # HWPUNIT, the text width of an A4 page with 2 cm margins (approx.)
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
    cells = [replace(c, col=c.col - sum(d < c.col for d in dead),
                     col_span=c.col_span - sum(c.col < d < c.col + c.col_span for d in dead)) for c in grid.cells]
    return replace(grid, n_cols=grid.n_cols - len(dead), cells=cells, widths=widths)


def _fill_grid(table: Any, grid: Grid, width: int = PAGE_WIDTH) -> None:
    """Merge the spans first (merging moves covered text), then write every anchor cell."""
    if grid.widths:
        table.set_column_widths(grid.widths)
    for c in sorted(grid.cells, key=lambda c: (c.row, c.col)):
        if c.row_span > 1 or c.col_span > 1:
            table.merge_cells(c.row, c.col, c.row + c.row_span - 1, c.col + c.col_span - 1)
    for c in grid.cells:
        cell = table.cell(c.row, c.col)
        texts = [x for x in c.content if isinstance(x, str)]  # a photo in a cell: its caption only
        nested = [x for x in c.content if isinstance(x, Grid)]
        if not nested:
            cell.set_text("\n".join(texts), split_paragraphs=True)
            continue
        # Content with nested tables: paragraphs and tables in their order.
        first = True
        for x in c.content:
            if isinstance(x, str):
                for line in x.split("\n"):
                    if first:
                        cell.set_text(line)
                        first = False
                    else:
                        cell.add_paragraph(line)
            else:
                inner_width = int(PAGE_WIDTH * 0.8)
                if grid.role == "layout":  # a pane of a side-by-side layout: its cell's part of the width
                    inner_width = int(width * grid.widths[c.col] / sum(grid.widths) * 0.95)
                x = _compact(x)
                inner = cell.add_table(x.n_rows, x.n_cols, width=inner_width)
                _fill_grid(inner, x, inner_width)
                first = False


def _add_block(doc: Any, block: Block, width: int = PAGE_WIDTH, section: Any = None) -> None:
    if isinstance(block, Para):
        for line in block.text.split("\n"):
            doc.add_paragraph(line, section=section)
        return
    if isinstance(block, Figure):
        doc.add_picture(block.image, "png", width_mm=block.width_mm, height_mm=block.height_mm, align="CENTER",
                        section=section)
        doc.add_paragraph(block.caption, section=section)
        return
    block = _compact(block)
    border = doc.oxml.ensure_border_fill(active_borders=()) if block.role == "layout" else None  # borderless
    table = doc.add_table(block.n_rows, block.n_cols, width=width, height=ROW_HEIGHT * block.n_rows,
                          section=section, border_fill_id_ref=border)
    _fill_grid(table, block, width)


def build_document(records: list[dict[str, Any]], *, style: Style) -> Any:
    """A python-hwpx document holding the cards one after another."""
    doc = _new_document()
    if style.landscape:
        doc.page.setup(orientation="landscape")
    if style.running_header and records:
        doc.page.set_header(text=running_text(records[0], style))
        doc.page.set_page_number(prefix="- ", suffix=" -")
    if style.running_footer and records:  # the short title and the page number (HWPX counts no pages)
        from samples.render_pdf import short_title

        doc.page.set_page_number(prefix=f"{short_title(records[0]['header']['title'])}   ")
    section = None  # a page break starts a new section (its own page and orientation)
    for k, rec in enumerate(records):
        if k:
            doc.add_paragraph("", section=section)
        width = LANDSCAPE_WIDTH if style.landscape else PAGE_WIDTH
        for block in card_blocks(rec, style):
            if isinstance(block, PageBreak):
                section = doc.add_section()
                doc.page.setup(orientation="landscape" if block.landscape else "portrait", section=section)
                width = LANDSCAPE_WIDTH if block.landscape else PAGE_WIDTH
                continue
            _add_block(doc, block, width, section)
    return doc


def save(doc: Any, path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc.save_to_path(str(path))


def render_hwpx(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as one HWPX file at ``path``."""
    save(build_document(records, style=style), Path(path))
