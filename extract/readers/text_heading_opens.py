"""A section's heading opening a page of a layout text dump, right under a table that ended the page before: the
heading of the next section, never the rest of a row the page break cut.

Class fixed (session 35, seed-5 dumps): ``pdftotext -layout`` of a card whose goal table ends a page and whose next
section's heading (``시민 소통 실적``, centred, no numbering) opens the next page over that section's own table:
the heading line, one cell alone under the page break, was read as the rest of the goal table's last row (its
target ``공정률 60%`` glued to the heading) and the table below it as rows of the goal table, its head read as a
goal and its counts as a goal's figures (narae-city 29016: a goal ``4(설명회)`` / actual 1 out of the outreach
table, the outreach section unread). A line of one cell that names a section of the vocabulary
(:func:`~pledgecard.extract.labels.section_of`, as :func:`~.text_aligned_blocks.find_block` ends a block at one)
opens that section.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import TLine


def heading_opens_page(line: TLine) -> bool:
    """Whether ``line`` (the first of its page's lines after the page furniture) is a section's heading: one cell
    of text naming a section of the vocabulary."""
    return len(line.segs) == 1 and section_of(line.segs[0].text.strip()) is not None
