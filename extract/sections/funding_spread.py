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
    return re.compile(
        r"^(?P<amount>.+?)\s*[(（]\s*\d{1,2}\s*(?:" + vocab.alternation("funding_spread") + r")\s*[)）]$"
    )


# a cell a reader widened into every column it spans (:mod:`funding_span_rows`): reads null, as a remark's
SPANNED = "\u2194"


def mark_spanned(cell: str) -> str:
    """``cell`` (an amount printed once over several columns) as it stands in each of them."""
    return cell if cell.startswith(SPANNED) else SPANNED + cell


def spread_cell(cell: str) -> bool:
    """Whether ``cell`` is an amount followed by a remark telling the periods it covers (or one a reader
    widened over the columns it spans)."""
    if cell.startswith(SPANNED):
        return True
    m = current().build(_remark).match(fold(cell).strip())
    return m is not None and is_amount_cell(m.group("amount"))


def _remark_alone(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(r"^[(（]\s*\d{1,2}\s*(?:" + vocab.alternation("funding_spread") + r")\s*[)）]$")


def spread_remark(cell: str) -> bool:
    """Whether ``cell`` is nothing but such a remark (``(2년간)``: a dump printed it a cell apart from its amount)."""
    return current().build(_remark_alone).match(fold(cell).strip()) is not None
