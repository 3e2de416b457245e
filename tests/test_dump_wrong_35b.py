"""Session 35 (famdumps2): the wrong figures left in real converters' dumps of unseen family cards (their fifth
seed, ``family_seeds(fam, 5)[4]``; tests/test_dump_wrong_35.py), each class made right or null.

goal_years_unplaced: a goal table of the years across (an indicator a row, each year over its target | actual
sub-columns) whose rows stand under none of its head's columns (``pdftotext -layout`` printed the head on one page
and the rows on the next, each page spaced by its own widest line) was read by the plain head reading, one target
and one actual column, no goal given a year: each row's unit read as its target and its first year's target as
its actual (nalgae-city 61017 -layout: actuals 856 and 255 wrong). Such a reading is dropped and said
(extract.table_unrecovered at goals).

text_heading_opens: a section's heading opening a page right under a goal table that ended the page before
(``시민 소통 실적``, centred, over the outreach table) was read as the rest of the goal table's last row, and the
outreach table as its rows: a goal ``4(설명회)`` with an actual of 1 (narae-city 29016 -layout). A line of one cell
naming a section opens that section.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.readers.text_heading_opens import heading_opens_page
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.sections.goal_years_unplaced import yearless_under_years, years_across
from pledgecard.scoring import wrong_goal_figures

from conftest import expected_scored, family_card, pdftotext_dump

HEAD = [
    ["성과지표", "2023년 단위 목표", "실적", "2024년", "실적", "2025년", "실적"],
    ["", "", "", "목표", "", "목표", ""],
]
ROWS = [["참여 주민", "명", "856", "558", "595", "410", "432"], ["공정률", "%", "30", "30", "50", "50", "60"]]


def _layout_scored(tmp_path: Path, family: str, seed: int) -> tuple[dict, dict, float, list]:
    """``family``'s card ``seed`` as a PDF dumped by ``pdftotext -layout`` and read: conftest.expected_scored's four,
    the goal figures the card prints for no goal of their year (scoring.wrong_goal_figures) counted wrong too."""
    pdf, _ = family_card(tmp_path, family, seed, "pdf")
    out = tmp_path / f"{family}-{seed}-layout.txt"
    pdftotext_dump(pdf, out, "-layout")
    out.with_name(out.stem + ".expected.json").write_text(
        pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    exp, rec, score, wrong = expected_scored(out)
    return exp, rec, score, [*wrong, *wrong_goal_figures(exp, rec)]


def _yearless(*names: str) -> list[dict]:
    return [{"project": n, "year": None, "target": "명", "actual": "856"} for n in names]


def test_a_head_of_years_each_over_its_target_is_years_across() -> None:
    assert years_across([*HEAD, *ROWS])
    # one year named: a year's own table (or a title), no years across
    assert not years_across([["성과지표", "2023년 목표", "실적"], *ROWS])
    # years across but one target column (연도별 목표 over the years): no year's own target column
    assert not years_across([["성과지표", "2023년", "2024년", "목표"], ["참여 주민", "1", "2", "3"]])
    # the years in the rows, not the head (a 연도 column): the head names none
    assert not years_across([["연도", "목표", "실적"], ["2023", "10", "8"], ["2024", "12", "9"]])


def test_a_reading_that_gives_no_goal_a_year_under_years_across_is_a_misread() -> None:
    grid = [*HEAD, *ROWS]
    assert yearless_under_years(grid, _yearless("참여 주민", "공정률"))
    placed = [{**g, "year": 2023} for g in _yearless("참여 주민", "공정률")]
    assert not yearless_under_years(grid, placed)  # a goal under its year: the head reading placed it
    assert not yearless_under_years(
        [["주요사업", "목표", "실적"], ["둘레길", "4.7km", "3.5km"]], _yearless("둘레길")
    )
    assert not yearless_under_years(grid, [])
    # the head's first year over its own target and actual (the unit column's word in a cell of its own): that
    # year's figures read right, yearless (nalgae-city 61008 body-layout): kept
    apart = [
        ["성과지표", "단위", "2023년 목표", "실적", "2024년", "실적"],
        ["", "", "", "", "목표", ""],
        *ROWS,
    ]
    assert years_across(apart) and not yearless_under_years(apart, _yearless("참여 주민", "공정률"))


def test_a_section_heading_alone_opens_its_page_a_row_rest_does_not() -> None:
    assert heading_opens_page(to_tline(104, 3, "                                시민 소통 실적"))
    assert not heading_opens_page(to_tline(104, 3, "                       조성 완료"))  # a cut cell's rest
    # two cells on the line: a row, no heading
    assert not heading_opens_page(to_tline(104, 3, "     계          기타                       만족도 조사"))


def test_nalgae_61017_layout_goal_table_of_years_across_under_no_column(tmp_path: Path) -> None:
    """nalgae-city 61017 (its fifth seed) pdftotext -layout: 0.600 with 2 wrong goal actuals (856, 255) -> no goal
    read from the table (its goals null, said), 0 wrong."""
    exp, rec, score, wrong = _layout_scored(tmp_path, "nalgae-city", 61017)
    assert wrong == []
    assert all(g.get("year") is not None for g in rec["goals"] or [])  # no yearless goal of the table
    assert score >= 0.68


def test_narae_29016_layout_outreach_heading_opening_the_page_under_the_goal_table(tmp_path: Path) -> None:
    """narae-city 29016 (its fifth seed) pdftotext -layout: 0.930, a goal read out of the outreach table (actual 1)
    -> 1.000: three goals, the outreach table read."""
    exp, rec, score, wrong = _layout_scored(tmp_path, "narae-city", 29016)
    assert wrong == []
    assert [(g["year"], g["target"]) for g in rec["goals"]] == [
        (g["year"], g["target"]) for g in exp["goals"]
    ]
    counts = [(i["category"], i["count"]) for i in rec["outreach"]["items"]]
    assert counts == [(i["category"], i["count"]) for i in exp["outreach"]["items"]]
    assert rec["outreach"]["total"] == exp["outreach"]["total"]
    assert score >= 0.99


def test_every_glued_run_of_a_row_is_one_cell_where_the_runs_give_the_head_its_cells() -> None:
    from pledgecard.extract.sections.goal_glued_runs import rejoined_runs

    # 2024 / 문화관광 인 + 재양성 / 문화관광 프로그 + 램 운영(60회) / 81회 / 135%, the runs on consecutive lines
    cells = [
        (0, "2024"),
        (2, "문화관광 인"),
        (3, "재양성"),
        (5, "문화관광 프로그"),
        (6, "램 운영(60회)"),
        (8, "81회"),
        (10, "135%"),
    ]
    glued = frozenset({2, 5})
    assert rejoined_runs(cells, glued, 5) == [
        (0, "2024"),
        (2, "문화관광 인 재양성"),
        (5, "문화관광 프로그 램 운영(60회)"),
        (8, "81회"),
        (10, "135%"),
    ]
    assert rejoined_runs(cells, glued, 6) is None  # the runs joined give the head another count
    assert rejoined_runs(cells, frozenset({2}), 6) is None  # one run: goal_glued_cells' own
    # a run opening with a figure (a target's own cell glued to the next): no wrapped words
    figure = [(0, "2024"), (2, "4.5km"), (3, "사업"), (5, "문화관광 프로그"), (6, "램 운영"), (8, "81회")]
    assert rejoined_runs(figure, frozenset({2, 5}), 4) is None
    # a year glued into a run: a year column printed as a run, no cell's words
    year = [(0, "2023"), (1, "2024"), (3, "문화관광 프로그"), (4, "램 운영"), (6, "81회")]
    assert rejoined_runs(year, frozenset({0, 3}), 3) is None


def _pdftotext_scored(tmp_path: Path, family: str, seed: int) -> tuple[dict, dict, float, list]:
    """``family``'s card ``seed`` as a PDF dumped by pdftotext's default mode and read (conftest.pdftotext_scored)."""
    from conftest import pdftotext_scored

    pdf, _ = family_card(tmp_path, family, seed, "pdf")
    return pdftotext_scored(pdf, tmp_path)


def test_hwarang_86005_pdftotext_goal_row_of_several_wrapped_cells(tmp_path: Path) -> None:
    """hwarang-city 86005 (its fifth seed) pdftotext: 0.947, its goal row (three cells wrapped, each over glued
    lines) unread -> 0.992, the goal read, 0 wrong."""
    exp, rec, score, wrong = _pdftotext_scored(tmp_path, "hwarang-city", 86005)
    assert wrong == []
    got = [(g["year"], g["target_value"], g["actual_value"], g["status"]) for g in rec["goals"]]
    assert got == [(g["year"], g["target_value"], g["actual_value"], g["status"]) for g in exp["goals"]]
    assert score >= 0.99


def test_oreum_92005_pdftotext_goal_row_of_several_wrapped_cells(tmp_path: Path) -> None:
    """oreum-district 92005 (its fifth seed) pdftotext: 0.946 -> 0.972, the goal read, 0 wrong."""
    exp, rec, score, wrong = _pdftotext_scored(tmp_path, "oreum-district", 92005)
    assert wrong == []
    got = [(g["year"], g["target_value"], g["actual_value"], g["status"]) for g in rec["goals"]]
    assert got == [(g["year"], g["target_value"], g["actual_value"], g["status"]) for g in exp["goals"]]
    assert score >= 0.97


def test_a_row_opening_with_the_rest_of_the_cell_above_is_not_told() -> None:
    from pledgecard.extract.sections.goal_glued_runs import runs_left

    # 정류장 운영 및 주 (line 15, the row above's 추진내용) / 민 지원 (16) glued, then the 2022 row's cells
    row = [(16, "민 지원"), (17, "2022"), (18, "광역철도 기"), (19, "반 구축")]
    glued = frozenset({15, 18})
    assert runs_left(row, glued, above=True)
    assert runs_left(row, glued)  # 광역철도 기 / 반 구축 left as two cells
    assert not runs_left(row[1:], frozenset({15}), above=True)
    assert not runs_left([(17, "2022"), (19, "광역철도 기 반 구축")], glued)


def test_a_goal_table_read_only_by_its_glued_cells_is_read_whole_or_not_at_all() -> None:
    """doran-city 63004's goal table as pdftotext prints it (its committed PDF): the 2019 row's 추진내용 wrapped
    (its rest glued to it, read as the 2022 row's first cell), the 2022 row's actual printed after the row: no
    reading of some rows (the 2022 row read with its target as its actual: 30 wrong)."""
    from pledgecard.extract.sections.goal_glued_read import every_row_joined

    texts = [
        "연도",
        "세부사업",
        "목표",
        "실적",
        "달성률",
        "추진상황",
        "추진내용",
        "2019",
        "환승센터 조",
        "성",
        "광역철도 협약 체",
        "결(55건)",
        "71건",
        "129%",
        "완료",
        "정류장 운영 및 주",
        "민 지원",
        "2022",
        "광역철도 기",
        "반 구축",
        "광역철도 프로그",
        "램 운영(30회)",
        "57%",
        "추진 중",
        "공영주차장 운영",
        "및 운수종사자 지",
        "원",
        "17회",
    ]
    glued = frozenset({8, 10, 15, 18, 20, 24, 25})
    assert every_row_joined(texts, glued) is None
    one = texts[:17]  # the 2019 row alone: every row read, its cells joined
    rows, _unread = every_row_joined(one, frozenset({8, 10, 15}))
    assert [(r.year, r.target, r.actual) for r in rows] == [(2019, "광역철도 협약 체 결(55건)", "71건")]
