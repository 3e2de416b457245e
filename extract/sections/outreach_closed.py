"""A channel table its total closes, lines after it in the section that are none of its rows.

Txt mutant 4627: the channel table a row a line (``계 7회`` first, five channels) and, past the page's footer, the
next page's running head (``가지군 민선8기 군수 공약 실천계획 관리번호 74``) printed under the same heading: a line
after the rows that is no row left the whole table unread (outreach 0.0). The table stands without the section's
closing lines where it is proven whole: its printed total the sum of every channel's count, and no closing line
names a channel or the total (a row of it the cut would lose). The closing lines go back as the section's rest,
never read as a channel.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import SectionResult
from pledgecard.extract.sections.outreach_words import category_of, is_total_label
from pledgecard.normalize.text import fold

MIN_ROWS = 3  # lines a table keeps at least (a head and two rows)
UNNAMED_AFTER = 2  # rows of unknown channels a table may print below its last named row


def summed_whole(outreach: dict | None) -> bool:
    """Whether a channel table read prints a total that every channel's count adds up to."""
    if not outreach or outreach.get("total") is None or not outreach.get("items"):
        return False
    counts = [it.get("count") for it in outreach["items"]]
    # a total of 0 over counts of 0 proves nothing (hanul-special 33002 pdf2txt: a quarter-by-channel table printed
    # column by column, its dashes read as every channel's 0 under a total of 0, the printed 26 lost: wrong figures)
    return None not in counts and sum(counts) == outreach["total"] and outreach["total"] > 0


def _named(line: Line) -> bool:
    """A line naming a channel, or opening with the total word: a row of the table."""
    words = line.full_text.split()
    return bool(category_of(fold(line.full_text)) or (words and is_total_label(fold(words[0]))))


def closed_table(
    lines: list[Line], read: Callable[[list[Line]], SectionResult | None]
) -> SectionResult | None:
    """The section ``lines``' channel table without its closing lines (the fewest cut first), ``read`` reading
    the lines kept; None where no cut leaves a table its total proves whole or a cut line names a channel.

    The table ends at its last named row or at most ``UNNAMED_AFTER`` lines below it (an unknown channel's row,
    ``교원 연수 -``): only those cuts are read, so a section of many closing lines is read a few times, never once
    a line (review d, finding 3: 400 closing lines read 399 times, 20 s)."""
    last = max((i for i, ln in enumerate(lines) if _named(ln)), default=-1)
    if last < 0:
        return None
    for k in range(min(len(lines) - 1, last + 1 + UNNAMED_AFTER), max(last, MIN_ROWS - 1), -1):
        cut = lines[k:]
        got = read(lines[:k])
        if got is not None and summed_whole(got.value.get("outreach")):
            return SectionResult(got.value, got.provenance, [*got.rest, *cut], got.dates, got.findings)
    return None
