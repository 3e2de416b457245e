"""A card a site shows over two pages or more, exported as Markdown text (an HTML-to-text converter: html2text,
pandoc): the site's navigation printed on every page, a pager under each page's text, and the card's title block
printed again atop each page after the first. None of it is the card's; left in, the second page's chrome and
title ran into the section the first page ended with (haneul2-district-web-4-8: the funding table's rows then
read as no table, every amount null).

Told by the Markdown's shape, never by the site's words (:func:`chrome_off`, on a Markdown text only):

- a line printing nothing but links (``[본문 바로가기](#content)``, ``  * [의회소개](/intro)``, ``[목록](/list)``):
  the site's navigation; a card prints its words, not hyperlinks;
- a line of links around a page counter (``[◀ 이전](?page=1) **1/2** [다음 ▶](?page=2)``): the pager; and the
  counter alone on its line (``**2/2**`` under a page's title): left for the page furniture, it cut a page there
  and the funding table's last cell above it, a bare figure closing that page, was dropped as its page number;
- on a text printing a pager (a site's paged view; the counter alone and the footers are chrome there only):
  a line printed the same twice or more, every time beside the navigation (its next or previous printed line
  one, or none: the file's end): the site's footer (``Copyright © …``) or breadcrumb on every page;
- a level-1 heading (``# 안심 통학로 조성``) printed again with the line after it (the title block of the next
  page), where no header field follows it before the next heading: a second card opens with its header
  fields (``공약명``), the same title over another card's header is that card's and stays.

Each such line is blanked in place, so every line number read from the text still points at the dump's own line.
Links inside a line of words are left as they are.
"""

from __future__ import annotations

import re

from pledgecard.extract.labels import find_labels

_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
_BULLET = re.compile(r"^[ \t]*(?:[*+-][ \t]+)?")
_COUNTER = re.compile(r"^(?:\*\*|__)?\d{1,3}\s*/\s*\d{1,3}(?:\*\*|__)?$")
_TITLE = re.compile(r"^#[ \t]+(?=\S)")
# an ATX heading line (one to six ``#`` and a space before its text): the one pattern text_markdown reads too
ATX_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")


def _nav(line: str, paged: bool) -> bool:
    """A line of links only, or of links around a page counter alone (the site's navigation, its pager), or, on a
    ``paged`` text, the counter alone."""
    if not _LINK.search(line):
        return paged and bool(_COUNTER.match(line.strip()))
    rest = _LINK.sub(" ", _BULLET.sub("", line)).strip()
    return not rest or bool(_COUNTER.match(rest))


def _pager(line: str) -> bool:
    """A line of links around a page counter (``[◀ 이전](?page=1) **1/2** [다음 ▶](?page=2)``): the site's pager."""
    rest = _LINK.sub(" ", _BULLET.sub("", line)).strip()
    return bool(_LINK.search(line)) and bool(rest) and bool(_COUNTER.match(rest))


def _repeated_titles(lines: list[str]) -> set[int]:
    """The indexes of a level-1 heading printed again and of the non-blank line after it where it repeats the
    line after the first (the next page's title block), no header field following before the next heading."""
    out: set[int] = set()
    seen: dict[str, str | None] = {}
    for k, line in enumerate(lines):
        if not _TITLE.match(line):
            continue
        text = line.strip()
        after = _next_printed(lines, k)
        under = lines[after].strip() if after is not None else None
        if text not in seen:
            seen[text] = under
            continue
        if under is None or under != seen[text] or _fields_follow(lines, after):  # type: ignore[arg-type]
            continue
        out |= {k, after}  # type: ignore[arg-type]
    return out


def _next_printed(lines: list[str], k: int) -> int | None:
    return next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)


def _fields_follow(lines: list[str], k: int) -> bool:
    """Whether a line after ``k``, before the next heading, prints a header field's label (a card's header)."""
    for line in lines[k + 1 :]:
        if ATX_HEADING.match(line):
            return False
        if find_labels(line):
            return True
    return False


def _footers(lines: list[str], nav: set[int]) -> set[int]:
    """The indexes of the lines printed the same twice or more, each time beside the navigation ``nav`` (or at
    the file's start or end), that are no heading."""
    printed = [k for k, line in enumerate(lines) if line.strip()]
    at: dict[str, list[int]] = {}
    for k in printed:
        if k not in nav and not ATX_HEADING.match(lines[k]):
            at.setdefault(lines[k].strip(), []).append(k)
    place = {k: i for i, k in enumerate(printed)}

    def beside(k: int) -> bool:
        i = place[k]
        return any(j < 0 or j >= len(printed) or printed[j] in nav for j in (i - 1, i + 1))

    return {k for ks in at.values() if len(ks) >= 2 and all(map(beside, ks)) for k in ks}


def chrome_off(lines: list[str]) -> list[str]:
    """``lines`` (a Markdown text's) with the site's navigation, pagers and repeated title blocks blanked."""
    # a site's paged view: its counters and footers are chrome (a text with no pager keeps a fraction printed
    # alone and its lines printed twice)
    paged = any(map(_pager, lines))
    gone = {k for k, line in enumerate(lines) if _nav(line, paged)} | _repeated_titles(lines)
    if paged:
        gone |= _footers(lines, gone)
    return ["" if k in gone else line for k, line in enumerate(lines)]
