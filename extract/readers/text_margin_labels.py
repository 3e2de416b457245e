"""Section labels drawn turned in a column's left margin, as ``pdftotext -layout`` prints them: flat, alone
on a line at the column's far left (ending before the column's body starts), at about the vertical middle
of the label's box, followed by the blank lines the turned glyphs stood over. Such a label thus stands amid
its section's first lines, or cuts the section's table in two.

:func:`margin_labels` puts each such label back at the top of its section: it moves up over the lines of
the paragraph it interrupts (up to the blank line above them) when those lines are running text (the
section's opening items), or when they are table rows that its own rows continue below the label (one table
cut in two); the blank lines the label stood over are dropped then. A label with a blank line right above
it, or under the rows of a table that ends there, or under another label, stays where it is.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine

MAX_LABEL = 20  # characters of a margin label, at most
MIN_INSET = 4  # the body starts this many characters right of the label's end, at least


def _margin(lines: list[TLine]) -> int:
    """Where most of the lines start (the smallest such place among ties)."""
    starts = [ln.segs[0].c0 for ln in lines if ln.segs]
    return min(set(starts), key=lambda c: (-starts.count(c), c)) if starts else 0


def _is_label(line: TLine, margin: int) -> bool:
    if len(line.segs) != 1:
        return False
    seg = line.segs[0]
    return seg.c1 + MIN_INSET <= margin and len(seg.text) <= MAX_LABEL


def margin_labels(lines: list[TLine]) -> list[TLine]:
    """``lines`` (one column of one page) with every margin label moved to its section's top."""
    margin = _margin(lines)
    if margin < MIN_INSET + 1:
        return lines
    out = list(lines)
    k = 0
    while k < len(out):
        if not _is_label(out[k], margin):
            k += 1
            continue
        a = k
        while a > 0 and out[a - 1].segs and not _is_label(out[a - 1], margin):
            a -= 1
        q = k
        while q + 1 < len(out) and out[q + 1].blank:
            q += 1
        below = out[q + 1] if q + 1 < len(out) else None
        if a < k and (a == 0 or out[a - 1].blank) and _opens_section(out[a:k], below):
            out = [*out[:a], out[k], *out[a:k], *out[k + 1:]]
            k = a + 1 + (k - a)
        else:
            k += 1
    return out


def _opens_section(above: list[TLine], below: TLine | None) -> bool:
    """The lines between the blank line above and the label read as its section's opening: running text
    (one piece a line), or table rows continued below the label by another row."""
    if all(len(ln.segs) == 1 for ln in above):
        return True
    return any(len(ln.segs) > 1 for ln in above) and below is not None and len(below.segs) > 1
