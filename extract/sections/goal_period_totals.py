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
from typing import Any

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_quarters import period_quarter, quarter_head, total_head
from pledgecard.extract.sections.goal_record import value_and_unit
from pledgecard.extract.vocabulary import current, key, year_of
from pledgecard.normalize.money import cell_figure
from pledgecard.normalize.text import is_dash


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
    quarters = [period_quarter(s) for s in subs[:-1]]  # (1/4 .. 4/4 under 실적: the quarters too)
    return halves == [1, 2] or quarters == [1, 2, 3, 4]


def _year(text: str) -> int | None:
    m = current().year_re.search(text.replace(" ", ""))
    return year_of(m) if m else None


def _previous(text: str) -> bool:
    """A head naming an earlier period than the goal's (``전년도 실적``)."""
    return any(w in text.replace(" ", "") for w in current().words("goals_quarter_table", "previous_period"))


def _left_out(top: list[str], runs: list[list[int]]) -> list[list[int]] | None:
    """The spanning groups that are no figure of the goal's year: a span naming an earlier period (``전년도
    실적``), or, where the head prints several years, one naming another year than the target's (``2023년 실적``
    beside ``2024년 목표``); None when the head prints several years and no one target year."""
    out = [r for r in runs if _previous(top[r[0]])]
    years = {y for t in top if (y := _year(t)) is not None}
    if len(years) <= 1:
        return out
    targets = {y for t in top if _field_word(t, "target") and (y := _year(t)) is not None}
    if len(targets) != 1:
        return None
    return [r for r in runs if r in out or _year(top[r[0]]) not in (None, *targets)]


def _closed_runs(top: list[str], below: list[str]) -> list[list[int]] | None:
    if len(top) != len(below) or top == below:
        return None
    runs = _runs(top, below)
    if not runs or not all(top[r[0]] and _closed_periods([below[j] for j in r]) for r in runs):
        return None
    return runs


def unread_spans(top: list[str], below: list[str]) -> list[str]:
    """The texts of the spans over closed periods :func:`period_total_header` reads as no field (no figure of the
    goal's year: see :func:`_left_out`); none for any other head."""
    runs = _closed_runs(top, below)
    out = _left_out(top, runs) if runs else None
    return [top[r[0]] for r in out or []]


def _blank(text: str) -> bool:
    return not text.strip() or is_dash(text)


def _figure(text: str) -> float | None:
    """A goal cell's figure, with its unit (``4개소``) or bare (``145``)."""
    v = value_and_unit(text)[0]
    bare = cell_figure(text, dash_is_zero=False, signs="") if v is None else None
    return float(v) if v is not None else None if bare is None else float(bare)


def total_proven(parts: list[str], total: str, word: str) -> bool:
    """Whether a closing total's cell is the year's figure: the periods printed all figures summing to it (a blank
    or a dashed period counting none), or
    the head's word a plain sum's (``계``, ``합계``: ``[goals_quarter_table] sum_total``) and the periods blank;
    a blank total reads nothing (proven)."""
    t = _figure(total)
    if _blank(total) or t is None and not any(ch.isdigit() for ch in total):
        return True
    if all(_blank(c) for c in parts):
        return key(word) in {key(w) for w in current().words("goals_quarter_table", "sum_total")}
    vals = [_figure(c) for c in parts if not _blank(c)]  # a blank or dashed period counting none
    return t is not None and None not in vals and abs(sum(v for v in vals if v is not None) - t) < 1e-9


def unproven_totals(grid: list[list[str]]) -> list[tuple[int, int]]:
    """The body cells ``(row, col)`` of a goal table whose two-row head spans closed periods (read by
    :func:`period_total_header`) under a span's total that the row's periods do not prove
    (:func:`total_proven`: ``2 | 2 | 9개소`` under ``상반기 | 하반기 | 누계``)."""
    if len(grid) < 3:
        return []
    top, below = grid[0], grid[1]
    runs = _closed_runs(top, below)
    out = _left_out(top, runs) if runs else None
    if runs is None or out is None:
        return []
    return [
        (i, r[-1])
        for r in runs
        if r not in out
        for i, row in enumerate(grid[2:], 2)
        if len(row) == len(top) and not total_proven([row[j] for j in r[:-1]], row[r[-1]], below[r[-1]])
    ]


def periods_finding(where: Source | None, spans: list[str], why: str) -> dict[str, Any]:
    """The finding at ``goals`` that a goal table's spans over closed periods were not read (``spans`` their
    texts): ``why`` says which reading was refused."""
    return finding(
        "extract.periods_unread",
        "goals",
        f"the goal table's head spans a year's periods closed by their total, and {why}: those "
        "columns are read as no field (their figures are left null), never as the goal's",
        observed={"spans": spans},
        source=where,
    )


def period_total_header(top: list[str], below: list[str]) -> tuple[list[str], int | None] | None:
    """The one-row header of a two-row head whose every spanning group is periods closed by their total (the
    total's column headed by the span's text, the periods' columns empty; a span of no figure of the goal's year
    all empty: :func:`_left_out`) and the year the head states; None for any other head."""
    runs = _closed_runs(top, below)
    if runs is None or (out := _left_out(top, runs)) is None:
        return None
    kept = [r for r in runs if r not in out]
    years = {y for r in kept if (y := _year(top[r[0]])) is not None}
    if not years:  # no span states it: the head's one year, if it prints one (2024년 목표 beside the spans)
        years = {y for j, t in enumerate(top) if top[j] == below[j] and (y := _year(t)) is not None}
    if len(years) > 1:
        return None
    header = ["" if top[j] != below[j] else top[j] for j in range(len(top))]
    for r in kept:
        header[r[-1]] = top[r[0]]
    return header, (years.pop() if years else None)


def _field_word(text: str, *names: str) -> bool:
    """A head cell naming a target or an actual (``2024년 목표``, ``실적``; only the fields ``names`` given)."""
    words = [w for name in names or ("target", "actual") for w in current().words("goals_columns", name)]
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


def _flat_head(texts: list[str]) -> tuple[list[str], int, list[int], list[int], int] | None:
    """The head of a goal table spanning closed periods printed a cell a line: its top cells, where its sub-heads
    start, their runs' lengths, the top cells naming a target or an actual and where the sub-heads end; None for
    other lines (or fewer such cells than runs)."""
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
    return top, first, runs, spanning, sub_end


def unread_flat_head(texts: list[str]) -> list[str]:
    """The top cells naming a target or an actual of a goal head spanning closed periods printed a cell a line
    where they outnumber the runs of periods (``실적 | 2020년 목표`` over one ``상반기 | 하반기 | 계``): which of
    them spans is not printed, so no table is made of it; empty for other lines."""
    head = _flat_head(texts)
    if head is None or len(head[3]) == len(head[2]):
        return []
    return [head[0][j] for j in head[3]]


def flat_period_table(
    texts: list[str], unplaced: bool = False
) -> tuple[list[list[str]], list[tuple[int, int, int]], int] | None:
    """A goal table whose head spans closed periods (see the module) printed a cell a line (a web page's select-all
    copy, a converter flattening every table): the grid of its head rows and whole body rows, the spans
    ``(row, col, col_span)`` of its head (each spanning cell's; the others span both head rows) and how many of
    ``texts`` it takes; None for other lines. The top head cells run up to the first period head, the sub-heads
    after them part into runs of closed periods, each under one top cell naming a target or an actual (the first
    such cells, in order, only where they are as many as the runs: else None, unless ``unplaced``, for how many
    lines the table takes); every body row then prints as many cells, a figure (or a dash) under each period."""
    head = _flat_head(texts)
    if head is None or (
        len(head[3]) != len(head[2]) and not unplaced
    ):  # more field cells than runs: unprinted
        return None
    top, first, runs, spanning, sub_end = head
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


def period_tables(
    items: list[Item], said: list[dict[str, Any]] | None = None, aside: list[Item] | None = None
) -> list[Item]:
    """``items`` with the lines of a goal table whose head spans closed periods, printed a cell a line
    (:func:`flat_period_table`), made that table (its cells the lines, each with its line's source); other items
    as they are. A head whose spans cannot be placed (:func:`unread_flat_head`) makes no table: its lines are put
    on ``aside`` (none of them a goal) with a finding on ``said``, when both are given."""
    for k, it in enumerate(items):
        if not isinstance(it, Line):
            continue
        run = [
            ln for ln in itertools.takewhile(lambda x: isinstance(x, Line), items[k:]) if isinstance(ln, Line)
        ]
        texts = [ln.full_text.strip() for ln in run]
        got = flat_period_table(texts)
        if got is None:
            cells = unread_flat_head(texts)
            if (
                said is None
                or aside is None
                or not cells
                or (whole := flat_period_table(texts, unplaced=True)) is None
            ):
                continue
            said.append(
                periods_finding(
                    run[texts.index(cells[0])].source,
                    cells,
                    "more of its top cells name a "
                    "target or an actual than it prints runs of periods (which spans them is "
                    "not printed)",
                )
            )
            aside.extend(run[: whole[2]])  # the table's lines: read as no goal, kept unparsed
            return [*items[:k], *period_tables(items[k + whole[2] :], said, aside)]
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
        return [*items[:k], table, *period_tables(items[k + used :], said, aside)]
    return list(items)
