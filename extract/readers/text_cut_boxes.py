"""A row a page break cut, in a text dump printing a table's cells as boxes apart (``pdf2txt.py``).

Such a dump prints a page's column of cells as a box of its own, one cell a line: a table's narrow last
column (a notes column of one word a cell) after the rows' wider cells, then the page furniture, then
the next page's text. A row the page break cut then prints its wide cell's top as the last line before
that column's box, and the cell's rest after the furniture (under the table's head cells when the page
prints them again). The rest goes on from the cut line where structure proves it: the cut line left open
(a bracket it opens that the rest closes, or a list it ends with a comma: :func:`left_open`), between
them only page furniture (dropped, at least one line), lines of one word each (the narrow column's
cells, at most ``MAX_BOX``) before it and lines printed before (the head's cells again) after it, and
the rest a plain line (no marker of its own, not a lone character, not a caption). The rest joins the cut
line (a space between); the lines between stay where they are. Anything less proves nothing: a count in
a cut line's rest stays apart from the item it belongs to, as printed.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_cut_rows import plain_rest
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.textjoin import left_open

MAX_BOX = 12  # one-word lines (a narrow column's cells on one page) between the cut line and the break
MAX_HEAD = 4  # head cells a page prints again over the rest


def join_cut_boxes(lines: list[TLine], gone: set[int]) -> list[TLine]:
    """``lines`` with the rest of every row a page break cut (see the module) joined to its cut line;
    ``gone``: the indexes of the page furniture already blanked."""
    out = list(lines)
    shown = [k for k, ln in enumerate(out) if not ln.blank]
    for n in range(1, len(shown)):
        a, b = shown[n - 1], shown[n]
        if not any(j in gone for j in range(a + 1, b)):
            continue  # no page break between
        up = _cut_line(out, shown[:n])
        at = _rest_line(out, shown, n)
        if up is None or at is None:
            continue
        upper, lower = out[up], out[at]
        if not left_open(upper.text.strip(), lower.text.strip()) or not plain_rest(lower):
            continue
        out[up] = to_tline(upper.number, upper.page, f"{upper.text.rstrip()} {lower.text.strip()}")
        out[at] = TLine(lower.number, lower.page, "")
    return out


def _cut_line(lines: list[TLine], before: list[int]) -> int | None:
    """The line a row's cut cell closes its page with: the last line before the break past at most
    ``MAX_BOX`` lines of one word each (a narrow column's box)."""
    box = 0
    for k in reversed(before):
        if len(lines[k].text.split()) == 1 and box < MAX_BOX:
            box += 1
            continue
        return k
    return None


def _rest_line(lines: list[TLine], shown: list[int], n: int) -> int | None:
    """The first line after the break at ``shown[n]`` that the text before never printed (the head's cells
    printed again skipped, at most ``MAX_HEAD``)."""
    seen = {" ".join(lines[k].text.split()) for k in shown[:n]}
    for k in shown[n : n + MAX_HEAD + 1]:
        if " ".join(lines[k].text.split()) not in seen:
            return k
    return None
