"""Review b of session 37 mended (helpers sweep and pdf2txt): the reviewer's reproducers in tests/fixtures/mendb_37
(hanul-special 12 and dahae-city 12 dumps with one change each, and the records they expect), read whole and scored
with the shared scorer and the wrong-figure counters, and each class on small inputs.

(1) Rows a year line printed above them proves keep that year: goal_late_year left the rows of a group whose year
line printed before later late year lines unread, and goal_trailing_years then handed the first group's rows one
year each (late2.txt: rows of 2023 read as 2023, 2024, 2025, 2026, six figures under wrong years, silent: 0.867 with 6
wrong -> 0.881, 0). A later year line that opened rows, read or not, now stops the trailing-years rule, and
years_after_rows never moves a row printed after the second year line. A year line is never a row's cell in
goal_stream (late.txt read ``2023년도 둘레길 조성 ...`` as a target, year null, and the figures of the rows shifted:
0.807 with 6 wrong -> 0.867, 0).
(2) funding_column_before leaves a column before the unit line out only where its head is a word the vocabulary
knows of another table (a side table's count head, a row-number head) holding no funding word, its figures no years,
and the table as printed reads no funding while read without it does: the table's own year column (years.txt,
``연도`` / ``2023`` ...: funding None, 0.624 -> read whole, 0.676) and funding words the vocabulary does not hold
(``특교세``, ``소요액``) stay the table's (own.txt: 0.541 -> 0.541, 0 wrong, no amount of the 투자액 column dropped).
(3) textjoin_glue.wraps_counter glues a unit's rest only where the right half is that rest alone (then punctuation at
most) and the figure opens its word: ``만 65세`` + ``대 이상``, ``종로3가`` + ``구 일원``, ``을지로3가`` + ``구 분`` apart.
(4) textjoin_glue.cuts_date (the fullwidth and the fixed-width rules folded into one): no date ending at the break
when the halves are read apart, unless it mixes a padded field with an unpadded one (``2023.10.2`` + ``5`` apart,
``2023-05-1`` + ``1`` glued as before).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.funding_column_before import _foreign_head, column_before_unit
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_stream import goal_stream
from pledgecard.extract.sections.goal_trailing_years import year_printed_after_rows, years_after_rows
from pledgecard.extract.sections.goal_values import year_cell_of
from pledgecard.extract.textjoin_glue import cuts_date, glue, wraps_counter
from pledgecard.scoring import wrong_goal_figures

from conftest import expected_scored, make_line

FIX = Path(__file__).resolve().parent / "fixtures" / "mendb_37"


def _read(name: str) -> tuple[dict, dict, float, list]:
    exp, got, score, wrong = expected_scored(FIX / f"{name}.txt")
    return exp, got, score, [*wrong, *wrong_goal_figures(exp, got)]


# --- (1) rows a year line above proves keep its year; a year line is no target ---
@pytest.mark.parametrize(("name", "floor"), [("late2", 0.88), ("late", 0.86)])
def test_rows_under_a_year_line_keep_it_past_later_late_years(name: str, floor: float) -> None:
    _exp, got, score, wrong = _read(name)
    assert wrong == []
    # the four rows printed under 2023년도 are 2023's, each of them; the rows of the 2024 line, whose groups' years
    # printed after them, are left unread (no year guessed)
    assert [(g["year"], g["target_value"], g["actual_value"]) for g in got["goals"]] == [
        (2023, 10, 8),
        (2023, 12, 12),
        (2023, 14, 9),
        (2023, 16, 16),
    ]
    assert all(year_cell_of(g["target"].split()[0]) is None for g in got["goals"])
    assert score >= floor


def test_a_year_line_that_opened_rows_stops_the_trailing_years() -> None:
    rows = [GoalRow(k, "p", 2023, "운영(10회)", "완료", None, None) for k in (2, 4)]
    lines = ["", "2023년도", "a", "", "b", "2024년도", "c", "완료", "2025년도", "2026년도"]
    years = [(1, 2023), (5, 2024), (8, 2025), (9, 2026)]
    # the 2024 line opened a row (a status after it, its row read or not): the 2023 rows are 2023's
    assert not year_printed_after_rows(rows, years, lines)
    # no row after the second year line: the years printed after the rows, as before
    assert year_printed_after_rows(rows, years[:1] + years[2:], lines[:5] + [""] * 3 + lines[8:])
    # a row printed after the second year line is that line's: never moved
    assert (
        years_after_rows([*rows, GoalRow(6, "p", 2024, "운영(10회)", "완료", None, None)], years[:3]) is None
    )
    assert [r.year for r in years_after_rows(rows, [(1, 2023), (5, 2024)]) or []] == [2023, 2024]


def test_a_year_line_among_a_rows_cells_is_no_part_of_its_target() -> None:
    lines = ["목표", "실적", "추진상황", "2024년도", "교육 운영(40회)", "23회", "완료"]
    rows, unread = goal_stream(lines) or ([], [])
    assert [(r.target, r.actual, r.year) for r in rows] == [("교육 운영(40회)", "23회", None)]
    assert 3 in unread


# --- (2) a column before the funding unit line: another table's only where proven ---
def test_the_funding_tables_own_year_column_is_read() -> None:
    exp, got, score, wrong = _read("years")
    assert wrong == []
    assert got["funding"] is not None
    assert [c["year"] for c in got["funding"]["columns"]] == [2023, 2024, 2025]
    assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
    assert score >= 0.67


def test_a_funding_column_headed_by_a_funding_word_is_never_left_out() -> None:
    _exp, got, score, wrong = _read("own")
    assert wrong == []
    assert score >= 0.54
    words = "특별교부세 특교세 균특 융자 교부세 예산 투자액 소요액 집행액 투자실적 투자계획 재원 년도 연도 사업비 국비 민자"
    assert [w for w in words.split() if _foreign_head(w)] == []
    assert _foreign_head("참여인원") and _foreign_head("연번")


def test_year_figures_are_no_other_tables_column() -> None:
    lines = [make_line(t) for t in ["참여인원", "2023", "2024", "2025", "(단위 : 억원)", "계"]]
    assert column_before_unit(lines) == (lines, [])
    lines = [make_line(t) for t in ["참여인원", "43", "13", "6", "(단위 : 억원)", "계"]]
    assert [ln.full_text for ln in column_before_unit(lines)[1]] == ["참여인원", "43", "13", "6"]


# --- (3) a unit's rest glued only where the right half is that rest alone ---
def test_a_unit_rest_glued_only_alone_after_a_figure_opening_its_word() -> None:
    assert glue("만 65세", "대 이상") == "만 65세 대 이상"
    assert glue("종로3가", "구 일원") == "종로3가 구 일원"
    assert glue("을지로3가", "구 분") == "을지로3가 구 분"
    assert not wraps_counter("종로3가", "구")
    assert glue("스마트교실 192학", "급") == "스마트교실 192학급"  # the card that prompted the rule
    assert glue("거점시설 조성 8개", "소,") == "거점시설 조성 8개소,"


# --- (4) a date cut inside a digit run: one rule for both widths ---
def test_a_date_read_apart_ending_at_the_break_stays_apart() -> None:
    assert glue("2023.10.2", "5") == "2023.10.2 5" and not cuts_date("2023.10.2", "5")
    assert not cuts_date("기간 ２０２３．　１", "２．～")
    assert glue("2023-05-1", "1") == "2023-05-11"  # 2023-05-1: a form no printer uses
    assert (
        glue("개최 : ２０２０． ８． ～ ２０２", "０． ９．") == "개최 : ２０２０． ８． ～ ２０２０． ９．"
    )
    assert not cuts_date("2023-05-1", "１")  # digits of two widths meet: no date cut
