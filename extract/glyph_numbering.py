"""The numbering a glyph's line opens with (``◎ 1. 사업개요``, ``∙ (1)추진 배경 및 개요``): spaced after its number as
:func:`~pledgecard.extract.markers.split_marker` reads it, or run into its title as
:func:`~pledgecard.extract.heading_numbers.glued_number` reads a bare line's. Class fixed (mutant 4154, text dump):
section headings printed as a bullet glyph before a parenthesised number glued to the title
(``∙ (1)추진 배경 및 개요``): the glued number kept in the title, no heading read, the card's body one header (0.145)."""

from __future__ import annotations

from pledgecard.extract.heading_numbers import glued_number
from pledgecard.extract.markers import is_numbering, split_marker


def inner_numbering(text: str) -> tuple[str, str] | None:
    """``'(1)추진 배경 및 개요'`` or ``'1. 사업개요'`` -> the numbering and the title after it; ``None`` when the
    text opens with no numbering (or with nothing after it)."""
    inner, rest = split_marker(text)
    if inner is not None and is_numbering(inner) and rest:
        return inner, rest
    return glued_number(text)
