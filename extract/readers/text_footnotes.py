"""Footnotes at a dump's page foot, read after the line that calls them (a text dump of a PDF: ``pdftotext``,
``pdftotext -layout``).

A word processor sets a footnote's note at the foot of the page, opened by its number (``1) ...``), and its
call after the figure or word it explains; a dump flattens the call onto it (``13,9341)``). Read in page order
the notes would end the page, inside whatever section the page break falls in: each note at a page's end whose
call a line above prints (on the page, or on an earlier page: a note the page had no room for goes on at the
next page's foot) is moved right after that line, where the notes of a table are printed under it. A note
whose call no line proves stays where it is (a numbered item).
"""

from __future__ import annotations

import re

from pledgecard.extract.figure_marks import NOTE_LINE, note_call
from pledgecard.extract.readers.text_lines import TLine


def _foot_notes(lines: list[TLine], end: int, start: int) -> list[int]:
    """The indices of the note lines ending the page ``lines[start:end]`` (blank lines between them kept out)."""
    out: list[int] = []
    k = end - 1
    while k >= start:
        text = lines[k].text.strip()
        if not text:
            k -= 1
            continue
        if not NOTE_LINE.match(text):
            break
        out.append(k)
        k -= 1
    return out[::-1]


_FIGURE = re.compile(r"[△▲\-−]?\d[\d,.]*(?:\d{1,2}\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾)?|[-–―]")


def _row_of_figures(text: str) -> bool:
    """Whether ``text`` is a table row of amounts: two figures at least, most of its words figures."""
    words = text.split()
    figures = sum(1 for w in words if _FIGURE.fullmatch(w))
    return figures >= 2 and 2 * figures >= len(words)


def _rows_end(lines: list[TLine], host: int, stop: int) -> int:
    """The last line of the run of figure rows ``lines[host]`` is in (a note is printed under its table, not
    amid its rows), before ``stop``."""
    end = host
    for i in range(host + 1, stop):
        text = lines[i].text.strip()
        if not text:
            continue
        if not _row_of_figures(text):
            break
        end = i
    return end


def place_foot_notes(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every page's foot notes moved after the line printing their call."""
    pages: list[tuple[int, int]] = []  # each page's [start, end) in lines
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or lines[k].page != lines[start].page:
            pages.append((start, k))
            start = k
    after: dict[int, list[int]] = {}  # line index -> the notes to print after it
    moved: set[int] = set()
    for start, end in pages:
        notes = _foot_notes(lines, end, start)
        first = notes[0] if notes else end
        for k in notes:
            m = NOTE_LINE.match(lines[k].text.strip())
            assert m is not None
            call = note_call(m.group(1))
            host = next(
                (i for i in range(first - 1, -1, -1) if i not in moved and call.search(lines[i].text)), None
            )
            if host is not None and _row_of_figures(
                lines[host].text
            ):  # (a dump printing a cell a line: left)
                after.setdefault(_rows_end(lines, host, first), []).append(k)
                moved.add(k)
    if not moved:
        return lines
    out: list[TLine] = []
    for i, line in enumerate(lines):
        if i in moved:
            continue
        out.append(line)
        out += [lines[k] for k in after.get(i, [])]
    return out
