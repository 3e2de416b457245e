"""Lines that are never a header label's value printed on a line of its own: a year alone (a goal row's first
cell), an amount or a rate (an amount row's, a goal row's cells), a ``(계속)`` caption. A header
printed a cell a line, its last label's cell left empty, is followed by the page's content: those lines belong to
the content, never to the label above them."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_continued import continued_caption

_YEAR = re.compile(r"(?:19|20)\d\d\s*\S?")
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d\s*%")


def content_figures(text: str) -> bool:
    """Whether ``text`` is a content line no header cell prints: a year alone (``2022``, ``2022년``), an amount
    (``322,151``) or a rate (``62%``) in it, or a line saying a table goes on. (A 관리번호 ``1-31`` or a
    reporting date ``2022. 6. 30.`` is none of them.)"""
    t = text.strip()
    return bool(t) and bool(_YEAR.fullmatch(t) or _AMOUNT.search(t) or continued_caption(t))
