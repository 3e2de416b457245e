"""A count cell whose bracketed note a narrow cell wrapped, printed a cell a line over two lines (``2(현장 간`` /
``담회)``: pdftotext's default mode of a channel table in a newspaper column): one cell, ``2(현장 간담회)``. Joined
only where the first line opens with a count and leaves its bracket open and the next, a plain line, closes it
(a ``)`` and no ``(``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.textjoin import glue

_OPEN_NOTE = re.compile(r"^[\d,]+\s*[^\d\s(]{0,2}\s*\([^()]*$")  # 2(현장 간, 3회(토론


def joined_notes(lines: list[Line]) -> list[Line]:
    """``lines`` with each count whose note wraps onto the next line joined to it."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            nxt is not None
            and ln.marker is None
            and nxt.marker is None
            and _OPEN_NOTE.match(ln.full_text.strip())
            and ")" in nxt.full_text
            and "(" not in nxt.full_text
        ):
            out.append(replace(ln, text=glue(ln.text, nxt.text), printed=None))
            k += 2
            continue
        out.append(ln)
        k += 1
    return out


__all__ = ["joined_notes"]
