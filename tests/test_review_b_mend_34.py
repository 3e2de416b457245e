"""Review B's findings on session 34's rules, mended (session 34, helper mendb): the reviewer's inputs
(tests/fixtures/review_b_34/, copied from /tmp/review-b/r34/) read through the pipeline and scored with the shared
scorer and wrong-figure counter, and unit tests of each shape with its negative case.

1. A goal table printing each year over its halves or quarters is read as running totals (the year-end period's
   figures the year's) only where its head or the ``※`` note under it says so and the targets strictly rise
   (extract/sections/goal_year_periods.py, goal_period_notes.py); else the year's goal has no target and no
   actual, with ``extract.periods_unproven``: never the year-end period's figure (equal, rising, per-quarter level)
   nor two goals of one year (falling halves).
3. A number and a stop before a figure glued to a word (``1. 2단계``) number an item only where the date reader
   reads no date in them with any part of that word (extract/markers.py): ``12. 31까지``, ``12. 3경`` keep their
   month; ``2. 3상 변압기`` is an item.
4. An outreach section's lines joined a baseline a row (a rule-less PDF table) are read only where they read a
   table; else the lines as printed (extract/sections/outreach.py): a third column (비고, 참석인원) no longer loses
   the whole table.
5. A caption naming the funds spent (``(집행실적, 단위: 백만원)``) after the plan's figures starts no rows of the plan
   (extract/sections/funding_execution_table.py): handed back with ``extract.table_unassigned``.
6. One row sum (funding_row_totals.periods_sum) for the extractor's two funding proofs (rows_total_themselves,
   funding_unit_proof's row amount); the validator's row check keeps its own (it reads the record's grid).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_across import goals_across
from pledgecard.extract.sections.goal_year_periods import says_running_totals
from pledgecard.pipeline import card_results

from conftest import shared_score, wrong_figures_of

FIXTURES = Path(__file__).parent / "fixtures" / "review_b_34"
HANDMADE = Path(__file__).parent.parent / "samples" / "handmade"


def _card(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    [(card, _)] = card_results(read_path(path), str(path))
    return card.record, card.findings


def _expected(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))


# -- 1, 2: a year over its periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["roa-perhalf-equal", "roa-perhalf-rising", "roa-perhalf-falling", "roa-perquarter-level"]
)
@pytest.mark.parametrize("fmt", ["hwp", "hwpx"])
def test_per_period_goal_tables_give_one_null_goal_a_year_with_a_finding(name: str, fmt: str) -> None:
    record, findings = _card(FIXTURES / f"{name}.{fmt}")
    exp = _expected(name)
    goals = record["goals"]
    assert [(g["project"], g["year"]) for g in goals] == [(g["project"], g["year"]) for g in exp["goals"]]
    assert all(g["target"] is None and g["target_value"] is None and g["actual"] is None for g in goals)
    said = sorted(f["location"] for f in findings if f["code"] == "extract.periods_unproven")
    assert said == sorted(f"goals[{k}]" for k in range(len(goals)))
    assert wrong_figures_of(exp, record) == []
    assert shared_score(exp, record) >= 0.69  # before: 0.761-0.775 with every year's target wrong


def test_a_table_whose_note_says_running_totals_keeps_its_year_end_figures() -> None:
    path = HANDMADE / "doc-roa-province-8-3.hwp"
    record, findings = _card(path)
    exp = json.loads(path.with_name("doc-roa-province-8-3.expected.json").read_text("utf-8"))
    assert shared_score(exp, record) == 1.0
    assert not [f for f in findings if f["code"] == "extract.periods_unproven"]


HEAD = [["성과지표", "구 분", "2024년", "2024년"], ["성과지표", "구 분", "상반기", "하반기"]]


@pytest.mark.parametrize(
    ("target", "notes", "read"),
    [
        (["3,000", "8,000"], ("※ 목표·실적은 연도별 누계",), "8,000"),  # said, rising: the year-end's
        (["3,000", "8,000"], (), ""),  # rising but not said: unproven
        (["4,000", "4,000"], ("※ 목표·실적은 연도별 누계",), ""),  # said but level: a period's own
        (["3,000", "8,000"], ("※ 목표·실적은 반기별 실적임",), ""),  # a note saying something else
    ],
)
def test_the_year_end_figure_only_where_totals_are_said_and_rise(
    target: list[str], notes: tuple[str, ...], read: str
) -> None:
    grid = [*HEAD, ["참여자(명)", "목 표", *target], ["참여자(명)", "실 적", "3,100", "8,200"]]
    [goal] = goals_across(grid, notes) or []
    assert (goal.year, goal.target, goal.unproven) == (2024, read, not read)
    assert goal.actual == ("8,200" if read else None)


def test_a_head_cell_saying_running_totals_counts_as_the_note() -> None:
    assert says_running_totals(["2024년 누계", "상반기"])
    assert not says_running_totals(["2024년", "상반기", "하반기"])
    grid = [
        ["성과지표(누계)", *HEAD[0][1:]],
        HEAD[1],
        ["참여자(명)", "목 표", "3,000", "8,000"],
        ["참여자(명)", "실 적", "3,100", "8,200"],
    ]
    assert [(g.target, g.unproven) for g in goals_across(grid) or []] == [("8,000", False)]


# -- 3: a numbered item only where the date reader reads no date ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("12. 31까지 완료", (None, "12. 31까지 완료")),  # a date and its qualifier: no item's number
        ("12. 3경 개최", (None, "12. 3경 개최")),
        ("12. 15중 착공", (None, "12. 15중 착공")),
        ("12. 3월 착공", (None, "12. 3월 착공")),
        ("1. 15일 개최", (None, "1. 15일 개최")),
        ("1. 2단계 착공", ("1.", "2단계 착공")),  # a figure and its counter word: an item's text
        ("2. 3호점 개소", ("2.", "3호점 개소")),
        (
            "2. 3상 변압기 교체",
            ("2.", "3상 변압기 교체"),
        ),  # a half's syllable opening a counter word: no date
        ("3. 2전시관 개관", ("3.", "2전시관 개관")),
        ("1. 2하천 정비", ("1.", "2하천 정비")),
    ],
)
def test_a_counted_item_is_numbered_only_where_no_date_is_read(
    text: str, split: tuple[str | None, str]
) -> None:
    assert split_marker(text) == split


@pytest.mark.parametrize("name", ["baram-mk-dates.txt", "roa-plans-dates.hwpx"])
def test_plans_dated_with_a_qualifier_keep_their_month(name: str) -> None:
    record, _ = _card(FIXTURES / name)
    texts = [p["text"] for p in record["plans"]]
    assert any(
        t.startswith("12. 31까지") for t in texts
    )  # before: "31까지 ...", the month cut off as a number
    assert not any(t.startswith(("31까지", "3경")) for t in texts)


# -- 4: a rule-less PDF channel table with a third column ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "total", "survey"),
    [
        ("onsaemi-outreach-norule.pdf", 13, 0),
        ("onsaemi-outreach-words.pdf", 13, 0),
        ("onsaemi-outreach-people.pdf", 14, 1),
    ],
)
def test_a_channel_table_whose_joined_rows_read_nothing_reads_as_printed(
    name: str, total: int, survey: int
) -> None:
    record, findings = _card(FIXTURES / name)
    out = record[
        "outreach"
    ]  # before: null, the rows joined with their 비고 / 참석인원 cells read by no row reader
    assert out is not None and out["total"] == total
    assert {it["category"]: it["count"] for it in out["items"]} == {
        "meetings": 4,
        "survey": survey,
        "experts": 3,
        "media": 6,
    }
    assert sum(it["count"] for it in out["items"]) == out["total"]
    assert not [f for f in findings if f["code"] == "extract.section_empty" and f["location"] == "outreach"]


# -- 5: a table of the funds spent under the plan's ------------------------------------------------------------


def test_a_table_of_the_funds_spent_adds_no_source_to_the_plan() -> None:
    record, findings = _card(FIXTURES / "baram-two-funding.txt")
    rows = {r["label"]: r["amounts_krw"][-1] for r in record["funding"]["rows"]}
    assert rows == {
        "시비": 1_620_000_000,
        "구비": 1_620_000_000,
    }  # before: 국비 300, 기타 100 added, no finding
    assert [f["location"] for f in findings if f["code"] == "extract.table_unassigned"] == ["funding"]


def test_a_note_or_a_row_label_naming_the_funds_spent_cuts_nothing() -> None:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_continued import continued_caption
    from pledgecard.extract.sections.funding_execution_table import execution_tables_apart

    def line(text: str, marker: str | None = None) -> Line:
        return Line(text=text, marker=marker, indent=0, source=Source(line_start=1))

    plan = [line("구분 2024년 2025년"), line("시비 100 200"), line("집행 50 -"), line("집행액은 누계", "※")]
    assert execution_tables_apart(plan, continued_caption) == (plan, [], [])
    spent = [*plan, line("(집행실적, 단위: 백만원)"), line("국비 30 -")]
    kept, apart, said = execution_tables_apart(spent, continued_caption)
    assert (kept, apart, [f["code"] for f in said]) == (plan, spent[4:], ["extract.table_unassigned"])


# -- 6: one row sum for the funding proofs ---------------------------------------------------------------------


def test_one_row_sum_serves_both_funding_proofs() -> None:
    from pledgecard.extract.sections.funding_row_totals import periods_sum, rows_total_themselves

    kinds = ["year", "year", "total"]
    assert periods_sum([100, 200, 300], kinds) == 300
    assert periods_sum([100, None, 100], kinds) is None  # an unread period: no sum
    assert periods_sum([100, None, 100], kinds, blank_as_zero=True) == 100  # a blank period adds nothing
    assert periods_sum([100], ["total"]) is None  # no period
    columns = [{"kind": k} for k in kinds]
    assert rows_total_themselves(columns, [{"amounts_krw": [100, None, 100]}, {"amounts_krw": [1, 2, 3]}])
    assert not rows_total_themselves(columns, [{"amounts_krw": [100, 200, 400]}])
