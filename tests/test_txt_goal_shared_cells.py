"""Goal rows of a text dump whose cells run together (one space apart) with worded targets and
actuals, cut where the table's other rows prove it (extract/sections/goal_shared_cells.py,
extract/sections/goal_rows.py):

- a worded cell two rows print alike, each ending a cell the row proves (a target before a dash
  actual; a status word inside the words), other words before it in both, is one cell in both;
- a row holding two status words before a 추진내용 column has its status told by what the other rows
  read show: not a status word inside a target another row reads, and the one followed by a 추진내용
  another row prints;
- where no row shows the cut (a worded target and actual printed once), the row stays unread.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.goal_shared_cells import shared_cell, shared_end

_HEAD = "주요사업 목표 실적 추진상황 추진내용"


def _read(
    *lines: str,
) -> tuple[list[tuple[str | None, int | None, str, str | None, str, str | None]], list[int]]:
    got = goal_rows([_HEAD, *lines])
    assert got is not None
    return [(g.project, g.year, g.target, g.actual, g.status, g.detail) for g in got[0]], got[1]


def test_shared_end_and_cell() -> None:
    a = "수변공원 조성 기본설계 완료".split()
    b = "하천 정비 사업 기본설계 완료 부지 매입".split()
    assert shared_end(a, b[:5]) == 2
    assert shared_cell(a, len(a), [(b, 5)]) == 2
    # no words before the shared ones in the other row: no cell shown (it may be that row's project)
    assert shared_cell(a, len(a), [("기본설계 완료".split(), 2)]) is None
    # one shared word is no proof
    assert shared_cell(a, len(a), [("하천 정비 완료 부지 매입".split(), 3)]) is None
    # two rows showing two lengths: nothing shown
    other = "도심 조성 기본설계 완료".split()
    assert shared_cell(a, len(a), [(b, 5), (other, 4)]) is None


def test_a_worded_target_two_rows_print_is_cut_in_both() -> None:
    detail = "산책로 운영 및 주민 지원"
    goals, unread = _read(
        "2024년",
        "하천 정비 사업 기본설계 완료 부지 매입 추진중 수변 구간 준설",
        f"수변공원 조성 착공 설계 완료 완료 {detail}",
        "2025년",
        f"수변공원 조성 기본설계 완료 - 미착수 {detail}",
    )
    assert goals == [
        ("하천 정비 사업", 2024, "기본설계 완료", "부지 매입", "추진중", "수변 구간 준설"),
        ("수변공원 조성", 2025, "기본설계 완료", None, "미착수", detail),
    ]
    assert unread == [3]  # 착공 | 설계 완료 or 착공 설계 | 완료: not shown, left unread


def test_the_status_before_a_detail_another_row_prints() -> None:
    # 완료 inside the target or 미착수: the row after it prints the 추진내용 the row above prints
    detail = "산책로 운영 및 주민 지원"
    goals, unread = _read(
        "2024년",
        f"수변공원 조성 수변공원 협약 체결(20건) 18건 추진중 {detail}",
        "2025년",
        f"수변공원 조성 기본설계 완료 - 미착수 {detail}",
    )
    assert goals[-1] == ("수변공원 조성", 2025, "기본설계 완료", None, "미착수", detail)
    assert unread == []


def test_a_worded_row_no_other_row_shows_stays_unread() -> None:
    goals, unread = _read(
        "2024년",
        "하천 정비 사업 기본설계 완료 부지 매입 추진중 수변 구간 준설",
        "수변공원 조성 착공 설계 완료 완료 산책로 운영 및 주민 지원",
    )
    assert goals == [] and unread == [2, 3]


def test_a_years_across_target_row_of_a_value_and_a_rate_word_cell() -> None:
    # 141호 공급 | 공정률 100%: the rate word begins the second year's target; the 달성률 (72% = 102/141)
    # agrees with the first year's actual over its target
    from pledgecard.extract.sections.goal_across import goals_across_lines

    lines = [
        "세부사업 구분 '25년 '26년",
        "어르신 돌봄 지원사업 목표 141호 공급 공정률 100%",
        "실적 102호 -",
        "달성률 72% -",
        "추진상황 추진중 미착수",
    ]
    got = goals_across_lines([(ln, ln) for ln in lines])
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual, g.status) for g, _ in got.goals] == [
        ("어르신 돌봄 지원사업", 2025, "141호 공급", "102호", "추진중"),
        ("어르신 돌봄 지원사업", 2026, "공정률 100%", None, "미착수"),
    ]
    # a 달성률 the cut disagrees with leaves the project unread
    assert goals_across_lines([(ln, ln) for ln in [*lines[:3], "달성률 50% -", lines[4]]]) is None
