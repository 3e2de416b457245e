"""A header whose labels and values a dump printed apart: a value printed above its label's block and its label
printed alone later in the card (pdftotext's default mode of a header table beside a turned group cell: the first
row's value printed before the title or the labels, ``35`` / ``작성기준일`` / ..., its label ``관리번호`` printed after a
section heading).

A value is paired with a label only where the print proves it: the label's field unread and its label alone on its
line, the value a plain line (no marker, no label, no heading, no title) printed before the card's first label
line (the file's opening lines, nothing else before them, or the lines between the title and the first label),
exactly one such value, and exactly one such label that takes a value of its kind (a 관리번호 a code: ``Ⅶ-3``);
a value of no kind only where exactly one label is alone and its field takes any text. Nothing else is guessed."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.header_value_kinds import GENERIC_FIELDS, bare_number, of_kind, value_kind
from pledgecard.normalize.text import fold

VALUE_CHARS = 60  # a header value's line, at most
# the header fields a lone value may fill: text fields kept as printed (a list or a coded status is not paired)
PAIRED_FIELDS = ("mgmt_no", "target", "lead_dept", "contact_name", "contact_phone", "title")


def _plain_value(it: Item) -> bool:
    """A line that may be a header value printed apart from its label."""
    if not isinstance(it, Line) or it.marker is not None or not it.text.strip() or len(it.full_text) > VALUE_CHARS:
        return False
    return not find_labels(it.full_text) and heading_of(it) is None and not is_title(it.full_text)


def _lone_label(it: Item) -> str | None:
    """The header field of a line holding one label and nothing else (``관리번호``)."""
    if not isinstance(it, Line) or it.marker is not None:
        return None
    labels = find_labels(it.full_text)
    if len(labels) != 1 or labels[0][1] != 0 or it.full_text[labels[0][2]:].strip():
        return None
    return labels[0][0]


def _first_label(items: list[Item]) -> int:
    return next((k for k, it in enumerate(items) if isinstance(it, Line) and find_labels(it.full_text)), len(items))


def values_above(items: list[Item], opening: list[Item]) -> list[Line]:
    """The plain lines printed before the card's first label line: the file's opening lines before the card when
    they are all plain lines, and the card's lines between its title line and its first label line."""
    out = [it for it in opening if isinstance(it, Line)] if opening and all(_plain_value(it) for it in opening) else []
    first = _first_label(items)
    lead = 1 if items and isinstance(items[0], Line) and is_title(items[0].full_text) else 0
    between = items[lead:first]
    if all(_plain_value(it) for it in between):
        out += [it for it in between if isinstance(it, Line)]
    return out


def _takes(field: str, value: str, alone: int) -> bool:
    if value_kind(value) is not None:
        return of_kind(field, value)
    return alone == 1 and field in GENERIC_FIELDS


def pair_values_apart(header: dict[str, Any], prov: dict[str, Any], items: list[Item],
                      opening: list[Item]) -> None:
    """Fill an unread header field from a value printed apart from its lone label, where the counts and the
    value's kind prove the pair (the module's docstring)."""
    first = _first_label(items)
    alone = [(f, it) for it in items[first:] if (f := _lone_label(it)) in PAIRED_FIELDS and header.get(f) is None]
    values = values_above(items, opening)
    if len(values) == 1 and alone:
        value = fold(values[0].full_text.strip())
        takers = [(f, it) for f, it in alone if _takes(f, value, len({f for f, _ in alone}))]
        if len({f for f, _ in takers}) == 1:
            field = takers[0][0]
            header[field] = bare_number(value) if field == "mgmt_no" else value
            prov[f"header.{field}"] = values[0].source


__all__ = ["pair_values_apart", "values_above"]
