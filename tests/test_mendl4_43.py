"""Session 43, helper mendl4: the review of branch h-leftovers4 (tasks/s43/full-mendl4.md, /tmp/rev-leftovers4/).

1. (c1, SILENT) ``goal_extra_cells._worded_first`` took a short row's figure tokens (one run right before its
   status) for the head's LAST figure columns, the first ones worded cells, never checking that words beyond the
   project are printed: a BLANK actual (nothing printed, as a text dump prints an empty cell) shifted the figures
   (``2024 아이돌봄 인재양성 41호 - 10호 추진 중`` under ``계획 | 실적 | 전년대비 | 누적실적``: the target 41호
   read as the actual). Now a short row is read so only where its words before the figure run are a project that
   another row of the table prints (a row whose figure tokens are as many as the head's figure columns) followed
   by words of its own (the worded cells); else the table is unread with extract.table_unrecovered (the base's
   reading). Before -> after: target 41호 as the actual -> no goal read, the finding.
2. (c4, SILENT) the same with ``목표 | 실적 | 누계실적 | 상태`` (``2026 청년 일자리 인재양성 30명 12명 추진 중``:
   actual 30 -> the table unread with the finding). Seen, not fixed: a table whose rows are all short (no row
   proving the project's words) is unread now even where its rows do print worded cells (the leftovers4 test
   input gained a row proving its project).
3. (c5, lost facts) ``goal_running_actual``: a running-total head naming the year's own period (``당해연도
   누계실적``, ``실적(연간 누계)``, ``실적(당해 누계)``: a ``[goals_running_totals] within_year`` word) is that
   year's actual to date: read (base), no extract.goal_actual_running_total. Before -> after: actuals null with
   the finding -> 2 / 3 / 1.
4. (c3, wrong text) ``text_block_bounds._wrapped_cell_line``: a line wholly in brackets (``<연도별 운영 실적>``)
   or opening with a picture's caption tag is no wrapped cell's rest: the caption was read into the log table's
   last row and the years table lost its head (``구분 2023년 2024년 계``) -> as the base read it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import without_extra_cells
from pledgecard.extract.sections.goal_running_actual import running_only_head
from pledgecard.extract.sections.goal_table_rows import goal_rows
from pledgecard.pipeline import process_file

from conftest import family_card


def _cut(text: str) -> list[str] | None:
    got = without_extra_cells([Line(text=t, marker=None, indent=0, source=None) for t in text.splitlines()])
    return None if got is None else [ln.text for ln in got]


_NARAE = """연도 주요사업 계획 실적 전년대비 누적실적 추진상황 추진내용
2023 아이돌봄 기반 구축 92호 공급 46호 - 46호 추진 중 공동육아나눔터 운영 및 어르신 지원
2023 아이돌봄 인재양성 3.2km 2.2km - 2.2km 완료 거점센터 운영 및 어르신 지원
2024 아이돌봄 인재양성 41호 - 10호 추진 중"""


@pytest.mark.parametrize("row", ["41호 - 10호", "41호 +0호 10호"])
def test_blank_actual_shifts_no_figure(row: str) -> None:
    # c1: target 41호, actual blank: the table unread (base), never 41호 as the actual
    assert _cut(_NARAE.replace("41호 - 10호", row)) is None


def test_blank_actual_beside_a_running_total_shifts_no_figure() -> None:
    # c4: 목표 | 실적 | 누계실적, the year's actual blank
    text = """연도 주요사업 목표 실적 누계실적 추진상황 추진내용
2024 청년 일자리 인재양성 10명 8명 8명 완료 공유오피스 운영 및 청년 지원
2025 청년 일자리 기업 지원 45개 44개 44개 완료
2026 청년 일자리 인재양성 30명 12명 추진 중"""
    assert _cut(text) is None


def test_worded_cells_after_a_proven_project_are_read() -> None:
    text = """연도 주요사업 목표 실적 누계실적 추진상황
2024 청년 일자리 인재양성 10명 8명 8명 완료
2025 청년 일자리 인재양성 교육생 양성(15명) 12명 20명 추진 중"""
    assert _cut(text) == [
        "연도 주요사업 목표 실적 추진상황",
        "2024 청년 일자리 인재양성 10명 8명 완료",
        "2025 청년 일자리 인재양성 교육생 양성(15명) 12명 추진 중",
    ]


def test_worded_cells_with_no_project_proven_leave_the_table_unread() -> None:
    # every row short: which words are the project's is not told (the leftovers4 test's first input)
    text = """연도 세부사업 목표 실적 전년대비 누적실적 추진상황 추진내용
2025 실시설계 완료 행정절차 이행 - - 추진 중
2026 공공돌봄 교육생 양성(15명) - - - 미착수
2025 공공돌봄 협약 체결(15건) 12건 - 12건 추진중"""
    assert _cut(text) is None


def _table(rows: list[list[str]]) -> Table:
    return Table(
        cells=[Cell(r, c, x) for r, row in enumerate(rows) for c, x in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )


@pytest.mark.parametrize("head", ["당해연도 누계실적", "실적(연간 누계)", "실적(당해 누계)"])
def test_running_total_within_the_year_is_the_years_actual(head: str) -> None:
    rows = [
        ["연도", "사업명", "목표", head, "추진상황"],
        ["2024", "도서관 건립", "2개소", "2개소", "완료"],
        ["2025", "도서관 건립", "3개소", "3개소", "완료"],
        ["2026", "도서관 건립", "4개소", "1개소", "추진중"],
    ]
    totals: list[int] = []
    got = goal_rows(_table(rows), (), [], [], [], totals)
    assert [(g["year"], g["target_value"], g["actual_value"]) for g, _, _ in got] == [
        (2024, 2, 2),
        (2025, 3, 3),
        (2026, 4, 1),
    ]
    assert totals == []


@pytest.mark.parametrize(
    "head,within",
    [
        ("연도 사업명 목표 당해연도 누계실적 추진상황", True),
        ("연도 사업명 목표 연간 누계 실적 추진상황", True),
        ("연도 사업명 목표 실적(연간 누계) 추진상황", True),
        ("연도 사업명 목표 누계실적 추진상황", False),
        # the year's target, the actual still a running total
        ("연도 사업명 연간목표 누계실적 추진상황", False),
    ],
)
def test_text_head_within_the_year(head: str, within: bool) -> None:
    assert (running_only_head(head) is None) == within


@pytest.mark.parametrize("cap", ["<연도별 운영 실적>", "‹연도별 운영 실적>"])
def test_caption_under_a_log_row_is_no_wrapped_cell(tmp_path: Path, cap: str) -> None:
    src, _ = family_card(tmp_path, "hayan-district", 12, "pdf")
    lay = tmp_path / "layout.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(src), str(lay)], check=True, timeout=120)
    lines = lay.read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if "㈜미래로보틱스" in ln)
    h = next(k for k, ln in enumerate(lines) if ln.strip().startswith("구분") and "2023년" in ln and k > i)
    col = lines[i].index("연구개발")
    path = tmp_path / "edited.txt"
    path.write_text("\n".join(lines[: i + 1] + [" " * col + cap] + lines[h:]), encoding="utf-8")
    rec = process_file(path).records[0]
    rows = [" ".join(r) for t in rec.get("tables") or [] for r in t["rows"]]
    assert not any("연도별 운영 실적" in r for r in rows), rows
    assert "구분 2023년 2024년 계" in rows, rows
