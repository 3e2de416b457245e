"""A card's attachment list after its last section (``[붙임] 1. 사업 위치도 1부.`` / ``2. 세부 추진계획서 1부.  끝.``):
card furniture, never the last section's items.

A card sent as an official document closes with the list of what goes with it: the attachment word (vocabulary
``[cover_memo] attachment``, a marker or a bracket around it at most), then numbered items each ending in a count of
copies (``1부.``, ``[cover_memo] copies``), the last one or a line of its own closed by the end word (``끝.``,
``[cover_memo] end``). The list was read as the last section's items (two more effects), and a reader that joins a
hard-wrapped line to the one above ran its first line into the last effect (``… 인지도 확대 [붙임] 1. 사업 위치도
1부.``). The shape tells it wherever the lines were joined or split: the card's trailing lines, the first holding the
attachment word (a line of its own, or the end of the line above), each after it a numbered item closed by a count of
copies or the end word alone. The list is set apart (the record's ``unparsed``), the line it ran into keeps its own
words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.cover_memo import memo_head, memo_tail
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import Vocabulary, alternation, current


def _item_line(v: Vocabulary) -> re.Pattern[str]:
    """A numbered item of the list (``2. 세부 추진계획서 1부.``, the end word after it or not) or the end word alone."""
    copies = alternation(v.words("cover_memo", "copies"))
    end = alternation(v.words("cover_memo", "end"))
    closing = rf"(?:\s*(?:{end})\s*\.?)?"
    return re.compile(rf"^(?:\d{{1,2}}\s*[.)]\s*\S.*?\d+\s*(?:{copies})\s*\.?{closing}|(?:{end})\s*\.?)\s*$")


def _word_head(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s)){memo_head(v)}")


def _from_head(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"{memo_head(v)}.+?{memo_tail(v)}")


def list_start(text: str) -> int | None:
    """Where in ``text`` (white space folded) an attachment list's opening runs to the line's end
    (``[붙임] 1. 사업 위치도 1부.``), the earliest such place; ``None`` when none does."""
    v = current()
    head, whole = v.build(_word_head), v.build(_from_head)
    return next((m.start() for m in head.finditer(text) if whole.match(text, m.start())), None)


def is_list_item(text: str) -> bool:
    """Whether ``text`` is a later line of an attachment list: a numbered item closed by a count of copies (the end
    word after it or not), or the end word alone (``끝.``)."""
    return current().build(_item_line).match(" ".join(text.split())) is not None


def attachments_apart(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """The card's items without the attachment list closing them, and the list's lines (a line the list's opening
    ran into stays, cut before it; the cut piece is among the list's lines)."""
    k = len(items)
    while k and isinstance(items[k - 1], Line) and is_list_item(items[k - 1].full_text):
        k -= 1
    for n in (
        k - 1,
        k,
    ):  # the opening: the line before the items, or the first of them (``1. … 1부.`` after it)
        if n < 0 or n >= len(items) or not isinstance(line := items[n], Line):
            continue
        full = " ".join(line.full_text.split())
        at = list_start(full)
        if at is None:
            continue
        kept = full[:at].rstrip()
        if line.marker and kept.startswith(line.marker):
            kept = kept[len(line.marker) :].strip()
        if not kept:
            return items[:n], items[n:]
        cut = replace(line, text=full[at:], marker=None, printed=None)
        return [*items[:n], replace(line, text=kept, printed=None)], [cut, *items[n + 1 :]]
    return items, []
