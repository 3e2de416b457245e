"""A goal table's head cell as it names a status column: its text whole, spacing ignored, a bracketed gloss after it
dropped (``추진상황(완료/추진중/미착수)`` names 추진상황).

The class of card fixed: a status word ([goals_columns] status: 상황, 상태) matched inside any head took a head that
merely holds it (``실적(달성상태)``, the actual column glossing its states) for the status column, and the actual
column was then dropped (review 32b, goal_table_rows): only a head that is a status word names the status column.
So too each head of a cell that is two or more goal column heads printed one space apart and kept as one cell by a
dump's reader (``달성률 추진상황``, dolbit-city 76002 pdftotext -layout: its 완료 statuses had been lost with the whole-
head rule, :func:`head_names`). And whatever the order of those heads: ``실적 추진상황`` (the actual first, its cell
``62건 완료``) gave the whole cell to the status and lost the actual, where ``추진상황 실적`` kept it; each piece names its
own column, so the cell's text beside the status word is the actual on either side (:func:`names_actual`, review A
of session 33)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_subrows import ROUND_CLOSE, ROUND_OPEN
from pledgecard.extract.vocabulary import current

_GLOSS = re.compile(f"[{ROUND_OPEN}][^{ROUND_CLOSE}]*[{ROUND_CLOSE}]$")


def status_head(head: str) -> str:
    """The head cell's text as it names a column: spacing removed, a closing bracketed gloss dropped."""
    return _GLOSS.sub("", re.sub(r"\s+", "", head))


def head_names(head: str) -> tuple[str, ...]:
    """The names a goal table's head cell gives its column: its text whole (:func:`status_head`), and where the cell
    is two or more heads printed one space apart (``달성률 추진상황``: every piece a [goals_columns] word whole), each
    piece; ``실적(달성상태)`` and ``추진 상황`` are one name (a piece no column's word: one head spaced)."""
    whole = status_head(head)
    pieces = [status_head(p) for p in head.split()]
    words = {w for ws in current().table("goals_columns").values() for w in ws}
    return (whole, *pieces) if len(pieces) > 1 and all(p in words for p in pieces) else (whole,)


def names_actual(head: str) -> bool:
    """Whether a head cell of two or more goal column heads run together (:func:`head_names`) has an actual's head
    among them (``실적 추진상황``, ``추진상황 실적``): its cells print the actual beside the status, in any order."""
    actual = set(current().words("goals_columns", "actual"))
    names = head_names(head)
    return len(names) > 1 and any(n in actual for n in names[1:])
