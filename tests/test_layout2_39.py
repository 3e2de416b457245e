"""Session 39 (helper layout2): ``pdftotext -layout`` dumps of plans printed as a schedule, and the page width a
log table's rows are measured against.

1. A schedule whose period heads wrap in their narrow columns (``1`` over ``월`` .. ``12`` over ``월``), the corner
   cell (``추진과제``) on the numbers' line and each plan flush left, longer than the corner: the block was no
   table (a plan's label is the first column's only where the head row sets its columns on one line), so the plans
   were read as text with their marks (``plan ● ● ●``) and no date. A head row whose first cell is on one line and
   whose every other cell is wrapped alike, on the same lines, its pieces stacked over one another, sets its
   columns as firmly (``text_col_plan._firm``); a head row where only some cells hold a second line is not so.
2. The year heads of such a schedule on a line of their own above the head (``2025년`` over twelve months, or
   ``2025년`` and ``2026년`` each over four quarters), a year lying over one period or two: glued to a period
   (``2025년 2/4``) or placed nowhere, the block left as text. A block whose first line holds year heads alone is
   read under it, the years then a head row of their own where each lies within and is centred on its even share
   of the head row's run of cells that read as its periods (``text_heads.years_over_periods``,
   ``text_col_plan._years_atop``), the head row's other cells spanning both rows, as the PDF reader gives the table;
   the schedule reader then dates each plan from its marked periods.
3. A log table's rows (연도 | 월 | 추진내용) are measured against the page's width, the longest bulleted line: it was
   taken from the run of text lines between two tables only, so a table read after the log (the schedule of 1-2)
   cut the run short of the widest line, and a short row was joined onto the next row (hayan-district 71001:
   ``... 투자협약 체결 청년농업인 대상 ...``). The width is the whole dump's (``textjoin_holds.bulleted_width``,
   ``text_layout_items.to_blocks``).

Measured (family cards rendered as PDF, dumped by ``pdftotext -layout``, shared scorer and wrong-figure counter):
hayan-district 12 0.732 -> 0.751, yeoreum-city 12 0.809 -> 0.828 (plans read with their periods); committed
hayan-district-71001-layout 0.976 -> 0.991, 71006 0.970 -> 0.985; seed 12 of every family in -layout: see
samples/README.md (0 wrong before and after)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Table
from pledgecard.extract.readers import text

from conftest import REPO, expected_scored, family_card

# a year over twelve months wrapped `N` / `월`, the plans flush left, their marks under the months (characters)
SCHEDULE = """\
▣ 5. 향후 추진일정

                                                          2026년
               추진과제                1   2     3   4    5   6   7   8   9   10   11   12
                                   월   월     월   월    월   월   월   월   월   월    월    월

주민 의견 수렴 및 기본계획 수립                           ●   ●    ●

시설 공사 착공 및 준공 검사                                              ●   ●   ●   ●    ●    ●
"""


def _table_block(raw: str) -> Table:
    doc = text.read(raw.encode("utf-8"), path="t.txt")
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    return table


def _table(raw: str) -> dict[tuple[int, int], tuple[int, int, str]]:
    return {(c.row, c.col): (c.row_span, c.col_span, c.text) for c in _table_block(raw).cells}


def test_a_year_heads_its_wrapped_months_and_the_plans_sit_under_them() -> None:
    cells = _table(SCHEDULE)
    assert cells[(0, 0)] == (2, 1, "추진과제")
    assert cells[(0, 1)] == (1, 12, "2026년")
    assert [cells[(1, j)][2] for j in range(1, 13)] == [f"{m}월" for m in range(1, 13)]
    assert [j for (r, j) in cells if r == 2 and j] == [3, 4, 5]
    assert [j for (r, j) in cells if r == 3 and j] == [7, 8, 9, 10, 11, 12]


def test_the_schedule_plans_take_their_marked_months(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_text("공약사업 추진상황\n\n" + SCHEDULE, encoding="utf-8")
    [rec] = extract_file(path)
    assert [(p["text"], (p["date"] or {}).get("label")) for p in rec["plans"]] == [
        ("주민 의견 수렴 및 기본계획 수립", "2026-03/2026-05"),
        ("시설 공사 착공 및 준공 검사", "2026-07/2026-12"),
    ]


# two years, each centred over its four quarters, the corner cell on a line of its own
TWO_YEARS = """\
                                                           2025년                    2026년
                 추진계획
                                                1/4       2/4   3/4   4/4    1/4   2/4   3/4    4/4

첫째 계획 수립 및 예산 확보                                                    ●      ●
"""


def test_two_years_each_head_their_own_quarters() -> None:
    cells = _table(TWO_YEARS)
    assert cells[(0, 0)] == (2, 1, "추진계획")
    assert (cells[(0, 1)], cells[(0, 5)]) == ((1, 4, "2025년"), (1, 4, "2026년"))
    assert [cells[(1, j)][2] for j in range(1, 9)] == ["1/4", "2/4", "3/4", "4/4"] * 2


def test_years_not_centred_on_their_periods_head_nothing() -> None:
    # the years shifted left over the corner's side: neither lies within its quarters; nothing is placed by them
    raw = TWO_YEARS.replace(" " * 20 + "2025년", "2025년", 1)
    doc = text.read(raw.encode("utf-8"), path="t.txt")
    tables = [b for b in doc.blocks if type(b).__name__ == "Table"]
    assert all(c.text != "2025년" or c.col_span != 4 for t in tables for c in t.cells)


def test_hayan_district_12_layout_reads_its_schedule(tmp_path: Path) -> None:
    path, _ = family_card(tmp_path, "hayan-district", 12, "layout")
    exp, got, score, wrong = expected_scored(path)
    assert score >= 0.75 and wrong == []
    assert [(p["text"], (p["date"] or {}).get("label")) for p in got["plans"]] == [
        (p["text"], (p["date"] or {}).get("label")) for p in exp["plans"]
    ]


def test_yeoreum_city_12_layout_reads_its_two_years_schedule(tmp_path: Path) -> None:
    path, _ = family_card(tmp_path, "yeoreum-city", 12, "layout")
    exp, got, score, wrong = expected_scored(path)
    assert score >= 0.82 and wrong == []
    assert [(p["text"], (p["date"] or {}).get("label")) for p in got["plans"]] == [
        (p["text"], (p["date"] or {}).get("label")) for p in exp["plans"]
    ]


def test_committed_hayan_dump_reads_its_schedule() -> None:
    exp, got, score, wrong = expected_scored(
        REPO / "samples" / "layout" / "families" / "hayan-district-71001-layout.txt"
    )
    assert score >= 0.99 and wrong == []
    # its log table's short rows are no wrapped rest of the row above (class 3: the page's width the whole dump's)
    assert [a["text"] for a in got["achievements"]] == [a["text"] for a in exp["achievements"]]
    assert [(p["text"], (p["date"] or {}).get("label")) for p in got["plans"]] == [
        (p["text"], (p["date"] or {}).get("label")) for p in exp["plans"]
    ]
