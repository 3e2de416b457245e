"""Session 43's pair of template families (``hamkke-city``, ``barun-county``; samples/README.md "Two families of
session 43", helper famgen8): goal tables whose columns include kinds no family printed, measured blind on main's
extractor, and the failure classes they showed, fixed by structure.

- ``hamkke-city`` (a 시 card): ``◉ 1)`` headings, ``◈ ... 《date》`` blocks; goals with a year column whose actual
  head SPANS the quarters' own actuals and the year's (``연도 | 세부사업 | 연간목표 | 실적`` over ``1/4 | 2/4 | 3/4 |
  4/4 | 계``, then 달성률 and 추진상황; ``Style.goals_layout`` "quarter_actuals", new): the record's actual the
  year's 계, never a quarter; two cards in five (drawn) print the quarters only, no 계: the year's actual printed
  nowhere, null in the record (``Style.goals_quarter_untotalled``).
- ``barun-county`` (a 군 card): ``▲ 1.`` headings, ``◐ ... ＜date＞`` blocks; goals with the project first, its
  years under it, a UNIT column, the indicator's BASELINE before the target and the actual less the target after
  the actual (``사업명 | 연도 | 단위 | 기준치 | 목표치 | 실적 | 증감 | 추진상황``; ``Style.goals_layout``
  "baseline", new): the baseline's head drawn a card from ``기준치`` / ``기준연도 실적`` / ``'22년 실적(기준)``, the
  difference's from ``증감`` / ``증감(실적-목표)`` / ``차이`` (signed ``+3`` / ``-12``); no baseline nor difference
  in the record.

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py and the year-aware goal check ``wrong_goal_figures``), main at 497a0b11:
hamkke-city PDF / HWPX / HWP 0.995 (min 0.989, 0 wrong), txt 0.949 (min 0.886, 0 wrong: no quarter read as an
actual, the untotalled cards' actuals null); barun-county PDF / HWPX / HWP 0.992 (min 0.976) with 15 wrong goal
figures a format, SILENT (a baseline column whose head holds an actual word, ``기준연도 실적`` / ``'22년
실적(기준)``, read as the year's actual: 0.6 for 1.7km, 0 for 공정률 78%), txt 0.909 (min 0.833, 0 wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_whole_column import dated_columns, dated_head, other_period_columns
from pledgecard.scoring import wrong_goal_figures

from conftest import family_card, shared_score, wrong_figures_of

HEAD = ["사업명", "연도", "단위", "기준치", "목표치", "실적", "증감", "추진상황"]


def test_a_baseline_head_holding_an_actual_word_is_no_years_actual() -> None:
    # 기준연도 실적: a year word and an actual word alike long (no kind of its own), read as the actual by its word
    assert other_period_columns([*HEAD[:3], "기준연도 실적", *HEAD[4:]], set()) == {3}
    assert other_period_columns([*HEAD[:3], "기준년도 목표", *HEAD[4:]], set()) == {3}
    # alone it stays the field's column (nothing beside it names the field for the year)
    assert other_period_columns(["사업명", "목표", "기준연도 실적", "추진상황"], set()) == set()


def test_a_head_naming_a_year_of_its_own_beside_a_plain_one_is_no_rows_figure() -> None:
    assert dated_head("'22년 실적(기준)") and dated_head("2022 실적")
    assert (
        not dated_head("실적('24.9월 기준)") and not dated_head("실적") and not dated_head("실적(2024.9.30.)")
    )
    assert dated_columns([*HEAD[:3], "'22년 실적(기준)", *HEAD[4:]], set()) == {3}
    # a dated actual beside a running total only, or every head dated: nothing told, nothing left out
    assert dated_columns(["사업", "목표", "실적('24.9월 기준)", "누계실적"], set()) == set()
    assert dated_columns(["사업", "2024년 목표", "2024년 실적", "추진상황"], set()) == set()


@pytest.mark.parametrize(
    ("seed", "fmt"),
    [(115004, "hwpx"), (115016, "pdf"), (115022, "hwp"), (115029, "pdf")],
)
def test_the_blind_seeds_silent_baseline_actuals_are_gone(seed: int, fmt: str, tmp_path: Path) -> None:
    """barun-county blind: 115004 / 115016 (기준연도 실적) and 115022 / 115029 ('22년 / '23년 실적(기준)) read every
    goal's baseline as its actual (0.6 for 1.7km, 0 for 공정률 78%): 15 silent wrong figures a format."""
    path, exp = family_card(tmp_path, "barun-county", seed, fmt)
    [got] = extract_file(path)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert [(g["year"], g["actual_value"]) for g in got["goals"]] == [
        (g["year"], g["actual_value"]) for g in exp["goals"]
    ]
    assert shared_score(exp, got) >= 0.99


@pytest.mark.parametrize("fmt", ["pdf", "hwpx"])
def test_quarters_without_the_years_total_give_no_actual(fmt: str, tmp_path: Path) -> None:
    """hamkke-city 114016 prints the quarters' actuals only (no 계): no quarter is read as the year's actual."""
    path, exp = family_card(tmp_path, "hamkke-city", 114016, fmt)
    [got] = extract_file(path)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert len(got["goals"]) == len(exp["goals"]) == 4
    assert all(g["actual_value"] is None for g in got["goals"])
    assert [g["target_value"] for g in got["goals"]] == [g["target_value"] for g in exp["goals"]]
