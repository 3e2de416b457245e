"""Session 42, mend of the review of h-famgen6 (goal tables with whole-term / running-total / extra columns).

Cases (the reviewer's reproducers /tmp/rev-famgen6/cN.py; before = main with h-famgen6, after = this branch):

1. A target-worded head naming a rate or a date (``목표대비(%)``, ``목표시기``: ``[goals_not_target]`` and the rate
   words, left once the target word is taken out) is no whole-term target candidate, and a whole-term candidate
   must be figures in the unit of the year's targets and no smaller than them
   (``goal_whole_column.whole_term_columns``; text: ``goal_extra_cells._head_at`` / ``_whole_place``).
   c4 table: targets 50 % / 100 % (the rate, SILENT) -> 2회 / 1개소 (base's, right); c5 txt: the rate read as
   target (SILENT) -> no figure (base's reading); c3: targets nulled (goal_target_unsure) -> read (4개소, 3.0km);
   c6 (b): target = the date text -> 2회; c6 (a): finding only -> base's reading.
2. A head naming another period (전년 실적, 당분기실적: ``[goals_other_period]``) is no year's figure beside the
   field's other head (``goal_whole_column.other_period_columns``): c7 (b) actual 2 / 1.1 (last year's, SILENT)
   -> 3 / 2.4; c7 (a) the quarter's 1 / 0.6 -> the running total 3 / 2.4 (base's); c13 txt: last year's actual
   (SILENT) -> no figure (base's reading).
3. Text, years' rows whose only actual is a running total (c8): 2, 5, 9 as each year's actual (SILENT) -> not
   cut, no figure (base's reading). (Real tables: not changed, base read those so too.)
4. ``총괄목표 | 총괄실적 | 연차목표 | 연차실적`` (c2): actual = 총괄실적 (SILENT) -> 연차실적: a head sharing the
   whole-term target's qualifier is the term's figure (``whole_term_partners``).
5. Not mended: c15/c16 (a row of milestone words leaves the whole dump table unread); see the report.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import without_extra_cells
from pledgecard.extract.sections.goal_table_rows import goal_rows
from pledgecard.extract.sections.goal_whole_column import (
    other_period_columns,
    rate_or_date_head,
    running_total_columns,
    whole_term_columns,
)


def _read(rows: list[list[str]]) -> tuple[list[tuple], dict[str, list[int]]]:
    t = Table(
        cells=[Cell(r, c, x) for r, row in enumerate(rows) for c, x in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )
    lists: dict[str, list[int]] = {"unsure": [], "unfit": [], "untold": []}
    got = [
        (g.get("year"), g.get("target_value"), g.get("actual_value")) for g, _, _ in goal_rows(t, (), **lists)
    ]
    return got, {k: v for k, v in lists.items() if v}


def test_rate_and_date_heads_are_no_target_candidates() -> None:
    assert (
        rate_or_date_head("목표대비(%)")
        and rate_or_date_head("목표시기")
        and rate_or_date_head("목표 달성률")
    )
    assert (
        not rate_or_date_head("총괄목표")
        and not rate_or_date_head("연도목표")
        and not rate_or_date_head("목표")
    )


def test_rate_head_no_longer_takes_the_target() -> None:
    got, flagged = _read(
        [
            ["연도", "사업명", "목표", "실적", "목표대비", "추진상황"],
            ["2023", "주민 토론회 개최", "2회", "1회", "50%", "추진중"],
            ["2024", "주민 토론회 개최", "2회", "2회", "100%", "완료"],
            ["2023", "도서관 건립", "1개소", "1개소", "100%", "완료"],
            ["2024", "도서관 건립", "1개소", "0개소", "0%", "추진중"],
        ]
    )
    assert got == [(2023, 2, 1), (2024, 2, 2), (2023, 1, 1), (2024, 1, 0)] and not flagged
    got, flagged = _read(
        [
            ["연도", "사업명", "목표", "실적", "목표대비(%)", "추진상황"],
            ["2024", "도서관 건립", "4개소", "4개소", "100", "완료"],
            ["2024", "둘레길 조성", "3.0km", "1.5km", "50", "추진중"],
        ]
    )
    assert got == [(2024, 4, 4), (2024, 3.0, 1.5)] and not flagged


def test_date_head_no_longer_takes_the_target() -> None:
    got, _ = _read(
        [
            ["연도", "사업명", "목표", "목표시기", "실적", "추진상황"],
            ["2023", "주민 토론회 개최", "2회", "2023. 12.", "1회", "추진중"],
            ["2024", "주민 토론회 개최", "2회", "2024. 12.", "2회", "완료"],
        ]
    )
    assert got == [(2023, 2, 1), (2024, 2, 2)]


def test_whole_term_candidate_needs_figures_of_the_years_unit_and_no_smaller() -> None:
    header = ["사업명", "계획", "목표", "실적", "추진상황"]
    # the steady column smaller than the year's: no whole term's
    rows = [["가", "1회", "2회", "1회", "완료"], ["", "1회", "3회", "1회", "완료"]]
    assert whole_term_columns(header, rows, 0, set()) == set()
    # in another unit: no whole term's
    rows = [["가", "90%", "2회", "1회", "완료"], ["", "90%", "3회", "1회", "완료"]]
    assert whole_term_columns(header, rows, 0, set()) == set()
    # a true whole-term target still found
    rows = [["가", "12회", "2회", "1회", "완료"], ["", "12회", "3회", "1회", "완료"]]
    assert whole_term_columns(header, rows, 0, set()) == {1}
    # a row a project, one column of words (a stage's text): nothing to tell, no whole-term target, no null
    rows = [["가", "실시설계", "2회", "1회", "완료"], ["나", "착공", "3회", "1회", "완료"]]
    assert whole_term_columns(header, rows, 0, set()) == set()


def test_other_period_actual_is_no_years_actual() -> None:
    header = ["사업명", "연간목표", "실적(누계)", "전년 실적", "추진상황"]
    assert other_period_columns(header, set()) == {3}
    assert running_total_columns(header, {3}) == set()
    got, _ = _read(
        [
            header,
            ["도서관 건립", "4개소", "3개소", "2개소", "추진중"],
            ["둘레길 조성", "3.0km", "2.4km", "1.1km", "추진중"],
        ]
    )
    assert [(t, a) for _, t, a in got] == [(4, 3), (3.0, 2.4)]
    got, _ = _read(
        [
            ["사업명", "연간목표", "누계실적", "당분기실적", "추진상황"],
            ["도서관 건립", "4개소", "3개소", "1개소", "추진중"],
        ]
    )
    assert [(t, a) for _, t, a in got] == [(4, 3)]


def test_whole_term_actual_is_no_years_actual() -> None:
    got, flagged = _read(
        [
            ["연도", "사업명", "총괄목표", "총괄실적", "연차목표", "연차실적", "추진상황"],
            ["2023", "도서관 건립", "12개소", "4개소", "4개소", "4개소", "완료"],
            ["2024", "도서관 건립", "12개소", "6개소", "5개소", "2개소", "추진중"],
            ["2023", "둘레길 조성", "9.0km", "3.1km", "3.0km", "3.1km", "완료"],
            ["2024", "둘레길 조성", "9.0km", "5.0km", "3.0km", "1.9km", "추진중"],
        ]
    )
    assert got == [(2023, 4, 4), (2024, 5, 2), (2023, 3.0, 3.1), (2024, 3.0, 1.9)] and not flagged


def _lines(text: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in text.strip().splitlines()]


def test_text_heads_left_to_the_row_reader() -> None:
    """c5 / c13 / c8: the dump's head is not cut (the rows as printed: the row reader reads them as base did)."""
    for text in (
        "연도 세부사업 목표 실적 목표대비 추진상황\n2023 토론회 2회 1회 50% 추진중\n2024 토론회 2회 2회 100% 완료",
        "연도 사업명 연간목표 누계실적 전년실적 추진상황\n2026 도서관 4개소 3개소 2개소 추진중",
        "연도 세부사업 연간목표 누계실적 증감 달성률 추진상황\n2023 경로당 3개소 2개소 +2 67% 추진중\n"
        "2024 경로당 3개소 5개소 +3 167% 추진중",
    ):
        lines = _lines(text)
        out = without_extra_cells(lines)
        assert out is not None and [ln.full_text for ln in out] == [ln.full_text for ln in lines]


def test_text_whole_term_target_still_cut() -> None:
    lines = _lines(
        "연도 세부사업 총괄목표 연차목표 실적 추진상황\n2023 경로당 12개소 3개소 2개소 추진중\n"
        "2024 경로당 12개소 4개소 4개소 완료"
    )
    out = without_extra_cells(lines)
    assert out is not None and out[1].full_text == "2023 경로당 3개소 2개소 추진중"
    # a steady column smaller than the year's: not told, nothing read
    lines = _lines(
        "연도 세부사업 총괄목표 연차목표 실적 추진상황\n2023 경로당 1개소 3개소 2개소 추진중\n"
        "2024 경로당 1개소 4개소 4개소 완료"
    )
    assert without_extra_cells(lines) is None


def test_text_whole_term_target_never_in_the_years_unit_is_not_told() -> None:
    """A steady column never in the unit of the varying one (a rate under a head of unknown words): no cut."""
    lines = _lines(
        "연도 세부사업 총괄목표 연차목표 실적 추진상황\n2023 토론회 2회 50% 1회 추진중\n"
        "2024 토론회 2회 100% 2회 완료"
    )
    assert without_extra_cells(lines) is None


def test_text_rate_head_worded_as_target_leaves_the_head_uncut() -> None:
    """c10 txt (sarang-city, rate head renamed 목표대비(%)): the head was cut of 누계실적 / 부진사유 and the row
    reader read 대비(%) as every goal's project (silent wrong text) -> the lines as printed (base: unrecovered)."""
    lines = _lines(
        "연도 세부사업 연간목표 실적 누계실적 목표대비(%) 추진상황 부진사유\n"
        "2023 청년 일자리 114호 65호 65호 57% 추진중 국비 확보 지연"
    )
    out = without_extra_cells(lines)
    assert out is not None and [ln.full_text for ln in out] == [ln.full_text for ln in lines]
