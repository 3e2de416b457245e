"""A bare title inside a section under an unknown heading that opens a section of its own (:mod:`heading_shapes`).

A card numbering its headings may print one heading bare, no glyph and no number, amid the run (``◈ Ⅱ. 돈이
드는 곳``, its table, then ``그동안 한 일`` over a dated block, then ``◈ Ⅲ. 앞으로의 과제``): no shape names it,
so its lines ran on in the section above. Such a title is told by what stands around it: a short title
alone on its line, no cell of a table, naming no section a vocabulary knows, right over a section's first
line (a dated block heading, a marked line, a unit line), the section above having lines of its own, and
the lines under it reading by their content as a section the card has not got yet, of another kind than
the section they stood in.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.heading_line_shape import hangul_title, shape_of
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import find_labels, section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.money import unit_line


def split_titled_tails(sections: list[Any], taken: set[str], as_of: str | None) -> None:
    """Each section under an unknown heading cut before a bare title whose lines below read as a section
    of another kind the card lacks (:func:`_titled_tail`); the tail a section of that kind under the
    title (in place; ``taken`` grows by the kinds found)."""
    k = 1
    while k < len(sections):
        sec = sections[k]
        tail = (
            _titled_tail(
                sec.items,
                taken | ({sec.name} if sec.name else set()),
                as_of,
                [s.name for s in sections[1:k] if s.name],
            )
            if getattr(sec, "shaped", False)
            else None
        )
        if tail is not None:
            at, kind = tail
            title = sec.items[at]
            sections[k + 1 : k + 1] = [
                type(sec)(name=kind, heading=title.full_text.strip(), items=sec.items[at + 1 :], shaped=True)
            ]
            sec.items = sec.items[:at]
            taken.add(kind)
        k += 1


def _titled_tail(
    items: list[Item], taken: set[str], as_of: str | None, above: list[str]
) -> tuple[int, str] | None:
    """The index of the first bare title in ``items`` (:func:`bare_title_over_section`) after some lines of
    the section, whose lines below read by content as a kind not in ``taken``, with that kind."""
    for at in range(1, len(items) - 1):
        if not bare_title_over_section(items, at):
            continue
        kind = kind_by_content(items[at + 1 :], taken=taken, as_of=as_of, after=above)
        if kind is not None and kind not in taken:
            return at, kind
    return None


def bare_title_over_section(items: list[Item], at: int) -> bool:
    """Whether ``items[at]`` is a short title printed bare (no marker, no heading shape, no table's cell,
    no label, naming no known section) right over a section's first line: a dated block heading, a marked
    line or a unit line."""
    it = items[at]
    if not isinstance(it, Line) or it.marker is not None or it.source.table_cell:
        return False
    text = it.full_text.strip()
    if (
        not hangul_title(text)
        or shape_of(text) is not None
        or section_of(text) is not None
        or find_labels(text)
        or parse_group_heading(text) is not None
    ):
        return False
    nxt = items[at + 1] if at + 1 < len(items) else None
    if not isinstance(nxt, Line):
        return False
    g = parse_group_heading(nxt.full_text)
    return nxt.marker is not None or unit_line(nxt.full_text) or g is not None and g[1] is not None
