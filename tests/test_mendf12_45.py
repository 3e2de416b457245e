"""Mends of the review of h-famgen12 (session 45, helper mendf12): six inputs the merged branch read worse than the
base (24bdc6bc) did, each pinned on a small document-model / text input (reproducers /tmp/rev-famgen12/c1..c6).

1. SILENT wrong figure (c2): a dump row under ``목표(개소) 실적(개소)`` whose actual is blank and whose project prints a
   number word (``2024 제 3 센터 조성 8 미착수``) had the PROJECT's number suffixed with the unit (target ``3개소 센터
   조성``, value 3). ``with_head_units`` now rewrites a row only where its figures stand together right before the
   status (the figure columns' place under the head): before 1 wrong goal -> after no goal, as the base.
2. SILENT wrong unit (c1): a ``목표(개소)`` table then a ``목표(명)`` table in one section: every row took 개소 (two
   goals' people as 개소). Each head line's unit reaches only the rows up to the next head line: before 2 wrong
   units -> after 0 (the 명 rows 명).
3. Wrong unit (c3): ``목표(개소) | 실적(%)`` / ``실적(명)``: the target head's unit given to the goal whose actual is
   of another unit. A table (goal_table_rows) or dump head whose target and actual name different units gives no
   unit: before target 6 개소 + actual 50 (a % / people) -> after as the base (no unit; the dump: no goal).
4. Lost goals (c4): a two-row years-across head naming a term total (``임기 계`` / ``누계``) over rows printing no
   total: the rows now read as the years' where the counts prove it (every target / actual row splits into the
   years' cells alone, none into one more, and no row's last figure can be a total of the others): before 0 goals
   -> after 2, right.
5. Lost goals (c5): a years-across table whose blank-headed last column holds a note with a digit (``'26년 완료``)
   was rejected whole; only a FIGURE cell under no head rejects it now: before 0 goals -> after 2, right.
6. Printed text altered (c6): cells printing their own unit (``6개소``) under ``목표(개소)`` came back ``6``; a goal
   text the lines print themselves is kept: before ``6`` -> after ``6개소``.
Also: the haru 122001 -layout dump's goal table, unread, now asserts the finding saying so (section_empty).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_across import goals_across, goals_across_lines
from pledgecard.extract.sections.goal_table_rows import goal_rows
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.pipeline import card_results
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import wrong_figures_of

KEYS = ("project", "year", "target", "target_value", "target_unit", "actual", "actual_value")


def _dump(*texts: str) -> tuple[list[tuple], list[str]]:
    lines = [
        Line(text=" ".join(t.split()), marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    return [tuple(g.get(k) for k in KEYS) for g in res.value["goals"]], [f["code"] for f in res.findings]


def _table(grid: list[list[str]]) -> list[tuple]:
    cells = [Cell(r, c, t) for r, row in enumerate(grid) for c, t in enumerate(row)]
    return [
        tuple(g.get(k) for k in KEYS) for g, _, _ in goal_rows(Table(cells, len(grid), max(map(len, grid))))
    ]


def test_a_project_number_word_over_a_blank_actual_is_no_target() -> None:
    """c2: before ('제', 2024, '3개소 센터 조성', 3, '개소', ...) silent; after no goal of a made-up text."""
    for head, rows in (
        (
            "연도 세부사업 목표(개소) 실적(개소) 추진상황",
            ("2023 제 2 센터 조성 6 5 추진중", "2024 제 3 센터 조성 8 미착수"),
        ),
        (
            "연도 세부사업 목표(명) 실적(명) 추진상황",
            ("2023 청년 1 인 가구 지원 60 50 추진중", "2024 청년 1 인 가구 지원 80 미착수"),
        ),
    ):
        got, _ = _dump(head, *rows)
        assert all(g[3] in (None, 6, 8, 60, 80) for g in got)
        assert not any(g[2] and ("개소 " in g[2] or "명 " in g[2]) for g in got)


def test_each_head_lines_unit_reaches_its_own_rows() -> None:
    """c1: before the 명 table's goals with target_unit 개소; after each its head's."""
    got, _ = _dump(
        "연도 세부사업 목표(개소) 실적(개소) 추진상황",
        "2023 지원센터 조성 6 5 추진중",
        "2024 9 8 추진중",
        "연도 세부사업 목표(명) 실적(명) 추진상황",
        "2023 교육생 양성 60 50 추진중",
        "2024 90 80 추진중",
    )
    assert [(g[1], g[3], g[4], g[6]) for g in got] == [
        (2023, 6, "개소", 5),
        (2024, 9, "개소", 8),
        (2023, 60, "명", 50),
        (2024, 90, "명", 80),
    ]


def test_a_target_head_unit_is_not_the_actuals_of_another_unit() -> None:
    """c3: before target_unit 개소 over an actual of % / 명; after no unit given (table), no goal (dump)."""
    for actual_head in ("실적(%)", "실적(명)"):
        got = _table(
            [
                ["연도", "세부사업", "목표(개소)", actual_head, "추진상황"],
                ["2023", "지원센터 조성", "6", "50", "추진중"],
                ["2024", "지원센터 조성", "9", "80", "추진중"],
            ]
        )
        assert [(g[1], g[4]) for g in got] == [(2023, None), (2024, None)]
    assert _table(
        [
            ["연도", "세부사업", "목표(개소)", "실적(개소)", "추진상황"],
            ["2023", "지원센터 조성", "6", "5", "추진중"],
        ]
    ) == [("지원센터 조성", 2023, "6", 6, "개소", "5", 5)]
    got, _ = _dump(
        "연도 세부사업 목표(개소) 실적(명) 추진상황", "2023 지원센터 조성 6 50 추진중", "2024 9 80 추진중"
    )
    assert not any(g[4] == "개소" for g in got)


def test_rows_printing_no_term_total_read_as_the_years() -> None:
    """c4: before 0 goals (every row asked for one cell more than the years); after both years right."""
    for term in ("임기 계", "누계"):
        got = goals_across_lines(
            [
                (t, t)
                for t in (
                    f"구분 연도별 목표 및 실적 {term}",
                    "2024년 2025년",
                    "돌봄센터 조성 목표 438명 466명",
                    "실적 438명 248명",
                    "추진상황 완료 추진 중",
                )
            ]
        )
        assert got is not None
        assert [(g.project, g.year, g.target, g.actual) for g, _ in got.goals] == [
            ("돌봄센터 조성", 2024, "438명", "438명"),
            ("돌봄센터 조성", 2025, "466명", "248명"),
        ]
    # the last figure may be the total of the others (6 + 9): which cell is the total's is not shown, none read
    got = goals_across_lines(
        [
            (t, t)
            for t in (
                "구분 연도별 목표 및 실적 임기 계",
                "2024년 2025년 2026년",
                "돌봄센터 조성 목표 6개소 9개소 15개소",
                "실적 6개소 9개소 15개소",
            )
        ]
    )
    assert got is None or not got.goals


def test_a_note_with_a_digit_under_a_blank_head_keeps_the_table() -> None:
    """c5: before goals_across -> None (0 goals); after both years; a FIGURE under no head still rejects it."""
    grid = [
        ["사업명", "구분", "2024년", "2025년", ""],
        ["돌봄센터 조성", "목표", "6개소", "9개소", "'26년 완료"],
        ["돌봄센터 조성", "실적", "6개소", "8개소", ""],
    ]
    got = goals_across(grid)
    assert got and [(g.year, g.target, g.actual) for g in got] == [
        (2024, "6개소", "6개소"),
        (2025, "9개소", "8개소"),
    ]
    grid[1][4] = "15개소"
    assert not goals_across(grid)


def test_cells_printing_their_own_unit_keep_it_under_a_unit_head() -> None:
    """c6: before target '6' / actual '5'; after '6개소' / '5개소' as printed (bare cells still bare)."""
    got, _ = _dump(
        "연도 세부사업 목표(개소) 실적(개소) 추진상황",
        "2023 지원센터 조성 6개소 5개소 추진중",
        "2024 9개소 8개소 추진중",
    )
    assert [(g[2], g[3], g[4], g[5]) for g in got] == [
        ("6개소", 6, "개소", "5개소"),
        ("9개소", 9, "개소", "8개소"),
    ]
    got, _ = _dump("연도 세부사업 목표(개소) 실적(개소) 추진상황", "2023 지원센터 조성 6 5 추진중")
    assert [(g[2], g[3], g[4], g[5]) for g in got] == [("6", 6, "개소", "5")]


def test_the_layout_dumps_unread_goal_table_says_so() -> None:
    """haru 122001 -layout: 0 wrong because the table is unread; the finding saying so is asserted."""
    dump = Path(__file__).parents[1] / "samples/layout/families/haru-city-122001-layout.txt"
    exp = load_records(dump.with_name(dump.stem + ".expected.json"))[0]
    [(card, findings)] = card_results(read_path(str(dump)), str(dump))
    got = card.record
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert not got["goals"] and exp["goals"]
    assert any(f["code"] == "extract.section_empty" and "목표" in str(f.get("observed")) for f in findings)
