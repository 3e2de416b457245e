"""Session 37's fresh native sweep (mutated seeds 3700-3779 and crossbred seeds 6463-6502 in PDF, HWPX and HWP,
drawn from ``FAMILIES[:81]``): unit tests on each class fixed, and the cards pinned (``PINNED_MUTANTS`` /
``PINNED_CROSSBREDS``, each drawn from ``SWEPT``, so a family appended to ``FAMILIES`` moves no draw).

Classes pinned:

- a date printed in a fixed-width form (``2023-05-11``) a narrow PDF cell broke inside a digit run (``2023-05-1`` /
  ``1``): the halves were glued with a space, the date left null (``textjoin_glue.cuts_date``; crossbred
  6464, dates 0.909);
- a phone word a header cell broke (``(내`` / ``선 3725)``, read back ``(내 선 3725)``): the extension was left in the
  contact's name and the phone null (``labels.phone_words``, a space allowed between a phone word's
  letters; crossbred 6475, header 0.8);
- a goal's unit word a narrow PDF goal cell broke after its first syllable (``스마트교실 192학`` / ``급``): the figure
  took no unit and was left null (``textjoin_glue.wraps_counter``, the ``[counts] units`` as well as the counters;
  mutant 3755, goals 0.952).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.header_value_kinds import bare_phone, split_phone
from pledgecard.extract.textjoin_glue import cuts_date, glue
from samples.crossbreed import run_cross
from samples.families import FAMILIES
from samples.mutate import mutate
from samples.style_sweep import run_family

SWEPT = FAMILIES[:81]  # the families this sweep drew from

# (seed, format): (floor, what it printed and read wrong before)
PINNED_CROSSBREDS: dict[tuple[int, str], tuple[float, str]] = {
    (6464, "pdf"): (
        1.0,
        "dates printed 2023-05-11 in a narrow cell, broken 2023-05-1 / 1: three achievements' dates "
        "null (dates 0.909, 0.983; textjoin_glue.cuts_date)",
    ),
    (6475, "pdf"): (
        1.0,
        "담당자 cell 행정주무관 전호도 (내 / 선 3725): the extension left in the name, the phone null "
        "(header 0.8, 0.992; labels.phone_words)",
    ),
}

PINNED_MUTANTS: dict[tuple[int, str], tuple[float, str]] = {
    (3755, "pdf"): (
        1.0,
        "a goal cell 스마트교실 192학 / 급 (the unit 학급 broken after its first syllable): the target's figure "
        "null (goals 0.952, 0.996; textjoin_glue.wraps_counter)",
    ),
}


def test_a_padded_date_broken_inside_a_digit_run_is_glued_whole() -> None:
    """The break inside the day, the month or the year of a fixed-width date (any of its separators) glues without a
    space; the halves apart would read 2023-05-01 (or no date)."""
    assert glue("2023-05-1", "1") == "2023-05-11"
    assert glue("2023.05.1", "1 완료") == "2023.05.11 완료"
    assert glue("2023/0", "5/11") == "2023/05/11"
    assert glue("202", "3-05-11") == "2023-05-11"
    assert cuts_date("체결 2023-05-1", "7")


def test_no_break_outside_a_fixed_width_date_is_glued() -> None:
    """The shape only: a date not padded (2023-5-1: its day may be one digit), a whole date then a figure, a right
    half making the day three digits, a space at the break, a date inside a longer run of digits: a space, as
    before."""
    assert glue("2023-5-1", "1") == "2023-5-1 1"
    assert glue("2023-05-11", "1") == "2023-05-11 1"
    assert glue("2023-05-1", "15") == "2023-05-1 15"
    assert not cuts_date("2023-05-1 ", "1") and not cuts_date("2023-05-1", " 1")
    assert glue("123-2023-05-1", "1") == "123-2023-05-1 1"
    assert glue("2023.05.1", "12개") == "2023.05.1 12개"
    assert not cuts_date("2023-05-1", "")


def test_a_phone_word_spaced_or_broken_still_leads_the_extension() -> None:
    """A phone word with a space between its letters (a label spaced out, or a cell's line broken inside it):
    the extension split from the name as for the word whole; a name alone, or the word alone, keeps no phone."""
    assert split_phone("행정주무관 전호도 (내 선 3725)") == ("행정주무관 전호도", "3725")
    assert split_phone("김준연 내 선 3928") == ("김준연", "3928")
    assert split_phone("김준연 (내선 3928)") == ("김준연", "3928")  # as before
    assert bare_phone("내 선 2345") == "2345"
    assert split_phone("전호도") == ("전호도", None)
    assert split_phone("내 선") == ("내 선", None)


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_CROSSBREDS))
def test_pinned_crossbred_card_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_CROSSBREDS[(seed, fmt)]
    (r,) = run_cross(seed, (fmt,), tmp_path, families=SWEPT)
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)


def test_a_goal_unit_broken_after_its_first_syllable_is_glued_whole() -> None:
    """A unit a goal's figure takes (``[counts] units``, not a counter) broken by the cell's line after the
    figure's first syllable: glued whole as a counter is; a right half going on past the unit, or making no unit, is
    no such break."""
    assert glue("스마트교실 192학", "급") == "스마트교실 192학급"
    # the right half only the unit's rest, the figure opening its word: an age over the next line's words, a place's
    # number (종로3가) glued to its name, a spaced head after it: apart
    assert glue("만 65세", "대 이상") == "만 65세 대 이상"
    assert glue("종로3가", "구 일원") == "종로3가 구 일원" and glue("종로3가", "구") == "종로3가 구"
    assert glue("을지로3가", "구 분") == "을지로3가 구 분"
    # punctuation after the rest: the unit whole
    assert glue("스마트교실 192학", "급)") == "스마트교실 192학급)"
    assert glue("거점시설 조성 8개", "소") == "거점시설 조성 8개소"  # a counter: as before
    assert glue("192학", "급식") == "192학 급식"
    assert glue("192학", "교 운영") == "192학 교 운영"
    assert glue("2024년 교육", "급") == "2024년 교육 급"  # no figure before the syllable


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_MUTANTS))
def test_pinned_mutated_card_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_MUTANTS[(seed, fmt)]
    fam, card_seed = mutate(seed, SWEPT)
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)
