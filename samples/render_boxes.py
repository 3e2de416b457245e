"""A table as a text browser dumps it (``w3m -dump`` of an HTML export, UTF-8): every table drawn with
box characters (``┌─┬─┐``, ``│``, ``├─┼─┤``, ``└─┴─┘``), a cell's paragraphs wrapped inside its box
(words kept whole while the column is wide enough; a word longer than its column broken at the box's
edge, a number too), merged cells one box over the columns and rows they span (no rule inside them).
Widths are display columns: Hangul and other wide characters two, box characters one (a non-CJK
terminal's widths).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from samples.layout import Grid, GridCell

PAGE_COLS = 78  # the dump's width in display columns (w3m's default 80, less its margin)
MAX_CELL = 30  # a column never wider than this (a long cell wraps)
MAX_WORD = 12  # a word wider than this may break when the page is short of room

_JOIN = {
    (0, 1, 0, 1): "┌",
    (0, 1, 1, 0): "┐",
    (1, 0, 0, 1): "└",
    (1, 0, 1, 0): "┘",
    (1, 1, 0, 1): "├",
    (1, 1, 1, 0): "┤",
    (0, 1, 1, 1): "┬",
    (1, 0, 1, 1): "┴",
    (1, 1, 1, 1): "┼",
    (0, 0, 1, 1): "─",
    (1, 1, 0, 0): "│",
    (1, 0, 0, 0): "│",
    (0, 1, 0, 0): "│",
    (0, 0, 1, 0): "─",
    (0, 0, 0, 1): "─",
    (0, 0, 0, 0): " ",
}


def width(text: str) -> int:
    """Display columns of ``text``: two for wide and fullwidth characters, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(word: str, room: int) -> tuple[str, str]:
    """The longest head of ``word`` fitting ``room`` columns (at least one character), and the rest."""
    k, used = 0, 0
    while k < len(word) and used + width(word[k]) <= room:
        used += width(word[k])
        k += 1
    k = max(k, 1)
    return word[:k], word[k:]


def wrap(text: str, room: int) -> list[str]:
    """``text`` in lines of at most ``room`` columns: broken at spaces, a word longer than a line
    broken where the line is full."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while True:
            gap = " " if line else ""
            if width(line) + width(gap) + width(word) <= room:
                line += gap + word
                break
            if line and (width(word) <= room or room - width(line) - width(gap) < width(word[0])):
                lines.append(line)  # (a line whose room left holds not even the word's first character: the
                line = ""  # word from the next line, never past the box's edge)
                continue
            head, word = _cut(word, room - width(line) - width(gap))  # the line filled to its edge
            lines.append(line + gap + head)
            line = ""
            if not word:
                break
    if line or not lines:
        lines.append(line)
    return lines


def _natural(text_lines: list[str]) -> tuple[int, int]:
    """A cell's widest line and its longest word (display columns)."""
    whole = max((width(x) for x in text_lines), default=0)
    word = max((width(w) for x in text_lines for w in x.split()), default=0)
    return whole, word


def _columns(g: Grid, texts: dict[int, list[str]]) -> list[int]:
    """Each column's inner width: the natural widths (capped) when they fit the page, else the words'
    widths and the room left shared by the columns' relative widths, else the words' widths scaled
    down (words then break)."""
    nat = [1] * g.n_cols
    word = [1] * g.n_cols
    for c in g.cells:
        whole, longest = _natural(texts[id(c)])
        whole = min(whole, MAX_CELL)
        span = c.col_span
        for k in range(c.col, c.col + span):  # a spanning cell's needs shared among its columns
            nat[k] = max(nat[k], -(-(whole - (span - 1) * 3) // span))
            word[k] = max(word[k], -(-(min(longest, MAX_WORD) - (span - 1) * 3) // span))
    room = PAGE_COLS - (g.n_cols + 1) - 2 * g.n_cols  # rules and a space of padding either side
    if sum(nat) <= room:
        return nat
    if sum(word) <= room:
        rel = g.widths or [1.0] * g.n_cols
        out = list(word)
        left = room - sum(word)
        for k in range(g.n_cols):
            out[k] = min(nat[k], out[k] + int(left * rel[k] / sum(rel)))
        return out
    return [max(2, word[k] * room // sum(word)) for k in range(g.n_cols)]


def box_lines(g: Grid, cell_lines: Callable[[GridCell], list[str]]) -> list[str]:
    """``g`` drawn with box characters (see the module's doc); ``cell_lines`` gives a cell's paragraphs."""
    owner: dict[tuple[int, int], int] = {}
    texts: dict[int, list[str]] = {}
    for c in g.cells:
        texts[id(c)] = [x for x in cell_lines(c) if x.strip()]
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                owner[(r, k)] = id(c)
    for r in range(g.n_rows):  # a place no cell covers: an empty box of its own
        for k in range(g.n_cols):
            owner.setdefault((r, k), -(r * g.n_cols + k + 1))
    cols = _columns(g, texts)
    inner = {id(c): sum(cols[c.col : c.col + c.col_span]) + 3 * (c.col_span - 1) for c in g.cells}
    wrapped = {id(c): [p for x in texts[id(c)] for p in wrap(x, inner[id(c)])] for c in g.cells}
    heights = [1] * g.n_rows
    for c in sorted(g.cells, key=lambda c: c.row_span):
        need = len(wrapped[id(c)])
        have = sum(heights[c.row : c.row + c.row_span]) + c.row_span - 1
        if need > have:
            heights[c.row + c.row_span - 1] += need - have
    xs = [0]
    for w in cols:
        xs.append(xs[-1] + w + 3)
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    canvas = [[" "] * (xs[-1] + 1) for _ in range(ys[-1] + 1)]

    def own(r: int, k: int) -> int | None:
        return owner.get((r, k)) if 0 <= r < g.n_rows and 0 <= k < g.n_cols else None

    def vert(r: int, b: int) -> bool:  # a rule at column boundary b in row r
        return 0 <= r < g.n_rows and own(r, b - 1) != own(r, b)

    def horiz(b: int, k: int) -> bool:  # a rule at row boundary b over column k
        return 0 <= k < g.n_cols and own(b - 1, k) != own(b, k)

    for b in range(g.n_rows + 1):
        for k in range(g.n_cols):
            if horiz(b, k):
                for x in range(xs[k] + 1, xs[k + 1]):
                    canvas[ys[b]][x] = "─"
    for r in range(g.n_rows):
        for b in range(g.n_cols + 1):
            if vert(r, b):
                for y in range(ys[r] + 1, ys[r + 1]):
                    canvas[y][xs[b]] = "│"
    for b in range(g.n_rows + 1):
        for j in range(g.n_cols + 1):
            key = (int(vert(b - 1, j)), int(vert(b, j)), int(horiz(b, j - 1)), int(horiz(b, j)))
            canvas[ys[b]][xs[j]] = _JOIN[key]
    rows: list[list[str]] = [list(line) for line in canvas]
    out = ["".join(line) for line in rows]
    for c in g.cells:  # the text, display-column aware: each line rebuilt with the cell's text in place
        x0 = xs[c.col] + 2
        for n, text in enumerate(wrapped[id(c)]):
            y = ys[c.row] + 1 + n
            out[y] = _place(out[y], x0, text)
    return [line.rstrip() for line in out]


def _place(line: str, col: int, text: str) -> str:
    """``line`` (one character a column so far, text placed already counting two) with ``text`` put at
    display column ``col``: the blanks it covers taken out."""
    shown, k = 0, 0
    while k < len(line) and shown < col:
        shown += width(line[k])
        k += 1
    covered, j = 0, k
    need = width(text)
    while j < len(line) and covered < need:
        covered += width(line[j])
        j += 1
    return line[:k] + text + line[j:]
