"""Session 35 (layout): pdftotext -layout dumps still losing facts.

1. A side table standing among a log table's rows (``연번 | 기업명 | 분야 | 참여인원`` under ``추진일자 | 추진내용 |
   비고``) cut by a page break: the new page opens with the side table's last row and the log's head printed again
   under it, one blank line apart. The block opening the page took the head for a second row of the side table
   (its repeat was looked for only under a block's second row), so the log's rows after it read as little side
   tables or unplaced text: a row of words printed before, off the block's columns, ends the block even right under
   its first row (extract/readers/text_aligned_blocks.find_block, text_block_bounds.head_again). Crossbreed 6330
   layout: 0.730 -> 0.979, 2 wrong figures -> 0 (the log rows' counts read one row off)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_break_sum_rows import rows_by_sums
from pledgecard.extract.readers.text_cells import RCell, Row
from pledgecard.extract.readers.text_col_year_stack import stacks_year_head
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_layout import analyse
from pledgecard.extract.readers.text_lines import Seg, split_lines

from conftest import expected_scored, family_card, pinned_families

LOG_HEAD = "   추진일자                                 추진내용                                    비고\n"


# 1. a side table's last row opening the page, the log's head printed again right under it


def _side_table_over_break() -> list:
    return split_lines(
        LOG_HEAD + "\n"
        "                수요응답형 교통 참여기업 현황\n\n"
        "           연번                     기업명                               분야                    참여인원\n\n"
        "            1                 ㈜가온에너지                            연구개발                        19\n\n"
        "            2              ㈜늘품엔지니어링                                 서비스                      22\n\n"
        "                                                     -1-\n\f"
        "             3              ㈜해든바이오             서비스            23\n\n"
        "   추진일자                               추진내용                       비고\n\n"
        "  2022. 10월       · 신규 참여기업 협약                                       완료\n"
    )


def test_a_log_head_printed_again_under_the_one_row_opening_a_page_ends_that_block() -> None:
    lines = _side_table_over_break()
    top = next(i for i, ln in enumerate(lines) if ln.text.strip().startswith("3 "))
    again = max(i for i, ln in enumerate(lines) if ln.text.strip().startswith("추진일자"))
    blk = find_block(lines, top)
    assert blk is not None and blk[1] < again  # the side table's row alone
    # a row of words printed only once, or printed before in the block's own columns, is a row all the same
    once = split_lines(
        "             3              ㈜해든바이오             서비스            23\n\n"
        "   추진일자                               추진내용                       비고\n"
    )
    assert find_block(once, 0)[1] == 2
    alike = split_lines(
        "  청년 일자리              공유오피스 운영\n\n"
        "  청년 일자리              공유오피스 운영\n\n"
        "  청년 일자리              공유오피스 운영\n"
    )
    assert find_block(alike, 2)[1] == 4


def test_crossbreed_6330_layout_reads_the_log_rows_after_the_side_table(tmp_path: Path) -> None:
    from samples.crossbreed import run_cross

    run_cross(6330, ("layout",), tmp_path, keep=True, families=pinned_families())
    exp, got, score, wrong = expected_scored(tmp_path / "cross-6330" / "cross-6330-layout.txt")
    assert not wrong
    assert score >= 0.97  # measured 0.730 -> 0.979
    # every dated log row read with its date (where it starts: a range wrapped over three lines keeps its end
    # unread), the side table ending at its own last row
    assert [a["date"]["start"] for a in got["achievements"] if a["date"]] == [
        a["date"]["start"] for a in exp["achievements"] if a["date"]
    ]
    assert [t["rows"][-1] for t in got["tables"]] == [["4", "㈜해든바이오", "서비스", "23"]]


# 2. a year head run into the total's head beside it (display columns spreading a Hangul head right)

HEAD_OVER_YEARS = (
    "                                           연도별 투자 실적 및 계획\n"
    "     구분          총사업비\n"
    "                         2023년       2024년       2025년       2026년       임기후\n\n"
    "     국비            276          84         41            -       48          103\n\n"
    "     시비            163           -         16          32            -       115\n\n"
    "     민자            137           -           -         16        38            83\n"
)


def test_a_year_head_under_the_totals_head_stays_a_column_of_its_own() -> None:
    lines = split_lines(HEAD_OVER_YEARS)
    table = build_table(lines)
    assert table is not None
    heads = table.grid()[1]
    assert heads[1:] == ["총사업비", "2023년", "2024년", "2025년", "2026년", "임기후"]
    assert table.grid()[-1] == ["민자", "137", "-", "-", "16", "38", "83"]


def test_a_cell_stacking_a_year_head_under_other_words_is_two_heads() -> None:
    def rows(*texts: str) -> list[Row]:
        segs = [Seg(text=t, x0=0, x1=len(t), c0=0, c1=len(t), line=k + 1) for k, t in enumerate(texts)]
        return [Row(cells=[RCell(segs=segs, x0=0, x1=8)])]

    assert stacks_year_head(rows("총사업비", "2023년"))
    assert not stacks_year_head(rows("2023", "년"))  # a year wrapped in its own cell
    assert not stacks_year_head(rows("연도별", "투자계획"))
    assert not stacks_year_head(rows("2023년"))


@pytest.mark.parametrize(("family", "seed", "floor"), [("haneul-city", 18007, 1.0)])
def test_layout_funding_under_a_total_head_between_its_head_rows(
    tmp_path: Path, family: str, seed: int, floor: float
) -> None:
    path, exp = family_card(tmp_path, family, seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert not wrong
    assert score >= floor  # measured 0.849 -> 1.000
    assert [(r["label"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["label"], r["amounts_krw"]) for r in exp["funding"]["rows"]
    ]


# 3. 당초 / 변경 rows carried to a page of their own, a 당초 row printing some cells empty

PAIRED_PAGE_ONE = (
    "                  연도   총사업비                                임기 내\n"
    "                                                                                        임기 후\n"
    " 재원                    (백만원)         2018           2019           2020       2021\n\n"
    "                 당초      46729         8887          17469           6739       2195        11439\n"
    "      계\n"
    "                 변경      50326        10719          19478           5729       1820        12580\n\n"
    "                 당초      20960         8368           6417            781       1820         3574\n"
    "   국비\n"
    "                 변경      23304         8368           8401                ―     1820         4715\n"
)
PAIRED_PAGE_TWO = (
    "             당초        15853        519         7094                  375       7865\n"
    "   도비\n"
    "             변경        14959         ―          7094         ―         ―        7865\n\n"
    "             당초         {sibi}                    3958    5958\n"
    "   시비\n"
    "             변경        12063       2351         3983    5729           ―            ―\n"
)


def _paired(sibi: str) -> tuple[Table, list]:
    [prev] = [o for o in analyse(split_lines(PAIRED_PAGE_ONE)) if isinstance(o, Table)]
    return prev, split_lines(PAIRED_PAGE_TWO.format(sibi=sibi))


def test_paired_rows_after_a_break_are_placed_by_the_full_rows_and_proven_by_the_sums() -> None:
    prev, own = _paired("9916")
    got = rows_by_sums(prev, own)
    assert got is not None
    assert got.grid()[-4:] == [
        ["도비", "당초", "15853", "519", "7094", "", "375", "7865"],
        ["도비", "변경", "14959", "―", "7094", "―", "―", "7865"],
        ["시비", "당초", "9916", "", "3958", "5958", "", ""],
        ["시비", "변경", "12063", "2351", "3983", "5729", "―", "―"],
    ]
    # a figure the sums do not prove (9917: the 당초 total one off): no row placed
    assert rows_by_sums(*_paired("9917")) is None


@pytest.mark.parametrize(("family", "seed", "floor"), [("nalgae-city", 61011, 0.77)])
def test_layout_paired_funding_rows_after_a_page_break(
    tmp_path: Path, family: str, seed: int, floor: float
) -> None:
    path, exp = family_card(tmp_path, family, seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert not wrong
    assert score >= floor  # measured 0.715 -> 0.777 (the goals matrix left unread: no figure of it)
    assert [(r["label"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["label"], r["amounts_krw"]) for r in exp["funding"]["rows"]
    ]


@pytest.mark.parametrize(
    ("family", "seed", "floor"), [("nalgae-city", 61007, 0.78), ("nalgae-city", 61012, 0.53)]
)
def test_layout_paired_funding_under_a_term_head_over_its_years(
    tmp_path: Path, family: str, seed: int, floor: float
) -> None:
    """``임기 내`` over the years ran into ``2024`` in display columns (a year head stacked under a spanning
    head's words): the characters' measure keeps them apart, and the 당초 rows after the break read by the sums."""
    path, exp = family_card(tmp_path, family, seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert not wrong
    assert score >= floor  # measured 61007 0.688 -> 0.781, 61012 0.400 -> 0.533 (goal matrices left unread)
    assert [(r["label"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["label"], r["amounts_krw"]) for r in exp["funding"]["rows"]
    ]
