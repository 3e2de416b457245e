"""Side-table totals (`table.total`): 계 / 합계 / 소계 rows and columns against their parts, with
mutations, and no false finding on the seed or the corpus's expected records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard.validate.checks.side_tables import TOTAL_WORDS, cell_number, total_rows

from validate_cases import seed

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _table(header: list[str], rows: list[list[str]]) -> dict:
    return {"card_id": "t", "tables": [{"title": "t", "after_item": 0, "header": [header], "rows": rows}]}


def _failing(rec: dict) -> dict[str, tuple[float, float]]:
    return {
        r["location"]: (r["claimed"], r["parts_sum"])
        for r in total_rows("t", rec)
        if r["claimed"] != r["parts_sum"]
    }


def test_planted_670_whose_rows_sum_to_607_is_found() -> None:
    rec = _table(
        ["구분", "2023년", "2024년", "계"],
        [["가", "100", "200", "300"], ["나", "150", "157", "307"], ["계", "250", "357", "670"]],
    )
    assert _failing(rec) == {"tables[0].rows[2][3]": (670, 607)}
    rec["tables"][0]["rows"][2][3] = "607"
    assert _failing(rec) == {}
    checked = {r["location"] for r in total_rows("t", rec)}
    assert checked == {
        "tables[0].rows[2][1]",
        "tables[0].rows[2][2]",
        "tables[0].rows[2][3]",
        "tables[0].rows[0][3]",
        "tables[0].rows[1][3]",
    }


def test_total_column_row_by_row_and_total_row_first() -> None:
    rec = _table(
        ["연번", "구분", "2023년", "2024년", "합 계"],
        [
            ["합계", "", "1,250명", "357명", "1,670명"],
            ["1", "가", "1,100명", "200명", "1,300명"],
            ["2", "나", "150명", "157명", "370명"],
        ],
    )
    assert _failing(rec) == {"tables[0].rows[2][4]": (370, 307)}  # the 합계 row itself adds up (1,300 + 370)


@pytest.mark.parametrize("word", [w for w, kind in TOTAL_WORDS.items() if kind == "sub"])
def test_subtotals_sum_their_own_run(word: str) -> None:
    rec = _table(
        ["구분", "건수"],
        [["가", "1"], ["나", "2"], [word, "3"], ["다", "4"], ["라", "5"], [word, "10"], ["계", "12"]],
    )
    assert _failing(rec) == {"tables[0].rows[5][1]": (10, 9)}


def test_unreadable_or_non_additive_cells_are_not_compared() -> None:
    for cells in (
        ["2O", "5", "30"],
        ["12,3,45", "5", "30"],
        ["", "5", "30"],
        ["50%", "50%", "90%"],
        ["90점", "80점", "85점"],
        ["3억", "5,000만", "9"],
    ):
        rec = _table(["구분", "값"], [["가", cells[0]], ["나", cells[1]], ["계", cells[2]]])
        assert list(total_rows("t", rec)) == [], cells
    assert cell_number("1,234명") == (1234.0, "명") and cell_number("-") == (0.0, "")


def test_a_column_whose_head_names_a_share_in_brackets_is_not_summed() -> None:
    # dure-county's 예산 집행현황: the 계 row's rate is no sum of the sources' rates; the amounts still are
    rec = _table(
        ["구분", "예산액(백만원)", "집행액(백만원)", "집행률(%)"],
        [["계", "1,000", "880", "88.0"], ["국비", "600", "560", "93.3"], ["도비", "400", "320", "80.0"]],
    )
    assert {r["location"] for r in total_rows("t", rec)} == {"tables[0].rows[0][1]", "tables[0].rows[0][2]"}
    assert _failing(rec) == {}
    rec["tables"][0]["rows"][0][2] = "890"
    assert _failing(rec) == {"tables[0].rows[0][2]": (890, 880)}


def test_seed_and_corpus_raise_no_false_table_total() -> None:
    (row,) = total_rows("s", seed())
    assert row["claimed"] == row["parts_sum"] == 85
    expected = sorted(SAMPLES.glob("*.expected.json")) + sorted((SAMPLES / "corpus").glob("*.expected.json"))
    checked = 0
    for path in expected:
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            for r in total_rows(rec.get("card_id") or path.name, rec):
                checked += 1
                assert r["claimed"] == r["parts_sum"], (path.name, r)
    assert checked >= 10  # the corpus has 계 rows and columns to check


def test_a_subtotal_labelled_beside_its_group_sums_its_group_wherever_printed() -> None:
    """narae-city's 시설 현황: a group label, then 소계 in the second label cell, printed before the
    group's rows; the 합계 row sums the detail rows, never the subtotals too."""
    from pledgecard.validate.checks.side_tables import total_rows

    table = {
        "title": "사업 대상 시설 현황",
        "header": [["구분", "시설", "개소", "정원(명)"]],
        "rows": [
            ["합계", "합계", "9", "250"],
            ["중부권", "소계", "3", "60"],
            ["중부권", "문화시설", "3", "60"],
            ["서부권", "소계", "6", "190"],
            ["서부권", "체육시설", "2", "125"],
            ["서부권", "체육시설", "4", "65"],
        ],
    }
    got = {(r["location"], r["claimed"], r["parts_sum"]) for r in total_rows("c", {"tables": [table]})}
    assert all(claimed == parts for _, claimed, parts in got) and len(got) == 6
    table["rows"][4][2] = "3"  # a wrong detail figure: its subtotal and the grand total both flag it
    bad = {r["location"] for r in total_rows("c", {"tables": [table]}) if r["claimed"] != r["parts_sum"]}
    assert bad == {"tables[0].rows[0][2]", "tables[0].rows[3][2]"}
