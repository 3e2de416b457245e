"""A label's value on a line of labels and values that runs on into the value of a label left waiting on the line
above (``담당자 방동윤 기준일`` over ``연락처 5934 2023. 12월 말 기준``: a two-column header printed a row a line, the
right column's label at the end of one line and its value at the end of the next): the class fixed, crossbred
6302 txt, the phone read ``5934 2023. 12월 말 기준``."""

from __future__ import annotations

from pledgecard.extract.sections.header_value_kinds import GENERIC_FIELDS, of_kind
from pledgecard.extract.sections.header_value_rows import split_value_row


def waiting_tail(field: str, value: str, waiting: str) -> tuple[str, str] | None:
    """``value`` (of a typed ``field``: a phone, a code, a department) parted into its own value and the value of
    the ``waiting`` label, where the whole is no value of ``field``'s kind and the row's words part one way only
    into a value of each kind (:func:`~pledgecard.extract.sections.header_value_rows.split_value_row`); None
    otherwise (a free-text value, 공약명, never parts: where it ends is not shown)."""
    if field in GENERIC_FIELDS or waiting in GENERIC_FIELDS or field == waiting or of_kind(field, value):
        return None
    parted = split_value_row([field, waiting], value)
    if parted is None or not of_kind(field, parted[field]) or not of_kind(waiting, parted[waiting]):
        return None
    return parted[field], parted[waiting]
