"""Vertical labels in a layout dump: a gutter of single syllables left of the sections' content.

A body table whose section labels an HWP author set one syllable a line in a narrow left column
prints, in a layout-preserving dump (``pdftotext -layout``), each syllable at the page's left
edge on a line of its own or before a content line (``추   · 인력양성``), the section's content
indented right of them, the label centred on its cell's height::

        - 사업기간 : 23.1.~28.2.
    사
        - 총사업비 : 3,954,500천원(...)
    업

:func:`gutter_labels` reads such a gutter: the lines whose first segment is one Hangul syllable at
the gutter's column, a gap after it; their syllables in order, taken greedily into the longest runs
the vocabulary knows as section labels (a label cut by a page break included); two labels or more,
or nothing is done. Each syllable is blanked where it stands (the content keeps its columns) and
the label is put on a line of its own (blank lines around it) where its cell begins: cells are stacked without gaps and a
label is centred on its cell, so the first cell begins where the content before the first syllable
begins (the indented lines above it, up to a blank line or a line at the gutter's column), and each
next cell one line after the one before ends (its label's first and last lines as far from its top
as from its bottom), kept after the label before and not after its own first syllable, and past
the rows of figures a table of the cell before goes on with (a cell no label is centred on: one a
page break cut). A cell a page break cut has its label centred on the part before the break: its rest atop
the next page is no part of the next cell, which begins (:func:`_after_cut_rest`) at the first run of content
lines on that page that goes on with no table of figures above it and whose mirror about its label (the cell's
bottom) ends a run of content lines above the next label and cuts no table's rows.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure, to_tline
from pledgecard.normalize.text import is_syllable

_MIN_LABELS = 2


def _mark(line: TLine) -> tuple[int, str] | None:
    """The gutter syllable a line opens with (its display column and the syllable), or None: a first
    segment of one Hangul syllable with a gap after it (two spaces or more, or nothing)."""
    if not line.segs:
        return None
    first = line.segs[0]
    text = first.text
    if is_syllable(text):
        return first.x0, text
    return None


def _labels(marks: list[tuple[int, str]]) -> list[list[int]] | None:
    """The marks (line index, syllable) grouped into section labels, the longest known run first at
    every step; None when a mark belongs to no known label."""
    out: list[list[int]] = []
    i = 0
    while i < len(marks):
        best = next(
            (
                j
                for j in range(len(marks), i + 1, -1)
                if section_of("".join(s for _, s in marks[i:j])) is not None
            ),
            None,
        )
        if best is None:
            return None
        out.append([k for k, _ in marks[i:best]])
        i = best
    return out


def _first_top(lines: list[TLine], p: int, col: int) -> int:
    """Where the first cell begins: the indented content lines right above its first syllable."""
    top = p
    k = p - 1
    while k >= 0 and lines[k].segs and lines[k].segs[0].x0 > col + 1:
        top = k
        k -= 1
    return top


def _figures(segs: list[Seg]) -> bool:
    """A row of a table of figures: two segments or more, one of them a figure."""
    return len(segs) >= 2 and any(is_figure(seg.text) for seg in segs[1:])


def _past_rows(content: list[list[Seg]], top: int, last: int) -> int:
    """``top`` moved past the rows of figures that go on from a row of figures above it (up to the
    label's last syllable; ``content``: each line's segments but its gutter syllable): a table's rows
    stay in one cell."""
    above = next((k for k in range(top - 1, -1, -1) if content[k]), None)
    if above is None or not _figures(content[above]):
        return top
    k = top
    while k <= last and (not content[k] or _figures(content[k])):
        k += 1
    return k


def _cuts_rows(content: list[list[Seg]], bottom: int) -> bool:
    """A cell ending at line ``bottom`` would cut a table: that line a row of figures (or its head of years) with
    another row of figures the next printed line under it."""
    if not 0 <= bottom < len(content) or not _figures(content[bottom]):
        return False
    below = next((k for k in range(bottom + 1, len(content)) if content[k]), None)
    return below is not None and _figures(content[below])


def _ends_run(content: list[list[Seg]], bottom: int) -> bool:
    """A cell can end at line ``bottom``: a run of content lines ends there or a line either side of it (a label
    centred to a line's rounding), a blank line or the end under it."""
    return any(
        0 <= e < len(content) and content[e] and (e + 1 >= len(content) or not content[e + 1])
        for e in (bottom - 1, bottom, bottom + 1)
    )


def _after_cut_rest(
    lines: list[TLine],
    content: list[list[Seg]],
    group: list[int],
    top: int,
    before: list[int],
    after: int | None,
) -> int | None:
    """Where the cell of the label at ``group`` begins when the cell before (its label's syllables ``before``)
    was cut by a page break (``top``, where that cell's mirror ends it, lying before the label's page): the first
    run of content lines on the label's page (a blank line or the page's start above it), no row of figures going
    on from one above it, whose mirror about the label ends it where a run of content ends (:func:`_ends_run`), above the next
    label (its first syllable ``after``), without cutting a table's rows. None when the cell before was not cut or no run fits."""
    page = lines[group[0]].page
    if lines[before[-1]].page >= page:
        return None
    start = next(k for k in range(len(lines)) if lines[k].page == page)
    if top > start:
        return None
    for t in range(start, group[0] + 1):
        if not content[t] or (t > start and content[t - 1]):
            continue
        above = next((k for k in range(t - 1, -1, -1) if content[k]), None)
        if above is not None and _figures(content[above]) and _figures(content[t]):
            continue  # a table's rows going on from the page before
        bottom = group[0] + group[-1] - t
        if t == start and _page_bottom(lines, content, bottom):
            return None  # the label centred on its page from the top: its cell begins there, cut by the next break
        if (
            (after is None or bottom < after)
            and _ends_run(content, bottom)
            and not _cuts_rows(content, bottom)
        ):
            return t
    return None


def _page_bottom(lines: list[TLine], content: list[list[Seg]], bottom: int) -> bool:
    """Line ``bottom`` (or a line either side of it: a label centred to a line's rounding) is the last content line
    of its page, a later page's line under it: a cell ending there is cut by the page break.

    Class of card fixed (session 36, mendc; review c finding 4): a section ending at its page's bottom, the next
    cell starting at the next page's top and itself cut by the break after it: its mirror has no blank line under
    it, so a later paragraph was taken for its start and everything above it given to the section before
    (sanha-county 59001 layout, its achievements' first paragraph read into 사업개요: 0.957 -> 0.914)."""
    for e in (bottom - 1, bottom, bottom + 1):
        if not 0 <= e < len(content) or not content[e]:
            continue
        nxt = next((k for k in range(e + 1, len(content)) if content[k]), None)
        if nxt is not None and lines[nxt].page > lines[e].page:
            return True
    return False


def _rows_apart(content: list[list[Seg]], marked: set[int]) -> set[int]:
    """The lines to put a blank line above: a row of figures right under another row of figures, a gutter
    syllable printed on both. A layout dump sets each line by its text's height; a syllable of the gutter
    beside a row, set a little lower or higher than the row's text, stretches the row's line towards the next
    one and the blank line a table's rows had between them is lost (sanha-county 19 -layout: its goal rows
    ``실적`` / ``목표`` of two projects run together, the table left unread). Two rows of figures are two
    rows (a figure does not wrap), so a blank line between them parts nothing a row holds."""
    return {
        k
        for k in range(1, len(content))
        if k in marked and k - 1 in marked and _figures(content[k - 1]) and _figures(content[k])
    }


def gutter_labels(lines: list[TLine]) -> list[TLine]:
    """``lines`` with a gutter of vertical labels read (see the module's docstring), or as they are."""
    found = [(k, m) for k, ln in enumerate(lines) if (m := _mark(ln)) is not None]
    if len(found) < 2 * _MIN_LABELS:
        return lines
    col = min(x for _, (x, _) in found)
    marks = [(k, s) for k, (x, s) in found if x == col]
    groups = _labels(marks)
    if groups is None or len(groups) < _MIN_LABELS:
        return lines
    # every content line between the first and the last mark right of the gutter (none at its column)
    first, last = groups[0][0], groups[-1][-1]
    if any(ln.segs and ln.segs[0].x0 <= col + 1 and _mark(ln) is None for ln in lines[first : last + 1]):
        return lines
    texts = [ln.text for ln in lines]
    marked = {k for group in groups for k in group}
    content = [ln.segs[1:] if k in marked else ln.segs for k, ln in enumerate(lines)]
    for group in groups:
        for k in group:
            seg = lines[k].segs[0]
            texts[k] = texts[k][: seg.c0] + " " * (seg.c1 - seg.c0) + texts[k][seg.c1 :]
    tops: list[int] = []
    top = _first_top(lines, groups[0][0], col)
    for n, group in enumerate(groups):
        if n:
            end = groups[n - 1][0] + groups[n - 1][-1] - tops[-1]  # the cell before, centred on its label
            top = min(max(end + 1, groups[n - 1][-1] + 1), group[0])
            nxt = groups[n + 1][0] if n + 1 < len(groups) else None
            cut = _after_cut_rest(lines, content, group, top, groups[n - 1], nxt)
            top = cut if cut is not None else _past_rows(content, top, group[-1])
        tops.append(top)
    labels = {
        top: "".join(lines[k].segs[0].text for k in group) for top, group in zip(tops, groups, strict=True)
    }
    apart = _rows_apart(content, marked)
    out: list[TLine] = []
    for k, ln in enumerate(lines):
        if k in apart:  # two table rows the gutter's syllables pulled together: the blank line between
            out.append(to_tline(ln.number, ln.page, ""))
        if k in labels:  # a line of its own, blank lines around it: no row of a table beside it
            out += [
                to_tline(ln.number, ln.page, ""),
                to_tline(ln.number, ln.page, " " * col + labels[k]),
                to_tline(ln.number, ln.page, ""),
            ]
        out.append(to_tline(ln.number, ln.page, texts[k]) if texts[k] != ln.text else ln)
    return out
