"""Whether a label says its value is the card's reporting point: one rule for every reader of it.

A date closed by a reporting word (``2023년 기준``) is the card's reporting point only where nothing says it is
another fact's: a budget's base year (``총사업비 | 7,200백만원(2023년 기준)``) or a target's
(``실천목표 | 2019년 기준 대비 ...``) prints the same words under another label. Class fixed (review A, finding 2):
the first such date of a header table (PDF / HWPX / HWP) or of a header line (text dumps) was taken for the
reporting point above an explicit ``보고기준일`` row, so the achievements, told from plans by it, were misnamed
(garamdeul 3-14 with a base year in its budget row: achievements 7 -> 0). The header section reads its as-of
field with :func:`reporting_text` too, so the two readers of the date agree.
"""

from __future__ import annotations

from functools import cache

from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labels import find_labels, header_field_of, norm_label
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import parse_date

AS_OF = "as_of"  # the header field of the reporting point (vocabulary [header] as_of)


def as_of_label(text: str) -> bool:
    """A label cell naming the reporting point (the vocabulary's as-of labels: ``보고기준일``, ``기준일자``)."""
    return header_field_of(text) == AS_OF


@cache
def _overview_keys(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(norm_label(w) for words in vocab.table("overview").values() for w in words)


def other_label_opens(text: str) -> bool:
    """A line opening with the label of a field other than the reporting point (a header label such as
    ``실천목표``, an overview label such as ``총사업비``): a date in it is that field's, never the card's point."""
    found = find_labels(text)
    if found and found[0][1] == 0:
        return found[0][0] != AS_OF
    words = text.split()
    return bool(words) and norm_label(words[0]) in _overview_keys(current())


def reporting_text(value: str) -> str:
    """The value of an as-of label as a reporting line: a bare date (``2024. 9. 30.``) closed by the vocabulary's
    first as-of word, the label saying what the date is; any other value as printed."""
    if reporting_date(value) is None and parse_date(value).get("label"):
        return f"{value} {current().words(AS_OF)[0]}"
    return value
