"""The spans of a table an HTML-to-text converter laid out knowing no spans (inscriptis of ``hwp5html``'s XHTML):
every ``<td>`` is one column whatever its ``colspan``, a cell spanning rows stands in its first row only, so
a row's cells are laid out from the first column in the order of its ``<td>`` elements. Its columns are exact
all the same: every column is padded to its widest cell, two spaces apart, an empty cell printed as spaces, and
every line of a row (and the line of spaces under it) is as long as the row's cells, so a row short of cells is
short of characters too. Which cell of a row stands in which column of the layout is read from the dump; which
column of the table it belongs to, from what the dump proves:

- **Columns of the layout** (:func:`layout_rows`): from the left margin, a column's width is its widest cell
  starting at its left edge (none: an empty column, no width), the next column two characters further. Every
  row's length must end at a column's end, every segment lie in one column: else the block is no such layout. A
  table laid out inside a cell of another has every row padded to that cell's width: its rows are counted to their
  last cell printed (the body rows short of cells then read only where the body's groups repeat, below). A label
  set one syllable a line beside the table, joined above it, is its caption. A table as wide as the cell holding
  it, read apart from its label (its lines' padding not kept, its lines of spaces one width, the last row with
  none under it), is counted so too.
- **A head of two rows over a sub-head** (:func:`_head_spans`): the first row's cells stand over the columns
  either spanning both head rows (a stub cell) or spanning the sub-head cells under them; the sub-head over every
  body column that holds no words (figures, dashes, empty cells) and over no other. Read only where one way of placing the head
  holds: the stub cells one a column or one over all of theirs, the cells over the sub-head spanning equal runs
  of it, a run of two cells or more repeating the sub-head's words (``목표 | 실적`` under each year), runs of one
  cell under years only. A column of figures beside the sub-head summing the row's other figures in every row
  printed in full (the rows' totals, ``계``) is a stub's, where the sub-head over it holds no way.
- **A body row short of cells** (:func:`spanned_table`): the cells of the rows above spanning its first columns
  (``2020년 | 90 | - | -`` under ``일자리 창출 | 명 | 197 | 2019년 | ...``): read only where its cells shifted
  right agree in kind with the columns of the rows printed in full (a year under years, a figure under figures,
  words under words), and where its first cell spanning the columns it leaves empty would not, or where the body's
  groups of rows repeat one shape (``목표`` rows each followed by an ``실적`` row). The body's first row short of
  cells (no row above it to span it) is a label spanning the columns its figures leave (``계 | 26``).

Anything else leaves the block to the other readers (None).
"""

from __future__ import annotations

import re

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.item_heads import month_part
from pledgecard.extract.readers.text_cells import DASH_CELL, join_wrapped
from pledgecard.extract.readers.text_lines import RUN, Seg, TLine, display_offsets
from pledgecard.extract.readers.text_packed_rows import spaces_part_rows, sum_columns
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.periods import periods

_FIGURE = re.compile(r"^[△▲\-−+]?\d")


def _kind(text: str) -> str | None:
    """``y`` a year alone, ``f`` a figure, ``w`` words; None for an empty cell or a dash (either kind)."""
    t = text.strip()
    if not t or DASH_CELL.fullmatch(t):
        return None
    if current().year_re.fullmatch(t) is not None:
        return "y"
    return "f" if _FIGURE.match(t) else "w"


def _runs(line: TLine) -> list[Seg]:
    """The line's runs of text two spaces or more apart, as printed (no label's spread gaps filled, no amounts
    one space apart parted: the layout pads by characters)."""
    offs = display_offsets(line.text)
    return [
        Seg(m.group(), offs[m.start()], offs[m.end()], m.start(), m.end(), line.number)
        for m in RUN.finditer(line.text)
    ]


def _rows(lines: list[TLine]) -> list[tuple[list[TLine], int]]:
    """The block's rows (lines between lines of spaces) with the length of each (its lines', in characters)."""
    out: list[tuple[list[TLine], int]] = []
    cur: list[TLine] = []
    for ln in [*lines, TLine(0, 0, "")]:
        if ln.blank:
            if cur:
                out.append((cur, max(x.width for x in [*cur, ln])))
                cur = []
        else:
            cur.append(ln)
    return out


def _unpadded(row: list[TLine]) -> bool:
    """No line of the row keeps the spaces printed after its text (a reader cut them off)."""
    return all(ln.trail == 0 for ln in row)


def layout_rows(lines: list[TLine]) -> tuple[list[list[list[Seg]]], bool] | None:
    """Each row's cells in layout order, as segments top to bottom (an empty cell: none), or None when the block
    is not laid out in padded columns two spaces apart (see the module); with True where every row is padded to
    one width past its cells' (a table laid out inside a cell of another: a row's empty cells that end it are
    not told, its cells counted to its last one printed)."""
    rows = _rows(lines)
    runs = {ln.number: _runs(ln) for r, _ in rows for ln in r}
    segs = [sg for r in runs.values() for sg in r]
    if len(rows) < 2 or not segs:
        return None
    ends = {e for _, e in rows}
    start, last = min(sg.c0 for sg in segs), max(ends)
    cols: list[tuple[int, int]] = []
    while start <= last:
        width = max((sg.c1 - start for sg in segs if sg.c0 == start), default=0)
        grown = True
        while grown:  # a cell's later piece (a single space inside it split a segment off)
            more = max((sg.c1 - start for sg in segs if start < sg.c0 <= start + width + 1), default=width)
            grown, width = more > width, max(width, more)
        cols.append((start, start + width))
        start += width + 2
    col_ends = [b for _, b in cols]
    padded = len(ends) == 1 and last not in col_ends and len(cols) > 1
    out: list[list[list[Seg]]] = []
    if not padded and len(ends - {rows[-1][1]}) == 1 and all(_unpadded(r) for r, _ in rows):
        # the lines' padding not kept (the content cell of another table read apart from its label), the lines
        # of spaces all one width: the table as wide as its cell, its rows' lengths unknown (the last row's, no
        # line of spaces under it, too): each row's cells counted to its last one printed, as a padded table's
        padded = True
    for r, end in rows:
        if padded:
            end = max(next(b for b in col_ends if b >= sg.c1) for ln in r for sg in runs[ln.number])
        if end not in col_ends:
            return None
        n = col_ends.index(end) + 1
        cells: list[list[Seg]] = [[] for _ in range(n)]
        for ln in r:
            for sg in runs[ln.number]:
                k = next((k for k, (a, b) in enumerate(cols[:n]) if a <= sg.c0 and sg.c1 <= b), None)
                if k is None:
                    return None
                cells[k].append(sg)
        out.append(cells)
    return out, padded


def _stub(j: int, width: int) -> list[int] | None:
    """The widths of ``j`` stub cells over ``width`` columns: one a column, or one over all."""
    if j == 0 or width == 0:
        return [] if j == width == 0 else None
    return [1] * j if j == width else [width] if j == 1 else None


def _head_spans(h0: list[str], h1: list[str], free: list[bool]) -> list[tuple[int, int, int]] | None:
    """The first head row's cells as (column, columns spanned, rows spanned), the sub-head under the cells
    spanning columns (see the module); ``free``: the body's columns holding no words, the sub-head over all of them
    and no other. None unless one way holds."""
    n, a, b = len(free), len(h0), len(h1)
    if b < 2:
        return None  # one cell alone under a head: a label spanning its row (``2023년도`` over its rows)
    s = free.index(True) if True in free else 0
    if free[s : s + b] != [True] * b or any(free[:s]) or any(free[s + b :]):
        return None  # the sub-head over every column of figures, and over nothing else
    found: list[list[tuple[int, int, int]]] = []
    for j in range(a):
        for t in range(a - j):
            mid = a - j - t
            lead, tail = _stub(j, s), _stub(t, n - s - b)
            if lead is None or tail is None or mid < 1 or b % mid:
                continue
            w = b // mid
            if mid > 1 and (
                any(h1[i] != h1[i % w] for i in range(b))
                if w > 1
                else any(_kind(t) != "y" for t in h0[j : j + mid])
            ):
                continue  # each over a run of the sub-head repeating its words, or years each over one
            spans, col = [], 0
            for k, width in enumerate([*lead, *[w] * mid, *tail]):
                spans.append((col, width, 1 if j <= k < j + mid else 2))
                col += width
            found.append(spans)
    return found[0] if len(found) == 1 else None


def _fits(kinds: list[str | None], cols: list[set[str]], at: int, strict: bool) -> bool:
    """Cells of these kinds placed from column ``at`` agree with the columns' kinds (a year with figures too,
    and any kind with a column of none, unless ``strict``)."""
    for k, kind in enumerate(kinds):
        got = cols[at + k]
        if kind is None or (not got and not strict) or kind in got:
            continue
        if not strict and kind == "y" and "f" in got:
            continue
        return False
    return True


def _text(segs: list[Seg], lexicon: str) -> str:
    return join_wrapped([sg.text for sg in segs], lexicon)


def _repeated_groups(texts: list[list[str]], body: int, n: int) -> bool:
    """The body is two groups of rows or more of one shape, each a row printed in full and as many rows short of
    cells, the short rows at one place in their groups opening with one text (``목표`` rows each followed by an
    ``실적`` row; ``당초`` by ``변경``): rows under cells spanning them, as no cell spanning columns recurs."""
    groups: list[list[list[str]]] = []
    for row in texts[body:]:
        if len(row) == n:
            groups.append([row])
        elif groups:
            groups[-1].append(row)
        else:
            return False
    shapes = {tuple(len(r) for r in g) for g in groups}
    return (
        len(groups) >= 2
        and len(shapes) == 1
        and len(groups[0]) >= 2
        and all(len({g[i][0] for g in groups}) == 1 for i in range(1, len(groups[0])))
    )


def _label_column(texts: list[list[str]], body: int, n: int, at: int) -> bool:
    """Column ``at`` holds one text in every body row printed in full (``목표`` opening each group of rows), the
    columns left of it a text of their own in each (the project each group's cells span): the rows short of those
    columns open with that column's row labels (``실적``, ``달성률``), whatever the kinds of the cells after them."""
    full = [r for r in texts[body:] if len(r) == n]
    return (
        0 < at < n
        and len(full) >= 2
        and len({r[at] for r in full}) == 1
        and bool(full[0][at].strip())
        and all(len({r[c] for r in full}) == len(full) and all(r[c].strip() for r in full) for c in range(at))
    )


def _head(
    texts: list[list[str]], body: int, n: int, cols: list[set[str]]
) -> list[tuple[int, int, int, int, int]] | None:
    """The head rows' cells placed: (row, layout index, column, columns spanned, rows spanned)."""
    if body == 0:
        return []
    if body == 1:
        return [(0, k, k, 1, 1) for k in range(n)] if len(texts[0]) == n else None
    if len(texts[0]) == len(texts[1]) == n:
        return [(r, k, k, 1, 1) for r in range(2) for k in range(n)]
    spans = _head_spans(texts[0], texts[1], ["w" not in c for c in cols])
    if (
        spans is None
    ):  # a column of the rows' totals beside the sub-head (구분 | 연도별 over years | 계): a stub's
        totals = sum_columns([r for r in texts[body:] if len(r) == n])
        spans = _head_spans(
            texts[0], texts[1], ["w" not in c and k not in totals for k, c in enumerate(cols)]
        )
    if spans is None:
        return None
    under = [c for col, cs, rs in spans if rs == 1 for c in range(col, col + cs)]
    if len(under) != len(texts[1]):
        return None
    return [(0, k, col, cs, rs) for k, (col, cs, rs) in enumerate(spans)] + [
        (1, k, c, 1, 1) for k, c in enumerate(under)
    ]


def _captions(lines: list[TLine]) -> tuple[list[TLine], list[TLine]]:
    """The lines atop the block of one run left of every other line's first (a label set one syllable a line
    beside the table, joined above it: the table's caption, spanning its columns), and the others."""
    runs = [_runs(ln) for ln in lines]  # each line's runs, cut once
    k = 0
    while k < len(lines) and (lines[k].blank or len(runs[k]) == 1):
        k += 1
    rest = [sg.c0 for line_runs in runs[k:] for sg in line_runs]
    if not rest or any(sg.c0 >= min(rest) for line_runs in runs[:k] for sg in line_runs):
        return [], lines
    return [ln for ln in lines[:k] if not ln.blank], lines[k:]


def spanned_table(lines: list[TLine], lexicon: str = "") -> Table | None:
    """The table of a block laid out knowing no spans, its spans read back where the dump proves them (see the
    module); None for a block of another layout, one whose rows all hold every column, or spans not proven."""
    if not spaces_part_rows(lines):
        return None
    caps, own = _captions(lines)
    laid = layout_rows(own)
    if laid is None:
        return None
    rows, padded = laid
    texts = [[_text(c, lexicon) for c in row] for row in rows]
    n = max(len(r) for r in rows)
    placed = _schedule_head(texts, n)
    if placed is None:
        placed = _goal_groups(texts, n)
    if placed is not None:
        return _table(rows, texts, placed, caps, own, lines, n)
    body = next((k for k, r in enumerate(texts) if any(_kind(t) == "f" for t in r)), None)
    if (body is None or body > 2) and len(texts[0]) == n and _repeated_groups(texts, 1, n):
        body = 1  # a head row over groups of rows of one shape (their figures in words: ``공정률 60%``)
    if all(len(r) == n for r in rows) or body is None or body > 2:
        return None
    full = [r for r in texts[body:] if len(r) == n]
    cols = [{k for r in full if (k := _kind(r[c])) is not None} for c in range(n)]
    placed = _head(texts, body, n, cols)
    if placed is None or not full:
        return None
    grouped = _repeated_groups(texts, body, n)  # of the whole body: the same for every row
    for r in range(body, len(texts)):
        m = len(texts[r])
        if m == n:
            placed += [(r, k, k, 1, 1) for k in range(n)]
            continue
        kinds = [_kind(t) for t in texts[r]]
        if r == body and m >= 2 and kinds[0] == "w" and _fits(kinds[1:], cols, n - m + 1, strict=True):
            placed.append((r, 0, 0, n - m + 1, 1))  # a label spanning the columns its figures leave (``계``)
            placed += [(r, k, n - m + k, 1, 1) for k in range(1, m)]
            continue
        labelled = grouped and kinds[0] == "w" and _label_column(texts, body, n, n - m)
        if (
            r == body
            or not (labelled or _fits(kinds, cols, n - m, strict=True))
            or ((padded or _fits(kinds, [cols[0], *cols[n - m + 1 :]], 0, strict=False)) and not grouped)
        ):
            return None
        cover = [p for p in placed if p[0] + p[4] == r and p[2] < n - m]
        if sum(p[3] for p in cover) != n - m or any(p[2] + p[3] > n - m for p in cover):
            return None
        for p in cover:  # the cells over the columns the row leaves empty span it too
            placed[placed.index(p)] = (*p[:4], p[4] + 1)
        placed += [(r, k, n - m + k, 1, 1) for k in range(m)]
    return _table(rows, texts, placed, caps, own, lines, n)


def _schedule_head(texts: list[list[str]], n: int) -> list[tuple[int, int, int, int, int]] | None:
    """The cells of a schedule (추진과제 | 2024년 over ``1월`` .. ``12월``), placed, every body row printed in full:
    the first head row's last cells years, the second row as many cells as the columns the first row's other
    cells leave, more than the first row's: one year's month parts (vocabulary), or every year's periods numbered
    in order (``2024년 | 2025년`` over ``1/4`` .. ``4/4`` twice: normalize/periods.py), each year spanning its
    own, the stub cells spanning both head rows; None for another table."""
    if len(texts) < 3 or not 2 <= len(texts[0]) < n or any(len(r) != n for r in texts[2:]):
        return None
    years = 0
    while years < len(texts[0]) - 1 and current().year_re.fullmatch(texts[0][-1 - years].strip()) is not None:
        years += 1
    j = len(texts[0]) - years
    subs = texts[1]
    if not years or len(subs) != n - j or len(subs) % years or len(subs) <= len(texts[0]):
        return None  # (a sub-head of no more cells than the head row could be that row's own columns)
    per = len(subs) // years
    if not (
        years == 1
        and all(month_part().fullmatch(t.strip()) is not None for t in subs)
        or periods([y for y in texts[0][j:] for _ in range(per)], subs) is not None
    ):
        return None  # (the sub-heads each year's months, or its periods numbered in order: 1/4 .. 4/4)
    return (
        [(0, k, k, 1, 2) for k in range(j)]
        + [(0, j + i, j + i * per, per, 1) for i in range(years)]
        + [(1, k, j + k, 1, 1) for k in range(n - j)]
        + [(r, k, k, 1, 1) for r in range(2, len(texts)) for k in range(n)]
    )


_GROUP_ROLES = ("project", "detail")  # a goal table's columns whose cells span a project's rows


def _role(text: str) -> str | None:
    """The goal table column a head cell names (vocabulary ``[goals_columns]``, a word inside the cell), when
    exactly one does."""
    k = key(text)
    roles = {
        name
        for name, words in current().table("goals_columns").items()
        if name != "other" and any(key(w) in k for w in words)
    }
    return roles.pop() if len(roles) == 1 else None


def _goal_groups(texts: list[list[str]], n: int) -> list[tuple[int, int, int, int, int]] | None:
    """The cells of a goal table placed whose head cells each name a column (vocabulary) and whose body rows
    are printed in full or short of exactly the project and detail columns (``연도 | 세부사업 | 목표 | 실적 |
    추진상황 | 추진내용``, a project's later years under its project and detail cells): a short row's cells in the
    other columns in order, agreeing in kind with the rows printed in full, the cells over the columns it leaves
    spanning it. None for another table."""
    if len(texts) < 3 or len(texts[0]) != n or len(texts[1]) != n:
        return None
    roles = [_role(t) for t in texts[0]]
    group = [c for c, r in enumerate(roles) if r in _GROUP_ROLES]
    if None in roles or not group or len(group) == n:
        return None
    own = [c for c in range(n) if c not in group]
    if any(len(r) not in (n, len(own)) for r in texts[1:]) or all(len(r) == n for r in texts[1:]):
        return None
    full = [r for r in texts[1:] if len(r) == n]
    cols = [{k for r in full if (k := _kind(r[c])) is not None} for c in range(n)]
    placed = [(0, k, k, 1, 1) for k in range(n)]
    for r in range(1, len(texts)):
        if len(texts[r]) == n:
            placed += [(r, k, k, 1, 1) for k in range(n)]
            continue
        if not _fits([_kind(t) for t in texts[r]], [cols[c] for c in own], 0, strict=True):
            return None
        for c in group:  # the cell over the column left spans this row too
            i = next(i for i, p in enumerate(placed) if p[2] == c and p[0] + p[4] == r)
            placed[i] = (*placed[i][:4], placed[i][4] + 1)
        placed += [(r, k, c, 1, 1) for k, c in enumerate(own)]
    return placed


def _table(
    rows: list[list[list[Seg]]],
    texts: list[list[str]],
    placed: list[tuple[int, int, int, int, int]],
    caps: list[TLine],
    own: list[TLine],
    lines: list[TLine],
    n: int,
) -> Table:
    """The table of the cells placed: (row, layout index, column, columns spanned, rows spanned)."""
    top = len(caps)
    cells = [
        Cell(
            row=r,
            col=0,
            text=" ".join(ln.text.split()),
            col_span=n,
            source=Source(line_start=ln.number, line_end=ln.number),
        )
        for r, ln in enumerate(caps)
    ]
    for r, k, col, cs, rs in placed:
        segs = rows[r][k]
        nums = [sg.line for sg in segs] or [min(ln.number for ln in own if not ln.blank)]
        src = Source(
            line_start=min(nums),
            line_end=max(nums),
            columns=(min(sg.x0 for sg in segs), max(sg.x1 for sg in segs)) if segs else None,
        )
        cells.append(Cell(row=r + top, col=col, text=texts[r][k], row_span=rs, col_span=cs, source=src))
    nums = [ln.number for ln in lines if not ln.blank]
    return Table(
        cells=cells,
        n_rows=top + len(texts),
        n_cols=n,
        source=Source(line_start=min(nums), line_end=max(nums)),
    )
