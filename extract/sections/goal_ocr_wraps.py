"""Whether the lines of one OCR'd cell, parted by the grid rows they stand in, are rather ONE text wrapped over
lines (session 45, helper famleft; the review of :mod:`goal_ocr_spans`).

A cell merged over two years' rows may be printed so: one target for both years, too long for its column, wrapped
over two lines and set off the cell's middle (padded, top-aligned), so that each line stands inside one row. Parted
by row, each year would get half the text, and a figure of the half it never printed: a silent wrong figure. The
parting is trusted only where nothing shows one text running on over the rows' boundary:

- brackets: an upper part that leaves a bracket it opened unclosed breaks a text inside its brackets (``...
  양성(15`` over ``명)``): cells of their own each close what they open. A close never opened is no cut (a
  numbering ``1)``, an arrow ``설계 > 착공``; session 45, mendfl), nor is an arrow ``<`` standing between spaces;
- joins: an upper part ending in a word or mark that joins it to what follows (vocabulary ``[text_joins]``: ``및``,
  ``,``, a connective particle ``센터와``), or a lower part opening with a joining word, is one text run on over
  the boundary, whatever the pitch (session 45, mendfl: a wrap at 190% spacing was parted);
- pitch: the lines either side of the boundary stand as far apart as the lines of one wrapped text would (their
  middles less than ``PITCH`` times the lower line's height apart, or less than ``RUN_ON`` times the widest pitch
  of one text's lines: two lines inside one part, or two lines of any cell of the table standing inside one row):
  two cells' lines, each centred in its own row, stand a row apart, a wrapped text's at its line pitch. A gap of
  ``PITCH`` line heights or more between a cell's two lines is a paragraph's gap, no line pitch (session 45,
  mendfl: a status cell's two items spaced apart barred every parting in the table).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.vocabulary import current

PITCH = 1.8  # a row's pitch, in line heights, past a wrapped text's (line spacing 160% is the usual word processor's)
RUN_ON = 1.3  # a boundary's pitch this close to a part's own line pitch: the same text's next line

Line = tuple[float, float, str]  # top, bottom, text


ARROWS = "<>"  # angle brackets: an arrow where they stand between spaces (설계 > 착공)
# letters of a word a connective particle ends (센터와): a shorter one is a word of its own (성과)
MIN_GLUED = 3


def _opens(text: str) -> bool:
    """Whether ``text`` leaves a bracket it opened unclosed (a close never opened is a numbering ``1)`` or an
    arrow ``>``, an angle bracket between spaces an arrow)."""
    depth = 0
    for k, ch in enumerate(text):
        if ch == "\\" or ch in ARROWS and text[k - 1 : k].isspace() and text[k + 1 : k + 2].isspace():
            continue
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS and depth > 0:
            depth -= 1
    return depth > 0


def _joins(upper: str, lower: str) -> bool:
    """Whether ``upper`` ends (or ``lower`` opens) with a word or mark joining the two into one text."""
    up, low = upper.split(), lower.split()
    words = current().words("text_joins", "words")
    if low and low[0] in words:
        return True
    if not up:
        return False
    last = up[-1]
    if last in words or any(last.endswith(m) for m in current().words("text_joins", "marks")):
        return True
    return len(last) >= MIN_GLUED and last[-1] in current().words("text_joins", "particles")


def _mid(line: Line) -> float:
    return (line[0] + line[1]) / 2


def wrapped_across(parts: Sequence[Sequence[Line]], table_pitch: float = 0.0) -> bool:
    """Whether ``parts`` (each grid row's lines, top down, in the rows' order) read as one text wrapped over the
    rows' boundary rather than a cell's text a row (see the module's doc); ``table_pitch`` the widest pitch of two
    lines of one cell inside one row of the table (0 where none)."""
    texts = [" ".join(t for _, _, t in part) for part in parts]
    if any(_opens(t) for t in texts[:-1]):
        return True
    if any(_joins(a, b) for a, b in zip(texts, texts[1:], strict=False)):
        return True
    inner = [
        _mid(b) - _mid(a) for part in parts for a, b in zip(part, part[1:], strict=False)
    ]  # a part's own line pitch
    widest = max([*inner, table_pitch])
    for above, below in zip(parts, parts[1:], strict=False):
        last, first = above[-1], below[0]
        pitch = _mid(first) - _mid(last)
        height = min(last[1] - last[0], first[1] - first[0])
        if pitch < PITCH * height or pitch < RUN_ON * widest:
            return True
    return False


def row_pitch(cells_lines: Sequence[Sequence[Line]], bands: Sequence[tuple[float, float]]) -> float:
    """The widest of the cells' line pitches (``cells_lines``: each cell's lines, top down): a cell's the smallest
    pitch between two consecutive lines whose middles stand inside one row's band, less than ``PITCH`` times their
    height apart (a wider gap is a paragraph's, no line pitch): lines of one text, whatever the table (0 where
    none)."""
    out = 0.0
    for lines in cells_lines:
        pitches = [
            _mid(b) - _mid(a)
            for a, b in zip(lines, lines[1:], strict=False)
            if any(top <= _mid(a) <= bottom and top <= _mid(b) <= bottom for top, bottom in bands)
            and _mid(b) - _mid(a) < PITCH * min(a[1] - a[0], b[1] - b[0])
        ]
        if pitches:
            out = max(out, min(pitches))
    return out
