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
alone. A row whose figures are glued into one segment (their columns drift) is placed by its final target alone: a
placing, in the words' order, is proven where one side (the side whose sub-head the vocabulary names a target's,
when it does) holds a figure every year, no status word, and these sum to a figure under a head right of the years
that names no rate (an annual final) or, never falling, end in the last year's own (a cumulative final, 공정률), and
where a rate printed right of the years is the actuals to date (their sum, or the latest) over that final. A glued
figure never goes under a rate; a row left with several proven placings or none, or whose search passes
``MAX_PLACINGS``, reads none of its glued figures (each handed back as unplaced). A figure printed alone amid the
years over no one sub-column stands only for the nearest sub-column either side, and a proven placing prints every
year's target and its actuals a run from the first year. A row of words each printed alone that the order leaves
one placing is read so. Any other figure
printed between a year's two sub-columns, overlapping neither or both (a row leaving the actual blank, the
converter centring what is left), is placed by nothing printed: its cell stays empty and the figure is handed back
as unplaced, so the card raises a finding for it rather than guess (a figure right, or none)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_layout_items import TextLine
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.readers.text_pair_heads import year_cell
from pledgecard.extract.readers.text_year_pair_pages import by_order
from pledgecard.extract.vocabulary import current

_NUMBER = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")
MAX_HEAD_LINES = 3  # non-blank lines from the years' line to the sub-heads' line, at most
MAX_PLACINGS = (
    2000  # order-keeping placings of one glued row searched at most (past it: the row reads nothing)
)


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
            out.append(
                Seg(
                    text=w,
                    x0=seg.x0 + at - seg.c0,
                    x1=seg.x0 + at - seg.c0 + len(w),
                    c0=at,
                    c1=at + len(w),
                    line=seg.line,
                )
            )
        at += len(w) + 1
    return out


def _glued_apart(seg: Seg, segs: list[Seg]) -> bool:
    """Whether a figure's segment stands a space at most from another figure's: a run of figures printed glued
    (``1,639 1,576 1,753 1,442``) that the line's reader parted into segments, their columns drifting as a glued
    segment's do (gaeul-county 64021 layout: the run's third figure over the first year's actual)."""
    return is_figure(seg.text) and any(
        h is not seg and is_figure(h.text) and (0 <= h.c0 - seg.c1 <= 1 or 0 <= seg.c0 - h.c1 <= 1)
        for h in segs
    )


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
        run = segs[s : s + 2 * n]
        a, b = run[0].text, run[1].text
        if (
            a != b
            and not any(is_figure(x.text) or year_cell(x.text) for x in run)
            and all(x.text == (a if i % 2 == 0 else b) for i, x in enumerate(run))
        ):
            return s
    return None


def _head(lines: list[TLine]) -> _Head | None:
    """The head of a year-pair block (see the module's docstring), or None."""
    text = [k for k, ln in enumerate(lines) if not ln.blank]
    for n, k in enumerate(text[:MAX_HEAD_LINES]):
        years = [s for s in lines[k].segs if year_cell(s.text)]
        if len(years) < 2:
            continue
        for j in text[n + 1 : n + 1 + MAX_HEAD_LINES]:
            s = _pairs(lines[j].segs, len(years))
            if s is None:
                continue
            subs = lines[j].segs[s : s + 2 * len(years)]
            if not all(
                subs[2 * i].c1 - 2 <= (y.c0 + y.c1) / 2 <= subs[2 * i + 1].c0 + 2 for i, y in enumerate(years)
            ):
                continue
            lo, hi = subs[0].c0, subs[-1].c1
            body = next(
                (
                    i
                    for i in text
                    if i > j
                    and any(is_figure(w.text) and lo <= w.c0 < hi for g in lines[i].segs for w in _words(g))
                ),
                None,
            )
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


def _orders(words: list[tuple[Seg, bool]], head: _Head) -> list[list[int]] | None:
    """Every placing of a row's words, in their order, in the row's cells (a year's two sub-columns, ``2y`` and
    ``2y + 1``, then the heads right of the years) that what is printed allows: a word right of the years in a head
    right of them (a figure), one amid the years amid them (a glued figure never in a final's or a rate's cell: its
    columns drift, not past the years), a word printed alone over one sub-column alone in that one. None when the
    placings pass :data:`MAX_PLACINGS` (a long glued row of many years: searched no further, read by nothing)."""
    subs, n, hi, r = head.subs, len(head.years), head.subs[-1].c1, len(head.right)
    if len(words) > 2 * n + r:
        return []
    fixed = {
        i: over[0]
        for i, (w, alone) in enumerate(words)
        if alone and w.c0 < hi
        if len(over := [k for k, h in enumerate(subs) if _overlap(w.c0, w.c1, h.c0, h.c1)]) == 1
    }
    finals = [k for k in range(2 * n, 2 * n + r) if k not in _rate_heads(head)]
    allowed = [
        [fixed[i]]
        if i in fixed
        else list(range(2 * n, 2 * n + r))
        if w.c0 >= hi
        else _beside(w, subs)
        if alone
        else list(range(2 * n)) + finals
        for i, (w, alone) in enumerate(words)
    ]
    allowed = [
        [k for k in ks if k < 2 * n or _value(w.text) is not None or is_figure(w.text)]
        for ks, (w, _) in zip(allowed, words, strict=True)
    ]
    out: list[list[int]] = []
    seen = 0

    def place(i: int, after: int, slots: list[int]) -> bool:
        nonlocal seen
        if i == len(words):
            out.append(list(slots))
            return len(out) <= MAX_PLACINGS
        room = 2 * n + r - (len(words) - i - 1)  # the slots the words after this one still need
        for k in allowed[i]:
            if after < k < room:
                seen += 1
                if seen > MAX_PLACINGS * 4 or not place(i + 1, k, [*slots, k]):
                    return False
        return True

    return out if place(0, -1, []) else None


def _beside(w: Seg, subs: list[Seg]) -> list[int]:
    """The sub-columns a word printed alone amid them, over none alone, may stand for: the nearest one each side
    (a right-aligned figure drifting off its own; never one a further sub-column away)."""
    left = [k for k, h in enumerate(subs) if h.c0 <= w.c0]
    right = [k for k, h in enumerate(subs) if h.c1 >= w.c1]
    return sorted({*left[-1:], *right[:1]})


def _rate_heads(head: _Head) -> set[int]:
    """The cells (``2n + r``) of the heads right of the years naming a rate (the vocabulary's goal rate words)."""
    rates = current().words("goals_columns", "rate")
    n = len(head.years)
    return {
        2 * n + r for r, (_, _, t) in enumerate(head.right) if any(w in "".join(t.split()) for w in rates)
    }


def _rate_agrees(text: str, done: float | None, final: float) -> bool:
    """A printed rate (rounded as printed) that is ``done`` a hundredth of ``final``."""
    v = _value(text)
    if v is None:
        return True  # no rate printed (a dash)
    if done is None or not final:
        return False
    return round(100 * done / final, len(text.partition(".")[2])) == v


def _proven(words: list[tuple[Seg, bool]], head: _Head, slots: list[int], side: int, rates: set[int]) -> bool:
    """A placing whose ``side`` (0 a year's first sub-column, 1 its second) holds the targets the row's final
    target proves: two or more, no status word among them, and a figure under a head right of the years (no rate's)
    their sum (an annual target) or, the targets never falling, the last year's own (a cumulative one, 공정률); and
    a rate the row prints right of the years the actuals to date over that final (their sum, or the latest)."""
    n = len(head.years)
    at = {k: w.text for k, (w, _) in zip(slots, words, strict=True)}
    if any(k < 2 * n and k % 2 == side and _value(t) is None and not is_figure(t) for k, t in at.items()):
        return False
    targets = [(y, v) for y in range(n) if (v := _value(at.get(2 * y + side, ""))) is not None]
    done = [v for y in range(n) if (v := _value(at.get(2 * y + 1 - side, ""))) is not None]
    if len(targets) < max(2, n):
        return False  # a year's target blank (or a dash): no final proves where the others stand
    shown = [2 * y + 1 - side in at for y in range(n)]
    if any(b and not a for a, b in zip(shown, shown[1:], strict=False)):
        return False  # an actual after a year printing none: no card's actuals to date
    vals = [v for _, v in targets]
    rising = targets[-1][0] == n - 1 and all(a <= b for a, b in zip(vals, vals[1:], strict=False))
    for k, t in at.items():
        final = _value(t)
        if k < 2 * n or k in rates or final is None:
            continue
        for ok, got in (
            (abs(sum(vals) - final) < 1e-6, sum(done) if done else None),
            (rising and abs(vals[-1] - final) < 1e-6, done[-1] if done else None),
        ):
            if ok and all(_rate_agrees(at[q], got, final) for q in rates if q in at):
                return True
    return False


def _target_sides(head: _Head) -> tuple[int, ...]:
    """The sides that may hold a row's targets: the one whose sub-head the vocabulary names a target's, the other's
    an actual's; either when the sub-heads name neither so."""
    vocab = current()
    names = ["".join(s.text.split()) for s in head.subs[:2]]
    target, actual = vocab.words("goals_columns", "target"), vocab.words("goals_columns", "actual")
    named = [side for side in (0, 1) if names[side] in target and names[1 - side] in actual]
    return tuple(named) or (0, 1)


def _placings(words: list[tuple[Seg, bool]], head: _Head) -> list[tuple[int | None, list[int]]]:
    """The placings of a row the row's final target (and rate) proves, each with the side of its targets; or the
    one placing the order leaves a row of words each printed alone (no glued word drifting: a figure amid the years
    between two figures over their sub-columns, one cell left for it), no side proved."""
    orders = _orders(words, head)
    if orders is not None and len(orders) == 1 and all(alone for _, alone in words):
        return [(None, orders[0])]
    rates, sides = _rate_heads(head), _target_sides(head)
    return [
        (side, slots) for slots in orders or [] for side in sides if _proven(words, head, slots, side, rates)
    ]


def _row_cells(
    words: list[tuple[Seg, bool]],
    head: _Head,
    n_lab: int,
    found: list[tuple[int | None, list[int]]],
    sides: set[int],
) -> tuple[dict[int, str], list[Seg], int | None]:
    """A row's cells right of its labels (column -> text), the words placed nowhere and the side its final proved
    (see the module's docstring); ``words``: each word and whether it stood alone in its segment (glued words'
    columns drift); ``found``: the placings its final proves (:func:`_placings`); ``sides``: the side other rows
    proved (a row whose placings differ by side alone takes theirs). Several placings left, or none: the glued words
    are placed nowhere."""
    subs, n, hi = head.subs, len(head.years), head.subs[-1].c1
    if len({side for side, _ in found}) > 1 and len(sides) == 1:
        found = [f for f in found if f[0] in sides]
    if (
        len({tuple(s) for _, s in found}) > 1
    ):  # a word printed alone touching one sub-column alone stays in it
        touch = {
            i: near[0]
            for i, (w, alone) in enumerate(words)
            if alone and w.c0 < hi
            if len(near := [k for k, h in enumerate(subs) if w.c0 <= h.c1 and h.c0 <= w.c1]) == 1
        }
        found = [f for f in found if all(f[1][i] == k for i, k in touch.items())]
    if len({tuple(s) for _, s in found}) == 1:
        slots = found[0][1]
        proved = {side for side, _ in found if side is not None}
        cells = {n_lab + k: w.text for k, (w, _) in zip(slots, words, strict=True)}
        return cells, [], proved.pop() if len(proved) == 1 else None
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


def _key(lines: list[TLine]) -> tuple[object, ...]:
    """What a block's read depends on: its lines and their segments, as printed."""
    return tuple(
        (
            ln.number,
            ln.page,
            ln.text,
            ln.trail,
            ln.parted,
            tuple((g.text, g.x0, g.x1, g.c0, g.c1, g.line) for g in ln.segs),
        )
        for ln in lines
    )


_LAST: list[tuple[tuple[object, ...], list[Seg] | None]] = []  # the last block read and its unplaced figures


def year_pair_table(lines: list[TLine]) -> YearPairTable | None:
    """The table of a block headed by years over pairs of sub-columns (see the module's docstring), or None."""
    got = _read(lines)
    _LAST[:] = [(_key(lines), None if got is None else list(got.unplaced))]
    return got


def _read(lines: list[TLine]) -> YearPairTable | None:
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
    wrapped: list[
        tuple[int, Seg]
    ] = []  # a label piece on a line of its own: (index of the row before, piece)
    page = next((ln.page for ln in lines if ln.number == subs[0].line), lines[0].page)  # the head's page
    off_page: set[int] = set()  # rows printed on a later page (text_year_pair_pages)
    for ln in lines[head.body :]:
        if ln.blank:
            continue
        if any(g.c0 < lo < g.c1 and not is_figure(_words(g)[0].text) for g in ln.segs):
            return None  # words across the sub-columns' edge (a note under the table): no row of this table
        lead = [g for g in ln.segs if g.c1 <= lo]
        words = [
            (w, len(ws) == 1 and not _glued_apart(g, ln.segs))
            for g in ln.segs
            if g.c1 > lo
            for ws in [_words(g)]
            for w in ws
        ]
        if not words:
            if not lead or not rows:
                return None
            wrapped += [(len(rows) - 1, g) for g in lead]
            continue
        if not lead:
            return None
        if ln.page != page:  # a page the converter measured on its own: its columns are not the head's
            if len(lead) > n_lab:
                return None
            off_page.add(len(rows))
            rows.append((ln, dict(enumerate(g.text for g in lead)), words))
            continue
        label = {sum(1 for b in bounds if g.c0 >= b - 1): g.text for g in lead}
        rows.append((ln, label, words))
    if not rows:
        return None
    found = [[] if r in off_page else _placings(words, head) for r, (_, _, words) in enumerate(rows)]
    learnt = {
        side
        for (_, _, words), f in zip(rows, found, strict=True)
        if (side := _row_cells(words, head, n_lab, f, set())[2]) is not None
    }
    sides = learnt if len(learnt) == 1 else set()
    read = [
        (ln, {**label, **got}, rest)
        for r, ((ln, label, words), f) in enumerate(zip(rows, found, strict=True))
        for got, rest in [
            by_order(words, n_lab, n_cols) if r in off_page else _row_cells(words, head, n_lab, f, sides)[:2]
        ]
    ]
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
    table = Table(
        cells=cells,
        n_rows=2 + len(rows),
        n_cols=n_cols,
        source=Source(line_start=min(nums), line_end=max(nums)),
    )
    return YearPairTable(table, unplaced)


def unplaced_lines(lines: list[TLine], base: int) -> list[TextLine]:
    """The figures of a year-pair block placed in no sub-column, a text line for each row printing any (its
    figures as printed, in order), to go after the table: text of the goals section no goal reads, so the card
    raises a finding for it and keeps it in ``unparsed`` (``base``: the region's left edge)."""
    key = _key(lines)
    if _LAST and _LAST[0][0] == key:  # the block build_table has just read: not read again
        unplaced = _LAST[0][1]
    else:
        got = year_pair_table(lines)
        unplaced = None if got is None else got.unplaced
    if unplaced is None:
        return []
    rows: dict[int, list[Seg]] = {}
    for s in unplaced:
        rows.setdefault(s.line, []).append(s)
    return [
        TextLine(" ".join(s.text for s in segs), max(0, segs[0].x0 - base), n, n) for n, segs in rows.items()
    ]
