"""A header status printing two different statuses side by side (``부진 추진중(부진)``), read from a text dump
whose card names no strikeout in a legend (:mod:`pledgecard.extract.superseded` settles the cards that do): one of
them is likely a superseded status struck through, which a dump cannot show, and nothing tells which. Such a
value is no one status: it is left null (its code too) with an ``extract.markup_lost`` finding naming both.

A status is a space-parted part of the value whose words before any bracket are a status word of the vocabulary's
``[status]`` table wholly (``부진``, ``추진중(부진)``: 추진중 qualified by its bracket, one status); a part opening
with a bracket qualifies the part before it (``추진중 (지연)``: one status). A value the vocabulary names whole is
one status whatever it holds. Two parts each a status, and different: no one status. Words that are no status word
(``일부 지연``, ``정상 추진``, ``계속 추진``) leave the value as read."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.coverage import _finding
from pledgecard.extract.layout import Item, item_text
from pledgecard.extract.markers import OPEN_BRACKETS
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.extract.vocabulary import key as vocab_key

_OPENS = OPEN_BRACKETS + "（"
_HEAD = re.compile(rf"[{re.escape(_OPENS)}]")


def _parts(status: str) -> list[str]:
    """``status``'s space-parted parts, a part opening with a bracket joined to the one before."""
    out: list[str] = []
    for word in status.split():
        if out and word[0] in _OPENS:
            out[-1] += word
        else:
            out.append(word)
    return out


def statuses(status: str, v: Vocabulary | None = None) -> list[str]:
    """The different statuses ``status`` prints side by side, as printed (one or none: a status as it stands)."""
    v = v or current()
    words = v.status_words
    if vocab_key(status) in words:
        return [status]
    found: list[str] = []
    for part in _parts(status):
        head = _HEAD.split(part, maxsplit=1)[0]
        if head and vocab_key(head) in words and all(vocab_key(part) != vocab_key(f) for f in found):
            found.append(part)
    return found


def settle_two_statuses(header: dict[str, Any], items: list[Item], doc_format: str) -> list[dict[str, Any]]:
    """On a text dump: a header status printing two different statuses set null (in place, its code too), and
    the finding saying so; nothing otherwise."""
    status = header.get("status")
    if doc_format != "txt" or not isinstance(status, str) or len(seen := statuses(status)) < 2:
        return []
    header["status"] = None
    if "status_code" in header:
        header["status_code"] = None
    line = next((it for it in items if status in item_text(it)), None)
    where = line.source if line is not None else None
    return [_finding("extract.markup_lost", "header.status",
                     f"the header's status prints two different statuses side by side, {status!r} (seen: "
                     f"{' / '.join(seen)}), and the card names no strikeout: one is likely superseded, struck "
                     "through where the card was made, which a text dump cannot show; no one status, left null",
                     observed=[{"field": "header.status", "values": seen}], source=where)]
