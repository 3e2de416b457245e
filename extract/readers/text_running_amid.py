"""A running line a page prints amid its text: pdftotext's default mode prints a page's lines in the
order of its content stream, and a page drawing its footer (``달래시`` over the page number) before its
table prints that footer amid the table's cells, not at the page's edge where :func:`text_lines.furniture`
finds it on the other pages. Such a page, numbered like the others yet printing the running line at
neither edge, printing it once elsewhere, alone on its line: that line is the page's furniture too."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from pledgecard.extract.readers.pdf_margins import running_key


class _Line(Protocol):
    text: str

    @property
    def blank(self) -> bool: ...


# the numbered pages that must print the running line at their edges, every one but the page printing it amid
MIN_PAGES = 3


def running_amid(
    lines: Sequence[_Line],
    pages: Mapping[object, list[int]],
    found: Iterable[str],
    is_number: Callable[[_Line], bool],
) -> set[int]:
    """Indexes of the lines printing a running text of ``found`` (as :func:`running_key` folds them) amid
    a page (``pages``: each page's non-blank line indexes) whose two first and two last lines do not print
    it, once on that page, where every other page numbered at an edge (a cover or a divider page prints no
    furniture), ``MIN_PAGES`` or more, prints it at an edge: a word a table heads its columns with, printed
    atop two pages of three (``구분``), is no such line."""
    out: set[int] = set()
    texts = set(found)
    if not texts:
        return out
    numbered = [idx for idx in pages.values() if any(is_number(lines[k]) for k in set(idx[:2] + idx[-2:]))]
    edges = [{running_key(lines[k].text) for k in set(idx[:2] + idx[-2:])} for idx in numbered]
    for text in texts:
        missing = [idx for idx, at in zip(numbered, edges, strict=True) if text not in at]
        if len(missing) != 1 or len(numbered) - 1 < MIN_PAGES:
            continue
        hits = [k for k in missing[0] if running_key(lines[k].text) == text]
        if len(hits) == 1:
            out.add(hits[0])
    return out
