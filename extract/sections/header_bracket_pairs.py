"""A header table's department cell printing its contact in brackets after its value (``주거복지과 (담당 : 도예준,
☎ 02-3470-2231)`` beside ``주관부서``): the value is the cell's words before the bracket, the contact's pairs in the
bracket go to their own fields. Fixes header tables of cards printing the contact with the department in one cell
(hand-made doc-saebyeol-district-4, whose department kept the contact and whose contact was null; the same
shape in a text line is extract/labels.py's bracketed pair).

Read only where the shape is the department's contact: the cell is a department's (vocabulary ``[header]``
fields of :data:`DEPT_FIELDS`), every pair in the bracket is the contact's (:data:`CONTACT_FIELDS`), a contact's
name is no department itself (``(담당 : 집수리지원팀)`` names a team), and no pair is a field the table prints
in a cell of its own. Any other cell (a title's ``(공약번호 : 12)``, a status's ``(기준일 : …)``) keeps its whole
text as its value: nothing cut from a cell vanishes, no bracket replaces the table's own field (관리번호 -> card id).
"""

from __future__ import annotations

from collections.abc import Collection

from pledgecard.extract.labels import find_labels, split_labelled
from pledgecard.extract.markers import OPEN_BRACKETS
from pledgecard.extract.sections.header_value_kinds import is_dept

DEPT_FIELDS = ("lead_dept", "lead_unit")  # the fields whose cell may print the contact in brackets
CONTACT_FIELDS = ("contact_name", "contact_phone")  # the pairs such a bracket may hold


def bracketed_pairs(field: str, value: str, printed: Collection[str] = ()) -> list[tuple[str, str]]:
    """``('lead_dept', '주거복지과 (담당 : 도예준, ☎ 02-3470-2231)')`` -> ``[('lead_dept', '주거복지과'),
    ('contact_name', '도예준, ☎ 02-3470-2231')]``: a contact label opening a bracket after a department's value
    starts the pairs in it; any other value, a bracket holding any other pair, a contact naming a department,
    or a pair of a field in ``printed`` (the fields the table prints in label cells of their own):
    ``[(field, value)]`` (a bracket of no label's, ``추진중(정상)``, stays in the value too)."""
    whole = [(field, value)]
    labels = find_labels(value) if field in DEPT_FIELDS else []
    if not labels:
        return whole
    start = labels[0][1]
    while start < len(value) and value[start] in OPEN_BRACKETS:  # the label's span may open on its bracket
        start += 1
    head = value[:start].rstrip()
    if len(head) < 2 or head[-1] not in OPEN_BRACKETS or head[:-1].count(head[-1]) >= 1:
        return whole
    pairs = [(f, v) for f, v in split_labelled(value[start:]) if v and f != field]
    if not pairs or any(
        f not in CONTACT_FIELDS or f in printed or (f == "contact_name" and is_dept(v)) for f, v in pairs
    ):
        return whole
    return [(field, head[:-1].rstrip()), *pairs]
