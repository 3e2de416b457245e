"""A cover memo's attachment line (``붙임  청년농업 창업 지원 확대 공약사업 관리카드 1부.  끝.``): not a card's title.

A memo sending cards ends by naming them as its attachment; the line carries the card's title words, so a card that
prints no title line of its own had the memo's line read as its kind (and a memo before a card started a card of its
own). The line's shape tells it: it opens with the memo's attachment word (vocabulary ``[cover_memo] attachment``,
after a marker or a colon at most) and closes with a count of copies (``1부.``, ``[cover_memo] copies``) or the memo's
end word (``끝.``, ``[cover_memo] end``).
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current


def memo_head(v: Vocabulary) -> str:
    """The memo line's opening: the attachment word (a marker or an opening bracket before it at most, its closing
    bracket after it: ``[붙임]``), then a colon or a space."""
    return rf"\W{{0,2}}\s*(?:{alternation(v.words('cover_memo', 'attachment'))})[\]）)】〕」>]?(?:\s*[:：]\s*|\s+)"


def memo_tail(v: Vocabulary) -> str:
    """The memo line's close: a count of copies (``1부.``, the end word after it or not) or the end word (``끝.``)."""
    copies = alternation(v.words("cover_memo", "copies"))
    end = alternation(v.words("cover_memo", "end"))
    return rf"(?:\d+\s*(?:{copies})\s*\.?(?:\s*(?:{end})\s*\.?)?|\s(?:{end})\s*\.)\s*$"


def _memo_line(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^{memo_head(v)}.+?{memo_tail(v)}")


def _word_head(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s)){memo_head(v)}")


def _from_head(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"{memo_head(v)}.+?{memo_tail(v)}")


def is_cover_memo(text: str) -> bool:
    """Whether ``text`` is a cover memo's line naming its attachment (``붙임 : 공약사업 관리카드 1부. 끝.``)."""
    return current().build(_memo_line).match(text.strip()) is not None


def ends_with_cover_memo(text: str) -> bool:
    """Whether ``text`` is or ends with a cover memo's attachment line (a reader joined it to the memo's last
    sentence above it: ``… 붙임과 같이 제출합니다. 붙임 … 관리카드 1부. 끝.``).

    One pass (review A of session 33: every word's suffix was tried, quadratic in a long line's words): the earliest
    word opening a memo line leaves the most room before the close, so if any suffix is a memo line, the one from
    that word is."""
    flat = " ".join(text.split())
    head = current().build(_word_head).search(flat)
    return head is not None and current().build(_from_head).match(flat, head.start()) is not None
