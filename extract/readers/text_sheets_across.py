"""A plain text dump (``pdftotext`` without ``-layout``) of a PDF printed two pages a sheet (2-up, 모아찍기):
the converter orders a sheet's text blocks by where they stand on the whole sheet, the two pages' blocks
merged by their height (a row of the left page's header table, then a row of the right page's funding
table, then the left page's next row ...). Nothing the dump prints tells which page a line is of: no
column, no indent (the ``-layout`` dump's gutter, :func:`text_newspaper.sheet_gutter`, is gone), each
block a paragraph of its own; so the halves cannot be read apart, and the card is read as the dump orders
it (its sections' lines among the other page's).

What tells such a dump is its page numbers: set off (``- 7 -``, ``(7)``, ``7 / 12``; a bare figure is a
table's cell as often), each on a line of its own, two of consecutive pages on every page of the dump (from
one form feed to the next; the last may hold one, an odd page count) with at most ``MAX_APART`` printed lines
between them: each page's number at its foot, the two feet side by side on the sheet, read one after the
other. A dump printing a sheet's pages one after the other (``pdftotext -raw``: the left page's text, its
number, then the right page's text) sets a page's text between them; a dump of one page a sheet prints one
number a page (a dump whose form feeds part cards, not pages, holds one number on some page: none such; a
dump with no form feed tells no page from the next: none either).
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.pdf_margins import PAGE_NUMBER
from pledgecard.extract.readers.text_lines import TLine

MAX_APART = 12  # printed lines between the two page numbers of a sheet read across, at most


def _number(text: str) -> tuple[int, int | None] | None:
    """The page a line set off as a page number numbers, and the page count it names (``7 / 12``)."""
    text = text.strip()
    if not PAGE_NUMBER.match(text) or text.isdigit():
        return None
    digits = [int(d) for d in re.findall(r"\d+", text)]
    if not digits:
        return None
    return digits[0], digits[1] if len(digits) > 1 else None


def sheets_read_across(lines: list[TLine]) -> list[tuple[int, int]]:
    """The dump's pages (first and last line number) that read a 2-up sheet across its two pages, in order,
    when the dump is such a dump (see the module); else none."""
    if all(ln.page == 1 for ln in lines):  # no form feed: the dump's pages are not told apart
        return []
    pages: dict[int, list[TLine]] = {}
    for ln in lines:
        if ln.text.strip():
            pages.setdefault(ln.page, []).append(ln)
    out: list[tuple[int, int]] = []
    for i, printed in enumerate(pages.values()):
        numbers = [(k, n) for k, ln in enumerate(printed) if (n := _number(ln.text)) is not None]
        if len(numbers) <= 1 and i == len(pages) - 1:
            continue  # the last sheet's left page alone (or a last page printing no number)
        if len(numbers) != 2:
            return []
        (k, (a, total_a)), (j, (b, total_b)) = numbers
        if b != a + 1 or total_b != total_a or j - k - 1 > MAX_APART:
            return []
        out.append((printed[0].number, printed[-1].number))
    return out
