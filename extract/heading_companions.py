"""Headings that join a word naming a section to a word naming it only in company (``구민 소통 및 홍보``,
``홍보 및 소통``: publicity beside the residents' outreach is that outreach; vocabulary ``[sections_companions]``).
The class of card fixed: an outreach section under such a joined heading whose lines alone do not tell it (one
channel, ``◦ 자문위원회 2회 등``) was left unread."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.vocabulary import Vocabulary
from pledgecard.extract.vocabulary import key as key_of


def companion_section(
    vocab: Vocabulary, parts: Sequence[str], named: Sequence[tuple[str, ...]]
) -> str | None:
    """The one section a joined heading names when its ``parts`` (keys, split at a joiner) that name a section
    (``named``, the sections each part names, empty for none) all name the same one and every other part is a
    word of that section's company; None otherwise (a part naming nothing of that section: no section)."""
    sections = {n[0] for n in named if len(n) == 1}
    if len(sections) != 1 or any(len(n) > 1 for n in named):
        return None
    [section] = sections
    company = {key_of(w) for w in vocab.table("sections_companions").get(section, [])}
    unnamed = [p for p, n in zip(parts, named, strict=True) if not n]
    return section if unnamed and all(p in company for p in unnamed) else None
