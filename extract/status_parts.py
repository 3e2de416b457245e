"""The statuses a header status value prints side by side, as printed: the one parser of a status value into
status words (:mod:`pledgecard.extract.status_twice` and :mod:`pledgecard.extract.superseded` both read with it).

A status is a space-parted part of the value whose words before any bracket are a status word of the vocabulary's
``[status]`` table wholly. A bracket right after a status word qualifies that word (``추진중(지연)``: one status, in
progress, qualified by its bracket), and so does a part opening with a bracket (``추진중 (지연)``: the part before
it, one status); so ``추진중(지연) 정상추진`` prints two status words. A value the vocabulary names whole is one status
whatever it holds; a status printed twice the same is one. Words that are no status word (``일부 지연``, ``정상
추진``, an arrow) are no status."""

from __future__ import annotations

import re

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
