"""The template family designed blind in session 11 (samples/families.py: ``maeul-county``, a county
card on dense pages) and the structures it brought in, on small grids and lines:

- headings lettered by Latin capitals (``A. 사업개요``) and blocks numbered under their section's
  letter (``C-1. 그간 추진실적 (date)``);
- funding with every period over ``예산`` | ``집행`` | ``집행률`` sub-columns: the budget figures are the
  record's, the spent figures and the derived rate are dropped (as a table, as a layout reader's grid
  whose period heads stand over one sub-column or are joined to the sub-head under them, and as the
  lines of a text dump);
- the overview as a label | content table whose rows a text dump prints without a colon;
- the county's own status words (``추진완료``, ``행정절차 이행중``, ``부분 완료``), ISO-like dates and
  ranges with ``∼`` / ``～``, outreach channels ``마을순회 설명회`` / ``SNS 홍보``.

Blind (the extractor as it was before: main 0000705): PDF, HWPX and HWP 0.468, txt 0.285, no wrong
figure; its layout dumps 0.342 with 8 wrong figures, its body-table dump 0.052. After the fixes: 1.000 in
all four formats, layout dumps 0.970 / 0.994 and the body-table dump 1.000, no wrong figure anywhere;
real converters hwpx-text-extract 1.000, ``pdftotext -raw`` 1.000, ``pdftotext`` 0.914 (6 wrong
figures before the unequal-runs guard).
"""

from __future__ import annotations

import re

from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_pairs import plan_figures
from pledgecard.extract.sections.outreach import category_of
from pledgecard.extract.sections.overview import extract_overview
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.status import status_code

from conftest import make_line, make_table

MILLION = 1_000_000

# ------------------------------------------------------------------------------ Latin numbering


def test_latin_capitals_number_headings_in_sequence() -> None:
    assert heading_number("A. 사업개요") == ("A.", 1, "사업개요")
    assert heading_number("C. 추진실적") == ("A.", 3, "추진실적")
    assert split_marker("B. 재원별 예산 집행현황") == ("B.", "재원별 예산 집행현황")
    assert is_numbering("A.")


def test_a_block_numbered_under_its_sections_letter_is_one_numbering() -> None:
    assert split_marker("C-1. 기 추진실적 (2025년 3/4분기 기준)") == (
        "C-1.",
        "기 추진실적 (2025년 3/4분기 기준)",
    )
    assert is_numbering("C-2.")


def test_latin_letters_in_running_text_are_no_numbering() -> None:
    assert split_marker("AI 기반 스마트팜 조성") == (None, "AI 기반 스마트팜 조성")
    assert split_marker("U.S. 농무부 협약 체결") == (None, "U.S. 농무부 협약 체결")
    assert heading_number("SNS 홍보") is None


# ------------------------------------------------------------------------------ 예산 | 집행 | 집행률


def _is_amount(text: str) -> bool:
    return re.fullmatch(r"-|\d[\d,]*(?:\.\d+)?", text.strip()) is not None


HEAD = [
    "구분",
    "총사업비",
    "총사업비",
    "총사업비",
    "2023년",
    "2023년",
    "2023년",
    "2024년",
    "2024년",
    "2024년",
]
SUBS = ["", "예산", "집행", "집행률", "예산", "집행", "집행률", "예산", "집행", "집행률"]
BODY = [
    ["계", "1,500", "900", "60.0", "700", "700", "100.0", "800", "200", "25.0"],
    ["국비", "1,000", "600", "60.0", "400", "400", "100.0", "600", "200", "33.3"],
    ["군비", "500", "300", "60.0", "300", "300", "100.0", "200", "-", "0.0"],
]


def _funding(rows: list[list[str]]) -> dict:
    return extract_funding([make_line("(단위: 백만원, %)"), make_table(rows)]).value["funding"]


def test_budget_spent_and_rate_sub_columns_give_the_budget_figures() -> None:
    f = _funding([HEAD, SUBS, *BODY])
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2023), ("year", 2024)]
    rows = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert rows["국비"] == [1000 * MILLION, 400 * MILLION, 600 * MILLION]
    assert rows["군비"] == [500 * MILLION, 300 * MILLION, 200 * MILLION]


def test_a_period_head_placed_over_the_middle_sub_column_keeps_its_period() -> None:
    """A layout reader places a head centred over three sub-columns in the middle one."""
    head = ["구분", "", "총사업비", "", "", "2023년", "", "", "2024년", ""]
    f = _funding([head, SUBS, *BODY])
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2023), ("year", 2024)]
    assert {r["label"]: r["amounts_krw"] for r in f["rows"]}["계"] == [
        1500 * MILLION,
        700 * MILLION,
        800 * MILLION,
    ]


def test_a_period_head_joined_to_its_sub_head_is_parted_again() -> None:
    """A layout reader joined the head rows: ``총사업비 집행`` (the head over the middle sub-column)."""
    merged = [
        "구분",
        "예산",
        "총사업비 집행",
        "집행률",
        "예산",
        "2023년 집행",
        "집행률",
        "예산",
        "2024년 집행",
        "집행률",
    ]
    grid, rows, cols = plan_figures([merged, *BODY], _is_amount)
    assert grid[0] == ["구분", "총사업비", "2023년", "2024년"]
    assert grid[-1] == ["군비", "500", "300", "200"]
    assert rows == [0, 1, 2, 3]  # the parted head stands for the printed head row
    assert cols == [0, 1, 4, 7]
    f = _funding([merged, *BODY])
    assert {r["label"]: r["amounts_krw"] for r in f["rows"]}["국비"] == [
        1000 * MILLION,
        400 * MILLION,
        600 * MILLION,
    ]


def test_a_row_of_amounts_is_never_parted_as_a_head() -> None:
    """Only a row above every amount is a merged head: the search stops at the first amount."""
    grid = [["구분", "총사업비", "2023년"], ["국비", "1,000", "400"], ["비고", "예산 집행", "2023년 집행"]]
    out, rows, cols = plan_figures(grid, _is_amount)
    assert (out, rows, cols) == (grid, [0, 1, 2], [0, 1, 2])


def test_budget_spent_and_rate_sub_columns_in_dump_lines() -> None:
    lines = [
        "(단위: 백만원, %)",
        "구분 총사업비 2023년 2024년",
        "예산 집행 집행률 예산 집행 집행률 예산 집행 집행률",
        *[" ".join(r) for r in BODY],
    ]
    f = extract_funding([make_line(t) for t in lines]).value["funding"]
    rows = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert rows["계"] == [1500 * MILLION, 700 * MILLION, 800 * MILLION]
    assert rows["군비"] == [500 * MILLION, 300 * MILLION, 200 * MILLION]


# ------------------------------------------------------------------------------ the overview as a table


def test_overview_table_rows_a_dump_prints_without_a_colon() -> None:
    items = [
        make_line("사업기간 2022.07.∼2026.12."),
        make_line("사업비 4,467백만원(국비 2,215, 도비 905, 군비 1,347)"),
        make_line("사업내용"),
        make_line("운수종사자 맞춤형 교육 제공", marker="○"),
    ]
    ov = extract_overview(items).value["overview"]
    assert ov["period"]["label"] == "2022-07/2026-12"
    assert ov["budget"]["total_krw"] == 4467 * MILLION
    assert [p["amount_krw"] for p in ov["budget"]["parts"]] == [2215 * MILLION, 905 * MILLION, 1347 * MILLION]
    assert ov["contents"] == ["운수종사자 맞춤형 교육 제공"]


def test_a_label_word_opening_a_sentence_is_no_overview_row() -> None:
    """The value must read as the label's field: ``사업비 확보 노력`` names no amount."""
    ov = extract_overview([make_line("사업비 확보 노력 필요"), make_line("사업기간 연장 검토")]).value[
        "overview"
    ]
    assert ov["budget"] is None and ov["period"] is None


# ------------------------------------------------------------------------------ words and dates


def test_the_countys_status_words() -> None:
    assert status_code("추진완료") == "done"
    assert status_code("행정절차 이행중") == "ongoing_normal"
    assert status_code("일정 지연") == "ongoing_delayed"
    assert status_code("부분 완료") == "partial"
    assert status_code("완료 후 계속추진") == "continuing"
    assert status_code("착수 전") == "not_started"
    assert status_code("추진 보류") == "dropped"


def test_iso_like_dates_and_ranges_with_other_tildes() -> None:
    assert parse_date("2023.07.∼2026.12.")["label"] == "2023-07/2026-12"  # U+223C
    assert parse_date("'22.8.～'23.1.")["label"] == "2022-08/2023-01"  # fullwidth
    assert parse_date("2023-08-17")["label"] == "2023-08-17"
    assert parse_date("2025-12-31 기준")["precision"] == "day"
    assert parse_date("24.03.")["label"] == "2024-03"


def test_unseen_outreach_channels() -> None:
    assert category_of("마을순회 설명회") == "meetings"
    assert category_of("SNS 홍보") == "media"
    assert category_of("자문단 회의") == "experts"


# ------------------------------------------------------------------------------ the converters' dumps

HUNDRED_MILLION = 100_000_000
TRUTH = {"계": [15, 7, 8], "국비": [10, 4, 6], "군비": [5, 3, 2]}  # 총사업비, 2023, 2024 (억원)
ROWS = {"계": "15 9 60 7 7 100 8 2 25", "국비": "10 6 60 4 4 100 6 2 33", "군비": "5 3 60 3 3 100 2 - 0"}


def _read(lines: list[str]) -> dict[str, list[int | None]]:
    f = extract_funding([make_line(t) for t in lines]).value["funding"]
    assert f is not None
    return {r["label"]: r["amounts_krw"] for r in f["rows"]}


def test_a_head_printed_a_line_a_period_with_the_rate_wrapped() -> None:
    """``pdftotext -raw``: ``예산 집행`` / ``집행`` / ``률`` under every period (집행률 wrapped in its cell)."""
    head = ["(단위: 억원, %)", "구분", "총사업비 2023년 2024년", *["예산 집행", "집행", "률"] * 3]
    got = _read([*head, *(f"{k} {v}" for k, v in ROWS.items())])
    assert got == {k: [v * HUNDRED_MILLION for v in vs] for k, vs in TRUTH.items()}


def test_a_cell_a_line_stream_with_the_derived_sub_column() -> None:
    """hwpx-text-extract: every cell its own line, the sub-heads 예산 / 집행 / 집행률 under every period."""
    head = ["(단위: 억원, %)", "구분", "총사업비", "2023년", "2024년", *["예산", "집행", "집행률"] * 3]
    cells = [c for k, v in ROWS.items() for c in (k, *v.split())]
    got = _read([*head, *cells])
    assert got == {k: [v * HUNDRED_MILLION for v in vs] for k, vs in TRUTH.items()}


def test_cells_printed_after_the_next_rows_label_place_no_amount() -> None:
    """``pdftotext``: some of 국비's cells printed after 군비's label: dealt by count they would cross
    rows; every row label leads a run of amounts of its own, the runs unequal: nothing is placed."""
    head = [
        "(단위: 억원, %)",
        "구분",
        "총사업비",
        "2023년",
        "예산",
        "집행",
        "2024년",
        "집행 률",
        "예산",
        "집행",
        "집행 률",
        "예산",
        "집행",
        "집행 률",
    ]
    body = ["계", ROWS["계"], "국비", "10 6 60 4 4", "군비", "5 3 60 3 3 100 2 - 0", "100 6 2 33"]
    got = _read([*head, *body])
    wrong = [
        (k, i)
        for k, vs in got.items()
        if k in TRUTH
        for i, v in enumerate(vs)
        if v is not None and v != TRUTH[k][i] * HUNDRED_MILLION
    ]
    assert wrong == []
    assert all(v is None for vs in got.values() for v in vs)


def test_an_overview_label_alone_on_its_line_takes_the_next_line() -> None:
    items = [
        make_line("사업기간"),
        make_line("2022.07.∼2026.12."),
        make_line("사업비"),
        make_line("31억원(국비 15, 군비 16)"),
        make_line("사업내용"),
        make_line("교육 제공", marker="○"),
    ]
    ov = extract_overview(items).value["overview"]
    assert ov["period"]["label"] == "2022-07/2026-12"
    assert ov["budget"]["total_krw"] == 31 * HUNDRED_MILLION
    assert ov["contents"] == ["교육 제공"]
