"""What a caption is: a short label line printed under its value (a key-fact tile's ``총사업비`` under
``225.38억원``, ``추진상황`` under ``완료``), the label of the value over it, no heading of a section. One test of
the pair, whoever proves where they stand: a page's geometry (extract/tile_captions.py: centred under, one row
below) or a dump's order (extract/card_heading_checks.py: the line right after its value)."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.status import status_code

CAPTION_CHARS = 8  # a caption's characters, spaces aside: a label of a word or two (추진상황, 총 사업비)


# a bracketed remark closing a label (사업기간(착공~준공)): no part of its length
_REMARK = re.compile(r"[(（][^()（）]*[)）]$")


def caption_label(item: Item) -> bool:
    """A line that may be a caption: bare (no bullet, no numbering), short (eight characters, spaces and a closing
    bracketed remark aside) and with no figure."""
    if not isinstance(item, Line) or item.marker is not None:
        return False
    text = "".join(item.full_text.split())
    return 0 < len(_REMARK.sub("", text)) <= CAPTION_CHARS and not any(ch.isdigit() for ch in text)


def captioned_value(item: Item) -> bool:
    """A line that may be a caption's value: bare, holding a figure (``225.38억원``, ``2022. 9. ~ 2026. 12.``) or
    a status word (:func:`status_value`)."""
    if not isinstance(item, Line) or item.marker is not None:
        return False
    return any(ch.isdigit() for ch in item.full_text) or status_value(item)


def status_value(item: Item) -> bool:
    """A bare line that is a status word (``완료``; a status code of the vocabulary's table, not ``other``, any
    short line)."""
    return (
        isinstance(item, Line)
        and item.marker is None
        and status_code(item.full_text.strip()) not in (None, "other")
    )


def caption_under(value: Item, caption: Item) -> bool:
    """Whether ``caption`` may be the caption of ``value`` printed over it (where each stands is its caller's
    to prove)."""
    return captioned_value(value) and caption_label(caption)
