"""Funding tables a dump printed a cell a line, dealt by count, whose deal the overview's budget disproves
(extract/sections/funding_deal_disproven.py): no cell placed, the dashes' zeros included.

Mutant 4088's pdftotext dump (``python -m samples.mutate --start 4088 --cards 1 --formats pdftotext``) prints the
도비 row's first dash in the first page box, ahead of the 국비 row's remaining cells: dealt row by row, the dash fell
in 국비 2025 (printed 11.2억원) and read 0. Before: 1 wrong funding figure (국비 2025 1,120,000,000 read as 0),
score 0.848; after: 0 wrong, 0.821 (the deal's four right zeros null with it, a finding saying why)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.funding_deal_disproven import deal_disproven
from pledgecard.scoring import load_records

from conftest import shared_tools

ROOT = Path(__file__).resolve().parents[1]
YEARS = [{"label": str(y), "kind": "year", "year": y} for y in (2022, 2023, 2024)]
BUDGET = {"total_krw": 90, "parts": [{"source": "national", "amount_krw": 60},
                                     {"source": "municipal", "amount_krw": 30}]}


def _funding(national: list[int | None], municipal: list[int | None]) -> dict:
    return {"columns": YEARS, "rows": [{"label": "국비", "source": "national", "amounts_krw": national},
                                       {"label": "시비", "source": "municipal", "amounts_krw": municipal}]}


def test_a_deal_adding_to_the_budget_with_a_row_off_its_part_is_disproven() -> None:
    assert deal_disproven(_funding([20, 0, 30], [10, 10, 20]), BUDGET)  # 50 and 40 against 60 and 30, 90 in all


def test_a_deal_every_row_of_which_sums_to_its_part_stands() -> None:
    assert not deal_disproven(_funding([20, 10, 30], [0, 10, 20]), BUDGET)


def test_a_table_counted_in_another_unit_than_the_budget_is_no_disproof() -> None:
    # rows off their parts, but the cells do not make the budget's total: the table is not read under its unit
    assert not deal_disproven(_funding([200, 0, 300], [100, 100, 200]), BUDGET)


def test_an_unread_cell_or_no_budget_total_proves_nothing() -> None:
    assert not deal_disproven(_funding([20, None, 30], [10, 10, 20]), BUDGET)
    assert not deal_disproven(_funding([20, 0, 30], [10, 10, 20]), {**BUDGET, "total_krw": None})


def test_mutant_4088_pdftotext_places_no_zero_its_budget_disproves(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "samples.mutate", "--start", "4088", "--cards", "1", "--formats",
                    "pdftotext", "--out", str(tmp_path), "--jobs", "1", "--keep"], cwd=ROOT, check=True,
                   capture_output=True)
    dump = tmp_path / "mutant-4088" / "mutant-4088-pdftotext.txt"
    expected = dump.with_name("mutant-4088-pdftotext.expected.json")
    sc, wf = shared_tools()
    wrong: list[str] = []
    got = extract_file(dump)
    for e, g in zip(load_records(expected), got, strict=True):
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
    assert wrong == []
    rows = got[0]["funding"]["rows"]
    assert [r["source"] for r in rows] == ["national", "provincial", "municipal", "private"]
    assert all(a is None for r in rows for a in r["amounts_krw"])
