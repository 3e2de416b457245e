"""An item bulleted with the same mark as the item above it but set in further (``- 1호점 개소`` over ``  - 참여 점포
86곳``): one level below it, its child, not its sibling.

The class fixed: cards that bullet two depths with one glyph and tell them apart by their indent only (a web
board's Markdown list, ``-`` at both depths; narae-district-4-1). The depth of a glyph is by its first appearance
(:mod:`achievements`); a set-in run of the same glyph right under an item of it is a style of its own, met after
it, so it takes the next depth. Only the same glyph right above counts: a glyph's items printed at two indents
with no item of it above at the smaller one (a dump's ragged margin) stay one style.
"""

from __future__ import annotations

SET_IN = "\u21b3"  # joins a style and its indent into the set-in style's key (a character no marker is)


def set_in_style(style: str, indent: int, above: tuple[str, int] | None, set_in: dict[tuple[str, int], str]) -> str:
    """The style key of an item of ``style`` at ``indent``: ``style`` itself, or its set-in key when the item right
    above (``above``: its own style and indent) is of the same style and stands less far in, or when a set-in run of
    this style at this indent was met before in the section (``set_in``, filled here)."""
    if (style, indent) in set_in:
        return set_in[(style, indent)]
    if style and above is not None and above[0] == style and indent > above[1]:
        set_in[(style, indent)] = f"{style}{SET_IN}{indent}"
        return set_in[(style, indent)]
    return style
