"""A channel table set with the channels down and the periods across (``구분`` / ``1/4분기`` / ``2/4분기`` / ... over
``주민간담회, 공청회 등`` / ``만족도조사`` / ...: hanul-special's quarterly table) printed a cell a line, one column at a
time (pdfminer's ``pdf2txt``: the labels' box, then the first quarter's counts and their sum, the other quarters'
boxes after the next sections): the counts printed under the channels are one period's column (or the total's), and
which one the print does not tell, so none is the channels' counts. A header naming two periods or more on lines
of their own is such a table."""

from __future__ import annotations

from pledgecard.extract.sections.goal_quarters import quarter_head
from pledgecard.normalize.dates import parse_date

PERIOD_PRECISIONS = ("year", "half", "quarter")


def period_head(text: str) -> bool:
    """A head cell naming a period as its whole text (``1/4분기``, ``3분기``, ``2024년``)."""
    t = text.strip()
    if quarter_head(t) is not None:
        return True
    d = parse_date(t)
    return (
        d.get("label") is not None
        and d.get("precision") in PERIOD_PRECISIONS
        and d.get("raw", "").strip() == t
    )


def periods_across(header_parts: list[str]) -> bool:
    """Whether a channel table's head lines name two periods or more, each on a line of its own."""
    return sum(period_head(p) for p in header_parts) >= 2


__all__ = ["period_head", "periods_across"]
