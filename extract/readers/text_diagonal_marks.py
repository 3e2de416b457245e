"""A watermark turned across every page, as ``pdftotext -layout`` prints it: a diagonal trail of lone glyphs,
a letter or two a line, whose column moves by a near-constant step from line to line, set apart on lines of
their own or glued onto the cells the diagonal crosses (``산12,305``). The converter lays each page's copy out
alike, so the same glyph sequence recurs further on (the next page's copy).

The class: a trail is a run of lone glyphs (a token of one letter or stop, no word one space from it, no
syllable of a word spread a letter apart; or a letter glued before a number: no lone figure in a table column, no
table rule, box or dash opens one), four letters or more, a glyph a line over four lines or more no more than
four lines apart, whose column moves every step the same way, between half a column and four a line (a table
column stands still), each glyph within two columns of where the last ones point. It is a watermark's where the
lone glyphs about another trail of the dump, over other lines, hold three of its glyphs in the same order (the
next page's copy; a copy's trail may lose glyphs to the lines it crosses).

About such a trail (eight columns either side, from eight lines before it to eight after: the watermark's other
rows print beside it) a token of three characters at most is blanked where another copy prints the same text at
the same place from the same glyph (as far right or left, as many lines away give or take: a copy's lines parted
by other lines), and a glued glyph is cut from the number it stands before, so the cell reads as printed. Never
blanked: a token one space from a word that stays (a word of a running line), a figure one space from a figure
(a date), a token with no letter standing over or under a figure a few lines about it (a table's lone digit, its
dash for zero); a word of two letters only beside a glyph of the trail. A line the watermark alone printed is
dropped: the converter printed it for the marks, between the page's own lines (a row's label and its figures meet
again)."""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pledgecard.extract.readers.text_lines import TLine, to_tline

_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[^\W\d_]{2}")  # two letters running
_MIN_LINES = 4  # a trail crosses four lines or more
_MAX_GAP = 4  # lines between two of a trail's glyphs at most
_TOL = 2.0  # columns a glyph may stand off the trail's straight line
_SLOPE = (0.5, 4.0)  # columns the trail moves a line (either way): a table column stands still
_BAND = 8  # columns either side of a trail where the watermark's other rows print
_STRETCH = 3  # lines a copy may print for one of another's (other lines between its glyphs)
_ALIGN = 3  # lines above and below where a table's figures stand over and under its lone ones
_RECUR = 3  # glyphs a trail shares, in the same order, with another copy


@dataclass(frozen=True)
class _Glyph:
    k: int  # index of the line
    col: int  # the token's first character
    text: str


@dataclass
class _Trail:
    glyphs: list[_Glyph]

    @cached_property
    def lines(self) -> list[int]:
        return sorted({g.k for g in self.glyphs})

    @cached_property
    def _points(self) -> list[tuple[int, float]]:
        """A point a line: the line and the mean column of the trail's glyphs on it."""
        cols: dict[int, list[int]] = {}
        for g in self.glyphs:
            cols.setdefault(g.k, []).append(g.col)
        return sorted((k, sum(c) / len(c)) for k, c in cols.items())

    def at(self, k: int) -> float:
        """The trail's column at line ``k`` of its span: between its glyphs, on the line through them."""
        pts = self._points
        for (k0, c0), (k1, c1) in zip(pts, pts[1:], strict=False):
            if k0 <= k <= k1:
                return c0 + (c1 - c0) * (k - k0) / (k1 - k0)
        return pts[0][1] if k < pts[0][0] else pts[-1][1]

    @property
    def sequence(self) -> str:
        return "".join(g.text for g in sorted(self.glyphs, key=lambda g: (g.k, g.col)))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _seeds(lines: Sequence[TLine], marks: bool = False) -> list[_Glyph]:
    """Lone glyphs: a token of one letter or stop (``·``, ``.``, ``:``; no digit, no rule, box or dash a table or
    list prints; with ``marks``, any mark: about a trail, the watermark's other signs), no word (two letters
    running) one space from it, no syllable of a word spread a syllable apart; or a letter glued before a number."""
    out = []
    for k, ln in enumerate(lines):
        toks = _tokens(ln.text)
        spread = _spread(toks)
        for n, (s, e, tok) in enumerate(toks):
            if n in spread:
                continue
            if (
                len(tok) == 1
                and (tok.isalpha() or unicodedata.category(tok) == "Po" or marks and not tok.isdigit())
                and not any(
                    _WORD.search(toks[m][2]) and (toks[m][0] - e == 1 or s - toks[m][1] == 1)
                    for m in (n - 1, n + 1)
                    if 0 <= m < len(toks)
                )
            ):
                out.append(_Glyph(k, s, tok))
            elif _glued(tok):
                out.append(_Glyph(k, s, tok[0]))
    return out


def _spread(toks: list[tuple[int, int, str]]) -> set[int]:
    """Tokens of a word spread a syllable apart (``기 준 일``): three one-character tokens or more one space apart."""
    out: set[int] = set()
    run: list[int] = []
    for n, (s, _, tok) in enumerate(toks):
        if len(tok) == 1 and run and s - toks[run[-1]][1] == 1:
            run.append(n)
        else:
            if len(run) >= 3:
                out |= set(run)
            run = [n] if len(tok) == 1 else []
    return out | (set(run) if len(run) >= 3 else set())


def _glued(tok: str) -> bool:
    """A letter glued before a number (``산12,305``): a glyph the trail crossing a cell printed onto it."""
    return len(tok) > 3 and tok[0].isalpha() and _NUMBER.fullmatch(tok[1:]) is not None


def _step(near: list[_Glyph], k: int) -> float:
    """The column the trail's last glyphs (``near``: the three nearest line ``k``) point to at line ``k``."""
    ks = [g.k for g in near]
    if len(set(ks)) < 2:
        return float(near[-1].col)
    n = len(near)
    mk = sum(ks) / n
    mc = sum(g.col for g in near) / n
    b = sum((g.k - mk) * (g.col - mc) for g in near) / sum((x - mk) ** 2 for x in ks)
    return mc + b * (k - mk)


def _grow(p: _Glyph, q: _Glyph, by_line: dict[int, list[_Glyph]], used: set[_Glyph]) -> _Trail:
    members = [p, q]  # in line order: the trail grows at its ends
    for step in (1, -1):
        while True:
            edge = members[-1].k if step > 0 else members[0].k
            near = members[-3:] if step > 0 else members[:3]
            best: _Glyph | None = None
            for d in range(1, _MAX_GAP + 1):
                k = edge + step * d
                pred = _step(near, k)
                fit = [g for g in by_line.get(k, []) if g not in used and abs(g.col - pred) <= _TOL]
                if fit:
                    best = min(fit, key=lambda g: abs(g.col - pred))  # a glyph a line: the nearest
                    break
            if best is None:
                break
            members = [*members, best] if step > 0 else [best, *members]
    return _Trail(members)


def _slope(t: _Trail) -> float:
    ks = t.lines
    return (t.at(ks[-1]) - t.at(ks[0])) / (ks[-1] - ks[0])


def _straight(t: _Trail) -> bool:
    """Four lines or more, four letters or more, the column moving every step the same way by a near-constant
    amount."""
    ks = t.lines
    if len(ks) < _MIN_LINES or len({g.text for g in t.glyphs}) < _MIN_LINES:
        return False  # a trail of a few letters over and over: a spread label's syllables, no watermark
    b = _slope(t)
    steps = [(t.at(k1) - t.at(k0)) / (k1 - k0) for k0, k1 in zip(ks, ks[1:], strict=False)]
    return _SLOPE[0] <= abs(b) <= _SLOPE[1] and all(
        s * b > 0 and abs(s - b) <= max(1.5, abs(b)) for s in steps
    )


def _trails(lines: Sequence[TLine], seeds: list[_Glyph]) -> list[_Trail]:
    """The trails, longest first, none sharing a glyph: each pair of glyphs a few lines apart grown into the
    longest straight run it opens (a run that lost glyphs to a longer one grown again without them)."""
    by_line: dict[int, list[_Glyph]] = {}
    for g in seeds:
        by_line.setdefault(g.k, []).append(g)
    used: set[_Glyph] = set()
    heap: list[tuple[int, int, _Glyph, _Glyph, _Trail]] = []
    for p in seeds:
        for d in range(1, _MAX_GAP + 1):
            for q in by_line.get(p.k + d, []):
                if _SLOPE[0] <= abs(q.col - p.col) / d <= _SLOPE[1]:
                    t = _grow(p, q, by_line, used)
                    if _straight(t):
                        heapq.heappush(heap, (-len(t.lines), len(heap), p, q, t))
    out: list[_Trail] = []
    while heap:
        _, n, p, q, t = heapq.heappop(heap)
        if p in used or q in used:
            continue
        if used.intersection(t.glyphs):  # grown again without the glyphs a longer trail took
            t = _grow(p, q, by_line, used)
            if _straight(t):
                heapq.heappush(heap, (-len(t.lines), n, p, q, t))
            continue
        out.append(t)
        used |= set(t.glyphs)
    return out


def _shared(a: str, b: str) -> bool:
    """``a`` and ``b`` share ``_RECUR`` glyphs in the same order (a copy may lose a glyph to a line it crosses)."""
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b, start=1):
            prev, row[j] = row[j], prev + 1 if ca == cb else max(row[j], row[j - 1])
    return row[-1] >= _RECUR


def _overlap(t: _Trail, u: _Trail) -> bool:
    """Two trails over the same lines: one copy's two rows of text, no recurrence."""
    a, b = t.lines, u.lines
    return a[0] <= b[-1] and b[0] <= a[-1]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _reach(t: _Trail, k: int) -> bool:
    """Line ``k`` within a few lines of the trail (its copy's rows the trail left out): no other copy's."""
    return t.lines[0] - 2 * _MAX_GAP <= k <= t.lines[-1] + 2 * _MAX_GAP


def _zone(t: _Trail, seeds: Sequence[_Glyph]) -> list[_Glyph]:
    """The lone glyphs about a trail: within ``_BAND`` columns of it, from a few lines before it to a few after
    (the watermark's other rows, and its glyphs a trail left out)."""
    return [g for g in seeds if _reach(t, g.k) and abs(g.col - t.at(g.k)) <= _BAND]


def _recurs(
    lines: Sequence[TLine],
    anchors: list[_Glyph],
    k: int,
    col: int,
    piece: str,
    copies: dict[str, list[_Glyph]],
) -> bool:
    """``piece`` at line ``k``, column ``col`` stands where another copy of the watermark prints it too: the same
    text as far right or left (two columns either way) of a glyph of this trail as of the same glyph about the
    copy (its trail's or one its trail left out), as many lines away that way give or take (a copy's lines
    parted by other lines than this one's: half as many to thrice); a word (two letters running) only on the
    glyph's line or the next."""
    reach = 1 if _WORD.search(piece) else 2 * _MAX_GAP  # a word only beside a glyph of the trail (안 당관)
    for g in sorted(anchors, key=lambda g: abs(g.k - k)):
        dk, dc = k - g.k, col - g.col
        if (dk, dc) == (0, 0) or abs(dk) > reach:
            continue
        for h in copies.get(g.text, ()):
            lo, hi = sorted((h.k + dk // 2, h.k + dk * _STRETCH))
            for k2 in range(max(0, lo - 1), min(len(lines), hi + 2)):
                if any(
                    piece in (tok, tok[0] if _glued(tok) else None) and abs(s - (h.col + dc)) <= _TOL + 0.5
                    for s, _, tok in _tokens(lines[k2].text)
                ):
                    return True
    return False


def _in_columns(
    lines: Sequence[TLine], k: int, toks: list[tuple[int, int, str]], marks: set[int]
) -> set[int]:
    """Of ``marks``, the tokens with no letter standing over or under a figure on the lines about line ``k``: a
    table's cells (a lone digit down a column, a dash for zero), no watermark's."""
    out = set()
    for n in marks:
        s, e, tok = toks[n]
        if any(c.isalpha() for c in tok):
            continue
        for k2 in range(max(0, k - _ALIGN), min(len(lines), k + _ALIGN + 1)):
            if k2 != k and any(
                any(c.isdigit() for c in t2) and s2 < e and s < e2 and not _glued(t2)
                for s2, e2, t2 in _tokens(lines[k2].text)
            ):
                out.add(n)
                break
    return out


def _joined(tok: str, other: str) -> bool:
    """``tok`` read with ``other`` one space from it: ``other`` a word, or both figures (a date, ``2025. 3. 31.``)."""
    return (
        _WORD.search(other) is not None or _DIGIT.search(tok) is not None and _DIGIT.search(other) is not None
    )


def _cleaned(
    lines: Sequence[TLine],
    k: int,
    trails: list[_Trail],
    zones: dict[int, list[_Glyph]],
    copies: dict[int, dict[str, list[_Glyph]]],
) -> str:
    """Line ``k`` with what the trails over it print blanked: a short token (three characters at most) near a
    diagonal that another copy prints at the same place, one space from no token but such ones (a word of a
    running line stays), or such a glyph glued before a number."""
    text = lines[k].text
    toks = _tokens(text)
    near = [
        [t for t in trails if abs(s - t.at(k)) <= _BAND or abs(e - 1 - t.at(k)) <= _BAND] for s, e, _ in toks
    ]
    marks = {
        n
        for n, (s, _, tok) in enumerate(toks)
        if len(tok) <= 3 and any(_recurs(lines, zones[id(t)], k, s, tok, copies[id(t)]) for t in near[n])
    }
    marks -= _in_columns(lines, k, toks, marks)
    while (
        True
    ):  # a token one space from a word that stays, or a figure from a figure, is part of a running line
        running = {
            n
            for n in marks
            if any(
                0 <= m < len(toks)
                and m not in marks
                and _joined(toks[n][2], toks[m][2])
                and (toks[m][0] - toks[n][1] == 1 or toks[n][0] - toks[m][1] == 1)
                for m in (n - 1, n + 1)
            )
        }
        if not running:
            break
        marks -= running
    out = text
    for n, (s, e, tok) in enumerate(toks):
        if n in marks:
            out = _blank(out, s, e)
        elif _glued(tok) and any(_recurs(lines, zones[id(t)], k, s, tok[0], copies[id(t)]) for t in near[n]):
            out = _blank(out, s, s + 1)  # a glyph glued before a number
    return out


def diagonal_marks(lines: list[TLine]) -> list[TLine]:
    """``lines`` with the glyphs of every recurring diagonal trail blanked (above)."""
    found = _trails(lines, _seeds(lines))
    if len(found) < 2:
        return lines
    glyphs = _seeds(lines, marks=True)
    zones = {id(t): _zone(t, glyphs) for t in found}
    said = {id(t): "".join(g.text for g in sorted(zones[id(t)], key=lambda g: (g.k, g.col))) for t in found}
    sure = [
        t
        for t in found
        if any(u is not t and not _overlap(t, u) and _shared(t.sequence, said[id(u)]) for u in found)
    ]
    if not sure:
        return lines
    copies: dict[int, dict[str, list[_Glyph]]] = {}  # a trail's copies' glyphs by their text
    for t in sure:
        copies[id(t)] = {}
        for h in (h for u in sure if not _overlap(t, u) for h in zones[id(u)] if not _reach(t, h.k)):
            copies[id(t)].setdefault(h.text, []).append(h)
    out: list[TLine] = []
    for k, ln in enumerate(lines):
        over = [t for t in sure if _reach(t, k)]
        text = ln.text if ln.blank or not over else _cleaned(lines, k, over, zones, copies)
        if text == ln.text:
            out.append(ln)
        elif text.strip():
            out.append(to_tline(ln.number, ln.page, text + " " * ln.trail))  # its width kept
        # else a line the watermark alone printed: no line of the page (a row label and its figures it parted, or a
        # goal row's cells, meet again as the page printed them)
    return out
