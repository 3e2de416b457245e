"""A lettered heading's stop read as a middle dot (``라. 구민소통 실적`` OCR'd ``라· 구민소통``).

Class of card fixed (session 35): dasom-district heads each section in a label cell (``가. 사업개요`` .. ``바. 기대효과``)
beside the cell holding it; scanned, one label's stop was read as ``·``: no numbering, no heading, so that row (its
outreach table nested in the next cell) went on as a side table of the goals above and the outreach went unread
(dasom-district 16051 scan, seed 8). A line's first word of a Korean letter numbering (:data:`.markers.LETTERS`) with a
dot glued after it, a blank, then a title naming a section or opening one's label (the label cell wraps its title:
``구민소통`` over ``실적``; two syllables or more) has the numbering's stop: the dot is made ``.``. A middle dot
between words (``교육·컨설팅``) has no blank after it; a title naming no section stays as read.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.labels import norm_label, section_of
from pledgecard.extract.markers import LETTERS
from pledgecard.extract.vocabulary import current

DOTS = frozenset("·ㆍ•∙")  # a middle dot as OCR reads a small stop
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
Char = dict[str, Any]
MIN_OPENING = 2  # syllables of a title that opens a section's label (its rest wrapped onto the next line)


def opens_section(title: str) -> bool:
    """Whether ``title`` names a section or opens one of the vocabulary's section labels."""
    if section_of(title) is not None:
        return True
    k = norm_label(title)
    return len(k) >= MIN_OPENING and any(
        label.startswith(k) for labels in current().section_labels.values() for label in labels
    )


def _same_line(a: Char, b: Char) -> bool:
    """Whether ``b``'s middle lies within ``a``'s height (the two characters print on one line)."""
    return bool(a["top"] <= (b["top"] + b["bottom"]) / 2 <= a["bottom"])


def restore_letter_stops(chars: list[Char], start: int = 0) -> int:
    """``라· 구민소통`` -> ``라. 구민소통`` (in place) in ``chars`` from ``start`` on (a region's characters as read, in
    reading order): a letter opening a line, a dot right after it, a blank, then a title (the line's rest) that opens
    a section's label. How many stops were put back."""
    done = 0
    for k in range(start, len(chars) - 3):
        letter, dot, blank = chars[k], chars[k + 1], chars[k + 2]
        if letter["text"] not in LETTERS or dot["text"] not in DOTS or not blank["text"].isspace():
            continue
        prev = next((c for c in reversed(chars[start:k]) if not c["text"].isspace()), None)
        if prev is not None and _same_line(letter, prev):
            continue  # (a letter inside a line: no numbering)
        title = ""
        for c in chars[k + 3 :]:
            if not _same_line(letter, c):
                break
            title += c["text"]
        title = title.strip()
        if title and HANGUL_FIRST <= ord(title[0]) <= HANGUL_LAST and opens_section(title):
            dot["text"] = "."
            done += 1
    return done
