"""A card kept in a spreadsheet (``Style.sheet_cols``): the whole card laid on one fixed cell grid.

Many offices keep their pledge cards in Excel: every line of text in a cell of its own row, the title,
the headings and the block headings in cells merged across the sheet, a level-1 item and the lines under it
in one merged cell with its line breaks (Alt+Enter: text wrapped inside the cell) indented by one empty
column, every table laid on the same columns (a table column a run of sheet columns), amounts right-aligned,
an empty row before every heading. The PDF is the sheet printed with its gridlines, the HWPX/HWP the sheet
pasted into HWP as one big table, the text dump the sheet saved as tab-separated text (:func:`sheet_tsv`:
a sheet row a line, every row all its fields, a merged cell's other places empty fields, a field holding a
line break, a tab or a quote quoted as CSV quotes it).
"""

from __future__ import annotations

from samples.layout_blocks import Block, Figure, Grid, GridCell, PageBreak, Para
from samples.style import Style

SPACER_BEFORE = ("heading",)  # an empty sheet row before these paragraphs


def _text_lines(content: list[str | Grid | Figure]) -> list[str]:
    """A cell's text as lines (a nested table's cells a line each; a photo prints nothing)."""
    out: list[str] = []
    for x in content:
        if isinstance(x, str):
            out += x.split("\n")
        elif isinstance(x, Grid):
            for c in sorted(x.cells, key=lambda c: (c.row, c.col)):
                out += _text_lines(c.content)
    return out


def _bounds(widths: list[float], n_cols: int, sheet: int) -> list[int]:
    """The sheet column each of a table's ``n_cols`` columns starts at (and the end): columns of the sheet
    shared out by the table's relative widths, each at least one."""
    widths = widths if len(widths) == n_cols and sum(widths) > 0 else [1.0] * n_cols
    total = sum(widths)
    cuts, acc = [0], 0.0
    for k, w in enumerate(widths):
        acc += w
        cut = round(acc / total * sheet)
        cut = max(cut, cuts[-1] + 1)  # every column at least one sheet column
        cut = min(cut, sheet - (n_cols - 1 - k))  # room for the columns after it
        cuts.append(cut)
    cuts[-1] = sheet
    return cuts


def sheet_width(blocks: list[Block], style: Style) -> int:
    """The sheet's column count: the template's, or more when a table has more columns."""
    return max([style.sheet_cols] + [b.n_cols for b in blocks if isinstance(b, Grid)])


def _item_runs(blocks: list[Block]) -> list[Block | list[Para]]:
    """Blocks with every level-1 item and the deeper items under it gathered into one list (one cell)."""
    out: list[Block | list[Para]] = []
    for b in blocks:
        level = b.role[1:] if isinstance(b, Para) and b.role.startswith("l") else ""
        if level.isdigit() and level != "1" and out and isinstance(out[-1], list):
            out[-1].append(b)  # type: ignore[arg-type]
        elif level == "1":
            out.append([b])  # type: ignore[list-item]
        else:
            out.append(b)
    return out


def sheet_blocks(blocks: list[Block], style: Style) -> list[Block]:
    """``blocks`` laid on one sheet grid: a single :class:`Grid` (role ``sheet``)."""
    n = sheet_width(blocks, style)
    cells: list[GridCell] = []
    row = 0

    def line(text: str, role: str) -> None:
        nonlocal row
        if role in SPACER_BEFORE and row:
            row += 1  # an empty row: no cell
        head = role in ("title", "heading")
        align = "center" if role == "title" else "right" if role == "unit" else "left"
        cells.append(GridCell(row, 0, [text], 1, n, head, align))
        row += 1

    for b in _item_runs(blocks):
        if isinstance(b, list):  # an item and the items under it: one cell, its lines broken inside it
            text = "\n".join(p.text for p in b)
            cells.append(GridCell(row, 0, [""], 1, 1, False, "left"))  # the indent column, empty
            cells.append(GridCell(row, 1, [text], 1, n - 1, False, "left"))
            row += 1
        elif isinstance(b, Para):
            if b.role == "typed":
                for ln in b.text.split("\n"):
                    line(ln.replace("\t", " "), "body")
                continue
            if b.role in ("body",):  # a bullet line: indented by the empty first column, like an item
                cells.append(GridCell(row, 0, [""], 1, 1, False, "left"))
                cells.append(GridCell(row, 1, [b.text], 1, n - 1, False, "left"))
                row += 1
                continue
            for ln in b.text.split("\n") if b.role in ("title", "heading", "group") else [b.text]:
                line(ln, b.role)
        elif isinstance(b, Grid):
            cuts = _bounds(b.widths, b.n_cols, n)
            for c in b.cells:
                lo, hi = cuts[c.col], cuts[min(c.col + c.col_span, b.n_cols)]
                align = c.align if not c.head else "center"
                cells.append(
                    GridCell(
                        row + c.row,
                        lo,
                        ["\n".join(_text_lines(c.content))],
                        c.row_span,
                        hi - lo,
                        c.head,
                        align,
                    )
                )
            row += b.n_rows
        elif isinstance(b, (Figure, PageBreak)):
            continue  # no picture on the sheet; the print sets its own pages
    return [Grid(row, n, cells, widths=[1.0] * n, role="sheet")]


def _field(text: str) -> str:
    """A field as a spreadsheet's tab-separated export writes it: quoted when it holds a line break, a
    tab or a quote (its quotes doubled)."""
    if any(ch in text for ch in '\n\t"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def sheet_tsv(g: Grid) -> str:
    """The sheet saved as tab-separated text: a row a line, every row ``n_cols`` fields, a merged cell's
    text in its first field and its other places empty."""
    rows = [[""] * g.n_cols for _ in range(g.n_rows)]
    for c in g.cells:
        rows[c.row][c.col] = "\n".join(_text_lines(c.content))
    return "".join("\t".join(_field(x) for x in r) + "\n" for r in rows)
