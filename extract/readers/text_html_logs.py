"""A log table (연도 | 월 | 추진내용, extract/sections/log_tables.py) an HTML-to-text converter laid out knowing no
spans (inscriptis of ``hwp5html``'s XHTML, see text_html_spans.py): a cell spanning rows stands in its first row
only, centred on that row's lines, and the rows it spans follow short of it, their cells laid out from the first
column. A content cell of several paragraphs prints lines of spaces between them, so the rows are not told by
lines of spaces; they are told by the padding: every line of a row, and the line of spaces under it, is exactly
as long as the row's cells, the head row's length that of a row holding every cell.

- **Runs** (:func:`log_table`): the lines after the head row cut where their length changes. Every length must
  end a column of the head (its cells at the columns' left edges, two spaces apart), every segment lie in one
  column; a run's length tells how many cells its rows hold, its rows' cells standing in the table's last
  columns (the first ones spanned from above): each segment in a date column must read as that date part.
- **Rows inside a run**: a paragraph of the content cell with no marker opens a row, a marked one is an item
  under it. The date cells a run prints are centred on the rows each spans, cut as :func:`centred_runs` proves
  (one way only); the columns a run leaves out are spanned by the cells over the run's last row above it, so its
  rows carry those (none where that cell was empty).

Anything not proven so leaves the block to the other readers (None): no date is read that the dump does not show.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.item_heads import month_part, part_columns, year_part
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_cells import join_wrapped
from pledgecard.extract.readers.text_lines import RUN, TLine
from pledgecard.extract.sections.log_centred_dates import centred_runs

_SPAN = "span"  # a date column a run leaves to the cell above it
Date = tuple[str, int]  # a date cell's text and line (one object for every row it spans)


def _head(line: TLine) -> tuple[list[int], list[str], int] | None:
    """The head row's column starts, texts and content column, when it heads a log table."""
    runs = list(RUN.finditer(line.text))
    texts = [m.group() for m in runs]
    cols = part_columns(texts)
    if cols is None or cols[1] != len(texts) - 1:
        return None  # cells after the content one (비고): not read here
    return [m.start() for m in runs], texts, cols[1]


def log_table(lines: list[TLine], k: int, lexicon: str = "") -> tuple[Table, int] | None:
    """The log table whose head row is ``lines[k]``, laid out as the module tells, with the index of the line
    after it; None when the lines are not so laid out or a date is not proven."""
    head = _head(lines[k]) if k + 1 < len(lines) and not lines[k].blank else None
    if head is None:
        return None
    starts, texts, t = head
    if t != 2:
        return None  # a year and a month column only: the parts read here
    full = lines[k].width
    ends = [b - 2 for b in starts[1:]] + [full]
    if not (lines[k + 1].blank and lines[k + 1].width == full):
        return None
    end = k + 2
    while end < len(lines) and lines[end].width > starts[0]:
        end += 1
    body = lines[k + 2 : end]
    if not body or any(ln.width not in ends for ln in body) or not body[-1].blank:
        return None
    runs: list[list[TLine]] = []
    for ln in body:
        if runs and runs[-1][-1].width == ln.width:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    n = len(starts)
    rows: list[tuple[list[Date | None], list[tuple[str, int]]]] = []  # dates, paragraphs
    for run in runs:
        got = _run_rows(run, starts, ends, t, lexicon)
        if got is None:
            return None
        for dates, paras in got:
            above = rows[-1][0] if rows else [None] * t
            rows.append(([above[c] if isinstance(d, str) else d for c, d in enumerate(dates)], paras))
    if not rows:
        return None
    cells = [
        Cell(row=0, col=c, text=texts[c], source=Source(line_start=lines[k].number, line_end=lines[k].number))
        for c in range(n)
    ]
    for c in range(t):  # a date cell spans the consecutive rows it stands over
        r = 0
        while r < len(rows):
            d = rows[r][0][c]
            s = r + 1
            while s < len(rows) and d is not None and rows[s][0][c] is d:
                s += 1
            if d is not None:
                cells.append(
                    Cell(
                        row=r + 1,
                        col=c,
                        text=d[0],
                        row_span=s - r,
                        source=Source(line_start=d[1], line_end=d[1]),
                    )
                )
            r = s
    for r, (_, paras) in enumerate(rows, 1):
        cells.append(
            Cell(
                row=r,
                col=t,
                text="\n".join(p for p, _ in paras),
                source=Source(line_start=paras[0][1], line_end=paras[-1][1]),
            )
        )
    table = Table(
        cells=cells,
        n_rows=len(rows) + 1,
        n_cols=n,
        source=Source(line_start=lines[k].number, line_end=body[-1].number),
    )
    return table, end


def _run_rows(
    run: list[TLine], starts: list[int], ends: list[int], t: int, lexicon: str
) -> list[tuple[list[Date | str | None], list[tuple[str, int]]]] | None:
    """The rows of one run: each its date cells (a :data:`Date`, :data:`_SPAN` for a column the run
    leaves to the cell above, None for an empty one) and its content paragraphs (text, first line)."""
    m = ends.index(run[0].width) + 1
    skip = len(starts) - m  # the table's columns spanned from above: its first ones
    if skip > t:
        return None  # no content cell in the run
    found: dict[int, list[tuple[str, int]]] = {c: [] for c in range(skip, len(starts))}
    for ln in run:
        for g in RUN.finditer(ln.text):
            col = next((j for j in range(m) if starts[j] <= g.start() and g.end() <= ends[j]), None)
            if col is None:
                return None
            found[skip + col].append((g.group(), ln.number))
    paras: list[list[tuple[str, int]]] = []
    for text, num in found[t]:
        if paras and paras[-1][-1][1] == num - 1:
            paras[-1].append((text, num))
        else:
            paras.append([(text, num)])
    if not paras:
        return None
    rows: list[list[list[tuple[str, int]]]] = []
    for p in paras:
        if not rows or split_marker(p[0][0])[0] is None:
            rows.append([p])
        else:
            rows[-1].append(p)
    extents = [(r[0][0][1], r[-1][-1][1]) for r in rows]
    dates: list[list[Date | str | None]] = [[_SPAN] * skip + [None] * (t - skip) for _ in rows]
    for c in range(skip, t):
        part = (year_part(), month_part())[c]
        if any(not part.fullmatch(text) for text, _ in found[c]):
            return None
        if not found[c]:
            continue
        cut = centred_runs(extents, [num for _, num in found[c]])
        if cut is None:
            return None
        for i, j in enumerate(cut):
            dates[i][c] = found[c][j]
    return [
        (d, [(join_wrapped([x for x, _ in p], lexicon), p[0][1]) for p in r])
        for d, r in zip(dates, rows, strict=True)
    ]
