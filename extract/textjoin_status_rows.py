"""Rows of a table with a note column (추진내용 | 비고) that a layout dump printed under a bulleted row's line,
held apart from it (class: a row's title run into the bullet item above, its 비고 cell printed on its first line:
gaeul-county 64009 pdftotext -layout, ``ㄴ 신규 참여기업 협약(…23명)`` / blank / ``공공돌봄 관련 현장 건의 21건 검토 및
제도 개선            완료``, read as one item whose counts the shared counter paired with another quarter's).

A line is a row of its own, never the wrapped rest of the item above, when both show it: the dump printed a blank
line between them (a wrapped cell's lines follow each other: a gap in the line numbers is a vertical gap of the
page), and the line closes on a note cell, a gap of two spaces or more, then one status word of the vocabulary
(a paragraph's wrapped line prints no gap before its last word)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Paragraph
from pledgecard.extract.paren_rest import closes_paren_above
from pledgecard.extract.vocabulary import current, key

_LAST_CELL = re.compile(
    r"\S\s{2,}(\S[^\s]*(?: \S+){0,2})\s*$"
)  # the last cell after a gap: up to three words


def closes_on_status_cell(printed: str | None) -> bool:
    """Whether a dump line as printed (its space runs kept) ends with a status word (완료, 추진 중) set off by a
    gap of two spaces or more: a note column's cell."""
    if not printed:
        return False
    m = _LAST_CELL.search(printed)
    return m is not None and key("".join(m.group(1).split())) in current().status_words


def after_blank(lines: list[Paragraph], k: int) -> bool:
    """Whether a blank line parts ``lines[k]`` from the physical line above it (both numbered by the dump)."""
    if k == 0:
        return False
    above, here = lines[k - 1].source, lines[k].source
    end = above.line_end if above.line_end is not None else above.line_start
    return end is not None and here.line_start is not None and here.line_start > end + 1


def status_rows_apart(lines: list[Paragraph], joins: dict[int, str]) -> set[int]:
    """The lines the joiner took for the wrapped rest of the line above that are table rows of their own: each
    printed after a blank line and closing on a note column's status cell, and not closing a parenthesis the line
    above left open (``협약(기업 : 누리모빌리티,`` / blank / ``계약인원 : 23명)   완료``: the bullet's wrapped rest,
    its row's 비고 cell printed on its line; review A s34 finding 6, gaeul-county 64009 -layout)."""
    return {
        k
        for k in joins
        if lines[k].marker is None
        and after_blank(lines, k)
        and closes_on_status_cell(lines[k].printed)
        and not closes_paren_above(lines[k - 1].text, lines[k].text)
    }
