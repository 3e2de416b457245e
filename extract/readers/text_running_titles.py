"""A running page header printing the card's title words (``노들군 공약사업 관리카드`` atop every page of one card).

A line that reads as a card's title is spared from the page furniture (a multi-card file prints each card's title
atop it). A running header holding the title's words was so kept and read as the card's kind where the card prints
no title line of its own (a layout dump of a card whose title stands in its header table, or none). Its structural
mark: it opens two thirds of the pages or more (the same place on every page), and at most one of those pages goes
on under it with a card's start (another title line, a line of the header's labels): a card's own title repeats
only where a card starts, so every page it opens starts one. A line holding a header label and its value
(``… 관리카드 | 관리번호 1-6-12``) is a header line too, never taken for a running title here.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable

from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.readers.pdf_margins import running_key
from pledgecard.extract.readers.text_lines import TLine


def running_titles(lines: list[TLine], starts_card: Callable[[str], bool]) -> set[str]:
    """The running keys (:func:`running_key`) of title lines that are a running page header: opening two thirds
    of the dump's form-feed pages (two at least), no header label in them, and followed by a card's start
    (``starts_card`` of the next printed line) on one of those pages at most."""
    pages: dict[int, list[int]] = defaultdict(list)
    for k, ln in enumerate(lines):
        if not ln.blank:
            pages[ln.page].append(k)
    if len(pages) < 2:
        return set()
    opened: dict[str, list[int]] = defaultdict(list)  # key -> the indexes of the lines opening pages with it
    for idx in pages.values():
        text = lines[idx[0]].text.strip()
        if is_title(" ".join(text.split())) and not find_labels(text):
            opened[running_key(text)].append(idx[0])
    need = max(2, math.ceil(len(pages) * 2 / 3))
    shown = [k for k, ln in enumerate(lines) if not ln.blank]
    after = {k: shown[n + 1] for n, k in enumerate(shown[:-1])}
    out: set[str] = set()
    for key, at in opened.items():
        if len(at) < need:
            continue
        starts = sum(1 for k in at if k in after and starts_card(lines[after[k]].text.strip()))
        if starts <= 1:
            out.add(key)
    return out
