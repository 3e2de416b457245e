"""Sections under unknown headings named by their content (:mod:`heading_shapes`), and split or merged where
their lines show it: a table's tail title, sub-headings, openers that go on the section before, sibling
headings of one numbering frame."""

from __future__ import annotations

from collections.abc import Callable
from types import EllipsisType
from typing import Any

from pledgecard.extract.content_kinds import (
    kind_by_content,
    sections_as_of,
    table_kind,
    table_kind_at_top,
)
from pledgecard.extract.heading_line_shape import GLYPHS, hangul_title, shape_of
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.heading_titled_tails import split_titled_tails
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import CLOSE_BRACKETS
from pledgecard.normalize.money import find_unit


def table_tail(items: list[Item], taken: set[str]) -> tuple[int, str] | None:
    """The index of a short title line, bracketed or after a bullet (``《지표 점검》``, ``◇ 지표
    점검``), after which the items are a table whose header names its kind (:func:`~pledgecard.extract.content_kinds.table_kind`),
    one the card does not have yet, with that kind; None when there is no such line. The last
    such line is taken."""
    for at in range(len(items) - 1, 0, -1):
        it = items[at]
        if not isinstance(it, Line):
            continue
        s = shape_of(it.full_text)
        bracketed = (
            s is not None and s.number is None and s.frame[-1:] in CLOSE_BRACKETS and hangul_title(s.title)
        )
        m = GLYPHS.match(it.full_text.strip())
        glyphed = m is not None and bool(m.group(1)) and hangul_title(it.full_text.strip()[m.end() :])
        if (
            not bracketed
            and not glyphed
            and not _one_glyph_title(it.full_text)
            and not (it.marker is not None and hangul_title(it.text))
        ):
            continue
        lines = [x for x in items[at + 1 :] if isinstance(x, Line) and x.full_text.strip()]
        kind = table_kind(lines) if lines else None
        if kind is not None and table_kind_at_top(lines) != kind:
            return None  # items stand between the title and the table (- 기반조성 over items, then goals)
        return (at, kind) if kind is not None and kind not in taken else None
    return None


def _one_glyph_title(text: str) -> bool:
    """A short title after one glyph that is no letter (``➌ 성과목표 달성현황``: a block numbered by a
    glyph no marker list knows)."""
    parts = text.split(maxsplit=1)
    return (
        len(parts) == 2
        and len(parts[0]) == 1
        and not parts[0].isalpha()
        and not parts[0].isascii()
        and hangul_title(parts[1])
    )


def _split_at_subheadings(items: list[Item]) -> list[list[Item]]:
    """Items cut before each bracketed short title line (``[앞으로의 과제]``), or else before each title line of
    the section's sub-heading bullet (:func:`_title_marker`); the first part is what comes before the first such
    line."""
    title_marker = _title_marker(items)
    parts: list[list[Item]] = [[]]
    for it in items:
        s = shape_of(it.full_text) if isinstance(it, Line) else None
        if s is not None and s.number is None and s.frame[-1:] in CLOSE_BRACKETS and hangul_title(s.title):
            parts.append([it])
        elif title_marker is not None and isinstance(it, Line) and it.marker == title_marker:
            parts.append([it])
        else:
            parts[-1].append(it)
    return parts


def _title_marker(items: list[Item]) -> str | None:
    """The bullet a section's sub-headings share (``ㅁ 앞으로의 과제`` over ``▸`` items, then ``ㅁ 사업 효과 전망``):
    the section opens with it, it marks two lines or more, each a short title (no digit, no colon, no sentence),
    each over a line of another bullet; None when no bullet marks only such titles (no bracketed title either)."""
    lines = [it for it in items if isinstance(it, Line) and it.full_text.strip()]
    marker = lines[0].marker if lines else None
    if marker is None or any(
        isinstance(it, Line)
        and shape_of(it.full_text) is not None
        and shape_of(it.full_text).frame[-1:] in CLOSE_BRACKETS
        for it in lines
    ):
        return None
    at = [k for k, ln in enumerate(lines) if ln.marker == marker]
    if len(at) < 2 or any(
        k + 1 >= len(lines) or lines[k + 1].marker in (None, marker) or not hangul_title(lines[k].text)
        for k in at
    ):
        return None
    return marker


def name_unknown_sections(
    sections: list[Any],
    moved: set[str] = frozenset(),  # type: ignore[assignment]
    as_of: str | None | EllipsisType = ...,
) -> None:
    """Give each section under an unknown heading the kind its content shows (in place; ``moved``:
    the kinds of tables read elsewhere by their content). A bullet line naming the section it
    stands in, which split the section off (◦ 주요 추진실적 under 그동안 한 일), goes back into it. ``as_of``: the
    card's reporting point (:func:`~pledgecard.extract.content_kinds.sections_as_of`, which the card's builder
    reads once for this and :func:`~pledgecard.extract.heading_stacks.stacked_headings`), read from ``sections``
    where not given."""
    if as_of is ...:
        as_of = sections_as_of(
            sections
        )  # the header's reporting point, else the latest a block heading reports
    _merge_openers(sections)
    _merge_field_openers(sections, as_of)
    taken = {s.name for s in sections if s.name} | set(moved)
    above: list[str] = []
    k = 1
    while k < len(sections):
        sec = sections[k]
        if (
            sec.name is None
            and sec.heading is not None
            and getattr(sec, "shaped", False)
            and "funding" in moved
            and not any(s.name == "funding" for s in sections)
            and any(isinstance(it, Line) and find_unit(it.full_text) for it in sec.items)
        ):
            sec.name = (
                "funding"  # its table was read as a funding table by content: the unit line goes with it
            )
        if sec.name is None and sec.heading is not None and getattr(sec, "shaped", False):
            kind = kind_by_content(sec.items, taken=taken, as_of=as_of, after=above)
            if kind is not None:
                sec.name = kind
                taken.add(kind)
            else:
                parts = _split_at_subheadings(sec.items)
                kinds: list[str] = []
                for part in parts[1:]:
                    got = kind_by_content(
                        part[1:], taken=taken | set(kinds), as_of=as_of, after=above + kinds
                    )
                    if got is None or got in kinds:
                        break
                    kinds.append(got)
                if len(parts) > 2 and len(kinds) == len(parts) - 1 and not parts[0]:
                    # one heading over two sections, each opened by a sub-heading line (앞으로의 과제와
                    # 전망: [앞으로의 과제] ..., [사업 효과 전망] ...)
                    sections[k : k + 1] = [
                        type(sec)(name=kd, heading=sec.heading, items=part[1:], shaped=True)
                        for kd, part in zip(kinds, parts[1:], strict=True)
                    ]
                    taken |= set(kinds)
        for s in sections[k : k + 1]:
            if s.name:
                above.append(s.name)
        k += 1
    for k, sec in enumerate(sections):
        if (
            sec.name is None
            and sec.heading is not None
            and getattr(sec, "shaped", False)
            and k > 0
            and not any(isinstance(it, Line) and it.full_text.strip() for it in sec.items)
        ):
            sec.name = kind_by_content(
                sec.items,
                taken=taken,
                as_of=as_of,
                tables=True,
                after=[s.name for s in sections[1:k] if s.name],
            )
            taken |= {sec.name} if sec.name else set()
    _merge_openers(sections)
    split_table_tails(sections, taken)
    split_titled_tails(
        sections, taken, as_of
    )  # a heading printed bare amid the run, its lines another kind's


def split_table_tails(sections: list[Any], taken: set[str]) -> None:
    """A table under a sub-heading line of its own that closes a section (《지표 점검》 over a
    goals table after the achievements, the heading no vocabulary names) is a section of the kind
    its header names, when the card has none yet (in place)."""
    k = 1
    while k < len(sections):
        sec = sections[k]
        tail = table_tail(sec.items, taken | {sec.name}) if sec.name else None
        if tail is not None:
            at, kind = tail
            sections[k + 1 : k + 1] = [
                type(sec)(name=kind, heading=sec.heading, items=sec.items[at + 1 :], shaped=True)
            ]
            sec.items = sec.items[:at]
            taken.add(kind)
        k += 1


def _merge_field_openers(sections: list[Any], as_of: str | None) -> None:
    """A section split off under an unknown heading by a bullet line naming a section (``ㅇ 사업내용``,
    a field of the overview whose label names the overview too) goes back into it when the lines
    above it, under the heading, read by content as that very section (사업기간 / 사업비 labels: an
    overview), and no other section of the card is that one (in place)."""
    _merge_back(
        sections,
        lambda a, b: (
            a.name is None
            and bool(a.items)
            and b.name is not None
            and not any(s.name == b.name for s in sections if s is not b)
            and kind_by_content(a.items, taken=set(), as_of=as_of, after=[]) == b.name
        ),
    )


def _merge_openers(sections: list[Any]) -> None:
    """A section split off right under an unknown heading by a line naming a section (a bullet
    naming the section it stands in, a dated block heading ``[ 그간 추진실적 ('25. 4분기 누계) ]``)
    goes back into it: when the heading's kind is that section's, or the heading has nothing else."""
    _merge_back(
        sections, lambda a, b: b.name == a.name or a.name is None and not a.items or _opener_continues(a, b)
    )


def _merge_back(sections: list[Any], joins: Callable[[Any, Any], bool]) -> None:
    """Each section ``b`` a line split off right under a section ``a`` of an unknown heading (``b``'s
    opener, no next heading of ``a``'s run) goes back into ``a``, under ``b``'s name, where ``joins(a, b)``
    (in place)."""
    k = 1
    while k + 1 < len(sections):
        a, b = sections[k], sections[k + 1]
        if a.shaped and b.opener is not None and not sibling_headings(a, b) and joins(a, b):
            a.name = b.name
            a.items += ([] if b.items[:1] == [b.opener] else [b.opener]) + b.items
            del sections[k + 1]
            continue
        k += 1


def sibling_headings(a: Any, b: Any) -> bool:
    """``b``'s opening line is numbered in the run of ``a``'s heading (``Ⅴ 추진일정`` then ``Ⅵ 향후 계획``):
    the next heading of the card, never a line inside ``a``'s section. Likewise an opener behind the very glyph
    ``a``'s unnumbered heading stands behind (``ㅁ 군민 소통 및 참여 실적`` then ``ㅁ 향후 추진일정``): a heading of
    the same run, however little ``a`` holds (its table read elsewhere by its content); a dated block heading behind
    that glyph (``□ 그간 추진실적 ('23. 4분기 누계)``) still opens a block of ``a``'s section. The opener must name
    a section other than achievements: an undated block heading behind the glyph (``ㅁ 주요 추진실적`` under
    ``ㅁ 그간의 노력``; sup-district heads sections and blocks with one □) is a group of ``a``'s section (mendcw3:
    its group was lost), and a line naming none is no heading."""
    mine = _glyph_number(a.heading or "")
    marker = getattr(b.opener, "marker", None)
    glyph, _, title = (a.heading or "").strip().partition(" ")
    if (
        mine is None
        and marker is not None
        and glyph == marker
        and title.strip()
        and not _dated(b.opener.text)
        and getattr(b, "name", None) not in (None, "achievements")
    ):
        return True
    theirs = _glyph_number(f"{marker} {b.opener.text}") if marker else None
    return mine is not None and theirs is not None and mine[0] == theirs[0] and theirs[1] > mine[1]


def _dated(text: str) -> bool:
    """Whether a line prints a figure (a block heading's reporting point, ``('23. 4분기 누계)``)."""
    return any(ch.isdigit() for ch in text)


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
    return (
        a.name is None
        and b.opener.marker is not None
        and b.name is not None
        and kind_by_content(a.items, taken=set(), as_of=None, after=[]) == b.name
    )
