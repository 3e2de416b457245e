"""Headings and items a text dump broke right after their number: the number alone on a line, the
title (or the item's text) on the next (``라.`` / ``주요 추진실적``, ``1)`` / ``인력양성``). A converter breaks
the line there where a tab or a wide gap set the number apart from its text, or where the number sits in a
narrow cell of its own.

:func:`join_lone_markers` puts such a number back before its text, on the number's line and at its indent:
a lone heading number of a punctuated or bracketed style (``2.``, ``나.``, ``1)``, ``(2)``; a bare figure
``6`` is a table's cell and stays), the next non-blank line on its page printing no number of its own,
starting at or right of the number (a title wraps under its number, never left of it), opening with no
bullet of its own (``14.`` over ``↳ 인력양성``: a list's row number printed beside a bulleted item), and no row of
cells (a line of several cells printed apart: a table's row, which a number in a column of its own
does not open). Numbers printed a run a line above their texts (``1)`` / ``2)`` / ``3)`` then the texts:
a column of numbers a converter printed as a box) stay as printed: the next line is a number again.
A section label printed a word a line is :mod:`text_word_labels`' (it runs first).
"""

from __future__ import annotations

from pledgecard.extract.heading_numbers import heading_number, lone_heading_number
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import TLine, to_tline

MAX_GAP = 1  # blank lines between a number and its text
CLOSERS = ".)]"  # how a punctuated or bracketed heading number ends (``2.``, ``1)``, ``(2)``, ``[3]``)


def _lone(line: TLine) -> bool:
    """A heading number alone on its line, of a punctuated or bracketed style (no bare figure ``6``, a
    table's cell, nor a bare numeral ``Ⅰ``, a booklet's part number printed over its part's title)."""
    text = line.text.strip()
    return bool(text) and " " not in text and text[-1] in CLOSERS and lone_heading_number(text)


def _text_after(lines: list[TLine], k: int) -> int | None:
    """The index of the line printing the text of the lone number at ``k``, if one does."""
    gap = 0
    for i in range(k + 1, len(lines)):
        line = lines[i]
        if line.page != lines[k].page:
            return None
        if line.blank:
            gap += 1
            if gap > MAX_GAP:
                return None
            continue
        text = line.text.strip()
        if (
            _lone(line)
            or heading_number(text) is not None
            or split_marker(text)[0] is not None
            or len(line.segs) > 1
        ):
            return None
        return i if line.indent() >= lines[k].indent() else None
    return None


def join_lone_markers(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every heading number printed alone on the line above its text joined to it."""
    out = list(lines)
    above: TLine | None = (
        None  # the last line above ``k`` printing something, as it stands in ``out`` (carried
    )
    #                             forward: ``out[k - 1]`` is final by step ``k``, a join changing only ``k`` and after)
    for k in range(len(out)):
        if k and not out[k - 1].blank:
            above = out[k - 1]
        if not _lone(out[k]) or (above is not None and above.page == out[k].page and _lone(above)):
            continue  # (the last of a column of numbers printed before their texts: no title of its own)
        i = _text_after(out, k)
        if i is None:
            continue
        first = out[k]
        lead = first.text[: len(first.text) - len(first.text.lstrip())]
        out[k] = to_tline(first.number, first.page, f"{lead}{first.text.strip()} {out[i].text.strip()}")
        out[i] = to_tline(out[i].number, out[i].page, "")
    return out
