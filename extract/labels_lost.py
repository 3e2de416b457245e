"""A text dump that printed a card's values but lost its template words.

A converter that cannot map a font drops every glyph set in it: pdfminer's pdf2txt reads no
embedded encoding CMap (a font whose ``/Encoding`` is a CMap stream of its own, not a predefined
name), and a template that sets its labels and headings in a bold font of that kind comes out of it
as values alone - the title, the department, the names and figures printed, no 사업명 / 주관부서
label and no section heading among them. Nothing then tells which value is which: the reader leaves
them unread, and this says so, rather than leave the card silently near empty.

The shape: a card of many lines that names at most one section of the vocabulary and at most one of
the header's own fields (the title, the department, the contact, the partners) by their labels.
Every template prints most of them; a card short of them all lost them.
"""

from __future__ import annotations

from pledgecard.extract.labels import find_labels, header_field_of, section_of
from pledgecard.extract.layout import Item, Line

# the header fields every template labels (the 관리번호 and the status also stand in running heads and
# in the values' own words: no proof the labels were printed)
OWN_FIELDS = frozenset({"title", "lead_dept", "contact_name", "contact_phone", "coop_depts"})
MIN_LINES = 20  # a card this long prints its labels: fewer lines may be a card of a few values


def _texts(items: list[Item]) -> list[str]:
    out: list[str] = []
    for it in items:
        if isinstance(it, Line):
            out.append(it.full_text)
        else:
            out += [c.text.replace("\n", " ") for c in it.cells]
    return out


def named(items: list[Item]) -> tuple[set[str], set[str]]:
    """The sections and the header's own fields the card's lines and cells name by their labels."""
    sections: set[str] = set()
    fields: set[str] = set()
    for text in _texts(items):
        if (name := section_of(text)) is not None:
            sections.add(name)
        fields |= {f for f, _, _ in find_labels(text)} | {f for f in [header_field_of(text)] if f}
    return sections, fields & OWN_FIELDS


def labels_lost(items: list[Item]) -> bool:
    """Whether the card prints its values with (nearly) none of its template's labels and headings."""
    if sum(len(_texts([it])) for it in items) < MIN_LINES:
        return False
    sections, fields = named(items)
    return len(sections) <= 1 and len(fields) <= 1
