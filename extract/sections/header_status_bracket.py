"""A status cell wrapped at its bracket (``정상추진`` / ``(일부지연)``): the bracket is the status's, kept whole.

A header's status cell too narrow for ``정상추진(일부지연)`` prints its bracketed qualifier on the line under it; the
line holds nothing but that bracket. Read apart, the status lost its qualifier and the bracket stood unread. The
bracket joins the status where the status read so far is one status word of the vocabulary (``[status]``) printing
no bracket of its own, so the whole reads as a status qualified by its bracket (:mod:`pledgecard.extract.status_parts`).
"""

from __future__ import annotations

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.status_parts import statuses
from pledgecard.extract.vocabulary import current
from pledgecard.extract.vocabulary import key as vocab_key


def status_with_bracket(status: str, line: str) -> str | None:
    """``status`` with the bracket ``line`` prints alone (``정상추진`` + ``(일부지연)`` -> ``정상추진(일부지연)``):
    only for a line that is one bracket, opened first and closed last, none inside, after a status that is one
    status word wholly; ``None`` otherwise."""
    text = line.strip()
    if (
        len(text) < 3
        or text[0] not in OPEN_BRACKETS
        or text[-1] != CLOSE_BRACKETS[OPEN_BRACKETS.index(text[0])]
    ):
        return None
    inner = text[1:-1]
    if any(c in OPEN_BRACKETS or c in CLOSE_BRACKETS for c in inner) or not inner.strip():
        return None
    if vocab_key(status) not in current().status_words or any(c in OPEN_BRACKETS for c in status):
        return None
    whole = f"{status.strip()}{text}"
    return whole if statuses(whole) == [whole] else None
