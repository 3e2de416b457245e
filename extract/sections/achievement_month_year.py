"""An achievement's date printing a month alone (``… 선정 : 5월``, ``… 시공 : 6월 중``): the month of its block's year.

Class fixed (doc-eungyeol-province-2-13, an HWP 5 card reported at ``2025. 2/4분기 기준``, the year's items dated by
month only): the trailing date was kept as printed with no label, no year to place it in. The block's reporting
point states the year the card reports on; a month alone in it is that year's month where it falls on or before the
reporting point's end (a later month of that year is no achievement yet: its year unproven, the date stays unread).
A bracketed month (``… 완료 (5월)``) stays in the text, as the schema keeps a bracketed date.

Class fixed (review e: ``- 콘크리트 제방 철거 : 3월`` under ``○ 1공구 자연형 호안 조성 (2024년)``, ``- 준공검사 : 9월`` under
``○ … : 2024. 2. ~ 11.``, a card reported at 2025's end, dated 2025-03 / 2025-09): an enclosing item naming another
year (in its text or its date) places the month in that item's time, not the reporting year: the month stays
unlabelled. A range of months (``3월 ~ 5월``) is no month alone either, but in a block whose heading names its year
alone (``3. 2025년 추진실적`` over a table of months, ``5~6월``: session 38's doc-yesol-province-5-8), where every
month printed is that year's.

Class fixed (session 39's doc-harang-province-7-5, an HWP 5 card: a ``시기 | 추진내용`` log dated by quarters alone,
``1/4분기`` / ``2/4분기``, under ``3. 2025년 추진실적``): a quarter or a half printed alone is the block's year's as a month
is, on the same terms (on or before the block's reporting point, no enclosing item naming another year).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.sections.goal_year_periods import PERIODS  # a year's part (1/4분기, 상반기)
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import opens_after, parse_date


def years_named(item: dict[str, Any]) -> set[int]:
    """The years an achievement item names: in its text (``(2024년)``) and its date's start and end."""
    years = {
        int(m.group("y4")) for m in current().year_re.finditer(str(item.get("text") or "")) if m.group("y4")
    }
    date = item.get("date") or {}
    return years | {int(str(date[k])[:4]) for k in ("start", "end") if date.get(k)}


def _sibling_year(earlier: Sequence[dict[str, Any]]) -> tuple[bool, int | None]:
    """The year the nearest of ``earlier`` (an item's earlier siblings, in order) whose date printed a year printed:
    ``(True, year)``; ``(True, None)`` where that date spans years or is open (its year unproven); ``(False, None)``
    where none printed a year."""
    for item in reversed(earlier):
        date = item.get("date") or {}
        if not date.get("raw") or parse_date(str(date["raw"])).get("label") is None:
            continue  # no date, or one printing no year of its own (2/4분기)
        start, end = str(date.get("start") or ""), str(date.get("end") or "")
        return True, (int(start[:4]) if start and start[:4] == end[:4] else None)
    return False, None


def month_in_as_of_year(
    date: dict[str, Any] | None,
    as_of: dict[str, Any] | None,
    above: Sequence[dict[str, Any]] = (),
    earlier: Sequence[dict[str, Any]] = (),
) -> dict[str, Any] | None:
    """``date`` (an item's trailing date read with no label) as a month of ``as_of``'s year, where it is a month
    alone on or before ``as_of``'s end and no enclosing item of ``above`` names another year; None otherwise.
    Where an earlier sibling of ``earlier`` (in order) printed a year (``2024. 1/4분기`` then ``2/4분기``), the
    nearest one's year is the month's instead (still on or before ``as_of``'s end); where that year is unproven
    (a date spanning years), None."""
    if (
        not date
        or date.get("label") is not None
        or not date.get("raw")
        or not as_of
        or not as_of.get("end")
        or not as_of.get("start")
        or as_of["start"][:4] != as_of["end"][:4]
    ):
        return None
    raw = str(date["raw"])
    block_year = int(as_of["end"][:4])
    printed, sibling = _sibling_year(earlier)
    if printed and sibling is None:
        return None  # the nearest earlier row printing a year prints no one year: unproven
    year = sibling if sibling is not None else block_year
    got = parse_date(raw, default_year=year)
    precision = got.get("precision")
    label = str(got.get("label") or "")
    # one period alone (1/4분기): a range of periods (2/4분기~3/4분기) or an open one (3/4분기 이후) is none
    one_period = precision in PERIODS and "/" not in label and not opens_after(raw)
    start, end = str(got.get("start") or ""), str(got.get("end") or "")
    months = start[:7] != end[:7] and not one_period  # a range of months (or of periods)
    if (
        precision != "month"
        and not one_period
        or not end
        or end > as_of["end"]
        or start[:4] != end[:4]
        or opens_after(raw)
        or months
        and (as_of.get("precision") != "year" or year != block_year)
    ):
        return None  # no month, a later one, or a range of months (but in a block naming its year alone)
    if any(years_named(item) - {year} for item in above):
        return None  # under an item of another year: the month is that year's, not the reporting year's
    if parse_date(raw, default_year=year - 1).get("label") == got.get("label"):
        return None  # the raw printed its own year: not a month alone
    return got
