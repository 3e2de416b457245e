"""A dated log's row is no block heading (session 44, leftovers5; /tmp/lo3/c4_nohead: a layout dump printing a log
of ``연도 | 월 | 추진내용`` rows without its head line).

A block heading names the achievements and a date in one run of words (``2024년 4분기 추진실적``). A log's row whose
text ends in a reporting word (``2024년        10월   문화관광 연도별 운영 실적``) reads the same once its spaces are
folded, so it was taken for a block heading: its text lost as an item and every item after it given its date as the
block's reporting point. A dump that keeps the columns' places prints the row's cells apart by a column's gap (two
spaces or more); where the date itself stands in cells of its own (the year's, the month's), the line is a row of
cells, never a heading. So too a row whose content cell wrapped onto the next line (joined to it before the reader
sees it): its first line as printed shows the cells apart (session 45, /tmp/lo3/c4_nohead_wrapped)."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.dated_line import DatedLine
from pledgecard.extract.item_heads import head_line_cells
from pledgecard.extract.layout import Line
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.dates import parse_date

_GAP = re.compile(r"\s{2,}")


def log_row_cells(line: Line) -> bool:
    """Whether ``line`` prints three cells or more apart by a column's gap, its date split over its first cells (a
    year's cell alone, then the month's or the day's) and words after them."""
    # a row wrapped onto the next line (a dump joining the two): its first line as printed (review leftovers5 c4)
    printed = (line.printed or line.first_printed or "").strip()
    cells = [c for c in _GAP.split(printed) if c]
    if len(cells) < 3:
        return False
    year = parse_date(cells[0])
    both = parse_date(f"{cells[0]} {cells[1]}")
    return (
        year.get("precision") == "year"
        and both.get("precision") in ("month", "day")
        and not parse_date(cells[-1]).get("label")
        and _words_cell(cells[-1])
    )


def _words_cell(cell: str) -> bool:
    """A row's last cell of words: a word that is no figure (``12,000  15,000`` is a figures row's), and not an
    as-of word alone (``현재``, ``기준``: ``[as_of]``, a block heading's date printed in cells)."""
    if not any(not re.search(r"\d", t) for t in cell.split()):
        return False
    return key(cell) not in {key(w) for w in current().words("as_of", "words")}


def log_rows(lines: list[Any]) -> set[int]:
    """The indices of the unmarked lines that are a log's rows printed in their cells (:func:`log_row_cells`) in a
    log's context: a sibling row of the same shape (the nearest printed line before or after it), or a log's head
    line (``연도 월 추진내용``: ``[item_table] date_parts`` then a content word) or a log's row the log reader read
    (:class:`DatedLine`) above it, past unmarked lines only (no block heading or bullet between). One such line
    alone (a block heading ``2024년  12월  현재``, a plan ``2025년  3월  실시설계 착수 예정``) is no log (session 44,
    review of leftovers5 c4: read as the base read it)."""
    cells = {
        i for i, ln in enumerate(lines) if isinstance(ln, Line) and ln.marker is None and log_row_cells(ln)
    }
    printed = [i for i, ln in enumerate(lines) if not isinstance(ln, Line) or ln.text.strip()]
    out: set[int] = set()
    for n, i in enumerate(printed):
        if i in cells and (
            (n > 0 and printed[n - 1] in cells)
            or (n + 1 < len(printed) and printed[n + 1] in cells)
            or _log_above(lines, i)
        ):
            out.add(i)
    return out


def _log_above(lines: list[Any], i: int) -> bool:
    """Whether a log's head line or a row the log reader read stands above ``lines[i]`` with only unmarked lines
    (a table's cells printed a line each) between."""
    for ln in reversed(lines[:i]):
        if isinstance(ln, DatedLine):
            return True
        if not isinstance(ln, Line) or ln.marker is not None:
            return False
        if head_line_cells(ln.text.split()) is not None:
            return True
    return False
