"""Runs of headings (:mod:`heading_shapes`): lines numbered 1, 2, 3 in one frame, a run naming a section,
one opening the card before any known heading (bare known words amid it each in a stretch of its own),
frames the card's known headings do not use."""

from __future__ import annotations

from collections import Counter

from pledgecard.extract.heading_bare_words import is_bare
from pledgecard.extract.heading_line_shape import Shape, hangul_title
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_column_heads import corner_pair


def _heading_runs(shaped: list[tuple[int, Line, Shape]]) -> dict[str, int]:
    """The numbering frames whose titled lines run 1, 2, 3 ... in order, three or more, with lines
    between them (a run printed line under line is a table's rows or a list: ``1 홍보 환승센터
    추진중`` / ``2 기업지원 ...``; sections have lines of their own between their headings), each
    with the line its run opens at."""
    runs: dict[str, list[int]] = {}  # each frame's run 1, 2, 3 ...: the lines of its numbers
    for k, _, s in shaped:
        if (
            s.number is not None
            and hangul_title(s.title)
            and s.number == len(runs.setdefault(s.frame, [])) + 1
        ):
            runs[s.frame].append(k)
    return {f: ks[0] for f, ks in runs.items() if len(ks) >= 3 and ks[-1] - ks[0] > len(ks) - 1}


def named_run(shaped: list[tuple[int, Line, Shape]], named: dict[str, set[str]]) -> set[str]:
    """The card's first numbering run (:func:`_heading_runs`; its first heading comes before any item
    numbered inside a section) when one of its titles names a section and every line of its frame is
    one of it, a title each: the heading frame, its other titles words no vocabulary knows (``▦ 1. 사업의 주요 골자`` ... ``▦ 4. 추진실적 및 향후계획``)."""
    runs = _heading_runs(shaped)
    first = min(runs, key=lambda f: runs[f], default=None)
    return {first} if first is not None and first in named and _whole_run(shaped, first) else set()


def inside_one_section(shaped: list[tuple[int, Line, Shape]], frame: str, frames: set[str]) -> bool:
    """Whether the lines of ``frame`` all stand inside one section a heading of the card's heading
    ``frames`` opened, no such heading between them, and every title of them naming a section names that
    one (``⛒ 추진실적``, then ``가. 세부 추진실적`` / ``나. 주요 추진실적`` / ``다. 주요 추진실적``): the section's
    sub-blocks lettered as its items, no headings."""
    mine = [k for k, _, s in shaped if s.frame == frame]
    heads = [(k, section_of(s.title)) for k, _, s in shaped if s.frame in frames and s.frame != frame]
    if not mine or not heads:
        return False
    opened = [name for k, name in heads if k < mine[0]]
    if not opened or opened[-1] is None or any(mine[0] < k < mine[-1] for k, _ in heads):
        return False
    names = {section_of(s.title) for _, _, s in shaped if s.frame == frame} - {None}
    return names == {opened[-1]}


def leading_run(lines: list[tuple[int, Line]], shaped: list[tuple[int, Line, Shape]]) -> set[str]:
    """The card's first numbering run (:func:`_heading_runs`) when every line of its frame is one of
    it, a title each, and it opens before any line naming a section: the heading frame, though no title
    of it is known (``▷ Ⅰ. 사업의 주요 골자`` ... ``▷ Ⅶ. 사업 효과 전망``); a line naming a section inside
    it (``□ 사업내용``) is an item of a section already open. Or it opens under one bare known word
    heading a section of its own (:func:`_bare_first`: ``사업개요`` over its lines, then ``1. 돈이 드는
    곳``). No stretch of the card the run cuts (before it, between two of its headings, after its last)
    holds bare known words naming two sections (:func:`_bare_stretches`): such words head the card
    unframed, the run's numbers items of their sections."""
    runs = _heading_runs(shaped)
    first = min(runs, key=lambda f: runs[f], default=None)
    if first is None or not _whole_run(shaped, first):
        return set()
    before = [(k, it) for k, it in lines if k < runs[first] and section_of(it.text) is not None]
    if before and not _bare_first(before, runs[first], shaped):
        return set()
    heads = [k for k, _, s in shaped if s.frame == first]
    return {first} if _bare_stretches(lines, heads) else set()


def glyph_frame(lines: list[tuple[int, Line]], shaped: list[tuple[int, Line, Shape]]) -> set[str]:
    """The glyph (or bracket) frame before three or more short titles, none numbered and none known (``▶ 돈이 드는
    곳`` ... ``▶ 사업 효과 전망``), printed first of such frames, when the lines naming a section ahead of it are one
    bare known word heading the card's first section (:func:`_bare_first`: ``사업개요`` over its lines) and no
    stretch its lines cut holds bare known words naming two sections (:func:`_bare_stretches`; a bare
    ``세부 추진실적`` under ``▶ 그동안 한 일`` a sub-label of the section it stands in): the heading frame."""
    counts = Counter(s.frame for _, _, s in shaped if s.number is None and hangul_title(s.title))
    first = next((s.frame for _, _, s in shaped if counts[s.frame] >= 3 and s.number is None), None)
    if first is None:
        return set()
    mine = [(k, s) for k, _, s in shaped if s.frame == first]
    if any(
        s.number is not None or not hangul_title(s.title) or section_of(s.title) is not None for _, s in mine
    ):
        return set()
    heads = [k for k, _ in mine]
    before = [(k, it) for k, it in lines if k < heads[0] and section_of(it.text) is not None]
    if not before or not _bare_first(before, heads[0], shaped):
        return set()
    return {first} if _bare_stretches(lines, heads) else set()


def _bare_first(before: list[tuple[int, Line]], start: int, shaped: list[tuple[int, Line, Shape]]) -> bool:
    """Whether the lines naming a section ahead of a numbering run (opening at line ``start``) are
    one bare known word heading the card's first section and that section's own lines: all name that
    section, the first bare (no heading shape, no bullet), at the run's indent or left of it, and a
    line or a table stands between the last of them and the run (a word right above a run is the
    label its numbers list items under)."""
    k0, head = before[0]
    indent = next(it.indent for k, it, _ in shaped if k == start)
    return (
        len({section_of(it.text) for _, it in before}) == 1
        and is_bare(head)
        and head.indent <= indent
        and before[-1][0] + 1 < start
    )


def _bare_stretches(lines: list[tuple[int, Line]], heads: list[int]) -> bool:
    """Whether each stretch of the card that the heading lines ``heads`` cut (before the first,
    between two, after the last) holds bare known words (:func:`is_bare`) naming one section at most:
    a word interrupting the run heads a section of its own (``1. …``, ``2. …``, ``추진실적``, ``3. …``)
    or is a sub-label of the section it stands in."""
    named: dict[int, set[str]] = {}
    for n, (k, it) in enumerate(lines):
        if is_bare(it) and (name := section_of(it.text)) is not None and not _corner_word(lines, n):
            named.setdefault(sum(1 for h in heads if h <= k), set()).add(name)
    return all(len(names) <= 1 for names in named.values())


def _corner_word(lines: list[tuple[int, Line]], n: int) -> bool:
    """Whether line ``n`` is a word of a diagonally split corner cell, printed on a line of its own beside
    the other (``연도`` / ``재원``): a table's head, no heading."""
    return any(
        0 <= m < len(lines) and corner_pair(lines[m][1].full_text, lines[n][1].full_text)
        for m in (n - 1, n + 1)
    )


def _whole_run(shaped: list[tuple[int, Line, Shape]], frame: str) -> bool:
    """Every line of ``frame`` numbered 1, 2, 3 ... in order, a title each (items numbered ① ② …
    restart, or are dated lines)."""
    mine = [s for _, _, s in shaped if s.frame == frame]
    return [s.number for s in mine] == list(range(1, len(mine) + 1)) and all(
        hangul_title(s.title) for s in mine
    )


def frames_without_known(shaped: list[tuple[int, Line, Shape]]) -> set[str]:
    """The heading frame of a card that names no section: of the numbering styles whose titled
    lines run 1, 2, 3 in order and the glyph or bracket frames before three or more titles, the
    one printed first (the first section heading comes before any item numbered inside it)."""
    frames = set(_heading_runs(shaped))
    counts = Counter(s.frame for _, _, s in shaped if s.number is None and hangul_title(s.title))
    frames |= {f for f, n in counts.items() if n >= 3}
    first = next((s.frame for _, _, s in shaped if s.frame in frames and hangul_title(s.title)), None)
    return {first} if first is not None else set()
