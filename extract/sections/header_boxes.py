"""A header's labels and values a converter printed as boxes of their own below the header, among a later
section's lines (``pdf2txt``: a header table's right-hand column of pairs, ``공약번호`` / ``담당자`` / ``추진상태``
/ ``기준일자`` then ``28`` / ``편재나`` / ``정상추진`` / ``2021-03-31``, printed after the overview's first line).

The run is the header's where the dump proves it: two labels or more, each a header label alone on its line,
none of them a label the header section itself prints; right after them as many values, each alone on its line
with no marker and no label, the line after them no such lone value (the values no more than the labels);
and every value of a kind the header tells is of its label's kind (a status a status word). The run is moved,
as printed, to the end of the header section, whose reader pairs queued labels with the values after them.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.labels import find_labels, section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.header_value_kinds import of_its_kind
from pledgecard.extract.sections.status_values import status_like
from pledgecard.normalize.text import fold


def _lone_label(item: Item) -> str | None:
    """The field of the one label ``item`` prints alone, or None."""
    if not isinstance(item, Line) or item.marker is not None:
        return None
    labels = find_labels(item.text)
    if len(labels) != 1 or labels[0][1] != 0 or item.text[labels[0][2] :].strip(" |:："):
        return None
    return labels[0][0]


def _lone_value(item: Item) -> bool:
    return (
        isinstance(item, Line)
        and item.marker is None
        and bool(item.text.strip())
        and not find_labels(item.text)
        and section_of(item.text) is None
    )


def _fits(field: str, value: str) -> bool:
    """Whether ``value`` may be ``field``'s: of its kind where the value's kind is told."""
    if field == "status":
        return status_like(value)
    return of_its_kind(field, value)


def _run(items: list[Item], k: int, printed: set[str]) -> int:
    """The length of the labels' run from ``items[k]`` and its values, 0 when not proven."""
    fields: list[str] = []
    j = k
    while j < len(items) and (f := _lone_label(items[j])) is not None:
        fields.append(f)
        j += 1
    n = len(fields)
    if n < 2 or len(set(fields)) < n or set(fields) & printed:
        return 0
    values = items[j : j + n]
    if len(values) < n or not all(_lone_value(v) for v in values):
        return 0
    if j + n < len(items) and _lone_value(items[j + n]):
        return 0  # more lone lines than labels: no one value each proven
    texts = [fold(v.text) for v in values if isinstance(v, Line)]
    return 2 * n if all(_fits(f, t) for f, t in zip(fields, texts, strict=True)) else 0


def header_boxes_home(sections: Sequence[SectionItems]) -> None:
    """Move every proven run of header labels and values from a later section to the header (in place)."""
    if not sections or sections[0].name is not None or sections[0].heading is not None:
        return
    head = sections[0]
    printed = {f for it in head.items if isinstance(it, Line) for f, _, _ in find_labels(it.text)}
    for sec in sections[1:]:
        k = 0
        while k < len(sec.items):
            n = _run(sec.items, k, printed)
            if not n:
                k += 1
                continue
            run = sec.items[k : k + n]
            del sec.items[k : k + n]
            head.items.extend(run)
            printed |= {f for it in run if (f := _lone_label(it)) is not None}
