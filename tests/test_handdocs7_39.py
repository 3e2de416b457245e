"""Session 39 (handdocs7)'s four cards written by hand and measured blind (samples/handmade/README.md, "Seventeenth
round"): a 특별자치시's PDF whose tables are ruled by horizontal lines only, its header a label-left grid whose
spanning values run over a column edge the other rows keep, the as-of date in the title line, the budget in 백만원
and the funding table in 천원, the goals with 달성률 and 비고 (``doc-areum-city-3-6.pdf``); a 군's HWPX whose header
is a table nested in the one cell of an outer table and whose funding table sets the years down, the sources
across, then 합계 and a running total ``누 계`` left blank on the 계 row (``doc-mulbit-county-2-4.hwpx``); a 도's
HWP 5 card that is one spreadsheet-like grid, every line a row of merged cells, its achievements a ``시기 |
추진내용`` log dated by quarters alone (``1/4분기``) under ``3. 2025년 추진실적`` (``doc-harang-province-7-5.hwp``;
both by ``samples/handmade/doc-39a.py``); a 특별시's card exported from a spreadsheet as comma-separated text
(``onnuri-special-city-csv-4-10.txt``). Blind (080269f8) 0.942 / 0.958 / 0.966 / 0.012 (0.738 over 117 figures,
0 wrong); after 1.000 each, 0 wrong.

The classes pinned:

- a spreadsheet saved as comma-separated text (CSV) read as running text, every line one paragraph of commas:
  nothing but the title read (extract/readers/text_sheet.sheet_rows: a dump holding no tab whose records agree
  on one field count of four or more is the sheet's comma-separated export, read as the tab-separated one);
- a quarter (``1/4분기``) or a half alone dating an item under a block naming its year: left unlabelled
  (sections/achievement_month_year.py ``PERIODS``: the block's year's, as a month alone is);
- a running total (``누 계``) after a turned funding table's 합계 column: its spaced head's last syllable read as
  the total's label (``계``), two total rows and the total row lost (sections/funding_source_labels.source_label:
  a spaced derived head names no source); the same table as a dump's lines, the 계 row leaving the running
  total's cell blank: no table (sections/funding_transposed._derived_blank, the sums proving it);
- a label-left header grid ruled by horizontal lines only, a spanning value (the 실천목표 row's) running over the
  column edge the other rows keep: the edge lost, ``3-6 추진상황`` one cell, the number, contact and co-operating
  departments unread (extract/readers/pdf_open_rows._spanned_joints: a rule's cell edge that two rows print on
  both sides of and only rows' last pieces cross is a column edge).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.pdf_open_pieces import Piece
from pledgecard.extract.readers.pdf_open_rows import column_edges
from pledgecard.extract.readers.text_sheet import sheet_rows
from pledgecard.extract.sections.achievement_month_year import month_in_as_of_year
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.normalize.dates import parse_date

from conftest import assert_handmade_floor, handmade_script

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"

FLOORS = {  # measured after the fixes (blind in brackets)
    "doc-areum-city-3-6.pdf": 1.0,  # (0.942)
    "doc-mulbit-county-2-4.hwpx": 1.0,  # (0.958)
    "doc-harang-province-7-5.hwp": 1.0,  # (0.966)
    "onnuri-special-city-csv-4-10.txt": 1.0,  # (0.012)
}

M = 1_000_000


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


@pytest.mark.parametrize("file", sorted(FLOORS))
def test_card_scores_its_floor_with_no_wrong_figure(file: str) -> None:
    assert_handmade_floor(HANDMADE / file, FLOORS[file])


def test_the_script_writes_the_committed_hwpx_and_hwp(tmp_path: Path) -> None:
    script = handmade_script("doc-39a")
    hwpx = script.script("doc-hwpx")
    out = tmp_path / "doc-mulbit-county-2-4.hwpx"
    hwpx.write_hwpx(out, "군수 공약사업 관리카드 2-4", script.mulbit_county(hwpx))
    assert out.read_bytes() == (HANDMADE / "doc-mulbit-county-2-4.hwpx").read_bytes()
    m = script.script("doc-hwpx")
    out = tmp_path / "doc-harang-province-7-5.hwp"
    script.script("doc-hwp").write_hwp(out, "공약사업 관리카드 7-5", script.harang_province(m), m)
    assert out.read_bytes() == (HANDMADE / "doc-harang-province-7-5.hwp").read_bytes()


def test_a_comma_separated_sheet_export_is_read_as_the_sheet() -> None:
    rows = sheet_rows((HANDMADE / "onnuri-special-city-csv-4-10.txt").read_text(encoding="utf-8"))
    assert rows is not None and {len(f) for f, _, _ in rows} == {6}
    funding = next(f for f, _, _ in rows if f[0] == "국비")
    assert funding == ["국비", "3,000", "500", "1,000", "1,000", "500"]  # a quoted field keeps its comma
    coop = next(f for f, _, _ in rows if f[0] == "주관부서")
    assert coop[4] == "관광정책과, 공원조성과"
    prose = "\n".join(["○ 총사업비 : 5,400백만원 (국비 1,200, 시비 2,520, 구비 1,680)", "○ 주요내용"] * 6)
    assert sheet_rows(prose) is None  # running text's commas: lines of every count
    narrow = "\n".join(["구분,계"] * 10)
    assert sheet_rows(narrow) is None  # fewer than four fields: no sheet


def test_a_quarter_alone_takes_the_year_of_its_block() -> None:
    year = parse_date("2025년")
    got = month_in_as_of_year({"raw": "1/4분기", "label": None}, year)
    assert got is not None and got["label"] == "2025-Q1"
    half = month_in_as_of_year({"raw": "상반기", "label": None}, year)
    assert half is not None and half["label"] == "2025-H1"
    point = parse_date("2025년 2분기 현재")
    assert month_in_as_of_year({"raw": "2/4분기", "label": None}, point)["label"] == "2025-Q2"  # type: ignore[index]
    assert month_in_as_of_year({"raw": "3/4분기", "label": None}, point) is None  # after the reporting point
    above = [{"text": "1단계 공사 (2024년)", "date": None}]
    assert month_in_as_of_year({"raw": "1/4분기", "label": None}, year, above) is None  # another year's item
    assert month_in_as_of_year({"raw": "2024. 1/4분기", "label": None}, year) is None  # its own year printed


def test_a_running_total_after_a_turned_funding_table() -> None:
    assert source_label(["누 계"]) is None  # a spaced derived head: its last syllable is no total's label
    assert source_label(["합 계 국 비"]) == "국비"  # a spanning word before a spaced label: as before
    assert source_label(["지방비 도비"]) == "도비"
    grid = [
        ["연 도", "국 비", "도 비", "군 비", "합 계", "누 계"],
        ["2024년", "500", "300", "200", "1,000", "1,000"],
        ["2025년", "700", "400", "300", "1,400", "2,400"],
        ["2026년", "300", "200", "100", "600", "3,000"],
        ["계", "1,500", "900", "600", "3,000", ""],
    ]
    columns, rows = interpret_grid(grid, M)
    assert [c["label"] for c in columns] == ["2024", "2025", "2026", "계"]
    assert [(r["source"], r["amounts_krw"]) for r in rows] == [
        ("national", [500 * M, 700 * M, 300 * M, 1500 * M]),
        ("provincial", [300 * M, 400 * M, 200 * M, 900 * M]),
        ("municipal", [200 * M, 300 * M, 100 * M, 600 * M]),
        ("total", [1000 * M, 1400 * M, 600 * M, 3000 * M]),
    ]
    printed = ["연도 국비 도비 군비 합계 누계", *[" ".join(r) for r in grid[1:4]], "계 1,500 900 600 3,000"]
    assert transposed_grid_from_lines(_lines(printed), None, M) == [
        ["", "국비", "도비", "군비", "합계"],
        ["2024년", "500", "300", "200", "1,000"],
        ["2025년", "700", "400", "300", "1,400"],
        ["2026년", "300", "200", "100", "600"],
        ["계", "1,500", "900", "600", "3,000"],
    ]
    wrong = [*printed[:-1], "계 1,500 900 600 3,100"]
    assert transposed_grid_from_lines(_lines(wrong), None, M) == []  # the sums disprove it: no table


def _piece(x0: float, x1: float, top: float) -> Piece:
    return Piece(x0=x0, x1=x1, top=top, bottom=top + 10)


def test_a_spanning_value_over_a_column_edge_of_a_line_ruled_grid() -> None:
    joints = [134.0, 273.0, 350.0] * 4
    body = [
        *[_piece(60, 100, y) for y in (140, 165, 190, 215)],  # the labels
        _piece(140, 160, 140),
        _piece(280, 330, 140),
        _piece(356, 400, 140),  # 관리번호 | 3-6 | 추진상황 | 정상추진
        _piece(140, 190, 165),
        _piece(280, 330, 165),
        _piece(356, 440, 165),
        _piece(140, 170, 190),
        _piece(280, 330, 190),
        _piece(356, 420, 190),
        _piece(140, 320, 215),  # 실천목표 | a value spanning the rest
    ]
    assert [round(x) for x in column_edges(body, 57, 538, 10.0, joints)] == [57, 134, 273, 350, 538]
    amid = [*body[:-1], _piece(140, 320, 215), _piece(356, 400, 215)]  # the crossing piece amid its row
    assert 273 not in [round(x) for x in column_edges(amid, 57, 538, 10.0, joints)]
    once = [*body[:4], body[4], body[5], body[6], _piece(140, 320, 165), _piece(140, 320, 190), body[-1]]
    assert 273 not in [
        round(x) for x in column_edges(once, 57, 538, 10.0, joints)
    ]  # one row holds it: no edge
