"""Section headings no vocabulary names, recognised by shape.

A card prints every section heading in one shape: a glyph (``■``), numbering (``①``, ``Ⅰ.``,
``1)``), brackets (``【 】``) or a glyph and numbering (``◎ 1.``) around a short title. A line of
that shape whose title no vocabulary knows still heads a section (``① 사업의 주요 골자``). The
shape is learnt from the card's own known headings, or from a run of lines numbered 1, 2, 3 in one
style that opens the card before any line naming a section but one bare known word over its own lines
(``사업개요``, then ``1. 돈이 드는 곳``), bare known words amid it each in a stretch of their own (then a box
bulleting lines inside it, ``□ 사업내용``, is an item glyph though its words name a section); when the
card names none, from such a run anywhere, or from three or more short lines behind one section glyph.

The kind of such a section is then read from its content
(:func:`~pledgecard.extract.content_kinds.kind_by_content`; :func:`name_unknown_sections` names
the sections and splits or merges them where their lines show it). A section whose kind stays
undecided goes to ``unparsed``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.content_kinds import (
    block_heading,
    kind_by_content,
    overview_labels,
    reporting_point,
    table_kind,
    table_kind_at_top,
)
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import find_labels, header_field_of, norm_label, section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import (
    ARROW_MARKERS,
    CAPTION_MARKERS,
    CLOSE_BRACKETS,
    LEVEL1_MARKERS,
    LEVEL2_MARKERS,
    LEVEL3_MARKERS,
    NOTE_MARKERS,
    OPEN_BRACKETS,
    SECTION_MARKERS,
    TYPED_MARKERS,
    is_numbering,
    marker_level,
)
from pledgecard.extract.sections.funding_column_heads import corner_pair
from pledgecard.normalize.money import find_unit, unit_line, without_unit

_BULLETS = LEVEL1_MARKERS + LEVEL2_MARKERS + LEVEL3_MARKERS + NOTE_MARKERS + TYPED_MARKERS  # (> 사업내용: an item)
_GLYPHS = re.compile(r"^([^\w\s" + re.escape(OPEN_BRACKETS) + r"]*)\s*")


@dataclass(frozen=True, slots=True)
class Shape:
    frame: str  # the marks around the title: glyph, numbering style, brackets
    number: int | None
    title: str


def shape_of(text: str, heading_bullets: frozenset[str] = frozenset()) -> Shape | None:
    """``'◎ 1. 사업개요'`` -> ``Shape('◎d.', 1, '사업개요')``; ``'【 사업개요 】'`` -> ``Shape('【】', None,
    '사업개요')``. ``None`` for an unmarked line or a bullet (but a glyph of ``heading_bullets``,
    a bullet glyph the card prints before its headings only: :func:`_heading_bullets`)."""
    s = text.strip()
    m = _GLYPHS.match(s)
    glyph, rest = (m.group(1), s[m.end():]) if m else ("", s)
    if glyph in heading_bullets and rest and heading_number(rest) is None:
        return Shape(glyph, None, rest)  # (numbered after it: the glyph and the numbering frame it, ◇ Ⅰ.)
    if glyph and any(c in _BULLETS for c in glyph) and not heading_number(rest):
        return None  # a bullet (◦ -, ·) before a title is an item, not a heading
    hn = heading_number(rest)
    if hn is not None:
        return Shape(glyph + hn[0], hn[1], hn[2].strip())
    if len(rest) >= 2 and rest[0] in OPEN_BRACKETS and rest[-1] in CLOSE_BRACKETS and rest[0] not in "(（":
        return Shape(glyph + rest[0] + rest[-1], None, rest[1:-1].strip())
    if glyph and all(c in SECTION_MARKERS or not c.isprintable() or ord(c) >= 0xE000 and ord(c) < 0xF900
                     or 0x25A0 <= ord(c) <= 0x25A9  # a square, hollow, filled or hatched (▤ ▥ ▦ ▧ ▨ ▩)
                     or 0x2580 <= ord(c) <= 0x259F  # a block element set as a heading's bar (▌ ▐ █ ▍)
                     or c in "▶◆◈▣◉" for c in glyph):
        return Shape(glyph, None, rest)
    return None


def shaped_title(text: str) -> str | None:
    """The title of a line shaped like a section heading (marks around a short title), or ``None``."""
    s = shape_of(text)
    return s.title if s is not None and hangul_title(s.title) else None


def hangul_title(title: str) -> bool:
    """A numbered heading's title (:func:`~pledgecard.extract.heading_numbers.titleish`: short, no
    digit, no colon) with no range mark and Hangul in it; a unit statement after it (``돈이 드는 곳
    (단위: 백만원)``, the unit of the section's table) is no part of it."""
    title = without_unit(title)
    return titleish(title) and "~" not in title and re.search(r"[가-힣]", title) is not None


def _heading_bullets(lines: list[tuple[int, Line]]) -> frozenset[str]:
    """Bullet glyphs a card prints before its section headings only (``● 공약 개요``): a level-1 glyph
    before three or more short titles and before no other line, on a card whose items carry other
    glyphs. Three or more of the titles stand over a section's first line (:func:`_opens_section`:
    another glyph's item or label, a unit line, a dated block heading, a table); the others over a
    line unmarked (a table's row in a text dump: ``계 간담회 만족도 조사 …``), so the glyph bullets
    no short item over items of its own glyph. The glyph may open dated
    block headings too (``◆ 그간 추진실적 [2023년 4분기 기준]``): no bullet either."""
    by_glyph: dict[str, list[bool | None]] = {}
    names: dict[str, set[str]] = {}  # the sections each glyph's titles name
    for n, (k, it) in enumerate(lines):
        if it.marker is None or not _bullet_glyph(it.marker) or _dated_block(it.full_text):
            continue  # (the glyph before a dated block heading too: ◆ 그간 추진실적 [2023년 4분기 기준])
        if (name := section_of(it.text)) is not None:
            names.setdefault(it.marker, set()).add(name)
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        ok: bool | None = False
        if hangul_title(it.text) and nxt is not None:
            if _opens_section(it.marker, k, *nxt):
                ok = True
            elif nxt[1].marker is None:
                ok = None  # over a row of a table its dump printed as lines (a header cell's line: 주요사업)
        by_glyph.setdefault(it.marker, []).append(ok)
    items = {it.marker for _, it in lines if it.marker is not None}
    return frozenset(g for g, oks in by_glyph.items()
                     if oks.count(True) >= 3 and False not in oks and len(items - {g}) >= 2
                     and (g in LEVEL1_MARKERS or len(names.get(g, ())) >= 2))


def _bullet_glyph(marker: str) -> bool:
    """A glyph that may bullet a level-1 item: one of the level-1 bullets, or any other symbol glyph
    (``◭``, ``☪``, a symbol font's) a line opens with, not a numbering, dash, note, arrow or typed
    stand-in; or a dot (``·``, ``⋅``: a third level's bullet on most cards). One beyond the level-1
    bullets heads sections only where two or more of its titles name sections of the vocabulary
    (:func:`_heading_bullets`): the card's own headings show it is their glyph."""
    return marker in LEVEL1_MARKERS or marker in LEVEL3_MARKERS or (
        len(marker) == 1 and marker_level(marker) == 1 and not is_numbering(marker)
        and marker not in TYPED_MARKERS + ARROW_MARKERS + CAPTION_MARKERS)


def card_levels(lines: list[tuple[int, Line]]) -> dict[str, int]:
    """Glyphs whose role on this card is not their usual depth, read from the card's own lines, each
    at level 1 (a known section's title after it heads that section, unless it names the section it
    stands in): a dot printed before section titles only (``⋅ 사업개요``, :func:`_heading_bullets`),
    and a box bulleting items on a card that heads its sections in another shape (:func:`_item_boxes`)."""
    bullets = _heading_bullets(lines)
    heads = {g: 1 for g in bullets if g in LEVEL3_MARKERS}
    return heads | dict.fromkeys(_item_boxes(lines, bullets), 1)


def _item_boxes(lines: list[tuple[int, Line]], bullets: frozenset[str] = frozenset()) -> frozenset[str]:
    """Box glyphs (``□ ❏``, a section glyph on most cards) that bullet items on this card: the card
    heads two or more known sections in another shape (``⑴ 사업 개요``, ``⑶ 추진상황``; or behind a bullet
    glyph it prints before its headings only, ``bullets``: ``◆ 사업 개요``, :func:`_heading_bullets`), and
    the box stands before two or more lines that are no title (a label and its value, a dated event:
    ``❏ 사업기간 : '22.10월 ∼ '26.6월``)."""
    named: dict[str, set[str]] = {}
    for _, it in lines:
        s = shape_of(it.full_text, bullets)
        if s is not None and (name := section_of(s.title)) is not None:
            named.setdefault(s.frame, set()).add(name)
    untitled = Counter(it.marker for _, it in lines
                       if it.marker is not None and it.marker in SECTION_MARKERS and it.marker != "\ufffd"
                       and it.text and not hangul_title(it.text))
    # the heading frames: one naming two sections or more, or a numbering run naming one (its other
    # titles words no vocabulary knows: ▦ 1. 사업의 주요 골자 ... ▦ 4. 추진실적 및 향후계획)
    shaped = [(k, it, s) for k, it in lines for s in [shape_of(it.full_text, bullets)] if s is not None]
    # or a leading run (bare known words heading the card unframed outrank it: :func:`_bare_stretches`)
    heads = {f for f, names in named.items() if len(names) >= 2} | _named_run(shaped, named) | _leading_run(lines, shaped)
    bare = len(_bare_known(lines)) >= 2
    # (a card heading its sections with bare known words, 사업개요 / 향후 추진계획: a box before lines that are
    # no title bullets its items, ❑ 별빛구 내 실증센터 20개소 조성, …, unless they head dated blocks)
    dated = Counter(it.marker for _, it in lines if it.marker is not None and _dated_block(it.text))
    return frozenset(g for g, n in untitled.items() if n >= 2 and (
        any(f != g and g not in f for f in heads) or bare and not heads and not dated[g]))


def _opens_section(glyph: str, k: int, k2: int, nxt: Line) -> bool:
    """Whether ``nxt`` (line ``k2``, right below line ``k`` whose glyph is ``glyph``) opens a
    section: an item or label of another glyph, a unit line, a dated block heading (``[그간 추진실적]
    ('25. 4분기 누계)``), or a table printed between them (a line index skipped)."""
    if k2 != k + 1:
        return True
    return nxt.marker not in (None, glyph) or unit_line(nxt.full_text) or _dated_block(nxt.full_text)


def _dated_block(text: str) -> bool:
    """A block heading with its reporting date (``[그간 추진실적] ('25. 4/4분기 기준 누계)``)."""
    group = parse_group_heading(text)
    return group is not None and group[1] is not None


def _private_bullets(lines: list[tuple[int, Line]]) -> frozenset[str]:
    """Private-use glyphs (a symbol font's) the card prints before an item too: a line no title (a
    sentence, a date or a figure). Such a glyph bullets items; a heading glyph heads titles only, numbered
    or not (``\uf077 ❲1❳ 사업개요``: the number no figure of an item)."""
    return frozenset(it.marker for _, it in lines
                     if it.marker is not None and len(it.marker) == 1 and "\ue000" <= it.marker <= "\uf8ff"
                     and it.text and not hangul_title(it.text) and not _numbered_title(it.text))


def _numbered_title(text: str) -> bool:
    """A title after a heading number (``❲1❳ 사업개요``, ``1. 추진실적``)."""
    hn = heading_number(text)
    return hn is not None and hangul_title(hn[2])


def unknown_headings(lines: list[tuple[int, Line]]) -> set[int]:
    """The indices (as given) of lines shaped like the card's section headings whose titles no
    vocabulary names."""
    bullets = _heading_bullets(lines)
    items = _private_bullets(lines) | _item_boxes(lines, bullets)
    shapes = [(k, it, None if it.marker in items else shape_of(it.full_text, bullets)) for k, it in lines]
    shaped = _unlisted([(k, it, s) for k, it, s in shapes if s is not None])
    named: dict[str, set[str]] = {}
    for _, _, s in shaped:
        if section_of(s.title) is not None:
            named.setdefault(s.frame, set()).add(section_of(s.title))  # type: ignore[arg-type]
    # a frame heads sections when it names two or more (an item lettered 다. 주요 추진실적 among the
    # achievements names only the section it stands in)
    frames = {f for f, names in named.items() if len(names) >= 2}
    # or a numbering run 1, 2, 3 naming one (▦ 1. 사업의 주요 골자 ... ▦ 4. 추진실적 및 향후계획)
    frames |= _named_run(shaped, named)
    # or a numbering run opening the card before any line naming a section but one bare known word over
    # its own lines, no title of it known (▷ Ⅰ. 사업의 주요 골자 ... ▷ Ⅶ.; □ 사업내용 inside it an item:
    # :func:`_item_boxes`), no stretch it cuts holding bare known words of two sections
    lead = _leading_run(lines, shaped)
    if not frames and not lead and len(_bare_known(lines)) >= 2:
        return set()  # the card heads its sections unframed (boxes, ▨): its numbered lines are items
    frames |= lead
    if not frames:
        frames = _frames_without_known(shaped)
    if not frames and not named:
        return _bare_headings(lines)
    out: set[int] = set()
    last: dict[str, int] = {}
    for k, it, s in shaped:
        if s.frame not in frames:
            continue
        if section_of(s.title) is not None:
            if s.number is not None:
                last[s.frame] = s.number
            continue
        if not hangul_title(s.title) or parse_group_heading(it.full_text) is not None and \
                parse_group_heading(it.full_text)[1] is not None:  # type: ignore[index]
            continue
        if s.number is not None:
            if s.number != last.get(s.frame, 0) + 1:
                continue
            last[s.frame] = s.number
        out.add(k)
    return out


def _unlisted(shaped: list[tuple[int, Line, Shape]]) -> list[tuple[int, Line, Shape]]:
    """``shaped`` but the rows of a numbered list or table printed line under line (``1 기업지원 지원센터
    계획`` right over ``2 기반조성 산업단지 추진중``): two or more lines of one numbering frame, each right
    under the one before, numbered 1, 2 ... from one, are rows, no headings (their numbers would break the
    headings' run: ``01 돈이 드는 곳``, ``02 그동안 한 일``, then ``03 지표 점검``); headings numbered on line under
    line past a number above (``1.`` over its items, then ``2.`` and ``3.`` with nothing between) stay."""
    at = {k: s for k, _, s in shaped}
    rows: set[int] = set()
    for k, _, s in shaped:
        if s.number != 1:
            continue
        chain = [k]
        while (nxt := at.get(chain[-1] + 1)) is not None and nxt.frame == s.frame \
                and nxt.number == at[chain[-1]].number + 1:  # type: ignore[operator]
            chain.append(chain[-1] + 1)
        if len(chain) >= 2:
            rows |= set(chain)
    return [x for x in shaped if x[0] not in rows]


def _bare_known(lines: list[tuple[int, Line]]) -> set[str]:
    """The sections named by lines printed without a heading shape (bare: a shaded box's title, a
    label cell; or behind a glyph that is no bullet and frames nothing: ``▨ 사업개요``; a header label
    alone on its line aside): a card heading its sections so numbers no heading (``가)`` ``①`` are its
    items)."""
    return {name for _, it in lines if _bare(it) for name in [section_of(it.text)] if name is not None}


def _header_label(it: Line) -> bool:
    """A bare line that is a header label naming a section too (``추진상황``: the status's label, a dump
    printing the header table a cell a line): no section heading the card prints bare."""
    return it.marker is None and header_field_of(it.text.strip()) is not None


def _bare_headings(lines: list[tuple[int, Line]]) -> set[int]:
    """Headings printed bare (a shaded box a text dump lost) on a card with no marked heading and
    no heading any vocabulary names: three or more unmarked short titles, each right above a
    bulleted line or a unit line (``사업의 주요 골자`` over ``∘ 사업기간 : …``)."""
    if len(_bare_known(lines)) >= 2:
        return set()  # the card heads its sections with known words (one may be a field's label: 사업내용)
    out = set()
    for (k, it), (k2, nxt) in zip(lines, lines[1:], strict=False):
        if (it.marker is None and not printed_cell(it) and k2 == k + 1 and hangul_title(it.text)
                and not find_labels(it.text)
                and norm_label(it.text) not in overview_labels(every=True)  # a field's label (사업내용)
                and shape_of(it.text) is None and (nxt.marker is not None or find_unit(nxt.full_text))):
            out.add(k)
    return out if len(out) >= 3 else set()


def _heading_runs(shaped: list[tuple[int, Line, Shape]]) -> dict[str, int]:
    """The numbering frames whose titled lines run 1, 2, 3 ... in order, three or more, with lines
    between them (a run printed line under line is a table's rows or a list: ``1 홍보 환승센터
    추진중`` / ``2 기업지원 ...``; sections have lines of their own between their headings), each
    with the line its run opens at."""
    runs: dict[str, list[int]] = {}  # each frame's run 1, 2, 3 ...: the lines of its numbers
    for k, _, s in shaped:
        if s.number is not None and hangul_title(s.title) and s.number == len(runs.setdefault(s.frame, [])) + 1:
            runs[s.frame].append(k)
    return {f: ks[0] for f, ks in runs.items() if len(ks) >= 3 and ks[-1] - ks[0] > len(ks) - 1}


def _named_run(shaped: list[tuple[int, Line, Shape]], named: dict[str, set[str]]) -> set[str]:
    """The card's first numbering run (:func:`_heading_runs`; its first heading comes before any item
    numbered inside a section) when one of its titles names a section and every line of its frame is
    one of it, a title each: the heading frame, its other titles words no vocabulary knows (``▦ 1. 사업의 주요 골자`` ... ``▦ 4. 추진실적 및 향후계획``)."""
    runs = _heading_runs(shaped)
    first = min(runs, key=lambda f: runs[f], default=None)
    return {first} if first is not None and first in named and _whole_run(shaped, first) else set()


def _leading_run(lines: list[tuple[int, Line]], shaped: list[tuple[int, Line, Shape]]) -> set[str]:
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


def _bare_first(before: list[tuple[int, Line]], start: int, shaped: list[tuple[int, Line, Shape]]) -> bool:
    """Whether the lines naming a section ahead of a numbering run (opening at line ``start``) are
    one bare known word heading the card's first section and that section's own lines: all name that
    section, the first bare (no heading shape, no bullet), at the run's indent or left of it, and a
    line or a table stands between the last of them and the run (a word right above a run is the
    label its numbers list items under)."""
    k0, head = before[0]
    indent = next(it.indent for k, it, _ in shaped if k == start)
    return len({section_of(it.text) for _, it in before}) == 1 and _bare(head) and head.indent <= indent \
        and before[-1][0] + 1 < start


def printed_cell(it: Line) -> bool:
    """A line that is one cell of a table a dump printed a cell a line (a drawn grid's cell, a Markdown
    row's: ``Source.table_cell``, set by the text reader): a cell's words (a header's last value, a
    funding table's column head 연도별 투자 실적 및 계획, an outreach table's 만족도조사) head no section."""
    return it.source.table_cell


def _bare(it: Line) -> bool:
    """A line printed without a heading shape or a bullet (a shaded box's title, a label cell, a
    title behind a glyph that frames nothing: ``▨ 사업개요``; a header label alone on its line aside), no
    table's cell printed a line (:func:`printed_cell`)."""
    return (it.marker is None or it.marker not in _BULLETS) and shape_of(it.full_text) is None \
        and not _header_label(it) and not printed_cell(it)


def _bare_stretches(lines: list[tuple[int, Line]], heads: list[int]) -> bool:
    """Whether each stretch of the card that the heading lines ``heads`` cut (before the first,
    between two, after the last) holds bare known words (:func:`_bare`) naming one section at most:
    a word interrupting the run heads a section of its own (``1. …``, ``2. …``, ``추진실적``, ``3. …``)
    or is a sub-label of the section it stands in."""
    named: dict[int, set[str]] = {}
    for n, (k, it) in enumerate(lines):
        if _bare(it) and (name := section_of(it.text)) is not None and not _corner_word(lines, n):
            named.setdefault(sum(1 for h in heads if h <= k), set()).add(name)
    return all(len(names) <= 1 for names in named.values())


def _corner_word(lines: list[tuple[int, Line]], n: int) -> bool:
    """Whether line ``n`` is a word of a diagonally split corner cell, printed on a line of its own beside
    the other (``연도`` / ``재원``): a table's head, no heading."""
    return any(0 <= m < len(lines) and corner_pair(lines[m][1].full_text, lines[n][1].full_text)
               for m in (n - 1, n + 1))


def _whole_run(shaped: list[tuple[int, Line, Shape]], frame: str) -> bool:
    """Every line of ``frame`` numbered 1, 2, 3 ... in order, a title each (items numbered ① ② …
    restart, or are dated lines)."""
    mine = [s for _, _, s in shaped if s.frame == frame]
    return [s.number for s in mine] == list(range(1, len(mine) + 1)) and all(hangul_title(s.title) for s in mine)


def _frames_without_known(shaped: list[tuple[int, Line, Shape]]) -> set[str]:
    """The heading frame of a card that names no section: of the numbering styles whose titled
    lines run 1, 2, 3 in order and the glyph or bracket frames before three or more titles, the
    one printed first (the first section heading comes before any item numbered inside it)."""
    frames = set(_heading_runs(shaped))
    counts = Counter(s.frame for _, _, s in shaped if s.number is None and hangul_title(s.title))
    frames |= {f for f, n in counts.items() if n >= 3}
    first = next((s.frame for _, _, s in shaped if s.frame in frames and hangul_title(s.title)), None)
    return {first} if first is not None else set()


# ------------------------------------------------------------------------------ sections under unknown headings


def _table_tail(items: list[Item], taken: set[str]) -> tuple[int, str] | None:
    """The index of a short title line, bracketed or after a bullet (``《지표 점검》``, ``◇ 지표
    점검``), after which the items are a table whose header names its kind (:func:`~pledgecard.extract.content_kinds.table_kind`),
    one the card does not have yet, with that kind; None when there is no such line. The last
    such line is taken."""
    for at in range(len(items) - 1, 0, -1):
        it = items[at]
        if not isinstance(it, Line):
            continue
        s = shape_of(it.full_text)
        bracketed = s is not None and s.number is None and s.frame[-1:] in CLOSE_BRACKETS and hangul_title(s.title)
        m = _GLYPHS.match(it.full_text.strip())
        glyphed = m is not None and bool(m.group(1)) and hangul_title(it.full_text.strip()[m.end():])
        if not bracketed and not glyphed and not _one_glyph_title(it.full_text) \
                and not (it.marker is not None and hangul_title(it.text)):
            continue
        lines = [x for x in items[at + 1:] if isinstance(x, Line) and x.full_text.strip()]
        kind = table_kind(lines) if lines else None
        if kind is not None and table_kind_at_top(lines) != kind:
            return None  # items stand between the title and the table (- 기반조성 over items, then goals)
        return (at, kind) if kind is not None and kind not in taken else None
    return None


def _one_glyph_title(text: str) -> bool:
    """A short title after one glyph that is no letter (``➌ 성과목표 달성현황``: a block numbered by a
    glyph no marker list knows)."""
    parts = text.split(maxsplit=1)
    return len(parts) == 2 and len(parts[0]) == 1 and not parts[0].isalpha() and not parts[0].isascii() \
        and hangul_title(parts[1])


def _split_at_subheadings(items: list[Item]) -> list[list[Item]]:
    """Items cut before each bracketed short title line (``[앞으로의 과제]``); the first part is
    what comes before the first such line."""
    parts: list[list[Item]] = [[]]
    for it in items:
        s = shape_of(it.full_text) if isinstance(it, Line) else None
        if s is not None and s.number is None and s.frame[-1:] in CLOSE_BRACKETS and hangul_title(s.title):
            parts.append([it])
        else:
            parts[-1].append(it)
    return parts


def name_unknown_sections(sections: list[Any], moved: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """Give each section under an unknown heading the kind its content shows (in place; ``moved``:
    the kinds of tables read elsewhere by their content). A bullet line naming the section it
    stands in, which split the section off (◦ 주요 추진실적 under 그동안 한 일), goes back into it."""
    as_of = reporting_point(sections[0].items) if sections else None
    if as_of is None:  # else the latest date a block heading reports (《기 추진실적: '24. 3분기 기준》)
        ends = [str(g[1]["end"]) for sec in sections[1:] for it in sec.items if isinstance(it, Line)
                for g in [block_heading(it.full_text)] if g is not None and g[1].get("end")]
        as_of = max(ends, default=None)
    _merge_openers(sections)
    _merge_field_openers(sections, as_of)
    taken = {s.name for s in sections if s.name} | set(moved)
    above: list[str] = []
    k = 1
    while k < len(sections):
        sec = sections[k]
        if sec.name is None and sec.heading is not None and getattr(sec, "shaped", False) \
                and "funding" in moved and not any(s.name == "funding" for s in sections) \
                and any(isinstance(it, Line) and find_unit(it.full_text) for it in sec.items):
            sec.name = "funding"  # its table was read as a funding table by content: the unit line goes with it
        if sec.name is None and sec.heading is not None and getattr(sec, "shaped", False):
            kind = kind_by_content(sec.items, taken=taken, as_of=as_of, after=above)
            if kind is not None:
                sec.name = kind
                taken.add(kind)
            else:
                parts = _split_at_subheadings(sec.items)
                kinds: list[str] = []
                for part in parts[1:]:
                    got = kind_by_content(part[1:], taken=taken | set(kinds), as_of=as_of, after=above + kinds)
                    if got is None or got in kinds:
                        break
                    kinds.append(got)
                if len(parts) > 2 and len(kinds) == len(parts) - 1 and not parts[0]:
                    # one heading over two sections, each opened by a sub-heading line (앞으로의 과제와
                    # 전망: [앞으로의 과제] ..., [사업 효과 전망] ...)
                    sections[k: k + 1] = [type(sec)(name=kd, heading=sec.heading, items=part[1:], shaped=True)
                                          for kd, part in zip(kinds, parts[1:], strict=True)]
                    taken |= set(kinds)
        for s in sections[k: k + 1]:
            if s.name:
                above.append(s.name)
        k += 1
    for k, sec in enumerate(sections):
        if sec.name is None and sec.heading is not None and getattr(sec, "shaped", False) and k > 0 \
                and not any(isinstance(it, Line) and it.full_text.strip() for it in sec.items):
            sec.name = kind_by_content(sec.items, taken=taken, as_of=as_of, tables=True,
                                       after=[s.name for s in sections[1:k] if s.name])
            taken |= {sec.name} if sec.name else set()
    _merge_openers(sections)
    _split_table_tails(sections, taken)


def _split_table_tails(sections: list[Any], taken: set[str]) -> None:
    """A table under a sub-heading line of its own that closes a section (《지표 점검》 over a
    goals table after the achievements, the heading no vocabulary names) is a section of the kind
    its header names, when the card has none yet (in place)."""
    k = 1
    while k < len(sections):
        sec = sections[k]
        tail = _table_tail(sec.items, taken | {sec.name}) if sec.name else None
        if tail is not None:
            at, kind = tail
            sections[k + 1: k + 1] = [type(sec)(name=kind, heading=sec.heading, items=sec.items[at + 1:], shaped=True)]
            sec.items = sec.items[:at]
            taken.add(kind)
        k += 1


def _merge_field_openers(sections: list[Any], as_of: str | None) -> None:
    """A section split off under an unknown heading by a bullet line naming a section (``ㅇ 사업내용``,
    a field of the overview whose label names the overview too) goes back into it when the lines
    above it, under the heading, read by content as that very section (사업기간 / 사업비 labels: an
    overview), and no other section of the card is that one (in place)."""
    _merge_back(sections, lambda a, b: a.name is None and bool(a.items) and b.name is not None
                and not any(s.name == b.name for s in sections if s is not b)
                and kind_by_content(a.items, taken=set(), as_of=as_of, after=[]) == b.name)


def _merge_openers(sections: list[Any]) -> None:
    """A section split off right under an unknown heading by a line naming a section (a bullet
    naming the section it stands in, a dated block heading ``[ 그간 추진실적 ('25. 4분기 누계) ]``)
    goes back into it: when the heading's kind is that section's, or the heading has nothing else."""
    _merge_back(sections, lambda a, b: b.name == a.name or a.name is None and not a.items or _opener_continues(a, b))


def _merge_back(sections: list[Any], joins: Callable[[Any, Any], bool]) -> None:
    """Each section ``b`` a line split off right under a section ``a`` of an unknown heading (``b``'s
    opener, no next heading of ``a``'s run) goes back into ``a``, under ``b``'s name, where ``joins(a, b)``
    (in place)."""
    k = 1
    while k + 1 < len(sections):
        a, b = sections[k], sections[k + 1]
        if a.shaped and b.opener is not None and not _sibling_headings(a, b) and joins(a, b):
            a.name = b.name
            a.items += ([] if b.items[:1] == [b.opener] else [b.opener]) + b.items
            del sections[k + 1]
            continue
        k += 1


def _sibling_headings(a: Any, b: Any) -> bool:
    """``b``'s opening line is numbered in the run of ``a``'s heading (``Ⅴ 추진일정`` then ``Ⅵ 향후 계획``):
    the next heading of the card, never a line inside ``a``'s section."""
    mine = _glyph_number(a.heading or "")
    marker = getattr(b.opener, "marker", None)
    theirs = _glyph_number(f"{marker} {b.opener.text}") if marker else None
    return mine is not None and theirs is not None and mine[0] == theirs[0] and theirs[1] > mine[1]


def _glyph_number(text: str) -> tuple[str, int, str] | None:
    """The heading's numbering (:func:`heading_number`), also after one glyph framing the card's headings
    (``■ Ⅴ. 시민 참여 및 소통``: ``Ⅴ.``)."""
    got = heading_number(text)
    glyph, _, rest = text.strip().partition(" ")
    if got is None and len(glyph) == 1 and not glyph.isalnum() and rest:
        got = heading_number(rest.strip())
    return got


def numbering_frame(text: str) -> str | None:
    """The numbering style of a numbered heading (:func:`heading_number`'s frame, after one glyph too:
    ``■ Ⅴ. 시민 참여`` and ``Ⅵ. 향후 계획`` one; ``❷ 돈이 드는 곳`` and ``㈎ 그간 추진실적`` two), or ``None``."""
    got = _glyph_number(text)
    return got[0] if got is not None else None


def _opener_continues(a: Any, b: Any) -> bool:
    """A bulleted line naming a section (``> 사업내용``, a field's label) under an unknown heading
    whose lines above it are that section's by their content (``> 사업기간 : …``, ``> 사업비 : …``):
    one section, the bullet an item of it (gyeol-province with unknown headings)."""
    return a.name is None and b.opener.marker is not None and b.name is not None \
        and kind_by_content(a.items, taken=set(), as_of=None, after=[]) == b.name
