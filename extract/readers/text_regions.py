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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pledgecard.extract.heading_numbers import heading_number, number_spaced, ordinal_number, titleish
from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.markers import ALL_MARKERS, FRAMED_LINE, SECTION_MARKERS, is_numbering, split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine, display_offsets, is_page_number

MIN_COL = 4  # characters: a content column is indented at least this far
LABEL_CHARS = 12  # a label (one line of it) is short
GAP_WEIGHT = 1.5  # a blank line at a cut is worth this much centring error (cell padding)
MAX_OFF = 4  # lines: a cell's top and bottom may be this much (and a quarter of its lines) off centre
TAIL_COST = 4.0  # a page ending with the top of a cell whose label is on the next page
BULLETS = "".join(ch for ch in ALL_MARKERS if ch not in SECTION_MARKERS)
_OPENERS = SECTION_MARKERS + "【[<《〈"


@dataclass(slots=True)
class LabelLine:
    label: Seg
    content: list[Seg]


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
    counts = Counter(lines[i].segs[0].c0 for i in idx if len(lines[i].segs) == 1 and lines[i].segs[0].c0 >= MIN_COL)
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
    top = next((i for i in idx if len(lines[i].segs) == 1 and abs(lines[i].segs[0].c0 - col) <= 1), None) if own else None
    if top is not None and any(is_title(lines[i].text) for i in idx if i < top) and any(
            (lab := label_line(lines[i], col, bullets)) is not None and _opens(lab.label.text) for i in left if i >= top):
        left = [i for i in left if i >= top]
    labels = sum(1 for i in left if label_line(lines[i], col, bullets) is not None)
    return bool(labels) and labels >= len(left) - labels


def _content_bullets(lines: list[TLine], idx: list[int], col_of: Callable[[int], int | None]) -> frozenset[str]:
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


def _label_glyphs(lines: list[TLine], idx: list[int], col_of: Callable[[int], int | None],
                  bullets: frozenset[str]) -> frozenset[str]:
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


def _label_shaped(text: str, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()) -> bool:
    """Short words, perhaps numbered or marked as a section (``가. 사업개요``, ``■ 재원 투자``,
    ``【 사업개요 】``, ``◎ 1. 사업개요``, a glyph no bullet level knows: ``◉ 사업개요``), no bullet
    item, no figure. ``glyphs``: bullet glyphs the document's labels open with (see :func:`_label_glyphs`)."""
    if is_title(text):
        return False
    marker, body = split_marker(text)
    if (marker is not None and marker in BULLETS and marker not in bullets
            and (section_of(body) is not None or (marker in glyphs and len(body.strip()) <= LABEL_CHARS))
            and not any(ch.isdigit() for ch in body)):
        return True  # a bullet glyph over a section's name (``● 공약 개요``, ``● 도민 소통 실적(분기``)
        # that the content does not use as its bullet (``○ 사업기간`` at the column: ``○`` opens no label),
        # or over short words where the glyph opens other labels (``◆ 군민 소통``, wrapped on: ``실적``)
    if len(text.strip()) > LABEL_CHARS and not _numbered_short(text):
        return False
    if marker is None and heading_number(text.strip()) is None and (glued := heading_number(number_spaced(text.strip()))) \
            and _bare_or_ordinal(glued[0]) and section_of(glued[2]) is not None:
        text = number_spaced(text.strip())  # a bare number glued to words naming a section (``2재정계획``)
    if marker is None and (bare := heading_number(text.strip())) and _bare_or_ordinal(bare[0]) and titleish(bare[2]):
        # a heading numbered by a bare number (``2 재정투자계``) or as an ordinal (``제1장 사업``)
        marker, body = text[:len(text) - len(bare[2])].strip(), bare[2]
    if marker is None and text.strip()[:1] in BULLETS:
        return False
    if marker is not None and not is_numbering(marker) and marker not in _OPENERS and marker in BULLETS:
        inner, rest = split_marker(body)
        if not is_numbering(inner):  # a bullet item, unless a numbering follows (``◎ 1. 사업개요``)
            return False
        body = rest
    elif marker is not None and not is_numbering(marker):
        inner, rest = split_marker(body)
        if inner is not None and is_numbering(inner):  # any glyph over a numbering (``◈ 1. 사업개요``)
            body = rest
    body = body if marker is not None else text
    return bool(body.strip()) and not any(ch.isdigit() for ch in body)


def _numbered_short(text: str) -> bool:
    """A heading number (``Ⅱ)``, ``제2장``) before a title that is short by itself: the number
    does not count towards a label's length (``Ⅱ) 연차별 재원 투자계``, wrapped on: ``획``)."""
    number = heading_number(text.strip())
    return number is not None and len(number[2].strip()) <= LABEL_CHARS and titleish(number[2])


def _bare_or_ordinal(style: str) -> bool:
    """A heading number's style that no marker glyph shows: a bare number or an ordinal."""
    return style == "d" or style.startswith("o")


def _opens(text: str) -> bool:
    """A label that starts a cell (numbered or marked), not the wrapped rest of the one above
    (a label numbered as an ordinal, ``제1장 사업``, opens one too)."""
    marker, _ = split_marker(text)
    if marker is not None or text.strip()[:1] in _OPENERS:
        return True
    number = ordinal_number(text.strip())
    return number is not None and titleish(number[2])


def _split_glued(seg: Seg, col: int) -> tuple[Seg, Seg] | None:
    """A label and the content a converter glued to it one space apart, cut before the bullet, a
    framed caption opening the cell (``◎ 3. 추진실 《현재까지 목표달성》``) or the content column."""
    text = seg.text
    offs = display_offsets(text)
    for i, ch in enumerate(text[1:-1], start=1):
        # a bullet run into a label that opens its cell with no space between, standing at the content column
        # in display columns (``▶ Ⅲ. 세부사- 기반조성``: the label's wrapped piece, then the content's item)
        if ch in BULLETS and not text[i - 1].isspace() and text[i + 1] == " " and abs(seg.x0 + offs[i] - col) <= 1 \
                and _opens(text[:i]) and _label_shaped(text[:i]):
            return (Seg(text[:i], seg.x0, seg.x0 + offs[i], seg.c0, seg.c0 + i, seg.line),
                    Seg(text[i:], col, col + offs[-1] - offs[i], col, col + len(text) - i, seg.line))
    for i, ch in enumerate(text):
        if ch == " " and i + 1 < len(text) and i <= col + 2:
            head, tail = text[:i], text[i + 1:]
            marker = split_marker(tail)[0]
            # (or any text from the content column on, after a label that opens a cell and fills the
            # label column: ``Ⅰ-1. 사업 개 1,310,639)``, the wrapped end of the cell's line above)
            at_column = _opens(head) and abs(seg.c0 + i + 1 - col) <= 1
            if not _label_shaped(head) or (marker is None and not FRAMED_LINE.match(tail) and not at_column) or (
                    marker is not None and marker in SECTION_MARKERS):
                continue
            return (Seg(head, seg.x0, seg.x0 + offs[i], seg.c0, seg.c0 + i, seg.line),
                    Seg(tail, col, col + offs[-1] - offs[i + 1], col, col + len(tail), seg.line))
    return None


def label_line(line: TLine, col: int, bullets: frozenset[str] = frozenset(),
               glyphs: frozenset[str] = frozenset()) -> LabelLine | None:
    """The label and content of a line with something left of the content column, if it fits."""
    if not line.segs or line.segs[0].c0 >= col - 1:
        return None
    first, rest = line.segs[0], line.segs[1:]
    if any(s.c0 < col - 2 for s in rest):
        return None
    if first.c1 <= col + 1 and _label_shaped(first.text, bullets, glyphs):
        # the label's wide characters no longer push the cells right in display columns
        excess = (first.x1 - first.x0) - (first.c1 - first.c0)
        return LabelLine(first, [Seg(s.text, s.x0 - excess, s.x1 - excess, s.c0, s.c1, s.line) for s in rest])
    glued = _split_glued(first, col)
    if glued is not None and not rest:
        return LabelLine(glued[0], [glued[1]])
    return None


def _fits(line: TLine, col: int | None, bullets: frozenset[str] = frozenset(),
          glyphs: frozenset[str] = frozenset()) -> bool:
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
    return len(line.segs) == 1 and not _label_shaped(line.segs[0].text, bullets, glyphs)


def _starts(line: TLine, col: int, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()) -> bool:
    """A line a region may start at: content at the column, or a label opening a cell whose
    content is a bullet item (header lines ``추진부서  관광진흥과`` above are not the body)."""
    if len(line.segs) == 1 and abs(line.segs[0].c0 - col) <= 1 and split_marker(line.segs[0].text)[0] is not None:
        return True
    lab = label_line(line, col, bullets, glyphs)
    return lab is not None and _opens(lab.label.text) and bool(lab.content) and split_marker(lab.content[0].text)[0] is not None


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
            near = [cols[q] for q in order[max(0, n - 1):n + 2] if q != p and cols[q] is not None]
            cols[p] = next((c for c in near if _labels_left(lines, pages[p], c)), None)
    bullets = _content_bullets(lines, [k for idx in pages.values() for k in idx], lambda k: cols.get(lines[k].page))
    glyphs = _label_glyphs(lines, [k for idx in pages.values() for k in idx], lambda k: cols.get(lines[k].page), bullets)
    regions: list[Region] = []
    k = 0
    while k < len(lines):
        col = cols.get(lines[k].page)
        if col is None or lines[k].blank or not _starts(lines[k], col, bullets, glyphs):
            k += 1
            continue
        end = _extend(lines, k, pages, cols, order, bullets, glyphs)
        region = _build(lines, k, end, cols, pages, bullets, glyphs)
        if region is not None:
            regions.append(region)
        k = end + 1  # (no later start inside a run that is no region: linear time, no part taken for a whole)
    return regions


def _extend(lines: list[TLine], k: int, pages: dict[int, list[int]], cols: dict[int, int | None],
            order: list[int], bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()) -> int:
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
                if nxt and (cols.get(nxt[0]) is None
                            or not _fits(lines[pages[nxt[0]][0]], cols[nxt[0]], bullets, glyphs)):
                    break
                if any(_card_starts(lines, i) for i in pages[ln.page]):
                    break
                end = pages[ln.page][-1]
                j = end + 1
                continue
        if not _fits(ln, col, bullets, glyphs) or _card_starts(lines, j):
            break
        if not ln.blank:
            end = j
        j += 1
    return end


def _card_starts(lines: list[TLine], j: int) -> bool:
    """A card title followed by header lines (``공약명 …``): the next card, not a running header."""
    if lines[j].blank or not is_title(lines[j].text):
        return False
    after = [ln for ln in lines[j + 1:j + 8] if not ln.blank][:3]
    return sum(1 for ln in after if find_labels(ln.text)) >= 2


def _build(lines: list[TLine], a: int, b: int, cols: dict[int, int | None],
           pages: dict[int, list[int]], bullets: frozenset[str] = frozenset(),
           glyphs: frozenset[str] = frozenset()) -> Region | None:
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
        if (prev is not None and not _opens(lab.label.text) and lines[prev[1]].page == ln.page
                and (_completes(prev[2], lab.label)
                     or (ln.number - lines[prev[1]].number <= (3 if _opens(prev[2][0].text) else 2)
                         and (_opens(prev[2][0].text) or not any(lines[i].blank for i in range(prev[1] + 1, k)))))):
            labels[-1] = (prev[0], k, [*prev[2], lab.label])
        else:
            labels.append((k, k, [lab.label]))
    pure = sum(1 for k, segs in content.items() if len(segs) == 1 and len(lines[k].segs) == 1
               and cols.get(lines[k].page) is not None and abs(segs[0].c0 - (cols[lines[k].page] or 0)) <= 1)
    if len(labels) < 2 or pure < 2:
        return None
    owner = _owners(lines, labels, content)
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
            # blank lines, and lines of labels alone, stand as blank lines between content lines
            body += [TLine(ln.number, ln.page, "", trail=ln.trail if ln.blank else 0) for i, ln in enumerate(lines[_index(lines, last) + 1:k],
                                                                         start=_index(lines, last) + 1)
                     if ln.blank or i not in content]
        body.append(TLine(lines[k].number, lines[k].page, lines[k].text, [_moved(s, shift) for s in content[k]]))
    empty = [n for n, c in enumerate(cells) if not c.lines]
    if empty and len(empty) < len(cells) - 1 and empty == list(range(len(cells) - len(empty), len(cells))):
        # labels closing the run with no content (a divider page's titles after the last cell): the
        # region ends before them
        b = max(k for k in content if owner[k] < empty[0])
        cells = cells[:empty[0]]
    if len(cells) < 2 or any(not c.lines for c in cells):
        return None
    return Region(a, b, cells, base)


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


def _multi(segs: list[Seg]) -> bool:
    return len(segs) >= 2


def _owners(lines: list[TLine], labels: list[tuple[int, int, list[Seg]]],
            content: dict[int, list[Seg]]) -> dict[int, int] | None:
    """The label owning each content line (see the module docstring), or None if no cut fits."""
    owner: dict[int, int] = {}
    by_page: dict[int, list[int]] = {}
    for k in sorted(content):
        by_page.setdefault(lines[k].page, []).append(k)
    current = 0  # the label whose cell runs on at the top of the next page
    bottom: dict[int, int] = {}  # per page, the last line above its page number (a cell's box may reach it)
    for ln in lines:
        bottom[ln.page] = max(bottom.get(ln.page, 0), ln.number - 1)
    for page in sorted(by_page):
        xs = by_page[page]
        here = [n for n, (f, _, _) in enumerate(labels) if lines[f].page == page]
        if not here:
            for k in xs:
                owner[k] = current
            continue
        carried = here[0] > 0 and any(owner.get(k) is not None for k in owner)  # a cell goes on from before
        goes_on = any(p > page for p in by_page)
        cuts = _cut_page(lines, xs, [labels[n] for n in here], carried, content, here[-1] + 1 < len(labels), goes_on,
                         bottom[page])
        if cuts is None:
            return None
        for k, n in cuts.items():
            owner[k] = here[n] if 0 <= n < len(here) else current if n < 0 else here[-1] + 1
        current = here[-1] + 1 if any(n >= len(here) for n in cuts.values()) else here[-1]
    return owner


def _cut_page(lines: list[TLine], xs: list[int], labels: list[tuple[int, int, list[Seg]]], carried: bool,
              content: dict[int, list[Seg]], more: bool, goes_on: bool, bottom: int | None = None) -> dict[int, int] | None:
    """Content lines of one page -> index of their label on the page (-1: the cell from before;
    len(labels): the top of a cell whose label is on the next page, if ``more`` labels follow).
    Where the region ``goes_on`` over the page, its last label may sit below its cell's lines: a
    cell the page break cuts reaches the page's ``bottom`` (the line above its page number), and
    ``pdftotext`` centres its label on that box, so the label may stand anywhere between the
    middle of its lines and the middle of its lines down to the bottom (a cell so read starts
    below a blank line, its padding, at a line that is no table row)."""
    num = [lines[k].number for k in xs]
    n, m = len(xs), len(labels)

    def gap(i: int) -> int:  # blank lines before xs[i]
        return 0 if i == 0 else sum(1 for ln in lines[xs[i - 1] + 1:xs[i]] if ln.blank)

    def cut_ok(i: int) -> bool:  # a cell may start at xs[i]: not inside a table (rows a blank line apart)
        return i == 0 or not (_multi(content[xs[i - 1]]) and _multi(content[xs[i]])) or gap(i) >= 2

    inf = float("inf")
    # best[j][i]: least cost with labels < j placed and their cells ending before xs[i]
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back: dict[tuple[int, int], int] = {}
    if carried:
        for i in range(n + 1):
            if i == n or cut_ok(i):
                best[0][i] = 0.0
    else:
        best[0][0] = 0.0
    for j, (f, last, _) in enumerate(labels):
        centre = (lines[f].number + lines[last].number) / 2
        for s in range(n):
            if best[j][s] == inf or not cut_ok(s) or xs[s] > last:
                continue
            if j > 0 and xs[s] <= labels[j - 1][1]:
                continue
            for e in range(s + 1, n + 1):
                if j + 1 < m and xs[e - 1] >= labels[j + 1][0]:
                    break  # a cell stops above the next label
                if ((xs[e - 1] < f and (j + 1 < m or not goes_on)) or (j + 1 == m and e != n and not more)
                        or (e < n and not cut_ok(e))):
                    continue
                err = abs(num[s] + num[e - 1] - 2 * centre)
                if (goes_on and bottom is not None and j + 1 == m and e == n and bottom > num[e - 1]
                        and gap(s) and not _multi(content[xs[s]])):
                    # the page's last cell, cut by the break: centred on its lines or on its box to the bottom
                    low = num[s] + bottom - 2 * centre
                    err = 0.0 if (num[s] + num[e - 1] - 2 * centre) <= 0 <= low else min(err, abs(low))
                if err > MAX_OFF + (e - s) // 4:
                    continue  # the label is not near the middle of these lines: not its cell
                cost = best[j][s] + err - GAP_WEIGHT * min(gap(s), 2)
                if cost < best[j + 1][e]:
                    best[j + 1][e] = cost
                    back[(j + 1, e)] = s
    # the page's last lines may open the cell of the next page's first label (its label there)
    ends = [(best[m][n], n)] + [(best[m][e] + TAIL_COST - GAP_WEIGHT * min(gap(e), 2), e)
                                for e in range(1, n) if more and cut_ok(e)]
    cost, e = min(ends)
    if cost == inf:
        return None
    out: dict[int, int] = {xs[i]: m for i in range(e, n)}
    for j in range(m, 0, -1):
        s = back[(j, e)]
        for i in range(s, e):
            out[xs[i]] = j - 1
        e = s
    for i in range(e):
        out[xs[i]] = -1
    return out
