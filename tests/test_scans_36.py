"""Scanned cards (session 36, scans), read by OCR at test time:

- a budget's parts whose thousands commas OCR read as a digit or a point (``26,264백만원(국비 6,093, 시비 9,427, 구비
  3,747, 민자등 6,997)`` OCR'd ``(국비 66093, 시비 99427, 구비 33747, 민자등 6.997)``): the three long figures were null,
  the pointed one read 6.997 백만원, a thousand times too small. A part ungrouped among grouped siblings reads as
  printed (a comma lost) or without the digit where its comma stood (the fourth from the right); a part grouped by a
  point before three digits (no sibling printing another fraction) as a decimal or its digits; the one choice adding
  up to the total is taken, else each such part is null with its printed text (``money_comma_read``; mutant 4530
  scan: 0.331 -> 0.346, wrong 1 -> 0; mutant 4537 scan: its three parts 4.843 / 5.446 / 9.433 read 4,843 / 5,446 /
  9,433 백만원, wrong 6 -> 3; mutant 4532 scan: ``도비 9582`` and ``기타 77399`` proven 9,582 and 7,399: 0.757 -> 0.769).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import mutant_file, wrong_figures_of

M = 1_000_000


def _parts(text: str) -> list[tuple[int | None, str | None]]:
    from pledgecard.normalize.money import parse_budget

    return [(p["amount_krw"], p.get("raw")) for p in parse_budget(text)["parts"]]


# --- commas read as a digit or a point -------------------------------------------------------------------------------

def test_commas_read_as_digits_and_a_point_are_read_where_the_total_proves_one_choice() -> None:
    assert _parts("26,264백만원(국비 66093, 시비 99427, 구비 33747, 민자등 6.997)") == [
        (6093 * M, None), (9427 * M, None), (3747 * M, None), (6997 * M, None)]
    # a comma lost (as read) and one read as a digit, in one list
    assert _parts("39,148백만원(국비 11,470, 도비 9582, 시비 10,697, 기타 77399)") == [
        (11470 * M, None), (9582 * M, None), (10697 * M, None), (7399 * M, None)]
    # every part pointed: the total proves the commas
    assert _parts("19,722백만원(국비 4.843, 도비 5.446, 시비 9.433)") == [
        (4843 * M, None), (5446 * M, None), (9433 * M, None)]


def test_no_choice_adding_up_leaves_every_unsure_part_null_with_its_text() -> None:
    # a digit misread too: no reading proven, never 6.998 백만원 nor 6,998
    assert _parts("26,264백만원(국비 66093, 시비 99427, 구비 33747, 민자등 6.998)") == [
        (None, "66093"), (None, "99427"), (None, "33747"), (None, "6.998")]
    # the pointed part alone unsure: null, its siblings as read
    assert _parts("26,264백만원(국비 6,093, 시비 9,427, 구비 3,747, 민자등 6.998)") == [
        (6093 * M, None), (9427 * M, None), (3747 * M, None), (None, "6.998")]


@pytest.mark.parametrize("text, read", [
    ("30백만원(국비 11, 도비 10, 시비 9)", [11 * M, 10 * M, 9 * M]),  # ungrouped small figures
    ("15.5억원(국비 7.5, 도비 8)", [750_000_000, 800_000_000]),  # true decimals adding up
    ("26,264백만원(국비 6,093, 시비 9,427, 구비 3,747, 민자등 6,997)", [6093 * M, 9427 * M, 3747 * M, 6997 * M]),
])
def test_parts_printed_whole_are_read_as_printed(text: str, read: list[int]) -> None:
    assert [a for a, _ in _parts(text)] == read


def test_the_readings_of_a_part() -> None:
    from pledgecard.normalize.money_comma_read import readings

    texts = ["6,093", "99427", "6.997", "7929"]
    assert readings(texts, [6093 * M, 99427 * M, 6_997_000, 7929 * M], M) == [
        [6093 * M], [99427 * M, 9427 * M], [6_997_000, 6997 * M], [7929 * M]]
    # a list printing decimals of another length: a point before three digits may be a decimal too
    assert readings(["1.5", "2.250"], [1_500_000, 2_250_000], M) == [[1_500_000], [2_250_000]]


# --- scans scored ------------------------------------------------------------------------------------------------------

def _read(path: Path) -> tuple[dict, dict, float, list]:
    from pledgecard import extract_file
    from pledgecard.scoring import load_records, score_record

    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    return exp, got, score_record(exp, got).score(), wrong_figures_of(exp, got)


def test_mutant_4530_scanned_reads_its_budget_parts_proven_by_the_total(tmp_path: Path) -> None:
    exp, got, score, wrong = _read(mutant_file(4530, "scan", tmp_path))
    assert [p["amount_krw"] for p in got["overview"]["budget"]["parts"]] == [
        p["amount_krw"] for p in exp["overview"]["budget"]["parts"]]  # (민자등 6,997,000: 6.997 백만원)
    assert wrong == []
    assert score >= 0.34  # (0.346)
