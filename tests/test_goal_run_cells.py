"""A goal row's target, actual and rate cells run together into its target text (a layout dump whose
wrapped head cell left the goal table unread, gilmok-city 58007): the rate proves the two figure cells
before it are the target and the actual (extract/sections/goal_run_cells.py); what no rate proves stays
as it was."""

from __future__ import annotations

import pytest

from pledgecard.extract.sections.goal_run_cells import run_cells

HEAD = "연도 세부추진과 제 계획 실적 이행률(%) 추진상황 추진내용"


@pytest.mark.parametrize(
    ("target", "want"),
    [
        ("청년농업 지 원사업 3.1km 2.9km 94%", ("3.1km", "2.9km")),  # words before the target: not its own
        ("공정률 70% 공정률 38% 54%", ("공정률 70%", "공정률 38%")),  # the cells' one shape: words and figure
        ("12건 12건 100%", ("12건", "12건")),
    ],
)
def test_the_rate_parts_the_target_and_actual_cells(target: str, want: tuple[str, str]) -> None:
    assert run_cells(target, HEAD) == want


@pytest.mark.parametrize(
    ("target", "head"),
    [
        ("청년농업 지 원사업 3.1km 2.9km 50%", HEAD),  # the rate disagrees with 2.9 over 3.1
        ("3.1km 2.9명 94%", HEAD),  # the units differ
        ("사업 70% 공정률 38% 54%", HEAD),  # the actual's words not the target's: whose they are is unknown
        ("3.1km 2.9km 94%", "연도 사업 목표 실적 추진상황"),  # the head names no rate column
        ("3.1km 2.9km 94%", "연도 사업 목표 달성률 추진상황"),  # nor an actual column
        ("3.1km 2.9km", HEAD),  # no rate
        ("3.1km 2.9km 94% 비고", HEAD),  # the rate is not the last cell
    ],
)
def test_what_no_rate_proves_stays(target: str, head: str) -> None:
    assert run_cells(target, head) is None
