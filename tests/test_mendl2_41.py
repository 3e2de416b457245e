"""Session 41, helper mendl2: the review of h-leftovers2 (tests/test_leftovers2_41.py), mended.

1. (silent wrong, review c3 "goal-like cols") A section printing only log tables, a text head ``연도 추진내용 목표
   실적`` over rows ``2022 체험객 모집 100명 120명``: the year-alone head rule (item_heads.years_head) checked only its
   first two cells, so the rows became achievements counting 100 and 120 (a target read as an achieved count). A
   year-alone head is a log head only when the cells after its content head are an outcome's or a note's
   (``성과``, ``비고``: the vocabulary's ``[item_table] outcome`` / ``[note_column]``), never a goal table's.
   Measured: 2 achievements with counts [100, 120] / [150, 90] -> none, the rows kept as a table (the base reading).
2. (lost, review c4) The same head as a document-model table (``연도 | 추진내용 | 목표 | 실적``): read as a log, its
   figures dropped -> not a log table (log_lines None, the table kept), as the base read it.
3. (wrong date / lost months, review c3) Under a year-alone head, rows opening with a month (``3월 …``, the year in a
   title above), a span of years (``2022~2023 …``, ``2022 ~ 2023 …``): months dropped, or a two-year row dated by its
   first year. The head is a log head only where every row opening with a date opens with ONE year
   (item_heads.one_year_rows; log_tables._row_texts); else the base reading (the rows kept as a table).
   Measured: the three cases -> the base reading (no achievement dated by a guess); rows of one year each read
   as before (``2022 12개 기업 협약 체결`` dated 2022, counting 12).
4. (lost, review c2) hayan-district 12 ``pdftotext -layout`` edited: a log row's content printed on the line right
   under its date line (``2024년  10월`` then ``문화관광 연도별 운영 실적``), the side table of years (``구분  2023년
   2024년  계``) right under it. text_block_bounds.years_head_below counted the row's month cell ``10월`` as a body
   figure, so the years head "ended" the block and before_group cut above the whole row group: the log row and the
   years table (18/36/54, 44/33/77, 36/16/52) lost with no finding. A cell printing only a year and / or a month
   is a date, no figure of a body (text_block_bounds._date_cell). Measured on both reviewer variants: the reading
   now equals the base's (the row and the table's figures kept as the log row's text; 0 figures lost).
5. (lost, review c1) goal_short_row.rate_agrees demanded one number in the target and the actual: merged goal rows
   ``1단계 공정률 100%`` | ``1단계 공정률 66%`` | ``66%`` and ``공정률 100%`` | ``공정률 66%(6월 기준)`` | ``66%`` the base
   carried right were left unread. Each cell's figure is now its measure's: its one percentage, else its one figure
   whose unit is no date word, the two of one unit. Measured on the reviewer's 12 rows: 2 unread -> carried
   (target / actual as printed); the dash / words / no-rate rows stay unread.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_mendf_39 import _swapped

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.item_heads import one_year_rows, years_head
from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_block_bounds import years_head_below
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_short_row import rate_agrees
from pledgecard.extract.sections.log_tables import log_lines
from pledgecard.pipeline import process_file

from conftest import family_card

H = "▲ Ⅲ. 월별 추진실적\n\n"


def _table(rows: list[list[str]]) -> Table:
    cells = [Cell(r, c, x) for r, row in enumerate(rows) for c, x in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))


def _read(tmp_path: Path, section: str) -> tuple[list[tuple[str | None, str, list[int]]], list[dict]]:
    rec = process_file(_swapped(tmp_path, "x", H + section)).records[0]
    achs = [
        ((a.get("date") or {}).get("label"), a["text"], [c["value"] for c in a.get("counts") or []])
        for a in rec["achievements"]
    ]
    return achs, rec.get("tables") or []


def test_years_head_needs_outcome_or_note_tail() -> None:
    assert years_head(["연도", "추진사항", "성과"])
    assert years_head(["연도", "추진사항"])
    assert not years_head(["연도", "추진내용", "목표", "실적"])


def test_goal_like_year_table_is_no_log() -> None:
    rows = [["연도", "추진내용", "목표", "실적"], ["2022", "체험객 모집", "100명", "120명"]]
    assert log_lines(_table(rows), alone=True) is None
    rows = [["연도", "추진사항", "성과"], ["2022", "기본계획 수립", "완료"], ["2024", "협약 체결", "완료"]]
    got = log_lines(_table(rows), alone=True)
    assert got is not None and [line.text for line in got] == ["기본계획 수립 : 2022년", "협약 체결 : 2024년"]
    rows = [
        ["연도", "추진사항", "성과"],
        ["2022~2023", "기본계획 수립", "완료"],
        ["2024", "협약 체결", "완료"],
    ]
    assert log_lines(_table(rows), alone=True) is None  # a span of years: no row dated by its first year


def test_goal_like_text_head_counts_nothing(tmp_path: Path) -> None:
    achs, tables = _read(
        tmp_path, "연도 추진내용 목표 실적\n\n2022 체험객 모집 100명 120명\n\n2023 체험객 모집 150명 90명\n\n"
    )
    assert not any(counts for _, _, counts in achs), achs
    assert any("100명" in " ".join(r) for t in tables for r in t["rows"]), tables


def test_one_year_rows() -> None:
    assert one_year_rows(["2022 기본계획 수립 완료", "참여기업 모집", "2023 협약 체결"])
    assert one_year_rows(["2022 12개 기업 협약 체결"])
    assert not one_year_rows(["3월 기본계획 수립 완료", "5월 협약 체결"])
    assert not one_year_rows(["2022~2023 기본계획 수립 완료", "2024 협약 체결"])
    assert not one_year_rows(["2022 ~ 2023 기본계획 수립 완료", "2024 협약 체결"])
    assert not one_year_rows(["2023년 3월 기본계획 수립"])


@pytest.mark.parametrize(
    "rows",
    [
        "2022~2023 기본계획 수립 완료\n\n2024 참여기업 협약 체결 완료\n\n",
        "2022 ~ 2023 기본계획 수립 완료\n\n2024 참여기업 협약 체결 완료\n\n",
    ],
)
def test_year_span_rows_dated_by_no_guess(tmp_path: Path, rows: str) -> None:
    achs, _ = _read(tmp_path, "연도 추진사항 성과\n\n" + rows)
    # no row spanning two years is dated by its first year alone
    assert not any(d == "2022" and "2023" in text for d, text, _ in achs), achs


def test_month_rows_under_year_head_keep_months(tmp_path: Path) -> None:
    achs, tables = _read(
        tmp_path,
        "▻ 2023년\n\n연도 추진사항 성과\n\n3월 기본계획 수립 완료\n\n5월 참여기업 협약 체결 완료\n\n",
    )
    # the months printed are not dropped: either the rows read dated by their month or kept as printed
    kept = " ".join(" ".join(r) for t in tables for r in t["rows"])
    assert all(d and d.endswith(("-03", "-05")) for d, _, _ in achs) or "3월" in kept, (achs, tables)


def test_one_year_rows_read_as_before(tmp_path: Path) -> None:
    achs, _ = _read(tmp_path, "연도 추진사항 성과\n\n2022 12개 기업 협약 체결\n\n2023 3개 기업 추가 협약\n\n")
    assert achs == [("2022", "12개 기업 협약 체결", [12]), ("2023", "3개 기업 추가 협약", [3])]


def test_rate_agrees_takes_the_measure_figure() -> None:
    assert rate_agrees("1단계 공정률 100%", "1단계 공정률 66%", "66%")
    assert rate_agrees("공정률 100%", "공정률 66%(6월 기준)", "66%")
    assert rate_agrees("2026년 설치 5개소", "설치 3개소", "60%")  # (a date's figure is no measure)
    assert not rate_agrees(
        "누적 5개소(연 2개소)", "누적 3개소", "60%"
    )  # which figure is the measure's: unknown
    assert not rate_agrees("1단계 공정률 100%", "1단계 공정률 66%", "50%")
    assert not rate_agrees("공정률 100%", "공정률 66%", "-")
    assert not rate_agrees("도시숲 2개소 조성", "도시숲 3개소 조성", "-")


HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]
ROW1 = ["2024", "해양레저 지원사업", "59호 공급", "56호", "95%", "추진중"]


@pytest.mark.parametrize(
    "row",
    [["1단계 공정률 100%", "1단계 공정률 66%", "66%"], ["공정률 100%", "공정률 66%(6월 기준)", "66%"]],
)
def test_merged_goal_row_carried(row: list[str]) -> None:
    rows, unread = goal_cells([*HEAD, *ROW1, "2025", *row, "추진중"])
    assert not unread
    assert [(r.project, r.year, r.target, r.actual) for r in rows][1:] == [
        ("해양레저 지원사업", 2025, row[0], row[1])
    ]


def test_merged_goal_row_dash_rate_unread() -> None:
    rows, unread = goal_cells([*HEAD, *ROW1, "2025", "공정률 100%", "공정률 66%", "-", "추진중"])
    assert unread and len(rows) == 1


_LOG_ROW = (
    "  연도          월                                  추진내용\n\n"
    " 2024년        10월\n"
    "                     문화관광 연도별 운영 실적\n"
    "         구분                2023년                 2024년                    계\n\n"
    "       취업자                  18                       36                   54\n"
)


def test_a_month_cell_is_no_body_figure() -> None:
    lines = split_lines(_LOG_ROW)
    years = next(i for i, ln in enumerate(lines) if "2023년" in ln.text)
    assert not years_head_below(lines, 0, years, cells_row)
    found = find_block(lines, 0)
    assert found is not None and "54" in lines[found[1]].text


def hayan_layout_edited(tmp_path: Path, new: str) -> Path:
    """hayan-district 12's ``pdftotext -layout`` dump with its log row over the years table's head (``2024년 10월
    문화관광 연도별 운영 실적``, a blank line, ``구분``) printed as ``new`` instead."""
    src, _ = family_card(tmp_path, "hayan-district", 12, "pdf")
    lay = tmp_path / "layout.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(src), str(lay)], check=True, timeout=120)
    text = lay.read_text(encoding="utf-8")
    old = " 2024년        10월   문화관광 연도별 운영 실적\n\n         구분"
    assert old in text
    path = tmp_path / "edited.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_hayan_log_row_content_under_its_date_line_keeps_the_years_table(tmp_path: Path) -> None:
    new = " 2024년        10월\n                     문화관광 연도별 운영 실적\n         구분"
    rec = process_file(hayan_layout_edited(tmp_path, new)).records[0]
    printed = [a["text"] for a in rec["achievements"]] + [
        " ".join(r) for t in rec.get("tables") or [] for r in t["rows"]
    ]
    for figures in ("18 36 54", "44 33 77", "36 16 52"):
        assert any(figures in p for p in printed), printed
    assert any("연도별 운영 실적" in p for p in printed), printed
