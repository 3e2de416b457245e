"""Session 36, helper menda: what review a found in the session's goal_period_heads / funding_continued /
goal_project_unread, mended.

1. A head row of years with their periods (``'24 상반기 | '24 하반기 | '25 상반기``) where a year's printed periods
   stop short of its end: that year's goal has no target and no actual (``extract.periods_unproven``), never its
   one half's figure as the year's (extract/sections/goal_year_periods.py ``year_periods``); quarters alike.
2. The head row split in two no longer moves the goals' rows: every goal's provenance points at its printed cell
   (goal_period_heads ``PeriodHeads.inserted``), checked by the provenance audit on the cards.
3. A schedule (Gantt) table of ``●`` under its period heads is no goal table (goal_schedule_marks).
4. A funding table stacked under another, closing with the whole's total column, proven by the one sum rule (to one
   printed unit, a blank period adding nothing); no table goes on after a total column (funding_continued).

The cards are bitgaram-county 6-1 (samples/handmade/doc-hwpx.py) with review a's goal and schedule tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.readers import read_path
from pledgecard.extract.roles import is_goals_table
from pledgecard.extract.sections.funding_continued import closes_whole, continues_years, totals_years_both
from pledgecard.extract.sections.goal_across import goals_across
from pledgecard.extract.sections.goal_period_heads import period_heads, period_year
from pledgecard.extract.sections.goal_schedule_marks import is_mark
from pledgecard.extract.sections.goal_year_periods import year_periods
from pledgecard.inspection import inspect_file
from pledgecard.pipeline import card_results

from conftest import handmade_script

RUNNING = ("※ 목표·실적은 누계 기준",)


def _card(
    tmp_path: Path,
    name: str,
    goal_head: list[str] | None = None,
    goal_rows: list[list[str]] | None = None,
    schedule: bool = False,
) -> Path:
    """bitgaram-county 6-1 with its goal table's head and figures replaced (``goal_head``: the period heads;
    ``goal_rows``: each project's target and actual figures), or a schedule table added under 향후 추진계획."""
    m = handmade_script("doc-hwpx")
    H, Cell, table = m.H, m.Cell, m.table  # noqa: N806 - the script's names
    blocks = m.bitgaram_county()
    if goal_head is not None and goal_rows is not None:
        i = next(k for k, b in enumerate(blocks) if "목표 달성" in b)
        rows: list[list[Any]] = [[H("성과지표"), H("구 분"), *(H(h) for h in goal_head)]]
        for project, (target, actual) in zip(
            ("공공임대주택 공급(호)", "귀농귀촌 전입 인구(명)"),
            zip(goal_rows[::2], goal_rows[1::2], strict=True),
            strict=True,
        ):
            rows += [[Cell(project, rows=2), H("목 표"), *target], [H("실 적"), *actual]]
        blocks[i + 1] = table(rows, [3, 2, *(2 for _ in goal_head)])
    if schedule:
        i = next(k for k, b in enumerate(blocks) if "향후 추진계획" in b)
        blocks.insert(
            i + 1,
            table(
                [
                    [
                        H("추진내용"),
                        H("구 분"),
                        H("'25 상반기"),
                        H("'25 하반기"),
                        H("'26 상반기"),
                        H("'26 하반기"),
                    ],
                    [Cell("2단지 준공", rows=2), H("계 획"), "●", "●", "", ""],
                    [H("실 적"), "●", "", "", ""],
                    [Cell("3단지 부지 보상", rows=2), H("계 획"), "", "", "●", "●"],
                    [H("실 적"), "", "", "", ""],
                ],
                [3, 2, 2, 2, 2, 2],
            ),
        )
    path = tmp_path / f"{name}.hwpx"
    m.write_hwpx(path, "군수 공약사업 관리카드 6-1", blocks)
    return path


def _extracted(path: Path) -> list[dict[str, Any]]:
    """The card's record with its extract findings in it (``findings``), as the pipeline writes them apart."""
    [(card, _)] = card_results(read_path(path), str(path))
    return [{**card.record, "findings": card.findings}]


def _goals(record: dict[str, Any]) -> list[tuple[str, int, Any, Any]]:
    return [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in record["goals"]]


def _unproven(record: dict[str, Any]) -> list[tuple[int, str]]:
    return sorted(
        (f["observed"]["year"], f["observed"]["project"])
        for f in record.get("findings", [])
        if f["code"] == "extract.periods_unproven"
    )


def _misplaced(path: Path) -> tuple[int, list[Any]]:
    """How many figures the provenance audit read back, and those printed elsewhere than their place."""
    (card,) = inspect_file(path, audit=True).to_dict()["cards"]
    return card["provenance_audit"]["checked"], card["provenance_audit"]["mismatches"]


# -- 1. a year printed in part ---------------------------------------------------------------------------------

HALVES = [
    ["성과지표", "구분", "'24 상반기", "'24 하반기", "'25 상반기"],
    ["주택 공급(호)", "목표", "40", "60", "80"],
    ["주택 공급(호)", "실적", "40", "60", "72"],
]


def test_a_year_printing_only_its_first_half_gives_no_year_figure() -> None:
    got = goals_across(HALVES, RUNNING)
    assert got is not None
    # 2024 closes at '24 하반기 (running totals, rising): its figures; 2025 stops at 상반기: none, never 80 / 72
    assert [(g.year, g.target, g.actual, g.unproven) for g in got] == [
        (2024, "60", "60", False),
        (2025, "", None, True),
    ]
    # no running-total word: no year's figure proven, still one goal a year
    assert [(g.year, g.target, g.unproven) for g in goals_across(HALVES) or []] == [
        (2024, "", True),
        (2025, "", True),
    ]
    split = period_heads(HALVES).grid
    assert year_periods(split, 0, {2: 2024, 3: 2024, 4: 2025}) == {3: ([2, 3], True), 4: ([4], False)}


def test_quarters_of_two_years_each_printed_in_part() -> None:
    grid = [
        ["성과지표", "구분", "2024년 3분기", "2024년 4분기", "2025년 1분기", "2025년 2분기"],
        ["참여자(명)", "목표", "30", "40", "20", "25"],
        ["참여자(명)", "실적", "28", "41", "19", "22"],
    ]
    got = goals_across(grid)
    assert got is not None
    assert [(g.year, g.target, g.actual, g.unproven) for g in got] == [
        (2024, "", None, True),
        (2025, "", None, True),
    ]
    # running totals: 3분기 | 4분기 close 2024, its 4분기 figure the year's; 2025 stops at 2분기: none of its own
    assert [(g.year, g.target, g.actual, g.unproven) for g in goals_across(grid, RUNNING) or []] == [
        (2024, "40", "41", False),
        (2025, "", None, True),
    ]
    assert period_year("2025년 2분기") == 2025 and period_year("2분기") is None


def test_card_whose_goal_head_stops_at_a_first_half(tmp_path: Path) -> None:
    path = _card(
        tmp_path,
        "half-partial",
        ["'24 상반기", "'24 하반기", "'25 상반기"],
        [["40", "60", "80"], ["40", "60", "72"], ["100", "200", "300"], ["96", "188", "251"]],
    )
    (record,) = _extracted(path)
    assert _goals(record) == [
        ("공공임대주택 공급", 2024, 60, 60),
        ("공공임대주택 공급", 2025, None, None),
        ("귀농귀촌 전입 인구", 2024, 200, 188),
        ("귀농귀촌 전입 인구", 2025, None, None),
    ]
    assert [y for y, _ in _unproven(record)] == [2025, 2025]
    checked, bad = _misplaced(path)
    assert checked > 0 and bad == []


def test_card_whose_goal_head_starts_and_ends_within_years(tmp_path: Path) -> None:
    path = _card(
        tmp_path,
        "half-shifted",
        ["'24 하반기", "'25 상반기", "'25 하반기", "'26 상반기"],
        [
            ["60", "80", "100", "110"],
            ["60", "72", "-", "-"],
            ["200", "300", "400", "500"],
            ["188", "251", "-", "-"],
        ],
    )
    (record,) = _extracted(path)
    # '24 하반기 and '25 하반기 close their years (running totals to date); '26 상반기 does not: no 2026 figure
    assert _goals(record) == [
        ("공공임대주택 공급", 2024, 60, 60),
        ("공공임대주택 공급", 2025, 100, None),
        ("공공임대주택 공급", 2026, None, None),
        ("귀농귀촌 전입 인구", 2024, 200, 188),
        ("귀농귀촌 전입 인구", 2025, 400, None),
        ("귀농귀촌 전입 인구", 2026, None, None),
    ]
    assert [y for y, _ in _unproven(record)] == [2026, 2026]


# -- 2. provenance at the printed cell -------------------------------------------------------------------------


def test_split_head_keeps_each_goal_at_its_printed_row() -> None:
    heads = period_heads(HALVES)
    assert heads.inserted == 1 and heads.grid[1] == HALVES[0]
    got = goals_across(HALVES, RUNNING) or []
    assert got and all(HALVES[g.row][1] == "목표" for g in got)  # the target row as the table prints it
    plain = [["구분", "2024", "2025"], ["목표", "1", "2"], ["실적", "1", "2"]]
    assert period_heads(plain).inserted == 0 and [g.row for g in goals_across(plain) or []] == [1, 1]


def test_the_half_year_card_points_every_figure_at_its_printed_cell() -> None:
    handmade = (
        Path(__file__).resolve().parent.parent / "samples" / "handmade" / "doc-bitgaram-county-6-1.hwpx"
    )
    checked, bad = _misplaced(handmade)
    assert checked >= 60 and bad == []


# -- 3. a schedule of marks ------------------------------------------------------------------------------------

GANTT = [
    ["추진내용", "구 분", "'25 상반기", "'25 하반기", "'26 상반기", "'26 하반기"],
    ["2단지 준공", "계 획", "●", "●", "", ""],
    ["2단지 준공", "실 적", "●", "", "", ""],
    ["3단지 부지 보상", "계 획", "", "", "●", "●"],
    ["3단지 부지 보상", "실 적", "", "", "", ""],
]


def test_a_schedule_of_marks_is_no_goal_table() -> None:
    assert is_mark("●") and is_mark(" ○ ") and not is_mark("-") and not is_mark("60") and not is_mark("")
    assert (
        is_mark("√") and is_mark("✓") and not is_mark("–") and not is_mark("·")
    )  # review e: √ (Unicode Sm) a mark too
    assert goals_across(GANTT) is None and not is_goals_table(GANTT)
    no_head_col = [["구분", "'25 상반기", "'25 하반기"], ["계획", "착공", "●"], ["실적", "착공", ""]]
    assert goals_across(no_head_col) is None
    figures = [[c.replace("●", "1") for c in r] for r in GANTT]
    assert goals_across(figures) is not None  # the same table of figures is read
    done = [
        ["성과지표", "구분", "2024", "2025"],
        ["주택(호)", "목표", "60", "100"],
        ["주택(호)", "추진상황", "●", ""],
    ]
    assert [(g.year, g.target, g.status) for g in goals_across(done) or []] == [
        (2024, "60", "●"),
        (2025, "100", None),
    ]


def test_card_with_a_schedule_under_its_plans_keeps_its_goals(tmp_path: Path) -> None:
    path = _card(tmp_path, "gantt", schedule=True)
    (record,) = _extracted(path)
    assert [p for p, *_ in _goals(record)] == ["공공임대주택 공급"] * 3 + ["귀농귀촌 전입 인구"] * 3
    assert _unproven(record) == []
    plain = _extracted(_card(tmp_path, "plain"))[0]
    assert _goals(record) == _goals(plain)


# -- 4. a stacked table's total by the one sum rule ------------------------------------------------------------

M = 1_000_000  # a 백만원 table


def _col(label: str | int) -> dict[str, Any]:
    if isinstance(label, int):
        return {"label": str(label), "kind": "year", "year": label}
    return {"label": label, "kind": "total", "year": None}


def _row(label: str, source: str, amounts: list[int | None]) -> dict[str, Any]:
    return {"label": label, "source": source, "amounts_krw": [None if v is None else v * M for v in amounts]}


FIRST = [_col(y) for y in range(2020, 2025)]
MORE = [*[_col(y) for y in range(2025, 2029)], _col("총 계")]


def test_a_stacked_total_proven_to_one_printed_unit_and_with_a_blank_year() -> None:
    rows = [_row("국비", "national", [400, 1200, 1600, 1800, 1500])]
    rounded = [_row("국비", "national", [1800, 1500, 1200, 1000, 12001])]  # the 총계 rounded: one unit off
    assert totals_years_both(FIRST, rows, MORE, rounded, M) and continues_years(FIRST, rows, MORE, rounded, M)
    assert not totals_years_both(
        FIRST, rows, MORE, [_row("국비", "national", [1800, 1500, 1200, 1000, 12100])], M
    )
    blank = [_row("국비", "national", [None, 1200, 1600, 1800, 1500])]  # 2020 printed empty: nothing invested
    assert totals_years_both(
        FIRST, blank, MORE, [_row("국비", "national", [1800, 1500, 1200, 1000, 11600])], M
    )
    assert not totals_years_both(
        FIRST, blank, MORE, [_row("국비", "national", [1800, 1500, 1200, 1000, None])], M
    )


def test_no_table_goes_on_after_a_total_column() -> None:
    rows = [_row("국비", "national", [400, 1200, 1600, 1800, 1500])]
    closing = [_row("국비", "national", [1800, 1500, 1200, 1000, 12000])]
    assert continues_years(FIRST, rows, MORE, closing, M) and closes_whole(MORE)  # the readers stop after it
    assert not closes_whole(FIRST) and not closes_whole([])
