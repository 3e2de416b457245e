"""Session 44, mendl5: mends of what the review of h-leftovers5 found.

1. goal_run_cells.pair_cells split a ``<YYYY> 10개소 8개소`` row into the year's target and actual under any head
   reading [target, actual], a running total (누계실적, 누적실적, 실적(누계)), last year's actual (전년실적) or a
   whole-term target (최종목표) alike: silent wrong figures. Now only under the year's own heads (no running-total,
   other-period or final-target word); else the figures are null with extract.goal_cells_run.
   Measured (review c1 inputs on sarang-city 110007 txt): 5 heads x 2 rows silent wrong -> 0 (null + finding);
   the plain head ``목표 실적`` still reads 10/8 and 12/12.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from pledgecard.extract.sections.goal_run_cells import pair_cells
from pledgecard.pipeline import process_file

ROOT = Path(__file__).resolve().parents[1]
SARANG = ROOT / "samples/families/sarang-city/sarang-city-110007-txt.txt"

KIND_HEADS = [
    "세부사업 연간목표 누계실적 추진상황",
    "세부사업 목표 누적실적 추진상황",
    "세부사업 목표 실적(누계) 추진상황",
    "세부사업 목표 전년실적 추진상황",
    "세부사업 최종목표 실적 추진상황",
]


@pytest.mark.parametrize("head", KIND_HEADS)
def test_pair_cells_refuses_other_kinds_of_columns(head: str) -> None:
    assert pair_cells("10개소 8개소", head) is None


def test_pair_cells_plain_year_heads_still_split() -> None:
    assert pair_cells("10개소 8개소", "세부사업 목표 실적 추진상황") == ("10개소", "8개소")


def _sarang_goals(table: str) -> tuple[list[dict], set[str]]:
    text = SARANG.read_text(encoding="utf-8")
    a, b = text.index("◆ 4. 연차별 성과목표 및 실적"), text.index("◆ 5.")
    path = Path(tempfile.mkdtemp()) / "card.txt"
    path.write_text(
        text[:a] + "◆ 4. 연차별 성과목표 및 실적\n\n" + table + "\n\n" + text[b:], encoding="utf-8"
    )
    res = process_file(path)
    codes = {f["code"] for p in res.provenance for f in p["findings"]}
    return res.records[0]["goals"], codes


ROWS = "\n\n청년센터 건립\n\n<2024> 10개소 8개소 추진중\n\n<2025> 12개소 12개소 완료"


@pytest.mark.parametrize("head", KIND_HEADS)
def test_card_running_total_pair_no_silent_figures(head: str) -> None:
    """Before: 2024 target 10 actual 8 (a running total / last year / whole-term figure), no finding.
    After: no figure read, extract.goal_cells_run."""
    goals, codes = _sarang_goals(head + ROWS)
    assert [g["year"] for g in goals] == [2024, 2025]
    assert all(g["target_value"] is None and g["actual_value"] is None for g in goals)
    assert "extract.goal_cells_run" in codes


def test_card_plain_pair_reads_figures() -> None:
    goals, _ = _sarang_goals("세부사업 목표 실적 추진상황" + ROWS)
    assert [(g["target_value"], g["actual_value"]) for g in goals] == [(10, 8), (12, 12)]
