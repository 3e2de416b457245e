"""A goal table's rows that are pieces of a wrapped cell (:mod:`pledgecard.extract.sections.goal_pieces`: no year,
no status, no actual) are read as no goal, which row they continue the table not showing; where such a piece
holds a figure and the goal read from the row right above it left that column's field empty, the figure is
likely that goal's, its cell cut (a layout dump's row cut by a page break: mutant 4315 ``-layout``, its first
goal's target ``(55회)`` printed at the next page's top, after the page number). The goal's field stays null; the
card says so at it (``extract.table_unrecovered`` at ``goals[k].target``), so a reviewer can tell a cell the card
leaves empty from one the reading could not place."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.sections.goal_table_rows import goal_rows

FIELDS = ("target", "actual")  # the goal fields whose cut cell's piece this reports


def _same_goal(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in ("year", "project", "status"))


def _holds(value: Any, piece: str) -> bool:
    """Whether a goal's field as read holds the ``piece`` (spaces aside): the cut cell joined back to its row, not
    the field filled some other way while the piece stayed lost (review A s34 finding 5)."""
    return bool(value) and "".join(piece.split()) in "".join(str(value).split())


def pieces_unread(
    tables: list[Table], goals: list[dict[str, Any]], heading: str | None
) -> list[dict[str, Any]]:
    """One finding for each piece row of the goal ``tables`` (see the module) holding a figure in the column of a
    field (target, actual) the goal read right above it left null, located at that goal of ``goals`` (the
    record's, matched by year, project and status; the goals section where no one goal matches)."""
    out: list[dict[str, Any]] = []
    for table in tables:
        read = goal_rows(table)
        if not read:
            continue
        grid = table.grid()
        at = {r: (g, cols) for g, r, cols in read}
        done: set[tuple[int, str]] = set()
        for r in range(2, len(grid)):
            if r in at or not any(any(ch.isdigit() for ch in c) for c in grid[r]):
                continue
            above = max((k for k in at if k < r), default=None)
            if above is None:
                continue
            goal, cols = at[above]
            filled = {j for j, c in enumerate(grid[r]) if c.strip()}
            for name in FIELDS:
                c = cols.get(name)
                if (
                    c is None
                    or filled != {c}
                    or goal.get(name)
                    or grid[above][c].strip()
                    or (above, name) in done
                ):
                    continue
                done.add((above, name))
                same = [k for k, g in enumerate(goals) if _same_goal(g, goal)]
                if len(same) == 1 and _holds(goals[same[0]].get(name), grid[r][c]):
                    continue  # the goal read holds the piece: its cut cell was joined back (goal_table_cut_cells)
                where = f"goals[{same[0]}].{name}" if len(same) == 1 else "goals"
                cell = table.cell_at(r, c)
                out.append(
                    goals_unrecovered(
                        where,
                        f"a piece of a goal table's {name} cell ('{grid[r][c][:30]}') stands under a row whose {name} "
                        f"is empty, on a row of its own (a cell cut, e.g. by a page break): which row it belongs to the "
                        f"table does not show, the {name} is left null"
                        + (f" (section '{heading}')" if heading else ""),
                        observed={"piece": grid[r][c], "field": name},
                        source=cell.source if cell is not None else table.source,
                    )
                )
    return out
