"""A list grid's row-number column in a text dump (a web system's grid printed to text:
``번호 추진일자 추진내용 비고`` over ``1 2024.06.15 협약 체결 완료``, ``2  * 참여 5개사``, ...).

The head line opens with a row-number head (vocabulary ``[row_numbers] heads``: 번호, No, 순번) before
two or more other head words, and the rows under it open with their numbers counted up from 1 (blank
lines and the page furniture between them skipped). The number is no part of a row: the head word and
every row's number are taken off the line, as the table prints without that column. A dump joining a
row's cells with one space loses the number and its space (an empty cell after it keeps its own space; a
number alone on its line, its row's cells wrapped below it, leaves a blank line);
a layout dump, whose columns stand apart by gaps, keeps its columns where they are (the number turned to
spaces). A row's cells wrapped onto lines of their own (up to four) may stand between two numbers. A run of fewer than two numbered rows, or numbers that skip, is left as it is.
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.vocabulary import Vocabulary, current, key

_LEAD = re.compile(r"^(\s*)(\S+)( +)")


def _heads(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("row_numbers", "heads"))


def _head_line(text: str) -> re.Match[str] | None:
    """The row-number head opening ``text`` (its indent, the word, the gap after it) when two or more
    words follow it; None otherwise."""
    m = _LEAD.match(text)
    if m is None or key(m.group(2)) not in current().build(_heads):
        return None
    return m if len(text[m.end():].split()) >= 2 else None


def _numbered(text: str, n: int) -> re.Match[str] | None:
    """The number ``n`` opening ``text`` as a cell of its own (a gap after it, text after the gap), or the
    whole line (its row's other cells wrapped onto the lines below: ``pdftotext -raw``)."""
    m = _LEAD.match(text + " ")
    return m if m is not None and m.group(2) == str(n) else None


def _next_row(lines: list[TLine], j: int, n: int, *, first: bool) -> tuple[int, re.Match[str]] | None:
    """The line from ``lines[j]`` opening with the row number ``n``: the next non-blank line, or (after a
    row, whose cells may wrap over lines of their own) one of the next ``_WRAPPED + 1``; None when none."""
    seen = 0
    for i in range(j, len(lines)):
        if not lines[i].text.strip():
            continue
        m = _numbered(lines[i].text, n)
        if m is not None:
            return i, m
        seen += 1
        if first or seen > _WRAPPED:
            return None
    return None


_WRAPPED = 4  # the most lines a row's wrapped cells print between its number and the next row's


def _without(line: TLine, m: re.Match[str], layout: bool) -> TLine:
    """``line`` without the cell ``m`` matched: the cell turned to spaces (a layout dump) or cut with the
    one space after it (a dump of cells one space apart)."""
    text = line.text
    if not text[m.end(2):].strip():  # the number alone on its line
        return to_tline(line.number, line.page, "")
    if layout:
        new = text[:m.start(2)] + " " * (m.end(2) - m.start(2)) + text[m.end(2):]
    else:
        new = m.group(1) + text[m.end(2) + 1:]
    return to_tline(line.number, line.page, new + " " * line.trail)


def drop_row_numbers(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every list grid's row-number column taken off (see the module's words)."""
    out = list(lines)
    k = 0
    while k < len(out):
        head = _head_line(out[k].text)
        if head is None:
            k += 1
            continue
        rows: list[tuple[int, re.Match[str]]] = []
        j = k + 1
        while j < len(out):
            nxt = _next_row(out, j, len(rows) + 1, first=not rows)
            if nxt is None:
                break
            j, m = nxt
            rows.append((j, m))
            j += 1
        if len(rows) >= 2:
            layout = len(head.group(3)) >= 2
            out[k] = _without(out[k], head, layout)
            for i, m in rows:
                out[i] = _without(out[i], m, layout)
        k = max(j, k + 1) if len(rows) >= 2 else k + 1
    return out
