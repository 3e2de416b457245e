"""Whether the lines of one OCR'd cell, parted by the grid rows they stand in, are rather ONE text wrapped over
lines (session 45, helper famleft; the review of :mod:`goal_ocr_spans`).

A cell merged over two years' rows may be printed so: one target for both years, too long for its column, wrapped
over two lines and set off the cell's middle (padded, top-aligned), so that each line stands inside one row. Parted
by row, each year would get half the text, and a figure of the half it never printed: a silent wrong figure. The
parting is trusted only where nothing shows one text running on over the rows' boundary:

- brackets: a part that leaves a bracket open (or closes one it never opened) breaks a text inside its brackets
  (``... 양성(15`` over ``명)``): cells of their own each close what they open;
- pitch: the lines either side of the boundary stand as far apart as the lines of one wrapped text would (their
  middles less than ``PITCH`` times the lower line's height apart, or less than ``RUN_ON`` times the widest pitch
  of one text's lines: two lines inside one part, or two lines of any cell of the table standing inside one row):
  two cells' lines, each centred in its own row, stand a row apart, a wrapped text's at its line pitch.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS

PITCH = 1.8  # a row's pitch, in line heights, past a wrapped text's (line spacing 160% is the usual word processor's)
RUN_ON = 1.3  # a boundary's pitch this close to a part's own line pitch: the same text's next line

Line = tuple[float, float, str]  # top, bottom, text


def _opens(text: str) -> bool:
    """Whether ``text`` leaves a bracket open or closes one it never opened."""
    depth = 0
    for ch in text:
        if ch in OPEN_BRACKETS and ch != "\\":
            depth += 1
        elif ch in CLOSE_BRACKETS and ch != "\\":
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _mid(line: Line) -> float:
    return (line[0] + line[1]) / 2


def wrapped_across(parts: Sequence[Sequence[Line]], table_pitch: float = 0.0) -> bool:
    """Whether ``parts`` (each grid row's lines, top down, in the rows' order) read as one text wrapped over the
    rows' boundary rather than a cell's text a row (see the module's doc); ``table_pitch`` the widest pitch of two
    lines of one cell inside one row of the table (0 where none)."""
    if any(_opens(" ".join(t for _, _, t in part)) for part in parts):
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
    """The widest pitch between two consecutive lines of one cell (``cells_lines``: each cell's lines, top down)
    whose middles stand inside one row's band: lines of one text, whatever the table (0 where none)."""
    out = 0.0
    for lines in cells_lines:
        for a, b in zip(lines, lines[1:], strict=False):
            if any(top <= _mid(a) <= bottom and top <= _mid(b) <= bottom for top, bottom in bands):
                out = max(out, _mid(b) - _mid(a))
    return out
