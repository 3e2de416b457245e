"""A running page header printing a card's title words (``달빛군 민선8기 군수 공약사업 관리카드`` atop every page of a
booklet, over its cover, contents, summary and divider pages too), told from a card's own title line by structure.

A line reading as a card's title is spared from the page furniture (a file of several cards prints each card's
title atop it), so such a header was kept as a card's start: a booklet's front matter (a 총괄 table's label) went
into the first card's header and a divider page's field name into the card before it. A card's own title printed
atop every page looks the same on the pages after its first; what tells them apart is the first page of a card:
there a card's own title is followed by the card's header fields (a line of header labels), while the running
header stands over another title line that is so followed. So the header is the title-words line that opens two
form-feed pages or more (the same words, :func:`running_key`), is never itself followed by the header fields, and
on one of its pages at least stands over a title line that is: every page-opening line of those words is furniture
(the card's own title line under it stays, whatever its words).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pledgecard.extract.labels import find_labels, is_title, opens_with_label
from pledgecard.extract.readers.pdf_margins import running_key
from pledgecard.extract.readers.text_lines import TLine

NEAR = 3  # the card's own title stands within this many printed lines under the running header


def running_header_lines(lines: list[TLine], skip: Callable[[str], bool]) -> set[int]:
    """The indexes of page-opening lines that are a running header of title words (module doc). ``skip``: a line
    that may stand between a title and its header fields (a reporting date)."""
    header_fields = opens_with_label
    pages: dict[int, list[int]] = defaultdict(list)
    for k, ln in enumerate(lines):
        if not ln.blank:
            pages[ln.page].append(k)
    if len(pages) < 2:
        return set()
    opened: dict[str, list[list[int]]] = defaultdict(
        list
    )  # key -> each page it opens (the page's printed lines)
    for shown in pages.values():
        text = " ".join(lines[shown[0]].text.split())
        if is_title(text) and not find_labels(text):
            opened[running_key(text)].append(shown)
    out: set[int] = set()
    for shown_pages in opened.values():
        if len(shown_pages) < 2 or any(
            header_fields_follow(lines, shown, 0, header_fields, skip) for shown in shown_pages
        ):
            continue  # (a card's own title atop its pages: followed by its header fields on its first)
        if any(
            any(
                is_title(" ".join(lines[shown[n]].text.split()))
                and header_fields_follow(lines, shown, n, header_fields, skip)
                for n in range(1, min(NEAR + 1, len(shown)))
            )
            for shown in shown_pages
        ):
            out |= {shown[0] for shown in shown_pages}
    return out


def header_fields_follow(
    lines: list[TLine],
    shown: list[int],
    n: int,
    header_fields: Callable[[str], bool],
    skip: Callable[[str], bool],
) -> bool:
    """Whether the printed line ``shown[n]`` is followed by a card's header fields (the first line after it that
    ``skip`` does not name passes ``header_fields``; the lines ``shown`` lists, a page's or a file's)."""
    for k in shown[n + 1 :]:
        text = lines[k].text.strip()
        if skip(text):
            continue
        return header_fields(text)
    return False
