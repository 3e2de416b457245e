"""A header whose labels and values a dump printed apart: a value printed above its label's block and its label
printed alone later in the card (pdftotext's default mode of a header table beside a turned group cell: the first
row's value printed before the title or the labels, ``35`` / ``작성기준일`` / ..., its label ``관리번호`` printed after a
section heading).

A value is paired with a label only where the print proves it: the label's field unread and its label alone on its
line, the value a plain line (no marker, no label, no heading, no title) printed before the card's first label
line (the file's opening lines, nothing else before them, or the lines between the title and the first label),
exactly one such value of a kind and exactly one lone label that takes a value of that kind (a 관리번호 a code:
``Ⅶ-3``); then a value of no kind (there, or right under the first section heading, before any item of it:
``▩ 1. 사업개요`` / ``단계별 추진``) only where it is the one such value and one label is left alone, its field taking
any text (실천목표). A value opening with the label separator (``: 기술보급과``) is the value half of a header
typed ``label<TAB>: value`` whose halves a dump printed as runs: the tab-stop reader pairs those by their counts or
not at all, so it is no value printed apart here. Nothing else is guessed. A line stating the card's reporting point (``2024년 2분기 실적``:
a date and a reporting word, :func:`~pledgecard.extract.headings.reporting_date`) is no header value of no kind.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.sections.header_value_kinds import GENERIC_FIELDS, bare_number, of_kind, value_kind
from pledgecard.normalize.text import fold

VALUE_CHARS = 60  # a header value's line, at most
# the header fields a lone value may fill: text fields kept as printed (a list or a coded status is not paired)
PAIRED_FIELDS = ("mgmt_no", "target", "lead_dept", "contact_name", "contact_phone", "title")


def _plain_value(it: Item) -> bool:
    """A line that may be a header value printed apart from its label."""
    if not isinstance(it, Line) or it.marker is not None or not it.text.strip() or len(it.full_text) > VALUE_CHARS:
        return False
    if it.full_text.lstrip().startswith(LABEL_SEPARATORS):
        return False  # a typed header's value half (the module's docstring)
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


def values_under_heading(items: list[Item]) -> list[Line]:
    """The plain lines right under the card's first section heading after its header, before any item of the
    section (a marked line, a label, a table): a header value a dump printed past the header's box."""
    first = _first_label(items)
    h = next((k for k in range(first, len(items)) if heading_of(items[k]) is not None), None)
    out: list[Line] = []
    for it in items[h + 1:] if h is not None else []:
        if not _plain_value(it) or not isinstance(it, Line):
            break
        out.append(it)
    return out


def _put(header: dict[str, Any], prov: dict[str, Any], field: str, line: Line) -> None:
    value = fold(line.full_text.strip())
    header[field] = bare_number(value) if field == "mgmt_no" else value
    prov[f"header.{field}"] = line.source


def pair_values_apart(header: dict[str, Any], prov: dict[str, Any], items: list[Item],
                      opening: list[Item]) -> None:
    """Fill unread header fields from values printed apart from their lone labels, where the counts and the
    values' kinds prove the pairs (the module's docstring): a value of a kind printed above the labels to the one
    lone label taking its kind; then the one value of no kind left (above the labels or right under the first
    heading) to the one lone label left, a field taking any text."""
    first = _first_label(items)
    left = {f for it in items[first:] if (f := _lone_label(it)) in PAIRED_FIELDS and header.get(f) is None}
    if not left:
        return
    above = values_above(items, opening)
    kinded = [(ln, t) for ln in above if value_kind(t := fold(ln.full_text.strip())) is not None]
    for field in sorted(left):
        values = [ln for ln, t in kinded if of_kind(field, t)]
        # one value of the field's kind, no other lone label taking it: a pair the kinds prove
        if len(values) == 1 and [f for f in left if of_kind(f, fold(values[0].full_text.strip()))] == [field]:
            _put(header, prov, field, values[0])
    left = {f for f in left if header.get(f) is None}
    plain = [ln for ln in [*above, *values_under_heading(items)] if value_kind(fold(ln.full_text.strip())) is None
             and not reporting_date(fold(ln.full_text.strip()))]
    if len(plain) == 1 and len(left) == 1 and (field := next(iter(left))) in GENERIC_FIELDS:
        _put(header, prov, field, plain[0])


__all__ = ["pair_values_apart", "values_above", "values_under_heading"]
