"""A reviewer's findings on the text-dump and section-extractor code, mended (session 29, helper mendtext;
inputs: small edits of samples/handmade/cheongsol-county-7-3.txt, each printing a shape the earlier code
read wrong). Each test fails on the code before its fix."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_order import reordered
from pledgecard.extract.sections.goals import extract_goals


def _lines(text: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source(line_start=i))
            for i, t in enumerate(text.strip().split("\n"), start=1)]


def _goals(text: str) -> list[tuple]:
    res = extract_goals(_lines(text))
    return [(g["year"], g["target"], g["target_value"], g["actual_value"], g["status"]) for g in res.value["goals"]]


# F1: a merged goal row (its project left to the row above) under 목표 | 추진내용: the words after the status
# are the target's only where the row's 달성률 proves the target's figure and nothing after it prints one.
_MERGED_HEAD = "연도 세부사업 실적 달성률 추진상황 목표 추진내용"


def test_a_merged_rows_detail_figure_is_never_its_target_value() -> None:
    rows = ["2024 캠핑장 조성 공정률 65% 93% 추진중 공정률 70% 토목 완료 관리동 골조",
            "2025 - - 미착수 캠핑장 정식 개장 및 시범 운영 카라반 12동"]
    got = reordered([_MERGED_HEAD, *rows])
    assert got is not None and 2 in got.unfixed  # nothing proves where the target ends: the row unread
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert all(g[2] != 12 for g in goals)


def test_a_merged_rows_dash_rate_proves_no_cut() -> None:
    rows = ["2024 캠핑장 조성 공정률 65% 93% 추진중 공정률 70% 토목 완료 관리동 골조",
            "2025 - - 미착수 캠핑장 개장 카라반 12동 설치"]
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert all(g[2] != 12 for g in goals)


def test_a_merged_row_whose_rate_proves_its_figure_still_reads() -> None:
    rows = ["2021 73호 75% 완료 97호 공급", "2022 68호 51% 완료 133호 공급"]
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert goals == [(2021, "97호 공급", 97, 73, "완료"), (2022, "133호 공급", 133, 68, "완료")]
