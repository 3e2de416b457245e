"""Funding tables a dump printed a cell a line, dealt by count, whose deal the overview's budget disproves
(extract/sections/funding_deal_disproven.py): no cell placed, the dashes' zeros included.

Mutant 4088's pdftotext dump (``python -m samples.mutate --start 4088 --cards 1 --formats pdftotext``) prints the
도비 row's first dash in the first page box, ahead of the 국비 row's remaining cells: dealt row by row, the dash fell
in 국비 2025 (printed 11.2억원) and read 0. Before: 1 wrong funding figure (국비 2025 1,120,000,000 read as 0),
score 0.848; after: 0 wrong, 0.821 (the deal's four right zeros null with it, a finding saying why).

Outreach tables a dump printed a cell a line whose total's word follows the label column's head (구分 / 계 /
channels; extract/sections/outreach_total_lead.py). Mutant 4100's pdftotext dump (``--start 4100``) prints
구분 / 계 / five channels / 실적(건) / 129 4 2 3 119, the last channel's 1 past the page's number. Before: the counts
dealt one label on (간담회 129, 만족도 4, ..., 기타 119), 5 wrong figures; after: the first count the total's, four
left for five channels: no count placed (section_empty), 0 wrong.

Goal matrices with the years down the side printed column by column (extract/sections/goal_label_runs.py): the
same dump prints 연도 / 2019년 / 2020년 / 지표1..3 / three names with units / 목표 v v v / 실적 v v v / 목표 ... / 실적
.... Before: goals 0 of 42; after: 42 of 42 (mutant 4100 pdftotext 0.754 -> 0.969), 0 wrong figures."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.funding_deal_disproven import deal_disproven
from pledgecard.extract.sections.goal_label_runs import goal_label_run_lines
from pledgecard.extract.sections.outreach_total_lead import total_leads
from pledgecard.scoring import load_records

from conftest import mutant_file, shared_tools

YEARS = [{"label": str(y), "kind": "year", "year": y} for y in (2022, 2023, 2024)]
BUDGET = {
    "total_krw": 90,
    "parts": [{"source": "national", "amount_krw": 60}, {"source": "municipal", "amount_krw": 30}],
}


def _funding(national: list[int | None], municipal: list[int | None]) -> dict:
    return {
        "columns": YEARS,
        "rows": [
            {"label": "국비", "source": "national", "amounts_krw": national},
            {"label": "시비", "source": "municipal", "amounts_krw": municipal},
        ],
    }


def test_a_deal_adding_to_the_budget_with_a_row_off_its_part_is_disproven() -> None:
    assert deal_disproven(
        _funding([20, 0, 30], [10, 10, 20]), BUDGET
    )  # 50 and 40 against 60 and 30, 90 in all


def test_a_deal_every_row_of_which_sums_to_its_part_stands() -> None:
    assert not deal_disproven(_funding([20, 10, 30], [0, 10, 20]), BUDGET)


def test_a_table_counted_in_another_unit_than_the_budget_is_no_disproof() -> None:
    # rows off their parts, but the cells do not make the budget's total: the table is not read under its unit
    assert not deal_disproven(_funding([200, 0, 300], [100, 100, 200]), BUDGET)


def test_an_unread_cell_or_no_budget_total_proves_nothing() -> None:
    assert not deal_disproven(_funding([20, None, 30], [10, 10, 20]), BUDGET)
    assert not deal_disproven(_funding([20, 0, 30], [10, 10, 20]), {**BUDGET, "total_krw": None})


def _mutant(seed: int, tmp_path: Path) -> tuple[list[dict], list[str]]:
    """Mutant ``seed``'s pdftotext dump made by the generator, read; its records and wrong figures."""
    dump = mutant_file(seed, "pdftotext", tmp_path)
    expected = dump.with_name(f"mutant-{seed}-pdftotext.expected.json")
    _, wf = shared_tools()
    wrong: list[str] = []
    got = extract_file(dump)
    for e, g in zip(load_records(expected), got, strict=True):
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
    return got, wrong


def test_mutant_4088_pdftotext_places_no_zero_its_budget_disproves(tmp_path: Path) -> None:
    got, wrong = _mutant(4088, tmp_path)
    assert wrong == []
    rows = got[0]["funding"]["rows"]
    assert [r["source"] for r in rows] == ["national", "provincial", "municipal", "private"]
    assert all(a is None for r in rows for a in r["amounts_krw"])


def test_the_total_word_past_the_label_columns_head_leads_the_channels() -> None:
    assert total_leads(["구분", "계", "간담회, 공청회 등", "만족도 조사"])
    assert total_leads(["구분 계 간담회 만족도 조사"])
    assert not total_leads(["계", "간담회"])  # the total's word first: read as such already
    assert not total_leads(["구분", "간담회", "계"])  # a channel before it
    assert not total_leads(["구분", "계획", "실적"])  # a word only opening with it


def test_mutant_4100_pdftotext_deals_no_count_one_label_on(tmp_path: Path) -> None:
    got, wrong = _mutant(4100, tmp_path)
    assert wrong == []
    outreach = got[0].get("outreach") or {}
    assert all(it.get("count") is None for it in outreach.get("items") or [])


def test_mutant_4100_pdftotext_reads_its_goal_matrix_of_years_down(tmp_path: Path) -> None:
    got, wrong = _mutant(4100, tmp_path)
    assert wrong == []
    goals = got[0]["goals"]
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in goals] == [
        ("일자리 창출", 2019, 92, 81),
        ("참여 주민", 2019, 351, 267),
        ("정비 구간", 2019, 2.5, 2.4),
        ("일자리 창출", 2020, 243, 243),
        ("참여 주민", 2020, 686, 686),
        ("정비 구간", 2020, 1.0, 1.0),
    ]


HEAD = ["연도", "2019년", "2020년", "지표1", "지표2", "일자리 창출(명)", "정비 구간(km)"]
ROWS = ["목표", "92", "2.5", "실적", "81", "-", "목표", "243", "1.0", "실적", "243", "1.0"]


def test_a_matrix_of_years_down_printed_a_column_at_a_time_reads_where_the_counts_leave_one_reading() -> None:
    got = goal_label_run_lines(HEAD + ROWS)
    assert got is not None
    assert [(g.project, g.unit, g.year, g.target, g.actual) for g in got.goals] == [
        ("일자리 창출", "명", 2019, "92", "81"),
        ("정비 구간", "km", 2019, "2.5", None),
        ("일자리 창출", "명", 2020, "243", "243"),
        ("정비 구간", "km", 2020, "1.0", "1.0"),
    ]
    assert got.used == set(range(len(HEAD) + len(ROWS)))


def test_counts_that_leave_more_than_one_reading_read_nothing() -> None:
    assert goal_label_run_lines([*HEAD, *ROWS, "목표", "5", "6"]) is None  # a third row under two years
    assert goal_label_run_lines(HEAD + ROWS[:-1]) is None  # a cell short
    assert (
        goal_label_run_lines([*HEAD, *ROWS[:5], "7", *ROWS[5:]]) is None
    )  # a run longer than the indicators
    assert goal_label_run_lines([*HEAD[:3], "지표1", *HEAD[5:], *ROWS]) is None  # ordinals short of the names
