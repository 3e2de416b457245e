"""Session 34's text-dump leftovers of session 33's sweep (mutants 4240-4279, txt): unit tests of each shape
fixed, and the fixed mutants scored with their measured floors (no figure wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import swept_mutant


def test_a_target_printed_first_ends_after_its_term_and_one_status_word() -> None:
    """Mutant 4266 (txt): ``공약번호 사업목표 공약사업명`` over ``4-11 중장기 추진 도담구 창업 지원센터 건립``: the target
    printed before the title, the two free texts run together (title and target null). The target opens with a
    term and says one status word of it: it ends there, the title is the rest."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    got = split_value_row(["mgmt_no", "target", "title"], "4-11 중장기 추진 도담구 창업 지원센터 건립")
    assert got == {"mgmt_no": "4-11", "target": "중장기 추진", "title": "도담구 창업 지원센터 건립"}
    assert split_value_row(["target", "title"], "임기내완료 도심 공원 조성") == {
        "target": "임기내완료", "title": "도심 공원 조성"}
    assert split_value_row(["target", "title"], "2026년 완료 도심 공원 조성") == {
        "target": "2026년 완료", "title": "도심 공원 조성"}


def test_a_target_printed_first_whose_end_is_not_shown_stays_unread() -> None:
    """The term alone before the title, or a status of two words running into the title: where the target ends
    is not shown, nothing is read (no title made up)."""
    from pledgecard.extract.sections.header_term_cut import target_end

    assert target_end("임기 내 도심 공원 조성".split()) is None  # no status word after the term
    assert target_end("중장기 계속 추진 도심 공원".split()) is None  # 계속 추진: the status goes on
    assert target_end("도심 공원 조성 임기 내 완료".split()) is None  # no term opening the row
    assert target_end("중장기 추진".split()) is None  # no word left for the title


def test_a_target_of_a_year_and_a_status_word_after_the_title_begins_at_the_year() -> None:
    """Mutant 4244 (txt): ``공약명 실천목표 담당자 협조부서`` over ``새봄군형 공공돌봄 서비스 도입 2026년 완료 옥미혜
    여성가족과``: the target a year and its status word, no term word: the title and target read null. A year and
    one status word closing the free words are the target (a status word before the year may open it: no cut)."""
    from pledgecard.extract.sections.header_term_cut import target_start
    from pledgecard.extract.sections.header_value_rows import split_value_row

    got = split_value_row(["title", "target", "contact_name", "coop_depts"],
                          "새봄군형 공공돌봄 서비스 도입 2026년 완료 옥미혜 여성가족과")
    assert got == {"title": "새봄군형 공공돌봄 서비스 도입", "target": "2026년 완료", "contact_name": "옥미혜",
                   "coop_depts": "여성가족과"}
    assert target_start("특화단지 지정 추진 2026년 완료".split()) is None  # 추진 may open the target
    assert target_start("2026년 완료".split()) is None  # no title before it
    assert target_start("도심 공원 2026년 조성 계획".split()) is None  # no status word after the year


_ROWS = ["641 633 - 640 380 -", "264 597 - 256 179 △761 237", "743 797 763 770 221 291 1 208 082",
         "319 489 604 280 - △805 089", "232 356 558 150 481 365 348 102"]


def test_space_grouped_years_down_are_grouped_where_the_change_column_proves_one_way() -> None:
    """Mutant 4271 (txt): ``구 분 국 비 도 비 군 비 전년대비 증감`` over a year a line, thousands a space apart, no
    total row nor column: each line parts many ways, no sum proved one (money 0.211). Each line's change is its
    sum less the line above's: one grouping of the whole table fits."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    got = change_rows([r.split() for r in _ROWS], 3, 1)
    assert got == [[641633, 0, 640380], [264597, 0, 256179], [743797, 763770, 221291], [319489, 604280, 0],
                   [232356, 558150, 481365]]


def test_changes_that_do_not_prove_one_grouping_leave_the_table_unread() -> None:
    """A change that no grouping fits (one digit off), or a table of lines whose groupings the changes cannot
    tell apart (the same sums two ways): None, no amount made up."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    off = [*_ROWS[:4], "232 356 558 150 481 365 348 103"]
    assert change_rows([r.split() for r in off], 3, 1) is None
    # 1 200 | 300 or 1 | 200 300 … : two lines whose readings sum alike, the change proving no one of them
    two = ["1 200 300 -", "1 200 300 -"]
    assert change_rows([r.split() for r in two], 2, 1) is None
    assert change_rows([_ROWS[0].split()], 3, 1) is None  # one line: no change read


def test_a_table_whose_every_amount_prints_one_unit_is_read_in_that_unit() -> None:
    """Mutant 4248 (txt): ``계 5,270백만원 3,220백만원 …`` rows, no unit line, the overview's budget in 억원: the table
    was read under 억원 (unit wrong) and its rows of blank cells unread. Every amount printing 백만원 glued after it
    tells the table's unit; a bare amount among them, or two units, tells none."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_cells_unit import cells_unit

    def lines(*texts: str) -> list[Line]:
        return [Line(text=t, marker=None, indent=0, source=Source(), printed=t) for t in texts]

    head = "구분 연차별 투자계획 합계 임기 후 특이사항"
    assert cells_unit(lines(head, "계 5,270백만원 3,220백만원 8,490백만원", "국비  160백만원 160백만원 본예산 반영 예정",
                            "시비 5,270백만원 3,060백만원 8,330백만원 공모 선정")) == "백만원"
    assert cells_unit(lines(head, "계 5,270백만원 3,220 8,490백만원")) is None  # a bare amount
    assert cells_unit(lines(head, "계 5,270백만원 3,220천원")) is None  # two units
    assert cells_unit(lines(head, "계 5,270 3,220 8,490")) is None  # no unit printed


def test_a_unit_closing_a_comma_grouped_amount_ends_its_cell() -> None:
    """The rows of blank cells of that table (``국비  160백만원 360백만원  2,770백만원``): the unit after a comma-grouped
    amount was not taken off (its first group alone matched), the row's cells no amounts: the unit closes the
    amount, its commas kept."""
    from pledgecard.extract.sections.funding_spaced import unit_closed

    raw = ["", "160백만원", "360백만원", "", "2,770백만원", "-"]
    assert unit_closed(raw, 10**6) == (["", "160", "360", "", "2,770", "-"], frozenset({1, 2, 4}))
    assert unit_closed(["1", "720", "190천원"], 1000) == (["1", "720", "190"], frozenset({2}))
    assert unit_closed(["2,770백만원"], 1000) == (["2,770백만원"], frozenset())  # another unit than the table's


def test_goal_rows_whose_free_cells_border_each_other_stay_unread() -> None:
    """Mutants 4251/4267/4269/4275/4277 (txt): goal rows a line, cells one space apart, where two free-text cells
    print side by side with no typed cell between them (목표 | 특이사항, 목표 | 추진내용, 세부사업 | 목표 | worded 실적):
    the year, status, rate and figures anchor the other cells, but where the target ends and the next cell begins
    no kind shows (``… 대중교통 기업 지원(55개) 준공 예정``: 2-3 ways each). Such rows stay unread (their lines handed
    back, table_unrecovered), as before; the same row without the free cell after the target is read (one way)."""
    from pledgecard.extract.sections.goal_spaced_rows import spaced_rows

    def read(head: str, *rows: str) -> list:
        lines = [head, *rows]
        return spaced_rows(lines, [], list(range(1, len(lines))), frozenset(lines))

    row = "2024 대중교통 기반 구축 완료 120% 66개 대중교통 기업 지원(55개)"
    assert read("연도 세부사업 추진상황 달성률 실적 목표 특이사항", f"{row} 준공 예정") == []
    [got] = read("연도 세부사업 추진상황 달성률 실적 목표", row)
    assert (got.project, got.year, got.status, got.actual, got.target) == (
        "대중교통 기반 구축", 2024, "완료", "66개", "대중교통 기업 지원(55개)")
    assert read("연도 세부사업 목표치 추진상황 실적", "2026 거점센터 조성 공공돌봄 기업 지원(40개) 추진 중 36개") == []


# mutant seed, format: (floor measured (floored to 0.01), what was lost before)
FIXED = {
    (4266, "txt"): (1.0, "header 0.7: the target printed before the title (관리번호 | 실천목표 | 공약명), 0.988"),
    (4244, "txt"): (1.0, "header 0.6: a target of a year and a status word right after the title, 0.976"),
    (4271, "txt"): (1.0, "money 0.211: years down, space-grouped, a 전년대비 증감 column and no total, 0.897"),
    (4248, "txt"): (1.0, "money 0.644: every amount printing 백만원, the budget in 억원, rows of blank cells, 0.946"),
}


# the goal tables no kind parts (test_goal_rows_whose_free_cells_border_each_other_stay_unread): read as before,
# their goals unread (goals 0.0 each), no figure made up; floors measured
UNREAD = {
    (4251, "txt"): (0.80, "목표 | 특이사항 side by side"),
    (4267, "txt"): (0.88, "목표 | 추진내용 side by side"),
    (4269, "txt"): (0.91, "목표 | 추진내용 | 참고 side by side"),
    (4275, "txt"): (0.93, "세부사업 | 목표 | worded 실적 side by side"),
    (4277, "txt"): (0.92, "세부사업 | 목표치 side by side"),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted({**FIXED, **UNREAD}))
def test_fixed_mutant_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    from tests.test_mutate_tables import SWEPT_89

    floor, why = {**FIXED, **UNREAD}[(seed, fmt)]
    r = swept_mutant(seed, fmt, tmp_path, SWEPT_89)
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)
