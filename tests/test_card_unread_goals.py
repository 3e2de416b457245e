"""The goal read from a line (extract/card_unread.py): the provenance scanned once into the goals of each line
(goal_line_paths, over each goal fact's lines first to last), and a line's one goal from that map (goal_at_line)."""

from __future__ import annotations

from pledgecard.extract.card_unread import goal_at_line, goal_line_paths
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line


def _line(n: int) -> Line:
    return Line(text="x", marker=None, indent=0, source=Source(line_start=n, line_end=n))


def test_each_line_holds_the_goals_read_over_it() -> None:
    prov = {
        "goals[0].target": Source(line_start=10, line_end=12),
        "goals[1].actual": Source(line_start=12),
        "funding.rows[0]": Source(line_start=11),
        "goals[2]": Source(page=3),
    }
    at = goal_line_paths(prov)
    assert at == {10: {"goals[0]"}, 11: {"goals[0]"}, 12: {"goals[0]", "goals[1]"}}
    rows = [_line(n) for n in (10, 11, 12, 13)]
    got = goal_at_line(rows, at)
    assert [got.get(id(r)) for r in rows] == [
        "goals[0]",
        "goals[0]",
        None,
        None,
    ]  # two goals on 12: none told
