"""Goal tables of any layout read from document tables (issue 11, session 12), on small grids: a
goal table a page break cut with its head not printed again goes on in the table after it (its year
group, its project cell carried down); a table of other columns, or of rows without targets, is no
part of it.
"""

from __future__ import annotations

from pledgecard.extract.sections.goals import extract_goals

from conftest import make_line, make_table

_HEAD = [
    ["성과지표", "목표", "실적", "추진상황", "추진내용"],
    ["<2024>", "<2024>", "<2024>", "<2024>", "<2024>"],
    ["버스 지원사업", "노선 3개 신설", "2개", "추진중", "노선 개편"],
    ["<2025>", "<2025>", "<2025>", "<2025>", "<2025>"],
    ["버스 지원사업", "착공", "-", "미착수", "노선 개편"],
]
_REST = [["차고지 조성", "실시설계 완료", "-", "미착수", "부지 매입"]]


def _facts(goals: list[dict]) -> list[tuple]:
    return [(g["project"], g["year"], g["target"], g["status"], g["actual"], g["detail"]) for g in goals]


def test_a_goal_table_cut_by_a_page_break_goes_on_in_the_headless_table_after_it() -> None:
    items = [make_table(_HEAD), make_line("- 2 -"), make_table(_REST)]
    got = extract_goals(items)
    assert _facts(got.value["goals"]) == [
        ("버스 지원사업", 2024, "노선 3개 신설", "추진중", "2개", "노선 개편"),
        ("버스 지원사업", 2025, "착공", "미착수", None, "노선 개편"),
        ("차고지 조성", 2025, "실시설계 완료", "미착수", None, "부지 매입"),
    ]
    # a third part goes on after both
    more = [["도로 정비", "2.4km", "-", "미착수", "구간 정비"]]
    got = extract_goals([*items, make_table(more)]).value["goals"]
    assert [(g["project"], g["year"], g["target_value"], g["target_unit"]) for g in got][-1] == (
        "도로 정비",
        2025,
        2.4,
        "km",
    )


def test_a_merged_project_cell_the_cut_left_empty_is_carried_down() -> None:
    rest = [["", "공정률 60%", "-", "미착수", ""]]
    got = extract_goals([make_table(_HEAD), make_table(rest)]).value["goals"]
    assert _facts(got)[-1] == ("버스 지원사업", 2025, "공정률 60%", "미착수", None, "노선 개편")


def test_a_table_of_other_columns_or_rows_without_targets_is_no_part_of_it() -> None:
    other = [["구분", "2024", "2025"], ["국비", "100", "200"]]
    got = extract_goals([make_table(_HEAD), make_table(other)])
    assert len(got.value["goals"]) == 2
    empty_targets = [["차고지 조성", "", "-", "", "부지 매입"]]
    got = extract_goals([make_table(_HEAD), make_table(empty_targets)])
    assert len(got.value["goals"]) == 2
    alone = extract_goals([make_table(_REST)])  # no goal table before it: nothing goes on
    assert alone.value["goals"] == []
