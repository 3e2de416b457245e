"""Session 34 (famdumps): wrong figures in real converters' dumps of unseen family cards (their fourth seed,
``family_seeds(fam, 4)[3]``), made right or null.

Measured: every family's fourth-seed card (81) dumped by pdftotext (default, -raw, -layout), pdf2txt,
hwpx-text-extract and hwp5html (tests/test_text_converters.py's converters; 486 dumps), read and counted with the
shared wrong_figures.py and the project's year-aware goal check (wrong_goal_figures).

Two classes of goal tables printed a cell a line (pdftotext's default mode), each a year misread:
- the year column cut by a page break, its cells past the cut printed as a run of year lines amid the rows
  (``2024`` / ``2025`` / ``2026`` / the rows): read as group lines, every row after the run took its last year;
  the run's years go to the rows after it one a row where their count proves it (goal_year_run_amid; geurim-city
  78004 pdftotext 0.983 with 2 wrong goal figures -> 0.988, 0 wrong).
- a group's year line printed after its rows' cells, its spanning project cell after it (``[2024년]`` / two rows
  / ``[2025년]`` / ``어르신 돌봄 기반 구축``): the 2025 row took 2024 and the row above's 추진내용 for its project;
  where that group opened no row (no status after its year line), the rows since the year line above are left to
  the other readers, their years unproven (goal_late_year; eunha-province 28011 pdftotext 0.984 with 2 wrong
  goal figures -> 0.934, the stream reader's rows with no year, every figure right: the shared counter's 2 are its
  pairing, the 15건 target paired with the 25건 row, the 15건 row's target printed after its group's year and
  project). angae-county 95004 pdftotext (0.576 -> 0.462): its 2024 row, read under 2023 (a wrong year the
  year-aware check missed, the 2023 row printing the same target), is left unread with its group.

One class of side-by-side columns (text_side_columns): a lone dash of a left-column table's blank cell ten
characters before the right column read as a heading centred over it (daon-special-city 42018 hwp5html 0.477 ->
0.988: every achievement lost).

Pairing artefacts of the shared wrong_figures.py (the year-aware check finds every figure right; each read by
hand): haemil-province 69010 -raw (goals paired by target text, a 2025 row with a 2026 one), hanul-special 33015
pdftotext and pdf2txt (the one row read, 2026, paired with a 2024 target), dajim-district 93004 pdf2txt and
sora-city 20015 pdf2txt (an item read right paired with another item of like text); left as they are.
"""

from __future__ import annotations

from pathlib import Path

from test_text_converters import converter_dump

from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_late_year import rows_of_late_group
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_stream import goal_stream
from pledgecard.extract.sections.goal_year_run_amid import year_run_at

from conftest import family_card, pdftotext_scored, shared_tools

# the section's lines as the reader gets them from pdftotext's default mode (a cell a line, blank lines dropped)
HEAD = ["연도", "2025", "2026", "세부사업", "대중교통 지원사업", "목표", "실적", "추진상황"]
PAGE_ONE = ["협약 체결(10건)", "7건", "완료", "착공", "운영 완료", "완료"]
PAGE_TWO = [
    "협약 체결(20건)",
    "23건",
    "완료",
    "시범 운영",
    "설계 완료",
    "완료",
    "협약 체결(60건)",
    "42건",
    "추진중",
]


def test_a_run_of_year_lines_is_found_where_two_or_more_rise() -> None:
    assert year_run_at(["2024", "2025", "", "2026", "착공"], 0) == [(0, 2024), (1, 2025), (3, 2026)]
    assert year_run_at(["2024", "착공", "2025"], 0) == []  # a lone group line
    assert year_run_at(["2025", "2024", "착공"], 0) == []  # falling: no one column's run


def test_a_year_run_amid_the_rows_gives_its_years_one_a_row() -> None:
    lines = HEAD + PAGE_ONE + ["2024", "2025", "2026"] + PAGE_TWO + ["대중교통 인재양성"]
    got = goal_cells(lines)
    assert got is not None
    assert [(r.year, r.target) for r in got[0]] == [
        (2025, "협약 체결(10건)"),
        (2026, "착공"),
        (2024, "협약 체결(20건)"),
        (2025, "시범 운영"),
        (2026, "협약 체결(60건)"),
    ]


def test_a_year_run_amid_the_rows_not_as_many_as_its_rows_leaves_them_unread() -> None:
    lines = HEAD + PAGE_ONE + ["2025", "2026"] + PAGE_TWO + ["대중교통 인재양성"]
    got = goal_cells(lines)
    assert got is not None
    assert [(r.year, r.target) for r in got[0]] == [(2025, "협약 체결(10건)"), (2026, "착공")]


EUNHA = [
    "세부사업",
    "목표",
    "실적",
    "달성률",
    "추진상황",
    "추진내용",
    "[2024년]",
    "돌봄 기반 구축",
    "협약 체결(15건)",
    "12건",
    "80%",
    "완료",
    "센터 운영",
    "협약 체결(25건)",
    "26건",
    "104%",
    "추진중",
    "센터 운영",
    "[2025년]",
    "돌봄 기반 구축",
]


def test_a_group_year_printed_after_its_rows_leaves_the_rows_since_the_year_above_unread() -> None:
    got = goal_cells(EUNHA)
    assert got is None or got[0] == []
    stream = goal_stream(EUNHA)  # the stream reader gives them no year
    assert stream is not None and [r.year for r in stream[0]] == [None, None]


def test_the_rows_of_a_late_group() -> None:
    rows = [
        GoalRow(3, "a", 2023, "t", "완료", None, None),
        GoalRow(7, "b", 2024, "t", "완료", None, None),
        GoalRow(12, "b", 2024, "t", "완료", None, None),
    ]
    lines = [""] * 16 + ["[2025년]", "기반 구축"]
    assert rows_of_late_group(rows, [(2, 2023), (6, 2024), (16, 2025)], lines) == {7, 12}
    assert (
        rows_of_late_group(rows, [(2, 2023), (6, 2024), (16, 2025)], lines[:17]) == set()
    )  # nothing after it
    assert (
        rows_of_late_group(rows, [(2, 2023), (6, 2024), (10, 2025)], lines) == set()
    )  # the year opens a row
    # the group opened a row (a status after the year), its cells out of order and unread: its own, the rows above
    # keep their year (gaji-county 91002 pdf2txt)
    assert (
        rows_of_late_group(rows, [(2, 2023), (6, 2024), (16, 2025)], [*lines, "공정률 80%", "미착수"])
        == set()
    )
    # figures after it: the group's rows print their cells there, their statuses cut off (saebom-county 27007 pdf2txt)
    assert (
        rows_of_late_group(rows, [(2, 2023), (6, 2024), (16, 2025)], [*lines, "154호 공급", "106호"]) == set()
    )


def test_geurim_78004_pdftotext_year_run_after_a_page_break(tmp_path: Path) -> None:
    """geurim-city 78004 (its fourth seed) pdftotext: 0.983 with 2 wrong goal figures (2024 and 2025 rows read
    as 2026) -> 0.988, 0 wrong."""
    src, _ = family_card(tmp_path, "geurim-city", 78004, "pdf")
    _exp, rec, score, wrong = pdftotext_scored(src, tmp_path)
    assert wrong == []
    assert [g["year"] for g in rec["goals"]] == [2025, 2026, 2024, 2025, 2026]
    assert score >= 0.98


def test_eunha_28011_pdftotext_group_year_after_its_rows(tmp_path: Path) -> None:
    """eunha-province 28011 (its fourth seed) pdftotext: 0.984 with 2 wrong goal figures (the 2025 row read as
    2024's) -> 0.934, every goal's figures an expected row's, no year given."""
    from pledgecard.scoring import wrong_goal_figures

    src, _ = family_card(tmp_path, "eunha-province", 28011, "pdf")
    exp, rec, score, _wrong = pdftotext_scored(src, tmp_path)
    assert wrong_goal_figures(exp, rec) == []
    assert [g.get("year") for g in rec["goals"]] == [None, None]
    printed = {(g["target_value"], g.get("actual_value")) for g in exp["goals"]}
    assert {(g["target_value"], g.get("actual_value")) for g in rec["goals"]} <= printed
    assert score >= 0.93


def _padded(left: str, right: str) -> str:
    """A line of a two-cell layout row as inscriptis lays it out: six spaces, the left cell padded to 50
    characters, the right cell padded too (every line of the row one width)."""
    return f"{'':6}{left:<50}{right:<51}"


def test_a_dash_of_a_left_tables_blank_cell_before_the_gutter_is_no_right_column_heading() -> None:
    """daon-special-city 42018 hwp5html: the funding table on the left prints ``-`` for a blank 비고 cell ten
    characters before the right column (the achievements); taken for a heading centred over that column, the
    right column was cut from there, its heading ``❸ 주요 추진실적`` lost in a line of the funding table
    (achievements 0 of 26 read: 0.477 -> 0.988)."""
    from pledgecard.extract.readers.text_lines import to_tline
    from pledgecard.extract.readers.text_side_columns import side_by_side

    rows = [
        ("❶ 사업 개요", "❸ 주요 추진실적"),
        ("• 사업기간 : 2018 ~2022 년", "㈎ 기 추진실적"),
        ("• 주요내용", "• 관련 현장 건의 23건 검토 : 2020. 9월"),
        ("– 기업 유치 및 전문인력 양성", "• 투자협약 체결 : '20. 7."),
        ("구분     계          국비         시비", "• 세부 추진실적"),
        (f"{'2020년  362,130    -          362,130':<40}-", "– 기반조성"),
        ("– 정류장 5개소 조성", "ㆍ 아카데미 운영 : '20. 9."),
    ]
    lines = [to_tline(k + 1, 1, _padded(a, b)) for k, (a, b) in enumerate(rows)]
    out = [ln.text.strip() for ln in side_by_side(lines) if ln.text.strip()]
    assert out[: len(rows)] == [a.rstrip() for a, _ in rows]
    assert out[len(rows) :] == [b for _, b in rows]


def test_daon_42018_hwp5html_reads_its_achievements_beside_the_funding(tmp_path: Path) -> None:
    """daon-special-city 42018 (its fourth seed) hwp5html: 0.477 (no achievement read) -> 0.988, 0 wrong."""
    from pledgecard import extract_file
    from pledgecard.scoring import wrong_goal_figures
    from samples.render_hwp import hwp_from_hwpx

    sc, wf = shared_tools()
    src, exp = family_card(tmp_path, "daon-special-city", 42018, "hwpx")
    hwp = tmp_path / "daon-42018.hwp"
    hwp_from_hwpx(src, hwp)
    out = tmp_path / "daon-42018-hwp5html.txt"
    converter_dump("hwp5html", hwp, out)
    (rec,) = extract_file(out)
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    assert wrong == []
    assert len(rec["achievements"]) == len(exp["achievements"])
    assert sc.score_record(exp, rec).score() >= 0.98
