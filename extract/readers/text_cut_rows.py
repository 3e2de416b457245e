"""Table rows a page break cut, in a text dump printing a row a line (its cells one space apart).

A row the page break cut (HWP: 셀 단위로 나눔 off) prints its cells' tops as the page's last line and
the rest of its cut cell as the first line of the next page (under the running header, and under the
table's head line when the page prints it again): the cells that ended above are empty there, printed
as the spaces a dump leaves for empty cells before the text. Such a line goes on from the row above
the break where structure proves it: the page furniture between them (dropped page numbers and
running lines), at most a head line the dump printed before between them, the line opening with empty
cells (a run of at most ``MAX_EMPTY`` spaces), one run of text (one cell's: a row of cells is none) at or right of where the row above opens, no more empty
cells after it than the row above ends with (else the row's later cells printed above stand between,
at a place a dump does not tell), and no marker opening an item of its own. In a layout dump (cells at
their columns, ``pdftotext -layout``) the line instead opens right of its page's left edge, as far from
it as the row's last cell above the break from its own page's (the dump shifts each page by its widest
line), nothing printed right of that cell. The rest joins the row above (a space between); a head line printed again
there goes with it.
"""

from __future__ import annotations

from pledgecard.extract.markers import BRACKETED_LINE, split_marker
from pledgecard.extract.readers.text_lines import TLine, to_tline

MAX_EMPTY = 8  # leading spaces: a dump prints an empty cell as one space (wide cells as a few)


def join_cut_rows(lines: list[TLine], gone: set[int]) -> list[TLine]:
    """``lines`` with every first line of a page that goes on from the row above the page break (see the
    module) joined to it; ``gone``: the indexes of the page furniture already blanked."""
    out = list(lines)
    shown = [k for k, ln in enumerate(out) if not ln.blank]
    seen: set[str] = set()
    prev = edge = -1  # the row a continued line joins; the last line shown before ``k``
    n = 0
    while n < len(shown):
        k = shown[n]
        text = " ".join(out[k].text.split())
        if prev >= 0 and any(j in gone for j in range(edge + 1, k)):
            head = (
                text in seen and n + 1 < len(shown) and not any(j in gone for j in range(k + 1, shown[n + 1]))
            )
            at = shown[n + 1] if head else k
            if goes_on(out[prev], out[at]) or goes_on_aligned(out, prev, at):
                upper, lower = out[prev], out[at]
                joined = to_tline(
                    upper.number, upper.page, f"{upper.text} {lower.text.strip()}" + " " * lower.trail
                )
                joined.end = lower.number  # the row's paragraph ends on the next page
                out[prev] = joined
                for j in (k, at):
                    out[j] = TLine(out[j].number, out[j].page, "")
                edge = at
                n += 2 if head else 1
                continue
        seen.add(text)
        prev = edge = k
        n += 1
    return out


def goes_on(upper: TLine, lower: TLine) -> bool:
    """Whether ``lower`` (opening a page) prints the rest of the row ``upper`` closes the page before
    with: empty cells first (a few spaces), none left of where ``upper`` opens, no marker of its own."""
    if upper.blank or lower.blank or len(lower.segs) != 1:  # one cell goes on: one run of text
        return False
    if upper.page != lower.page:  # a form feed between: a layout dump's pages (goes_on_aligned reads them)
        return False
    lead = len(lower.text) - len(lower.text.lstrip(" "))
    if not 0 < lead <= MAX_EMPTY or upper.indent() > lower.indent():
        return False
    if lower.trail > upper.trail:  # cells after the continued one printed above: where it went on is unproven
        return False
    return plain_rest(lower)


NEAR = (
    3  # display columns: a layout dump shifts a page's text by its widest line, cells stay near their place
)
WINDOW = 12  # lines either side of the break read for the page's left edge


def _left_edge(lines: list[TLine], idx: list[int]) -> int | None:
    shown = [lines[k].indent() for k in idx if not lines[k].blank]
    return min(shown) if shown else None


def goes_on_aligned(lines: list[TLine], prev: int, at: int) -> bool:
    """Whether line ``at`` (opening a page of a layout dump: cells at their columns) prints the rest of the
    row's last cell on line ``prev`` (closing the page before): it opens right of its page's left edge (an
    empty cell first, more spaces than a one-space dump prints), as far from that edge as the last cell of
    ``prev`` is from its own page's (nothing printed right of it), with no marker of its own."""
    upper, lower = lines[prev], lines[at]
    lead = len(lower.text) - len(lower.text.lstrip(" "))
    if upper.blank or lower.blank or len(lower.segs) != 1 or lead <= MAX_EMPTY or upper.page == lower.page:
        return False
    after = [k for k in range(at + 1, min(len(lines), at + 4 * WINDOW)) if lines[k].page == lower.page][
        : WINDOW * 2
    ]
    before = [k for k in range(max(0, prev - 4 * WINDOW), prev) if lines[k].page == upper.page][-WINDOW * 2 :]
    right, left = _left_edge(lines, after), _left_edge(lines, [*before, prev])
    if right is None or left is None or lower.indent() <= right:
        return False
    last = upper.segs[-1]
    if last.x0 - left <= NEAR or abs((last.x0 - left) - (lower.indent() - right)) > NEAR:
        return False  # (the cut cell has empty cells before it: no line opening at the page's edge)
    return plain_rest(lower)


def plain_rest(lower: TLine) -> bool:
    """Whether a line can be a cut cell's rest: no marker opening it (a bulleted line is an item of its own,
    a line of a dump however it was cut), more than a lone character (a page's numeral), not wholly in
    brackets (a caption: ``(계속)``)."""
    text = lower.text.strip()
    return split_marker(text)[0] is None and len(text) >= 2 and not BRACKETED_LINE.match(text)
