"""The line a card's issuer was read from, kept out of the card's other parts.

Class fixed: a card whose last line names its government (and one department) under the last section
(``가람들시 교통정책과`` centred under the 기대효과 bullets of an HWPX card, doc-garamdeul-city-3-14;
``모래내군`` under doc-moraenae-county-5-2's): the issuer reader placed the line in ``header.issuer``, and
the last section read it again as one of its own (an effect). A line is read once: the one the issuer
came from, and the same line printed again (a running footer), leave the later sections before they are read.

Class fixed too: an organisation line printed right above the card's title (``벼리도 기획조정실`` over
``도지사 공약 이행 관리카드``, doc-byeori-province-4-2, a PDF) stood before the card, where no issuer was looked
for; the issuer reader takes it as page furniture where it agrees with the card (issuer_before), and it stays
in the note on the text before the card.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.card_results import Section
from pledgecard.extract.issuer import from_org_line
from pledgecard.extract.layout import Item, Line, item_text


def without_issuer_line(
    sections: Sequence[Section], issuer: str | None, source: object, card: Sequence[Item] = ()
) -> None:
    """Take the line printed at ``source`` that names ``issuer`` alone (a footer or organisation line,
    as :func:`from_org_line` reads one) out of ``sections``' items, in place, and every line of the card
    printing the same text again (a running footer a text dump prints at each page's end: doc-neulsol-metro-2-5's
    ``늘솔광역시 정책기획관`` at page 1's foot, amid the goals)."""
    if issuer is None or source is None:
        return
    text = next(
        (" ".join(item_text(it).split()) for it in card if isinstance(it, Line) and it.source == source), None
    )

    def issuers_line(it: Item) -> bool:
        if not isinstance(it, Line) or from_org_line(item_text(it)) != issuer:
            return False
        return it.source == source or (text is not None and " ".join(item_text(it).split()) == text)

    for sec in sections:
        sec.items = [it for it in sec.items if not issuers_line(it)]
