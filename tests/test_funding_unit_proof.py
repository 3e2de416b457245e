"""A funding table whose unit nothing on the card tells: a cell printing its own unit is read with it, bare cells
only under the one unit the table's sums prove, else null with ``extract.unit_unproven`` (never won as printed);
validation does not also call those cells unreadable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document, Paragraph, Source
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_unit_proof import (
    bare_cells,
    candidate_multipliers,
    proven_multiplier,
)
from pledgecard.pipeline import card_results
from pledgecard.validate.unprinted import explained_cells, without_unprinted
from tests.conftest import make_table

CARD = """구청장 공약사업 추진 관리카드

■ 공약명 : 생활권 공원 녹지 확충
■ 관리번호 : Ⅰ-4
■ 주관부서 : 공원녹지과

1. 사업 개요
  가. 사업기간 : 2023. 1. ~ 2024. 12.

2. 재원투자 실적 및 계획
구분\t계\t2023\t2024
"""


def _dump(tmp_path: Path, *rows: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path = tmp_path / "card.txt"
    path.write_text(CARD + "".join(r + "\n" for r in rows), encoding="utf-8")
    [(card, findings)] = card_results(read_path(path), str(path))
    return card.record, findings


def _amounts(record: dict[str, Any]) -> list[list[int | None]]:
    return [r["amounts_krw"] for r in record["funding"]["rows"]]


def test_bare_cells_no_sum_proves_are_null_with_a_finding_the_cell_with_its_unit_read(tmp_path: Path) -> None:
    record, findings = _dump(tmp_path, "계\t10억\t3\t4")  # 3 + 4 is 10 under no unit
    assert _amounts(record) == [[1_000_000_000, None, None]]
    [f] = [f for f in findings if f["code"] == "extract.unit_unproven"]
    assert f["location"] == "funding" and f["observed"] == {"cells": [[0, 1], [0, 2]]}
    assert f["source_location"] and f["source_position"]  # at the table
    assert explained_cells(f) == [(0, 1), (0, 2)]
    assert not [
        f for f in findings if f["location"] == "funding.unit"
    ]  # said once, by the finding naming the cells


def test_the_one_unit_the_row_sum_proves_reads_the_bare_cells(tmp_path: Path) -> None:
    record, findings = _dump(tmp_path, "계\t10억\t3\t7")
    assert _amounts(record) == [[1_000_000_000, 300_000_000, 700_000_000]]
    assert record["funding"]["unit"] == "억원"
    assert not [f for f in findings if f["code"] in ("extract.unit_unproven", "extract.unit_unprinted")]


def test_won_printed_in_a_cell_proves_won_for_the_bare_ones(tmp_path: Path) -> None:
    record, _ = _dump(tmp_path, "계\t350,000,000원\t150,000,000\t200,000,000")
    assert _amounts(record) == [[350_000_000, 150_000_000, 200_000_000]]


def test_every_cell_with_its_own_unit_is_read_as_printed(tmp_path: Path) -> None:
    record, findings = _dump(tmp_path, "계\t1,200백만원\t5억\t700백만원")
    assert _amounts(record) == [[1_200_000_000, 500_000_000, 700_000_000]]
    assert not [f for f in findings if f["code"] == "extract.unit_unproven"]


def test_no_cell_with_a_unit_nothing_proves_one(tmp_path: Path) -> None:
    record, findings = _dump(tmp_path, "계\t10\t3\t7")  # the sums hold under every unit: none proven
    assert _amounts(record) == [[None, None, None]]
    [f] = [f for f in findings if f["code"] == "extract.unit_unproven"]
    assert f["observed"]["cells"] == [[0, 0], [0, 1], [0, 2]]


def test_validation_keeps_no_unreadable_finding_for_the_cells_the_finding_names() -> None:
    unproven = {
        "code": "extract.unit_unproven",
        "success": False,
        "card_id": "a",
        "location": "funding",
        "observed": {"cells": [[0, 1]]},
    }
    cell = {"code": "normalize.unreadable_amount", "success": False, "card_id": "a"}
    kept = without_unprinted(
        [
            unproven,
            {**cell, "location": "funding.rows[0].amounts_krw[1]"},
            {**cell, "location": "funding.rows[0].amounts_krw[2]"},
        ]
    )
    assert [f.get("location") for f in kept] == ["funding", "funding.rows[0].amounts_krw[2]"]


HEAD = [
    Paragraph(text="도지사 공약사업 관리카드", source=Source(line_start=1)),
    Paragraph(text="공약명 청년 주택 공급 관리번호 3-2", source=Source(line_start=2)),
    Paragraph(text="재원투자 계획", marker="□", source=Source(line_start=3)),
]


@pytest.mark.parametrize(
    ("total", "national", "expected", "unit"),
    [
        (
            "1,200백만원",
            ["800", "400"],
            [1_200_000_000, 800_000_000, 400_000_000],
            "백만원",
        ),  # the column sum proves
        ("1,200백만원", ["800", "500"], [1_200_000_000, None, None], None),  # no unit makes 800 + 500 1,200
    ],
)
def test_a_model_table_proven_by_its_column_sums(
    total: str, national: list[str], expected: list[int | None], unit: str | None
) -> None:
    table = make_table(
        [
            ["구분", "총사업비", "2023년"],
            ["계", total, total],
            ["국비", national[0], national[0]],
            ["도비", national[1], national[1]],
        ]
    )
    [card] = extract_card_results(Document(blocks=[*HEAD, table], format="hwpx", sha256="d" * 64))
    got = [r["amounts_krw"][0] for r in card.record["funding"]["rows"]]
    assert got == expected and card.record["funding"]["unit"] == unit
    assert bool([f for f in card.findings if f["code"] == "extract.unit_unproven"]) == (unit is None)


def test_proof_needs_exactly_one_unit() -> None:
    funding = {
        "columns": [{"kind": "total"}, {"kind": "year"}, {"kind": "year"}],
        "rows": [{"source": "total", "amounts_krw": [0, 3, 4]}],
    }
    bare, own = bare_cells(
        funding,
        {"columns": funding["columns"], "rows": [{"source": "total", "amounts_krw": [0, 3000, 4000]}]},
    )
    assert bare == {(0, 1), (0, 2)} and own == set()
    assert proven_multiplier(funding, bare, own, candidate_multipliers()) is None  # no cell with its unit
    funding["rows"][0]["amounts_krw"] = [1_000_000_000, 3, 7]
    assert proven_multiplier(funding, {(0, 1), (0, 2)}, {(0, 0)}, candidate_multipliers()) == 100_000_000
    assert proven_multiplier(funding, {(0, 1), (0, 2)}, {(0, 0)}, [1]) is None  # 10 won is not 1e9
