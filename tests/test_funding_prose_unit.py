"""A funding told in sentences printing no unit (extract/sections/funding_prose_unit.py): a piece printing its own
unit is read with it, the bare ones only under the one unit the sums (parts and periods to the total) prove, else
null with ``extract.unit_unproven`` naming the funding cells: never taken as won as printed. The overview budget
printing no unit is then read under the unit the funding proved (its total the table's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.readers import read_path
from pledgecard.pipeline import card_results
from pledgecard.validate.unprinted import explained_cells

CARD = (
    Path(__file__).resolve().parent.parent
    / "samples"
    / "families"
    / "soseul-county"
    / "soseul-county-97001-txt.txt"
)
BUDGET = "ㅇ 총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)"
YEARS = "ㅇ 연도별 투자계획 : '18년 38.6억원, '19년 44.6억원, '20년 31.4억원, '21년 36.2억원, '22년 32.8억원"
EOK = 100_000_000


def _dump(tmp_path: Path, budget: str, years: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    text = CARD.read_text(encoding="utf-8")
    assert BUDGET in text and YEARS in text
    path = tmp_path / "card.txt"
    path.write_text(text.replace(BUDGET, budget).replace(YEARS, years), encoding="utf-8")
    [(card, findings)] = card_results(read_path(path), str(path))
    return card.record, findings


def _amounts(record: dict[str, Any]) -> list[list[int | None]]:
    return [r["amounts_krw"] for r in record["funding"]["rows"]]


def test_periods_printing_their_unit_prove_the_bare_budget(tmp_path: Path) -> None:
    record, findings = _dump(
        tmp_path,
        "ㅇ 총사업비 : 180(국비 30, 도비 50, 군비 100)",
        "ㅇ 연도별 투자계획 : '18년 80억원, '19년 100억원",
    )
    assert _amounts(record) == [
        [180 * EOK, 80 * EOK, 100 * EOK],
        [30 * EOK, None, None],
        [50 * EOK, None, None],
        [100 * EOK, None, None],
    ]
    budget = record["overview"]["budget"]  # the overview's bare budget: under the unit the funding proved
    assert [budget["total_krw"], *(p["amount_krw"] for p in budget["parts"])] == [
        180 * EOK,
        30 * EOK,
        50 * EOK,
        100 * EOK,
    ]
    assert not [f for f in findings if f["code"] in ("extract.unit_unproven", "extract.unit_unprinted")]


def test_a_bare_decimal_total_proven_by_the_periods(tmp_path: Path) -> None:
    record, _ = _dump(tmp_path, "ㅇ 총사업비 : 183.6(국비 29.1, 도비 41.8, 군비 112.7)", YEARS)
    assert _amounts(record)[0] == [round(x * EOK) for x in (183.6, 38.6, 44.6, 31.4, 36.2, 32.8)]


def test_no_piece_printing_a_unit_leaves_every_amount_null_with_one_finding(tmp_path: Path) -> None:
    record, findings = _dump(
        tmp_path, "ㅇ 총사업비 : 180(국비 30, 도비 50, 군비 100)", "ㅇ 연도별 투자계획 : '18년 80, '19년 100"
    )
    assert all(a is None for row in _amounts(record) for a in row)
    [f] = [f for f in findings if f["code"] == "extract.unit_unproven" and f["location"] == "funding"]
    assert sorted(explained_cells(f)) == [(0, 0), (0, 1), (0, 2), (1, 0), (2, 0), (3, 0)]
    assert not [f for f in findings if f["code"] == "extract.unit_unprinted"]
