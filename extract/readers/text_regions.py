"""Label-left bodies of layout dumps (a card whose body is one ``label | content`` table, dumped by
``pdftotext -layout``): which lines are labels, which content, and which label owns each line.

On each page the content column is where the content cell's lines start: the column where the
most one-segment lines start (two or more, four or more characters in) with mostly labels left
of it; a page with too few lines of its own takes a neighbour page's. A **label line** has
something left of that column: a short label (``가. 사업개요``, ``■ 재원 투자``, ``【 사업개요 】``,
``◎ 1. 사업개요``), alone or followed by content - cells of a table row right of the column
(measured without the label's wide characters), or text the converter glued to the label one
space apart (``가. 사업개요 · 주요내용``: split at the bullet or numbering). A label wrapped in
its cell continues on a label line just below (``■ 재원 투자`` / ``계획``). Every other line of a
region starts at the content column or right of it. A region runs over a page break when its
part ends the page and the next page's lines fit (a page without labels in between, or at the
end: the content of the last label goes on); it ends at the next card's title.

A label is centred vertically in its cell, so the content lines between two labels are cut where
the cells come out best centred on their labels, preferring blank gaps (padding at the border)
and never between two rows of cells one blank line apart (inside a table). A cell whose label is
far from the middle of its lines is no cell: the region is then left to the other readers. On a
page that a cell entered from the page before, the lines above the first label's cell are that
cell's; a page may end with the top of a cell whose label is on the next page.

What a label line is: :mod:`.text_region_labels`; which label owns each content line: :mod:`.text_region_cuts`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine, is_page_number
from pledgecard.extract.readers.text_region_cuts import owners
from pledgecard.extract.readers.text_region_labels import BULLETS, LabelLine, label_line, label_shaped, opens

__all__ = ["BULLETS", "LabelCell", "LabelLine", "Region", "find", "label_line", "label_shaped", "opens"]

MIN_COL = 4  # characters: a content column is indented at least this far


@dataclass(slots=True)
class LabelCell:
    """One label (its segments top to bottom) with its content lines (content segments only)."""

    label: list[Seg]
    lines: list[TLine] = field(default_factory=list)


@dataclass(slots=True)
class Region:
    first: int  # line indexes, inclusive
    last: int
    cells: list[LabelCell]
    col: int  # the content column its content lines are measured from


def _column(lines: list[TLine], idx: list[int]) -> int | None:
    """The content column of a page: the column where the most one-segment lines start (two or
    more) such that the lines left of it are mostly labels (a page of content only starts at its
    left margin: it has none)."""
    counts = Counter(
        lines[i].segs[0].c0 for i in idx if len(lines[i].segs) == 1 and lines[i].segs[0].c0 >= MIN_COL
    )
    for col in sorted((c for c, n in counts.items() if n >= 2), key=lambda c: (-counts[c], c)):
        if _labels_left(lines, idx, col, own=True):
            return col
    return None


def _labels_left(lines: list[TLine], idx: list[int], col: int, own: bool = False) -> bool:
    """Whether the lines of a page starting left of ``col`` are mostly labels (and some are).
    Of a page's ``own`` column (two or more lines start there) on the page a card starts (its
    title above the column's first line) with a label that opens a cell (numbered or marked:
    ``<1> 사업개요``, ``● 공약 개요``) beside or below that first line, the lines above it are not
    counted: a label sits beside its cell's lines, so the card's header printed under its title
    (as a table or as paragraphs) is no cell of the column."""
    bullets = _content_bullets(lines, idx, lambda _: col)
    left = [i for i in idx if lines[i].segs[0].c0 < col - 1]
    top = (
        next((i for i in idx if len(lines[i].segs) == 1 and abs(lines[i].segs[0].c0 - col) <= 1), None)
        if own
        else None
    )
    if (
        top is not None
        and any(is_title(lines[i].text) for i in idx if i < top)
        and any(
            (lab := label_line(lines[i], col, bullets)) is not None and opens(lab.label.text)
            for i in left
            if i >= top
        )
    ):
        left = [i for i in left if i >= top]
    labels = sum(1 for i in left if label_line(lines[i], col, bullets) is not None)
    return bool(labels) and labels >= len(left) - labels


def _content_bullets(
    lines: list[TLine], idx: list[int], col_of: Callable[[int], int | None]
) -> frozenset[str]:
    """The glyphs the content lines use as their bullets: those opening a line at the content
    column (a glyph the content uses there marks items, not labels, left of it too)."""
    out = set()
    for i in idx:
        col = col_of(i)
        if col is not None and len(lines[i].segs) == 1 and abs(lines[i].segs[0].c0 - col) <= 1:
            marker = split_marker(lines[i].segs[0].text)[0]
            if marker is not None:
                out.add(marker)
    return frozenset(out)


def _label_glyphs(
    lines: list[TLine], idx: list[int], col_of: Callable[[int], int | None], bullets: frozenset[str]
) -> frozenset[str]:
    """The bullet glyphs that open labels naming a section left of the content column (``◆ 사업개요``,
    ``◆ 추진실적``), two of them at least: the document marks its labels so, and its other labels
    with that glyph may wrap before their words name a section (``◆ 군민 소통`` / ``실적``)."""
    seen: Counter[str] = Counter()
    for i in idx:
        col = col_of(i)
        if col is None or not lines[i].segs or lines[i].segs[0].c0 >= col - 1:
            continue
        lab = label_line(lines[i], col, bullets)
        marker = split_marker(lab.label.text)[0] if lab is not None else None
        if marker is not None and marker in BULLETS:
            seen[marker] += 1
    return frozenset(m for m, n in seen.items() if n >= 2)


def _fits(
    line: TLine, col: int | None, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()
) -> bool:
    """A blank line, a label line, or content: from the column on (a bullet item may start a
    little left of it, as ``pdftotext`` places a line after a glued label)."""
    if line.blank:
        return True
    if col is None or line.segs[0].c0 >= col - 1 or label_line(line, col, bullets, glyphs) is not None:
        return True
    marker, _ = split_marker(line.segs[0].text)
    if line.segs[0].c0 < col - 3:
        return False
    if marker is not None and marker in bullets:
        return True  # an item opened by the content's own bullet (``⦁ 주요내용``, a label's shape)
    return len(line.segs) == 1 and not label_shaped(line.segs[0].text, bullets, glyphs)


def _starts(
    line: TLine, col: int, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()
) -> bool:
    """A line a region may start at: content at the column, or a label opening a cell whose
    content is a bullet item (header lines ``추진부서  관광진흥과`` above are not the body)."""
    if len(line.segs) == 1 and abs(line.segs[0].c0 - col) <= 1:
        marker, rest = split_marker(line.segs[0].text)
        if marker is not None and rest:  # (a glyph alone is no item: a cell's wrapped dash, ``-``, above)
            return True
    lab = label_line(line, col, bullets, glyphs)
    return (
        lab is not None
        and opens(lab.label.text)
        and bool(lab.content)
        and split_marker(lab.content[0].text)[0] is not None
    )


def _heads_start(
    lines: list[TLine],
    k: int,
    col: int,
    bullets: frozenset[str] = frozenset(),
    glyphs: frozenset[str] = frozenset(),
) -> bool:
    """A label naming a section alone on its line under a blank line (a gutter of syllables read as one,
    :mod:`.text_syllable_gutter`, puts it so where its cell begins) right over a line a region starts at, on the
    same page: the region starts at the label, whose cell it is (the region began under it before, its label left
    out and its lines given to the next label's cell: sanha-county 13 -layout's 사업개요)."""
    if k > 0 and not lines[k - 1].blank:
        return (
            False  # content right above: a label centred on its cell (sup-district's 사업개요), no cell's top
        )
    lab = label_line(lines[k], col, bullets, glyphs)
    if lab is None or lab.content or section_of(lab.label.text) is None:
        return False
    j = next((i for i in range(k + 1, len(lines)) if not lines[i].blank), None)
    return j is not None and lines[j].page == lines[k].page and _starts(lines[j], col, bullets, glyphs)


def find(lines: list[TLine]) -> list[Region]:
    """The label-left regions of a dump, in order."""
    pages: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        if not ln.blank:
            pages.setdefault(ln.page, []).append(k)
    cols = {p: _column(lines, idx) for p, idx in pages.items()}
    order = sorted(pages)
    for n, p in enumerate(order):  # a page with few content lines of its own: its neighbours' column
        if cols[p] is None:
            near = [cols[q] for q in order[max(0, n - 1) : n + 2] if q != p and cols[q] is not None]
            cols[p] = next((c for c in near if _labels_left(lines, pages[p], c)), None)
    bullets = _content_bullets(
        lines, [k for idx in pages.values() for k in idx], lambda k: cols.get(lines[k].page)
    )
    glyphs = _label_glyphs(
        lines, [k for idx in pages.values() for k in idx], lambda k: cols.get(lines[k].page), bullets
    )
    regions: list[Region] = []
    k = 0
    while k < len(lines):
        col = cols.get(lines[k].page)
        if (
            col is None
            or lines[k].blank
            or not (_starts(lines[k], col, bullets, glyphs) or _heads_start(lines, k, col, bullets, glyphs))
        ):
            k += 1
            continue
        end = _extend(lines, k, pages, cols, order, bullets, glyphs)
        region = _build(lines, k, end, cols, pages, bullets, glyphs)
        if region is not None:
            regions.append(region)
        k = end + 1  # (no later start inside a run that is no region: linear time, no part taken for a whole)
    return regions


def _extend(
    lines: list[TLine],
    k: int,
    pages: dict[int, list[int]],
    cols: dict[int, int | None],
    order: list[int],
    bullets: frozenset[str] = frozenset(),
    glyphs: frozenset[str] = frozenset(),
) -> int:
    """The last line index of the region starting at k."""
    end = k
    j = k
    while j < len(lines):
        ln = lines[j]
        col = cols.get(ln.page)
        if ln.page != lines[end].page and not ln.blank:
            # a new page: go on only if the region ended the page before
            if pages[lines[end].page][-1] != end:
                break
            if col is None:  # a page of content only: on if the page after it goes on the region
                nxt = [p for p in order if p > ln.page]  # (the last page: the last cell's end)
                if nxt and (
                    cols.get(nxt[0]) is None
                    or not _fits(lines[pages[nxt[0]][0]], cols[nxt[0]], bullets, glyphs)
                ):
                    break
                if any(_card_starts(lines, i) for i in pages[ln.page]):
                    break
                end = pages[ln.page][-1]
                j = end + 1
                continue
        if not _fits(ln, col, bullets, glyphs) or _card_starts(lines, j, col):
            break
        if not ln.blank:
            end = j
        j += 1
    return end


def _card_starts(lines: list[TLine], j: int, col: int | None = None) -> bool:
    """A card title followed by header lines (``공약명 …``): the next card, not a running header. Of the three
    printed lines under the title two hold header labels, or one opens left of the content column ``col`` with a
    header label and holds another (a header table's row, ``관리번호  5-5-11  공약명``, the title's value wrapped in
    its cell around it: hansol-district 104002's body-table dump, whose second card ran into the first card's
    region; a row of a table's heads at the column, ``세부사업  목표  …  추진상황``, is the body's)."""
    if lines[j].blank or not is_title(lines[j].text):
        return False
    after = [ln for ln in lines[j + 1 : j + 8] if not ln.blank][:3]
    found = [find_labels(ln.text.strip()) for ln in after]
    return sum(1 for f in found if f) >= 2 or any(
        len(f) >= 2 and f[0][1] == 0 and col is not None and ln.segs[0].c0 < col - 1
        for f, ln in zip(found, after, strict=True)
    )


def _build(
    lines: list[TLine],
    a: int,
    b: int,
    cols: dict[int, int | None],
    pages: dict[int, list[int]],
    bullets: frozenset[str] = frozenset(),
    glyphs: frozenset[str] = frozenset(),
) -> Region | None:
    """Labels and their content lines of lines a..b, or None if this is no label-left region."""
    labels: list[tuple[int, int, list[Seg]]] = []  # first, last line index, segments
    content: dict[int, list[Seg]] = {}
    for k in range(a, b + 1):
        ln = lines[k]
        if ln.blank or is_page_number(ln):  # (a page number belongs to no cell)
            continue
        col = cols.get(ln.page)
        lab = label_line(ln, col, bullets, glyphs) if col is not None else None
        if lab is None:
            content[k] = ln.segs
            continue
        if lab.content:
            content[k] = lab.content
        prev = labels[-1] if labels else None
        if (
            prev is not None
            and not opens(lab.label.text)
            and lines[prev[1]].page == ln.page
            and (
                _completes(prev[2], lab.label)
                or (
                    ln.number - lines[prev[1]].number <= (3 if opens(prev[2][0].text) else 2)
                    and (opens(prev[2][0].text) or not any(lines[i].blank for i in range(prev[1] + 1, k)))
                )
            )
        ):
            labels[-1] = (prev[0], k, [*prev[2], lab.label])
        else:
            labels.append((k, k, [lab.label]))
    pure = sum(
        1
        for k, segs in content.items()
        if len(segs) == 1
        and len(lines[k].segs) == 1
        and cols.get(lines[k].page) is not None
        and abs(segs[0].c0 - (cols[lines[k].page] or 0)) <= 1
    )
    if len(labels) < 2 or pure < 2:
        return None
    owner = owners(lines, labels, content)
    if owner is None:
        return None
    cells = [LabelCell(segs) for _, _, segs in labels]
    base = next(cols[lines[k].page] for k in content if cols.get(lines[k].page) is not None) or 0
    for k in sorted(content):
        col = cols.get(lines[k].page)
        shift = base - (col if col is not None else min(lines[i].segs[0].c0 for i in pages[lines[k].page]))
        body = cells[owner[k]].lines
        last = body[-1] if body else None
        if last is not None:
            # blank lines, and lines of labels alone, stand as blank lines between content lines; a label's
            # lines alone with no blank line between the content lines around them are left out (a label's
            # wrapped piece, ``적】``, between a table head's two lines: no gap inside the head)
            gap = lines[_index(lines, last) + 1 : k]
            tight = not any(ln.blank for ln in gap) and _inside_table(last, content[k], col)
            body += [
                TLine(ln.number, ln.page, "", trail=ln.trail if ln.blank else 0) for ln in gap if not tight
            ]
        body.append(
            TLine(lines[k].number, lines[k].page, lines[k].text, [_moved(s, shift) for s in content[k]])
        )
    empty = [n for n, c in enumerate(cells) if not c.lines]
    if empty and len(empty) < len(cells) - 1 and empty == list(range(len(cells) - len(empty), len(cells))):
        # labels closing the run with no content (a divider page's titles after the last cell): the
        # region ends before them
        b = max(k for k in content if owner[k] < empty[0])
        cells = cells[: empty[0]]
    if len(cells) < 2 or any(not c.lines for c in cells):
        return None
    return Region(a, b, cells, base)


def _inside_table(last: TLine, segs: list[Seg], col: int | None) -> bool:
    """Whether a cell's last line and its next content line are two lines of one table head set inside the cell:
    both open right of the content column (prose opens at the column) and the next one holds no figure (a head
    over its first row of figures keeps the blank line a label's line alone gives it: 구민소통 추진실적's
    ``회등`` / ``추진실적 】`` / ``70회 - 2 2 66 -``)."""
    return (
        col is not None
        and bool(last.segs)
        and bool(segs)
        and min(last.segs[0].c0, segs[0].c0) > col + 1
        and not any(ch.isdigit() for s in segs for ch in s.text)
    )


def _completes(label: list[Seg], piece: Seg) -> bool:
    """Whether ``piece`` is the wrapped rest of ``label`` however far below it (a tall cell
    spreads its label's lines): the label names no section without it and does with it
    (``<2> 연도별`` / ``재원 투자계`` / ``획``)."""
    text = " ".join(s.text for s in label)
    return section_of(text) is None and section_of(f"{text} {piece.text}") is not None


def _index(lines: list[TLine], ln: TLine) -> int:
    lo = 0
    hi = len(lines)
    while lo < hi:  # lines are in order of their numbers (a form feed may share a number)
        mid = (lo + hi) // 2
        if lines[mid].number < ln.number:
            lo = mid + 1
        else:
            hi = mid
    while lo + 1 < len(lines) and lines[lo].number == ln.number and lines[lo].page != ln.page:
        lo += 1
    return lo


def _moved(seg: Seg, shift: int) -> Seg:
    if not shift:
        return seg
    return Seg(seg.text, seg.x0 + shift, seg.x1 + shift, seg.c0 + shift, seg.c1 + shift, seg.line)
