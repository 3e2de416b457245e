"""Wrong funding figures in pdftotext dumps of mutated cards (session 29, helper layoutwrong; the command line's
81-family draw, ``python -m samples.mutate --start 3790 --cards 50 --formats pdftotext,layout``): a unit word a
dump broke over two lines read as won (mutant 3833), and sub-column heads printed out of the columns' order
taking a spent figure for the plan (mutant 3826). Unit tests of each shape, and the two mutants pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from samples.mutate import mutate
from samples.style_sweep import run_family

from conftest import pinned_families


def test_a_unit_word_with_one_bracket_is_no_unit_line() -> None:
    """Mutant 3833 (pdftotext): a head cell ``총사업비 ［억원］`` printed ``총사업`` / ``비 ［억`` / ``원］``: the
    line ``원］`` was read as the table's unit, every amount taken as won (35 wrong figures)."""
    from pledgecard.normalize.money_units import find_unit

    assert find_unit("원］") is None and find_unit("［억") is None and find_unit("백만원)") is None
    # a unit alone in a whole bracket pair, or a unit line, still states the unit
    assert find_unit("［억원］") == "억원" and find_unit("(백만원)") == "백만원"
    assert find_unit("(단위: 천원)") == "천원"


HEAD_PRINTED = [
    "구 분 합계 1차년도('19) 2차년도 3차년도 4차년도 {moved}구성비 (%) "
    "계획 확보 집행 계획 확보 집행 계획 확보 집행 계획 확보 집행 계획 {last}집행"
]


def test_sub_heads_out_of_order_place_no_figure() -> None:
    """Mutant 3826 (pdftotext): 합계 and four 차년도 periods each over 계획 | 확보 | 집행, then 구성비; the dump
    printed the last period's 확보 on the periods' line, so the pair words ran 확보 | 계획 확보 집행 ×4 | 계획
    집행: each period's 집행 read as its plan (11 wrong figures). Kinds in no order a column can have: none."""
    from pledgecard.extract.sections.funding_pairs import header_pairs, pairs_in_order

    moved = [HEAD_PRINTED[0].format(moved="확보 ", last="")]
    assert header_pairs(moved) == ([], moved)
    assert not pairs_in_order("확보 계획 확보 집행 계획 확보 집행 계획 집행".split())
    assert pairs_in_order("당초 변경 당초 변경 당초 변경".split())  # 당초 | 변경 a period: one run repeated
    assert pairs_in_order("계획 확보 계획 확보 계획".split())  # the last period's plan alone
    assert pairs_in_order("계획 계획 확보 계획 확보".split())  # a total with its plan only


def test_a_share_head_before_the_sub_heads_is_its_own_column() -> None:
    """The same head printed in order: 구성비 printed before the sub-heads heads a column of its own (no
    sub-column, which shifted every plan onto a 확보 figure), kept in the head line."""
    from pledgecard.extract.sections.funding_pairs import header_pairs

    kinds, lines = header_pairs([HEAD_PRINTED[0].format(moved="", last="확보 ")])
    assert kinds == ["plan", "second", "second"] * 5
    assert lines == ["구 분 합계 1차년도('19) 2차년도 3차년도 4차년도 구성비 (%)"]


# the command line's draw (81 families); 3833 draws the same card from the 79 families, 3826 another
PINNED_81 = {
    (3826, "pdftotext"): (
        0.92,
        "sub-heads printed out of order (확보 on the periods' line): each period's 집행 read "
        "as its plan, 11 wrong figures (0.960); now the table null with extract."
        "table_unrecovered (funding_pairs.pairs_in_order)",
    ),
    (3833, "pdftotext"): (
        0.95,
        "총사업비 ［억원］ wrapped to 비 ［억 / 원］: 원］ read as the unit, 35 wrong figures "
        "(0.825; money_units._one_sided): the overview budget's 억원",
    ),
    (3874, "pdftotext"): (
        0.84,
        "a transposed table's 구 비 head cell set higher, printed first: 구비 read over "
        "국비's figures and 국비 over 구비's (12 wrong figures, 0.848): the budget's shares "
        "label the rows (funding_budget_sources)",
    ),
    (3825, "layout"): (
        0.96,
        "a transposed table cut by a page break, its first part (2020년, 2021년) left as lines "
        "and the second (2022년, 총사업비) read as a table, re-read table first: every year's "
        "figures a period early (9 wrong figures, 0.920; funding_print_order)",
    ),
    (3882, "pdftotext"): (
        0.82,
        "구분 | 2023 over rows printing the head's other periods among their figures: 국비 "
        "8,022 read as 2023's (1 wrong figure, 0.819; funding_grid: no row placed)",
    ),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_81))
def test_pinned_mutant_of_81_families_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_81[(seed, fmt)]
    fam, card_seed = mutate(seed, pinned_families())
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)


def _table(labels: list[str], totals: list[int]) -> dict:
    from pledgecard.normalize.money import funding_source

    return {
        "unit": "천원",
        "columns": [
            {"label": "합계", "kind": "total", "year": None},
            {"label": "2022", "kind": "year", "year": 2022},
        ],
        "rows": [
            {"label": lab, "source": funding_source(lab), "amounts_krw": [t, t]}
            for lab, t in zip(labels, totals, strict=True)
        ],
    }


def _ctx(parts: list[tuple[str, int]]):  # noqa: ANN202 - a SectionContext
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.normalize.money import funding_source

    budget = {
        "total_krw": sum(a for _, a in parts),
        "parts": [{"label": lab, "source": funding_source(lab), "amount_krw": a} for lab, a in parts],
    }
    return SectionContext(record={"overview": {"budget": budget}})


def test_source_labels_crossed_against_the_budget_are_relabelled_or_nulled() -> None:
    """Mutant 3874 (pdftotext): a transposed table's head 계 | 국 비 | 시 비 | 구 비 whose 구 비 cell stands
    higher: the dump printed it first, 구비 read over 국비's figures and 국비 over 구비's (12 wrong figures). The
    overview's budget names each source's share: each row's total one share and each share one row's, the rows
    take the budget's sources; where the shares prove nothing (two alike), the crossed rows are null."""
    from pledgecard.extract.sections.base import SectionResult
    from pledgecard.extract.sections.funding_budget_sources import sources_by_budget

    parts = [("국비", 2388), ("시비", 1360), ("구비", 1610)]
    crossed = _table(["계", "구비", "시비", "국비"], [5358, 2388, 1360, 1610])
    got = sources_by_budget(SectionResult({"funding": crossed}, {}, [], [], []), _ctx(parts))
    assert [(r["source"], r["amounts_krw"][0]) for r in got.value["funding"]["rows"]] == [
        ("total", 5358),
        ("national", 2388),
        ("municipal", 1360),
        ("district", 1610),
    ]
    # rows agreeing with the budget, or no budget: unchanged
    kept = _table(["계", "국비", "시비", "구비"], [5358, 2388, 1360, 1610])
    assert (
        sources_by_budget(SectionResult({"funding": kept}, {}, [], [], []), _ctx(parts)).value["funding"]
        is kept
    )
    # a row's total another's share, but two shares alike: which row is whose is not told, the crossed rows null
    alike = [("국비", 2388), ("시비", 1610), ("구비", 1610)]
    got = sources_by_budget(SectionResult({"funding": crossed}, {}, [], [], []), _ctx(alike))
    rows = got.value["funding"]["rows"]
    assert rows[1]["amounts_krw"] == [None, None] and rows[3]["amounts_krw"] == [None, None]
    assert [f["code"] for f in got.findings] == ["extract.table_unrecovered"]


def test_a_tables_rows_rejoin_the_lines_in_print_order() -> None:
    """Mutant 3825 (layout): the part of a cut table read as a table goes back among the lines where the dump
    prints it, not first; items that tell no printed line (a PDF's) keep the table first."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_print_order import in_print_order

    def line(text: str, at: int | None) -> Line:
        return Line(text=text, marker=None, indent=0, source=Source(line_start=at))

    first = [
        line("구분 국비 도비 시비", 29),
        line("2020년 - 37,158 747,046", 33),
        line("2021년 145,330 - -", 35),
    ]
    table = [line("구분 국비 도비 시비", 43), line("2022년 320,053 711,538 83,926", 47)]
    assert [ln.text for ln in in_print_order(table, first)] == [ln.text for ln in [*first, *table]]
    unplaced = [line("2020년 - 37,158 747,046", None)]
    assert in_print_order(table, unplaced) == [*table, *unplaced]


def test_one_period_labelled_over_longer_rows_places_no_row() -> None:
    """Mutant 3882 (pdftotext, 3840-3889): a cell-a-line dump printing the head's other periods among the rows
    (구분 | 2023 over 총계 6,766 2024 2025 3,820 …): a row of one amount (국비 8,022, the source table's 계 under
    it) read as 2023's (1 wrong figure). The head labels one period, rows print more: no row is placed."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    grid = [["", "2023"], ["총계", "6,766", "2024", "2025", "3,820"], ["국비", "8,022"]]
    _, rows = interpret_grid(grid, 10**6)
    assert all(v is None for r in rows for v in r["amounts_krw"])
    assert [r.get("amounts_raw") for r in rows][-1] == ["8,022"]
    # a head labelling every amount a row prints: read as before
    _, rows = interpret_grid([["", "2023"], ["국비", "8,022"]], 10**6)
    assert rows[0]["amounts_krw"] == [8022 * 10**6]
