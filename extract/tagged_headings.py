"""A block heading led by a bracketed tag that numbers it (``[세부사업3] 성과지표 달성 현황``, ``〔과제 2〕 추진실적``,
``<사업3> 향후계획``) whose rest names another section: the section's heading.

Class fixed (crossbred 6245, 0.893 in PDF, HWPX and HWP, 0.865 in the text dump): a card numbering its
achievements' blocks with a tag (a word and a number in brackets) prints the goals told as lines under a block
heading of the same numbering; the tag is no numbering the marker reader knows, so the goals' title went unseen,
its lines read as achievements and the card had no goals. The tag is told by shape alone (a bracket pair around a
short run holding a number); the title after it must be a section's label exactly (the vocabulary's)."""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS, leading_pair

_TAG_LEN = 12  # a tag is a short label and its number, never a sentence


def numbered_tag(text: str) -> tuple[str, str] | None:
    """``'[세부사업3] 성과지표'`` -> ``('[세부사업3]', '성과지표')``: a leading bracket pair around a short run
    holding a digit, and the text after it; None when the text opens otherwise."""
    s = text.strip()
    inner, rest = leading_pair(s) or ("", "")
    if (
        not inner
        or len(inner) > _TAG_LEN
        or not any(c.isdigit() for c in inner)
        or any(c in OPEN_BRACKETS or c in CLOSE_BRACKETS for c in inner)
    ):
        return None
    return (s[: len(inner) + 2], rest.strip()) if rest.strip() else None


def tagged_section(text: str) -> str | None:
    """The section a tag-numbered heading names by the title after its tag, or None."""
    tagged = numbered_tag(text)
    return section_of(tagged[1]) if tagged is not None else None
