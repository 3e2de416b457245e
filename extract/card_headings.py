"""The section a line heads (:func:`heading_of`), and a heading printed on one line with the first
line of its content (:func:`split_inline_heading`)."""

from __future__ import annotations

from pledgecard.extract.content_kinds import years_only
from pledgecard.extract.glyph_numbering import inner_numbering
from pledgecard.extract.heading_shapes import hangul_title
from pledgecard.extract.headings import parse_group_heading, undated_name
from pledgecard.extract.labels import find_labels, header_field_of, section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import (
    FRAMED_LINE,
    SECTION_MARKERS,
    is_note,
    is_numbering,
    marker_level,
    split_marker,
)
from pledgecard.extract.sections.overview import field_label
from pledgecard.extract.tagged_headings import tagged_section
from pledgecard.extract.vocabulary import current


def heading_of(
    it: Item,
    current: str | None = None,
    levels: dict[str, int] | None = None,
    dated: frozenset[str] = frozenset(),
) -> str | None:
    """The section a line heads: the rest, after whatever marks it (a heading glyph, numbering,
    brackets, a glyph and a numbering: ``◎ 1. 사업개요``), is a known section label exactly. A
    bullet of a sub-item (``-``, ``·``) never heads a section, and a bullet line naming the
    section it stands in is an item of it (``◦ 주요 추진실적`` among the achievements). ``levels``:
    the depth of glyphs the card uses otherwise than most (:func:`~pledgecard.extract.heading_shapes.card_levels`);
    ``dated``: the glyphs a year and a section's name after them head that section behind (:func:`dated_glyphs`)."""
    if not isinstance(it, Line) or is_note(it.marker):
        return None
    text = it.text
    level = (levels or {}).get(it.marker or "") or marker_level(it.marker)
    if it.marker is not None and level in (1, 2, 3):
        numbered = inner_numbering(text)
        if numbered is not None:
            text = numbered[1]
        elif level != 1:
            return None
        else:
            # a heading glyph and the section's name, or its name after a year (▶ 2025년 추진실적: the
            # dated heading of a section, as an unmarked ``3. 2025년 추진실적`` is) behind a glyph of the card's
            # headings only: an item's bullet so (❍ 2019년 추진실적 in the goals' block) is an item, no heading
            name = section_of(text) or (_dated_section(text) if it.marker in dated else None)
            return name if name != current else None
    elif it.marker is not None and (numbered := inner_numbering(text)) is not None:
        text = numbered[1]
    name = section_of(text)
    if name is None and current is not None:
        # a dated block heading of another section (< 그간 추진실적 : '25. 4분기 누계 >, a label's
        # content cell cut there by a page break) starts it
        named = _dated_section(text)
        if named is not None and named != current:
            return named
        tagged = tagged_section(
            text
        )  # [세부사업3] 성과지표 달성 현황: a block numbered by a tag heads a section
        if tagged is not None and tagged != current:
            return tagged
    if name is None and current is not None and it.marker is None and (framed := FRAMED_LINE.match(text)):
        # a framed line naming another section (⌈ 연차별 목표 및 달성률 ⌉ after the achievements' blocks framed
        # so, ⌈ 그간 추진실적 ⌉(date)): it starts it, as a dated block heading of another section does
        named = section_of(framed.group("body"))
        if named is not None and named != current:
            return named
    if name is not None and current is None and it.marker is None and header_field_of(text):
        return None  # 추진상황 in the header area: a header label that also names a section
    if name is not None and name == current and (is_numbering(it.marker) or level == 1 or it.marker is None):
        # 다. 주요 추진실적 among the achievements: an item of the section it names; a bare
        # 추진상황 among them: a table's column head printed on its own line
        return None
    if name is not None and name == current:
        g = parse_group_heading(it.full_text)
        if g is not None and g[1] is not None:
            return None  # [ 그간 추진실적 ('25. 4분기 누계) ]: a dated block of the section, not a new one
    return name


def _dated_section(text: str) -> str | None:
    """The section a dated block heading names: its group's name (< 그간 추진실적 : '25. 4분기 누계 >), or the
    words after its date (``3. 2025년 추진실적``); None where ``text`` is no dated block heading."""
    g = parse_group_heading(text)
    if g is None or g[1] is None:
        return None
    return section_of(g[0].split("/")[0].strip()) or section_of(undated_name(g[0], g[1]))


def dated_glyphs(lines: list[tuple[int, Line]], levels: dict[str, int] | None = None) -> frozenset[str]:
    """The glyphs at the card's heading level a dated heading may stand behind (``▶ 2025년 추진실적``): glyphs of
    level 1 whose every line on the card is a section's name or a dated section heading (after a numbering, if
    any). A glyph bulleting any other line (an item, ``❍ 창업 분야``) is an item's bullet: never (session 39 review:
    ``❍ 2019년 추진실적`` in the goals' block left them empty)."""
    seen: dict[str, bool] = {}
    for _, it in lines:
        if it.marker is None or is_note(it.marker):
            continue
        if ((levels or {}).get(it.marker) or marker_level(it.marker)) != 1:
            continue
        numbered = inner_numbering(it.text)
        text = numbered[1] if numbered is not None else it.text
        heads = section_of(text) is not None or _dated_section(text) is not None
        seen[it.marker] = seen.get(it.marker, True) and heads
    return frozenset(g for g, ok in seen.items() if ok)


_OPENING, _CLOSING = "(（[【<〈《「『", ")）]】>〉》」』"


def _open_brackets(text: str) -> bool:
    """More brackets opened than closed in ``text``."""
    return sum(text.count(c) for c in _OPENING) > sum(text.count(c) for c in _CLOSING)


def _heading_then(it: Line, heading: str, body: str, marker: str | None) -> list[Item]:
    """``it`` parted into its heading line and the item run onto it (``body`` behind ``marker``)."""
    return [
        Line(text=heading, marker=it.marker, indent=it.indent, source=it.source, heading=True),
        Line(text=body, marker=marker, indent=it.indent, source=it.source),
    ]


def _glyph_numbered_inline(it: Line, number: str, rest: str) -> list[Item] | None:
    """A glyph, a heading's numbering and a known section's name, then the section's first item behind a bullet
    glyph of its own on the same line (``⇢ 마) 향후계획 ⊟ 중앙부처 공모사업 대응 …``: a dump ran the item onto its
    heading's line), or the overview's name then a sub-label of it and its value: the heading line and the item's;
    None for any other line."""
    words = rest.split()
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        label = " ".join(words[:k])
        if _open_brackets(label):
            break
        marker, body = split_marker(" ".join(words[k:]))
        if section_of(label) and marker is not None and marker not in SECTION_MARKERS and body:
            return _heading_then(it, f"{number} {label}", body, marker)
        if section_of(label) == "overview" and marker is None and field_label(" ".join(words[k:])):
            # ``↰ Ⅰ 사업개요 사업기간 2022년 ~ 2026년``: the overview's label cell behind the card's heading glyph and
            # numbering, then its first sub-label and value, as an unglyphed one splits (mutant 9140 txt: the
            # heading read as no heading, the period and the contents lost)
            return _heading_then(it, f"{number} {label}", " ".join(words[k:]), None)
    return None


def numbered_heading_glyphs(items: list[Item]) -> frozenset[str]:
    """The glyphs the card's numbered headings stand behind (``⇢ 가) 사업개요``): glyphs some line of which is a
    numbering and a known section's name exactly, every line behind them numbered. A glyph bulleting an
    unnumbered line (``⊛ 인력양성``) is an item's bullet: its numbered lines (``⊛ 1) 향후계획 - 2단계 착공``) are
    items, whatever word they open with (session 44 review of crossworst4)."""
    heads: set[str] = set()
    numbered_only: dict[str, bool] = {}
    for it in items:
        if not isinstance(it, Line) or it.marker is None or is_note(it.marker):
            continue
        numbered = inner_numbering(it.text)
        numbered_only[it.marker] = numbered_only.get(it.marker, True) and numbered is not None
        if numbered is not None and section_of(numbered[1]):
            heads.add(it.marker)
    return frozenset(g for g in heads if numbered_only[g])


def split_inline_heading(it: Item, heading_glyphs: frozenset[str] = frozenset()) -> list[Item]:
    """``사업개요 ◦ 사업기간 : ...`` (a two-column layout dumped on one line: the label cell, then
    the first line of the content cell) -> the heading line and the content line; also after a
    heading's numbering or glyph (``마. 향후계획 · 공약사항 정비 : '21년``). A glyph and a numbering split so
    only behind one of ``heading_glyphs`` (:func:`numbered_heading_glyphs`): the card's headings'."""
    if (
        isinstance(it, Line)
        and it.marker is not None
        and it.marker in heading_glyphs
        and (numbered := inner_numbering(it.text)) is not None
    ):
        glyphed = _glyph_numbered_inline(it, *numbered)
        if glyphed is not None:
            return glyphed
    if not isinstance(it, Line) or not (
        it.marker is None or it.marker in SECTION_MARKERS or is_numbering(it.marker)
    ):
        return [it]
    for k in (1, 2, 3):
        words = it.text.split()
        if len(words) <= k:
            break
        label = " ".join(words[:k])
        rest = " ".join(words[k:])
        if _open_brackets(label):
            break  # 그간 추진실적(2022. 8. ~ 2025. 3.): the cut falls inside the heading's bracketed date
        marker, body = split_marker(rest)
        if section_of(label) and marker is not None and marker not in SECTION_MARKERS and body:
            return [
                Line(text=label, marker=it.marker, indent=it.indent, source=it.source, heading=True),
                Line(text=body, marker=marker, indent=it.indent, source=it.source),
            ]
        if section_of(label) == "overview" and marker is None and field_label(rest):
            # 사업개요 사업기간 2018.07.~2022.02.: the overview's label cell, then a sub-label cell
            # and its value (a body table whose overview row a second label column splits)
            return [
                Line(text=label, marker=it.marker, indent=it.indent, source=it.source, heading=True),
                Line(text=rest, marker=None, indent=it.indent, source=it.source),
            ]
        if (
            it.marker is None
            and k >= 2
            and section_of(label) is None
            and hangul_title(label)
            and not find_labels(label)
            and "".join(words[:k]) not in current().words("label_column")
            and marker is None
            and (got := field_label(rest)) is not None
            and not years_only(got[1])
        ):
            # 사업의 주요 골자 사업기간 2018.07.~2022.02.: a label cell no vocabulary names, then the
            # overview's first sub-label and its value: a heading, its section named by its content
            return [
                Line(text=label, marker=None, indent=it.indent, source=it.source, heading=True),
                Line(text=rest, marker=None, indent=it.indent, source=it.source),
            ]
    return [it]
