"""Tables a converter flattened one cell a line (python-hwpx's ``hwpx-text-extract``): a source cell
spanning rows (``국비`` over ``국고보조금`` / ``특별교부세`` / ``소계``) is printed once, on a line of
its own before the first of its rows. Read a row a line, it is that row's leading cell, as the text
readers print it, so its subtotal row folds the same way (mirae-city's funding: the 국고보조금 row
was read as 국비 and the 국비 소계 as 지방비)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_cell_lines import rows_from_cells

from conftest import make_line

HEAD = ["(단위: 천원)", "구분", "총사업비", "연차별 투자계획", "2019년", "2020년", "2021년", "2022년"]
ROWS = [
    ["합계", "10,690,000", "1,770,000", "3,690,000", "2,370,000", "2,860,000"],
    ["국비"],
    ["국고보조금", "1,530,000", "-", "750,000", "-", "780,000"],
    ["특별교부세", "1,240,000", "-", "650,000", "-", "590,000"],
    ["소계", "2,770,000", "-", "1,400,000", "-", "1,370,000"],
    ["지방비"],
    ["도비", "3,390,000", "1,000,000", "1,460,000", "190,000", "740,000"],
    ["시비", "2,140,000", "770,000", "-", "1,370,000", "-"],
    ["소계", "5,530,000", "1,770,000", "1,460,000", "1,560,000", "740,000"],
    ["민자", "2,390,000", "-", "830,000", "810,000", "750,000"],
]


def _cells() -> list[Any]:
    return [make_line(c) for c in HEAD + [c for row in ROWS for c in row]]


def test_a_spanning_source_cell_leads_the_first_row_it_spans() -> None:
    rows = [ln.full_text for ln in rows_from_cells(_cells()[1:])]
    assert rows[2] == "국비 국고보조금 1,530,000 - 750,000 - 780,000"
    assert rows[5] == "지방비 도비 3,390,000 1,000,000 1,460,000 190,000 740,000"
    assert "국비" not in rows and "지방비" not in rows  # no header line of its own
    # the header's words before the first row stay one header line
    assert rows[0] == "구분 총사업비 연차별 투자계획 2019년 2020년 2021년 2022년"


def test_the_funding_of_a_table_printed_a_cell_a_line_folds_its_subtotals() -> None:
    funding = extract_funding(_cells()).value["funding"]
    assert [(c["kind"], c["year"]) for c in funding["columns"]] == [
        ("total", None),
        ("year", 2019),
        ("year", 2020),
        ("year", 2021),
        ("year", 2022),
    ]
    assert [(r["source"], r["amounts_krw"]) for r in funding["rows"]] == [
        ("total", [10_690_000_000, 1_770_000_000, 3_690_000_000, 2_370_000_000, 2_860_000_000]),
        ("national", [2_770_000_000, 0, 1_400_000_000, 0, 1_370_000_000]),  # 국비's 소계
        ("provincial", [3_390_000_000, 1_000_000_000, 1_460_000_000, 190_000_000, 740_000_000]),
        ("municipal", [2_140_000_000, 770_000_000, 0, 1_370_000_000, 0]),
        ("private", [2_390_000_000, 0, 830_000_000, 810_000_000, 750_000_000]),
    ]


def test_an_unknown_word_alone_between_rows_is_no_spanning_source() -> None:
    cells = [make_line(c) for c in HEAD[1:] + ROWS[0] + ["사업비"] + ROWS[2]]
    rows = [ln.full_text for ln in rows_from_cells(cells)]
    assert "사업비" in rows and not any(r.startswith("사업비 국고보조금") for r in rows)


def test_plan_and_secured_rows_under_a_source_are_no_spanned_sub_sources() -> None:
    """``국 비`` over ``계획`` / ``확보`` (jinsol-county): two figures a period, no subtotal row closing
    the run: not read as a spanning source (the stream of cells keeps the plan figures)."""
    from pledgecard.extract.sections.funding_cell_lines import rows_from_cells_spanned

    cells = [
        "구분",
        "2022년",
        "2023년",
        "합계",
        "국 비",
        "계획",
        "100",
        "200",
        "300",
        "확보",
        "100",
        "150",
        "250",
        "도 비",
        "계획",
        "10",
        "20",
        "30",
        "확보",
        "10",
        "20",
        "30",
    ]
    _, spanned = rows_from_cells_spanned([make_line(c) for c in cells])
    assert not spanned
    _, spanned = rows_from_cells_spanned(_cells()[1:])
    assert spanned
