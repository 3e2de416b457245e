"""Tables a converter drew with rules in a text dump, read from the rules.

A text browser's dump of an HTML export (``w3m -dump``, ``lynx -dump``) or pandoc's grid tables draw
every table: box characters (``┌─┬─┐``, ``│``, ``├─┼─┤``, ``└─┴─┘``) or ASCII (``+----+``, ``|``,
``+====+`` under the head). A cell is the region its rules enclose: the column boundaries are where
the rule lines' junctions and the rows' bars stand (display columns: a wide character counts two), a
merged cell the region with no rule inside it (over columns: no bar; over rows: blanks where the rule
line crosses it). A cell's lines are joined within its box: a line filled to the box's edge whose last
word runs on into the next line's first (the two wider together than the box) was broken inside that
word (a number too) and is joined without a space; other lines with one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.readers.text_lines import char_width
from pledgecard.extract.readers.text_lost_bars import with_lost_bars

_BARS = frozenset("│┃║|")
_JUNCTIONS = frozenset("┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫+")
_HRULE = frozenset("─━═-=")
_EDGE = re.escape("".join(_BARS | _JUNCTIONS))
_TOP = re.compile(r"^\s*[┌┏╔╒╓+][─━═\-=]")
_BOTTOM = re.compile(r"^\s*[└┗╚╘╙+][─━═\-=]")
_JUNCTION_CLASS = "[" + re.escape("".join(sorted(_JUNCTIONS))) + "]"
# a rule's stroke: two dashes against a junction (a cell's text printing ``--`` is no rule)
_STROKE = re.compile(f"{_JUNCTION_CLASS}[─━═\\-=]{{2}}|[─━═\\-=]{{2}}{_JUNCTION_CLASS}")
_ROW = re.compile(f"^\\s*[{_EDGE}].*[{_EDGE}]\\s*$")  # a line of the table: framed by its sides


@dataclass(frozen=True, slots=True)
class DrawnCell:
    text: str
    line: int  # the index (0-based) in the lines given of the cell's first line
    row: int  # the display row (line offset in the grid) and column of its box's top left
    col: int
    bottom: int = -1  # the display row and column of its box's bottom right (inside its rules)
    right: int = -1
    lines: tuple[str, ...] = ()  # its box's lines as printed (stripped, blank ones left out)


def _canvas(line: str) -> list[str]:
    """The line a display column a place; a wide character's second column holds ``""``."""
    out: list[str] = []
    for ch in line:
        out.append(ch)
        out += [""] * (char_width(ch) - 1)
    return out


def grid_end(lines: list[str], start: int) -> int | None:
    """The index after the drawn table whose top rule is ``lines[start]``; None where none starts."""
    if not _TOP.match(lines[start]):
        return None
    k = start + 1
    while k < len(lines) and _ROW.match(lines[k]):
        if _BOTTOM.match(lines[k]) and not (k + 1 < len(lines) and _ROW.match(lines[k + 1])):
            return k + 1 if k - start >= 2 else None
        k += 1
    return None


def drawn_cells(lines: list[str]) -> list[DrawnCell]:
    """The cells of one drawn table (its lines, top rule to bottom rule), top to bottom and left to
    right by their boxes' top left corners; empty cells left out. A bar a line lost to a cell's text running over it
    is put back first (:mod:`text_lost_bars`)."""
    grid = [_canvas(x) for x in with_lost_bars(lines, junction)]
    wide = max(len(r) for r in grid)
    grid = [r + [" "] * (wide - len(r)) for r in grid]

    def stroke(y: int, x: int) -> bool:
        return 0 <= x < wide and (grid[y][x] in _HRULE or junction(grid, y, x))

    def wall(y: int, x: int) -> bool:  # a bar, a junction, or a rule's stroke (a dash beside another)
        ch = grid[y][x]
        return (
            ch in _BARS or junction(grid, y, x) or (ch in _HRULE and (stroke(y, x - 1) or stroke(y, x + 1)))
        )

    seen = [[False] * wide for _ in grid]
    cells: list[DrawnCell] = []
    for y0 in range(len(grid)):
        for x0 in range(wide):
            if seen[y0][x0] or wall(y0, x0) or not _inside(grid, y0, x0, wall):
                continue
            region = _flood(grid, y0, x0, wall, seen)
            text = _cell_text(grid, region)
            if text:
                top = min(y for y, _ in region)
                left = min(x for y, x in region if y == top)
                cells.append(
                    DrawnCell(
                        text,
                        top,
                        top,
                        left,
                        max(y for y, _ in region),
                        max(x for _, x in region),
                        _box_lines(grid, region),
                    )
                )
    return sorted(cells, key=lambda c: (c.row, c.col))


def rule_lines(lines: list[str]) -> list[int]:
    """The display rows (line offsets) of a drawn table's lines holding a horizontal rule's stroke anywhere: the
    boundaries between its rows (a rule crossing only some columns parts the rows of those)."""
    return [y for y, line in enumerate(lines) if _STROKE.search(line)]


def bar_columns(lines: list[str]) -> list[int]:
    """The display columns where a drawn table's lines print a bar or a junction: the boundaries between its
    columns (a bar a line lost put back first, as :func:`drawn_cells` reads them)."""
    grid = [_canvas(x) for x in with_lost_bars(lines, junction)]
    xs: set[int] = set()
    for y, row in enumerate(grid):
        xs.update(x for x, ch in enumerate(row) if ch in _BARS or junction(grid, y, x))
    return sorted(xs)


def junction(grid: list[list[str]], y: int, x: int) -> bool:
    """Whether the place (y, x) of a drawn table (lines a display column a place) is a junction of its rules: a
    box character's junction always; an ASCII ``+`` only where a rule meets it, a rule's stroke beside it on its
    line or a bar above or below it. A ``+`` inside a cell is a sign (``+5.0`` in a ``증감`` column), no column
    boundary: taken for one it parted its cell in two and made the table a column wider."""
    ch = grid[y][x] if 0 <= y < len(grid) and 0 <= x < len(grid[y]) else ""
    if ch != "+":
        return ch in _JUNCTIONS
    beside = [grid[y][k] for k in (x - 1, x + 1) if 0 <= k < len(grid[y])]
    over = [grid[k][x] for k in (y - 1, y + 1) if 0 <= k < len(grid) and x < len(grid[k])]
    return any(c in _HRULE for c in beside) or any(c in _BARS or c in _JUNCTIONS - {"+"} for c in over)


def _inside(grid: list[list[str]], y: int, x: int, wall: object) -> bool:
    """Whether (y, x) has a wall to its left and right on its line (a place within the table)."""
    row = grid[y]
    return any(wall(y, k) for k in range(x)) and any(wall(y, k) for k in range(x + 1, len(row)))  # type: ignore[operator]


def _flood(
    grid: list[list[str]], y0: int, x0: int, wall: object, seen: list[list[bool]]
) -> set[tuple[int, int]]:
    todo = [(y0, x0)]
    region: set[tuple[int, int]] = set()
    while todo:
        y, x = todo.pop()
        if not (0 <= y < len(grid) and 0 <= x < len(grid[0])) or seen[y][x] or wall(y, x):  # type: ignore[operator]
            continue
        seen[y][x] = True
        region.add((y, x))
        todo += [(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)]
    return region


def _box_lines(grid: list[list[str]], region: set[tuple[int, int]]) -> tuple[str, ...]:
    """A cell's lines as printed in its box, stripped, blank ones left out."""
    rows: dict[int, list[int]] = {}
    for y, x in region:
        rows.setdefault(y, []).append(x)
    texts = ("".join(grid[y][x] for x in sorted(rows[y])).strip() for y in sorted(rows))
    return tuple(t for t in texts if t)


def _cell_text(grid: list[list[str]], region: set[tuple[int, int]]) -> str:
    """A cell's lines (its region's rows, a row spanning cell's text on the rule lines it crosses too)
    joined within its box."""
    rows: dict[int, list[int]] = {}
    for y, x in region:
        rows.setdefault(y, []).append(x)
    pieces: list[tuple[str, int, int]] = []  # text, blanks before it, blanks after it
    inner = 0
    for y in sorted(rows):
        xs = sorted(rows[y])
        inner = max(inner, len(xs))
        text = "".join(grid[y][x] for x in xs)
        body = text.strip()
        if body:
            pieces.append((body, len(text) - len(text.lstrip()), len(text) - len(text.rstrip())))
    if not pieces:
        return ""
    pad = min(p[1] for p in pieces)
    out = pieces[0][0]
    for (prev, _, after), (nxt, _, _) in zip(pieces, pieces[1:], strict=False):
        last, first = prev.split()[-1], nxt.split()[0]
        full = after - pad < char_width(nxt[0])
        runs_on = _width(last + first) > inner - 2 * pad
        out += ("" if full and runs_on and _one_word(last, first) else " ") + nxt
    return out


_NUMERIC = frozenset("0123456789,.-/")
_NO_START = frozenset(",.)]}·%")  # no word starts with these
_NO_END = frozenset("([{·/-")  # nor ends with these
_LISTED = re.compile(r"\S[,·/]\S")


def _one_word(last: str, first: str) -> bool:
    """Whether a break between ``last`` and ``first`` (a line filled to its box's edge) is inside one
    printed word: a figure or a code broken (``1,234,`` / ``567``, ``050-624-8`` / ``720``), a mark no
    word starts or ends with at the break, or a list run together without spaces (``과,평생교육과``)
    either side; a break between two words of text keeps its space (a line its last word fills is no
    proof the word went on)."""
    a, b = last[-1], first[0]
    if (a.isdigit() or b.isdigit()) and a in _NUMERIC and b in _NUMERIC:
        return True
    return b in _NO_START or a in _NO_END or bool(_LISTED.search(last) or _LISTED.search(first))


def _width(text: str) -> int:
    return sum(char_width(ch) for ch in text)
