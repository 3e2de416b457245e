"""A goal row a text dump prints with its project, worded target and worded actual run together has its
project cell where another table of the card prints the same words as a whole cell: the row label of a
table of money by project and source (a funding table by 세부사업, ``디지털 교육 인재양성 소계 7,010 …``;
extract/sections/goal_named_projects.py). Without such a line the row stays unread (no guessed cut);
with two labels opening the row, likewise. (Crossbred card 2167's text dump: tests/test_crossbreed.py.)
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_named_projects import named_projects, row_label
from pledgecard.extract.sections.goal_rows import goal_rows

_HEAD = "연도 주요사업 목표 실적 달성률 추진상황 추진내용"
_ROWS = (
    "2019 디지털 교육 인재양성 실시설계 완료 행정절차 이행 - 추진 중 디지털교실 운영 및 학부모 지원",
    "2020 기본계획 수립 - - 미착수",
    "2021 디지털 교육 교육생 양성(30명) - - 미착수",
)
_FUNDING = (
    "세부사업 재원 총사업비 연도별 투자계획",
    "2018년 2019년 2020년 2021년",
    "디지털 교육 인재양성 소계 7,010 1,419 1,039 736",
    "국비 4,770 568 688 736",
    "시비 2,240 851 351 -",
)


def _read(lexicon: str) -> tuple[list[tuple[str | None, int | None, str, str | None]], list[int]]:
    lines = [_HEAD, *_ROWS]
    got = goal_rows(lines, "\n".join([*lexicon.splitlines(), *lines]))
    assert got is not None
    return [(g.project, g.year, g.target, g.actual) for g in got[0]], got[1]


def test_a_row_label_is_the_words_before_a_source_cell_and_a_figure() -> None:
    assert row_label("디지털 교육 인재양성 소계 7,010 1,419".split()) == ("디지털", "교육", "인재양성")
    assert row_label("취업자 13 8 21".split()) is None  # figures under a label alone: any side table's
    assert row_label("국비 4,770 568".split()) is None  # the source cell opens the row: no label
    assert row_label("기본계획 수립 - - 미착수".split()) is None  # a status word after the dashes
    assert row_label("디지털 교육 인재양성 실시설계 완료".split()) is None  # no figure
    assert row_label("디지털 교육 소계 과목".split()) is None  # a source word before no figure


def test_the_goal_table_own_lines_name_no_project() -> None:
    assert (
        named_projects(["청년 일자리 소계 12 13", "광역철도 지원사업 - 미착수"], ["청년 일자리 소계 12 13"])
        == set()
    )
    assert named_projects(["청년 일자리 소계 12 13"], []) == {("청년", "일자리")}


def test_a_project_a_funding_table_labels_opens_the_row() -> None:
    goals, unread = _read("\n".join(_FUNDING))
    assert goals == [
        ("디지털 교육 인재양성", 2019, "실시설계 완료", "행정절차 이행"),
        ("디지털 교육 인재양성", 2020, "기본계획 수립", None),
        ("디지털 교육 인재양성", 2021, "디지털 교육 교육생 양성(30명)", None),
    ]
    assert unread == []


def test_without_the_label_the_row_stays_unread_and_carries_no_project() -> None:
    goals, unread = _read("\n".join(f for f in _FUNDING if not f.startswith("디지털")))
    assert [g[0] for g in goals] == [None, None] and unread == [1]


def test_two_labels_opening_the_row_show_no_cell() -> None:
    goals, unread = _read("\n".join([*_FUNDING, "디지털 교육 소계 3,000 1,000 1,000 1,000"]))
    assert [g[0] for g in goals] == [None, None] and unread == [1]
