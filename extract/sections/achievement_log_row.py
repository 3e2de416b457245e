"""A dated log's row is no block heading (session 44, leftovers5; /tmp/lo3/c4_nohead: a layout dump printing a log
of ``연도 | 월 | 추진내용`` rows without its head line).

A block heading names the achievements and a date in one run of words (``2024년 4분기 추진실적``). A log's row whose
text ends in a reporting word (``2024년        10월   문화관광 연도별 운영 실적``) reads the same once its spaces are
folded, so it was taken for a block heading: its text lost as an item and every item after it given its date as the
block's reporting point. A dump that keeps the columns' places prints the row's cells apart by a column's gap (two
spaces or more); where the date itself stands in cells of its own (the year's, the month's), the line is a row of
cells, never a heading."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.normalize.dates import parse_date

_GAP = re.compile(r"\s{2,}")


def log_row_cells(line: Line) -> bool:
    """Whether ``line`` prints three cells or more apart by a column's gap, its date split over its first cells (a
    year's cell alone, then the month's or the day's) and words after them."""
    printed = (line.printed or "").strip()
    cells = [c for c in _GAP.split(printed) if c]
    if len(cells) < 3:
        return False
    year = parse_date(cells[0])
    both = parse_date(f"{cells[0]} {cells[1]}")
    return (
        year.get("precision") == "year"
        and both.get("precision") in ("month", "day")
        and not parse_date(cells[-1]).get("label")
    )
