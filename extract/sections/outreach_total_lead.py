"""Outreach tables whose total's word (계) a dump printed after the label column's head (구분 / 계 / 간담회 ...),
the channels' labels after it: the total's row opens the table as where 계 opens the header itself.

The class of card: a table of channels down the side and one column of counts, printed a cell a line (the labels'
column, then the counts'). Its first label past the corner is the total's, so the first count is the total's; read
without it, the counts were dealt one label on, each channel given the count of the one above it (and the last
count of a page printed past the page break lost). With the total's word known to lead, the counts left are the
channels' only where as many are printed as there are channels; else no count is placed (outreach_lines)."""

from __future__ import annotations

from pledgecard.extract.sections.outreach_words import is_total_label
from pledgecard.extract.vocabulary import current


def total_leads(header_parts: list[str]) -> bool:
    """Whether the header's first word past the label column's head (the vocabulary's ``label_column``
    words: 구분) is the total's word, one or more such head words before it."""
    words = " ".join(header_parts).split()
    corner = set(current().words("label_column"))
    k = 0
    while k < len(words) and words[k] in corner:
        k += 1
    return 0 < k < len(words) and is_total_label(words[k])
