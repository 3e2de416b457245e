"""Whether a header value can be the card's status: a status of the vocabulary's words.

The header reader places values by their labels; where a dump prints a header table's cells apart
(a cell a line, a wrapped title's last syllable on a line of its own, a label printed after its
value), a value's place alone can hand the status field a piece of another cell (``진`` of ``사업
추 / 진``, the title printed under the 이행상황 label). This module's one job: a status is a status
word or phrase of the vocabulary (its code, a status word with no code of its own, an option ticked
in a row of boxes), or a revision pair whose value in force is one (``부진 → 정상추진``), or opens
with one before a bracketed note (``추진지연('27.2. 완료예정)``); anything else is no status, whatever
its place.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.revisions import in_force_words
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.status import status_code, ticked_option


def status_like(value: str) -> bool:
    """Whether ``value`` (folded) can be a status (see the module docstring)."""
    for v in dict.fromkeys((value.strip(), in_force_words(value).strip())):
        if not v:
            continue
        if (
            ticked_option(v) is not None
            or status_code(v) not in (None, "other")
            or key(v) in current().status_words
        ):
            return True
    return False


def status_opens_later(
    later: list[str], fields: list[str], split: Callable[[list[str], str], dict[str, str] | None]
) -> bool:
    """Whether a later value line of a run printed under a row of labels opens with the status and holds the
    next label's value after it (``미착수 '24년 2분기 현재`` under ``추진상황 기준일``: ``split`` parts it
    for ``fields``, the status's label and the labels after it): the run is no value a line, and a
    status word in the status's place by count (``추진``, under the 공약명's line) is another cell's end."""
    for text in later:
        row = split(fields, text)
        if row is not None and "status" in row and len(row) >= 2 and status_like(row["status"]):
            return True
    return False
