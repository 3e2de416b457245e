"""A header table's value cell printing more pairs in brackets after its value (``주거복지과 (담당 : 도예준, ☎
02-3470-2231)`` beside ``주관부서``): the value is the cell's words before the bracket, the pairs in the bracket go
to their own fields. Fixes header tables of cards printing the contact with the department in one cell
(hand-made doc-saebyeol-district-4, whose department kept the contact and whose contact was null; the same
shape in a text line is extract/labels.py's bracketed pair)."""

from __future__ import annotations

from pledgecard.extract.labels import find_labels, split_labelled
from pledgecard.extract.markers import OPEN_BRACKETS


def bracketed_pairs(field: str, value: str) -> list[tuple[str, str]]:
    """``('lead_dept', '주거복지과 (담당 : 도예준, ☎ 02-3470-2231)')`` -> ``[('lead_dept', '주거복지과'),
    ('contact_name', '도예준, ☎ 02-3470-2231')]``: a label opening a bracket after the value starts the pairs
    in it; any other value ``[(field, value)]`` (a bracket of no label's, ``추진중(정상)``, stays in the value)."""
    labels = find_labels(value)
    if not labels:
        return [(field, value)]
    start = labels[0][1]
    while start < len(value) and value[start] in OPEN_BRACKETS:  # the label's span may open on its bracket
        start += 1
    head = value[:start].rstrip()
    if len(head) < 2 or head[-1] not in OPEN_BRACKETS or head[:-1].count(head[-1]) >= 1:
        return [(field, value)]
    pairs = [(f, v) for f, v in split_labelled(value[start:]) if v and f != field]
    return [(field, head[:-1].rstrip()), *pairs] if pairs else [(field, value)]
