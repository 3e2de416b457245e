"""Session 38's two template families (samples/README.md, "Two families of session 38"): ``saeron-city`` (the
achievements a ``월 | 추진사항 | 성과`` table a year block, the year printed only in the block's title ``▻ 2024년``,
the status after its progress ``진척도 65% 정상추진``, the funding in plain 원 without separators) and
``haneum-county`` (the as-of date in the page footer, the funding's years down under ``지방비`` over ``소계 | 도비 |
군비``, goals a matrix of 목표 / 실적 rows under the years). Blind, seeds 1-8: saeron-city PDF, HWPX, HWP 0.492, txt
0.480; haneum-county 0.951 every format (its goal units then unprinted: a generator fault, fixed); 0 wrong. After:
1.000 every format, 0 wrong.

The classes pinned (each by small inputs and by the committed files):

- a log table whose date column prints the month alone (``월`` | ``추진사항`` | ``성과``) is a log table, its rows'
  months those of their block's year, where the section prints such tables and nothing else (landed in session 39
  on extract/item_heads.months_column, head_line_cells, part_head_cells; sections/log_tables._tables_alone);
- a text dump of it, a cell a line: the rows dated by their month line with no year cell before them, a row's note
  cell (``완료``) on a line of its own no item, nor closing a row where the dump shows empty last cells' gaps
  (sections/log_tables: ``_head_cells``, ``without_note``);
- a status printed after its progress (``진척도 65% 정상``): a ``[header] progress`` label before the percent is no
  status word (normalize/status._progress); in a dump's line the status label left empty before that progress label
  takes its run as the status (extract/labels.split_labelled);
- a section title after a month / quarter / half scope word (``월별 추진실적``: vocabulary ``sections_scopes``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.item_heads import (
    head_line_cells,
    months_column,
    part_columns,
    part_head,
    part_head_cells,
)
from pledgecard.extract.labels import section_of, split_labelled
from pledgecard.normalize.status import status_code

from conftest import assert_handmade_floor

FAMILIES = Path(__file__).resolve().parent.parent / "samples" / "families"
# saeron-city's first seed as PDF, HWPX and text dump, haneum-county's text dump (every committed file is scored by
# tests/test_families.py)
FILES = [
    FAMILIES / "saeron-city" / "saeron-city-100002-pdf.pdf",
    FAMILIES / "saeron-city" / "saeron-city-100002-hwpx.hwpx",
    FAMILIES / "saeron-city" / "saeron-city-100002-txt.txt",
    FAMILIES / "haneum-county" / "haneum-county-101003-txt.txt",
]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_committed_files_score_one_with_no_wrong_figure(path: Path) -> None:
    assert_handmade_floor(path, 1.0)


def test_a_month_alone_date_column_heads_a_log_table() -> None:
    # landed in session 39 (h-famgen2) on handdocs5's one rule, not as h-famgen's own: a month-alone head is no head
    # of a log table of date parts (part_columns, part_head: a month table among a block's bullets stays a side
    # table), but item_heads.months_column's head, read only where the section prints log tables and nothing else
    # (log_tables._tables_alone; tests/test_famgen2_39.py)
    assert part_columns(["월", "추진사항", "성과"]) is None and not part_head("월 추진사항 성과".split())
    assert months_column([["월", "추진사항", "성과"], ["3월", "착공", "완료"]]) == ([0], 1)
    assert months_column([["추진월", "추진내용"], ["3월", "착공"]]) == ([0], 1)
    assert part_columns(["연도", "월", "추진내용"]) == ([0, 1], 2)  # the log table of two parts, as before
    assert months_column([["월", "비고"], ["3월", "착공"]]) is None  # no content column after it
    assert head_line_cells("월 추진사항 성과".split(), months=True) == (1, 3)
    assert head_line_cells("월 주요 추진내용".split(), months=True) == (1, 2)
    assert head_line_cells("월 중 추진".split(), months=True) is None
    assert part_head_cells(["▻ 2024년", "월", "추진사항"], months=True) == 2  # printed a cell a line
    assert part_head_cells(["▻ 2024년", "월", "추진사항"]) == 0


def test_the_dump_dates_a_month_in_its_year_block_and_reads_no_note_cell() -> None:
    recs = extract_file(FAMILIES / "saeron-city" / "saeron-city-100002-txt.txt")
    ach = recs[0]["achievements"]
    tops = [a for a in ach if a["level"] == 1]
    assert tops and all(a["date"] and a["date"]["precision"] == "month" for a in tops)
    assert all(
        a["date"]["start"][:4] == a["group"][:4] for a in tops
    )  # the block's year (▻ 2023년, ▻ 2025년)
    assert {a["group"] for a in ach} == {"2023년", "2025년"}
    assert not [a for a in ach if a["text"] in ("완료", "추진중")]  # the 성과 cells are no items
    assert not [a for a in ach if a["text"].endswith(" 완료") and a["level"] == 1 and "용역" not in a["text"]]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("진척도 65% 정상추진", "ongoing_normal"),
        ("진척도 100% 완료", "done"),
        ("진척도 40% 부진", "ongoing_delayed"),
        ("진척도: 30% 정상", "ongoing_normal"),
        ("진척도 65%", "other"),  # a progress with no status word: no status to read
        ("완료(100%)", "done"),  # as before
        ("추진중(공정률 45%)", "ongoing_normal"),
    ],
)
def test_a_status_after_its_progress_label(raw: str, code: str) -> None:
    assert status_code(raw) == code


def test_a_dump_line_status_label_before_a_progress_label() -> None:
    assert split_labelled("실천목표 중장기 추진 추진현황 진척도 100% 완료") == [
        ("target", "중장기 추진"),
        ("status", "진척도 100% 완료"),
    ]
    assert split_labelled("추진상황 정상 추진률 65%") == [
        ("status", "정상"),
        ("progress", "65%"),
    ]  # as before
    assert split_labelled("추진현황 진척도 65%") == [
        ("status", ""),
        ("progress", "65%"),
    ]  # no status word: apart


def test_a_month_scope_word_before_a_section_title() -> None:
    assert section_of("월별 추진실적") == "achievements"
    assert section_of("분기별 추진실적") == "achievements"
    assert section_of("월별 계획") is None
