"""A drawn table's bar that one line lost to a cell's text running over it, put back.

The class of card: a text dump drawing a table with box characters (``│ 구 분 │ 총사  │``) whose narrow cell printed a
line wider than its box: the corner cell's unit ``⟨단위 백만원⟩`` broken as ``⟨단위 백`` / ``만원⟩`` wrote its ``백`` over
the vertical rule and the next cell's padding (``│ ⟨단위 백업비  ├``: mutant 4168 txt). The rule missing on that line,
the cell's region ran into the next cell's, the two read as one (``구 분 총사 ⟨단위 백업비 만원⟩``: the label column
and the 총사업비 column one column, the total column lost).

A box row's cells hold all its lines (a cell spans whole rows, never one line of a row), so where every other line of
the row (the lines between the two rules at that display column) prints a bar there, the row is parted there on that
line too. The text over the place is the left cell's (a cell's text is set from its left); it is put back in that cell
only where it ends within the right cell's padding (the right cell's text starts where it does on the row's other
lines, untouched): the table is widened there by the text's width (blanks, or the rules' strokes, inserted before the
bar on every other line) and the bar drawn after the text. Text reaching into the right cell's own text, or another
line's text crossing the place, proves nothing: the lines stay as printed.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.readers.text_lines import char_width

_BARS = frozenset("│┃║|")
_HRULE = frozenset("─━═-=")
MAX_REPAIRS = 8  # lost bars put back in one table; more: the table is left as printed

Canvas = list[list[str]]


def with_lost_bars(lines: list[str], junction: Callable[[Canvas, int, int], bool]) -> list[str]:
    """``lines`` (one drawn table, top rule to bottom rule) with every bar a line lost to a cell's text running over
    it put back (see the module); ``junction`` tells a rules' junction on the canvas (a display column a place)."""
    for _ in range(MAX_REPAIRS):
        grid = _canvas(lines)
        found = _lost_bar(grid, junction)
        if found is None:
            return lines
        widened = _widened(grid, *found, junction)
        if widened is None:
            return lines
        lines = ["".join(row) for row in widened]
    return lines


def _canvas(lines: list[str]) -> Canvas:
    """The lines a display column a place (a wide character's second column ``""``), padded to one width."""
    grid: Canvas = []
    for line in lines:
        row: list[str] = []
        for ch in line:
            row.append(ch)
            row += [""] * (char_width(ch) - 1)
        grid.append(row)
    wide = max((len(r) for r in grid), default=0)
    return [r + [" "] * (wide - len(r)) for r in grid]


def _band(grid: Canvas, y: int, x: int, junction: Callable[[Canvas, int, int], bool]) -> list[int]:
    """The other lines of line ``y``'s box row at display column ``x``: up and down to the lines a rule crosses
    there (a stroke or a junction)."""

    def ruled(k: int) -> bool:
        return grid[k][x] in _HRULE or junction(grid, k, x)

    out: list[int] = []
    for step in (-1, 1):
        k = y + step
        while 0 <= k < len(grid) and not ruled(k):
            out.append(k)
            k += step
        if not 0 <= k < len(grid):
            return []  # no rule closing the row: not within a box row
    return sorted(out)


def _lost_bar(grid: Canvas, junction: Callable[[Canvas, int, int], bool]) -> tuple[int, int, int, str] | None:
    """The first place (line, display column) where a line prints text over a bar every other line of its box row
    prints, the last display column of the character over it, and the bar; None where there is none."""
    for y, row in enumerate(grid):
        for x in range(1, len(row) - 1):
            ch = row[x]
            if ch in _BARS or ch in _HRULE or ch == " " or junction(grid, y, x):
                continue
            if grid[y - 1][x] not in _BARS and (y + 1 >= len(grid) or grid[y + 1][x] not in _BARS):
                continue
            band = _band(grid, y, x, junction)
            if not band or any(grid[k][x] not in _BARS for k in band):
                continue
            end = x if ch == "" else x + char_width(ch) - 1
            return y, x, end, grid[band[0]][x]
    return None


def _widened(
    grid: Canvas, y: int, x: int, end: int, bar: str, junction: Callable[[Canvas, int, int], bool]
) -> Canvas | None:
    """The canvas with the text over the bar at (``y``, ``x``), up to display column ``end``, kept in the left cell:
    every other line widened before the bar, line ``y``'s bar drawn after the text; None where the text reaches the
    right cell's own text (past its padding on the row's other lines) or another line's text crosses the place."""
    row = grid[y]
    pads = [
        next((k for k in range(x + 1, len(r)) if r[k] != " "), len(r)) - x - 1
        for k2, r in enumerate(grid)
        if k2 != y and r[x] in _BARS and r[x + 1 : x + 2] == [" "]
    ]
    starts = [k for k in range(end + 1, len(row)) if row[k] != " "]
    pad = min(pads, default=1)
    if not starts or end > x + pad or starts[0] - x - 1 < pad:
        return None  # the text runs past the padding, or the right cell's text starts before its padding ends
    width = end - x + 1
    out: Canvas = []
    for k, r in enumerate(grid):
        if k == y:
            out.append([*r[: end + 1], bar, *[" "] * (width - 1), *r[end + 1 :]])
            continue
        left, here = r[x - 1], r[x]
        if left in _HRULE:
            fill = left  # a rule crossing the place: drawn on
        elif here in _BARS or junction(grid, k, x) or (here == " " and (left == " " or left in _BARS)):
            fill = " "  # a bar or a blank between cells: the left cell widened
        else:
            return None  # another line's text crossing the place (a cell spanning it): no widening proved
        out.append([*r[:x], *[fill] * width, *r[x:]])
    return out
