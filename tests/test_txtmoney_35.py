"""Session 35 (txtmoney): txt mutants losing their funding or goals, week dates, per-period goal tables.

Classes read here, each as a unit test of its shape and on the generator's mutants (floors measured, 0 wrong):
a funding table under a group label column whose rows a blank cell left short (funding_group_matched), a unit
column's cut taking the blank cells printed after the unit with it (funding_unit_column); a month's week
(``12. 3주차``) read as its days (normalize.dates)."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_group_matched import group_matched_bad, group_printed
from pledgecard.extract.sections.funding_unit_column import without_unit_column
from pledgecard.normalize.dates import find_dates, parse_date
from tests.conftest import expected_scored, mutant_file

HEAD = ["", "", "총사업비", "2023년", "2024년"]
GRID = [
    HEAD,
    ["합계", "합계", "600", "100", "500"],
    ["국비", "보조금", "300", "300"],
    ["국비", "교부세", "100", "100"],
    ["국비", "소계", "400", "400"],
    ["지방비", "도비", "200", "100", "100"],
]
COLUMNS = [{"label": "총사업비"}, {"label": "2023"}, {"label": "2024"}]


def _line(printed: str, n: int) -> Line:
    return Line(
        text=" ".join(printed.split()),
        marker=None,
        indent=0,
        source=Source(line_start=n, line_end=n),
        printed=printed,
    )


def test_group_rows_matched_by_their_label_cells() -> None:
    """Only the row whose own lines print fewer figures than the columns is unplaceable; a row naming no line
    is no such table (None), nor is a grid of one label cell a row."""
    rows = [{"label": "합계"}, {"label": "국비"}, {"label": "도비"}]
    assert group_matched_bad(GRID, COLUMNS, rows) == {"국비"}
    assert group_matched_bad(GRID, COLUMNS, [*rows, {"label": "시비"}]) is None
    assert group_matched_bad([HEAD[1:], *(d[1:] for d in GRID[1:])], COLUMNS, rows) is None


def test_group_subtotal_line_prints_the_folded_row() -> None:
    """The folded row's printed cells are those of the one line of its group equal to the others' sum, blanks
    where its gaps show them; none where no one line is the sum."""
    lines = [
        _line("합계 600 100 500", 1),
        _line("국비 보조금 300  300", 2),
        _line("교부세 100  100", 3),
        _line("소계 400  400", 4),
        _line("지방비 도비 200 100 100", 5),
    ]
    rows = [{"label": "국비", "amounts_krw": [None] * 3}, {"label": "도비", "amounts_krw": [200, 100, 100]}]
    assert group_printed(GRID, lines, rows, 3) == {"국비": ["400", "", "400"]}
    off = [*lines[:3], _line("소계 401  400", 4), lines[4]]
    assert group_printed(GRID, off, rows, 3) == {}


def test_unit_column_cut_keeps_the_blanks_after_it() -> None:
    """A row of a dump whose cells stand one space apart keeps the blank cells printed after its unit cell;
    a layout dump's wide gaps (column spacing) are cut as before."""
    items = [
        _line("구분 단위 2023년 2024년 2025년", 1),
        _line("계 백만원 100 200 300", 2),
        _line("국비 백만원   200 300", 3),
    ]
    out = without_unit_column(items, 1_000_000)
    assert [it.printed for it in out[1:]] == ["계 100 200 300", "국비   200 300"]  # type: ignore[union-attr]
    wide = [
        _line("구분    단위    2023년    2024년", 1),
        _line("계    백만원    100    200", 2),
        _line("국비    백만원    100    200", 3),
    ]
    assert without_unit_column(wide, 1_000_000)[2].printed == "국비    100    200"  # type: ignore[union-attr]


@pytest.mark.parametrize(("seed", "floor"), [(4295, 0.99), (4379, 0.995), (4368, 0.905)])
def test_txt_mutant_funding_read(seed: int, floor: float, tmp_path: Path) -> None:
    """Mutant 4295 txt (subrows under 국비/지방비, blanks as wider gaps: 0.877 -> 0.993), 4379 txt (a unit column,
    blanks after it: 0.912 -> 1.000), 4368 txt (two margin tables, thousands a space groups: 0.842 -> 0.911, its goals
    left): funding read, no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(seed, "txt", tmp_path))
    assert wrong == []
    assert (
        got["funding"]["rows"] == exp["funding"]["rows"]
    )  # (4368: the margins' tables, thousands space-grouped)
    assert score >= floor


def _week_days(year: int, month: int, week: int) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 7 * week - 6), date(year, month, last if week == 5 else 7 * week)


@st.composite
def weeks(draw: st.DrawFn) -> tuple[int, int, int]:
    year, month = draw(st.integers(2000, 2035)), draw(st.integers(1, 12))
    week = draw(st.integers(1, 5 if calendar.monthrange(year, month)[1] >= 29 else 4))
    return year, month, week


@given(
    weeks(),
    st.sampled_from(
        ["’{yy}. {m}. {w}주차", "{y}. {m}. {w}주차", "{y}년 {m}월 {w}주차", "’{yy}년 {m}월 {w}주차"]
    ),
    st.sampled_from(["", " 예정", " 완료"]),
)
@settings(max_examples=150, deadline=None)
def test_a_week_reads_as_its_days(ymw: tuple[int, int, int], shape: str, tail: str) -> None:
    """A month's week is the days 7(w-1)+1 .. 7w of the month (the fifth to its end), precision day, its month
    kept; found whole in a sentence."""
    y, m, w = ymw
    text = shape.format(y=y, yy=f"{y % 100:02d}", m=m, w=w) + tail
    first, last = _week_days(y, m, w)
    got = parse_date(text)
    assert (got["start"], got["end"], got["precision"]) == (first.isoformat(), last.isoformat(), "day")
    [(a, b, found)] = find_dates(f"회의 개최 : {text}")
    assert found["start"] == first.isoformat() and found["end"] == last.isoformat()


@given(weeks())
@settings(max_examples=80, deadline=None)
def test_a_yearless_week_keeps_its_month(ymw: tuple[int, int, int]) -> None:
    """``12. 3주차`` with no year (the card's year given) is December's third week, not a bare month nor nothing."""
    y, m, w = ymw
    first, last = _week_days(y, m, w)
    got = parse_date(f"{m}. {w}주차", default_year=y)
    assert (got["start"], got["end"]) == (first.isoformat(), last.isoformat())


def test_a_week_past_the_month_and_a_span_of_weeks() -> None:
    """A fifth week of a 28-day February is no day: the month printed stands (review b F2); ``3주간`` (a length) no
    date; a range of weeks runs from the first week's first day to the last week's last."""
    assert parse_date("’23. 2. 5주차")["label"] == "2023-02"
    assert parse_date("12. 3주간", default_year=2022)["start"] is None
    got = parse_date("’22. 12. 3주차 ~ ’23. 1. 2주차")
    assert (got["start"], got["end"], got["label"]) == ("2022-12-15", "2023-01-14", "2022-12-15/2023-01-14")


def test_unread_said_of_rows_read_later_is_taken_back() -> None:
    """The table's finding goes once no row is null; a row line's finding goes where its row is read now; a row
    still null keeps its finding (and the table's)."""
    from pledgecard.extract.struck_said import unread_said_of_read

    def said(line: int) -> dict:
        return {"code": "extract.table_unrecovered", "location": "funding", "source_position": {"line": line}}

    table, row1, row2 = said(9), said(11), said(12)
    lines = {0: Source(line_start=11, line_end=11), 1: Source(line_start=12, line_end=12)}
    read = {"funding": {"rows": [{"amounts_krw": [1, 1]}, {"amounts_krw": [2, 2]}]}}
    assert unread_said_of_read([table, row1, row2], [table], {0, 1}, read, lines.get) == []
    part = {"funding": {"rows": [{"amounts_krw": [1, 1]}, {"amounts_krw": [None, 2]}]}}
    assert unread_said_of_read([table, row1, row2], [table], {0, 1}, part, lines.get) == [table, row2]


def test_struck_rows_proved_leave_no_finding_saying_null(tmp_path: Path) -> None:
    """Mutant 3866 txt (dasi-county, revisions struck, a dump printing both figures): its rows the sums prove are
    read, and no ``extract.table_unrecovered`` at ``funding`` says their cells null (one did before)."""
    from pledgecard.extract.readers import read_path
    from pledgecard.pipeline import card_results

    path = mutant_file(3866, "txt", tmp_path)
    [(record, findings)] = [(c.record, f) for c, f in card_results(read_path(path), str(path))]
    assert all(a is not None for r in record["funding"]["rows"] for a in r["amounts_krw"])
    assert not [
        f for f in findings if f["code"] == "extract.table_unrecovered" and f.get("location") == "funding"
    ]


def test_a_spaced_margin_row_groups_where_its_total_is_its_sources_sum() -> None:
    """The margin row's tokens grouped into the head's amount columns where one grouping makes 계 the sources'
    sum (the 비고 column blank); none where the sum holds no grouping or the head names no total."""
    from pledgecard.extract.sections.funding_margin_spaced import spaced_margin_cells

    labels = ["구분", "계", "국비", "시비", "구비", "비고"]
    assert spaced_margin_cells(labels, ["총계", "24", "662", "9", "762", "4", "913", "9", "987"]) == [
        "총계",
        "24662",
        "9762",
        "4913",
        "9987",
    ]
    assert spaced_margin_cells(labels, ["총계", "24", "662", "9", "762", "4", "913", "9", "986"]) is None
    assert spaced_margin_cells(["구분", "국비", "시비"], ["총계", "1", "200", "3", "400"]) is None


HALVES = [
    "2022년 반기별 성과지표",
    "성과지표 구분 상반기 하반기 계",
    "교육생 양성 목표 40 60 100",
    "실적 45 - 45",
    "창업기업 발굴 목표 5 7 12",
    "실적 6 - 6",
]


def test_a_half_year_goal_table_reads_where_its_halves_sum_to_the_total() -> None:
    """상반기 | 하반기 | 계 (cells or a row a line): a goal an indicator, the total its target and its actual row's
    total the actual, where the halves sum to them; a plan whose halves miss its total reads nothing; halves and
    quarters in one head are no period table."""
    from pledgecard.extract.sections.goal_half_heads import half_head
    from pledgecard.extract.sections.goal_quarters import quarter_goal_lines, quarter_goals

    assert [half_head(t) for t in ("상반기", "하 반 기", "전반기", "1/4분기", "반기")] == [
        1,
        2,
        None,
        None,
        None,
    ]
    got = quarter_goal_lines(HALVES[1:], 2022)
    assert got is not None and [(g.project, g.target, g.actual) for g in got.goals] == [
        ("교육생 양성", "100", "45"),
        ("창업기업 발굴", "12", "6"),
    ]
    assert quarter_goal_lines([HALVES[1], "교육생 양성 목표 40 60 101", "실적 45 - 45"], 2022) is None
    grid = [
        ["성과지표", "구분", "상반기", "하반기", "계"],
        ["교육생 양성", "목표", "40", "60", "100"],
        ["교육생 양성", "실적", "45", "", "45"],
    ]
    [goal] = quarter_goals(grid, 2022) or []
    assert (goal.target, goal.actual, goal.year) == ("100", "45", 2022)
    mixed = [["성과지표", "구분", "상반기", "2/4분기", "계"], *grid[1:]]
    assert quarter_goals(mixed, 2022) is None


def test_a_card_with_a_half_year_goal_table_reads_its_goals(tmp_path: Path) -> None:
    """Mutant 4295 txt with its goal table swapped for a half-year one (the generator draws none): both indicators
    read with the table's year, where before one goal held the whole table's text as its project."""
    from pledgecard import extract_file

    src = mutant_file(4295, "txt", tmp_path)
    text = src.read_text(encoding="utf-8")
    start, end = text.index("연도 성과지표 목표 실적"), text.index("4. 추진실적")
    card = tmp_path / "half.txt"
    card.write_text(text[:start] + "\n\n".join(HALVES) + "\n\n" + text[end:], encoding="utf-8")
    [record] = extract_file(card)
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in record["goals"]] == [
        ("교육생 양성", 2022, 100, 45),
        ("창업기업 발굴", 2022, 12, 6),
    ]
