"""Footnotes at a PDF page's foot, read after the text that calls them.

A word processor sets a footnote's note at the foot of the page, in a smaller type, opened by its
number (``1) ...``), and raises the number as the note's call after the word or figure it explains
(``13,934¹⁾`` flattened to ``13,9341)``). Read in page order the notes would end the page, inside
whatever section the page break falls in; they are moved to right after the line or table that holds
their call, where an HWP file's reader finds a note (after its paragraph, or after the table of its
cell). A note whose call the page does not print stays where it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from pledgecard.extract.figure_marks import NOTE_LINE, note_call
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable

Item = Line | PageTable

_NOTE = NOTE_LINE
SMALLER = 0.92  # a note is set smaller than the page's body text: at most this share of its size


def _texts(it: Item) -> list[str]:
    if isinstance(it, Line):
        return [it.raw or it.full_text]
    return [line.raw or line.full_text for cell in it.cell_lines for line in cell]


def _calls(it: Item, n: str) -> bool:
    """Whether ``it`` prints the call of note ``n`` (:func:`pledgecard.extract.figure_marks.note_call`)."""
    call = note_call(n)
    return any(call.search(t) for t in _texts(it))


def _placed(it: Item, body: float) -> bool:
    """Whether ``it`` is a foot note already put after its call (a small line opened by a note number)."""
    return isinstance(it, Line) and it.size <= SMALLER * body and bool(_NOTE.match(it.full_text))


def place_footnotes(done: list[Item], items: Sequence[Item]) -> list[Item]:
    """The page's ``items`` with its foot notes (its last lines, smaller than its body, each opened by a note
    number whose call is printed above them) moved after the item holding their call: on this page, or on
    an earlier one (``done``, the document's items so far, the latest first: a note the page had no room
    for goes on at the foot of the next), where the note is then put."""
    out = list(items)
    sizes = [
        it.size for it in (*done, *out) if isinstance(it, Line)
    ]  # (a page holding only a note: the body before)
    if not sizes:
        return out
    body = median(sizes)
    k = len(out)
    while (
        k
        and isinstance(out[k - 1], Line)
        and out[k - 1].size <= SMALLER * body
        and _NOTE.match(out[k - 1].full_text)
    ):
        k -= 1
    notes, rest = out[k:], out[:k]
    for note in notes:
        m = _NOTE.match(note.full_text)
        assert m is not None
        host = next((i for i, it in enumerate(rest) if _calls(it, m.group(1))), None)
        target = rest
        if host is None:
            host = next((i for i in range(len(done) - 1, -1, -1) if _calls(done[i], m.group(1))), None)
            target = done
        if host is None:
            rest.append(note)
            continue
        at = host + 1
        while at < len(target) and _placed(target[at], body):  # after the notes placed there before
            at += 1
        target.insert(at, note)
    return rest
