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

from pledgecard.extract.heading_bare_words import bare_headings, bare_known, printed_cell
from pledgecard.extract.heading_levels import card_levels, heading_bullets, item_boxes, private_bullets
from pledgecard.extract.heading_line_shape import Shape, hangul_title, shape_of, shaped_title
from pledgecard.extract.heading_runs import (
    frames_without_known,
    glyph_frame,
    inside_one_section,
    leading_run,
    named_run,
)
from pledgecard.extract.heading_unknown_sections import (
    name_unknown_sections,
    numbering_frame,
    sibling_headings,
    split_table_tails,
    table_tail,
)
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line
from pledgecard.normalize.money import unit_line

__all__ = [
    "Shape",
    "bare_known",
    "private_bullets",
    "sibling_headings",
    "split_table_tails",
    "table_tail",
    "card_levels",
    "hangul_title",
    "name_unknown_sections",
    "numbering_frame",
    "printed_cell",
    "shape_of",
    "shaped_title",
    "unit_line",
    "unknown_headings",
]


def unknown_headings(lines: list[tuple[int, Line]]) -> set[int]:
    """The indices (as given) of lines shaped like the card's section headings whose titles no
    vocabulary names."""
    bullets = heading_bullets(lines)
    items = private_bullets(lines) | item_boxes(lines, bullets)
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
    frames |= {f for f in named_run(shaped, named) if not inside_one_section(shaped, f, frames)}
    # or a numbering run opening the card before any line naming a section but one bare known word over
    # its own lines, no title of it known (▷ Ⅰ. 사업의 주요 골자 ... ▷ Ⅶ.; □ 사업내용 inside it an item:
    # :func:`item_boxes`), no stretch it cuts holding bare known words of two sections
    lead = leading_run(lines, shaped)
    if not frames and not lead and len(bare_known(lines)) >= 2:
        # or a glyph before short unknown titles under one bare known word heading the first section
        # (사업개요, then ▶ 돈이 드는 곳 ...), bare words after it sub-labels of their sections
        lead = glyph_frame(lines, shaped)
        if not lead:
            return set()  # the card heads its sections unframed (boxes, ▨): its numbered lines are items
    frames |= lead
    if not frames:
        frames = frames_without_known(shaped)
    if not frames and not named:
        return bare_headings(lines)
    out: set[int] = set()
    last: dict[str, int] = {}
    for k, it, s in shaped:
        if s.frame not in frames:
            continue
        if section_of(s.title) is not None:
            if s.number is not None:
                last[s.frame] = s.number
            continue
        if (
            not hangul_title(s.title)
            or parse_group_heading(it.full_text) is not None
            and parse_group_heading(it.full_text)[1] is not None
        ):  # type: ignore[index]
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
        while (
            (nxt := at.get(chain[-1] + 1)) is not None
            and nxt.frame == s.frame
            and nxt.number == at[chain[-1]].number + 1
        ):  # type: ignore[operator]
            chain.append(chain[-1] + 1)
        if len(chain) >= 2:
            rows |= set(chain)
    return [x for x in shaped if x[0] not in rows]
