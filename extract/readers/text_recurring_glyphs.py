"""A watermark turned across every page, as ``pdftotext``'s default mode prints it: the turned words come apart
into lone glyphs, a line each (``용`` / ``토`` / ``검 오후`` / ``부 4.`` ...: two turned lines read across give two
glyphs a line), printed amid the page's own lines (between a section's heading and its text, or a glyph glued
after a heading, ``■ 3) 추진실적 획``). Read as text they are no heading's and no cell's: a section heading with a
glyph after it is no heading, a table's cells run on with letters that are none of its.

The class: every page prints its copy of the watermark alike, so the same glyph lines recur page after page in the
same order. A glyph line is a line of one or two tokens of three characters at most. Between two pages, the
longest run of glyph lines printed in the same order on both (at most :data:`_GAP` other lines between two of
them on either page) is a watermark's copies where it holds :data:`_MIN_RUN` lines or more, :data:`_MIN_LETTERS`
of them different lone letters (no digit, no stop): a table's short cells (``계``, ``-``, ``1``) recurring
page after page never spell that many letters. Its lines are dropped on both pages, and a lone letter glued after
a line between two of them is cut where the other copy prints that letter alone between the same two.
A one-page dump has no copy to prove its glyphs: left as printed.

A copy crossing a table printed a cell a line (review a, findings 4 and 8: angae-county 95009 with the outreach
counts between two of the copy's glyph lines): a line of figures only beside another such line (``25`` / ``5`` /
``20``, a table's cells in a row) is the table's, never dropped as the copy's (matched, or broken apart). Each page
is compared with the next :data:`_NEAR` pages only, at most :data:`_MOST_COMPARED` glyph tokens of it (a page of
more: its tokens holding a letter or a stop), so that a long dump of short cells costs no page pairs squared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from pledgecard.extract.readers.text_glyph_titles import spelled_titles
from pledgecard.extract.readers.text_lines import TLine, to_tline

_MIN_RUN = 8  # glyph lines two pages print in the same order at least
_MIN_LETTERS = 6  # different lone letters among them at least
_GAP = 4  # other printed lines between two of a run's lines at most
_MAX_TOKEN = 3  # characters a glyph line's token has at most
_MAX_TOKENS = 2  # tokens of a glyph line at most
_NEAR = 2  # the pages after a page it is compared with
_MOST_COMPARED = 200  # glyph tokens of a page compared at most
_FIGURE = re.compile(r"^[\d,]+$")  # a token of figures only


def is_glyph_line(text: str) -> bool:
    """Whether ``text`` could be a turned watermark's glyphs: one or two tokens of three characters at most."""
    tokens = text.split()
    return 0 < len(tokens) <= _MAX_TOKENS and all(len(t) <= _MAX_TOKEN for t in tokens)


def _lone_letter(text: str) -> str | None:
    """The one letter ``text`` is (no digit, no stop), else None."""
    s = text.strip()
    return s if len(s) == 1 and unicodedata.category(s).startswith("L") else None


def _common(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """The longest common subsequence of ``a`` and ``b`` as pairs of their indices."""
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def _runs(pairs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``pairs`` (indices of two pages' printed lines) cut where either page prints more than :data:`_GAP` other
    lines between two of them."""
    runs: list[list[tuple[int, int]]] = []
    for p in pairs:
        if runs and p[0] - runs[-1][-1][0] - 1 <= _GAP and p[1] - runs[-1][-1][1] - 1 <= _GAP:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _tokens(page: Sequence[str]) -> list[tuple[int, str]]:
    """The tokens of ``page``'s glyph lines in order, each with its line's index (a title set a character a line
    no watermark's: :func:`spelled_titles`; at most :data:`_MOST_COMPARED`: past them, only the tokens holding a
    letter or a stop, as many)."""
    titles = spelled_titles(page)
    tokens = [
        (k, t) for k, text in enumerate(page) if is_glyph_line(text) and k not in titles for t in text.split()
    ]
    if len(tokens) > _MOST_COMPARED:
        tokens = [(k, t) for k, t in tokens if not _FIGURE.match(t)][:_MOST_COMPARED]
    return tokens


def _figures_line(text: str) -> bool:
    """Whether ``text`` prints figures only (``25``, ``1,200``)."""
    tokens = text.split()
    return bool(tokens) and all(_FIGURE.match(t) for t in tokens)


def table_cells(page: Sequence[str]) -> set[int]:
    """The lines of ``page`` printing figures only beside another such line: a table's cells printed a cell a line
    (``25`` / ``5`` / ``20``), never a watermark copy's glyphs."""
    return {
        k
        for k, text in enumerate(page)
        if _figures_line(text) and any(0 <= n < len(page) and _figures_line(page[n]) for n in (k - 1, k + 1))
    }


def recurring_glyph_runs(pages: Sequence[Sequence[str]]) -> list[list[tuple[int, int, int, int]]]:
    """The watermark's copies found in ``pages`` (each its printed, non-blank lines): runs of two copies' glyph
    lines matched, each ``(page_a, line_a, page_b, line_b)``. Matched by their tokens: two copies may break the
    same turned words into lines apart (``리 23.`` / ``관 0`` on one page, ``.`` / ``리`` / ``3`` / ``관 02`` on the
    next)."""
    tokens = [_tokens(p) for p in pages]
    found: list[list[tuple[int, int, int, int]]] = []
    for pa in range(len(pages)):
        for pb in range(pa + 1, min(pa + 1 + _NEAR, len(pages))):
            a, b = tokens[pa], tokens[pb]
            pairs = [(a[i][0], b[j][0]) for i, j in _common([t for _, t in a], [t for _, t in b])]
            pairs = [
                p for n, p in enumerate(pairs) if not n or p[0] != pairs[n - 1][0] and p[1] != pairs[n - 1][1]
            ]
            for run in _runs(pairs):
                letters = {x for x in (_lone_letter(pages[pa][i]) for i, _ in run) if x}
                if len(run) >= _MIN_RUN and len(letters) >= _MIN_LETTERS:
                    found.append([(pa, i, pb, j) for i, j in run])
    return found


def _broken_apart(
    pages: Sequence[Sequence[str]], run: list[tuple[int, int, int, int]]
) -> set[tuple[int, int]]:
    """Glyph lines between two of a run's matched lines, unmatched, every character of them printed by the other
    copy from its matched line to the next (a copy's glyphs the other copy broke apart: ``리 23.`` there, ``.`` /
    ``리`` / ``3`` here), as (page, line)."""
    out: set[tuple[int, int]] = set()
    for (pa, a0, pb, b0), (_, a1, _, b1) in zip(run, run[1:], strict=False):
        for (p, lo, hi), (q, olo, ohi) in (((pa, a0, a1), (pb, b0, b1)), ((pb, b0, b1), (pa, a0, a1))):
            there = set("".join(pages[q][olo : ohi + 1]))
            out.update(
                (p, k)
                for k in range(lo + 1, hi)
                if is_glyph_line(pages[p][k]) and set(pages[p][k].strip()) - {" "} <= there
            )
    return out


def _glued_cuts(
    pages: Sequence[Sequence[str]], run: list[tuple[int, int, int, int]]
) -> dict[tuple[int, int], str]:
    """Lines between two of a copy's glyph lines ending in a lone letter (one space before it) the other copy
    prints alone between the same two: the line with that letter cut, by (page, line)."""
    cuts: dict[tuple[int, int], str] = {}
    for (pa, a0, pb, b0), (_, a1, _, b1) in zip(run, run[1:], strict=False):
        for (p, lo, hi), (q, olo, ohi) in (((pa, a0, a1), (pb, b0, b1)), ((pb, b0, b1), (pa, a0, a1))):
            alone = {x for x in (_lone_letter(pages[q][k]) for k in range(olo + 1, ohi)) if x}
            for k in range(lo + 1, hi):
                head, _, last = pages[p][k].rstrip().rpartition(" ")
                if head.strip() and not is_glyph_line(pages[p][k]) and last in alone:
                    cuts[(p, k)] = head.rstrip()
    return cuts


def recurring_glyphs(lines: list[TLine]) -> list[TLine]:
    """``lines`` with a turned watermark's glyph lines, recurring page after page (above), dropped."""
    by_page: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        if not ln.blank:
            by_page.setdefault(ln.page, []).append(k)
    if len(by_page) < 2:
        return lines
    order = sorted(by_page)
    pages = [[lines[k].text for k in by_page[p]] for p in order]
    found = recurring_glyph_runs(pages)
    if not found:
        return lines
    mine: dict[int, set[int]] = {}
    for run in found:
        for p, i, q, j in run:
            mine.setdefault(p, set()).add(i)
            mine.setdefault(q, set()).add(j)
    cells = [table_cells(p) for p in pages]
    drop = {by_page[order[p]][i] for p, got in mine.items() for i in got if i not in cells[p]}
    drop |= {by_page[order[p]][i] for run in found for p, i in _broken_apart(pages, run) if i not in cells[p]}
    cuts = {by_page[order[p]][i]: text for run in found for (p, i), text in _glued_cuts(pages, run).items()}
    out: list[TLine] = []
    for k, ln in enumerate(lines):
        if k in drop:
            continue
        out.append(to_tline(ln.number, ln.page, cuts[k]) if k in cuts else ln)
    return out
