"""A funding table a text dump printed as lines, continued under a line saying so, its head lines printed again.

A page break cuts a table a dump prints a row a line (or a cell a line: ``구 분`` / ``(단위: 천원)`` / ``계`` /
``재원구분`` / ``국 비 시 비 민 자`` over ``2023년 1,599,005 ...``); the line ``(계속)`` and the same head
lines open the rest. Read with its head twice, the table is two heads over rows and neither part reads
(a transposed table's first part too short to show its orientation). The head lines printed again are
dropped where they follow the line saying the table goes on, each the same as the line at its place in a
run printed above it (spacing aside), and rows follow them (a line holding an amount): the rows go on
under the first head, as :func:`funding_head_again.joined_continued` does for tables read as grids.
Anything else is left as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.normalize.text import fold


def _key(it: Item) -> str | None:
    return "".join(fold(it.full_text).split()) if isinstance(it, Line) else None


def _holds_amount(it: Item) -> bool:
    return isinstance(it, Line) and any(is_amount_cell(t) for t in it.full_text.split()[1:])


def _repeated_head(items: Sequence[Item], at: int) -> int:
    """How many lines after ``items[at]`` (a line saying the table goes on) print again, in order, a run of
    head lines above it (none holding an amount), rows after them; 0 when they are no such run."""
    first = _key(items[at + 1]) if at + 1 < len(items) else None
    if not first:
        return 0
    for j in range(at):
        if _key(items[j]) != first:
            continue
        k = 0
        while (
            at + 1 + k < len(items)
            and j + k < at
            and not _holds_amount(items[j + k])
            and _key(items[at + 1 + k]) == _key(items[j + k])
            and _key(items[j + k])
        ):
            k += 1
        if k and _holds_amount(items[j + k]) and at + 1 + k < len(items) and _holds_amount(items[at + 1 + k]):
            return k
    return 0


def head_again_dropped(items: Sequence[Item], says_continued: Callable[[str], bool]) -> list[Item]:
    """``items`` with the head lines a table printed as lines repeats after a line saying it goes on dropped
    (see the module); the line saying so stays."""
    out: list[Item] = []
    skip = 0
    for k, it in enumerate(items):
        if skip:
            skip -= 1
            continue
        out.append(it)
        if isinstance(it, Line) and says_continued(it.full_text):
            skip = _repeated_head(items, k)
    return out
