"""A header whose labels and values a dump printed apart: a value printed above its label's block and its label
printed alone later in the card (pdftotext's default mode of a header table beside a turned group cell: the first
row's value printed before the title or the labels, ``35`` / ``작성기준일`` / ..., its label ``관리번호`` printed after a
section heading).

A value is paired with a label only where the print proves it: the label's field unread and its label alone on its
line past the header's own label lines (after the card's first section heading, or with only lone labels after it
up to that heading; a label printed among header lines holding their values is a blank field: ``관리번호``
between ``공약명 …`` and ``주관부서 …``), the value a plain line (no marker, no label, no
heading, no title) printed before the card's first label line (the file's opening lines, nothing else before them,
or the lines between the title and the first label), exactly one such value of a kind and exactly one such label
that takes a value of that kind (a 관리번호 a code: ``Ⅶ-3``). A value of no kind (an overview sentence, ``단계별
추진``) proves no field: never paired. A value opening with the label separator (``: 기술보급과``) is the value
half of a header typed ``label<TAB>: value`` whose halves a dump printed as runs: the tab-stop reader pairs those by
their counts or not at all, so it is no value printed apart here. Nothing else is guessed."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.header_lines_above import opening_label, value_line
from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.sections.header_value_kinds import UPPER_NO, bare_number, of_kind, value_kind
from pledgecard.normalize.text import fold

# the header fields a lone value may fill: text fields kept as printed (a list or a coded status is not paired)
PAIRED_FIELDS = ("mgmt_no", "target", "lead_dept", "contact_name", "contact_phone", "title")


def _plain_value(it: Item) -> bool:
    """A line that may be a header value printed apart from its label: a value's line
    (:func:`header_lines_above.value_line`) naming no label anywhere."""
    if isinstance(it, Line) and it.full_text.lstrip().startswith(LABEL_SEPARATORS):
        return False  # a typed header's value half (the module's docstring)
    return value_line(it) and isinstance(it, Line) and not find_labels(it.full_text)


def _lone_label(it: Item, labels: list[tuple[str, int, int]]) -> str | None:
    """The header field of a line holding one label and nothing else (``관리번호``), ``labels`` its labels found."""
    got = opening_label(it, labels) if isinstance(it, Line) and it.marker is None else None
    return got[0] if got is not None and not got[1] and len(labels) == 1 else None


def _label_scan(items: list[Item]) -> list[list[tuple[str, int, int]]]:
    """Each item's labels (:func:`labels.find_labels`; none for a table): the card's one label scan."""
    return [find_labels(it.full_text) if isinstance(it, Line) else [] for it in items]


def values_above(items: list[Item], opening: list[Item], first: int | None = None) -> list[Line]:
    """The plain lines printed before the card's first label line (item ``first`` when known): the file's opening
    lines before the card when they are all plain lines, and the card's lines between its title line and its first
    label line."""
    out = (
        [it for it in opening if isinstance(it, Line)]
        if opening and all(_plain_value(it) for it in opening)
        else []
    )
    if first is None:
        first = next((k for k, found in enumerate(_label_scan(items)) if found), len(items))
    lead = 1 if items and isinstance(items[0], Line) and is_title(items[0].full_text) else 0
    between = items[lead:first]
    if all(_plain_value(it) for it in between):
        out += [it for it in between if isinstance(it, Line)]
    return out


def _labels_past_header(items: list[Item], scan: list[list[tuple[str, int, int]]], first: int) -> list[str]:
    """The fields of the lone labels printed past the header's own label lines (``scan`` the items' labels,
    ``first`` the first label line): after the card's first section heading, or with only lone labels after it
    up to that heading, no value line among them (``기본현황`` / ``관리번호`` / ``▩ 1. 사업개요``: the label printed out of its row; the labels
    printed as a column below their values). A lone label with label lines holding their values after it
    (``관리번호`` above ``주관부서 해양정책과 …``) is a blank field of the header, none of them."""
    h = next((k for k in range(first, len(items)) if heading_of(items[k]) is not None), len(items))
    lone = {
        k: f
        for k in range(first, len(items))
        if scan[k] and (f := _lone_label(items[k], scan[k])) is not None
    }
    # nothing but lone labels after it to the heading: the labels printed as a column of their own, no value
    # line among them (a dump printing the header a cell a line puts each label's value under it)
    apart = {k for k in lone if k < h and all(j in lone for j in range(k + 1, h))}
    return [f for k, f in lone.items() if k >= h or k in apart]


def _put(header: dict[str, Any], prov: dict[str, Any], field: str, line: Line) -> None:
    if field not in header:
        return  # a labelled fact the record has no field for (도 공약번호)
    value = fold(line.full_text.strip())
    header[field] = bare_number(value) if field == "mgmt_no" else value
    prov[f"header.{field}"] = line.source


def pair_values_apart(
    header: dict[str, Any], prov: dict[str, Any], items: list[Item], opening: list[Item]
) -> None:
    """Fill unread header fields from values printed apart from their lone labels, where the counts and the
    values' kinds prove the pairs (the module's docstring): a value of a kind printed above the labels to the one
    lone label (printed past the header's own label lines) taking its kind; a value of no kind never."""
    if all(header.get(f) is not None for f in PAIRED_FIELDS):
        return  # no field a value apart may fill: no label scan
    scan = _label_scan(items)
    first = next((k for k, found in enumerate(scan) if found), len(items))
    # the upper government's number (도 공약번호) a lone label of the card's number: the card's own where none of
    # its own is read (a province's own card; with the card's own lone label too, the count of two pairs neither)
    lone = [
        g
        for f in _labels_past_header(items, scan, first)
        if (g := "mgmt_no" if f == UPPER_NO else f) in PAIRED_FIELDS
    ]
    left = {f for f in lone if header.get(f) is None and lone.count(f) == 1}
    if not left:
        return
    above = values_above(items, opening, first)
    kinded = [(ln, t) for ln in above if value_kind(t := fold(ln.full_text.strip())) is not None]
    for field in sorted(left):
        values = [ln for ln, t in kinded if of_kind(field, t)]
        # one value of the field's kind, no other lone label taking it: a pair the kinds prove
        if len(values) == 1 and [f for f in left if of_kind(f, fold(values[0].full_text.strip()))] == [field]:
            _put(header, prov, field, values[0])


__all__ = ["pair_values_apart", "values_above"]
