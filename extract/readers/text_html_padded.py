"""The extent of a table an HTML-to-text converter laid out padded (inscriptis of ``hwp5html``'s XHTML, see
text_html_spans.py): every line of a row, and the line of spaces parting it from the next, is exactly as long as
the row's cells, the whole table one width where every row holds every cell. Its rows are told by those lines of
spaces whatever their cells hold: a row whose first cells are empty (a dateless item under a dated one, printed as
one run of text right of the table's left edge) is one of its rows, where the aligned-block reader, which tells
a table's rows by their runs of cells, ends the table above it."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_cells import join_wrapped
from pledgecard.extract.readers.text_html_spans import layout_rows
from pledgecard.extract.readers.text_lines import TLine


def padded_end(lines: list[TLine], k: int) -> int | None:
    """The index of the last line (a line of spaces) of the padded table whose first line is ``lines[k]``: the
    lines after it, printed or of spaces, all as long as it, every run of printed lines followed by a line of
    spaces, two rows at least; None for any other block."""
    if k >= len(lines) or lines[k].blank:
        return None
    if k > 0 and lines[k - 1].blank and lines[k - 1].trail > lines[k].segs[0].c0:
        return None  # the line of spaces of a row above: the rows of a table going on (short of the cells over them)
    width = lines[k].width
    if width <= lines[k].segs[0].c0:
        return None
    j, rows, last = k, 0, None
    while j < len(lines) and lines[j].width == width:
        if lines[j].blank:
            if j > k and not lines[j - 1].blank:
                rows, last = rows + 1, j
        j += 1
    return last if rows >= 2 and last is not None and last + 1 >= j else None


def table_end(lines: list[TLine], k: int) -> int | None:
    """The index of the last line of the padded table opening at ``lines[k]`` (its first line and the line of
    spaces under it one width), before the first line of spaces as long as the table's left margin (the
    converter's indent alone, parting one table from the next); None for a line opening no padded table."""
    if (
        k + 1 >= len(lines)
        or lines[k].blank
        or not lines[k + 1].blank
        or lines[k + 1].width != lines[k].width
    ):
        return None
    left = lines[k].segs[0].c0
    j = k + 1
    while j < len(lines) and not (lines[j].blank and lines[j].trail == left):
        j += 1
    return j - 1


def _cell_text(texts: list[str], lexicon: str) -> str:
    """A cell's lines: a line opening with a marker opens a paragraph of its own (``○ ...`` then ``* 참여기관: ...``),
    the others go on the paragraph above (a wrapped line); the paragraphs one a line."""
    paras: list[list[str]] = []
    for t in texts:
        if not paras or split_marker(t)[0] is not None:
            paras.append([t])
        else:
            paras[-1].append(t)
    return "\n".join(join_wrapped(p, lexicon) for p in paras)


def padded_table(lines: list[TLine], lexicon: str = "") -> Table | None:
    """The table of a padded block (:func:`padded_end`) whose every row holds every cell, each cell where the
    padding places it (an empty cell empty); None where a row is short of cells (text_html_spans.py reads those)
    or the block is not so laid out."""
    laid = layout_rows(lines)
    if laid is None or laid[1]:
        return None
    rows = laid[0]
    n = len(rows[0])
    if n < 2 or any(len(r) != n for r in rows):
        return None
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        for c, segs in enumerate(row):
            nums = [sg.line for sg in segs]
            src = (
                Source(
                    line_start=min(nums),
                    line_end=max(nums),
                    columns=(min(sg.x0 for sg in segs), max(sg.x1 for sg in segs)),
                )
                if segs
                else Source()
            )
            cells.append(Cell(row=r, col=c, text=_cell_text([sg.text for sg in segs], lexicon), source=src))
    nums = [ln.number for ln in lines if not ln.blank]
    return Table(
        cells=cells, n_rows=len(rows), n_cols=n, source=Source(line_start=min(nums), line_end=max(nums))
    )
