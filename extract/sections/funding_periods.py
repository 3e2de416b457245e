"""Funding tables with the periods as row groups: a period's label (총사업비, 기투자, 2023년) in a cell
spanning a group of rows, the funding rows (계, 국비, 도비, ...) under it in a column of their own, then
the amount columns (one a figure: ``사업비(백만원)``; a derived one beside it, ``누계(억원)``, a running
total in another unit, is no period and is not read). Every group lists the same sources in the same
order. The table is turned into the usual grid (the periods across, a row a source) for
:func:`~pledgecard.extract.sections.funding_grid.interpret_grid`; the sums it is then checked against
prove the amounts placed.

The amount column read is the one column whose head is neither a share nor a derived word nor a
second figure's word (``[funding_columns] share`` / ``change``, ``[funding_pairs] second``); where
more than one is left, which one is the plan is not shown and the table is not regrouped.

As document tables (the period cell repeated over the rows it spans) and as text lines (the period
printed before the group's first row, or, in a layout dump, on a line of its own or before another
row of the group, within its rows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pledgecard.extract.sections.funding_pairs import sub_kind
from pledgecard.normalize.money import funding_source, head_unit

Grid = list[list[str]]
Position = tuple[int, int]
Classify = Callable[[str], dict]
IsAmount = Callable[[str], bool]

_GROUP_KINDS = ("total", "prior", "year", "after_term")


@dataclass(slots=True)
class _Row:
    period: str  # the group's label printed on this row ("" when none)
    source: str  # the row's own label
    amounts: list[str]  # the amount cells, left to right ("" for an empty cell)
    at: int  # the printed row (table) or line index
    cols: list[int]  # the printed column of each amount cell


def _key(text: str) -> str:
    return "".join(text.split())


def plan_column(heads: list[str], classify: Classify) -> int | None:
    """The index among the amount columns' ``heads`` of the one that holds the figures: no share,
    derived or second figure's column; None unless exactly one is left."""
    keep = [
        k
        for k, h in enumerate(heads)
        if h.strip()
        and classify(h)["kind"] not in ("share", "note")
        and sub_kind(head_unit(h)[0]) not in ("second", "derived")
    ]
    return keep[0] if len(keep) == 1 else None


def _period(text: str, classify: Classify) -> bool:
    """A period's label (총사업비 too, which also names the total row of a table with the sources down)."""
    kind = classify(text)["kind"] if text.strip() else None
    return kind in _GROUP_KINDS and (kind == "total" or funding_source(_key(text)) is None)


def _source(text: str) -> bool:
    return bool(text.strip()) and funding_source(_key(text)) is not None


def regroup_table(
    grid: Grid, classify: Classify, is_amount: IsAmount
) -> tuple[Grid, dict[Position, Position]] | None:
    """A document table's grid (a merged cell's text repeated over the positions it covers) with the
    periods as row groups, turned into the usual grid, with the printed position of every cell of it;
    None for any other table."""
    for p in range(max(len(r) for r in grid) - 2 if grid else 0):
        first = next((i for i, r in enumerate(grid) if len(r) > p + 2 and _source(r[p + 1])), None)
        if (
            not first
            or any(is_amount(c) for r in grid[:first] for c in r if c.strip())
            or (grid[first][p].strip() and not _period(grid[first][p], classify))
        ):
            continue  # the body from the first row under the head (its period maybe centred lower)
        body = []  # the rows from there on of a period (or none: a span a page break cut) and a source;
        for i in range(first, len(grid)):  # empty rows (the break's) skipped
            r = grid[i]
            if not any(c.strip() for c in r):
                continue
            if not (len(r) > p + 2 and (not r[p].strip() or _period(r[p], classify)) and _source(r[p + 1])):
                break
            body.append(i)
        if len(body) < 4:
            continue
        heads = [
            next((grid[i][j] for i in range(first - 1, -1, -1) if grid[i][j].strip()), "")
            for j in range(p + 2, len(grid[first]))
        ]
        c = plan_column(heads, classify)
        if c is None:
            continue
        rows, prev = [], None
        for i in body:
            r = grid[i]
            period = r[p] if r[p] != prev else ""  # a spanning cell: its text opens its group only
            prev = r[p]
            rows.append(_Row(period, r[p + 1], r[p + 2 :], i, list(range(p + 2, len(r)))))
        groups = _cut(rows)
        got = _grid(groups, c, is_amount) if groups is not None else None
        if got is not None:
            out, origin = got
            return out, {k: (v[0], v[1]) if v[1] >= 0 else (v[0], p + 1) for k, v in origin.items()}
    return None


def regroup_lines(
    rows: list[list[str]], heads: list[str], lone: dict[int, str], classify: Classify, is_amount: IsAmount
) -> Grid | None:
    """Printed row lines (label words, then the amounts, as the dump printed them; their index in
    ``rows`` is their order) of a table with the periods as row groups, ``heads`` the amount
    columns' heads (the last ones of the header line), ``lone`` the period labels printed on lines of
    their own (by the index of the row line they follow): the usual grid, or None."""
    c = plan_column(heads, classify) if heads else 0
    if c is None:
        return None
    parsed: list[_Row] = []
    for k, r in enumerate(rows):
        words = r[0].split()
        split = next(
            (
                n
                for n in range(len(words) - 1, 0, -1)
                if _period(" ".join(words[:n]), classify) and _source(" ".join(words[n:]))
            ),
            None,
        )
        if split is not None:
            parsed.append(_Row(" ".join(words[:split]), " ".join(words[split:]), r[1:], k, []))
        elif _source(r[0]):
            parsed.append(_Row("", r[0], r[1:], k, []))
        else:
            return None
    if not heads and any(len(r.amounts) > 1 for r in parsed):
        return None  # two figures a row under no heads: which is the plan is not shown
    groups = _cut(parsed)
    if groups is None:
        return None
    for after, label in lone.items():  # a label centred in its group's rows: within them, never between
        inside = [g for g in groups if g[0].at <= after < g[-1].at]
        if len(inside) != 1 or any(r.period for r in inside[0]):
            return None
        inside[0][0].period = label
    got = _grid(groups, c, is_amount)
    return got[0] if got else None


def _cut(rows: list[_Row]) -> list[list[_Row]] | None:
    """The rows in groups, cut where the first row's source comes again; each group's one period moved
    to its first row (printed on any row of it); None unless every group lists the same sources in
    the same order and at most one period is printed in each."""
    if not rows:
        return None
    lead = _key(rows[0].source)
    groups: list[list[_Row]] = []
    for r in rows:
        if _key(r.source) == lead:
            groups.append([])
        groups[-1].append(r)
    order = [_key(r.source) for r in groups[0]]
    if len(groups) < 2 or len(order) < 2 or any([_key(r.source) for r in g] != order for g in groups):
        return None
    for g in groups:
        printed = [r.period for r in g if r.period]
        if len(printed) > 1:
            return None
        g[0].period = printed[0] if printed else ""
    return groups


def _grid(
    groups: list[list[_Row]], c: int, is_amount: IsAmount
) -> tuple[Grid, dict[Position, Position]] | None:
    """The usual grid from rows in groups (:func:`_cut`: each group's first row holding its period): a
    head row of the periods, a row a source of the ``c``-th amount cell of every group; the printed
    position of each cell kept (a label's column -1: the source column)."""
    if any(not g[0].period for g in groups):
        return None
    periods = [g[0].period for g in groups]
    if len({_key(p) for p in periods}) != len(periods):
        return None
    out: Grid = [["", *periods]]
    origin: dict[Position, Position] = {}
    for k, r in enumerate(groups[0]):
        row = [r.source]
        origin[(1 + k, 0)] = (r.at, -1)
        for j, g in enumerate(groups):
            cells = g[k].amounts
            cell = cells[c] if c < len(cells) else ""
            if cell.strip() and not is_amount(cell):
                return None
            row.append(cell)
            if g[k].cols:
                origin[(1 + k, 1 + j)] = (g[k].at, g[k].cols[c])
        out.append(row)
    return out, origin
