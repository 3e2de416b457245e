"""Source rows whose amounts the sums placed but whose labels a dump printed apart from them,
labelled by the overview budget's shares only where the shares prove whose each row is."""

from __future__ import annotations

import copy
from typing import Any

from pledgecard.extract.sections.funding_labels import UNLABELLED, label_by_budget

M = 1_000_000
COLUMNS: list[Any] = [
    {"label": "2023", "kind": "year", "year": 2023},
    {"label": "2024", "kind": "year", "year": 2024},
    {"label": "합계", "kind": "total", "year": None},
]


def _rows() -> list[Any]:
    # the labels in the order a dump printed them, the amounts in the rows' order
    return [
        {"label": "계", "source": "total", "amounts_krw": [30 * M, 60 * M, 90 * M]},
        {
            "label": "국비",
            "source": "national",
            "amounts_krw": [None] * 3,
            "amounts_raw": ["20", "30", "50"],
            UNLABELLED: True,
        },
        {
            "label": "시비",
            "source": "municipal",
            "amounts_krw": [None] * 3,
            "amounts_raw": ["10", "-", "10"],
            UNLABELLED: True,
        },
        {
            "label": "민자",
            "source": "private",
            "amounts_krw": [None] * 3,
            "amounts_raw": ["-", "30", "30"],
            UNLABELLED: True,
        },
    ]


def _budget(**shares: int) -> dict[str, Any]:
    return {
        "total_krw": 90 * M,
        "parts": [{"label": k, "source": k, "amount_krw": v * M} for k, v in shares.items()],
    }


def test_rows_take_the_labels_whose_shares_their_totals_are() -> None:
    rows = _rows()
    label_by_budget(COLUMNS, rows, _budget(national=10, municipal=30, private=50), M)
    got = {r["source"]: r["amounts_krw"] for r in rows}
    assert got == {
        "total": [30 * M, 60 * M, 90 * M],
        "private": [20 * M, 30 * M, 50 * M],
        "national": [10 * M, 0, 10 * M],
        "municipal": [0, 30 * M, 30 * M],
    }
    assert all(UNLABELLED not in r and "amounts_raw" not in r for r in rows)
    assert [r["label"] for r in rows] == ["계", "민자", "국비", "시비"]


def test_the_one_source_the_budget_leaves_out_takes_the_row_no_share_names() -> None:
    rows = _rows()
    label_by_budget(COLUMNS, rows, _budget(national=10, private=50), M)
    assert [r["source"] for r in rows] == ["total", "private", "national", "municipal"]
    assert rows[3]["amounts_krw"] == [0, 30 * M, 30 * M]


def test_no_proof_leaves_every_row_null_and_unmarked() -> None:
    cases = [
        _budget(national=10, municipal=30, private=30),  # two equal shares: a coincidence, no proof
        _budget(national=10, municipal=40, private=50),  # a share no row's total is
        _budget(national=10),  # two sources the budget leaves out
        {**_budget(national=10, municipal=30, private=50), "total_krw": 91 * M},  # another table's budget
        _budget(national=10, municipal=30, local=50),  # a share of a source no label names
        None,
    ]
    for budget in cases:
        rows = _rows()
        before = copy.deepcopy(rows)
        label_by_budget(COLUMNS, rows, budget, M)
        assert all(UNLABELLED not in r for r in rows)
        assert [r["amounts_krw"] for r in rows] == [r["amounts_krw"] for r in before], budget
        assert [r["label"] for r in rows] == [r["label"] for r in before]


def test_a_row_printed_unreadably_is_no_proof() -> None:
    rows = _rows()
    rows[2]["amounts_raw"] = ["10", "?", "10"]
    label_by_budget(COLUMNS, rows, _budget(national=10, municipal=30, private=50), M)
    assert all(None in r["amounts_krw"] for r in rows[1:])


def _year(y: int) -> Any:
    return {"label": str(y), "kind": "year", "year": y}


PRIOR: Any = {"label": "기투자", "kind": "prior", "year": None}
TOTAL: Any = {"label": "계", "kind": "total", "year": None}


def test_one_period_label_printed_away_from_its_place_goes_back_in_time_order() -> None:
    from pledgecard.extract.sections.funding_column_heads import one_label_moved

    def labels(cols: list[Any]) -> list[str]:
        return [c["label"] for c in one_label_moved(cols)]

    assert labels([_year(2022), _year(2023), TOTAL, PRIOR]) == ["기투자", "2022", "2023", "계"]
    assert labels([_year(2023), _year(2024), _year(2022), TOTAL]) == ["2022", "2023", "2024", "계"]
    # in order already, or out of order beyond one label (years printed falling): as printed
    assert labels([PRIOR, _year(2022), TOTAL]) == ["기투자", "2022", "계"]
    assert labels([_year(2024), _year(2023), _year(2022), TOTAL]) == ["2024", "2023", "2022", "계"]
