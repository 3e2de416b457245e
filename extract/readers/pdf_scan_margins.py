"""Running page footers and headers of scanned pages, whose copies a scan put a few points apart and OCR read
a letter off.

Class of card fixed (session 35): dallae-city 101 printed 2-up and scanned prints its issuer ``달래시`` at the foot
of every page; the copies stand up to 9 points apart (the sheet's skew and each half's deskew), beyond the 2 points
a text layer's running line keeps (:mod:`.pdf_margins`), and OCR read two of eight ``당래시`` / ``달래사``: none was
dropped, and the footer ran into the body (a plan ``당래시``, an effect ``달래시``, the effects' last two items joined
over it). On pages read by OCR, a line among a page's outermost ones repeats a running line where it stands within
two of its line heights of another copy, and its text is the copies' own or differs from it by one letter in the
same length; a text on half the pages at least, on two pages in a row, in type no larger than the body's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

LINE_HEIGHTS = 2.0  # how far apart (in line heights) a scan may put the copies of one running line


def _one_letter_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one text, or of one length differing in one letter (``당래시`` / ``달래시``)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def _near(a: Any, b: Any) -> bool:
    tol = LINE_HEIGHTS * max(a.bottom - a.top, b.bottom - b.top, 1.0)
    return abs(a.x0 - b.x0) <= tol and abs(a.top - b.top) <= tol


def scanned_running(
    pages: Sequence[Any], drop: set[int], need: int, body_size: float, outer: Callable[[Any], list[Any]]
) -> set[int]:
    """``id()`` of the running lines of the scanned pages (``scanned`` true) that ``drop`` misses (module
    docstring); ``need`` the pages a running line is printed on at least, ``outer`` a page's outermost lines."""
    lines = [
        ln
        for p in pages
        if getattr(p, "scanned", False)
        for ln in outer(p)
        if id(ln) not in drop and ln.size <= body_size + 0.5
    ]
    found: set[int] = set()
    for ref in lines:
        text = "".join(ref.full_text.split())
        if not text or any(ch.isdigit() for ch in text):  # (page numbers: pdf_margins's)
            continue
        same = [o for o in lines if _near(o, ref) and _one_letter_off("".join(o.full_text.split()), text)]
        pages_of = {o.page for o in same}
        exact = {o.page for o in same if "".join(o.full_text.split()) == text}
        if (
            len(pages_of) >= max(need, 2)
            and len(exact) * 2 > len(pages_of)
            and any(p + 1 in pages_of for p in pages_of)
        ):
            found.update(id(o) for o in same)
    return found
