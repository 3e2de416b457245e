"""Session 32, goal tables in text dumps: a table typed with tabs whose cells hold line breaks, so that a row
comes out over several lines (extract/typed_wrapped_rows.py), and a goal cell listing two counts, each after
its own noun, which gives no single figure (extract/sections/goal_listed_counts.py), and a target counted in a
``[goals_unit_cells]`` counter whose row prints no actual, read where a row of the same words was read in that
counter (extract/sections/goal_shaped_targets.py).

Measured on hand-made gaon-special-city-1-12 (txt): before 0.741 (goals 0/28: the 2025 row over three lines left
every row unread), 0.991 with the rows joined and the listing cells null (goals 27/28: 2026's ``자전거 3,000대``
under a dash actual null), 1.000 with the shaped target; wrong figures 0 -> 0 (joined without the second fix, the
2025 row read 250 and 180 from its cells' second lines).

Hand-made dorim-county-3-05 (txt), a goal table of bare figures under ``◦ 성과지표 : 스마트팜 창업 청년농(명)``
(extract/sections/goal_indicator_line.py): 0.944 (goals 15/21: project and target figures null) -> 1.000, wrong
0 -> 0."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_indicator_line import indicator_line, with_indicator_line, without_head
from pledgecard.extract.sections.goal_listed_counts import listed_counts, lists_counts
from pledgecard.extract.sections.goal_record import make_goal
from pledgecard.extract.sections.goal_shaped_targets import with_shaped_targets
from pledgecard.extract.typed_tables import typed_cells, typed_runs
from pledgecard.extract.typed_wrapped_rows import joined_row, wrapped_groups
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools

HANDMADE = Path(__file__).resolve().parents[1] / "samples" / "handmade"

_HEAD = ["연도", "목표", "실적", "달성여부"]


def test_a_row_wrapped_over_three_lines_joins_to_the_heads_count() -> None:
    run = [
        _HEAD,
        ["2024년", "자전거 2,000대", "1,700대", "미달"],
        ["2025년", "자전거 2,500대"],
        ["대여소 250개소", "1,700대"],
        ["180개소", "추진중"],
        ["2026년", "자전거 3,000대", "-", "미착수"],
    ]
    assert wrapped_groups(run) == [(1, 2), (2, 5), (5, 6)]
    assert joined_row(run[2:5]) == ["2025년", "자전거 2,500대 대여소 250개소", "1,700대 180개소", "추진중"]


def test_short_lines_that_do_not_prove_one_row_stay_text() -> None:
    whole = ["2024년", "자전거 2,000대", "1,700대", "미달"]
    # a line going on a row opening with a row's first cell's shape: a row of its own, short of cells
    assert (
        wrapped_groups([_HEAD, whole, ["2025년", "자전거 2,500대"], ["2026년", "1,700대", "추진중"]]) is None
    )
    # the joined cells overshoot the head's count
    assert (
        wrapped_groups([_HEAD, whole, ["2025년", "자전거"], ["2,500대", "1,700대", "추진중", "비고"]]) is None
    )
    # the run ends inside a row
    assert wrapped_groups([_HEAD, whole, ["2025년", "자전거 2,500대"]]) is None
    # an empty cell typed: cells placed by counting tabs, another rule's
    assert wrapped_groups([_HEAD, whole, ["2025년", "", "1,700대"], ["x", "추진중"]]) is None
    # no whole row besides the head: no proof that rows are typed whole
    assert (
        wrapped_groups([_HEAD, ["2025년", "자전거 2,500대"], ["대여소 250개소", "1,700대", "추진중"]]) is None
    )
    # every line whole: nothing wrapped (typed_tables' own rule)
    assert wrapped_groups([_HEAD, whole, whole]) is None


def test_typed_runs_join_wrapped_rows_only_when_asked() -> None:
    lines = [
        "연도\t목표\t실적\t달성여부",
        "2024년\t자전거 2,000대\t1,700대\t미달",
        "2025년\t자전거 2,500대",
        "대여소 250개소\t1,700대",
        "180개소\t추진중",
        "2026년\t자전거 3,000대\t-\t미착수",
    ]
    assert typed_runs([typed_cells(s) for s in lines]) == []  # rows short of cells prove nothing alone
    rows = [typed_cells(s) for s in lines]
    wrapped: dict[int, int] = {}
    assert typed_runs(rows, None, wrapped) == [(0, 6)]
    assert wrapped == {2: 4}
    assert rows[2] == ["2025년", "자전거 2,500대 대여소 250개소", "1,700대 180개소", "추진중"]
    assert rows[3] == [] and rows[4] == []
    # a blank line inside the wrapped row: no proof its lines are one row
    gap = [typed_cells(s) for s in [*lines[:3], "", *lines[3:]]]
    assert typed_runs(gap, None, {}) == []


def test_a_cell_listing_two_counts_gives_no_single_figure() -> None:
    assert listed_counts("자전거 2,500대 대여소 250개소") == 2
    assert listed_counts("1,700대 180개소") == 2  # the first count opening the cell, a figure after it
    assert listed_counts("3대 핵심분야 51명") == 1  # 3대 a modifier of the word after it
    assert listed_counts("융합전공내 채용연계 마이크로계약학과 신설(56명 운영)") == 0
    assert not lists_counts("3대 핵심분야 74명(정밀의료 40, 디지털헬스케어 17, 스마트수소에너지 28)")
    goal = make_goal(None, 2025, "자전거 2,500대 대여소 250개소", "추진중", "1,700대 180개소", None)
    assert (goal["target_value"], goal["target_unit"], goal["actual_value"]) == (None, None, None)
    one = make_goal(None, 2024, "자전거 2,000대", "미달", "1,700대", None)
    assert (one["target_value"], one["target_unit"], one["actual_value"]) == (2000, "대", 1700)
    kept = make_goal("인재양성", 2023, "3대 핵심분야 51명", "추진 중", "3대 핵심분야 51명", None)
    assert (kept["target_value"], kept["actual_value"]) == (51, 51)


def test_a_target_of_a_row_read_words_takes_that_rows_counter() -> None:
    goals = [
        make_goal(None, 2023, "자전거 100대", "달성", "100대", None),
        make_goal(None, 2025, "자전거 250대 대여소 250개소", "추진중", None, None),
        make_goal(None, 2026, "자전거 300대", "미착수", None, None),
        make_goal(None, 2026, "전기자전거 30대", "미착수", None, None),  # other words: nothing proven
        make_goal("다른 사업", 2026, "자전거 50대", "미착수", None, None),
    ]  # another project
    assert goals[0]["target_value"] == 100 and goals[2]["target_value"] is None  # the lone actual proves 대
    with_shaped_targets(goals)
    assert [(g["target_value"], g["target_unit"]) for g in goals] == [
        (100, "대"),
        (None, None),
        (300, "대"),
        (None, None),
        (None, None),
    ]
    assert make_goal(None, 2026, "자전거 3,000대", "미착수", None, None)["target_value"] is None  # no proof


def test_gaon_special_city_reads_its_wrapped_goal_row() -> None:
    sc, wf = shared_tools()
    [exp] = load_records(HANDMADE / "gaon-special-city-1-12.expected.json")
    [got] = extract_file(HANDMADE / "gaon-special-city-1-12.txt")
    score = sc.score_record(exp, got)
    assert score.score() >= 1.0  # 0.741 before
    assert score.groups["goals"][0] >= 28  # 0 of 28 before
    wrong = [n for _, n, e, g in wf.figures(exp, got) if g is not None and g != e] + wrong_goal_figures(
        exp, got
    )
    assert wrong == []
    row = next(g for g in got["goals"] if g["year"] == 2025)
    assert row["target"] == "자전거 2,500대 대여소 250개소" and row["actual"] == "1,700대 180개소"
    assert row["target_value"] is None and row["actual_value"] is None and row["status"] == "추진중"


def test_an_indicator_line_names_the_bare_figures_under_it() -> None:
    assert indicator_line("성과지표 : 스마트팜 창업 청년농(명)") == ("스마트팜 창업 청년농", "명")
    assert indicator_line("사업기간 : 2023(년)") is None  # a label of no project column
    assert indicator_line("성과지표 : 스마트팜 창업 청년농") is None  # no unit
    assert (
        without_head("성과지표 : 청년농(명) 구 분 2024년 2025년", ["구 분", "2024년", "2025년"])
        == "성과지표 : 청년농(명)"
    )
    bare = [make_goal(None, 2024, "10", None, "12", None), make_goal(None, 2026, "10", None, "-", None)]
    assert with_indicator_line(bare, "성과지표 : 스마트팜 창업 청년농(명)")
    assert [(g["project"], g["target_value"], g["target_unit"], g["actual_value"]) for g in bare] == [
        ("스마트팜 창업 청년농", 10, "명", 12),
        ("스마트팜 창업 청년농", 10, "명", None),
    ]
    worded = [make_goal(None, 2024, "교육 10회", None, "12회", None)]  # a goal printing its own unit keeps it
    assert not with_indicator_line(worded, "성과지표 : 청년농(명)") and worded[0]["target_unit"] == "회"
    named = [make_goal("창업 지원", 2024, "10", None, "12", None)]  # a goal naming its project keeps it
    assert not with_indicator_line(named, "성과지표 : 청년농(명)") and named[0]["project"] == "창업 지원"


def test_dorim_county_reads_the_indicator_over_its_goal_table() -> None:
    sc, wf = shared_tools()
    [exp] = load_records(HANDMADE / "dorim-county-3-05.expected.json")
    [got] = extract_file(HANDMADE / "dorim-county-3-05.txt")
    score = sc.score_record(exp, got)
    assert score.score() >= 1.0  # 0.944 before
    wrong = [n for _, n, e, g in wf.figures(exp, got) if g is not None and g != e] + wrong_goal_figures(
        exp, got
    )
    assert wrong == []
    assert {(g["project"], g["target_unit"]) for g in got["goals"]} == {("스마트팜 창업 청년농", "명")}
