"""The template family designed blind in session 18 (samples/families.py: ``dorae-county``, a 군 card whose
money and goals are told as a county's budget office prints them) and the structures it brought in, on
small lines and grids:

- funding periods named as a year of the plan or of the term, not by their year (``1차년도('23)`` /
  ``2차년도``: counted from the head printing its year; ``민선8기 2년차``: by the term's start; vocabulary
  ``[period_ordinals]``, extract/sections/funding_ordinals.py);
- every period over a plan and two second figures (``계획 | 확보 | 집행``: the plan figures are the record's)
  beside a head spanning both header rows (``구성비(%)``, a share: no period, not in the record), as a
  document table and as a dump's row lines;
- goal cells holding a year's target and actual (``189/123`` under ``목표/실적``, ``4(3)`` under
  ``목표(실적)``), parted by the head's shape into the year's two sub-columns
  (extract/sections/goal_pair_cells.py);
- a quarter numbered after an ordinal prefix (``2024년 제3분기``);
- a header whose right-hand column stacks a label over its value beside label | value rows (추진상황 over
  the status, 기준일 over the as-of date), as a table and as a dump's lines.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.570, HWPX 0.570, HWP 0.570,
txt 0.544, 0 wrong of 240 (the ordinal periods read as no period, the 집행 heads as periods, every goal
unread, ``제1분기`` read as the year, the status unread; txt: the funding and goal headings unknown).
After: 1.000 in every format, 0 wrong of 400.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_ordinals import ordinal_year, resolve_ordinals
from pledgecard.extract.sections.funding_pairs import plan_figures
from pledgecard.extract.sections.goal_pair_cells import (
    pair_head,
    split_cell,
    split_pair_grid,
    split_pair_lines,
)
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines, goals_year_columns
from pledgecard.extract.sections.header import extract_header
from pledgecard.normalize.dates import parse_date
from pledgecard.scoring import score_record

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dorae-county"
M = 10**6


# ------------------------------------------------------------------------------ ordinal periods


def test_a_term_ordinal_names_its_year_by_the_terms_start() -> None:
    assert ordinal_year("민선8기 1년차") == (1, 2023)
    assert ordinal_year("민선 8기 4년차") == (4, 2026)
    assert ordinal_year("민선7기 4년차") == (4, 2022)  # four-year terms: the one before ends a year earlier
    assert ordinal_year("1차년도('23)") == (1, 2023) and ordinal_year("3차년도(2025)") == (3, 2025)
    assert ordinal_year("2차년도") == (2, None)  # a year only the head printing both tells
    assert (
        ordinal_year("2023") is None and ordinal_year("합계") is None and ordinal_year("1차년도 예산") is None
    )
    assert classify_column("민선8기 2년차") == {"label": "민선8기 2년차", "kind": "year", "year": 2024}


def test_ordinals_count_on_from_the_head_printing_its_year() -> None:
    cols = [classify_column(h) for h in ("합계", "1차년도('23)", "2차년도", "3차년도", "4차년도")]
    assert [c["year"] for c in resolve_ordinals(cols)] == [None, 2023, 2024, 2025, 2026]
    assert all(c["kind"] == "year" for c in resolve_ordinals(cols)[1:])


def test_ordinals_no_head_anchors_or_that_clash_keep_their_columns() -> None:
    bare = [classify_column(h) for h in ("합계", "1차년도", "2차년도")]
    assert resolve_ordinals(bare) == bare  # no year printed: none guessed
    clash = [classify_column(h) for h in ("2024", "1차년도('23)", "2차년도")]
    assert resolve_ordinals(clash) == clash  # 2차년도 would be 2024 twice
    mixed = [classify_column(h) for h in ("1차년도('23)", "2차년도", "3차년도('26)")]
    assert resolve_ordinals(mixed) == mixed  # two anchors that disagree: which is right is not shown


# ------------------------------------------------------------------------------ 계획 | 확보 | 집행


def _funding_grid(heads: list[str]) -> list[list[str]]:
    top = ["구분"] + [h for h in heads for _ in range(3)] + ["구성비(%)"]
    return [
        top,
        ["구분"] + ["계획", "확보", "집행"] * len(heads) + ["구성비(%)"],
        ["계", "300", "250", "200", "100", "100", "100", "200", "150", "100", "100.0"],
        ["국비", "200", "150", "120", "100", "100", "100", "100", "50", "20", "66.7"],
        ["군비", "100", "100", "80", "-", "-", "-", "100", "100", "80", "33.3"],
    ]


def test_a_plan_and_two_second_figures_a_period_keep_the_plan() -> None:
    grid, _, cols = plan_figures(
        _funding_grid(["합계", "민선8기 1년차", "민선8기 2년차"]), lambda c: c[:1].isdigit()
    )
    assert grid[0] == ["구분", "합계", "민선8기 1년차", "민선8기 2년차", "구성비(%)"] and cols == [
        0,
        1,
        4,
        7,
        10,
    ]
    plans, _, _ = plan_figures(_funding_grid(["합계", "1차년도('23)", "2차년도"]), lambda c: c[:1].isdigit())
    columns, rows = interpret_grid(plans, M)  # 구성비(%): a share, no period
    assert [(c["kind"], c["year"]) for c in resolve_ordinals(columns)] == [
        ("total", None),
        ("year", 2023),
        ("year", 2024),
    ]
    assert [(r["source"], r["amounts_krw"]) for r in rows] == [
        ("total", [300 * M, 100 * M, 200 * M]),
        ("national", [200 * M, 100 * M, 100 * M]),
        ("municipal", [100 * M, 0, 100 * M]),
    ]


def test_a_second_figure_not_beside_its_plan_run_is_no_sub_column() -> None:
    grid = _funding_grid(["합계", "2023", "2024"])
    grid[0][2] = "다른 머리"  # 확보 under a head of its own: no sub-column of the plan's period
    out, _, _ = plan_figures(grid, lambda c: c[:1].isdigit())
    assert out == grid


# ------------------------------------------------------------------------------ goal pair cells


def test_a_pair_head_gives_the_cells_shape_and_order() -> None:
    shape, words = pair_head("연도별 목표/실적")  # type: ignore[misc]
    assert words == ("목표", "실적") and split_cell("189/123", shape) == ("189", "123")
    assert split_cell("323/-", shape) == ("323", "-") and split_cell("4(3)", shape) is None
    shape, words = pair_head("목표(실적)")  # type: ignore[misc]
    assert split_cell("4(3)", shape) == ("4", "3") and split_cell("2.5 (1.0)", shape) == ("2.5", "1.0")
    assert pair_head("실적/목표") is not None and pair_head("국비/도비") is None and pair_head("목표") is None
    assert split_cell("189/123명", shape) is None


def test_a_grid_of_pair_cells_reads_as_years_over_target_and_actual() -> None:
    grid = [
        ["성과지표", "단위", "연도별 목표/실적", "연도별 목표/실적", "연도별 목표/실적"],
        ["성과지표", "단위", "2023년", "2024년", "2025년"],
        ["참여 주민", "명", "189/123", "758/758", "883/-"],
        ["시설 설치", "개소", "9/5", "9/7", ""],
    ]
    parted, at = split_pair_grid(grid)  # type: ignore[misc]
    assert at == [0, 1, 2, 2, 3, 3, 4, 4]
    goals = goals_year_columns(parted)
    assert goals is not None
    got = [(g.project, g.year, g.target, g.actual, g.unit) for g in goals]
    assert got == [
        ("참여 주민", 2023, "189", "123", "명"),
        ("참여 주민", 2024, "758", "758", "명"),
        ("참여 주민", 2025, "883", None, "명"),
        ("시설 설치", 2023, "9", "5", "개소"),
        ("시설 설치", 2024, "9", "7", "개소"),
    ]
    grid[3][3] = "9(7)"  # a cell of another shape: the table stays as printed, nothing cut by guess
    assert split_pair_grid(grid) is None


def test_a_dumps_lines_of_pair_cells_read_the_same() -> None:
    lines = [
        "성과지표 단위 연도별 목표(실적)",
        "2023년 2024년",
        "시설 설치 개소 3(3) 9(-)",
        "청년주택 공급 호 56(55) 76(60)",
    ]
    parted = split_pair_lines(lines)
    assert parted == [
        "성과지표 단위 2023년 2024년",
        "목표 실적 목표 실적",
        "시설 설치 개소 3 3 9 -",
        "청년주택 공급 호 56 55 76 60",
    ]
    ind = goals_year_column_lines(parted)
    assert ind is not None and [(g.project, g.year, g.target, g.actual) for g in ind.goals] == [
        ("시설 설치", 2023, "3", "3"),
        ("시설 설치", 2024, "9", None),
        ("청년주택 공급", 2023, "56", "55"),
        ("청년주택 공급", 2024, "76", "60"),
    ]
    assert split_pair_lines(["성과지표 단위 목표 실적", "2023년 2024년", "시설 설치 개소 3 3"]) is None


# ------------------------------------------------------------------------------ dates, header


def test_a_quarter_after_an_ordinal_prefix() -> None:
    assert parse_date("2024년 제3분기 현재")["label"] == "2024-Q3"
    assert parse_date("'26년 제1분기 누계")["label"] == "2026-Q1"
    assert parse_date("2023/03~2024/06")["label"] == "2023-03/2024-06"


def test_a_dumps_side_column_label_takes_the_value_closing_the_next_line() -> None:
    lines = [
        make_line(t)
        for t in (
            "관리번호 4-6-3 추진상황",
            "공약사업명 대학 연계 청년 일자리 사업 추진 지연",
            "담당부서 경제정책과",
            "담당자 신진민 기준일",
            "연락처 056-413-1669 2026/06 기준",
        )
    ]
    h = extract_header(lines).value["header"]
    assert h["status"] == "지연" and h["title"] == "대학 연계 청년 일자리 사업 추진"
    assert h["contact_phone"] == "056-413-1669" and h["mgmt_no"] == "4-6-3"


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "dorae-county-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        f, e = got[0]["funding"], exp[0]["funding"]
        assert [(c["kind"], c["year"]) for c in f["columns"]] == [
            (c["kind"], c["year"]) for c in e["columns"]
        ], path.name
        assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
            (r["source"], r["amounts_krw"]) for r in e["rows"]
        ], path.name
        assert sorted(
            (g["project"], g["year"], g["target_value"], g["actual_value"] or 0) for g in got[0]["goals"]
        ) == sorted(
            (g["project"], g["year"], g["target_value"], g["actual_value"] or 0) for g in exp[0]["goals"]
        ), path.name
        assert got[0]["header"]["status"] == exp[0]["header"]["status"], path.name
