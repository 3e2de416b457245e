"""Which of a dump's lines print a goal: where a reading path knows a goal's row only as its table's first line
(cells printed one a line, goals read from the running text), the lines printing its target and then its
actual, in the goals' order, so that its provenance is where its figures are printed. A goal none of whose
figures a line prints keeps the place it was given."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import Loc

MAX_ACTUAL_AFTER = (
    8  # lines: how far after its target a goal's actual may print (its status, blank cells between)
)


def _prints(line: Line, text: str) -> bool:
    """Whether the line prints ``text`` (spaces inside either aside), not inside another number: a figure's
    first or last digit touching another digit (``10`` in ``2010``, ``5`` in ``15``) is not printed."""
    want = "".join(text.split())
    if not want:
        return False
    pattern = r"\s*".join(map(re.escape, want))
    return re.search(rf"(?<!\d){pattern}(?!\d)", line.full_text) is not None


def placed_goal_lines(
    goals: Sequence[Mapping[str, Any]], prov: dict[Loc, Any], lines: Sequence[Line]
) -> None:
    """Set, in ``prov``, each dump goal's source to the lines printing its target (where the line it was given
    does not) down to the line printing its actual (where that is a line under it)."""
    at = 0  # the goals are printed in order: each searched for after the last one found
    for i, goal in enumerate(goals):
        loc = Loc("goals", i)
        src = prov.get(loc)
        target, actual = goal.get("target"), goal.get("actual")
        if (
            not isinstance(src, Source)
            or src.line_start is None
            or src.bbox is not None
            or src.cell is not None
            or not isinstance(target, str)
            or not target.strip()
        ):
            continue
        given = [
            k
            for k, ln in enumerate(lines)
            if ln.source.line_start is not None
            and src.line_start <= ln.source.line_start <= (src.line_end or src.line_start)
        ]
        if any(_prints(lines[k], target) for k in given):
            start, first = given[-1], src  # its line prints it: its actual may print on a line under it
        else:
            found = next((k for k in range(at, len(lines)) if _prints(lines[k], target)), None)
            if found is None:
                continue
            start, first = found, lines[found].source
        end = start
        if (
            isinstance(actual, str)
            and actual.strip()
            and not any(_prints(lines[k], actual) for k in (*given, start))
        ):
            end = next(
                (
                    j
                    for j in range(start + 1, min(len(lines), start + 1 + MAX_ACTUAL_AFTER))
                    if _prints(lines[j], actual)
                ),
                start,
            )
        last = lines[end].source
        if first is not src or end != start:
            prov[loc] = replace(
                first, line_end=max(first.line_end or 0, last.line_end or last.line_start or 0)
            )
        at = start + 1
