"""A goal table whose target (and actual) head spans the year's periods closed by their total: ``2024년 목표``
over ``상반기 | 하반기 | 계`` (or ``1/4분기`` .. ``4/4분기 | 계``), the actual a column of its own or spanning the same
periods.

The class fixed (session 37, byeori-county and haeoreum-city, from session 36's hand-made cards): a project a row,
each goal's year target printed in the total's sub-column and its parts in the periods' sub-columns. Read as one
spanning group with no field (:func:`goal_table_rows.spanned_header` blanked the sub-columns) the target was lost;
two such groups (목표 and 실적 each over the halves) were no two-row head at all and the sub-head row was read as a
goal (``상반기`` a target). Here every spanning group whose sub-heads are the year's periods in order from its first
(a half: :func:`goal_half_heads.half_head`; a quarter: :func:`goal_quarters.quarter_head`) closed by a total's word
(``[goals_quarter_table] total``) names one column, the total's: it takes the span's text as its head (``2024년
목표``: a target column; ``실적``: the actual), the periods' columns none. The year is the one the spans state (one
year in all, else no such head). The periods' figures are parts of the year's; the total's cell is the figure.
"""

from __future__ import annotations

import itertools

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_quarters import quarter_head, total_head
from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.money import cell_figure


def _runs(top: list[str], below: list[str]) -> list[list[int]]:
    """The spanning groups of a two-row head: runs of columns whose top cell differs from the one below it (a span
    over sub-heads), one run a top text."""
    runs: list[list[int]] = []
    for j in range(len(top)):
        if top[j] == below[j]:
            continue
        if runs and runs[-1][-1] == j - 1 and top[runs[-1][-1]] == top[j]:
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def _closed_periods(subs: list[str]) -> bool:
    """Whether sub-heads are a year's periods in order from its first, then their total (``상반기 | 하반기 | 계``)."""
    if len(subs) < 3 or not total_head(subs[-1]):
        return False
    halves = [half_head(s) for s in subs[:-1]]
    quarters = [quarter_head(s) for s in subs[:-1]]
    return halves == [1, 2] or quarters == [1, 2, 3, 4]


def period_total_header(top: list[str], below: list[str]) -> tuple[list[str], int | None] | None:
    """The one-row header of a two-row head whose every spanning group is periods closed by their total (the
    total's column headed by the span's text, the periods' columns empty) and the year the spans state; None for
    any other head."""
    if len(top) != len(below) or top == below:
        return None
    runs = _runs(top, below)
    if not runs or not all(top[r[0]] and _closed_periods([below[j] for j in r]) for r in runs):
        return None
    years = set()
    for r in runs:
        m = current().year_re.search(top[r[0]].replace(" ", ""))
        if m:
            years.add(year_of(m))
    if len(years) > 1:
        return None
    header = ["" if top[j] != below[j] else top[j] for j in range(len(top))]
    for r in runs:
        header[r[-1]] = top[r[0]]
    return header, (years.pop() if years else None)


def _field_word(text: str) -> bool:
    """A head cell naming a target or an actual (``2024년 목표``, ``실적``)."""
    words = [w for name in ("target", "actual") for w in current().words("goals_columns", name)]
    return any(w in text.replace(" ", "") for w in words)


def _sub_runs(subs: list[str]) -> list[int] | None:
    """The lengths of the runs of closed periods ``subs`` part into (``상반기 | 하반기 | 계`` twice: [3, 3]), else
    None."""
    runs: list[int] = []
    k = 0
    while k < len(subs):
        end = next((j for j in range(k + 2, len(subs)) if total_head(subs[j])), None)
        if end is None or not _closed_periods(subs[k : end + 1]):
            return None
        runs.append(end + 1 - k)
        k = end + 1
    return runs or None


def flat_period_table(texts: list[str]) -> tuple[list[list[str]], list[tuple[int, int, int]], int] | None:
    """A goal table whose head spans closed periods (see the module) printed a cell a line (a web page's select-all
    copy, a converter flattening every table): the grid of its head rows and whole body rows, the spans
    ``(row, col, col_span)`` of its head (each spanning cell's; the others span both head rows) and how many of
    ``texts`` it takes; None for other lines. The top head cells run up to the first period head, the sub-heads
    after them part into runs of closed periods, each under one top cell naming a target or an actual (the first
    such cells, in order); every body row then prints as many cells, a figure (or a dash) under each period."""
    first = next((k for k, t in enumerate(texts) if half_head(t) or quarter_head(t)), None)
    if first is None or first < 2:
        return None
    top = texts[:first]
    sub_end = first
    while sub_end < len(texts) and (
        half_head(texts[sub_end]) or quarter_head(texts[sub_end]) or total_head(texts[sub_end])
    ):
        sub_end += 1
    runs = _sub_runs(texts[first:sub_end])
    spanning = [j for j, t in enumerate(top) if _field_word(t)]
    if runs is None or len(spanning) < len(runs):
        return None
    spans = dict(zip(spanning, runs, strict=False))
    width = sum(spans.get(j, 1) for j in range(len(top)))
    head_top: list[str] = []
    head_sub: list[str] = []
    shape: list[tuple[int, int, int]] = []
    subs = iter(texts[first:sub_end])
    for j, cell in enumerate(top):
        n = spans.get(j, 1)
        shape.append((0, len(head_top), n))
        head_top += [cell] * n
        head_sub += [next(subs) for _ in range(n)] if j in spans else [cell]
    body = texts[sub_end:]
    periods = [
        k for k, (a, b) in enumerate(zip(head_top, head_sub, strict=True)) if a != b and not total_head(b)
    ]
    rows: list[list[str]] = []
    while len(body) >= width * (len(rows) + 1):
        row = body[width * len(rows) : width * (len(rows) + 1)]
        if any(cell_figure(row[k]) is None for k in periods):
            break
        rows.append(row)
    if not rows:
        return None
    return [head_top, head_sub, *rows], [s for s in shape if s[2] > 1], sub_end + width * len(rows)


def period_tables(items: list[Item]) -> list[Item]:
    """``items`` with the lines of a goal table whose head spans closed periods, printed a cell a line
    (:func:`flat_period_table`), made that table (its cells the lines, each with its line's source); other items
    as they are."""
    for k, it in enumerate(items):
        if not isinstance(it, Line):
            continue
        run = [
            ln for ln in itertools.takewhile(lambda x: isinstance(x, Line), items[k:]) if isinstance(ln, Line)
        ]
        got = flat_period_table([ln.full_text.strip() for ln in run])
        if got is None:
            continue
        grid, spans, used = got
        lines = run[:used]
        wide = {(r, c): n for r, c, n in spans}
        cells: list[Cell] = []
        at = 0
        for c in range(len(grid[0])):  # the top row: a spanning cell once, the others over both head rows
            if c and grid[0][c] == grid[0][c - 1] and any(c0 < c < c0 + n for (_, c0), n in wide.items()):
                continue
            n = wide.get((0, c), 1)
            cells.append(
                Cell(
                    row=0,
                    col=c,
                    text=grid[0][c],
                    row_span=1 if n > 1 else 2,
                    col_span=n,
                    source=lines[at].source,
                )
            )
            at += 1
        for c in range(len(grid[1])):  # the sub-heads under the spans
            if any(c0 <= c < c0 + n for (_, c0), n in wide.items()):
                cells.append(Cell(row=1, col=c, text=grid[1][c], source=lines[at].source))
                at += 1
        for r, row in enumerate(grid[2:], 2):
            for c, text in enumerate(row):
                cells.append(Cell(row=r, col=c, text=text, source=lines[at].source))
                at += 1
        table = Table(cells=cells, n_rows=len(grid), n_cols=len(grid[0]), source=lines[0].source)
        return [*items[:k], table, *period_tables(items[k + used :])]
    return list(items)
