"""The right column of a table telling the achievements and the plans side by side (``그간 추진실적 | 향후
추진계획`` under one heading naming both), in a text dump printing the table flat: each row's left cell (a
block of achievements under its reporting point, 〔기 추진실적〕 '24. 4분기 누계) then its right cell (the plans
beside it), which column a line stands in not printed (extract/side_heads.py). The section splitter reads
every line as the left column's; a block's last items are the right cell's where the dates prove it: a run of
items closing the block (nothing under them), one marker each, every one dated after the latest reporting
point the left column prints (what a block reports on has happened by then: a later date is a plan). The
run goes to the plans, in order; a block whose last item is undated or reported on keeps its lines. The
left cell may hold sub-headings of another shape than the combined heading ([주민 소통]): the sections they
open are the left column's too, up to the next heading of the combined heading's shape."""

from __future__ import annotations

from pledgecard.extract.card_results import Section
from pledgecard.extract.heading_shapes import shape_of
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.common import split_trailing_date

LEFT, RIGHT = "achievements", "plans"


def right_column_home(
    sections: list[Section], side: dict[int, tuple[str, ...]], printed: dict[int, str]
) -> None:
    """Move the plans a flat dump printed among the achievements of a side-by-side table (see the module)."""
    for k, sec in enumerate(sections):
        heads = side.get(id(sec))
        if not heads or heads[0] != LEFT or RIGHT not in heads:
            continue
        home = next(
            (s for s in sections[max(0, k - len(heads)) : k] if s.name == RIGHT and not s.items), None
        )
        frame = shape_of(printed.get(id(sec), ""))
        if home is None or frame is None:
            continue
        group = [sec]
        for nxt in sections[k + 1 :]:
            shape = shape_of(printed.get(id(nxt), ""))
            if shape is None or shape.frame == frame.frame:
                break
            group.append(nxt)
        point = _latest_point([it for s in group for it in s.items])
        if point is None:
            continue
        for s in group:
            s.items, moved = _without_plans(s.items, point)
            home.items.extend(moved)


def _point(it: Item) -> str | None:
    """The end of the reporting point a block heading line prints (ISO date); None for another line."""
    g = parse_group_heading(it.full_text) if isinstance(it, Line) and it.marker is None else None
    return g[1]["end"] if g is not None and g[1] is not None and g[1].get("end") else None


def _latest_point(items: list[Item]) -> str | None:
    return max((p for it in items if (p := _point(it)) is not None), default=None)


def _later(it: Item, point: str) -> bool:
    if not isinstance(it, Line) or it.marker is None:
        return False
    _, date, notes = split_trailing_date(it.text)
    return date is not None and not notes and bool(date.get("start")) and date["start"] > point


def _without_plans(items: list[Item], point: str) -> tuple[list[Item], list[Item]]:
    """``items`` without each block's closing run of later-dated items (see the module), and those runs."""
    keep: list[Item] = []
    moved: list[Item] = []
    start = 0
    for end in [*[j for j, it in enumerate(items) if _point(it) is not None], len(items)]:
        block = items[start:end]
        n = len(block)
        while n > 0 and _later(block[n - 1], point) and block[n - 1].marker == block[-1].marker:  # type: ignore[union-attr]
            n -= 1
        keep += block[:n]
        moved += block[n:]
        start = end
    return keep, moved
