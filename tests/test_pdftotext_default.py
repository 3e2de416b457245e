"""Structures of ``pdftotext`` default-mode dumps (a table's cells a line, its columns printed in
blocks), each read from a small dump: what its lines prove is read, anything else left unread."""

from __future__ import annotations

from pledgecard.extract.sections.goal_unit_apart import goal_unit_apart_lines


def _lines(text: str) -> list[str]:
    return [ln for ln in text.strip().split("\n") if ln.strip()]


# the indicator's columns first (their head echoing the section's heading taken for it), then the
# year's columns, a cell a line
UNIT_APART = """
단위
최종목표
정비 구간
km
6.2
시설 설치
개소
16
연도
목표
실적
달성률(%)
2026년
2.9
2.6
90
2027년
3.3
-
-
2026년
5
3
60
2027년
11
-
-
"""


def test_indicator_columns_apart_from_the_year_rows_are_dealt_to_the_year_groups() -> None:
    got = goal_unit_apart_lines(_lines(UNIT_APART))
    assert got is not None
    assert [(g.project, g.unit, g.year, g.target, g.actual) for g in got.goals] == [
        ("정비 구간", "km", 2026, "2.9", "2.6"),
        ("정비 구간", "km", 2027, "3.3", None),
        ("시설 설치", "개소", 2026, "5", "3"),
        ("시설 설치", "개소", 2027, "11", None),
    ]


def test_indicator_columns_interleaved_keep_each_columns_order() -> None:
    # the name cell wrapped higher than the heads: a column's cells stay in order all the same
    text = UNIT_APART.replace("단위\n최종목표\n정비 구간\n", "정비 구간\n단위\n최종목표\n")
    got = goal_unit_apart_lines(_lines(text))
    assert got is not None and [g.project for g in got.goals][::2] == ["정비 구간", "시설 설치"]


def test_a_rate_that_disagrees_with_its_figures_leaves_the_table_unread() -> None:
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("\n60\n", "\n80\n"))) is None


def test_more_names_than_year_groups_leave_the_table_unread() -> None:
    # a name wrapped over two lines: the names cannot be dealt to the groups
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("시설 설치\n", "시설\n설치\n"))) is None


def test_a_row_cut_short_leaves_the_table_unread() -> None:
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("2.9\n2.6\n90\n", "2.9\n2.6\n"))) is None
