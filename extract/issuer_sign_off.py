"""A card's sign-off, its government and department stacked on lines of their own under the last section.

Class fixed: a department's stamp box closing a card (``별마루군`` over ``관광진흥과`` in a bordered box under the
기대효과 bullets, doc-byeolmaru-county-2-11, a PDF), the government's name and the department each a line, read
as two effects. The one-line footer (``가람들시 교통정책과``) is the issuer footer's (issuer_footer); here the lines
the card ends with, unbulleted, joined read as the card's issuer and at most one department
(:func:`pledgecard.extract.issuer.from_org_line`), the same government the card's issuer names: its sign-off,
no section's line.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.card_results import Section
from pledgecard.extract.issuer import from_org_line
from pledgecard.extract.layout import Line, item_text

SIGN_OFF_LINES = 3  # a stamp's lines: the government, a department, a title at most


def sign_off_count(lines: Sequence[Line], issuer: str) -> int:
    """How many of the last ``lines`` (a section's, in order) are the card's sign-off: the longest unbulleted run
    at the end, at most :data:`SIGN_OFF_LINES`, whose first line opens with ``issuer`` and whose texts joined name
    ``issuer`` and at most one department; 0 when the section does not so end."""
    best = 0
    for n in range(1, min(SIGN_OFF_LINES, len(lines)) + 1):
        run = lines[-n:]
        if any(ln.marker for ln in run):
            break
        joined = " ".join(" ".join(item_text(ln).split()) for ln in run)
        if joined.startswith(issuer) and from_org_line(joined) == issuer:
            best = n
    return best


def without_sign_off(sections: Sequence[Section], issuer: str | None) -> None:
    """Take the sign-off lines (:func:`sign_off_count`) off the end of the last section holding items, in place."""
    if not issuer:
        return
    last = next((sec for sec in reversed(sections) if sec.items), None)
    if last is None:
        return
    tail: list[Line] = []
    for it in reversed(last.items):
        if not isinstance(it, Line):
            break
        tail.insert(0, it)
        if len(tail) == SIGN_OFF_LINES:
            break
    n = sign_off_count(tail, issuer)
    if n:
        last.items = last.items[:-n]
