"""Effects printed as a table of kinds (정량적 효과 | 정성적 효과): a head row whose cells each name a
kind of effect (vocabulary ``[effect_kinds]``, each cell whole) over cells holding the effects of that
kind, one a line. The effects are read column by column (the left kind's, then the next's); the heads
are no effect. A text dump prints the head row as a line of the kinds' words and a body row as a line
of the cells side by side, each opening with the effects' bullet: the line is parted at that bullet."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line, cell_lines
from pledgecard.extract.markers import is_glyph
from pledgecard.extract.vocabulary import Vocabulary, current, key


def _kinds(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("effect_kinds"))


def _longest_first(v: Vocabulary) -> tuple[str, ...]:
    return tuple(sorted(v.build(_kinds), key=len, reverse=True))


def kinds_head(cells: list[str]) -> bool:
    """A head row of two or more cells, each a kind of effect."""
    kinds = current().build(_kinds)
    return len(cells) >= 2 and all(key(c) in kinds for c in cells)


def _kinds_in(text: str) -> int:
    """How many kinds of effect a text line's words part into, in order (0 when they do not)."""
    kinds = current().build(_longest_first)
    rest, n = key(text), 0
    while rest:
        hit = next((k for k in kinds if rest.startswith(k)), None)
        if hit is None:
            return 0
        rest, n = rest[len(hit) :], n + 1
    return n


def _kinds_line(text: str) -> bool:
    """A text line printing a kinds head row: its words part into two or more kinds, in order."""
    return _kinds_in(text) >= 2


def _kind_cells(items: list[Item], i: int) -> int:
    """How many lines from ``items[i]`` print a kinds head row a cell a line (unmarked lines each one kind, two or
    more in a run: a dump of a table a cell a line); 0 when they do not."""
    k = i
    while (
        k < len(items)
        and isinstance(items[k], Line)
        and items[k].marker is None
        and _kinds_in(items[k].text) == 1
    ):
        k += 1
    return k - i if k - i >= 2 else 0


def _table_lines(table: Table) -> list[Line] | None:
    grid = table.grid()
    if len(grid) < 2 or not kinds_head(grid[0]):
        return None
    out: list[Line] = []
    for col in range(table.n_cols):
        for c in sorted((c for c in table.cells if c.col == col and c.row >= 1), key=lambda c: c.row):
            out += cell_lines(c)
    return out


def _parted(line: Line, bullets: frozenset[str] = frozenset()) -> list[Line]:
    """A body row a dump printed on one line, the cells side by side: parted before every bullet like
    the line's own amid it (``◦ A ◦ B``), and before a glyph glued to the word it opens where the section
    opens lines with that glyph (``bullets``: ``◯ A ◦B`` with ◦ bulleting lines). An arrow or a unit sign
    no line opens stays the text's (``A →B`` one effect, ``500 ㎾h규모``; mendcw3: any glyph cut
    ``500`` / ``h규모 확대``)."""
    if not line.marker:
        return [line]
    out: list[Line] = []
    for piece in re.split(rf"\s+{re.escape(line.marker)}\s+", line.text):
        marker = line.marker
        for glyph, text in _glued_glyph_pieces(piece, bullets):
            if text:
                out.append(Line(text=text, marker=glyph or marker, indent=line.indent, source=line.source))
    return out


def _glued_glyph_pieces(text: str, bullets: frozenset[str] = frozenset()) -> list[tuple[str | None, str]]:
    """``text`` parted before each of ``bullets`` glued to the word it opens after a space (``A ◦B`` -> A, then
    B behind ◦); a glyph before a figure (``◦150톤``) or standing alone between spaces (``A ◦ B``) is the text's
    own, and so is any glyph no line of the section opens with (an arrow, a unit sign: ``A →B``, ``500 ㎾h``)."""
    cuts = [
        i
        for i in range(1, len(text) - 1)
        if text[i - 1].isspace()
        and text[i] in bullets
        and is_glyph(text[i])
        and not text[i + 1].isspace()
        and not text[i + 1].isdigit()
    ]
    bounds = [0, *cuts, len(text)]
    pieces: list[tuple[str | None, str]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = text[a:b].strip()
        pieces.append((part[0], part[1:].strip()) if a in cuts else (None, part))
    return pieces


def effect_rows(items: list[Item]) -> list[Item]:
    """Items with the effects of kinds tables as lines (:func:`_table_lines`; in a dump, the lines
    after a kinds head line, each parted at its bullet)."""
    out: list[Item] = []
    in_rows = False
    # the glyphs the section's own lines open with: a row parts only before those
    bullets = frozenset(
        it.marker for it in items if isinstance(it, Line) and it.marker and len(it.marker) == 1
    )
    skip = 0
    for i, it in enumerate(items):
        if i < skip:
            continue
        if isinstance(it, Table):
            rows = _table_lines(it)
            out.extend(rows if rows is not None else [it])
            in_rows = False
            continue
        if it.marker is None and _kinds_line(it.text):
            in_rows = True
            continue
        if it.marker is None and (run := _kind_cells(items, i)):
            skip, in_rows = i + run, True  # the head row printed a cell a line: no effect
            continue
        out.extend(_parted(it, bullets) if in_rows else [it])
    return out
