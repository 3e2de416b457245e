"""Channels whose labels a dump printed after the counts read under a head: the head read is not the table's.

pdfminer.six's ``pdf2txt.py`` prints a page's text boxes out of their order: a table of a channel a row (``구분 |
횟수 | 주요내용``) cut by a page break came out as its head cell, its first channel's label and two dashes of the
goal table above (``구 분`` / ``주민간담회, 공청회 등`` / ``-`` / ``-``), then the count column's head and count
(``횟수`` / ``2``), then the other channels' labels alone, a line each (``만족도 조사`` / ``전문가 자문`` / ... /
``계``). Read as a head over its counts, the first two lines and the dashes gave a total 0 and meetings 0
(saebom-county 12 pdf2txt; the card prints 2 and a total of 4), the dashes' zeros summing to their "total".

Where the head prints no total's word (the first count taken for the total only because the counts are one more than
the channels) and a line after the counts, under the same heading, is a channel's label alone (nothing but the label,
no figure) naming a channel the head did not, the head read is not the table's whole head: which count stands under
which channel is not printed there, and no count is read from it. A head of channels over as many counts, other
channels printed after them (a table pdf2txt cut into two boxes, each its labels over its counts: bitna-district 35008
pdf2txt), takes no count for a total and is read as before."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pledgecard.extract.sections.outreach_words import split_header
from pledgecard.normalize.text import fold


def lone_channel(text: str) -> str | None:
    """The channel a line names as its whole text (a label alone: no figure), or None."""
    folded = fold(text)
    if not folded or any(ch.isdigit() for ch in folded):
        return None
    cols = split_header(folded)
    if len(cols) != 1 or "".join(cols[0][0].split()) != "".join(folded.split()):
        return None
    return cols[0][1]


def channels_after(rest: Iterable[str], read: Sequence[str]) -> bool:
    """Whether any of the lines ``rest`` (those after a head's counts) is a channel's label alone naming a channel
    none of ``read`` (the categories the head named) is."""
    return any((cat := lone_channel(text)) is not None and cat not in read for text in rest)
