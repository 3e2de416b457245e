"""A goal table of a layout dump whose years run across, each over a pair of sub-columns (a target's and an
actual's), as ``pdftotext -layout`` prints it: a line of years, a line of the pair's two words repeated under every
year, the label heads (``성과지표`` / ``단위``) left of them and other heads (a final target, a rate) right of them,
either wrapped over the head's lines a piece a line (``단`` / ``위``, ``최종목`` / ``표``); then the rows, a label
and a unit left of the sub-columns (a unit wrapped around its row: ``개`` / row / ``소``), the figures under them.

The column planner reads such a head as one row of cells and pairs the centred years with the wrong sub-heads, or
gives up. :func:`year_pair_table` reads the block from its structure instead: the years are its head's top row,
each spanning the two sub-heads it stands over (its middle in the gap between them, two characters either side
at most), the sub-heads the second row, the words of the pair the same under every year, each other head the pieces
printed over one another in its column. A body word goes to the column it overlaps, and only to one it overlaps
alone. A row whose figures, one a year, sum to a figure it prints right of the years (a final target) is proven a
row of one sub-column's figures: of the one some of them overlap, where none overlaps the other. Any other figure
printed between a year's two sub-columns, overlapping neither or both (a row leaving the actual blank, the
converter centring what is left), is placed by nothing printed: its cell stays empty and the figure is handed back
as unplaced, so the card raises a finding for it rather than guess (a figure right, or none)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_layout_items import TextLine
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.vocabulary import current

_NUMBER = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")
MAX_HEAD_LINES = 3  # non-blank lines from the years' line to the sub-heads' line, at most


def _year(text: str) -> bool:
    return bool(current().year_re.fullmatch(" ".join(text.split())))


@dataclass
class YearPairTable:
    """The table read, and the figures printed between two sub-columns (each with its line), placed nowhere."""

    table: Table
    unplaced: list[Seg]


@dataclass
class _Head:
    years: list[Seg]
    subs: list[Seg]
    left: list[tuple[int, int, str]]  # the label heads: each column's span and its pieces joined
    right: list[tuple[int, int, str]]  # the heads right of the years
    body: int  # the index of the first line under the head


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _words(seg: Seg) -> list[Seg]:
    """A segment's words, each with its own columns (a figure and a status word one space apart)."""
    out, at = [], seg.c0
    for w in seg.text.split(" "):
        if w:
            out.append(Seg(text=w, x0=seg.x0 + at - seg.c0, x1=seg.x0 + at - seg.c0 + len(w), c0=at, c1=at + len(w),
                           line=seg.line))
        at += len(w) + 1
    return out


def _stack(pieces: list[Seg]) -> list[tuple[int, int, str]]:
    """Pieces printed over one another in one column, joined top-down: a column's span and its text each."""
    cols: list[list[Seg]] = []
    for p in pieces:
        home = next((c for c in cols if any(_overlap(p.c0, p.c1, q.c0, q.c1) for q in c)), None)
        if home is None:
            cols.append([p])
        else:
            home.append(p)
    spans = [(min(p.c0 for p in c), max(p.c1 for p in c), "".join(p.text for p in c)) for c in cols]
    return sorted(spans)


def _pairs(segs: list[Seg], n: int) -> int | None:
    """Where a run of ``2n`` segments alternating two words (the same pair every time) starts, or None."""
    for s in range(len(segs) - 2 * n + 1):
        run = segs[s:s + 2 * n]
        a, b = run[0].text, run[1].text
        if a != b and not any(is_figure(x.text) or _year(x.text) for x in run) \
                and all(x.text == (a if i % 2 == 0 else b) for i, x in enumerate(run)):
            return s
    return None


def _head(lines: list[TLine]) -> _Head | None:
    """The head of a year-pair block (see the module's docstring), or None."""
    text = [k for k, ln in enumerate(lines) if not ln.blank]
    for n, k in enumerate(text[:MAX_HEAD_LINES]):
        years = [s for s in lines[k].segs if _year(s.text)]
        if len(years) < 2:
            continue
        for j in text[n + 1:n + 1 + MAX_HEAD_LINES]:
            s = _pairs(lines[j].segs, len(years))
            if s is None:
                continue
            subs = lines[j].segs[s:s + 2 * len(years)]
            if not all(subs[2 * i].c1 - 2 <= (y.c0 + y.c1) / 2 <= subs[2 * i + 1].c0 + 2 for i, y in enumerate(years)):
                continue
            lo, hi = subs[0].c0, subs[-1].c1
            body = next((i for i in text if i > j and any(is_figure(w.text) and lo <= w.c0 < hi
                                                          for g in lines[i].segs for w in _words(g))), None)
            if body is None:
                return None
            pieces = [g for i in text if i < body for g in lines[i].segs if g not in years and g not in subs]
            if any(not (g.c1 <= lo or g.c0 >= hi) for g in pieces):
                return None  # a head word amid the years': no such head
            left = _stack([g for g in pieces if g.c1 <= lo])
            if not left:
                return None
            return _Head(years, subs, left, _stack([g for g in pieces if g.c0 >= hi]), body)
    return None


def _value(text: str) -> float | None:
    return float(text.replace(",", "")) if _NUMBER.match(text) else None


def _orders(words: list[tuple[Seg, bool]], head: _Head) -> list[list[int]]:
    """Every placing of a row's words, in their order, in the row's cells (a year's two sub-columns, ``2y`` and
    ``2y + 1``, then the heads right of the years) that what is printed allows: a word right of the years in a head
    right of them, one amid the years there only when glued to others (its columns drift), a word of no figure (a
    status) amid the years, a word printed alone over one sub-column alone in that one."""
    subs, n, hi, r = head.subs, len(head.years), head.subs[-1].c1, len(head.right)
    if len(words) > 2 * n + r:
        return []
    fixed = {i: over[0] for i, (w, alone) in enumerate(words) if alone and w.c0 < hi
             if len(over := [k for k, h in enumerate(subs) if _overlap(w.c0, w.c1, h.c0, h.c1)]) == 1}
    out: list[list[int]] = []
    for slots in combinations(range(2 * n + r), len(words)):
        if all(fixed.get(i, k) == k for i, k in enumerate(slots)) and all(
                ((k >= 2 * n) == (w.c0 >= hi) or (k >= 2 * n and not alone))
                and (k < 2 * n or _value(w.text) is not None or is_figure(w.text))
                for k, (w, alone) in zip(slots, words, strict=True)):
            out.append(list(slots))
    return out


def _sums(words: list[tuple[Seg, bool]], head: _Head, slots: list[int], side: int) -> bool:
    """A placing's ``side`` (0 a year's first sub-column, 1 its second) holding no status word and two figures or
    more that sum to a figure printed under a head right of the years."""
    n = len(head.years)
    placed = list(zip(slots, words, strict=True))
    if any(_value(w.text) is None and not is_figure(w.text) and k % 2 == side for k, (w, _) in placed if k < 2 * n):
        return False
    summed = [v for k, (w, _) in placed if k < 2 * n and k % 2 == side and (v := _value(w.text)) is not None]
    tail = [v for k, (w, _) in placed if k >= 2 * n and (v := _value(w.text)) is not None]
    return len(summed) >= 2 and any(abs(sum(summed) - v) < 1e-6 for v in tail)


def _rate_fits(words: list[tuple[Seg, bool]], head: _Head, side: int, slots: list[int]) -> bool:
    """The other side's figures, a hundredth of the summed side's, printed (rounded as printed) under a head right of
    the years: a rate the row prints, proving the placing among others the sums allow."""
    n = len(head.years)
    vals = {k: _value(w.text) for k, (w, _) in zip(slots, words, strict=True)}
    base = sum(v or 0.0 for k, v in vals.items() if k < 2 * n and k % 2 == side)
    other = sum(v or 0.0 for k, v in vals.items() if k < 2 * n and k % 2 != side)
    for k, (w, _) in zip(slots, words, strict=True):
        if k >= 2 * n and (v := vals[k]) is not None and base:
            places = len(w.text.partition(".")[2])
            if round(100 * other / base, places) == v and other:
                return True
    return False


def _row_cells(words: list[tuple[Seg, bool]], head: _Head, n_lab: int,
               sides: dict[int, int]) -> tuple[dict[int, str], list[Seg], int | None]:
    """A row's cells right of its labels (column -> text), the words placed nowhere and the side its sums proved
    (see the module's docstring); ``words``: each word and whether it stood alone in its segment (glued words'
    columns drift); ``sides``: the side other rows' sums proved (a row whose placing its own sums leave open
    between the two sides takes theirs)."""
    subs, n, hi = head.subs, len(head.years), head.subs[-1].c1
    orders = _orders(words, head)
    found: list[tuple[int | None, list[int]]] = [(None, orders[0])] if len(orders) == 1 else [
        (side, slots) for slots in orders for side in (0, 1) if _sums(words, head, slots, side)]
    if len({side for side, _ in found}) > 1 and len(sides) == 1:
        found = [f for f in found if f[0] in sides.values()]
    if len(found) > 1:
        found = [f for f in found if f[0] is not None and _rate_fits(words, head, f[0], f[1])]
    if len(found) > 1:  # still several: a word printed alone touching one sub-column alone (no gap) stays in it
        touch = {i: near[0] for i, (w, alone) in enumerate(words) if alone and w.c0 < hi
                 if len(near := [k for k, h in enumerate(subs) if w.c0 <= h.c1 and h.c0 <= w.c1]) == 1}
        found = [f for f in found if all(f[1][i] == k for i, k in touch.items())]
    if len(found) == 1:
        side, slots = found[0]
        cells = {n_lab + k: w.text for k, (w, _) in zip(slots, words, strict=True)}
        return cells, [], side
    cells: dict[int, str] = {}
    rest: list[Seg] = []
    right = [w for w, _ in words if w.c0 >= hi]
    if len(right) == len(head.right):  # every head right of the years prints its cell: one each, in order
        cells.update({n_lab + 2 * n + r: w.text for r, w in enumerate(right)})
    else:
        rest += [w for w in right if is_figure(w.text)]
    for w, alone in words:
        if w.c0 >= hi:
            continue
        over = [i for i, h in enumerate(subs) if _overlap(w.c0, w.c1, h.c0, h.c1)]
        if alone and len(over) == 1:
            c = n_lab + over[0]
            cells[c] = cells[c] + " " + w.text if c in cells else w.text
        else:
            rest.append(w)
    return cells, rest, None


def year_pair_table(lines: list[TLine]) -> YearPairTable | None:
    """The table of a block headed by years over pairs of sub-columns (see the module's docstring), or None."""
    head = _head(lines)
    if head is None:
        return None
    n_lab, subs = len(head.left), head.subs
    lo = subs[0].c0
    n_cols = n_lab + len(subs) + len(head.right)
    cells = [Cell(0, c, t, row_span=2) for c, (_, _, t) in enumerate(head.left)]
    cells += [Cell(0, n_lab + 2 * i, y.text, col_span=2) for i, y in enumerate(head.years)]
    cells += [Cell(1, n_lab + i, s.text) for i, s in enumerate(subs)]
    cells += [Cell(0, n_lab + len(subs) + r, t, row_span=2) for r, (_, _, t) in enumerate(head.right)]
    bounds = [a for a, _, _ in head.left[1:]]
    rows: list[tuple[TLine, dict[int, str], list[tuple[Seg, bool]]]] = []
    wrapped: list[tuple[int, Seg]] = []  # a label piece on a line of its own: (index of the row before, piece)
    for ln in lines[head.body:]:
        if ln.blank:
            continue
        if any(g.c0 < lo < g.c1 and not is_figure(_words(g)[0].text) for g in ln.segs):
            return None  # words across the sub-columns' edge (a note under the table): no row of this table
        lead = [g for g in ln.segs if g.c1 <= lo]
        words = [(w, len(ws) == 1) for g in ln.segs if g.c1 > lo for ws in [_words(g)] for w in ws]
        if not words:
            if not lead or not rows:
                return None
            wrapped += [(len(rows) - 1, g) for g in lead]
            continue
        if not lead:
            return None
        label = {sum(1 for b in bounds if g.c0 >= b - 1): g.text for g in lead}
        rows.append((ln, label, words))
    if not rows:
        return None
    learnt = {side for _, _, words in rows if (side := _row_cells(words, head, n_lab, {})[2]) is not None}
    sides = {0: learnt.pop()} if len(learnt) == 1 else {}
    read = [(ln, {**label, **got}, rest) for ln, label, words in rows
            for got, rest, _ in [_row_cells(words, head, n_lab, sides)]]
    for before, g in wrapped:  # a wrapped label cell: its pieces above and below its row, joined
        col = sum(1 for b in bounds if g.c0 >= b - 1)
        after = before + 1 < len(read) and col not in read[before + 1][1]
        r = read[before + 1][1] if after else read[before][1]
        r[col] = g.text + r.get(col, "") if after else r.get(col, "") + g.text
    unplaced: list[Seg] = []
    for r, (ln, row, rest) in enumerate(read):
        src = Source(line_start=ln.number, line_end=ln.number)
        cells += [Cell(2 + r, c, t, source=src) for c, t in sorted(row.items())]
        unplaced += rest
    nums = [ln.number for ln in lines if not ln.blank]
    table = Table(cells=cells, n_rows=2 + len(rows), n_cols=n_cols,
                  source=Source(line_start=min(nums), line_end=max(nums)))
    return YearPairTable(table, unplaced)


def unplaced_lines(lines: list[TLine], base: int) -> list[TextLine]:
    """The figures of a year-pair block placed in no sub-column, a text line for each row printing any (its
    figures as printed, in order), to go after the table: text of the goals section no goal reads, so the card
    raises a finding for it and keeps it in ``unparsed`` (``base``: the region's left edge)."""
    got = year_pair_table(lines)
    if got is None:
        return []
    rows: dict[int, list[Seg]] = {}
    for s in got.unplaced:
        rows.setdefault(s.line, []).append(s)
    return [TextLine(" ".join(s.text for s in segs), max(0, segs[0].x0 - base), n, n) for n, segs in rows.items()]
