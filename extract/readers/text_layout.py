"""Layout of a text dump whose converter kept the page geometry (``pdftotext -layout``, a viewer's
"save as text", hwp5txt with tables): label-left two-column regions, aligned-column tables and
running text, found from the positions of the segments.

- A **two-column region** is a run of lines whose text starts right of a content column, with
  short labels (no bullet, no numbering) left of it, alone on their lines or followed by content
  on the same line. The labels are vertically centred in their cell, so the lines between two
  labels are split at the widest blank gap. Each label with its content becomes one row of a
  two-column table (label cell | content cell with its paragraphs and tables), as the PDF
  reader gives such a card.
- An **aligned block** is a run of lines of two or more segments (at least two of them with
  three or more: a label and its value on one line read as well as text) (with the blank lines between
  them, wrapped cell lines, and a spanning header line just above) on one page; it becomes a
  :class:`Table` through :mod:`text_columns`, or, when it cannot be aligned with certainty, one
  text line per row (no cell is placed in a column). A block at the top of a page with the same
  column count as a table just before the page break continues that table.
  A row cut by a page break (lone cell lines opening the next page) is read again from the lines
  of both pages.
- A **label-left body** (the whole body one label | content table, labels centred on their
  cells, glued to their content, beside table rows, over page breaks) is found by
  :mod:`text_regions`; its regions take precedence over the two-column regions above.
- Everything else stays a line of text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.figure_marks import without_mark
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.labels import find_labels, is_title, section_of, untitled_title
from pledgecard.extract.markers import (
    CLOSE_BRACKETS,
    LETTERS,
    LEVEL1_MARKERS,
    LEVEL3_MARKERS,
    OPEN_BRACKETS,
    SECTION_MARKERS,
    is_glyph,
    is_numbering,
    split_marker,
)
from pledgecard.extract.part_labels import part_label
from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_cells import RCell, join_wrapped
from pledgecard.extract.readers.text_columns import (
    build_table,
    cluster,
    flatten,
    measure_score,
    row_groups,
)
from pledgecard.extract.readers.text_heads import over_years, under_spanning
from pledgecard.extract.readers.text_html_logs import log_table
from pledgecard.extract.readers.text_html_spans import spanned_table
from pledgecard.extract.readers.text_left_columns import left_columns
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure, printed, to_tline
from pledgecard.extract.readers.text_packed_rows import replace_packed_rows, row_of_cells, spaces_part_rows
from pledgecard.extract.readers.text_stacked import stacked_tables
from pledgecard.extract.readers.text_sums import sums_prove
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import DASHES

LABEL_MAX = 16  # display columns: a label in a label column is short
MIN_CONTENT_COL = 6


@dataclass(slots=True)
class TextLine:
    """A line of running text, ready to become a :class:`Paragraph`."""

    text: str
    indent: int  # display columns from the left edge of its region
    line_start: int
    line_end: int
    printed: str | None = None  # one line of the dump as printed, its space runs kept (text_lines.printed)


Out = TextLine | Table


_SYLLABLES = 0xAC00  # first Hangul syllable; 11,172 follow, 588 per initial consonant
_PLAIN_INITIALS = {0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18}  # the 14 single consonants


def _counting_letter(ch: str) -> bool:
    """A syllable Korean numbering counts with: a single initial consonant, the vowel a, no final
    consonant (the ga, na, da ... of ``가.``, ``나)``)."""
    k = ord(ch) - _SYLLABLES
    return 0 <= k < 11172 and k % 588 == 0 and k // 588 in _PLAIN_INITIALS




def drawn(text: str) -> bool:
    """A value drawn in glyphs (a progress bar ``■■□□□□□□□□``): two glyphs or more, nothing else.
    A glyph marks the text after it; glyphs with no text after them mark nothing: a cell."""
    return len(text) >= 2 and all(is_glyph(ch) for ch in text)


def _plain(seg: Seg) -> bool:
    """A segment that opens with no bullet and no numbering (a label, a cell). A lone ``수)`` is
    the end of a wrapped cell (``(완료/추진중/미착`` + ``수)``), no numbering: Korean numbering
    counts 가, 나, 다 ... A lone dash is a cell printed empty (``-``), no bullet."""
    marker, _ = split_marker(seg.text)
    text = seg.text.strip()
    if text in DASHES or drawn(text):
        return True
    if is_numbering(text) and 0 <= ord(text[0]) - _SYLLABLES < 11172 and not _counting_letter(text[0]):
        return marker is None
    return marker is None and not is_numbering(text)


# ------------------------------------------------------------------------- two-column regions


def _at(seg: Seg, col: int) -> bool:
    return abs(seg.x0 - col) <= 1 or abs(seg.c0 - col) <= 1


def _content_start(line: TLine, col: int) -> int | None:
    """Index of the first segment at or right of the content column, if the line has one."""
    for k, s in enumerate(line.segs):
        if _at(s, col) or (s.x0 > col + 1 and s.c0 > col + 1):
            return k
    return None


_ENCLOSED = re.compile(rf"^[{OPEN_BRACKETS}]\s?\d{{1,2}}\s?[{CLOSE_BRACKETS}]$")
_NUMBERED = re.compile(rf"^(?:\d|[{LETTERS}]\.\s|\(\d|[IVXⅠ-Ⅹ]+\.)")


def _is_label(seg: Seg, col: int) -> bool:
    """A label of a label column: short words, no bullet or digits, left of the column; numbered
    only as a heading is (``<1> 사업개``, a label wrapped in its cell: a numbering enclosed in
    brackets, then words)."""
    marker, rest = split_marker(seg.text)
    words = rest if marker is not None and _ENCLOSED.match(marker) and rest else seg.text
    bare = heading_number(seg.text.strip()) if marker is None else None
    if bare and bare[0] == "d" and titleish(bare[2]):
        words = bare[2]  # a heading numbered by a bare number (``2 재정투자계``, its cell wrapped)
    if marker is not None and marker in SECTION_MARKERS + LEVEL1_MARKERS and rest and section_of(rest):
        words = rest  # a heading glyph before words naming a section (● 공약 개요): a label all the same
    plain = words is not seg.text or (_plain(seg) and not _NUMBERED.match(seg.text))
    return (plain and not any(ch.isdigit() for ch in words)
            and seg.x1 - seg.x0 <= LABEL_MAX and (seg.c1 < col - 1 or seg.x1 < col - 1))


def _label_part(line: TLine, col: int) -> list[Seg] | None:
    """The label segment of a line in a two-column region ([] for a content line), or None if the
    line does not fit a region: text left of the content column that is no label, a label
    followed by several cells (a table row), or a lone line far right of the column."""
    k = _content_start(line, col)
    if k == 0:
        if len(line.segs) == 1 and not _at(line.segs[0], col):
            return None  # a centred or right-aligned line (a table title, a unit) is not content
        return []
    if k is None:
        return line.segs if len(line.segs) == 1 and _is_label(line.segs[0], col) else None
    if k != 1 or len(line.segs) != 2 or not _is_label(line.segs[0], col) or not _at(line.segs[1], col):
        return None
    return line.segs[:1]


def _content_columns(lines: list[TLine]) -> list[int]:
    counts = Counter(line.segs[0].c0 for line in lines if len(line.segs) == 1 and not line.blank
                     and line.segs[0].c0 >= MIN_CONTENT_COL and line.segs[0].c0 == line.segs[0].x0)
    return sorted(c for c, n in counts.items() if n >= 3)


def find_regions(lines: list[TLine]) -> list[tuple[int, int, int]]:
    """(first, last, content column) of each two-column region, line indexes inclusive."""
    found: list[tuple[int, int, int]] = []
    for col in _content_columns(lines):
        k = 0
        while k < len(lines):
            line = lines[k]
            lab = None if line.blank or is_title(line.text) else _label_part(line, col)
            if not lab:
                k += 1
                continue
            a = k  # (the card's title line, centred where the contents start, is no line of the region)
            while a > 0 and (lines[a - 1].blank or not is_title(lines[a - 1].text)
                             and _label_part(lines[a - 1], col) is not None):
                a -= 1
            b = k
            while b + 1 < len(lines) and (lines[b + 1].blank or not is_title(lines[b + 1].text)
                                          and _label_part(lines[b + 1], col) is not None):
                b += 1
            while lines[a].blank:
                a += 1
            while lines[b].blank:
                b -= 1
            pure = sum(1 for ln in lines[a:b + 1] if len(ln.segs) == 1 and _at(ln.segs[0], col))
            if pure >= 2 and not any(x <= b and a <= y for x, y, _ in found):
                found.append((a, b, col))
            k = b + 1
    return sorted(found)


def _gap(lines: list[TLine], i: int, j: int) -> int:
    """Blank lines between line indexes i < j on one page (a page break is no gap)."""
    if lines[i].page != lines[j].page:
        return 0
    return sum(1 for ln in lines[i + 1:j] if ln.blank)


def split_region(lines: list[TLine], col: int) -> list[tuple[list[Seg], list[TLine]]]:
    """The labels of a region (segments) with the content lines (content segments only)."""
    labels: list[tuple[int, int]] = []  # (first, last) line index of each label
    for k, line in enumerate(lines):
        if line.blank:
            continue
        lab = _label_part(line, col)
        if lab:
            if labels and labels[-1][1] == k - 1:
                labels[-1] = (labels[-1][0], k)
            else:
                labels.append((k, k))
    labels = _join_wrapped_labels(lines, labels, col)
    content = [k for k, ln in enumerate(lines) if not ln.blank and _content_start(ln, col) is not None]
    owner: dict[int, int] = {}
    for k in content:
        if k <= labels[0][1]:
            owner[k] = 0
        elif k >= labels[-1][0]:
            owner[k] = len(labels) - 1
    for n in range(len(labels) - 1):
        mid = [k for k in content if labels[n][1] < k < labels[n + 1][0]]
        on_label = [k for k in content if labels[n][0] <= k <= labels[n][1] or labels[n + 1][0] <= k <= labels[n + 1][1]]
        for k in on_label:
            owner[k] = n if k <= labels[n][1] else n + 1
        if not mid:
            continue
        # cut where the blank gap is widest; the lines before go with label n
        cuts = [(_gap(lines, labels[n][1], mid[0]), 0)]
        cuts += [(_gap(lines, mid[t - 1], mid[t]), t) for t in range(1, len(mid))]
        cuts.append((_gap(lines, mid[-1], labels[n + 1][0]), len(mid)))
        widest = max(g for g, _ in cuts)
        cut = [t for g, t in cuts if g == widest][-1]
        for t, k in enumerate(mid):
            owner[k] = n if t < cut else n + 1
    out: list[tuple[list[Seg], list[TLine]]] = []
    for n, (a, b) in enumerate(labels):
        segs = [s for ln in lines[a:b + 1] for s in (_label_part(ln, col) or [])]
        body: list[TLine] = []
        last = None
        for k in sorted(k for k, o in owner.items() if o == n):
            if last is not None:
                body += [TLine(ln.number, ln.page, "", trail=ln.trail) for ln in lines[last + 1:k] if ln.blank]
            ln = lines[k]
            first = _content_start(ln, col)
            assert first is not None
            body.append(TLine(ln.number, ln.page, ln.text, [_rebase(sg, col) for sg in ln.segs[first:]]))
            last = k
        out.append((segs, body))
    return out


def _join_wrapped_labels(lines: list[TLine], labels: list[tuple[int, int]], col: int) -> list[tuple[int, int]]:
    """Labels of a numbered label column (``<1> 사업개``, ``<2> 연도별``) with the pieces their cells
    wrapped onto later lines (``요``, printed between content lines): where two or more labels open
    with a numbering, a label without one continues the label above it."""
    def numbered(a: int) -> bool:
        part = _label_part(lines[a], col) or []
        return bool(part) and is_numbering(split_marker(part[0].text)[0])

    if sum(1 for a, _ in labels if numbered(a)) < 2:
        return labels
    out: list[tuple[int, int]] = []
    for a, b in labels:
        if out and not numbered(a) and lines[a].page == lines[out[-1][1]].page and a - out[-1][1] <= 3:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _rebase(seg: Seg, col: int) -> Seg:
    """A content segment measured in characters when that is the measure that puts it at the
    column (a ``pdftotext`` line whose label has wide characters)."""
    if abs(seg.c0 - col) <= 1 and abs(seg.x0 - col) > 1:
        return Seg(seg.text, seg.c0, seg.c0 + seg.x1 - seg.x0, seg.c0, seg.c1, seg.line)
    return seg


def region_table(lines: list[TLine], col: int, lexicon: str = "",
                 unrecovered: list[tuple[int, int]] | None = None, repeated: Set[str] | None = None) -> Table:
    return label_table(split_region(lines, col), lines, col, lexicon, unrecovered, repeated)


def label_table(pairs: list[tuple[list[Seg], list[TLine]]], lines: list[TLine], col: int, lexicon: str = "",
                unrecovered: list[tuple[int, int]] | None = None, repeated: Set[str] | None = None) -> Table:
    """A label | content table of labels (segments) with their content lines; ``repeated``: the
    document's running page lines (a content cell cut by a page break holds one)."""
    cells: list[Cell] = []
    for n, (segs, body) in enumerate(pairs):
        nums = [s.line for s in segs]
        cells.append(Cell(row=n, col=0, text=join_wrapped([s.text for s in segs], lexicon),
                          source=Source(line_start=min(nums), line_end=max(nums),
                                        columns=(min(s.x0 for s in segs), max(s.x1 for s in segs)))))
        blocks = to_blocks(analyse(body, base=col, lexicon=lexicon, unrecovered=unrecovered, repeated=repeated))
        paras = [b for b in blocks if isinstance(b, Paragraph)]
        nested = [b for b in blocks if isinstance(b, Table)]
        bn = [ln.number for ln in body if not ln.blank] or nums
        text = "\n".join(b.full_text if isinstance(b, Paragraph) else b.text() for b in blocks)
        cells.append(Cell(row=n, col=1, text=text, source=Source(line_start=min(bn), line_end=max(bn)),
                          paragraphs=paras, nested=nested, blocks=blocks if nested else []))
    nums = [ln.number for ln in lines if not ln.blank]
    return Table(cells=cells, n_rows=len(cells) // 2, n_cols=2, source=Source(line_start=min(nums), line_end=max(nums)))


# ------------------------------------------------------------------------------ aligned blocks


def _bullet(seg: Seg) -> bool:
    """A bulleted item; a value drawn in glyphs (``■□□□□``, a stage bar's cell) is none."""
    marker, body = split_marker(seg.text)
    return marker is not None and bool(body) and not drawn(seg.text.strip())


_HYPHENED = re.compile(r"\d{1,3}(?:-\d{1,3})+")


def _multi(line: TLine) -> bool:
    """A row of cells: several segments, none of them a bullet item (``사업개요  ◦ 사업기간 …`` is a
    label beside its content). A first cell of numbers joined by hyphens alone (``2-2``, the 관리번호
    opening a header's value row) is no outline number when three plain cells or more follow it."""
    if len(line.segs) < 2 or any(_bullet(s) for s in line.segs[1:]):
        return False
    first = line.segs[0]
    return _plain(first) or _part_row(line) or (
        len(line.segs) >= 4 and bool(_HYPHENED.fullmatch(first.text.strip())) and all(_plain(s) for s in line.segs[1:]))


def _part_row(line: TLine) -> bool:
    """A funding part's row (``- 균특   12,713   3,304 ...``): a part's mark and one word (vocabulary
    ``[funding_sub_rows] marks``), then two figures or more (a footnote mark after one kept), no bullet item."""
    label = part_label(line.segs[0].text)
    return (label is not None and len(label.split()) == 1 and len(line.segs) >= 3
            and all(is_figure(without_mark(s.text.strip())) for s in line.segs[1:]))


def _row_around_wrap(lines: list[TLine], j: int) -> bool:
    """A row of cells :func:`_multi` leaves out for its hyphened first cell (``4-6-6``, the 관리번호
    opening a header's value row) and only three segments, because a fourth cell wrapped around it:
    lone cell lines right above and below it (no blank line between) in a gap of the row, the two
    lines of a cell centred on it (``해양레저 명소화 사업 추`` / ``진`` around ``4-6-6  추진중  '24년 …``)."""
    ln = lines[j]
    if (len(ln.segs) != 3 or not _HYPHENED.fullmatch(ln.segs[0].text.strip())
            or not all(_plain(s) for s in ln.segs[1:]) or not 1 <= j < len(lines) - 1):
        return False
    return _centred_first_cell(lines[j - 1], ln, lines[j + 1])


def _fragment(line: TLine) -> bool:
    return len(line.segs) == 1 and _plain(line.segs[0]) and line.segs[0].c0 >= 1


def _spanning_above(line: TLine, below: TLine) -> bool:
    """A header line over several cells of the block below (not a card title, nor a numbered section
    heading centred over the table that opens its section: ``제4장 성과목표``, ``3. 추진실적``)."""
    if (len(line.segs) != 1 or not _plain(line.segs[0]) or is_title(line.segs[0].text)
            or _PARENTHESISED.match(line.segs[0].text)):
        return False
    if _numbered_heading(line) or _untitled_title_over_header(line, below):
        return False
    s = line.segs[0]
    return any(sum(1 for o in below.segs if o.span(w)[0] < s.span(w)[1] and s.span(w)[0] < o.span(w)[1]) >= 2
               for w in (True, False))


def _item_rest(lines: list[TLine], k: int) -> bool:
    """Line ``k`` goes on a bulleted or numbered item printed right above it (no blank line between:
    the item's lines, its first opening with a marker): its wrapped rest, hung under its text."""
    j = k - 1
    while j >= 0 and not lines[j].blank and lines[j].page == lines[k].page:
        if split_marker(lines[j].text)[0] is not None:
            return True
        j -= 1
    return False


def _untitled_title_over_header(line: TLine, below: TLine) -> bool:
    """A card's title printed without a kind word (``연빛군 민선8기 군수 공약사업 추진상황``:
    :func:`untitled_title`) centred over the header table, whose row under it opens with a header label:
    the card's title, no head of the table's columns."""
    labels = find_labels(below.text)
    return untitled_title(line.text.strip()) and bool(labels) and not below.text[: labels[0][1]].strip()


def _numbered_heading(line: TLine) -> bool:
    """A line of one numbered section heading (``제4장 성과목표 및 공정률``, ``3. 추진실적``): it opens its
    section and is no cell of the table under it."""
    text = " ".join(sg.text for sg in line.segs)
    return heading_number(text) is not None and section_of(text) is not None


# a unit note such as (단위 : 억원) above a table, or a caption in angle brackets (〈목표 대비 …〉:
# words, not a lone group label such as <2025>)
_PARENTHESISED = re.compile(r"^(?:\(.*\)|[〈<《【][^〉>》】]*\s[^〉>》】]*[〉>》】])$")


def _under(line: TLine, ref: TLine | None) -> bool:
    """A lone cell line lying over (or under) one of the segments of ``ref``, in either measure."""
    if ref is None or len(line.segs) != 1:
        return False
    s = line.segs[0]
    return any(o.span(w)[0] < s.span(w)[1] and s.span(w)[0] < o.span(w)[1] for o in ref.segs for w in (True, False))


def _flush_left_cell(lines: list[TLine], k: int, j: int) -> bool:
    """A lone line at the left edge inside a block (a first-column cell centred on rows it spans):
    under a cell of a row above, with lines of the block right above and below it."""
    ln = lines[j]
    if len(ln.segs) != 1 or not _plain(ln.segs[0]) or is_title(ln.text) or j + 1 >= len(lines):
        return False
    nxt = lines[j + 1]
    if nxt.blank or nxt.page != ln.page or not (_multi(nxt) or _fragment(nxt)):
        return False
    if _beside_rows(ln, lines[j - 1], nxt):
        return True
    return any(_under(ln, lines[i]) for i in range(k, j) if _multi(lines[i]))


def _beside_rows(line: TLine, above: TLine, below: TLine) -> bool:
    """A lone line between two rows of figures (no blank line between: each holds two figures or
    more), ending left of where both rows start: a first-column cell centred beside the rows it spans
    (an indicator's name between its 목표 and 실적 rows)."""
    if line.page != above.page or not (_multi(above) and _multi(below)):
        return False
    if any(sum(1 for s in ln.segs if is_figure(s.text)) < 2 for ln in (above, below)):
        return False
    return line.segs[0].c1 < min(above.segs[0].c0, below.segs[0].c0)


def _group_label(lines: list[TLine], k: int, j: int) -> bool:
    """A short lone line at the left edge between two rows of cells, starting at or left of the
    first cell of the row above and ending before its second (``2025년`` heading the rows of its
    year): a full-width row of the table."""
    ln = lines[j]
    if len(ln.segs) != 1 or not _plain(ln.segs[0]) or is_title(ln.text) or ln.segs[0].x1 - ln.segs[0].x0 > LABEL_MAX:
        return False
    if section_of(ln.text.strip()) is not None:
        return False  # a section's heading at the left edge (``군민소통``) under a table, over the next
    above = _last_multi(lines, k, j)
    nxt = next((i for i in range(j + 1, min(j + 4, len(lines))) if not lines[i].blank), None)
    if nxt is not None and nxt + 2 < len(lines) and (
            _fragment(lines[nxt]) or _centred_first_cell(lines[nxt], lines[nxt + 1], lines[nxt + 2])):
        nxt += 1  # a row whose first line is one wrapped cell
    if nxt is not None and lines[nxt].page != ln.page:
        nxt = None
    if nxt is None and (over := _ends_page(lines, j)) is not None and _multi(lines[over]) and not _heading_like(ln):
        nxt = over  # the page's last line, heading the rows the next page opens with (``[2019년]``)
    if above is None or nxt is None or not _multi(lines[nxt]):
        return False
    s, first, second = ln.segs[0], above.segs[0], above.segs[1]
    return s.c0 <= first.c0 and s.x1 < second.x0 and s.c1 < second.c0


def _heading_like(line: TLine) -> bool:
    """A line that may head a section rather than a group of rows: numbered, marked or naming a
    section (``3. 추진실적``, ``□ 도민소통``)."""
    text = line.text.strip()
    return heading_number(text) is not None or split_marker(text)[0] is not None or section_of(text) is not None


def _centred_first_cell(above: TLine, row: TLine, below: TLine, tail: bool = False) -> bool:
    """A lone line at the left edge right above a row of cells, with a lone line right below
    the row under it, both in a gap of the row (in one measure): the two lines of a cell
    centred on the row (``주민간담회, 공`` / ``청회 등`` beside ``만족도조사 …``). With ``tail``,
    the line below may open with a middle dot (``대전·세종`` / ``·충남``: a list wrapped at it)."""
    plain_below = _plain(below.segs[0]) if len(below.segs) == 1 else False
    if tail and len(below.segs) == 1 and below.segs[0].text[:1] in LEVEL3_MARKERS and len(below.segs[0].text) > 1:
        plain_below = True
    if (len(above.segs) != 1 or len(below.segs) != 1 or not _plain(above.segs[0]) or not plain_below
            or is_title(above.text) or _PARENTHESISED.match(above.segs[0].text)
            or not (above.page == row.page == below.page) or below.number != row.number + 1
            or above.number != row.number - 1):
        return False
    a, b = above.segs[0], below.segs[0]
    for w in (True, False):
        a0, a1 = a.span(w)
        b0, b1 = b.span(w)
        if a0 < b1 and b0 < a1 and not any(o.span(w)[0] < max(a1, b1) and min(a0, b0) < o.span(w)[1] for o in row.segs):
            return True
    return False


def _last_multi(lines: list[TLine], k: int, j: int) -> TLine | None:
    return next((lines[i] for i in range(j - 1, k - 1, -1) if _multi(lines[i])), None)


def _group_segs(lines: list[TLine], k: int) -> int:
    """Segments in the lines from k down to the next blank line."""
    n = 0
    for ln in lines[k:]:
        if ln.blank:
            break
        n += len(ln.segs)
    return n


def _row_of_lone_cells(tail: list[TLine], refs: list[TLine], after: TLine | None) -> bool:
    """Lone cell lines below rows of cells, each under a cell of one of them, two of them side by
    side (in two columns), none flush left, with a blank line (or the end) after them: a row whose
    cells ``pdftotext -layout`` printed on lines of their own."""
    body = [ln for ln in tail if not ln.blank]
    if (len(body) < 2 or not refs or not all(_fragment(ln) and any(_under(ln, r) for r in refs) for ln in body)
            or (after is not None and not after.blank and after.page == body[-1].page)):
        return False
    return any(not _under(x, y) for i, x in enumerate(body) for y in body[i + 1:])


def _mirrored_tail(lines: list[TLine], k: int, last: int, end: int) -> bool:
    """Lone cell lines below the block's last row of cells (line ``last``), each under a cell of that
    row and mirroring a lone cell line as far above the row's line in the same column (``대중교통`` two
    lines above ``2021  프로그램 …``, ``운영(15회)`` two below): the last lines of a cell
    ``pdftotext -layout`` centred on that row, its lines a blank line apart."""
    body = [j for j in range(last + 1, end + 1) if not lines[j].blank]
    return bool(body) and all(
        _fragment(lines[j]) and _under(lines[j], lines[last]) and k <= 2 * last - j
        and _fragment(lines[2 * last - j]) and not _multi(lines[2 * last - j])
        and _under(lines[2 * last - j], lines[j]) for j in body)


def find_block(lines: list[TLine], k: int) -> tuple[int, int, int] | None:
    """(first, last, rows of three or more cells) of the aligned block starting at or just above
    line k: it starts at a row of cells, or at a lone cell line whose row group holds several."""
    if not (_multi(lines[k]) or (_fragment(lines[k]) and _group_segs(lines, k) >= 3
                                 and not _PARENTHESISED.match(lines[k].segs[0].text))):
        return None  # (a unit note such as ``(단위 : 천원)`` right above a table is none of its cells)
    page = lines[k].page
    end = k
    j = k + 1
    blanks = 0
    widest = 0  # the most blank lines between two lines of the block so far
    while j < len(lines) and lines[j].page == page:
        ln = lines[j]
        gap = blanks
        if ln.blank:
            blanks += 1
            if blanks > 3:
                break
        elif blanks and (_numbered_heading(ln) or (len(ln.segs) == 1 and section_of(ln.text.strip()) is not None)):
            break  # a section's heading under the table (``시민 소통 실적`` centred; ``04    성과목표``)
        elif blanks and end > k and _head_ending_page(lines, j):
            break  # the head of a table stacked under this one, its rows on the next page
        elif _multi(ln) and blanks > widest + 1 and end > k and _ends_page(lines, j) is not None:
            break  # the top of the next table, cut off by the page break (a wider gap than any row's)
        elif _multi(ln) or (blanks == 0 and _row_around_wrap(lines, j)) or (
                _fragment(ln) and (blanks == 0 or _group_segs(lines, j) >= 2
                                                or _under(ln, _last_multi(lines, k, j)))):
            end, blanks = j, 0
        elif blanks == 0 and _flush_left_cell(lines, k, j):
            end = j
        elif blanks == 0 and j >= 2 and _centred_first_cell(lines[j - 2], lines[j - 1], ln, tail=True):
            end = j
        elif blanks <= 2 and j + 2 < len(lines) and _centred_first_cell(ln, lines[j + 1], lines[j + 2]):
            end, blanks = j, 0  # the first line of a cell centred on the row below, at the left edge
        elif blanks <= 2 and _group_label(lines, k, j):
            end, blanks = j, 0
        else:
            break
        if end == j:
            widest = max(widest, gap)
        j += 1
    # lone cell lines after the last row of cells, below a blank line, are not the table's (but a
    # group label ending the page, over the rows the next page opens with)
    last_multi = max(i for i in range(k, end + 1) if _multi(lines[i]) or i == k)
    over = end > last_multi and _ends_page(lines, end) is not None and _group_label(lines, k, end)
    over = over or (end > last_multi and _mirrored_tail(lines, k, last_multi, end))
    while (end > last_multi and not over and any(ln.blank for ln in lines[last_multi:end + 1])
           and not _row_of_lone_cells(lines[last_multi + 1:end + 1],
                                      [ln for ln in lines[k:last_multi + 1] if _multi(ln)],
                                      lines[end + 1] if end + 1 < len(lines) else None)):
        end -= 1
        while end > last_multi and lines[end].blank:
            end -= 1
    start = k
    above = k - 1
    while above >= 0 and lines[above].blank and k - above <= 2:
        above -= 1
    below = [ln for ln in lines[k:end + 1] if not ln.blank][:3]
    if above >= 0 and _item_rest(lines, above):
        pass  # the wrapped rest of the item above the table (``  사전 협의 완료``), no cell of it
    elif above >= 0 and lines[above].page == page and any(_spanning_above(lines[above], ln) for ln in below):
        start = above
    elif _multi(lines[k]):  # the top lines of cells centred on the row below (one blank line apart at most)
        if k >= 1 and k + 1 < len(lines) and _centred_first_cell(lines[k - 1], lines[k], lines[k + 1]):
            start = above = k - 1
        while (above >= 0 and lines[above].page == page and _fragment(lines[above])
               and not _PARENTHESISED.match(lines[above].segs[0].text) and not is_title(lines[above].text)
               and not _numbered_heading(lines[above]) and not _untitled_title_over_header(lines[above], lines[k])
               and _under(lines[above], lines[k])):
            start = above
            above -= 1
            while above >= 0 and lines[above].blank and start - above <= 2:
                above -= 1
    rows = [ln for ln in lines[start:end + 1] if _multi(ln)]
    if rows and (all(_empty_cells_apart(ln) for ln in rows) or _gapped_rows_under_spaced_head(lines, rows)):
        return None  # cells one space apart, an empty cell a run of two: no aligned columns
    wide_rows = sum(1 for ln in lines[start:end + 1] if _multi(ln) and len(ln.segs) >= 3)
    if wide_rows < 2:  # rows whose three cells or more lie on several lines (wrapped, centred)
        wide_rows = max(wide_rows, _wide_groups(lines[start:end + 1]))
    return start, end, wide_rows


def _empty_cells_apart(line: TLine) -> bool:
    """A row a dump printed cells one space apart whose empty cells leave runs of two spaces (``일자리
    창출 명 89 62 391  398  132``): every gap between its segments exactly two columns wide and its
    first segment holding two figures or more one space apart (cells no layout aligned), or, every
    other cell empty (``공정률 % 40  60  80  100 ``: the actuals not yet measured), the line ending in
    the one space before its empty last cell, its first segment ending in a figure and every later
    segment a lone figure. Figures one space apart the line reader made cells of (``11.2 -``: amounts
    apart) are the cells of one run, their one-column gap no column's."""
    pairs = list(zip(line.segs, line.segs[1:], strict=False))
    gaps = [b.x0 - a.x1 for a, b in pairs
            if not (b.x0 - a.x1 == 1 and is_figure(a.text) and is_figure(b.text))]
    if not gaps or any(g != 2 for g in gaps):
        return False
    first = line.segs[0].text.split()
    if sum(1 for w in first if _FIGURE.fullmatch(w)) >= 2:
        return True
    return line.trail == 1 and bool(_FIGURE.fullmatch(first[-1])) and \
        all(_FIGURE.fullmatch(sg.text) for sg in line.segs[1:])


def _gapped_rows_under_spaced_head(lines: list[TLine], rows: list[TLine]) -> bool:
    """Rows under a head printed one space apart (the line above the first row, past such rows, one segment
    of as many words as any row has segments, or more: no column aligned there), each row a name whose first cell
    follows it one space apart, then lone figures two columns apart (``프로그램 참여자 명 1,195  1,573  634
    290  3,692 -``: every other cell, an actual not yet measured, printed as nothing between the single
    spaces that part the cells). The gaps are empty cells, not columns (figures one space apart, as
    ``3,692 -``, the line reader parted, are the cells of one run)."""
    at = lines.index(rows[0])  # the head above the rows read before these (as text) as well
    head = next((ln for ln in reversed(lines[:at]) if not ln.blank and not _gapped_figures(ln)), None)
    if head is None or head.page != rows[0].page or len(head.segs) != 1:
        return False
    if len(head.segs[0].text.split()) < max(len(r.segs) for r in rows):
        return False
    return all(_gapped_figures(r) for r in rows)


def _gapped_figures(line: TLine) -> bool:
    """A row of a name and its first figure one space apart, then lone figures each two columns after the
    one before (figures one column apart: one run the line reader parted), its last two figures one space
    apart: the last cell printed, so no empty cell hides at the end (a row trimmed of it does not tell)."""
    pairs = list(zip(line.segs, line.segs[1:], strict=False))
    gaps = [b.x0 - a.x1 for a, b in pairs if not (b.x0 - a.x1 == 1 and is_figure(a.text) and is_figure(b.text))]
    first = line.segs[0].text.split()
    last = pairs[-1] if pairs else None
    closed = len(line.segs[-1].text.split()) >= 2 or (last is not None and last[1].x0 - last[0].x1 == 1)
    return (bool(gaps) and closed and all(g == 2 for g in gaps) and len(first) >= 2
            and bool(_FIGURE.fullmatch(first[-1]))
            and not _FIGURE.fullmatch(first[0])
            and all(_FIGURE.fullmatch(w) for sg in line.segs[1:] for w in sg.text.split()))


def _wide_groups(block: list[TLine]) -> int:
    """Row groups of a block whose segments make three cells or more (in either measure), each
    group holding a row of cells (lone lines alone are no row)."""
    groups = [g for g in row_groups(block) if any(_multi(ln) for ln in g)]
    return sum(1 for g in groups if max(len(cluster(g, w)) for w in (True, False)) >= 3)


def _ends_page(lines: list[TLine], end: int) -> int | None:
    """Index of the first non-blank line after ``end`` when it is on a later page."""
    nxt = next((i for i in range(end + 1, len(lines)) if not lines[i].blank), None)
    return nxt if nxt is not None and lines[nxt].page != lines[end].page else None


def _rows_as_text(lines: list[TLine], base: int, lexicon: str) -> list[TextLine]:
    """An unaligned block's rows as text lines, cells ordered in the measure that lines up more of
    the block's segment edges (as :func:`text_columns.plan` chooses)."""
    wide = measure_score(lines, True) >= measure_score(lines, False)
    by_number = {ln.number: ln for ln in lines}

    def as_printed(text: str, a: int, b: int) -> str | None:
        """The line as printed (its space runs: the gaps of empty cells) when the row is that one line
        in its printed order."""
        ln = by_number.get(a)
        if a != b or ln is None or " ".join(sg.text for sg in ln.segs).split() != text.split():
            return None
        return printed(ln)

    return [TextLine(text, max(0, indent - base), a, b, as_printed(text, a, b))
            for text, a, b, indent in flatten(lines, wide=wide, lexicon=lexicon)]


def analyse(lines: list[TLine], base: int = 0, lexicon: str | None = None,
            unrecovered: list[tuple[int, int]] | None = None, repeated: Set[str] | None = None) -> list[Out]:
    """Tables and text lines of a run of lines, in reading order. ``lexicon`` is the document's
    text, where a word broken across the lines of a cell is looked up; the line ranges of the
    aligned blocks left as text (not placed in columns with certainty) go into ``unrecovered``."""
    if unrecovered is None:
        unrecovered = []
    if lexicon is None:
        lexicon = "\n".join(" ".join(s.text for s in ln.segs) for ln in lines)
    out: list[Out] = []
    labelled = text_regions.find(lines) if base == 0 else []
    regions = [r for r in (find_regions(lines) if base == 0 else [])
               if not any(r[0] <= g.last and g.first <= r[1] for g in labelled)]
    if repeated is None and (labelled or regions):
        repeated = _repeated_lines(lines)  # the running page lines, for the content cells too
    blocks: dict[int, list[TLine]] = {}  # id of a table read from blocks -> their lines
    k = 0
    while k < len(lines):
        # a region whose first lines a table above took (header rows printed label | value) goes on
        region = next(((b, col) for a, b, col in regions if a <= k <= b and not lines[k].blank
                       and any(_label_part(ln, col) for ln in lines[k:b + 1] if not ln.blank)), None)
        if region is not None:
            b, col = region
            out.append(region_table(lines[k:b + 1], col, lexicon, unrecovered, repeated))
            k = b + 1
            continue
        line = lines[k]
        if line.blank:
            k += 1
            continue
        lab = next((g for g in labelled if g.first == k), None)
        if lab is not None:
            out.append(label_table([(c.label, c.lines) for c in lab.cells], lines[lab.first:lab.last + 1],
                                   lab.col, lexicon, unrecovered, repeated))
            k = lab.last + 1
            continue
        logged = log_table(lines, k, lexicon)
        if logged is not None:  # a log table an HTML converter laid out, its rows told by their padding
            out.append(logged[0])
            k = logged[1]
            continue
        if repeated is None:
            repeated = _repeated_lines(lines)
        carried = _carry_over(lines, k, out, blocks, repeated, lexicon)
        if carried is not None:
            k = carried
            continue
        split = _header_over_break(lines, k, repeated, lexicon)
        if split is not None:
            out.append(split[0])
            k = split[1]
            continue
        blk = find_block(lines, k)
        if blk is not None and blk[2] < 2:  # one row of cells: a table only across a page break
            nxt = _ends_page(lines, blk[1])
            after = find_block(lines, nxt) if nxt is not None else None
            prev = out[-1] if out else None
            if not (blk[2] == 1 and ((after is not None and after[2] >= 1)
                                     or (isinstance(prev, Table) and _starts_page(lines, blk[0], prev))
                                     or _row_below_running_head(lines, blk, out, repeated, lexicon))):
                # no table: its lines are text, and no later line of it starts one (linear time)
                stop = min([blk[1]] + [a - 1 for a, _, _ in regions if k < a <= blk[1]])
                i = k
                while i <= stop:
                    ln = lines[i]
                    if (group := row_of_cells(lines, i)) is not None and group[1] <= stop + 1:
                        out.extend(TextLine(sg.text, max(0, sg.x0 - base), sg.line, sg.line) for sg in group[0])
                        i = group[1]
                        continue
                    if not ln.blank:
                        out.append(TextLine(" ".join(sg.text for sg in ln.segs), max(0, ln.segs[0].x0 - base),
                                            ln.number, ln.number, printed(ln)))
                    i += 1
                k = max(k, stop) + 1
                continue
        if blk is not None and blk[0] >= k - 2:
            a, b = blk[0], blk[1]
            if a < k and out and isinstance(out[-1], TextLine) and out[-1].line_start == lines[a].number:
                out.pop()  # the spanning header line above was already read as text
            if repeated is None:
                repeated = _repeated_lines(lines)
            own = _without_running_heads(lines, a, b, repeated)
            table = spanned_table(own, lexicon) or build_table(own, lexicon)
            if table is None and spaces_part_rows(own):
                table = left_columns(own, lexicon)
            if table is not None:
                table = replace_packed_rows(table, own)
            if table is not None:
                prev = _table_before(out, repeated, lines[a])
                joined = _read_with(prev, table, blocks, own, lines, a, repeated, lexicon)
                if prev is not None and _ends_with_head(prev) and _opens_page_after(prev, lines, a, repeated):
                    _head_to_text(out, prev, base)  # a new stacked table's head cut from its body
                    blocks.pop(id(prev), None)
                    out.append(table)
                    blocks[id(table)] = own
                elif prev is not None and _continues(prev, table, lines, a, repeated):
                    _group_rows_atop(out, prev, repeated, lines[a])
                    _append_rows(prev, table)
                    blocks.pop(id(prev), None)
                elif prev is not None and joined is not None:
                    out[next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)] = joined[0]
                    del blocks[id(prev)]
                    blocks[id(joined[0])] = joined[1]
                else:
                    out.append(table)
                    blocks[id(table)] = own
            elif (across := _rows_after_break(_table_before(out, repeated, lines[a]), blocks, own, lines, a,
                                              repeated, lexicon)) is not None:
                prev = _table_before(out, repeated, lines[a])
                out[next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)] = across[0]
                del blocks[id(prev)]
                blocks[id(across[0])] = across[1]
            elif (stacked := stacked_tables(own, lexicon)) is not None:
                out.extend(stacked)  # tables one under another, each with its own columns
            else:
                out.extend(_rows_as_text(lines[a:b + 1], base, lexicon))
                unrecovered.append((lines[a].number, lines[b].number))
            k = b + 1
            continue
        group = row_of_cells(lines, k)
        if group is not None:
            out.extend(TextLine(sg.text, max(0, sg.x0 - base), sg.line, sg.line) for sg in group[0])
            k = group[1]
            continue
        seg0 = line.segs[0]
        out.append(TextLine(" ".join(s.text for s in line.segs), max(0, seg0.x0 - base), line.number, line.number,
                            printed(line)))
        k += 1
    return out


def _row_below_running_head(lines: list[TLine], blk: tuple[int, int, int], out: list[Out],
                            repeated: Set[str] | None, lexicon: str) -> bool:
    """A one-row block opening a page under the running page lines (``… | 관리번호 2-13``),
    right after a table that ended the page before, with as many cells as it has columns: the
    last row the page break cut off that table (read on by :func:`_continues`)."""
    if not repeated:
        return False
    prev = _table_before(out, repeated, lines[blk[0]])
    if prev is None or not _continues(prev, prev, lines, blk[0], repeated):
        return False
    table = build_table(_without_running_heads(lines, blk[0], blk[1], repeated), lexicon)
    return table is not None and table.n_cols == prev.n_cols


def _carry_over(lines: list[TLine], k: int, out: list[Out], blocks: dict[int, list[TLine]],
                repeated: Set[str], lexicon: str) -> int | None:
    """A table cut by a page break inside a row: lone cell lines opening the page (a blank line
    after them) end the last row of the table that ended the page before, and the rows below
    them continue it, even with fewer cells than it has columns. The table is read again from
    the lines of both pages; kept only if that places every cell in the columns it had and
    leaves its earlier rows as they were. Returns the index after the lines read, or None."""
    prev = _table_before(out, repeated, lines[k])
    if (prev is None or id(prev) not in blocks or _multi(lines[k]) or not _fragment(lines[k])
            or " ".join(lines[k].text.split()) in repeated):  # a running header is no cell
        return None
    j = k
    while j < len(lines) and lines[j].page == lines[k].page and not lines[j].blank and _fragment(lines[j]):
        j += 1
        # a wrapped cell's next line one blank line below (a double-spaced dump), over the same cell
        if (j + 1 < len(lines) and lines[j].blank and lines[j + 1].page == lines[k].page
                and _fragment(lines[j + 1]) and _under(lines[j + 1], lines[j - 1])):
            j += 1
    m = next((i for i in range(j, min(j + 3, len(lines))) if not lines[i].blank), None)
    if m is not None and lines[m].page == lines[k].page and _multi(lines[m]) and m > j:
        blk = find_block(lines, m)
        if blk is None or not k <= blk[0] <= m:  # the block may take the cut row's cell lines
            return None
        end = blk[1]
    elif m is None or (m > j and lines[m].page == lines[k].page and not _multi(lines[m]) and not _fragment(lines[m])):
        end = j - 1  # the cut row's cell lines alone, then text
    else:
        return None
    if not _continues(prev, prev, lines, k, repeated):
        return None
    # the cut row's cell lines read as one cell: the blank lines a double-spaced dump left between them dropped
    both = blocks[id(prev)] + [ln for ln in lines[k:j] if not ln.blank] + lines[j:end + 1]
    table = build_table(both, lexicon)
    keep = prev.n_rows - 1
    if table is None or table.n_cols != prev.n_cols or table.grid()[:keep] != prev.grid()[:keep]:
        return None
    if keep < table.n_rows and _words_on_a_figure(prev.grid()[keep], table.grid()[keep]):
        return None  # a line opening the page (a heading) is no part of a row of figures
    cut, now = prev.grid()[keep], table.grid()[keep]
    if any(t and not " ".join(now[c].split()).startswith(" ".join(t.split())) for c, t in enumerate(cut)):
        return None  # the cut row's cells stay in their columns, only going on (or filled) below the break
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    out[at] = table
    del blocks[id(prev)]
    blocks[id(table)] = both
    return end + 1


HEAD_ROWS = 3  # rows a table's header takes at most (a spanning head, its sub-heads, a unit row)
_FIGURE = re.compile(r"^[\d,.\s%△▲()\-–—]+$")
_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # a Hangul syllable


def _words_on_a_figure(before: list[str], after: list[str]) -> bool:
    """Whether reading on glued words onto a cell that held a figure (``1,220`` -> ``1,220 추진
    실적``): a figure cell a page break cut goes on with digits, never with words."""
    return any(_FIGURE.match(old.strip()) and new != old and _SYLLABLE.search(new[len(old):])
               for old, new in zip(before, after, strict=False) if old.strip())


def _read_with(prev: Table | None, table: Table, blocks: dict[int, list[TLine]], own: list[TLine],
               lines: list[TLine], a: int, repeated: Set[str], lexicon: str) -> tuple[Table, list[TLine]] | None:
    """A block right after a page break with fewer columns than the table that ended the page
    before (cells of rows spanning down left empty): the table read again from the lines of both
    pages, a blank line between them. Kept only if that keeps the table's columns and every row it
    had, and places the new rows below them."""
    if (prev is None or id(prev) not in blocks or table.n_cols >= prev.n_cols
            or not _continues(prev, prev, lines, a, repeated)):
        return None
    both = [*blocks[id(prev)], TLine(own[0].number, own[0].page, ""), *own]
    again = build_table(both, lexicon)
    if (again is not None and again.n_cols == prev.n_cols and again.n_rows == prev.n_rows + table.n_rows
            and again.grid()[:prev.n_rows] == prev.grid()):
        return again, both
    # or the rest of the row the page break cut: one row of as many cells as that row left empty,
    # filling them in order (the converter measures each page on its own, so the columns of the
    # new page need not line up with those of the page before)
    last = prev.grid()[-1]
    empty = [c for c, text in enumerate(last) if not text]
    if table.n_rows != 1 or len(empty) != table.n_cols:
        return None
    again = Table(cells=list(prev.cells), n_rows=prev.n_rows, n_cols=prev.n_cols,
                  source=Source(line_start=prev.source.line_start, line_end=table.source.line_end))
    for cell in sorted(table.cells, key=lambda c: c.col):
        if cell.col_span != 1 or cell.row_span != 1:
            return None
        again.cells.append(Cell(row=prev.n_rows - 1, col=empty[cell.col], text=cell.text, source=cell.source))
    return again, [*blocks[id(prev)], *own]


def _rows_after_break(prev: Table | None, blocks: dict[int, list[TLine]], own: list[TLine], lines: list[TLine],
                      a: int, repeated: Set[str], lexicon: str) -> tuple[Table, list[TLine]] | None:
    """A block opening a page right after a table that ended the page before, which cannot be
    aligned on its own (rows of fewer cells, those of a column spanning down left empty): the
    table read again from the lines of both pages, a blank line between them. Kept only if that
    keeps the table's columns and every row it had, and adds rows below them."""
    if prev is None or id(prev) not in blocks or _ends_with_head(prev) or not _opens_page_after(prev, lines, a, repeated):
        return None
    both = [*blocks[id(prev)], TLine(own[0].number, own[0].page, ""), *own]
    again = build_table(both, lexicon)
    if (again is None or again.n_cols != prev.n_cols or again.n_rows <= prev.n_rows
            or again.grid()[:prev.n_rows] != prev.grid()):
        return _rows_of_their_own(prev, blocks, own, lexicon)
    return again, both


def _rows_of_their_own(prev: Table, blocks: dict[int, list[TLine]], own: list[TLine],
                       lexicon: str) -> tuple[Table, list[TLine]] | None:
    """The rows after the break aligned by their own columns (``pdftotext -layout`` measures each page
    on its own, so they need not line up with the rows above the break): their fullest rows leave
    the first column to labels centred on the rows they span (``도비`` beside its 당초 / 변경 rows),
    which stand left of those rows' cells. Kept only when that gives the table's column count, every
    column holds the kind of cells it held above the break (figures under figures, words under
    words) and the sums of the whole table prove the figures' columns (:func:`text_sums.sums_prove`);
    the rows go below the table's."""
    rows = build_table(own, lexicon, lead=True)
    if rows is None or rows.n_cols != prev.n_cols or not _kinds_agree(prev.grid()[1:], rows.grid()):
        return None
    again = Table(cells=list(prev.cells), n_rows=prev.n_rows, n_cols=prev.n_cols, source=prev.source)
    _append_rows(again, rows)
    figures = sorted({c for row in rows.grid() for c, t in enumerate(row)
                      if _FIGURE.match(t.strip()) and t.strip() not in DASHES})
    return (again, [*blocks[id(prev)], *own]) if sums_prove(again.grid(), figures) else None


def _kinds_agree(above: list[list[str]], below: list[list[str]]) -> bool:
    """Whether every column holds the same kind of cells above and below a page break: figures only,
    or no figure, wherever a cell is printed (a dash, a cell printed empty, counts as either)."""
    def kinds(grid: list[list[str]], col: int) -> set[bool]:
        return {bool(_FIGURE.match(t.strip())) for row in grid for t in row[col:col + 1]
                if t.strip() and t.strip() not in DASHES}

    return all(len(kinds(above, c) | kinds(below, c)) == 1 for c in range(len(above[0]) if above else 0))


def _without_running_heads(lines: list[TLine], a: int, b: int, repeated: Set[str]) -> list[TLine]:
    """Lines ``a..b`` of a block without the running header opening a later page inside it (a lone
    line printed on several pages, first on its page): a table cut by a page break reads on."""
    out = []
    for i in range(a, b + 1):
        ln = lines[i]
        first = next((p for p in range(i - 1, a - 1, -1) if not lines[p].blank), None)
        if (i > a and len(ln.segs) == 1 and first is not None and lines[first].page != ln.page
                and " ".join(ln.text.split()) in repeated):
            continue
        out.append(ln)
    return out


def _starts_page(lines: list[TLine], a: int, prev: Table) -> bool:
    """Whether line ``a`` opens its page right after the table ``prev`` ended the page before."""
    before = [ln for ln in lines[:a] if not ln.blank]
    return bool(before) and before[-1].page != lines[a].page and before[-1].number <= (prev.source.line_end or 0)


def _repeated_lines(lines: list[TLine]) -> set[str]:
    """Texts of one-segment lines printed on two pages or more (a running header the furniture
    kept because it names the card, ``… | 관리번호 1-6-12``)."""
    pages: dict[str, set[int]] = {}
    for ln in lines:
        if len(ln.segs) == 1:
            pages.setdefault(" ".join(ln.text.split()), set()).add(ln.page)
    return {t for t, on in pages.items() if len(on) >= 2}


def _label_atop(text: str, indent: int, first: TLine) -> bool:
    """A short lone line starting at or left of a block's first cell (``<2024>`` atop a page)."""
    segs = to_tline(0, 0, text).segs
    return (len(segs) == 1 and _plain(segs[0]) and segs[0].x1 - segs[0].x0 <= LABEL_MAX
            and bool(first.segs) and indent <= first.segs[0].x0 and not is_title(text))


def _table_before(out: list[Out], repeated: Set[str], first: TLine) -> Table | None:
    """The last item read, if a table, passing over repeated page lines and group labels read
    after it."""
    i = len(out) - 1
    while i >= 0 and isinstance(out[i], TextLine) and (
            " ".join(out[i].text.split()) in repeated or _label_atop(out[i].text, out[i].indent, first)):  # type: ignore[union-attr]
        i -= 1
    return out[i] if i >= 0 and isinstance(out[i], Table) else None  # type: ignore[return-value]


def _group_rows_atop(out: list[Out], prev: Table, repeated: Set[str], first: TLine) -> None:
    """Group labels read as text between ``prev`` and its continuation become rows of ``prev``."""
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    for it in list(out[at + 1:]):
        if isinstance(it, TextLine) and " ".join(it.text.split()) not in repeated and _label_atop(it.text, it.indent, first):
            prev.cells.append(Cell(row=prev.n_rows, col=0, text=" ".join(it.text.split()),
                                   source=Source(line_start=it.line_start, line_end=it.line_end)))
            prev.n_rows += 1
            out.remove(it)


def _continues(prev: Table, table: Table, lines: list[TLine], a: int, repeated: Set[str] = frozenset()) -> bool:
    """A block right after a page break (repeated page lines atop the new page aside), with the
    column count of the table before the break and no header row (its first column holds the
    same kind of labels), continues that table; not when the last row of that table is the head
    of a new table stacked under it (:func:`_ends_with_head`)."""
    return prev.n_cols == table.n_cols and not _ends_with_head(prev) and _opens_page_after(prev, lines, a, repeated)


def _opens_page_after(prev: Table, lines: list[TLine], a: int, repeated: Set[str] = frozenset()) -> bool:
    """Whether line ``a`` opens a page (repeated page lines atop it aside) right after the table
    ``prev`` ended the page before."""
    before = [ln for ln in lines[:a] if not ln.blank and not (
        ln.page == lines[a].page and len(ln.segs) == 1 and (" ".join(ln.text.split()) in repeated
                                                           or _label_atop(ln.text, ln.segs[0].x0, lines[a])))]
    if not before or before[-1].page == lines[a].page:
        return False
    last_line = prev.source.line_end or 0
    return all(ln.number <= last_line for ln in before)


def _ends_with_head(prev: Table) -> bool:
    """Whether the last row of ``prev`` opens a new table stacked under it: its own label cell
    repeats the label column's head (the first row's first cell, ``구분``) below rows of figures,
    and none of its cells holds a figure. The rows after a page break then belong to that new
    table, with its own columns, never to the table above."""
    grid = prev.grid()
    label = prev.cell_at(len(grid) - 1, 0)
    if len(grid) < 3 or label is None or label.row != len(grid) - 1:
        return False
    head, last = " ".join(grid[0][0].split()), grid[-1]
    figures = [any(_FIGURE.match(t.strip()) for t in row if t.strip()) for row in grid]
    return bool(head) and " ".join(last[0].split()) == head and any(figures[1:-1]) and not figures[-1]


def _head_to_text(out: list[Out], prev: Table, base: int) -> None:
    """The last row of ``prev``, the head of a new stacked table whose body the page break carried
    to the next page (:func:`_ends_with_head`), taken out of ``prev`` and read as a text line after
    it: ``pdftotext -layout`` measures each page on its own, so its cells stand in the columns of
    the table above, not in those of the new table's body (nothing is placed by guess)."""
    row = prev.n_rows - 1
    cells = sorted((c for c in prev.cells if c.row == row), key=lambda c: c.col)
    prev.cells = [c for c in prev.cells if c.row < row]
    for c in prev.cells:
        c.row_span = min(c.row_span, row - c.row)
    prev.n_rows = row
    starts = [c.source.line_start for c in cells if c.source.line_start is not None]
    ends = [c.source.line_end for c in cells if c.source.line_end is not None]
    x0 = min((c.source.columns[0] for c in cells if c.source.columns), default=base)
    first, last = min(starts, default=0), max(ends, default=0)
    prev.source = Source(line_start=prev.source.line_start,
                         line_end=max((c.source.line_end or 0 for c in prev.cells), default=prev.source.line_end))
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    out.insert(at + 1, TextLine(" ".join(" ".join(c.text.split()) for c in cells if c.text.strip()),
                                max(0, x0 - base), first, last))


def _repeated_head(prev: list[list[str]], grid: list[list[str]]) -> int:
    """How many rows atop ``grid`` repeat the header of ``prev`` after a page break: the rows up to
    the last of a run with the texts of header rows of ``prev`` (of its first ``HEAD_ROWS`` rows,
    above its first row holding a figure), none of them holding a figure. A spanning head printed
    over its sub-heads may be read as a row of its own on one page and over its columns on the
    other (``pdftotext -layout`` centres it on each page on its own): the sub-heads' row repeats
    all the same."""

    def figured(row: list[str]) -> bool:
        return any(_FIGURE.match(t.strip()) for t in row if t.strip())

    top = prev[:HEAD_ROWS]
    head = [row for row in top[:next((k for k, row in enumerate(top) if figured(row)), len(top))] if any(row)]
    skip = 0
    for k, row in enumerate(grid[:HEAD_ROWS]):
        if figured(row) or (skip and row not in head):
            break
        if row in head:
            skip = k + 1
    return skip if skip < len(grid) else 0


def _append_rows(prev: Table, table: Table) -> None:
    """The rows of ``table`` below those of ``prev``; the header rows the page break repeated
    (:func:`_repeated_head`) are dropped."""
    grid = table.grid()
    skip = _repeated_head(prev.grid(), grid)
    for c in table.cells:
        if c.row < skip:
            continue
        prev.cells.append(Cell(row=c.row - skip + prev.n_rows, col=c.col, text=c.text, row_span=c.row_span,
                               col_span=c.col_span, source=c.source))
    prev.n_rows += table.n_rows - skip
    prev.source = Source(line_start=prev.source.line_start, line_end=table.source.line_end)


def to_blocks(items: list[Out]) -> list[Paragraph | Table]:
    """Text lines to paragraphs (bullet split off, broken lines rejoined); tables kept."""
    from pledgecard.extract.textjoin import join_broken_lines

    out: list[Paragraph | Table] = []
    run: list[Paragraph] = []
    for it in items:
        if isinstance(it, Table):
            out.extend(join_broken_lines(run))
            run = []
            out.append(it)
            continue
        marker, body = split_marker(it.text)
        body = " ".join(body.split())
        if body or marker:
            kept = it.printed if marker is None and it.printed and " ".join(it.printed.split()) == body else None
            run.append(Paragraph(text=body, marker=marker, indent=it.indent // 2,
                                 source=Source(line_start=it.line_start, line_end=it.line_end), printed=kept))
    out.extend(join_broken_lines(run))
    return out


HEADER_LINES = 4  # a header row cut by a page break: at most this many lines on either page


def _header_part(lines: list[TLine], k: int) -> tuple[list[TLine], int] | None:
    """Lines ``k``.. to the end of their page when they can be a table's header row the page break
    cut from its body: a few lines with no blank line between them (one row), plain cells only (no
    bullet, numbering or title), one line of several cells among them; with the index of the last."""
    part: list[TLine] = []
    j = last = k
    while j < len(lines) and lines[j].page == lines[k].page and len(part) <= HEADER_LINES:
        if not lines[j].blank:
            part.append(lines[j])
            last = j
        j += 1
    if (not part or (j < len(lines) and lines[j].page == lines[k].page)  # more lines: not the page's end
            or len(part) > HEADER_LINES or part[-1].number - part[0].number != len(part) - 1
            or not any(_multi(ln) for ln in part)
            or any(is_title(ln.text) or not all(_plain(s) for s in ln.segs) for ln in part)
            or (k > 0 and not lines[k - 1].blank and lines[k - 1].page == lines[k].page)):
        return None
    return part, last


def _head_ending_page(lines: list[TLine], j: int) -> bool:
    """Lines from ``j`` to the end of their page that can be a table's header row cut from its body
    (:func:`_header_part`), two lines or more of words and years, one of them a run of two years or
    more and nothing else, no other digit (a row at a page's end, ``2026  실시설계 완료  -  추진 중``,
    is a table's last row)."""
    found = _header_part(lines, j)
    if found is None or len(found[0]) < 2:
        return False
    year = current().year_re

    def is_year(seg: Seg) -> bool:
        return bool(year.fullmatch(" ".join(seg.text.split())))

    digits = [s for ln in found[0] for s in ln.segs if any(ch.isdigit() for ch in s.text)]
    return all(is_year(s) for s in digits) and any(len(ln.segs) >= 2 and all(is_year(s) for s in ln.segs)
                                                   for ln in found[0])


def _column_spans(table: Table) -> list[tuple[int, int]] | None:
    """Display-column extent of each column of a table read from a block (its one-column cells)."""
    spans: list[tuple[int, int]] = []
    for c in range(table.n_cols):
        cols = [cell.source.columns for cell in table.cells if cell.col == c and cell.col_span == 1 and cell.source.columns]
        if not cols:
            return None
        spans.append((min(a for a, _ in cols), max(b for _, b in cols)))  # type: ignore[index]
    return spans


def _column_of(seg: Seg, spans: list[tuple[int, int]]) -> int | None:
    """The one column a segment overlaps most (ties: none), the segment no wider than twice that
    column (a running page header across the page is no cell of it)."""
    over = [min(seg.x1, b) - max(seg.x0, a) for a, b in spans]
    best = max(over)
    if best <= 0 or over.count(best) != 1:
        return None
    a, b = spans[over.index(best)]
    return over.index(best) if seg.x1 - seg.x0 <= 2 * (b - a) else None


def _body_after(lines: list[TLine], nxt: int, repeated: Set[str], lexicon: str, head_end: int | None = None
                ) -> tuple[list[tuple[TLine, int]], Table, int] | None:
    """From line ``nxt``, the first of a new page: the header lines opening it (lone cells, a
    blank line below them), each with the column of the table below them it lies under, and that
    table, read by its own columns on this page, with the index of its last line. A group label
    at the left edge opening the page (``[2025년]``, its rows below it) opens the table, as it would
    under the header line ``head_end`` on one page."""
    m = nxt
    while m < len(lines) and not lines[m].blank and _fragment(lines[m]) and not _multi(lines[m]):
        m += 1
    tail = lines[nxt:m]
    if tail and m < len(lines) and _multi(lines[m]) and lines[m].page == lines[nxt].page:
        tail, m = [], nxt  # lone lines right on a row: the top lines of cells centred on it
    if tail and (len(tail) > HEADER_LINES or m >= len(lines)):
        return None
    m = next((i for i in range(m, len(lines)) if not lines[i].blank), len(lines))
    if m >= len(lines) or lines[m].page != lines[nxt].page:
        return None
    start = m
    if (not tail and head_end is not None and not _multi(lines[m]) and not _fragment(lines[m])
            and _group_label(lines, head_end, m)):
        m = next((i for i in range(m + 1, len(lines)) if not lines[i].blank), len(lines))
        if m >= len(lines) or lines[m].page != lines[start].page:
            return None
    blk = find_block(lines, m)
    if blk is None or blk[1] < m:
        return None
    table = build_table(_without_running_heads(lines, start, blk[1], repeated), lexicon)
    spans = _column_spans(table) if table is not None and table.n_cols >= 3 else None
    cols = [_column_of(ln.segs[0], spans) for ln in tail] if table is not None and spans is not None else [None]
    if table is None or None in cols:
        return None
    return [(ln, c) for ln, c in zip(tail, cols, strict=True) if c is not None], table, blk[1]


def _header_over_break(lines: list[TLine], k: int, repeated: Set[str], lexicon: str) -> tuple[Table, int] | None:
    """A table whose header row a page break cut (``주요사업  목표치  추진내용`` under ``추진상황``
    ending a page, ``(완료/추진중/미착`` / ``수)`` opening the next, the rows below them).
    ``pdftotext -layout`` measures each page on its own, so the two parts do not line up: the
    body is read by its own columns on its page; the header's cells before the break, told apart
    by their own columns, go to the body's columns in order when they are as many; the header
    lines after the break go to the body column under which they lie, each joined once to its
    cell. Lines opening the new page that are printed on other pages too are read as header
    lines first (a card in two quarters repeats its table), else passed over as a running page
    header. Returns the table and the index after its lines, or None (nothing is guessed)."""
    found = _header_part(lines, k)
    if found is None:
        return None
    head, end = found
    nxt = _ends_page(lines, end)
    got = _body_after(lines, nxt, repeated, lexicon, end) if nxt is not None else None
    while got is None and nxt is not None and len(lines[nxt].segs) == 1 and _running_head(lines[nxt].text, repeated):
        nxt = next((i for i in range(nxt + 1, len(lines)) if not lines[i].blank), None)  # a running header
        got = _body_after(lines, nxt, repeated, lexicon, end) if nxt is not None else None
    if got is None:
        return None
    tail, table, last = got
    top = head[0] if len(head) >= 3 and (_spanning_above(head[0], head[-1]) or (
        len(head[0].segs) == 1 and any(over_years(head[0].segs[0], [head[-1]], w) for w in (True, False)))) else None
    rest = head[1:] if top is not None else head
    found_cells = [(c, w) for w in (True, False) for c in (cluster(rest, w),) if len(c) == table.n_cols]
    stub = not found_cells and not tail  # a head cell over the body's two label columns (below)
    if stub:
        found_cells = [(c, w) for w in (True, False) for c in (cluster(rest, w),)
                       if len(c) == table.n_cols - 1 and _stub_over_years(c, table)][:1]
    if not found_cells and top is None and not tail:
        spanned = _head_over_subheads(rest, table, head[0], lexicon)
        return (spanned, last + 1) if spanned is not None else None
    if not found_cells or not (stub or all(any(ch.isalpha() for ch in c.text()) for c in found_cells[0][0])):
        return None  # a header labels every column in words or years (a row of amounts is a last row)
    cells, wide = found_cells[0]
    col_of = [0, *range(2, table.n_cols)] if stub else list(range(table.n_cols))  # each head cell's column
    # loosely centred, as on one page, but with half the leeway: the body's columns are measured on their own page
    under = under_spanning(top, cells, wide, loose=True, share=8) if top is not None else None
    if top is not None and (under is None or tail):
        return None
    parts: list[list[str]] = [[c.text(lexicon)] for c in cells]
    nums: list[list[int]] = [[s.line for s in c.segs] for c in cells]
    for ln, col in tail:
        parts[col].append(ln.segs[0].text)
        nums[col].append(ln.number)
    high = 2 if under is not None else 1  # header rows: the spanning line's, then the cells'
    header = [Cell(row=high - 1 if under is not None and c in under else 0, col=col_of[c],
                   text=join_wrapped(parts[c], lexicon), row_span=1 if under is not None and c in under else high,
                   col_span=2 if stub and c == 0 else 1, source=Source(line_start=min(nums[c]), line_end=max(nums[c])))
              for c in range(len(cells))]
    if top is not None and under is not None:
        header.append(Cell(row=0, col=col_of[under[0]], text=" ".join(top.text.split()), col_span=len(under),
                           source=Source(line_start=top.number, line_end=top.number)))
    rows = [Cell(row=c.row + high, col=c.col, text=c.text, row_span=c.row_span, col_span=c.col_span, source=c.source)
            for c in table.cells]
    joined = Table(cells=header + rows, n_rows=table.n_rows + high, n_cols=table.n_cols,
                   source=Source(line_start=head[0].number, line_end=table.source.line_end))
    return joined, last + 1


_AMOUNT = re.compile(r"\d,\d")


def _stub_over_years(cells: list[RCell], table: Table) -> bool:
    """A header one cell short of the body below a page break, its cells after the first all years
    over the body's columns of figures, the body's first two columns words only (an indicator and
    its 목표 / 실적 row names): the first cell (``구분``) heads both label columns."""
    year = current().year_re
    if len(cells) < 3 or not all(year.fullmatch(" ".join(c.text().split())) for c in cells[1:]):
        return False
    by_col: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.col_span == 1:
            by_col.setdefault(cell.col, []).append(cell.text)
    return (all(not is_figure(t) for c in (0, 1) for t in by_col.get(c, []))
            and all(any(is_figure(t) for t in by_col.get(c, [])) for c in range(2, table.n_cols)))


def _head_over_subheads(head: list[TLine], table: Table, first: TLine, lexicon: str) -> Table | None:
    """The header's first row cut from its second by a page break (``구분  계  연도별 투자계획`` ending a
    page; the years under the spanning head opening the next, over the body): the second row, read
    with the body, leaves empty exactly the columns before the spanning head's, one for each of the
    first row's other cells. Those cells head their columns over both rows, the last spans the
    columns the second row labels. ``None`` for any other shape."""
    for wide in (True, False):
        cells = cluster(head, wide)
        h, n = len(cells), table.n_cols
        if not 2 <= h < n or not all(any(ch.isalpha() for ch in c.text()) for c in cells):
            continue
        sub = [c for c in table.cells if c.row == 0]
        if (table.n_rows < 2 or sorted(c.col for c in sub) != list(range(h - 1, n))
                or any(c.row_span != 1 or c.col_span != 1 or not c.text.strip() or _AMOUNT.search(c.text) for c in sub)):
            return None
        src = Source(line_start=first.number, line_end=first.number)
        header = [Cell(row=0, col=k, text=cells[k].text(lexicon), row_span=2, source=src) for k in range(h - 1)]
        header.append(Cell(row=0, col=h - 1, text=cells[-1].text(lexicon), col_span=n - h + 1, source=src))
        rows = [Cell(row=c.row + 1, col=c.col, text=c.text, row_span=c.row_span, col_span=c.col_span, source=c.source)
                for c in table.cells]
        return Table(cells=header + rows, n_rows=table.n_rows + 1, n_cols=n,
                     source=Source(line_start=first.number, line_end=table.source.line_end))
    return None


def _running_head(text: str, repeated: Set[str]) -> bool:
    """A running page line: printed on several pages, or a card title naming the card by a header
    label (``하늘시장 공약사업 추진상황 관리카드 | 관리번호 1-35``) atop a page."""
    return " ".join(text.split()) in repeated or (is_title(text) and bool(find_labels(text)))
