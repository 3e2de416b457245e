"""What a line or a segment of a layout text dump is, from its text and position alone: a plain
cell (no bullet, no numbering), a bulleted item, a row of cells, a lone cell line lying under the
cells of another line, a cell centred on a row, a numbered section heading, a figure."""

from __future__ import annotations

import re

from pledgecard.extract.figure_marks import without_mark
from pledgecard.extract.heading_numbers import heading_number, ordinal_number
from pledgecard.extract.labels import find_labels, is_title, section_of, untitled_title
from pledgecard.extract.markers import LEVEL3_MARKERS, is_glyph, is_numbering, split_marker
from pledgecard.extract.part_labels import part_label
from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_dash_cells import dash_run_cell
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.normalize.text import DASHES

LABEL_MAX = 16  # display columns: a label in a label column is short

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


def plain_cell(seg: Seg) -> bool:
    """A segment that opens with no bullet and no numbering (a label, a cell). A lone ``수)`` is
    the end of a wrapped cell (``(완료/추진중/미착`` + ``수)``), no numbering: Korean numbering
    counts 가, 나, 다 ... A lone dash is a cell printed empty (``-``), no bullet."""
    marker, _ = split_marker(seg.text)
    text = seg.text.strip()
    if text in DASHES or drawn(text):
        return True
    if bare_numbered_heading(text) or ordinal_heading(text):
        return False
    if is_numbering(text) and 0 <= ord(text[0]) - _SYLLABLES < 11172 and not _counting_letter(text[0]):
        return marker is None
    return marker is None and not is_numbering(text)


def bare_numbered_heading(text: str) -> bool:
    """A section heading numbered by a bare figure, no punctuation after it (``2 재원투자 실적 및 계획``,
    ``4 목표 달성도``: a pdftotext dump of headings set in boxes): numbering no marker reads, so the line
    would pass for a cell, the first of the table under it. Its title must name a section."""
    if not text[:1].isdigit():
        return False
    hn = heading_number(text)
    return hn is not None and hn[0] == "d" and section_of(text) is not None


def ordinal_heading(text: str) -> bool:
    """A section heading numbered as an ordinal (``제4절 성과목표 변경 및 달성 현황``; the vocabulary's
    ``[ordinal_numbering]``): numbering no marker reads, the line would pass for a cell, the first of the table
    under it (a title naming no section the vocabulary knows). Its title must be words, no figure."""
    ordinal = ordinal_number(text)
    return ordinal is not None and not any(ch.isdigit() for ch in ordinal[2]) and len(ordinal[2].split()) >= 1


def bullet_item(seg: Seg) -> bool:
    """A bulleted item; a value drawn in glyphs (``■□□□□``, a stage bar's cell) is none."""
    marker, body = split_marker(seg.text)
    return marker is not None and bool(body) and not drawn(seg.text.strip())


HYPHENED = re.compile(r"\d{1,3}(?:-\d{1,3})+")


def cells_row(line: TLine) -> bool:
    """A row of cells: several segments, none of them a bullet item (``사업개요  ◦ 사업기간 …`` is a
    label beside its content). A first cell of numbers joined by hyphens alone (``2-2``, the 관리번호
    opening a header's value row) is no outline number when three plain cells or more follow it."""
    if len(line.segs) < 2 or any(
        bullet_item(s) and not dash_run_cell(line, s, plain_cell) for s in line.segs[1:]
    ):
        return False
    first = line.segs[0]
    return (
        plain_cell(first)
        or _part_row(line)
        or (
            len(line.segs) >= 4
            and bool(HYPHENED.fullmatch(first.text.strip()))
            and all(plain_cell(s) for s in line.segs[1:])
        )
    )


def _part_row(line: TLine) -> bool:
    """A funding part's row (``- 균특   12,713   3,304 ...``, ``·도  비   7.2 ...``): a part's mark and one word (vocabulary
    ``[funding_sub_rows] marks``), then two figures or more (a footnote mark after one kept), no bullet item."""
    label = part_label(line.segs[0].text)
    # (one word, or one spread to fill its cell a syllable a word: ``·도  비``)
    return (
        label is not None
        and (len(label.split()) == 1 or all(len(w) == 1 for w in label.split()))
        and len(line.segs) >= 3
        and all(is_figure(without_mark(s.text.strip())) for s in line.segs[1:])
    )


def row_around_wrap(lines: list[TLine], j: int) -> bool:
    """A row of cells :func:`cells_row` leaves out for its hyphened first cell (``4-6-6``, the 관리번호
    opening a header's value row) and only three segments, because a fourth cell wrapped around it:
    lone cell lines right above and below it (no blank line between) in a gap of the row, the two
    lines of a cell centred on it (``해양레저 명소화 사업 추`` / ``진`` around ``4-6-6  추진중  '24년 …``)."""
    ln = lines[j]
    if (
        len(ln.segs) != 3
        or not HYPHENED.fullmatch(ln.segs[0].text.strip())
        or not all(plain_cell(s) for s in ln.segs[1:])
        or not 1 <= j < len(lines) - 1
    ):
        return False
    return centred_first_cell(lines[j - 1], ln, lines[j + 1])


def lone_cell(line: TLine) -> bool:
    return len(line.segs) == 1 and plain_cell(line.segs[0]) and line.segs[0].c0 >= 1


# a unit note such as (단위 : 억원) above a table, or a caption in angle brackets (〈목표 대비 …〉:
# words, not a lone group label such as <2025>)
PARENTHESISED = re.compile(r"^(?:\(.*\)|[〈<《【][^〉>》】]*\s[^〉>》】]*[〉>》】])$")


def lies_under(line: TLine, ref: TLine | None) -> bool:
    """A lone cell line lying over (or under) one of the segments of ``ref``, in either measure."""
    if ref is None or len(line.segs) != 1:
        return False
    s = line.segs[0]
    return any(overlaps(*o.span(w), *s.span(w)) for o in ref.segs for w in (True, False))


def numbered_heading(line: TLine) -> bool:
    """A line of one numbered section heading (``제4장 성과목표 및 공정률``, ``3. 추진실적``): it opens its
    section and is no cell of the table under it."""
    text = " ".join(sg.text for sg in line.segs)
    return heading_number(text) is not None and section_of(text) is not None


def title_over_header(line: TLine, below: TLine) -> bool:
    """A card's title printed without a kind word (``연빛군 민선8기 군수 공약사업 추진상황``:
    :func:`untitled_title`) centred over the header table, whose row under it opens with a header label:
    the card's title, no head of the table's columns."""
    labels = find_labels(below.text)
    return untitled_title(line.text.strip()) and bool(labels) and not below.text[: labels[0][1]].strip()


def heading_like(line: TLine) -> bool:
    """A line that may head a section rather than a group of rows: numbered, marked or naming a
    section (``3. 추진실적``, ``□ 도민소통``)."""
    text = line.text.strip()
    return (
        heading_number(text) is not None or split_marker(text)[0] is not None or section_of(text) is not None
    )


def centred_first_cell(above: TLine, row: TLine, below: TLine, tail: bool = False) -> bool:
    """A lone line at the left edge right above a row of cells, with a lone line right below
    the row under it, both in a gap of the row (in one measure): the two lines of a cell
    centred on the row (``주민간담회, 공`` / ``청회 등`` beside ``만족도조사 …``). With ``tail``,
    the line below may open with a middle dot (``대전·세종`` / ``·충남``: a list wrapped at it)."""
    plain_below = plain_cell(below.segs[0]) if len(below.segs) == 1 else False
    if (
        tail
        and len(below.segs) == 1
        and below.segs[0].text[:1] in LEVEL3_MARKERS
        and len(below.segs[0].text) > 1
    ):
        plain_below = True
    if (
        len(above.segs) != 1
        or len(below.segs) != 1
        or not plain_cell(above.segs[0])
        or not plain_below
        or is_title(above.text)
        or PARENTHESISED.match(above.segs[0].text)
        or not (above.page == row.page == below.page)
        or below.number != row.number + 1
        or above.number != row.number - 1
    ):
        return False
    a, b = above.segs[0], below.segs[0]
    for w in (True, False):
        a0, a1 = a.span(w)
        b0, b1 = b.span(w)
        if overlaps(a0, a1, b0, b1) and not any(
            overlaps(*o.span(w), min(a0, b0), max(a1, b1)) for o in row.segs
        ):
            return True
    return False


def last_cells_row(lines: list[TLine], k: int, j: int) -> TLine | None:
    return next((lines[i] for i in range(j - 1, k - 1, -1) if cells_row(lines[i])), None)


def group_segs(lines: list[TLine], k: int) -> int:
    """Segments in the lines from k down to the next blank line."""
    n = 0
    for ln in lines[k:]:
        if ln.blank:
            break
        n += len(ln.segs)
    return n


def ends_page(lines: list[TLine], end: int) -> int | None:
    """Index of the first non-blank line after ``end`` when it is on a later page."""
    nxt = next((i for i in range(end + 1, len(lines)) if not lines[i].blank), None)
    return nxt if nxt is not None and lines[nxt].page != lines[end].page else None


FIGURE = re.compile(r"^[\d,.\s%△▲()\-–—]+$")  # a cell of figures only (amounts, rates, signs, dashes)
