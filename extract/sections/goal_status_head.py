"""A goal table's head cell as it names a status column: its text whole, spacing ignored, a bracketed gloss after it
dropped (``추진상황(완료/추진중/미착수)`` names 추진상황).

The class of card fixed: a status word ([goals_columns] status: 상황, 상태) matched inside any head took a head that
merely holds it (``실적(달성상태)``, the actual column glossing its states) for the status column, and the actual
column was then dropped (review 32b, goal_table_rows): only a head that is a status word names the status column."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_subrows import ROUND_CLOSE, ROUND_OPEN

_GLOSS = re.compile(f"[{ROUND_OPEN}][^{ROUND_CLOSE}]*[{ROUND_CLOSE}]$")


def status_head(head: str) -> str:
    """The head cell's text as it names a column: spacing removed, a closing bracketed gloss dropped."""
    return _GLOSS.sub("", re.sub(r"\s+", "", head))
