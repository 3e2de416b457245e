"""The header's label-value lines printed under the card's first heading (``Ⅰ. 공약 개요`` over ``가. 공 약 명 :
…``, ``나. 관리번호 : …``), read as the header's.

Class fixed (handmade eunsol-county-3-8, a 군 card's plain-text export): the card's first section, headed by a
word the vocabulary reads as the overview (공약개요), holds the header's fields as lettered items (``가.`` ``나.``)
before the overview's own (사업기간, 총사업비 under ``Ⅱ. 사업 내용``); the overview read them as no field of
its own and the header, holding the title line alone, read none (title, number, department, contact and status
null). A run of such lines opening the section, each a header label (``[header]`` of the vocabulary, no overview
label) then a colon and its value, is the header area's: moved to it, their letters dropped as the header's
pairs print none.

Class fixed (review of session 33: a sub-project's lines opening the overview, ``세부사업명 : …`` then its own
``담당부서`` and ``추진상황``): such lines were moved too, so the sub-project's department, contact and status became
the card's where the header printed none, or vanished where it printed its own. A line moves only while the header
holds no value of its field (the title and the card's own level, 세부사업명, are one field: a sub-project's name
under a titled header opens the sub-project's lines), the run stopping at the first that does; what does not move
stays in the section, unparsed where nothing reads it.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.card_results import Section
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_overview import overview_field

MIN_PAIRS = 3  # a run of at least this many header fields is the header's, not a stray label


# a header field read as another where that one is printed (the card's own level under a pledge is its title:
# header_fields.sub_title)
_SAME_FIELD = {"sub_title": "title"}


def _field(label: str) -> str | None:
    f = header_field_of(label)
    return _SAME_FIELD.get(f, f) if f is not None else None


def _header_pair(it: object) -> str | None:
    """The header field a line prints as ``label : value`` (no overview label), else None."""
    if not isinstance(it, Line) or ":" not in it.text:
        return None
    label, value = (x.strip() for x in it.text.split(":", 1))
    return _field(label) if value and overview_field(label) is None else None


def header_fields_held(items: list[object]) -> set[str]:
    """The header fields the header area's lines already print (``label : value``)."""
    return {f for it in items if (f := _header_pair(it)) is not None}


def header_pairs_home(sections: list[Section]) -> None:
    """Move the header fields opening the card's first section (an overview) to the header area before it."""
    if len(sections) < 2 or sections[0].name is not None or sections[1].name != "overview":
        return
    items = sections[1].items
    held = header_fields_held(list(sections[0].items))
    n = 0
    while n < len(items) and (f := _header_pair(items[n])) is not None and f not in held:
        held.add(f)
        n += 1
    if n < MIN_PAIRS:
        return
    sections[0].items += [replace(it, marker=None) for it in items[:n] if isinstance(it, Line)]
    del items[:n]
