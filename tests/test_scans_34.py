"""Scanned cards still misread after session 33 (session 34, scans), read by OCR at test time:

- a reporting point garbled past its year (``2025.2Q 현재`` OCR'd ``2025.20 현재``, its quarter mark read as a digit):
  ``find_dates`` took ``2025.`` for the bare year 2025, so the block's date was the year and the card's as-of date gave
  way to an earlier block's finer ``25년 1분기 기준`` inside it: as_of and card_id 2025-Q1 instead of Q2, a wrong date
  no counter counts. A year whose point is glued to digits no reading takes is no date (``garbled_years`` names it);
  the block heading keeps its place with an unread date (raw text, null label); the card's as-of date is the unread
  point where it may lie after every readable one (``as_of_unread``), its card_id's point ``unknown``
  (saebom-county 27007 scan: as_of 2025-Q1 -> unread, score 0.869 -> 0.869, 0 wrong).
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card_read

# --- a date garbled past its year ---------------------------------------------------------------------------------


def _found(text: str) -> list[str | None]:
    from pledgecard.normalize.dates import find_dates

    return [d["label"] for _, _, d in find_dates(text)]


def test_a_year_glued_to_digits_no_reading_takes_is_no_date() -> None:
    from pledgecard.normalize.dates import garbled_years

    for text in ["2025.20 현재", "2025.2O 현재", "'25.20 현재", "(2025.20 현재)", "2025.I0 기준"]:
        assert _found(text) == [], text
        assert [y for _, _, y in garbled_years(text)] == [2025], text


def test_dates_read_past_their_year_or_standing_alone_stay() -> None:
    from pledgecard.normalize.dates import garbled_years

    assert _found("2025.2Q 현재") == ["2025-Q2"]
    assert _found("2025.2/4 현재") == ["2025-Q2"]
    assert _found("2025.12 현재") == ["2025-12"]
    assert _found("2025. 현재") == ["2025"]  # a year and its point, then a space: the year
    assert _found("2024.~2025.") == ["2024/2025"]
    assert _found("2025년20 현재") == ["2025"]  # a year word, no point: a year (Korean spacing is loose)
    assert garbled_years("2025.2Q 현재") == [] and garbled_years("2025. 10월말") == []


def test_a_block_heading_garbled_past_its_year_keeps_its_place_with_an_unread_date() -> None:
    from pledgecard.extract.headings import parse_group_heading

    for text, name, raw in [("2025.20 현재", "2025.20 현재", "2025.20 현재"),
                            ("그간 추진실적 [2025.20 현재]", "그간 추진실적", "2025.20 현재"),
                            ("추진실적 (2025.20 기준)", "추진실적", "2025.20 기준")]:
        got = parse_group_heading(text)
        assert got is not None, text
        assert got[0] == name and got[1] is not None, text
        assert got[1]["raw"] == raw and got[1]["label"] is None and got[1]["end"] is None, text
    assert parse_group_heading("2025.2Q 현재")[1]["label"] == "2025-Q2"  # type: ignore[index]


def _date(label: str, start: str, end: str, precision: str) -> dict:
    return {"raw": label, "label": label, "start": start, "end": end, "precision": precision}


def test_an_unread_point_that_may_lie_after_the_readable_ones_is_the_cards() -> None:
    from pledgecard.extract.as_of_unread import unread_point

    q1 = _date("2025-Q1", "2025-01-01", "2025-03-31", "quarter")
    unread = {"raw": "2025.20 현재", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q1, [q1, unread], []) is unread  # 2025-Q1 proves nothing of a point somewhere in 2025
    assert unread_point(None, [unread], []) is unread


def test_a_readable_point_the_unread_one_cannot_pass_stands() -> None:
    from pledgecard.extract.as_of_unread import unread_point

    q1 = _date("2026-Q1", "2026-01-01", "2026-03-31", "quarter")
    earlier = {"raw": "2025.20 현재", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q1, [q1, earlier], []) is q1  # the unread point lies in 2025, before 2026-Q1
    q2 = _date("2025-Q2", "2025-04-01", "2025-06-30", "quarter")
    same_year = {"raw": "2025.20 기준", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q2, [q2, same_year], [q2]) is q2  # the header area states the card's point
    plain = {"raw": "연중", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q2, [q2, plain], []) is q2  # an unread date printing no year is no reporting point


# --- the cards ----------------------------------------------------------------------------------------------------


def test_saebom_county_27007_scanned_dates_no_card_by_an_earlier_block(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "saebom-county", 27007, "scan")
    assert wrong == 0
    assert exp["as_of"]["label"] == "2025-Q2"
    assert got["as_of"]["label"] is None and got["as_of"]["raw"] == "2025.20 현재"  # (2025-Q1)
    assert got["card_id"] == "2-39@unknown"  # (2-39@2025-Q1)
    groups = {a["group"]: a["group_as_of"] for a in got["achievements"]}
    assert groups["2025.20 현재"]["label"] is None  # (the year 2025)
    assert groups["그간 추진실적"]["label"] == "2025-Q1"
    assert score >= 0.86  # (0.869)
