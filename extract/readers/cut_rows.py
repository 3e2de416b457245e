"""Tables whose row a page break cut, printed as two tables (HWP / HWPX: the second opening the next page).

Hangul splits a table row at the page's end when the table lets it (셀 단위로 나눔 off): every cell's
top on one page, the rest at the top of the next, the cells that ended on the first page blank there. A
document converted from the printed pages keeps the two parts as two tables, the second opening the
next page (a new section), its head rows printed again or not. The second part goes on from the first
where structure proves it: the same columns, its head rows (if any) the first part's own, then a row
laid out as the first part's last whose printed cells are fewer than its cells, each under a printed
cell of that row, none opening an item of its own (a marker the cell above never prints). Its text
goes on in the cells above (a paragraph wrapped across the page joined with a space); the rows after
it follow. Anything less proves nothing: the tables stay apart.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Block, Cell, Paragraph, Table
from pledgecard.extract.markers import split_marker

MAX_HEAD = 3  # head rows a continued part may print again


def join_cut_tables(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every table that continues the one before it across a page break (a cut row
    proven, see the module) appended to it."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(b, Table) and isinstance(prev, Table) and _new_page(prev, b):
            joined = join_cut(prev, b)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(b)
    return out


def _new_page(a: Table, b: Table) -> bool:
    """Whether ``b`` opens a later page (section) than ``a``."""
    sa, sb = a.source, b.source
    if sa.page is not None and sb.page is not None:
        return sb.page > sa.page
    return sa.section is not None and sb.section is not None and sb.section > sa.section


def _rows(t: Table, n: int) -> list[list[tuple[int, int, str]]]:
    return [sorted((c.col, c.col_span, c.text.strip()) for c in t.cells if c.row == r) for r in range(n)]


def repeated_head(a: Table, b: Table) -> int:
    """How many leading rows ``b`` prints as ``a`` does (its head printed again); 0 when none."""
    for k in range(min(MAX_HEAD, a.n_rows - 1, b.n_rows - 1), 0, -1):
        rows = _rows(a, k)
        if rows == _rows(b, k) and any(text for row in rows for _, _, text in row):
            return k
    return 0


def join_cut(a: Table, b: Table) -> Table | None:
    """``a`` with ``b`` (the next page's part) appended, its first row after a repeated head merged into
    ``a``'s last row; None when the structure does not prove the row cut."""
    if a.n_cols != b.n_cols or not a.cells or not b.cells:
        return None
    drop = repeated_head(a, b)
    lower = {c.col: c for c in b.cells if c.row == drop}
    upper = {c.col: c for c in a.cells if c.row + c.row_span == a.n_rows}
    if not lower or sorted((k, c.col_span) for k, c in lower.items()) != sorted(
        (k, c.col_span) for k, c in upper.items()
    ):
        return None
    printed = {k: c for k, c in lower.items() if c.text.strip()}
    if not printed or len(printed) == len(lower) or any(c.nested for c in lower.values()):
        return None
    if any(not upper[k].text.strip() or _opens_item(c, upper[k]) for k, c in printed.items()):
        return None
    cells = list(a.cells)
    at = {k: cells.index(c) for k, c in upper.items()}
    for k, c in lower.items():
        cells[at[k]] = replace(
            went_on(upper[k], c) if k in printed else upper[k], row_span=upper[k].row_span + c.row_span - 1
        )
    offset = a.n_rows - 1 - drop
    cells += [replace(c, row=c.row + offset) for c in b.cells if c.row > drop]
    return Table(cells=cells, n_rows=a.n_rows + b.n_rows - drop - 1, n_cols=a.n_cols, source=a.source)


def _opens_item(lower: Cell, upper: Cell) -> bool:
    """Whether the continued part's cell opens an item of its own: its text starts with a marker the
    cell above prints on none of its lines."""
    marker, _ = split_marker(lower.text.strip())
    if marker is None:
        return False
    return not any(split_marker(ln.strip())[0] == marker for ln in upper.text.split("\n"))


def went_on(upper: Cell, lower: Cell) -> Cell:
    """``upper`` with ``lower``'s text going on in it: a paragraph opening without a marker finishes
    the upper cell's last one (joined with a space), the rest follow as its own paragraphs."""
    ups = list(upper.paragraphs) or [Paragraph(upper.text, source=upper.source)]
    downs = list(lower.paragraphs) or [Paragraph(lower.text, source=lower.source)]
    downs = [p for p in downs if p.full_text.strip()]
    if downs and downs[0].marker is None and ups:
        last = ups[-1]
        ups[-1] = replace(last, text=f"{last.text} {downs[0].text}".strip(), printed=None)
        downs = downs[1:]
    paragraphs = ups + downs
    blocks = [b for b in upper.blocks if not isinstance(b, Paragraph)] if upper.blocks else []
    return replace(
        upper,
        text="\n".join(p.full_text for p in paragraphs),
        paragraphs=paragraphs,
        blocks=[*paragraphs, *blocks] if upper.blocks else [],
    )
