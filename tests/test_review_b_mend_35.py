"""Review b's findings on session 35's merges mended (notes/tasks/s35/review-b-report.md): F1 a term's halves
(민선8기 전반기 | 후반기) filed as one year's target and a period table pushing out the yearly goal table; F2 weeks
(a range of weeks, a fifth week past February, a glued qualifier); F3 a body cell wrapping a year turning the
layout measure; L1 a run label followed by a word (집행 예정액) dropped as a remark's pair word."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.funding_cells import label_width, plain_int
from pledgecard.extract.sections.funding_stream import from_stream
from pledgecard.extract.sections.goal_half_heads import half_head, speaks_of_term
from pledgecard.extract.sections.goal_quarters import quarter_goal_lines, quarter_goals
from pledgecard.normalize.dates import find_dates, parse_date
from tests.conftest import expected_scored, mutant_file

TERM = [
    "민선8기 임기 성과지표 (2022.7.~2026.6.)",
    "성과지표 구분 전반기 후반기 계",
    "교육생 양성 목표 400 600 1000",
    "실적 450 - 450",
]
TERM_GRID = [
    ["성과지표", "구분", "전반기", "후반기", "계"],
    ["교육생 양성", "목표", "400", "600", "1000"],
    ["교육생 양성", "실적", "450", "-", "450"],
]


def test_a_terms_halves_are_no_years_periods() -> None:
    """F1: 전반기 | 후반기 (a term's halves) are no period heads, cells or a row a line; a year's halves under a title
    speaking of a term take no card year; a printed year's halves read as before."""
    assert [half_head(t) for t in ("상반기", "하 반 기", "전반기", "후반기")] == [1, 2, None, None]
    assert quarter_goal_lines(TERM, 2022) is None
    assert quarter_goals(TERM_GRID, 2022) is None
    halves = [["성과지표", "구분", "상반기", "하반기", "계"], *TERM_GRID[1:]]
    assert quarter_goals(halves, 2022, term=True) is None
    assert [(g.target, g.year) for g in quarter_goals(halves, 2022) or []] == [("1000", 2022)]
    assert speaks_of_term(TERM[0]) and speaks_of_term("성과지표 (2022.7.~2026.6.)")
    assert not speaks_of_term("2022년 반기별 성과지표") and not speaks_of_term("성과지표 (2022.1.~2022.12.)")
    term_lines = ["민선8기 임기 성과지표", "성과지표 구분 상반기 하반기 계", *TERM[2:]]
    assert quarter_goal_lines(term_lines, 2022) is None
    dated = ["2022년 반기별 성과지표", *term_lines[1:]]
    got = quarter_goal_lines(dated, 2030)
    assert got is not None and [(g.year, g.target) for g in got.goals] == [(2022, "1000")] and got.title == 0


def _card_with(tmp_path: Path, table: list[str]) -> Path:
    """Mutant 4295 txt (a yearly goal table: 2021 5.6km, 2022 5.7km) with ``table`` printed under its goal table."""
    src = mutant_file(4295, "txt", tmp_path)
    text = src.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(k for k, ln in enumerate(lines) if ln.startswith("4. "))  # the section after the goals'
    card = src.with_name("beside.txt")
    card.write_text(
        "\n".join([*lines[:at], *(x for t in table for x in (t, "")), *lines[at:]]), encoding="utf-8"
    )
    card.with_name("beside.expected.json").write_text(
        src.with_name(src.stem + ".expected.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return card


def test_a_terms_table_beside_the_yearly_one_files_no_goal_and_drops_none(tmp_path: Path) -> None:
    """F1 repro 2 (review-b half3): mutant 4295 txt with a term table (전반기 | 후반기, 11.3 + 12.0 = 23.3) under its
    yearly table: the term total was the 2022 target, both yearly goals gone (goals 0.857 -> 0.000); now the yearly
    goals as the card without the term table reads them, no figure wrong."""
    base = expected_scored(mutant_file(4295, "txt", tmp_path / "base"))
    exp, got, score, wrong = expected_scored(
        _card_with(
            tmp_path,
            [
                "민선8기 임기별 성과지표",
                "성과지표 구분 전반기 후반기 계",
                "청년 일자리 인재양성 목표 11.3 12.0 23.3",
                "실적 6.5 - 6.5",
            ],
        )
    )
    assert wrong == []
    assert [(g["year"], g["target"]) for g in got["goals"]] == [(2021, "5.6km"), (2022, "5.7km")]
    assert got["goals"] == base[1]["goals"] and score >= base[2] - 1e-9


def test_a_halves_or_quarter_table_beside_the_yearly_one_keeps_the_yearly_goals(tmp_path: Path) -> None:
    """F1's loss (review-b half4, q5): a year's halves or quarters table under the yearly table (its total the
    yearly row's 2022 target) read alone, the 2021 goal lost; now the yearly goals, the period goal the same as
    the yearly row's 2022 one, not a second."""
    for table in (
        [
            "2022년 반기별 성과지표",
            "성과지표 구분 상반기 하반기 계",
            "청년 일자리 인재양성 목표 2.7 3.0 5.7",
            "실적 3.6 - 3.6",
        ],
        [
            "2022년 분기별 성과지표",
            "성과지표 구분 1/4분기 2/4분기 3/4분기 4/4분기 누계",
            "청년 일자리 인재양성 목표 1.0 1.7 1.5 1.5 5.7",
            "실적 1.6 2.0 - - 3.6",
        ],
    ):
        _exp, got, _score, wrong = expected_scored(_card_with(tmp_path / table[0][-8:].strip(), table))
        assert wrong == []
        assert [(g["year"], g["target"], g["actual"]) for g in got["goals"]] == [
            (2021, "5.6km", "2.9km"),
            (2022, "5.7km", "3.6km"),
        ]


def _week(year: int, month: int, week: int) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 7 * week - 6), date(year, month, last if week == 5 else 7 * week)


@st.composite
def week_ranges(draw: st.DrawFn) -> tuple[int, int, int, int]:
    year, month = draw(st.integers(2000, 2035)), draw(st.integers(1, 12))
    top = 5 if calendar.monthrange(year, month)[1] >= 29 else 4
    first = draw(st.integers(1, top - 1))
    return year, month, first, draw(st.integers(first + 1, top))


@given(
    week_ranges(),
    st.sampled_from(["’{yy}. {m}. {a}주차~{b}주차", "{y}년 {m}월 {a}주차 ~ {b}주차"]),
    st.sampled_from(["", "까지", " 예정"]),
)
@settings(max_examples=120, deadline=None)
def test_a_range_of_weeks_runs_from_the_first_weeks_start_to_the_last_weeks_end(
    r: tuple[int, int, int, int], shape: str, tail: str
) -> None:
    """F2: ``’22. 3. 3주차~4주차`` is 2022-03-15/2022-03-28 (it was the third week alone: an end never printed)."""
    y, m, a, b = r
    text = shape.format(y=y, yy=f"{y % 100:02d}", m=m, a=a, b=b) + tail
    start, end = _week(y, m, a)[0], _week(y, m, b)[1]
    got = parse_date(text)
    assert (got["start"], got["end"], got["precision"]) == (start.isoformat(), end.isoformat(), "day")
    [(_a, _b, found)] = find_dates(f"점검 회의 : {text}")
    assert (found["start"], found["end"]) == (start.isoformat(), end.isoformat())


@given(
    st.integers(2000, 2035), st.sampled_from(["까지", "중", "완료"]), st.integers(1, 12), st.integers(1, 4)
)
@settings(max_examples=80, deadline=None)
def test_a_week_glued_to_a_qualifier_keeps_its_week(year: int, glued: str, month: int, week: int) -> None:
    """F2: ``2023년 5월 4주차까지`` is the week's days (the month only before: the glued word dropped the week)."""
    start, end = _week(year, month, week)
    got = parse_date(f"{year}년 {month}월 {week}주차{glued}")
    assert (got["start"], got["end"]) == (start.isoformat(), end.isoformat())


@given(
    st.integers(2000, 2035).filter(lambda y: not calendar.isleap(y)),
    st.sampled_from(["’{yy}. 2. 5주차", "{y}년 2월 5주차"]),
)
@settings(max_examples=40, deadline=None)
def test_a_week_past_the_months_end_keeps_the_month(year: int, shape: str) -> None:
    """F2: a fifth week of a 28-day February is no day, and the month printed stands (it was no date at all)."""
    got = parse_date(shape.format(y=year, yy=f"{year % 100:02d}"))
    assert (got["label"], got["precision"]) == (f"{year}-02", "month")
    assert parse_date(f"’{year % 100:02d}. 3. 4주차~3주차")["start"] is None  # a range running back: no date


def test_a_body_cell_wrapping_a_year_turns_no_measure() -> None:
    """F3 (review-b ys/ g1, g3): a date cell of a body row wrapped over two lines (``2023년`` / ``하반기``,
    ``2023년`` / ``12월``) is one cell: no phantom sixth column, ``12월`` not moved under the next row."""
    g1 = (
        "   연도   성과지표                       목표      실적      추진일정\n\n"
        "   2023   공공도서관 건립 공정률          30        25      2023년\n"
        "                                                            하반기\n\n"
        "   2024   공공도서관 운영                 100       -       2024년\n"
        "                                                            상반기\n"
    )
    g3 = (
        "  연도    세부사업명칭                  목표치    실적치    완료시기\n"
        "  2023    청년창업지원센터건립공사        30        25     2023년\n"
        "                                                           12월\n"
        "  2024    청년창업지원센터운영            100       90     2024년\n"
        "                                                           완료\n"
    )
    t1, t3 = build_table(split_lines(g1)), build_table(split_lines(g3))
    assert t1 is not None and t3 is not None
    assert [r[4] for r in t1.grid()] == ["추진일정", "2023년 하반기", "2024년 상반기"]
    assert all(len(r) == 5 for r in t1.grid())
    assert [r[4] for r in t3.grid()] == ["완료시기", "2023년 12월", "2024년 완료"]


def test_a_year_head_run_into_its_neighbour_still_turns_the_measure() -> None:
    """F3: the head rows alone are looked at: a funding head with 총사업비 printed between two head lines keeps
    its years apart (haneul-city 18007's class, test_layout_35), the body's wrapped remark changing nothing."""
    from pledgecard.extract.readers.text_cells import RCell, Row
    from pledgecard.extract.readers.text_col_year_stack import head_rows, stacks_year_head
    from pledgecard.extract.readers.text_lines import Seg

    def row(*cells: list[tuple[str, int]]) -> Row:
        return Row(
            cells=[
                RCell(
                    segs=[Seg(text=t, x0=0, x1=len(t), c0=0, c1=len(t), line=ln) for t, ln in c], x0=0, x1=8
                )
                for c in cells
            ]
        )

    head = row([("총사업비", 0), ("2023년", 1)])
    body = row([("국비", 2)], [("276", 2)], [("2023년", 2), ("신청완료", 3)])
    assert stacks_year_head([head, body]) and head_rows([head, body]) == [head]
    assert not stacks_year_head([row([("구분", 0)]), body])


def test_a_run_label_followed_by_a_word_opens_its_run() -> None:
    """L1 (review-b rp/ exec_note): ``집행 예정액`` a cell a line over its run of figures opens the run as ``집행``
    does (the table read: 계 30 50, 국비 10 20, 시비 20 30; it read nothing); a remark after an amount on its
    line (``20 확보 완료``) is still a remark's."""
    exec_note = (
        "구분\n2023년\n2024년\n계\n계획\n30\n50\n집행 예정액\n20\n40\n국비\n계획\n10\n20\n집행 예정액\n8\n15\n"
        "시비\n계획\n20\n30\n집행 예정액\n12\n25\n"
    )
    cols, rows = from_stream(exec_note, 1)
    assert [c["label"] for c in cols] == ["2023", "2024"]
    assert [(r["label"], r["amounts_krw"]) for r in rows] == [
        ("계", [30, 50]),
        ("국비", [10, 20]),
        ("시비", [20, 30]),
    ]
    secured = "구분\n총사업비\n2023년\n2024년\n계\n80\n30\n50\n국비\n30\n10\n20 확보 완료\n시비\n50\n20\n30 확보 예정\n"
    _cols, rows = from_stream(secured, 1)
    assert [(r["label"], r["amounts_krw"]) for r in rows] == [
        ("계", [80, 30, 50]),
        ("국비", [30, 10, 20]),
        ("시비", [50, 20, 30]),
    ]


def test_one_cell_to_int_parser_and_one_label_width() -> None:
    """The shared helpers the funding readers now use (funding_group_matched, funding_margin_spaced, funding_grid)."""
    assert [plain_int(c, blank_is_zero=True) for c in ("1,234", " 5 ", "-", "", "1.5", "3억")] == [
        1234,
        5,
        0,
        0,
        None,
        None,
    ]
    assert plain_int("", blank_is_zero=False) is None
    assert [
        label_width(r) for r in (["국비", "", "10"], ["합계", "계", "", "5"], ["비고"], ["10", "국비"])
    ] == [2, 3, 1, 0]
