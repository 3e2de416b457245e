"""Section titles a card prints as the row heads of one table (``소요예산`` | its funding table, ``성과지표`` | its goal
table: the titles in the table's left column), as a dump printing a cell a line gives them: the titles one right under
the other with nothing between them, then the first's content, then the second's, the first's table head (its unit
line, ``구분``) printed before the titles, at the end of the section above.

The class fixed: the first title's section stood empty and the second took both tables, its reader reading neither
(sup-district 47017, pdftotext's default mode: the funding and the goals lost). Two unnumbered titles printed one
under the other (a falling stack of numbered ones is :mod:`heading_stacks`'), the second's text opening with no table
of its kind while a table of its kind opens further down: the text before that table goes to the first title where it
reads whole as that section's (a funding table every amount of which is read, or lines of that kind by content), with
the section above's trailing table head (from a unit line on, no item marked). Anything short of that: left as
printed.

Session 36 (review b): the scan reads only the lines the second title's text opens with, up to its first drawn
table (a ``Table`` item: a box card's, a layout's columns), and never a title printed with its number (the
number is the printed line's, the marker the section was opened by); each place is judged by the lines from it
within a bounded window, so the scan is linear in the section's length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.content_kinds import kind_by_content, reads_as_funding, table_kind_at_top
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.heading_stacks import SectionLike
from pledgecard.extract.layout import Line
from pledgecard.normalize.money import find_unit

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pledgecard.extract.layout import Item


_WINDOW = 24  # the lines from a place that tell whether a table of a kind opens there (its head, first rows)


def _unnumbered(sec: SectionLike) -> bool:
    """Whether the title was printed with no number: the heading is cut from its marker, so the printed
    line is the marker the section was opened by and the heading."""
    if not (sec.name and sec.heading):
        return False
    printed = f"{sec.opened_by or ''} {sec.heading}".strip()
    return heading_number(sec.heading) is None and heading_number(printed) is None


def _adjacent(a: SectionLike, b: SectionLike) -> bool:
    """Whether ``b``'s heading was printed right under ``a``'s (at most a blank line between); a format telling
    no lines tells no cell a line either: no."""
    if a.at is None or b.at is None or a.at.line_start is None or b.at.line_start is None:
        return False
    return 0 < b.at.line_start - (a.at.line_end or a.at.line_start) <= 2


def table_head_before(items: list[Item]) -> int:
    """Where the trailing table head of ``items`` begins (a unit line, then unmarked lines only): len(items)
    where they end with none."""
    k = len(items)
    for j in range(len(items) - 1, -1, -1):
        it = items[j]
        if not isinstance(it, Line) or it.marker is not None:
            return len(items)
        if find_unit(it.full_text):
            k = j
            break
    else:
        return len(items)
    return k if len(items) - k <= 3 else len(items)


def _leading_lines(items: list[Item]) -> list[Line]:
    """The lines the items open with, up to the first item that is not a line (a drawn table)."""
    lines: list[Line] = []
    for it in items:
        if not isinstance(it, Line):
            break
        lines.append(it)
    return lines


def _reads_as(name: str, items: list[Item], heading: str | None) -> bool:
    if name == "funding":
        return reads_as_funding(items, heading)
    return kind_by_content(items, taken=set(), as_of=None, after=[]) == name


def row_head_split(first: SectionLike, second: SectionLike, before: list[Item]) -> tuple[int, int] | None:
    """How the text under two titles printed as a table's row heads parts: (where the table head in ``before``,
    the section above's items, begins; where the second title's own table begins in its items), or None."""
    items = second.items
    lines = _leading_lines(items)
    if (
        not first.name
        or not second.name
        or len(lines) < 2
        or table_kind_at_top(lines[:_WINDOW]) == second.name
    ):
        return None
    head_at = table_head_before(before)
    for k in range(1, len(lines)):
        if table_kind_at_top(lines[k : k + _WINDOW]) == second.name:
            if _reads_as(first.name, [*before[head_at:], *items[:k]], first.heading):
                return head_at, k
            return None
    return None


def row_heads_stack(sections: Sequence[SectionLike]) -> None:
    """Give the text under two section titles printed as a table's row heads (:func:`row_head_split`) to each."""
    for i in range(1, len(sections) - 1):
        above, first, second = sections[i - 1], sections[i], sections[i + 1]
        if (
            first.items
            or not second.items
            or first.name == second.name
            or not (_unnumbered(first) and _unnumbered(second) and _adjacent(first, second))
        ):
            continue
        split = row_head_split(first, second, above.items)
        if split is None:
            continue
        head_at, k = split
        first.items = [*above.items[head_at:], *second.items[:k]]
        above.items, second.items = above.items[:head_at], second.items[k:]
