"""Mends of the review of h-famgen11 (session 44, helper mendf11): goal years a goal table printed a cell a line
does not prove.

Classes fixed, by structure (extract/sections/goal_trailing_years.py, called from goal_cells_a_line):

1. ``repeats_under_one_year``: rows under one year line that repeat an indicator printed above them under that line
   (the same project and the same unit after the target's figures) are a later year's rows whose own year cell
   printed elsewhere: a year holds one target of an indicator. From the repeat on their years are null with
   ``extract.goal_year_unproven``. Only under the table's LAST year line: rows a later year line closes are that
   year's (a generated card prints one indicator four times under 2023, tests/test_mendb_37 late.txt; the first
   draw of this rule, reaching every group, broke it). bitsaem-city seed 120038 pdftotext (``2025`` / ``공정률 70%`` / ``공정률 100%``,
   the row's own ``2026`` printed after the funding table's year heads): read (2025, 공정률 100%) silently ->
   (None, 공정률 100%) with the finding (wrong goal figures by scoring.wrong_goal_figures 1 -> 0).
2. ``one_row_a_year_unproven``: rows placed one a year by year lines printed after them (``2023`` / row / row /
   ``2024``, the same indicator: review c1/c3) may as well be the first year's, the closing year's row printed
   empty; the count proves no run, so the later rows' years are null with the finding (read (2024, 200호 공급)
   silently before). Runs of two rows or more repeating the first run's indicators in order keep their years.

Measured (goals compared goal by goal, wrong figures by conftest.wrong_figures_of plus the year-aware
scoring.wrong_goal_figures): the pdftotext / -raw / -layout dumps of every committed family PDF (606 dumps) and the
review's three c4 dumps, read with both rules switched off -> on: the ONLY change is bitsaem-city 120038 pdftotext
(its 2026 row's year 2025 -> null with the finding; wrong 1 -> 0); no year nulled that was read right elsewhere;
wrong figures over all 609 dumps 3 -> 2.

Seen, not fixed (not year rules): bitsaem-city 120024 pdftotext (review c4) reads its first target as
``공정률 80% 공정률`` (the actual cell ``공정률`` / ``74%`` printed on two glued lines, its first line joined to the
target; years null; the counter pairs its goals by target and counts one actual wrong); moraenae-county 121060
pdftotext one achievement count (achievements[22].counts, [112] vs [370]).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.goal_cells_a_line import goal_cells

HEAD = ["세부사업", "목표", "실적", "달성률", "추진상황"]
A = ["재활용 선별장 조성", "182호 공급", "93호", "51%", "완료"]
B = ["4.3km", "3.9km", "91%", "완료"]  # the project cell merged over the rows
C = ["200호 공급", "150호", "75%", "완료"]  # A's indicator, the project merged


def _years(lines: list[str]) -> list[tuple[int | None, str | None, bool]]:
    got = goal_cells(lines)
    assert got is not None
    return [(r.year, r.target, r.year_unproven) for r in got[0]]


def test_an_indicator_repeated_under_one_year_line_proves_no_year() -> None:
    """``2023`` / A / A's indicator again, nothing after: the repeat is null and unproven (before: 2023)."""
    assert _years([*HEAD, "2023", *A, *C]) == [(2023, "182호 공급", False), (None, "200호 공급", True)]
    # the rows after the repeat too (their year cells may be printed elsewhere as well)
    assert _years([*HEAD, "2023", *A, *C, *B]) == [
        (2023, "182호 공급", False),
        (None, "200호 공급", True),
        (None, "4.3km", True),
    ]


def test_a_repeat_under_a_year_line_a_later_year_line_closes_keeps_it() -> None:
    """Rows under a year line that a later year line of the table closes are that year's, repeats or not (every
    year of the table printed with rows of its own: tests/test_mendb_37 late.txt, one indicator four times)."""
    d = ["탄소중립 지원사업", "1.2km", "1.0km", "83%", "완료"]
    assert _years([*HEAD, "2023", *A, *C, "2024", *d]) == [
        (2023, "182호 공급", False),
        (2023, "200호 공급", False),
        (2024, "1.2km", False),
    ]


def test_rows_of_different_indicators_under_one_year_line_keep_it() -> None:
    """No indicator printed twice under the year line: the rows are that year's, as printed."""
    assert _years([*HEAD, "2023", *A, *B]) == [(2023, "182호 공급", False), (2023, "4.3km", False)]
    d = ["탄소중립 지원사업", "1.2km", "1.0km", "83%", "완료"]
    assert _years([*HEAD, "2023", *A, "2024", *C, *d]) == [
        (2023, "182호 공급", False),
        (2024, "200호 공급", False),
        (2024, "1.2km", False),
    ]


def test_one_row_a_year_placed_by_a_closing_year_line_is_unproven() -> None:
    """``2023`` / A / A's indicator / ``2024`` (review c1/c3): before (2023, 2024), the second silently; now the
    second's year null with the finding. Runs of two rows repeating in order stay placed."""
    assert _years([*HEAD, "2023", *A, *C, "2024"]) == [
        (2023, "182호 공급", False),
        (None, "200호 공급", True),
    ]
    assert _years([*HEAD, "2023", *A, "재활용 선별장 조성", *C, "2024"]) == [
        (2023, "182호 공급", False),
        (None, "200호 공급", True),
    ]
    assert [(y, t) for y, t, _ in _years([*HEAD, "2023", *A, *B, *A, *B, "2024"])] == [
        (2023, "182호 공급"),
        (2023, "4.3km"),
        (2024, "182호 공급"),
        (2024, "4.3km"),
    ]


def test_bitsaem_120038_pdftotext_reads_no_wrong_goal_year(tmp_path: Path) -> None:
    """bitsaem-city 120038 rendered and dumped by pdftotext: the 2026 row's year cell printed after the funding
    table's heads; before (2025, 공정률 100%) silently (1 wrong goal figure), now null with the finding."""
    from test_text_converters import converter_dump

    from pledgecard.pipeline import process_file
    from pledgecard.scoring import wrong_goal_figures

    from conftest import family_card

    pdf, exp = family_card(tmp_path, "bitsaem-city", 120038, "pdf")
    out = tmp_path / "bitsaem-city-120038-pdftotext.txt"
    converter_dump("pdftotext", pdf, out)
    result = process_file(out)
    [got] = result.records
    assert [(g["year"], g["target"]) for g in got["goals"]] == [(2025, "공정률 70%"), (None, "공정률 100%")]
    assert [(g["year"], g["target"]) for g in exp["goals"]] == [(2025, "공정률 70%"), (2026, "공정률 100%")]
    assert wrong_goal_figures(exp, got) == []
    assert "extract.goal_year_unproven" in repr(result)
