"""Leftovers of the sweep of the fifty-nine families (session 21, seeds 2400-2499, 3450-3499 in the text dump;
see tests/test_sweep_59.py), on small inputs and on the generator:

- the earlier block dated as a month range from the period's start to its quarter's end, its quarter ending
  before the period starts (the as-of in the period's first quarter): a range printed backward
  (``2019. 1. ~ 2018. 12.``; crossbred card 3471 txt, 0.826); the generator keeps the block's quarter;
- a funding table in plain won (원) printing decimal amounts (``300.4``), blank cells among them: each figure
  rounded to whole won, the sums proving the blanks zero held exactly in whole won and failed (the blanks left
  null); they hold to half a won a rounded figure, exactly where no figure was rounded;
- a transposed funding table's head printed a cell a line (``구 분`` / the unit / ``계`` / ``재원`` / ``비 고`` / the
  sources on one line) under a glyph heading no vocabulary names (``⭉ 투자 재원 및 계획``): the bare ``재원`` (a
  funding title) opened a section of its own, cutting the head from the rows; the notes' head alone on its line
  was not taken for one, so a row's note (a word, or one dash) stood as a cell (mutants 3484 and 3455 txt: the
  funding unread, 0.910 -> 1.0 and 0.646 -> 0.845);
- the reported quarter printed in the card's title line in brackets other than round ones (``[2024년 3/4분기]``,
  ``「2024년 3/4분기」``, the closing bracket lost) or bare before or after the title's words (``관리카드 - 2024년
  3/4분기``): not read, the card left with no as-of date where nothing else states it;
- a funding head whose last columns (a change, a share: ``증감 확보율(%)``) the dump printed on the unit's line
  between the head's first line and the years, in a table with no total to sum: the columns' order unproven, the
  rows nulled; the order is proven where one alone puts every negative figure (``△2,448``) under such a column
  (money put in is never negative; mutant 3480 txt 0.824 -> 1.0).
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgecard.extract.card_heading_checks import table_under_way
from pledgecard.extract.cards import Section
from pledgecard.extract.headings import split_kind_date
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_header import order_by_signs
from pledgecard.normalize.money import rounded_to_won
from samples.crossbreed import crossbreed
from samples.families import FAMILIES, family_records
from samples.mutate import mutate
from tests.conftest import make_line, make_table

SWEPT_59 = FAMILIES[:59]


def _dates(x: Any) -> list[dict[str, Any]]:
    if isinstance(x, dict):
        own = [x] if x.get("start") and x.get("end") and "precision" in x else []
        return own + [d for v in x.values() for d in _dates(v)]
    if isinstance(x, list):
        return [d for v in x for d in _dates(v)]
    return []


@pytest.mark.parametrize("draw", ["cross", "mutant"])
def test_no_drawn_card_prints_a_date_range_backward(draw: str) -> None:
    backward = []
    for seed in range(3450, 3500):
        try:
            fam, card_seed = crossbreed(seed, SWEPT_59) if draw == "cross" else mutate(seed, SWEPT_59)
        except (
            RuntimeError
        ):  # a mutant no draw makes: no card (3488, maeul-county, draws one since session 28)
            continue
        for rec in family_records(fam, card_seed):
            backward += [(seed, d["raw"]) for d in _dates(rec) if d["start"] > d["end"]]
    assert backward == []


def _grid_funding(unit: str, rows: list[list[str]]) -> dict[str, list[int | None]]:
    head = ["구분", "계", "2023년", "2024년", "2025년"]
    got = extract_funding([make_line(f"(단위: {unit})"), make_table([head, *rows])]).value["funding"]
    assert got is not None
    return {r["label"]: r["amounts_krw"] for r in got["rows"]}


DECIMAL_ROWS = [
    ["계", "1,001.4", "500.7", "", "500.7"],
    ["국비", "600.8", "300.4", "", "300.4"],
    ["도비", "400.6", "200.3", "", "200.3"],
]


def test_blank_cells_of_a_plain_won_table_printing_decimals_are_proven_zero() -> None:
    assert _grid_funding("원", DECIMAL_ROWS) == {
        "계": [1001, 501, 0, 501],
        "국비": [601, 300, 0, 300],
        "도비": [401, 200, 0, 200],
    }
    assert _grid_funding("천원", DECIMAL_ROWS)["국비"] == [600_800, 300_400, 0, 300_400]  # no rounding: exact


def test_a_blank_a_won_sum_is_off_stays_null_where_nothing_was_rounded() -> None:
    rows = [
        ["계", "1,002", "501", "", "500"],
        ["국비", "601", "301", "", "300"],
        ["도비", "400", "200", "", "200"],
    ]
    got = _grid_funding("원", rows)
    assert got["계"][2] is None  # 501 + 500 is not 1,002: no proof, with no rounded figure to excuse it
    assert got["국비"][2] == 0 and got["도비"][2] == 0


def test_a_figure_is_rounded_to_won_only_below_a_won() -> None:
    assert rounded_to_won("300.4") and not rounded_to_won("300.4", 1000) and not rounded_to_won("1,200")
    assert not rounded_to_won("-") and not rounded_to_won("없음")


STACKED_HEAD = ["구  분", "⟪천원⟫", "계", "재원", "비고", "국  비 시  비"]
NOTED_ROWS = [
    "2020년 344,024 344,024 ― 기본계획 수립",
    "2021년 1,214,636 357,594 857,042 -",
    "2022년 1,071,169 782,194 288,975 계속사업",
    "2023년 284,609 ― 284,609 시설 개관",
    "2024년 228,436 228,436 ― 준공 예정",
    "합계 3,142,874 1,712,248 1,430,626",
]


def test_a_transposed_head_a_cell_a_line_over_rows_with_notes_reads() -> None:
    got = extract_funding([make_line(t) for t in [*STACKED_HEAD, *NOTED_ROWS]]).value["funding"]
    assert got is not None
    rows = {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["rows"]}
    k = 1000
    assert rows["국비"] == [344024 * k, 357594 * k, 782194 * k, 0, 228436 * k, 1712248 * k]
    assert rows["시비"] == [0, 857042 * k, 288975 * k, 284609 * k, 0, 1430626 * k]


def test_a_funding_word_in_a_table_head_under_an_unknown_glyph_heading_is_a_head_cell() -> None:
    # mutant 3484's dump: ⭉ 투자 재원 및 계획 (no vocabulary names it), the table's head a cell a line below it
    head = [make_line(t) for t in STACKED_HEAD[:3]]
    glyph = Section(name=None, heading="투자 재원 및 계획", items=list(head), shaped=True)
    assert table_under_way(glyph, "⭉ 투자 재원 및 계획")  # 재원 next: a head cell
    assert table_under_way(glyph, "2. 세부사업별 재원 투자계획")  # numbered, as before
    # no unit line under the heading, or a line of figures since: no table's head under way
    assert not table_under_way(Section(name=None, heading="x", items=[head[0], head[2]], shaped=True), "⭉ x")
    figures = Section(name=None, heading="x", items=[*head, make_line(NOTED_ROWS[0])], shaped=True)
    assert not table_under_way(figures, "⭉ x")
    assert not table_under_way(
        Section(name="funding", heading="x", items=list(head)), "⭉ x"
    )  # a named section


@pytest.mark.parametrize(
    "kind",
    [
        "군수 공약사업 관리카드 (2024년 3/4분기)",
        "군수 공약사업 관리카드 [2024년 3/4분기]",
        "군수 공약사업 관리카드 「’24. 3/4분기」",
        "군수 공약사업 관리카드 [2024년 3/4분기",
        "군수 공약사업 관리카드 - 2024년 3/4분기",
        "군수 공약사업 관리카드 2024. 3/4분기 현재",
        "2024년 3/4분기 군수 공약사업 관리카드",
    ],
)
def test_the_quarter_printed_in_the_title_is_its_reporting_date(kind: str) -> None:
    title, d = split_kind_date(kind)
    assert title == "군수 공약사업 관리카드" and d is not None and d["label"] == "2024-Q3"


@pytest.mark.parametrize(
    "kind",
    [
        "공약사업 관리카드 (1/2)",
        "공약사업 관리카드 1/2",
        "2024 공약사업 관리카드",
        "2024년 공약사업 관리카드",
        "민선8기 공약사업 관리카드",
        "관리카드 (2024년 3/4분기 추진실적)",
    ],
)
def test_a_title_with_no_reporting_date_stays_whole(kind: str) -> None:
    assert split_kind_date(kind) == (kind, None)


DERIVED_ROWS = [
    "국 비 2,900 452 678 69 2,871 1,720 △2,448 38.6",
    "도 비 1,739 2,728 2,273 738 497 2,231 989 43.8",
    "시 비 982 484 1,311 ‐ 811 1,677 △498 27.8",
]
YEARS = "2022년 2023년 2024년 2025년 2026년 2027년"


def test_derived_heads_on_the_unit_line_placed_by_the_signs() -> None:
    got = extract_funding(
        [make_line(t) for t in ["구 분 연도별 투자계획", "⦏백만원⦐ 증감 확보율(%)", YEARS, *DERIVED_ROWS]]
    ).value["funding"]
    assert got is not None and [c["label"] for c in got["columns"]] == [str(y) for y in range(2022, 2028)]
    m = 1_000_000
    assert got["rows"][0]["amounts_krw"] == [2900 * m, 452 * m, 678 * m, 69 * m, 2871 * m, 1720 * m]
    assert got["rows"][2]["amounts_krw"] == [982 * m, 484 * m, 1311 * m, 0, 811 * m, 1677 * m]


def test_no_negative_figure_proves_no_order() -> None:
    rows = [r.replace("△", "") for r in DERIVED_ROWS]
    got = extract_funding(
        [make_line(t) for t in ["구 분 연도별 투자계획", "⦏백만원⦐ 증감 확보율(%)", YEARS, *rows]]
    ).value["funding"]
    assert got is None or all(v is None for r in got["rows"] for v in r["amounts_krw"])


def test_the_order_the_signs_prove() -> None:
    after, before = ["2022년", "2023년", "증감"], ["증감", "2022년", "2023년"]
    assert order_by_signs([after, before], [["5", "3", "△2"], ["1", "4", "3"]]) == after
    assert order_by_signs([after, before], [["△5", "3", "2"]]) == before
    assert order_by_signs([after, before], [["5", "3", "2"]]) is None  # nothing negative: nothing told
    assert order_by_signs([after, before], [["△5", "3", "△2"]]) is None  # no order fits
