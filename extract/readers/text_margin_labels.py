"""Section labels drawn turned in a page's left margin, as ``pdftotext -layout`` prints them: flat, alone on a
line at the far left (ending before the body's margin), at about the vertical middle of the label's box,
followed by blank lines (the height the turned glyphs took). Where such a label falls between two rows of a
table, it cuts the table in two: :func:`labels_out_of_tables` puts it above the table, so the table's rows
read on (its blank lines stay where they were: the converter set the rows below them that much lower, and
cells centred on their rows are placed by their lines' numbers).

Only in a dump whose far-left lines are all such lone labels, on every page (a label-left body prints label
pieces beside their content, on the content's lines; its regions are read by their labels' places, see
``text_regions``). A label with no blank line under it (it does not open its page: the page break cut its box)
is a table's row label centred beside the rows it names, not a turned one; so are two labels or more amid one
table's rows (a label column: a turned section label cuts one table once). A label printed over its box's
lines (a line of the box right under it, blank lines above) at about the box's middle goes to the box's top, the
blank lines above it closed up to one (the rows its turned glyphs took: a cell wrapped around a row across them).
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_lines import Seg, TLine

MAX_LABEL = 20  # characters of a margin label, at most
MIN_INSET = 4  # a far-left line starts this many characters left of the body's margin, at least
GLYPH_ROWS = 3  # blank lines a label's turned glyphs leave above or below it, at least


def most_common_start(starts: list[int]) -> int:
    """Where most pieces start (the smallest such place among ties); 0 for none."""
    return min(set(starts), key=lambda c: (-starts.count(c), c)) if starts else 0


def body_margin(lines: list[TLine]) -> int:
    """Where most of the body's lines start: lines of two pieces or more, or of one longer than a label."""
    return most_common_start(
        [ln.segs[0].c0 for ln in lines if len(ln.segs) >= 2 or (ln.segs and len(ln.segs[0].text) > MAX_LABEL)]
    )


def lone_label(line: TLine, margin: int) -> bool:
    """A line of one short piece ending left of the body's margin: a label set in the margin."""
    return len(line.segs) == 1 and line.segs[0].c1 < margin and len(line.segs[0].text) <= MAX_LABEL


def _overlaps(a: Seg, b: Seg) -> bool:
    return overlaps(a.c0, a.c1, b.c0, b.c1)


def _in_table(lines: list[TLine], k: int) -> bool:
    """Line ``k`` a row of a table or a wrapped cell's line: two cells or more, or one, no bullet item, lying
    over a cell of a line of two cells or more right above or below it."""
    line = lines[k]
    if len(line.segs) >= 2:
        return True
    if len(line.segs) != 1 or split_marker(line.segs[0].text)[0] is not None:  # a bullet item: no cell's line
        return False
    near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines) and len(lines[j].segs) >= 2]
    return any(_overlaps(line.segs[0], s) for ln in near for s in ln.segs)


def labels_out_of_tables(lines: list[TLine]) -> list[TLine]:
    """``lines`` with each margin label that stands between two table rows moved above its table; a label
    opening a page above table rows, the page before ending with a table's rows (a table the page break
    cut), goes above that table."""
    margins: dict[int, int] = {}
    for page in dict.fromkeys(ln.page for ln in lines):
        on = [ln for ln in lines if ln.page == page]
        margin = body_margin(on)
        far = [ln for ln in on if ln.segs and ln.segs[0].c0 + MIN_INSET <= margin]
        if far and not all(lone_label(ln, margin) for ln in far):
            return lines  # a label printed beside content: a label-left body, read by its labels' places
        if margin > MIN_INSET and far:
            margins[page] = margin
    labels = [
        ln for ln in lines if ln.page in margins and ln.segs and ln.segs[0].c0 + MIN_INSET <= margins[ln.page]
    ]
    out = list(lines)
    for label in labels:
        k = next(i for i, ln in enumerate(out) if ln is label)
        above = next((j for j in range(k - 1, -1, -1) if out[j].segs), None)
        q = k
        while q + 1 < len(out) and out[q + 1].blank and out[q + 1].page == label.page:
            q += 1
        if (
            above is None
            or q + 1 >= len(out)
            or out[q + 1].page != label.page
            or not _in_table(out, above)
            or not _in_table(out, q + 1)
        ):
            # under it the rows its turned glyphs took, amid a table's cell wrapped around its row (a wrapped cell's
            # line right above it, a row of the table under those rows)
            under = (
                q - k >= GLYPH_ROWS
                and above == k - 1
                and q + 1 < len(out)
                and out[q + 1].page == label.page
                and _in_table(out, q + 1)
                and _wrapped_line(out, above)
            )
            top = _box_top(out, k, margins[label.page]) if (q == k and not out[k - 1].segs) or under else None
            if top is not None and under:
                out = [
                    *out[:top],
                    label,
                    *out[top:k],
                    *out[q + 1 :],
                ]  # those rows closed up: the cell's lines rejoin
            elif top is not None:
                a = k  # the blank lines above it (the rows its turned glyphs took) closed up to one
                while a - 2 > top and out[a - 1].blank and out[a - 2].blank:
                    a -= 1
                out = [*out[:top], label, *out[top:a], *out[k + 1 :]]
            continue
        if (q == k and out[above].page == label.page and not _glyphs_above(out, k)) or _label_column(
            out, k, margins[label.page]
        ):
            continue  # a row label centred beside its rows (no height of turned glyphs by it), or a column of them
        top = _table_top(out, above, margins.get(out[above].page, 0))
        a = k  # glyphs above it: their blank rows go with it (no rows of the table)
        while q == k and a - 1 > above and out[a - 1].blank:
            a -= 1
        out = [
            *out[:top],
            replace(label, page=out[top].page),
            *out[top:a],
            *out[k + 1 :],
        ]  # (on the table's page)
    return out


def _wrapped_line(out: list[TLine], k: int) -> bool:
    """Line ``k`` a wrapped cell's line under its row: one piece, no bullet item, lying under a cell of the
    nearest printed line above it on its page (one blank line apart at most), a row of two cells or more."""
    line = out[k]
    if len(line.segs) != 1 or split_marker(line.segs[0].text)[0] is not None:
        return False
    row = next((out[j] for j in (k - 1, k - 2) if j >= 0 and out[j].segs), None)
    return (
        row is not None
        and row.page == line.page
        and len(row.segs) >= 2
        and any(_overlaps(line.segs[0], s) for s in row.segs)
    )


def _glyphs_above(out: list[TLine], k: int) -> bool:
    """The margin label at line ``k`` printed under the height of its turned glyphs: ``GLYPH_ROWS`` blank lines
    or more right above it on its page (no row label centred between rows: as far from the rows above as from
    those below). What lies under it is not looked at."""
    j = k - 1
    while j >= 0 and out[j].blank and out[j].page == out[k].page:
        j -= 1
    return k - 1 - j >= GLYPH_ROWS


def _box_top(out: list[TLine], k: int, margin: int) -> int | None:
    """Where the box of the margin label at line ``k`` starts, when the label is printed over its box's lines
    (a line of the box right under it, blank lines above it: no row label centred between rows) at about the
    box's middle: the box runs from the page's first printed line (after the rows of a table the page break cut,
    the box before's) down to the last line before the next margin label or the page's end. None when no margin
    label stands above it on its page, the label is not about that span's middle (a quarter of it off at most)."""
    page = out[k].page

    def far(j: int) -> bool:
        return bool(out[j].segs) and out[j].segs[0].c0 + MIN_INSET <= margin

    bottom = next((j for j in range(k + 1, len(out)) if out[j].page != page or far(j)), len(out)) - 1
    while bottom > k and not out[bottom].segs:
        bottom -= 1
    first = next((j for j in range(k - 1, -1, -1) if out[j].page != page or far(j)), -1) + 1
    if bottom == k or (first > 0 and out[first - 1].page == page):
        return None  # the label ends its box, or another margin label stands above it on its page
    before = next((j for j in range(first - 1, -1, -1) if out[j].segs), None)
    top = first
    if before is not None and _in_table(out, before):  # the page opens with the rows of the table it cut
        while top < k and (not out[top].segs or _in_table(out, top)):
            top += 1
    while top < k and not out[top].segs:
        top += 1
    if top >= k or abs((top + bottom) / 2 - k) > (bottom - top) / 4:
        return None
    return top


def _label_column(out: list[TLine], k: int, margin: int) -> bool:
    """The lone label at line ``k`` one of two or more amid the rows of one table: up and down over the table's
    lines, lone labels and single blank lines between them (on its page), another lone label with the table's
    lines on both sides."""
    page = out[k].page

    def step(j: int, d: int) -> int | None:
        """The next line of the table from ``j`` in direction ``d``, over one blank line; None past its end."""
        for n in (j + d, j + 2 * d):
            if not 0 <= n < len(out) or out[n].page != page:
                return None
            if out[n].segs:
                return n if lone_label(out[n], margin) or _in_table(out, n) else None
        return None

    for d in (-1, 1):
        j = step(k, d)
        while j is not None:
            if lone_label(out[j], margin) and step(j, -1) is not None and step(j, 1) is not None:
                return True  # (amid the rows: a label under the table's last row ends it, no row label)
            j = step(j, d)
    return False


def _table_top(out: list[TLine], k: int, margin: int) -> int:
    """The first line of the table line ``k`` is in: up over its lines and the single blank lines between
    its rows, on its page."""

    def row(j: int) -> bool:
        return (
            out[j].page == out[k].page
            and bool(out[j].segs)
            and _in_table(out, j)
            and not lone_label(out[j], margin)
        )

    top = k
    while True:
        if top >= 1 and row(top - 1):
            top -= 1
        elif top >= 2 and out[top - 1].blank and row(top - 2):
            top -= 2
        else:
            return top
