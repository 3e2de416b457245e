"""A table a dump printed in two blocks of columns, a cell a line (pdftotext's default mode): the label
columns' head and cells first, then the value columns' head and rows (extract/sections/label_block.py).
The rebuild is taken only where a reader reads every label row and its sums prove; else nothing is read."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_quarters import quarter_goal_lines
from pledgecard.extract.sections.label_block import label_block_orders

LABELS = ["성과지표", "단위", "일자리 창출", "명", "시설 설치", "개소"]
VALUES = [
    "구분",
    "1/4분기",
    "2/4분기",
    "3/4분기",
    "4/4분기",
    "누계",
    "계획",
    "85",
    "1",
    "244",
    "13",
    "343",
    "실적",
    "315",
    "-",
    "-",
    "-",
    "315",
    "계획",
    "4",
    "0",
    "6",
    "1",
    "11",
    "실적",
    "9",
    "-",
    "-",
    "-",
    "9",
]


def test_the_label_block_parts_by_every_width_the_counts_allow() -> None:
    got = [(r.head, r.labels) for r in label_block_orders(LABELS + VALUES)]
    # k=1 leaves 5 label rows over 4 value rows (not whole); k=3, one row over all four, is a candidate
    # that the readers refuse (its head no indicator and unit head)
    assert got == [(["성과지표", "단위"], 2), (["성과지표", "단위", "일자리 창출"], 1)]
    first = next(label_block_orders(LABELS + VALUES))
    assert first.lines == [
        "성과지표 단위 구분 1/4분기 2/4분기 3/4분기 4/4분기 누계",
        "일자리 창출 명 계획 85 1 244 13 343",
        "실적 315 - - - 315",
        "시설 설치 개소 계획 4 0 6 1 11",
        "실적 9 - - - 9",
    ]
    assert first.sources[1] == [2, 3, 12, 13, 14, 15, 16, 17]


def test_rows_of_unequal_length_or_no_value_rows_give_no_rebuild() -> None:
    assert list(label_block_orders(LABELS + VALUES[:-1])) != []  # the last row short: the run stops before it
    assert list(label_block_orders(LABELS + [v for v in VALUES if v != "-"])) == []
    assert list(label_block_orders(["성과지표", "단위", "일자리 창출", "명"])) == []


def test_a_quarter_table_printed_in_two_blocks_reads_where_its_sums_prove() -> None:
    got = quarter_goal_lines(LABELS + VALUES, 2024)
    assert got is not None
    assert [(g.project, g.unit, g.target, g.actual, g.row) for g in got.goals] == [
        ("일자리 창출", "명", "343", "315", 2),
        ("시설 설치", "개소", "11", "9", 4),
    ]
    assert got.used == set(range(len(LABELS + VALUES)))
    moved = LABELS + VALUES
    moved[moved.index("343")] = "342"  # a row that does not add up: the indicator unread, so no rebuild
    assert quarter_goal_lines(moved, 2024) is None
    three = LABELS + ["참여 주민", "명"] + VALUES  # three label rows over four value rows: counts disagree
    assert quarter_goal_lines(three, 2024) is None


def test_a_head_cell_restating_the_heading_over_the_unit_head_stays_in_its_table(tmp_path: Path) -> None:
    lines = [
        "공약사업 관리카드",
        "공약명 : 청년 일자리 지원",
        "점검기준일 : 2024.03.31.",
        "▷ Ⅱ. 분기별 성과지표 추진실적",
        *LABELS,
        *VALUES,
        "▷ Ⅲ. 분기별 추진실적",
        "□ 세부 추진실적",
        "- 청년 교육 실시('24. 2.)",
    ]
    path = tmp_path / "card.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    goals = extract_file(path)[0]["goals"]
    assert [(g["project"], g["target"], g["actual"]) for g in goals] == [
        ("일자리 창출", "343", "315"),
        ("시설 설치", "11", "9"),
    ]
