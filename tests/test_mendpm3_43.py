"""Session 43 (helper mendpm3): the review of h-pdfminer3 (merged), its three findings mended.

1. (c1 / c3, silent wrong figures) funding_print_boxes.placed_by_print_order searched a grid again with the dashes
   floating (place_by_sums(..., floating_zeros=True)) whenever the strict search found none and a dash was printed,
   whatever broke the box order. Where a FIGURE printed out of order, the loosened search found one grid, a wrong
   one keeping every row's and column's sum (two period columns exchanged): dolbit-city 12's pdf2txt dump with its
   595 and first 3,846 trading print places read 2024 and 2025 exchanged, no finding; 10 of 525 random grids so.
   No sum tells two exchanged period columns apart; only the print order does, and it is what broke: the floating
   search is dropped (funding_sum_search as before h-pdfminer3). Before -> after: c1 and the ten sweep grids
   placed wrong -> null (extract.table_unrecovered); dolbit-city 12's own pdf2txt grid, placed right by the
   floating search, is null again (0.889 -> 0.543, money lost 0 -> 28): a narrower rule, not a wrong one.
2. (c4, silent wrong figures) funding_term_column.with_term_columns made an in-term head cell (임기내) a column of
   the stream reader where no year head prints; in a table with no total column and no 계 row, printed column by
   column, funding_stream.from_stream dealt the figures row-major into it: 9 of 12 cells wrong, no finding.
   from_stream keeps the in-term column only where the table it reads has a total column and a total row (the sums
   then place the box print, funding_print_boxes); else it reads the section as without it. Before -> after: 12
   figures, 9 wrong -> the section empty (extract.section_empty), as before h-pdfminer3.
3. (c2, facts lost) a 임기내 head spanning sub-heads that are not years (1차년도 | 2차년도) was made a column: one
   column too many, the section read nothing (25 figures lost). An in-term cell with a head other than a sibling
   period's (기투자, 임기후, a total) printed after it before the first figure is their spanning heading, no column
   (funding_term_column._sub_heads_under). Before -> after: section empty -> 총사업비 | 기투자 | 1차년도 | 2차년도 |
   임기후, all 25 figures right.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
from test_text_converters import converter_dump

from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_column_heads import stream_token
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums
from pledgecard.extract.sections.funding_term_column import with_term_columns
from pledgecard.extract.vocabulary import current
from pledgecard.pipeline import card_results

from conftest import family_card

_M = 1_000_000


def _read(dump: Path) -> tuple[dict[str, Any], list[str]]:
    (card, findings), *_ = card_results(read_path(dump), str(dump))
    return card.record, [f.get("code") for f in findings]


def _rows(record: dict[str, Any]) -> list[list[int | None]]:
    rows = (record.get("funding") or {}).get("rows") or []
    return [[None if v is None else v // _M for v in r["amounts_krw"]] for r in rows]


def _pdf2txt(tmp_path: Path, family: str) -> list[str]:
    src, _ = family_card(tmp_path, family, 12, "pdf")
    out = tmp_path / f"{family}-12-pdf2txt.txt"
    converter_dump("pdf2txt", src, out)
    return out.read_text(encoding="utf-8").split("\n")


# --- 1. a figure printed out of the box order: no floating-dash search --------------------------------------------


def test_c1_dolbit_with_a_figure_out_of_box_order_stays_null(tmp_path: Path) -> None:
    """dolbit-city 12's pdf2txt dump, 2023's 민자 595 and 2025's 계 3,846 trading print places. Before: 2024 and
    2025 read exchanged (계 [20419, 2091, 3846, 907, ...]), no finding. After: the grid null, its finding."""
    lines = _pdf2txt(tmp_path, "dolbit-city")
    i, j = lines.index("595"), lines.index("3,846")
    lines[i], lines[j] = lines[j], lines[i]
    dump = tmp_path / "swapped.txt"
    dump.write_text("\n".join(lines), encoding="utf-8")
    record, codes = _read(dump)
    rows = _rows(record)
    assert rows and all(v is None for r in rows for v in r)
    assert "extract.table_unrecovered" in codes


# the c3 sweep's grids (total column first, 계 row first) printed with two figures trading places, each read by the
# floating search as one wrong grid keeping every row total: (rows, columns, as printed)
_SWEEP = [
    (3, 3, [87, 7, 7, 80, 0, 7, 80, 80, 0]),
    (3, 5, [208, 65, 105, 3, 40, 100, 5, 100, 0, 0, 103, 60, 0, 3, 40]),
    (4, 5, [752, 614, 70, 68, 60, 600, 0, 0, 600, 0, 0, 60, 79, 9, 70, 0, 13, 5, 0, 8]),
    (3, 4, [395, 310, 85, 380, 300, 80, 5, 10, 0, 5, 0, 10]),
    (4, 3, [1150, 600, 600, 600, 0, 550, 500, 500, 0, 50, 50, 0]),
    (3, 5, [24, 19, 5, 9, 9, 0, 3, 0, 3, 10, 2, 0, 2, 0, 10]),
    (3, 5, [1208, 500, 708, 8, 100, 0, 8, 0, 100, 400, 400, 0, 700, 0, 700]),
    (3, 4, [1013, 703, 310, 13, 3, 10, 300, 700, 0, 700, 0, 300]),
    (4, 3, [550, 150, 400, 400, 400, 0, 50, 0, 50, 100, 0, 100]),
    (3, 3, [970, 900, 900, 900, 0, 70, 70, 70, 0]),
]


@pytest.mark.parametrize(("rows", "cols", "printed"), _SWEEP)
def test_c3_sweep_grids_with_a_figure_out_of_box_order_place_nothing(
    rows: int, cols: int, printed: list[int]
) -> None:
    """Before: one wrong grid each (two period columns exchanged, every row total kept). After: no placement."""
    sums = GridSums(rows, cols, 0, tuple(range(1, cols)), 0)
    assert place_by_sums(printed, [0.5] * len(printed), sums).grid is None
    assert "floating_zeros" not in inspect.signature(place_by_sums).parameters


# --- 2 / 3. an in-term head: a column only where it is one and the sums place its figures ----------------------

_C2_LABELS = ["구분", "계", "국비", "도비", "시비", "기타"]
_C2 = [
    "총사업비", "기투자", "투자계획", "임기내", "1차년도", "2차년도",
    "32,238", "7,896", "5,461", "10,777", "8,104", "2,330", "884", "-", "395", "1,051",
    "12,492", "3,000", "5,461", "4,000", "31", "10,954", "1,420", "-", "5,034", "4,500",
    "(단위: 백만원)", "임기후", "6,462", "2,592", "-", "1,348", "2,522", *_C2_LABELS,
]  # fmt: skip
_C4 = [
    "기투자", "투자계획", "임기내",
    "884", "-", "395", "1,051",
    "4,420", "5,461", "9,034", "4,531",
    "(단위: 백만원)", "임기후", "2,592", "-", "1,348", "2,522", "구분", "국비", "도비", "시비", "기타",
]  # fmt: skip


def _put(tmp_path: Path, cells: list[str]) -> Path:
    """norae-city 12's pdf2txt dump with its funding section's cells replaced by ``cells`` (one a line)."""
    text = "\n".join(_pdf2txt(tmp_path, "norae-city"))
    head, rest = text.split("\n총사업비\n", 1)
    _, tail = rest.split("\n기타\n", 1)
    out = tmp_path / "put.txt"
    out.write_text(head + "\n" + "\n\n".join(cells) + "\n" + tail, encoding="utf-8")
    return out


def test_c2_in_term_over_ordinal_years_is_their_spanning_heading_in_the_stream() -> None:
    """임기내 over 1차년도 | 2차년도: before a column token (six columns for five); after the stream unchanged."""
    text = "\n\n".join(_C2)
    stream = list(current().build(stream_token).finditer(text))
    assert with_term_columns(text, stream) == stream
    columns, _ = funding_from_stream(text, _M)
    assert [c["label"] for c in columns] == ["총사업비", "기투자", "1차년도", "2차년도", "임기후"]


@pytest.mark.parametrize("subs", [("24년", "25년"), ("1단계", "2단계"), ("상반기", "하반기")])
def test_in_term_over_any_sub_heads_is_no_column(subs: tuple[str, str]) -> None:
    """Years printed short, 단계, halves under 임기내: the in-term cell is no column token (before: it was)."""
    text = "\n\n".join(_C2).replace("1차년도", subs[0]).replace("2차년도", subs[1])
    stream = list(current().build(stream_token).finditer(text))
    assert [m.group(0).strip() for m in with_term_columns(text, stream)] == [
        m.group(0).strip() for m in stream
    ]


def test_c2_card_reads_all_25_figures(tmp_path: Path) -> None:
    """Before: extract.section_empty, 25 figures lost. After: the grid read right."""
    record, _ = _read(_put(tmp_path, _C2))
    assert [c["label"] for c in record["funding"]["columns"]] == [
        "총사업비",
        "기투자",
        "1차년도",
        "2차년도",
        "임기후",
    ]
    assert _rows(record) == [
        [32238, 2330, 12492, 10954, 6462],
        [7896, 884, 3000, 1420, 2592],
        [5461, 0, 5461, 0, 0],
        [10777, 395, 4000, 5034, 1348],
        [8104, 1051, 31, 4500, 2522],
    ]


def test_c4_in_term_column_without_totals_is_not_dealt_in_the_stream() -> None:
    """기투자 | 임기내 | 임기후, no total column, no 계 row, printed column by column. Before: 12 figures dealt
    row-major (국비 [884, 0, 395], ...: 9 wrong). After: nothing read (as before h-pdfminer3)."""
    assert funding_from_stream("\n".join(_C4), _M) == ([], [])


def test_c4_card_leaves_the_section_empty(tmp_path: Path) -> None:
    """Before: 9 of 12 cells wrong, no finding. After: no figure, extract.section_empty."""
    record, codes = _read(_put(tmp_path, _C4))
    assert all(v is None for r in _rows(record) for v in r)
    assert "extract.section_empty" in codes


def test_norae_in_term_column_with_totals_still_read(tmp_path: Path) -> None:
    """The case h-pdfminer3 mended (총사업비 column and 계 row): read as it read it."""
    dump = tmp_path / "norae.txt"
    dump.write_text("\n".join(_pdf2txt(tmp_path, "norae-city")), encoding="utf-8")
    record, _ = _read(dump)
    assert [c["label"] for c in record["funding"]["columns"]] == ["총사업비", "기투자", "임기내", "임기후"]
    assert _rows(record)[0] == [32238, 2330, 23446, 6462]
