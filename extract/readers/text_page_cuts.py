"""Pages of a dump printing no form feeds (pyhwp's ``hwp5html`` turned to text: a card set a section a page): a
bare page number followed by the running header that opens the file ends a page
(:func:`~pledgecard.extract.readers.text_lines.numbers_before_headers`), so the lines after it are the next page's.
A table the page break cut is then continued as after a form feed (the rows printed after the furniture go on
from the table above it). The cuts are found before the furniture is blanked and set after the readers joining
a row's rest printed past the furniture (text_cut_rows.py, which reads a page's furniture on one page)."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.readers.text_lines import TLine, numbers_before_headers


def page_cuts(lines: list[TLine]) -> set[int]:
    """The line numbers of the bare page numbers ending a page, where the dump prints no form feed (every line on
    one page); none else."""
    if len({ln.page for ln in lines}) > 1:
        return set()
    return {lines[k].number for k in numbers_before_headers(lines)}


def paged_at(lines: list[TLine], cuts: set[int]) -> list[TLine]:
    """``lines`` with a new page after each line numbered in ``cuts`` (:func:`page_cuts`)."""
    if not cuts:
        return lines
    out: list[TLine] = []
    page = lines[0].page if lines else 1
    for ln in lines:
        out.append(ln if ln.page == page else replace(ln, page=page))
        if ln.number in cuts:
            page += 1
    return out
