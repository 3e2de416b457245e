"""Review A's findings on session 32's extract changes, mended (session 32, helper menda): the reviewer's inputs
(tests/fixtures/review_a_32/, copied from /tmp/review-a/) read through the pipeline and scored with the shared
scorer and wrong-figure counter, and unit tests of each shape with its negative case.

1. A typed line closing on empty cells (tabs after its last) is a whole row, never a wrapped row's part; words
   with no figure going on a line that closed on a whole figure open a row (extract/typed_wrapped_rows.py,
   extract/typed_tables.py ``typed_trailing``).
2. Only a label naming the reporting point gives it, in a header table or on a header line; the header section
   and the content namer read it with one helper (extract/labelled_as_of.py).
3. An indicator line naming two indicators names none of the table's figures (goal_indicator_line.py).
4. A row the total does not count (기금) making up the sources' excess in every column keeps the table
   (funding_parts_over.py).
5. A plan's leading vague word (상시, 수시, 매년) is its time only where it stands apart (plan_leading_times.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pledgecard.extract.content_kinds import reporting_point
from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labelled_as_of import as_of_label, other_label_opens, reporting_text
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_parts_over import null_parts_over_total
from pledgecard.extract.sections.goal_indicator_line import indicator_line
from pledgecard.extract.sections.plan_leading_times import leading_time, times_first
from pledgecard.extract.typed_tables import typed_cells, typed_runs, typed_trailing
from pledgecard.extract.typed_wrapped_rows import wrapped_groups
from pledgecard.pipeline import card_results

from conftest import shared_score, wrong_figures_of

FIXTURES = Path(__file__).parent / "fixtures" / "review_a_32"


def _read(name: str) -> dict[str, Any]:
    path = FIXTURES / name
    [record] = [c.record for c, _ in card_results(read_path(path), str(path))]
    return record


def _expected(name: str) -> dict[str, Any]:
    exp = json.loads((FIXTURES / (name.rsplit(".", 1)[0] + ".expected.json")).read_text("utf-8"))
    return exp[0] if isinstance(exp, list) else exp


def _goals(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(g["project"], g["target_value"], g["target_unit"], g["actual_value"]) for g in record["goals"]]


# 1. typed_wrapped_rows / typed_trailing

_HEAD = ["사업명", "목표", "실적", "달성여부"]


def test_a_line_typing_its_empty_last_cells_is_a_whole_row() -> None:
    lines = [
        "사업명\t목표\t실적\t달성여부",
        "청년농 유입\t30명\t27명\t정상",
        "창업 교육 운영\t5회\t\t",
        "스마트팜 입주\t20명\t12명\t",
    ]
    assert [typed_trailing(t) for t in lines] == [0, 0, 2, 1]
    assert typed_trailing("제목 없는 줄") == 0 and typed_trailing("라벨\t") == 0
    rows: list[list[str] | None] = [typed_cells(t) for t in lines]
    wrapped: dict[int, int] = {}
    assert typed_runs(rows, None, wrapped, [typed_trailing(t) for t in lines]) == [(0, 4)]
    assert wrapped == {} and rows[2] == ["창업 교육 운영", "5회"]  # no row joined, each its own line
    # the same lines without their closing tabs told: the short lines are joined no more (words after a figure)
    rows2: list[list[str] | None] = [typed_cells(t) for t in lines]
    assert typed_runs(rows2, None, {}, None) == [] and rows2[2] == ["창업 교육 운영", "5회"]


def test_words_after_a_whole_figure_open_a_row_but_a_wrapped_figure_list_joins() -> None:
    whole = ["청년농 유입", "30명", "27명", "정상"]
    assert (
        wrapped_groups([_HEAD, whole, ["창업 교육 운영", "5회"], ["스마트팜 입주", "20명", "12명"]]) is None
    )
    head = ["연도", "목표", "실적", "달성여부"]
    run = [
        head,
        ["2024년", "자전거 2,000대", "1,700대", "미달"],
        ["2025년", "자전거 2,500대"],
        ["대여소 250개소", "1,700대"],
        ["180개소", "추진중"],
    ]
    assert wrapped_groups(run) == [(1, 2), (2, 5)]


def test_the_reviewers_goal_rows_with_closing_tabs_read_right() -> None:
    expected, record = _expected("dorim-gwrap-tabs.txt"), _read("dorim-gwrap-tabs.txt")
    assert _goals(record) == [
        ("청년농 유입", 30, "명", 27),
        ("창업 교육 운영", 5, "회", None),
        ("스마트팜 입주", 20, "명", 12),
    ]  # was (창업 교육 운영, 5, 회, 20): 20 the next target
    assert wrong_figures_of(expected, record) == [] and shared_score(expected, record) == 1.0  # 0.872 before


def test_the_same_rows_trimmed_of_their_tabs_give_no_joined_goal() -> None:
    expected, record = _expected("dorim-gwrap.txt"), _read("dorim-gwrap.txt")
    assert all(g["actual_value"] != 20 for g in record["goals"])  # actual 20 before: the next row's target
    assert wrong_figures_of(expected, record) == []


# 2. labelled_as_of


def _cells(rows: list[list[str]]) -> Table:
    cells = [Cell(r, k, text) for r, row in enumerate(rows) for k, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def test_only_an_as_of_label_gives_the_reporting_point() -> None:
    table = _cells(
        [
            ["총사업비", "7,200백만원(2023년 기준)", "추진상황", "정상추진"],
            ["실천목표", "청년농 30명", "보고기준일", "2025. 6. 30."],
        ]
    )
    assert reporting_point([table]) == "2025-06-30"  # 2023-12-31 before: the budget's base year
    assert (
        reporting_point(
            [_cells([["실천목표", "2019년 기준 대비 온실가스 30% 감축", "추진상황", "정상추진"]])]
        )
        is None
    )
    assert as_of_label("보고기준일") and as_of_label("기준일자") and not as_of_label("총사업비")
    assert (
        reporting_text("2024. 9. 30.") != "2024. 9. 30."
        and reporting_text("2024년 3분기 현재") == "2024년 3분기 현재"
    )


def test_a_header_line_under_another_label_states_no_reporting_point() -> None:
    assert other_label_opens("총사업비 7,200백만원(2023년 기준)")
    assert other_label_opens("실천목표 2019년 기준 대비 청년농 2배 확대")
    assert not other_label_opens("보고기준일 2024. 12. 31.")
    assert not other_label_opens("전라남도 도림군 관리카드 (2024년 4분기 현재)")
    assert not other_label_opens("(2024. 12. 31. 기준)")


def test_the_reviewers_cards_with_a_base_year_keep_their_achievements() -> None:
    for name, n in (("garam-asof.hwpx", 7), ("dorim-asof.txt", 6), ("dorim-asof2.txt", 6)):
        expected, record = _expected(name), _read(name)
        assert len(expected["achievements"]) == n and len(record["achievements"]) == n, name  # 0 before
        assert wrong_figures_of(expected, record) == [], name
        assert shared_score(expected, record) >= 0.91, name  # garam 0.604 before (its control 0.920)


# 3. goal_indicator_line


def test_an_indicator_line_naming_two_indicators_names_none() -> None:
    assert indicator_line("성과지표 : 스마트팜 창업 청년농(명)") == ("스마트팜 창업 청년농", "명")
    assert indicator_line("성과지표 : 스마트팜 창업 청년농(명), 온실 준공(동)") is None
    assert indicator_line("성과지표 : 입주율(%) 및 입주 청년농(명)") is None
    assert indicator_line("성과지표 : 창업 청년농(명) / 교육 수료(회)") is None


def test_the_reviewers_two_indicator_card_gives_no_goal_the_last_unit() -> None:
    expected, record = _expected("dorim-ind2.txt"), _read("dorim-ind2.txt")
    assert record["goals"] and all(g["target_unit"] != "동" and g["project"] is None for g in record["goals"])
    assert wrong_figures_of(expected, record) == []


# 4. funding_parts_over


def _rows(table: list[tuple[str, str, list[int]]]) -> list[Any]:
    return [{"label": lab, "source": src, "amounts_krw": list(v)} for lab, src, v in table]


def test_a_row_the_total_leaves_out_keeps_the_table() -> None:
    cols: list[Any] = [{"label": c, "kind": "year", "year": None} for c in ("a", "b", "c")]
    fund = _rows(
        [
            ("국비", "national", [3600, 1600, 1200]),
            ("기금", "other", [1000, 400, 300]),
            ("도비", "provincial", [1080, 480, 360]),
            ("합계", "total", [4680, 2080, 1560]),
        ]
    )
    assert not null_parts_over_total(cols, fund, 1) and fund[1]["amounts_krw"] == [1000, 400, 300]
    # sources over the total with no one row making up the excess: a misplaced column, nulled as before
    shifted = _rows(
        [
            ("국비", "national", [3000, 1400, 1200]),
            ("도비", "provincial", [1080, 480, 360]),
            ("군비", "municipal", [2520, 1120, 840]),
            ("합계", "total", [4680, 2080, 1560]),
        ]
    )
    assert null_parts_over_total(cols, shifted, 1)


def test_the_reviewers_fund_row_table_reads_its_figures() -> None:
    record = _read("dorim-ofc.txt")
    rows = {r["label"]: r["amounts_krw"] for r in record["funding"]["rows"]}
    assert rows["국비"] == [3600_000_000, 1600_000_000, 1200_000_000, 800_000_000, 0]  # all None before
    assert rows["합계"] == [7200_000_000, 3200_000_000, 2400_000_000, 1600_000_000, 0]
    assert rows["군비"][0] == 2520_000_000 and rows["도비"][0] == 1080_000_000


# 5. plan_leading_times


def test_a_vague_word_is_a_plans_time_only_standing_apart() -> None:
    assert leading_time("상시 고용 인원 50명 확대") == ("", "상시 고용 인원 50명 확대")
    assert leading_time("매년 10월 축제 개최") == ("", "매년 10월 축제 개최")
    assert leading_time("상시 : 시설 점검") == ("상시", "시설 점검")
    assert leading_time("수시, 민원 대응") == ("수시", "민원 대응")
    assert leading_time("하반기 중 캠핑장 착공") == ("하반기 중", "캠핑장 착공")
    assert times_first(["’25. 9. 온실 착공", "수시 모집 전형 신설"], dated=1)


def test_the_reviewers_plans_keep_their_own_words() -> None:
    plans = _read("dorim-plans.txt")["plans"]
    assert [p["text"] for p in plans] == [
        "온실 2단계 착공",
        "매년 입주자 만족도 조사 실시",
        "수시 시설 안전점검",
    ]
    assert plans[0]["date"]["label"] == "2025-09" and plans[1]["date"] is None and plans[2]["date"] is None
