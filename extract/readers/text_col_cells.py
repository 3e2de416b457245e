"""An aligned block's lines cut into row groups, and a group's segments clustered into cells."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import RCell, overlaps
from pledgecard.extract.readers.text_lines import TLine

TOUCH = 0  # lines of one cell may drift apart by a column (pdftotext places each line on its own)


def row_groups(lines: list[TLine]) -> list[list[TLine]]:
    """Lines not separated by a blank gap wider than the block's narrowest one (a converter that
    leaves a blank line between the lines of a cell leaves two between rows); evenly spaced
    lines are one row each; where the gaps take three sizes or more and the widest recurs, only
    the widest parts rows."""
    runs: list[tuple[int, list[TLine]]] = []  # (blank lines before, line)
    gap = 0
    for line in lines:
        if line.blank:
            gap += 1
            continue
        runs.append((gap, [line]))
        gap = 0
    if not runs:
        return []
    inner = [g for g, _ in runs[1:]]
    narrow = min(inner, default=0)
    if inner and narrow >= 1 and max(inner) == narrow:
        narrow -= 1  # evenly spaced lines: each is a row
    elif len(set(inner)) >= 3 and inner.count(max(inner)) >= 2:
        # three spacings: lines of a cell (none), of cells centred unevenly in one row (some,
        # ``pdftotext -layout`` rounds each cell's lines on its own) and between rows (the most,
        # found between several rows)
        narrow = max(inner) - 1
    groups: list[list[TLine]] = [runs[0][1]]
    for g, ln in runs[1:]:
        if g > narrow:
            groups.append(ln)
        else:
            groups[-1] += ln
    return groups


def cluster(lines: list[TLine], wide: bool) -> list[RCell]:
    cells: list[RCell] = []
    for line in lines:
        for seg in line.segs:
            s0, s1 = seg.span(wide)
            hit = [
                c
                for c in cells
                if overlaps(s0, s1 + TOUCH, c.x0, c.x1 + TOUCH)
                and not (line.parted and any(o.line == seg.line for o in c.segs))
            ]
            if not hit and len(seg.text) == 1 and seg.text.isalpha():
                # a lone syllable wrapped from a header cell above (``2024`` / ``년``) may touch it
                hit = [
                    c
                    for c in cells
                    if c.segs[-1].line != seg.line
                    and overlaps(s0 - 1, s1, c.x0, c.x1)
                    and any(ch.isdigit() for ch in c.segs[-1].text)
                ][:1]
            if not hit:
                cells.append(RCell([seg], s0, s1))
                continue
            first = hit[0]
            for other in hit[1:]:  # a segment bridging two cells joins them (cannot tell them apart)
                first.segs += other.segs
                cells.remove(other)
            first.segs.append(seg)
            first.x0, first.x1 = (
                min(first.x0, s0, *(o.x0 for o in hit)),
                max(first.x1, s1, *(o.x1 for o in hit)),
            )
    cells.sort(key=lambda c: c.x0)
    for c in cells:
        c.segs.sort(key=lambda s: (s.line, s.span(wide)[0]))
    return cells
