"""A funding cell printing one amount with a remark telling how many periods it covers (``756 (2년간)``,
``1,200(3개년)``): a merged cell a text dump lost the span of. The amount is no one period's: the cell is
an amount cell (its row is read) whose value is null (validation reports it), never the amount in the
column it was printed under. The remark's words are the vocabulary's (``funding_spread``).
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.text import fold


def _remark(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(r"^(?P<amount>.+?)\s*[(（]\s*\d{1,2}\s*(?:" + vocab.alternation("funding_spread") + r")\s*[)）]$")


def spread_cell(cell: str) -> bool:
    """Whether ``cell`` is an amount followed by a remark telling the periods it covers."""
    m = current().build(_remark).match(fold(cell).strip())
    return m is not None and is_amount_cell(m.group("amount"))
