"""Two-column regions of a layout text dump: runs of lines whose text starts right of a content
column, with short labels (no bullet, no numbering) left of it, alone on their lines or followed by
content on the same line. The labels are vertically centred in their cell, so the lines between two
labels are split at the widest blank gap: each label with its content lines (:func:`split_region`)."""

from __future__ import annotations

import re
from collections import Counter

from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.labels import is_title, section_of
from pledgecard.extract.markers import (
    CLOSE_BRACKETS,
    LETTERS,
    LEVEL1_MARKERS,
    OPEN_BRACKETS,
    SECTION_MARKERS,
    is_numbering,
    split_marker,
)
from pledgecard.extract.readers.text_line_kinds import LABEL_MAX, plain_cell
from pledgecard.extract.readers.text_lines import Seg, TLine

MIN_CONTENT_COL = 6


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
    plain = words is not seg.text or (plain_cell(seg) and not _NUMBERED.match(seg.text))
    return (
        plain
        and not any(ch.isdigit() for ch in words)
        and seg.x1 - seg.x0 <= LABEL_MAX
        and (seg.c1 < col - 1 or seg.x1 < col - 1)
    )


def label_part(line: TLine, col: int) -> list[Seg] | None:
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
    counts = Counter(
        line.segs[0].c0
        for line in lines
        if len(line.segs) == 1
        and not line.blank
        and line.segs[0].c0 >= MIN_CONTENT_COL
        and line.segs[0].c0 == line.segs[0].x0
    )
    return sorted(c for c, n in counts.items() if n >= 3)


def find_regions(lines: list[TLine]) -> list[tuple[int, int, int]]:
    """(first, last, content column) of each two-column region, line indexes inclusive."""
    found: list[tuple[int, int, int]] = []
    for col in _content_columns(lines):
        k = 0
        while k < len(lines):
            line = lines[k]
            lab = None if line.blank or is_title(line.text) else label_part(line, col)
            if not lab:
                k += 1
                continue
            a = k  # (the card's title line, centred where the contents start, is no line of the region)
            while a > 0 and (
                lines[a - 1].blank
                or not is_title(lines[a - 1].text)
                and label_part(lines[a - 1], col) is not None
            ):
                a -= 1
            b = k
            while b + 1 < len(lines) and (
                lines[b + 1].blank
                or not is_title(lines[b + 1].text)
                and label_part(lines[b + 1], col) is not None
            ):
                b += 1
            while lines[a].blank:
                a += 1
            while lines[b].blank:
                b -= 1
            pure = sum(1 for ln in lines[a : b + 1] if len(ln.segs) == 1 and _at(ln.segs[0], col))
            if pure >= 2 and not any(x <= b and a <= y for x, y, _ in found):
                found.append((a, b, col))
            k = b + 1
    return sorted(found)


def _gap(lines: list[TLine], i: int, j: int) -> int:
    """Blank lines between line indexes i < j on one page (a page break is no gap)."""
    if lines[i].page != lines[j].page:
        return 0
    return sum(1 for ln in lines[i + 1 : j] if ln.blank)


def split_region(lines: list[TLine], col: int) -> list[tuple[list[Seg], list[TLine]]]:
    """The labels of a region (segments) with the content lines (content segments only)."""
    labels: list[tuple[int, int]] = []  # (first, last) line index of each label
    for k, line in enumerate(lines):
        if line.blank:
            continue
        lab = label_part(line, col)
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
        on_label = [
            k
            for k in content
            if labels[n][0] <= k <= labels[n][1] or labels[n + 1][0] <= k <= labels[n + 1][1]
        ]
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
        segs = [s for ln in lines[a : b + 1] for s in (label_part(ln, col) or [])]
        body: list[TLine] = []
        last = None
        for k in sorted(k for k, o in owner.items() if o == n):
            if last is not None:
                body += [
                    TLine(ln.number, ln.page, "", trail=ln.trail) for ln in lines[last + 1 : k] if ln.blank
                ]
            ln = lines[k]
            first = _content_start(ln, col)
            assert first is not None
            body.append(TLine(ln.number, ln.page, ln.text, [_rebase(sg, col) for sg in ln.segs[first:]]))
            last = k
        out.append((segs, body))
    return out


def _join_wrapped_labels(
    lines: list[TLine], labels: list[tuple[int, int]], col: int
) -> list[tuple[int, int]]:
    """Labels of a numbered label column (``<1> 사업개``, ``<2> 연도별``) with the pieces their cells
    wrapped onto later lines (``요``, printed between content lines): where two or more labels open
    with a numbering, a label without one continues the label above it."""

    def numbered(a: int) -> bool:
        part = label_part(lines[a], col) or []
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
