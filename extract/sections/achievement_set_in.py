"""An item bulleted with the same mark as the item above it but set in further (``- 1호점 개소`` over ``  - 참여 점포
86곳``): one level below it, its child, not its sibling.

The class fixed: cards that bullet two depths with one glyph and tell them apart by their indent only (a web
board's Markdown list, ``-`` at both depths; narae-district-4-1). A dump's own margin drift (pdftotext -layout of a
page with ragged margins, a PDF reader's x positions rounded to characters) moves items of one depth a character
or two as well: session 32's rule, reading every such step as a depth, took 18 layout dumps down. So an indent
tells a depth only relative to the section's own drift: the set-in is read only where the section shows none
(:func:`steady_margins`: every other style's items stand at one indent, the glyph's items at the larger indent
each stand right under an item of it at the smaller, or under another set in so, and the glyph's items come back
out to the smaller after a set-in run: a margin that moves at a page and stays moved is drift; a section ending
on a set-in item after such a return is not, baramgyeol-district-5-4's Markdown list). Any drift anywhere in the section,
and indents tell nothing (the glyph's depth is by its first appearance, as before).
"""

from __future__ import annotations

from collections import defaultdict

SET_IN = "\u21b3"  # joins a style and its indent into the set-in style's key (a character no marker is)


def steady_margins(items: list[tuple[str, int]]) -> bool:
    """Whether a section's bulleted items (``(style, indent)`` in order) print with no margin drift but a set-in:
    each style at one indent, or at two where every item at the larger stands right under one of that style at
    the smaller or under another of its set-in run and the style's items come back out to the smaller after such
    a run (its last item may stand set in where they came back out once before); and some style so set in."""
    indents: dict[str, set[int]] = defaultdict(set)
    for style, indent in items:
        indents[style].add(indent)
    set_in = False
    for style, seen in indents.items():
        if len(seen) == 1:
            continue
        if len(seen) > 2:
            return False
        low, high = sorted(seen)
        mine = [indent for s, indent in items if s == style]
        for n, (s, indent) in enumerate(items):
            if s == style and indent == high and (n == 0 or items[n - 1][0] != style):
                return False  # a set-in item under no item of its glyph: drift, not depth
        if mine[-1] == high and not any(a == high and b == low for a, b in zip(mine, mine[1:], strict=False)):
            return False  # the glyph's items never come back out: the margin moved (a page's), no depth
        set_in = True
    return set_in


def set_in_style(
    style: str, indent: int, above: tuple[str, int] | None, set_in: dict[tuple[str, int], str]
) -> str:
    """The style key of an item of ``style`` at ``indent``: ``style`` itself, or its set-in key when the item right
    above (``above``: its own style and indent) is of the same style and stands less far in, or when a set-in run of
    this style at this indent was met before in the section (``set_in``, filled here). Call it only for a section
    whose margins are steady (:func:`steady_margins`)."""
    if (style, indent) in set_in:
        return set_in[(style, indent)]
    if style and above is not None and above[0] == style and indent > above[1]:
        set_in[(style, indent)] = f"{style}{SET_IN}{indent}"
        return set_in[(style, indent)]
    return style
