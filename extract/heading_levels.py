"""A card's levels of bullets (:mod:`heading_shapes`): the glyphs that head sections, the boxes that bullet
items though their words name a section, bullets a card uses for its own headings."""

from __future__ import annotations

import re
from collections import Counter

from pledgecard.extract.heading_bare_words import bare_known
from pledgecard.extract.heading_line_shape import hangul_title, shape_of
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.heading_runs import leading_run, named_run
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import (
    ARROW_MARKERS,
    CAPTION_MARKERS,
    LEVEL1_MARKERS,
    LEVEL3_MARKERS,
    SECTION_MARKERS,
    TYPED_MARKERS,
    is_numbering,
    marker_level,
)
from pledgecard.normalize.money import unit_line

_CLOSING_COLON = re.compile(r"\s*[:：]\s*$")


def heading_bullets(lines: list[tuple[int, Line]]) -> frozenset[str]:
    """Bullet glyphs a card prints before its section headings only (``● 공약 개요``): a level-1 glyph
    before three or more short titles and before no other line, on a card whose items carry other
    glyphs. Three or more of the titles stand over a section's first line (:func:`_opens_section`:
    another glyph's item or label, a unit line, a dated block heading, a table); the others over a
    line unmarked (a table's row in a text dump: ``계 간담회 만족도 조사 …``), so the glyph bullets
    no short item over items of its own glyph. The glyph may open dated
    block headings too (``◆ 그간 추진실적 [2023년 4분기 기준]``): no bullet either. A title may close on a colon,
    its content below (``∙ 재원 투자계획 :``: mutant 3043)."""
    by_glyph: dict[str, list[bool | None]] = {}
    names: dict[str, set[str]] = {}  # the sections each glyph's titles name
    for n, (k, it) in enumerate(lines):
        if it.marker is None or not _bullet_glyph(it.marker) or _dated_block(it.full_text):
            continue  # (the glyph before a dated block heading too: ◆ 그간 추진실적 [2023년 4분기 기준])
        if (name := section_of(it.text)) is not None:
            names.setdefault(it.marker, set()).add(name)
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        ok: bool | None = False
        title = hangul_title(_CLOSING_COLON.sub("", it.text))
        if title and nxt is None:
            ok = None  # the card's last line: a table under it, or nothing (◐ 성과목표 달성현황 over its table)
        elif title and nxt is not None:  # ∙ 재원 투자계획 : over its content
            if _opens_section(it.marker, k, *nxt):
                ok = True
            elif nxt[1].marker is None:
                ok = None  # over a row of a table its dump printed as lines (a header cell's line: 주요사업)
        by_glyph.setdefault(it.marker, []).append(ok)
    items = {it.marker for _, it in lines if it.marker is not None}
    return frozenset(
        g
        for g, oks in by_glyph.items()
        if oks.count(True) >= 3
        and False not in oks
        and len(items - {g}) >= 2
        and (g in LEVEL1_MARKERS or len(names.get(g, ())) >= 2)
    )


def _bullet_glyph(marker: str) -> bool:
    """A glyph that may bullet a level-1 item: one of the level-1 bullets, or any other symbol glyph
    (``◭``, ``☪``, a symbol font's) a line opens with, not a numbering, dash, note, arrow or typed
    stand-in; or a dot (``·``, ``⋅``: a third level's bullet on most cards). One beyond the level-1
    bullets heads sections only where two or more of its titles name sections of the vocabulary
    (:func:`heading_bullets`): the card's own headings show it is their glyph."""
    return (
        marker in LEVEL1_MARKERS
        or marker in LEVEL3_MARKERS
        or (
            len(marker) == 1
            and marker_level(marker) == 1
            and not is_numbering(marker)
            and marker not in TYPED_MARKERS + ARROW_MARKERS + CAPTION_MARKERS
        )
    )


def card_levels(lines: list[tuple[int, Line]]) -> dict[str, int]:
    """Glyphs whose role on this card is not their usual depth, read from the card's own lines, each
    at level 1 (a known section's title after it heads that section, unless it names the section it
    stands in): a dot printed before section titles only (``⋅ 사업개요``, :func:`heading_bullets`),
    and a box bulleting items on a card that heads its sections in another shape (:func:`item_boxes`)."""
    bullets = heading_bullets(lines)
    heads = {g: 1 for g in bullets if g in LEVEL3_MARKERS}
    return heads | dict.fromkeys(item_boxes(lines, bullets), 1)


def item_boxes(lines: list[tuple[int, Line]], bullets: frozenset[str] = frozenset()) -> frozenset[str]:
    """Box glyphs (``□ ❏``, a section glyph on most cards) that bullet items on this card: the card
    heads two or more known sections in another shape (``⑴ 사업 개요``, ``⑶ 추진상황``; or behind a bullet
    glyph it prints before its headings only, ``bullets``: ``◆ 사업 개요``, :func:`heading_bullets`), and
    the box stands before two or more lines that are no title (a label and its value, a dated event:
    ``❏ 사업기간 : '22.10월 ∼ '26.6월``)."""
    named: dict[str, set[str]] = {}
    for _, it in lines:
        s = shape_of(it.full_text, bullets)
        if s is not None and (name := section_of(s.title)) is not None:
            named.setdefault(s.frame, set()).add(name)
    untitled = Counter(
        it.marker
        for _, it in lines
        if it.marker is not None
        and it.marker in SECTION_MARKERS
        and it.marker != "\ufffd"
        and it.text
        and not hangul_title(it.text)
    )
    # the heading frames: one naming two sections or more, or a numbering run naming one (its other
    # titles words no vocabulary knows: ▦ 1. 사업의 주요 골자 ... ▦ 4. 추진실적 및 향후계획)
    shaped = [(k, it, s) for k, it in lines for s in [shape_of(it.full_text, bullets)] if s is not None]
    # or a leading run (bare known words heading the card unframed outrank it: :func:`_bare_stretches`)
    heads = (
        {f for f, names in named.items() if len(names) >= 2}
        | named_run(shaped, named)
        | leading_run(lines, shaped)
    )
    bare = len(bare_known(lines)) >= 2
    # (a card heading its sections with bare known words, 사업개요 / 향후 추진계획: a box before lines that are
    # no title bullets its items, ❑ 별빛구 내 실증센터 20개소 조성, …, unless they head dated blocks)
    dated = Counter(it.marker for _, it in lines if it.marker is not None and _dated_block(it.text))
    return frozenset(
        g
        for g, n in untitled.items()
        if n >= 2 and (any(f != g and g not in f for f in heads) or bare and not heads and not dated[g])
    )


def _opens_section(glyph: str, k: int, k2: int, nxt: Line) -> bool:
    """Whether ``nxt`` (line ``k2``, right below line ``k`` whose glyph is ``glyph``) opens a
    section: an item or label of another glyph, a unit line, a dated block heading (``[그간 추진실적]
    ('25. 4분기 누계)``), a framed heading naming a known section (``< 향후계획 >`` under ``⋅ 향후계획 및
    기대효과``: the combined section's first part), or a table printed between them (a line index skipped)."""
    if k2 != k + 1:
        return True
    return (
        nxt.marker not in (None, glyph)
        or unit_line(nxt.full_text)
        or _dated_block(nxt.full_text)
        or _framed_known(nxt)
    )


def _framed_known(it: Line) -> bool:
    """An unmarked line framed as a heading (``< 향후계획 >``) whose title names a known section."""
    shape = shape_of(it.full_text) if it.marker is None else None
    return shape is not None and shape.frame is not None and section_of(shape.title) is not None


def _dated_block(text: str) -> bool:
    """A block heading with its reporting date (``[그간 추진실적] ('25. 4/4분기 기준 누계)``)."""
    group = parse_group_heading(text)
    return group is not None and group[1] is not None


def private_bullets(lines: list[tuple[int, Line]]) -> frozenset[str]:
    """Private-use glyphs (a symbol font's) the card prints before an item too: a line no title (a
    sentence, a date or a figure). Such a glyph bullets items; a heading glyph heads titles only, numbered
    or not (``\uf077 ❲1❳ 사업개요``: the number no figure of an item)."""
    return frozenset(
        it.marker
        for _, it in lines
        if it.marker is not None
        and len(it.marker) == 1
        and "\ue000" <= it.marker <= "\uf8ff"
        and it.text
        and not hangul_title(it.text)
        and not _numbered_title(it.text)
    )


def _numbered_title(text: str) -> bool:
    """A title after a heading number (``❲1❳ 사업개요``, ``1. 추진실적``)."""
    hn = heading_number(text)
    return hn is not None and hangul_title(hn[2])
