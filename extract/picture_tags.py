"""A picture's caption told by its tag: a line opening with a bracketed word naming a picture (``〈사진〉``,
``<사진 2>``, ``[그림 1]``; vocabulary ``[captions] picture_tags``) and then a few words saying what it shows, no
colon and no figure but the tag's number (``〈사진〉 늘봄 전용 교실 조성 모습``). No fact of the record: the
caption of a photo printed amid a section's items (hand-made doc-hanbyeol-edu-2-6, whose caption under its photo
was left unparsed among the achievements)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.text import fold

CAPTION_WORDS = 8  # words at most after the tag: a caption names what the picture shows, no sentence


def _tagged_re(v: Vocabulary) -> re.Pattern[str]:
    tags = alternation(v.words("captions", "picture_tags"))
    return re.compile(rf"[<〈＜\[［【]\s*(?:{tags})\s*\d{{0,2}}\s*[>〉＞\]］】]\s*(?P<rest>[^:：\d]+)")


def tagged_caption(text: str) -> bool:
    """Whether ``text`` is a caption its picture tag opens: the tag, then one to eight words with no colon
    and no figure."""
    m = current().build(_tagged_re).fullmatch(fold(text))
    return m is not None and 0 < len(m.group("rest").split()) <= CAPTION_WORDS
