"""Running page headers, footers and page numbers of a PDF, found so that they can be dropped.

Two kinds: a bare page number (``- 3 -``, ``3 / 12``, ``3``, ``p. 3``, ``3쪽``) in the top or
bottom margin of a page, and a line repeated at the same position on most pages, two of them
in a row (a card printed twice in one file repeats its lines, but not on consecutive pages). Both must be
among the outermost lines of their page (above every table, or below every table). A repeated
line printed larger than the body text (a card title on every page of a multi-card file) is kept.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_scan_margins import scanned_running
from pledgecard.extract.vocabulary import Vocabulary, current


def _page_number(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|\(\s*\d{1,4}\s*\)|\d{1,4}(?:\s*/\s*\d{1,4})?"
        r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,4}\s*(?:" + v.alternation("page_numbers") + r"))$",
        re.IGNORECASE,
    )


class _PageNumber:
    """A bare page number line (``- 3 -``, ``3 / 12``, ``3쪽``), with the page-number words of the
    vocabulary in force (a user's ``--vocabulary`` included)."""

    def match(self, text: str) -> re.Match[str] | None:
        return current().build(_page_number).match(text)


PAGE_NUMBER = _PageNumber()

# A page number set off at the end of a running line (``공약 제목…  2 / 3``, ``제목 - 2 -``): the line
# repeats from page to page but for the number.
_TRAILING_NUMBER = re.compile(r"\s(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})$")


def running_key(text: str) -> str:
    """The text a running line repeats on every page: ``제목…  1 / 3`` -> ``제목… #`` (the page number
    after the words made a mark), any other text folded as it is."""
    text = " ".join(text.split())
    m = _TRAILING_NUMBER.search(text)
    return f"{text[: m.start()].rstrip()} #" if m and text[: m.start()].strip() else text


MARGIN_BAND = 0.15  # fraction of the page height at the top and bottom where page numbers sit
POS_TOL = 2.0  # points


@dataclass(slots=True)
class PageText:
    """The running text lines of one page (tables excluded) and where its tables start and end."""

    number: int
    height: float
    lines: list[Line]
    table_top: float | None = None  # top of the highest table on the page
    table_bottom: float | None = None  # bottom of the lowest table on the page
    scanned: bool = False  # read by OCR: its lines stand where the scan put them (pdf_scan_margins)


def outer_lines(page: PageText) -> list[Line]:
    """The two first and two last lines of the page, when no table is further out."""
    out: list[Line] = []
    for line in page.lines[:2]:
        if page.table_top is None or line.bottom <= page.table_top:
            out.append(line)
    for line in page.lines[-2:]:
        if line not in out and (page.table_bottom is None or line.top >= page.table_bottom):
            out.append(line)
    return out


def _in_band(line: Line, height: float) -> bool:
    """Whether ``line`` stands in the margin band at the top or the foot of a page ``height`` tall."""
    return line.bottom <= MARGIN_BAND * height or line.top >= (1 - MARGIN_BAND) * height


def _is_page_number(line: Line, page: PageText) -> bool:
    return _in_band(line, page.height) and bool(PAGE_NUMBER.match(line.full_text.strip()))


def _another_number(line: Line, numbers: list[Line]) -> bool:
    """Whether a bare figure (``2024``: a table row's year carried to the page's top) stands on a page
    whose page number is printed as such elsewhere (``- 3 -``) and is another figure: a page has one
    number, the figure is text."""
    text = line.full_text.strip()
    if not text.isdigit():
        return False
    others = [
        re.findall(r"\d+", o.full_text)
        for o in numbers
        if o is not line and not o.full_text.strip().isdigit()
    ]
    return bool(others) and all(int(text) not in map(int, o) for o in others)


def _runs_on(pages: set[int]) -> bool:
    """Whether a line repeated on ``pages`` runs on from page to page: a running header is printed
    on two pages in a row somewhere; a line on pages 2 and 4 only is the same card printed twice
    (two quarters of one pledge in one file), whose text is kept."""
    return any(p + 1 in pages for p in pages)


def running_lines(pages: Sequence[PageText]) -> set[int]:
    """``id()`` of every line that is a page number or a running header/footer."""
    drop: set[int] = set()
    sizes = sorted(line.size for p in pages for line in p.lines)
    body_size = sizes[len(sizes) // 2] if sizes else 0.0
    by_text: dict[str, list[Line]] = defaultdict(list)
    numbered: set[int] = set()  # the page numbers: dropped wherever they stand
    for page in pages:
        outer = outer_lines(page)
        numbers = [line for line in outer if _is_page_number(line, page)]
        for line in outer:
            if line in numbers and not _another_number(line, numbers):
                drop.add(id(line))
                numbered.add(id(line))
            elif line not in numbers:
                by_text[running_key(line.full_text)].append(line)
    need = max(2, math.ceil(len(pages) / 2))
    heights = {page.number: page.height for page in pages}
    for occurrences in by_text.values():
        if len({line.page for line in occurrences}) < need:
            continue
        best: list[Line] = []
        for ref in occurrences:
            same = [
                o for o in occurrences if abs(o.x0 - ref.x0) <= POS_TOL and abs(o.top - ref.top) <= POS_TOL
            ]
            if len(same) > len(best):
                best = same
        pages_of = {line.page for line in best}
        if (
            len(pages_of) >= need
            and best[0].size <= _size_limit(best, body_size, heights)
            and _runs_on(pages_of)
        ):
            drop.update(id(line) for line in best)
    drop |= scanned_running(pages, drop, need, body_size, outer_lines)
    return drop - (inside_body(pages, drop) - numbered)


def inside_body(pages: Sequence[PageText], drop: set[int]) -> set[int]:
    """``id()`` of the repeated lines of ``drop`` standing inside the page's text: a line of the body kept (no page
    number, no running line) stands between it and the page's edge (``ⓒ 세부 추진실적`` above ``⚜ 기반조성``, a block's
    first item repeated atop two pages in a row, under a line that differs). A running header is printed at the
    page's top edge, nothing of the body above it (mutant 3429: 기반조성 dropped from two pages)."""
    inside: set[int] = set()
    for page in pages:
        edge = page.lines[:2]  # the top edge only (a page of two lines: its footer stands under the other)
        for k, line in enumerate(edge):
            if (
                id(line) in drop
                and line.bottom <= page.height / 2
                and any(id(o) not in drop and o.bottom <= line.top + POS_TOL for o in edge[:k])
            ):
                inside.add(id(line))
    return inside


def _size_limit(lines: list[Line], body_size: float, heights: dict[int, float]) -> float:
    """The largest type a running line may print in: the body's (half a point over); a point over where
    every copy stands in the page's margin band (a browser's print footer in 9 pt over a dense 8.5 pt body):
    a repeated heading larger than the body stays text."""
    band = all(ln.page in heights and _in_band(ln, heights[ln.page]) for ln in lines)
    return body_size + (1.0 if band else 0.5)
