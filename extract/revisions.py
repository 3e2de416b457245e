"""Figures as a revised card prints them: a changed figure beside the one it replaced, in place with
an arrow (``1,200 → 1,350``, ``부진 → 정상추진``, ``120명 → 150명``) or with the earlier one in brackets
after it (``1,350 (당초 1,200)``, the bracket in a paragraph of its own). The figure in force is the one
the arrow points at, or the one outside the brackets; the earlier one is no figure of the card. The
arrows and the bracket's words are vocabulary (``[revisions]``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.vocabulary import Vocabulary, current

# a figure (a fall marked △, a thousands comma, a decimal, a unit or a percent glued after it) or a dash
# standing for zero
_FIG = r"(?:[△▲\-−]?\d[\d,]*(?:\.\d+)?(?:[%가-힣㎡㎞a-zA-Z]{0,3})|[-−―])"


def _pair(v: Vocabulary) -> re.Pattern[str]:
    arrows = v.alternation("revisions", "arrows")
    return re.compile(rf"(?<![\d,.])(?P<old>{_FIG})[ \t]*(?:{arrows})[ \t]*(?P<new>{_FIG})(?![\d,.])")


def _earlier(v: Vocabulary) -> re.Pattern[str]:
    words = v.alternation("revisions", "words")
    return re.compile(rf"[ \t]*\n?\s*[(（]\s*(?:{words})\s*[:：]?\s*{_FIG}\s*[)）]")


def _arrow(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{v.alternation('revisions', 'arrows')})\s*")


def in_force(text: str) -> str:
    """``text`` with every revision pair of figures read as the figure in force: ``1,200 → 1,350`` ->
    ``1,350``, ``1,350 (당초 1,200)`` -> ``1,350`` (also with the bracket on a line of its own, as a
    cell's second paragraph is printed), ``120명 → 150명 공급`` -> ``150명 공급``; other text as it is."""
    if not text:
        return text
    v = current()
    text = v.build(_pair).sub(lambda m: m.group("new"), text)
    return v.build(_earlier).sub("", text)


def in_force_words(value: str) -> str:
    """A value printed with the one it replaced (``추진중(부진) → 정상추진``): the words the last arrow
    points at, when there are words on both sides; else the value with its figures in force."""
    parts = current().build(_arrow).split(value.strip())
    if len(parts) >= 2 and all(p.strip() for p in parts):
        return parts[-1].strip()
    return in_force(value)


def in_force_lines(lines: list[Line]) -> list[Line]:
    """Text lines with their figures in force (:func:`in_force`); a line that held only an earlier figure
    in brackets (a cell's second paragraph, ``(당초 1,200)``, printed on a line of its own) is dropped."""
    out = []
    for ln in lines:
        text = in_force(ln.text)
        if text == ln.text:
            out.append(ln)
        elif text.strip():
            out.append(replace(ln, text=text))
    return out
