"""One rule for the card's time (extract/as_of.py): the record's ``as_of`` and the years sections read
(``SectionContext.as_of_year`` / ``reported_year``) come from the same functions."""

from __future__ import annotations

from pledgecard.extract import as_of
from pledgecard.extract.card_wide import as_of_date
from pledgecard.extract.sections.base import SectionContext
from pledgecard.normalize.dates import parse_date


def _d(*raws: str) -> list[dict]:  # type: ignore[type-arg]
    return [parse_date(r) for r in raws]


def test_a_bare_year_gives_way_to_a_finer_date_inside_it() -> None:
    assert as_of.card_as_of(_d("2024년", "2024. 9. 30."))["label"] == "2024-09-30"
    assert as_of.card_as_of(_d("2023. 12. 31.", "2024년"))["label"] == "2024"
    assert as_of.card_as_of([]) is None and as_of.as_of_year([]) is None


def test_the_record_and_a_section_read_one_as_of() -> None:
    dates = _d("'24. 3/4분기", "2024. 11. 2.", "2023년")
    ctx = SectionContext(dates=tuple(dates))
    assert as_of_date([], dates) == as_of.card_as_of(dates)
    assert ctx.as_of_year() == int(as_of_date([], dates)["end"][:4]) == 2024


def test_the_reported_year_is_the_header_s_quarter_when_the_as_of_date_is_right_after_it() -> None:
    header = _d("2024년 4/4분기", "2025. 1. 15.")
    assert as_of.reported_year(header, header) == 2024 and as_of.as_of_year(header) == 2025
    assert as_of.reported_year(header[1:], _d("'24. 4분기") + header[1:]) == 2025  # only a block names Q4
    late = _d("2024년 4/4분기", "2025. 6. 30.")
    assert as_of.reported_year(late, late) == 2025  # two quarters on: no review of that quarter
    same = _d("2024년 3/4분기", "2024. 9. 30.")
    assert as_of.reported_year(same, same) == 2024
    assert as_of.reported_year([], []) is None
    ctx = SectionContext(dates=tuple(header), header_dates=tuple(header))
    assert (ctx.reported_year(), ctx.as_of_year()) == (2024, 2025)
