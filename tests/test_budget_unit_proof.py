"""An overview budget printing no unit (no unit line on the card, none on a funding table): a piece printing its
own unit is read with it, bare pieces only under the one unit the budget's sum proves, else null with
``extract.unit_unproven`` (never won as printed); validation does not also call those amounts unreadable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.budget_unit_proof import proven_budget
from pledgecard.pipeline import card_results
from pledgecard.validate.unprinted import explained_locations, without_unprinted

CARD = """구청장 공약사업 추진 관리카드

■ 공약명 : 생활권 공원 녹지 확충
■ 관리번호 : Ⅰ-4
■ 주관부서 : 공원녹지과

1. 사업 개요
  가. 사업기간 : 2023. 1. ~ 2024. 12.
  나. 총사업비 : {budget}
  다. 사업내용 : 공원 조성
"""


def _dump(tmp_path: Path, budget: str, below: str = "") -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path = tmp_path / "card.txt"
    path.write_text(CARD.format(budget=budget) + below, encoding="utf-8")
    [(card, findings)] = card_results(read_path(path), str(path))
    return card.record["overview"]["budget"], findings


def _amounts(budget: dict[str, Any]) -> list[int | None]:
    return [budget["total_krw"], *(p["amount_krw"] for p in budget["parts"])]


def _unit_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["code"] in ("extract.unit_unproven", "extract.unit_unprinted")]


def test_bare_pieces_no_sum_proves_are_null_with_one_finding(tmp_path: Path) -> None:
    budget, findings = _dump(tmp_path, "120 (국비 60, 도비 30, 시비 30)")  # the sum holds under every unit
    assert _amounts(budget) == [None, None, None, None]
    [f] = _unit_findings(findings)  # said once: no unit_unprinted beside it
    assert f["code"] == "extract.unit_unproven" and f["location"] == "overview.budget"
    assert f["observed"]["locations"] == [
        "overview.budget.total_krw",
        *(f"overview.budget.parts[{i}]" for i in range(3)),
    ]
    assert f["source_location"]


def test_the_one_unit_the_sum_proves_reads_the_bare_pieces(tmp_path: Path) -> None:
    budget, findings = _dump(tmp_path, "120 (국비 60억, 도비 30, 시비 30)")
    assert _amounts(budget) == [12_000_000_000, 6_000_000_000, 3_000_000_000, 3_000_000_000]
    assert not _unit_findings(findings)


def test_a_piece_printing_its_unit_is_read_the_bare_ones_null_where_the_sum_fails(tmp_path: Path) -> None:
    budget, findings = _dump(tmp_path, "120 (국비 60억, 도비 50)")  # 60억 + 50x is 120x under no unit
    assert _amounts(budget) == [None, 6_000_000_000, None]
    [f] = _unit_findings(findings)
    assert f["observed"]["locations"] == ["overview.budget.total_krw", "overview.budget.parts[1]"]


def test_won_printed_in_a_piece_proves_won(tmp_path: Path) -> None:
    budget, _ = _dump(tmp_path, "350,000,000 (국비 150,000,000원, 도비 200,000,000)")
    assert _amounts(budget) == [350_000_000, 150_000_000, 200_000_000]


def test_a_printed_unit_is_read_as_before(tmp_path: Path) -> None:
    budget, findings = _dump(tmp_path, "12억원 (국비 6, 도비 6)")
    assert _amounts(budget) == [1_200_000_000, 600_000_000, 600_000_000]
    assert not _unit_findings(findings)


def test_the_card_unit_line_reads_the_bare_pieces(tmp_path: Path) -> None:
    # the card states one unit on a line of its own: the bare pieces are read under it, as a funding table is
    budget, findings = _dump(tmp_path, "120 (국비 60, 도비 60)", below="\n(단위 : 백만원)\n")
    assert _amounts(budget) == [120_000_000, 60_000_000, 60_000_000]
    assert not _unit_findings(findings)


def test_proof_needs_exactly_one_unit() -> None:
    assert proven_budget("10 (국비 5, 도비 5)")[1]  # every unit fits: none proven
    assert proven_budget("10억 (국비 5, 도비 5)")[1] == []  # printed
    assert proven_budget("10 (국비 5억, 도비 4)")[0]["total_krw"] is None  # no unit fits


def test_validation_keeps_no_unreadable_finding_for_the_amounts_the_finding_names() -> None:
    unproven = {
        "code": "extract.unit_unproven",
        "success": False,
        "card_id": "a",
        "location": "overview.budget",
        "observed": {"locations": ["overview.budget.total_krw"]},
    }
    cell = {"code": "normalize.unreadable_amount", "success": False, "card_id": "a"}
    assert explained_locations(unproven) == ["overview.budget.total_krw"]
    kept = without_unprinted(
        [
            unproven,
            {**cell, "location": "overview.budget.total_krw"},
            {**cell, "location": "overview.budget.parts[0]"},
            {**cell, "card_id": "b", "location": "overview.budget.total_krw"},
        ]
    )
    assert [(f["card_id"], f.get("location")) for f in kept] == [
        ("a", "overview.budget"),
        ("a", "overview.budget.parts[0]"),
        ("b", "overview.budget.total_krw"),
    ]
