"""A status cell printing the pledge's progress beside its status word (``진척도 65% 정상추진``: a progress bar's label,
then the word): the progress is no field of the record, the status is the word.

Class fixed (session 38, doc-ujin-city-2-12: a PDF whose 추진상황 cell draws a bar, labelled ``진척도 65%``, and the
word ``정상추진``): the status read ``진척도 65% 정상추진``, its code right but the printed status not a status. A
progress label of the vocabulary (``[header] progress``, a header label of no field) and the percent after it are
taken out of the value, before or after the status words, where what remains is one status
(:func:`~pledgecard.normalize.status.status_code` names it); otherwise the value stays as printed.
"""

from __future__ import annotations

import re

from pledgecard.extract.labels import find_labels
from pledgecard.normalize.status import status_code
from pledgecard.normalize.text import fold

_PERCENT = re.compile(r"\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%")


def without_progress(status: str) -> str:
    """``status`` without the progress label and percent it prints (``진척도 65% 정상추진`` -> ``정상추진``), where the
    rest is a status; ``status`` as is otherwise."""
    for field, start, end in find_labels(status):
        if field != "progress":
            continue
        pct = _PERCENT.match(status, end)
        if pct is None:
            continue
        rest = fold(f"{status[:start]} {status[pct.end() :]}")
        if rest and status_code(rest) not in (None, "other"):
            return rest
    return status
