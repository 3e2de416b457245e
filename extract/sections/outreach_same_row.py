"""A channel table printed without rules in a PDF, each row's cells set apart as lines of their own.

A table drawn with no rule (mutant 3524: ``구 분`` | ``횟수 비고`` over ``만족도조사`` | ``-`` ..., ``계`` | ``4회``) is
read as text; the reader keeps a cell standing far right of the one before it a line of its own, so a row's label
and its count come one under the other, no row a line. The lines one page prints on one baseline, one after the
other left to right, are one row: joined, the outreach reader reads them as the rows they are.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line

_SAME_TOP = 1.0  # points: the cells of one row share their top


def _beside(prev: Line, line: Line) -> bool:
    """Whether ``line`` stands right of ``prev`` on its baseline, on the same page (a PDF's lines only)."""
    a, b = prev.source.bbox, line.source.bbox
    if (
        a is None
        or b is None
        or prev.source.page != line.source.page
        or prev.marker
        or (line.marker and line.text)
    ):
        return False  # (a dash alone, a zero printed as ``-``, is read as a bullet of no text: a cell all the same)
    return abs(a[1] - b[1]) <= _SAME_TOP and abs(a[3] - b[3]) <= _SAME_TOP and b[0] > a[2]


def rows_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with every run of lines printed on one baseline, left to right, joined into one line."""
    out: list[Line] = []
    for ln in lines:
        if out and _beside(out[-1], ln):
            prev = out[-1]
            a, b = prev.source.bbox, ln.source.bbox
            assert a is not None and b is not None
            box = (a[0], min(a[1], b[1]), b[2], max(a[3], b[3]))
            out[-1] = replace(
                prev, text=f"{prev.text} {ln.full_text.strip()}", source=replace(prev.source, bbox=box)
            )
            continue
        out.append(ln)
    return out
