"""Session 33b's funding proofs: the last proofs that matched the overview's shares by amount alone (the grids
funding_proof.proven_grid places, a square table turned back, a spaced table's grouping chosen by the budget, a
sub-project's block taken for the whole) now hold each source row to its own named share (funding_row_shares):
unit tests of each shape, and the generated cards these proofs read scored with the shared scorer (0 wrong)."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.funding_broken import turn_by_budget
from pledgecard.extract.sections.funding_named_shares import Share
from pledgecard.extract.sections.funding_part_block import part_for_whole
from pledgecard.extract.sections.funding_proof import proven_grid, totals_are_shares
from pledgecard.extract.sections.funding_row_shares import rows_hold_shares
from pledgecard.extract.sections.funding_spaced_budget import by_budget

from conftest import swept_mutant

NAT, PROV = "national", "provincial"

# --- the rule -----------------------------------------------------------------------------------------------------


def test_rows_hold_their_own_shares_or_tell_nothing() -> None:
    shares = (Share(12, NAT), Share(18, PROV))
    assert rows_hold_shares(shares, [NAT, PROV], [12, 18]) is True
    assert rows_hold_shares(shares, [NAT, PROV], [18, 12]) is False  # each row the other's share
    assert rows_hold_shares(shares, [PROV, NAT], [18, 12]) is True  # the rows printed the other way round
    assert rows_hold_shares((12, 18), [NAT, PROV], [18, 12]) is None  # bare amounts: matched by amount
    assert rows_hold_shares(shares, None, [12, 18]) is None  # rows not named
    assert rows_hold_shares(shares, [NAT, PROV], [12, None]) is None  # a total unread
    # a row no share names beside them: the named ones crossed still prove nothing
    assert rows_hold_shares(shares, [NAT, PROV, "other"], [18, 12, 5]) is False
    assert rows_hold_shares(shares, [NAT, PROV, "other"], [12, 18, 5]) is None


def test_totals_are_shares_by_source_where_named() -> None:
    grid = [[30, 10, 20], [18, 6, 12], [12, 4, 8]]  # 계, then the rows: 국비 totals 18, 도비 12
    named = ((Share(12, NAT), Share(18, PROV)), 30)
    assert totals_are_shares(grid, 0, 0, ((12, 18), 30))  # blind: the amounts are the shares
    assert totals_are_shares(grid, 0, 0, named)  # no rows named: by amount, as before
    assert not totals_are_shares(grid, 0, 0, named, [NAT, PROV])  # 국비 holding the 도비 share
    assert totals_are_shares(grid, 0, 0, named, [PROV, NAT])
    assert not totals_are_shares(
        grid, 0, 0, ((Share(12, PROV), Share(18, NAT)), 31), [NAT, PROV]
    )  # total off


# --- proven_grid: the grid whose rows are the named shares -------------------------------------------------------

_COLS = [
    *({"label": str(y), "kind": "year", "year": y} for y in (2023, 2024, 2025, 2026)),
    {"label": "합계", "kind": "total", "year": None},
]
# dasan-edu's square table (test_funding_proof): read row by row or column by column, every sum holds both ways
_SQUARE = [
    "2,158",
    "2,470",
    "2,250",
    "6,609",
    "13,487",
    "-",
    "983",
    "-",
    "1,542",
    "2,525",
    "81",
    "-",
    "-",
    "1,982",
    "2,063",
    "1,139",
    "519",
    "268",
    "1,289",
    "3,215",
    "938",
    "968",
    "1,982",
    "1,796",
    "5,684",
]
_SOURCES = [NAT, PROV, "municipal", "private"]


def _named(amounts: tuple[int, ...]) -> tuple[tuple[Share, ...], int]:
    return tuple(Share(a, s) for a, s in zip(amounts, _SOURCES, strict=True)), sum(amounts)


def test_proven_grid_places_rows_that_total_their_own_shares() -> None:
    got = proven_grid(_COLS, 4, 5, _SQUARE, 1, _named((2525, 2063, 3215, 5684)), _SOURCES)
    assert got is not None
    assert [r[-1] for r in got[2][1:]] == ["2,525", "2,063", "3,215", "5,684"]


def test_proven_grid_with_the_shares_crossed_proves_nothing() -> None:
    """The overview gives 국비 2,063 and 도비 2,525; the printed rows (국비 first) total 2,525 then 2,063. Matched by
    amount the grid fitted (the rows' figures dealt to the wrong sources); by source no grid does."""
    crossed = _named((2063, 2525, 3215, 5684))
    assert proven_grid(_COLS, 4, 5, _SQUARE, 1, crossed) is not None  # by amount alone (rows unnamed): placed
    assert proven_grid(_COLS, 4, 5, _SQUARE, 1, crossed, _SOURCES) is None


# --- a square table turned back, a spaced grouping chosen --------------------------------------------------------


def _square_rows(sources: list[str]) -> tuple[list[dict], list[dict]]:
    cols = [
        {"label": "계", "kind": "total"},
        {"label": "2024", "kind": "year", "year": 2024},
        {"label": "2025", "kind": "year", "year": 2025},
    ]
    # read turned: row i holds column i's cells (the total row 30 = 10 + 20 down its column)
    turned = [[30, 12, 18], [10, 4, 6], [20, 8, 12]]
    labels = {"total": "계", NAT: "국비", PROV: "도비"}
    rows = [
        {"label": labels[s], "source": s, "amounts_krw": list(v)}
        for s, v in zip(sources, turned, strict=True)
    ]
    return cols, rows


def test_a_square_table_is_turned_back_only_to_rows_holding_their_own_shares() -> None:
    cols, rows = _square_rows(["total", NAT, PROV])
    assert turn_by_budget(cols, rows, ((Share(12, NAT), Share(18, PROV)), 30), 1)  # type: ignore[arg-type]
    assert [r["amounts_krw"] for r in rows] == [[30, 10, 20], [12, 4, 8], [18, 6, 12]]
    cols, rows = _square_rows(["total", NAT, PROV])
    assert not turn_by_budget(cols, rows, ((Share(18, NAT), Share(12, PROV)), 30), 1)  # type: ignore[arg-type]
    assert [r["amounts_krw"] for r in rows][1] == [10, 4, 6]  # left as read


def test_a_spaced_grouping_is_chosen_by_each_rows_own_share() -> None:
    tables = [([30, 10, 20], [12, 4, 8], [18, 6, 12]), ([30, 10, 20], [18, 6, 12], [12, 4, 8])]
    blind = ((12, 18), 30)
    assert by_budget(tables, 0, 0, blind) is None  # both fit by amount: no proof
    named = ((Share(12, NAT), Share(18, PROV)), 30)
    assert by_budget(tables, 0, 0, named, ["total", NAT, PROV]) == tables[0]
    assert by_budget(tables, 0, 0, named, ["total", PROV, NAT]) == tables[1]


# --- a sub-project's block ----------------------------------------------------------------------------------------


def _block(*rows: tuple[str, str, list[int]]) -> list[dict]:
    return [{"label": lab, "source": src, "amounts_krw": v} for lab, src, v in rows]


def test_a_block_whose_rows_carry_other_sources_shares_is_no_whole() -> None:
    """The 소계 row totals the budget's total, but its 국비 row totals the 도비 share: a sub-project's block whose
    sources differ from the whole's (the total coinciding), not the card's funding."""
    block = _block(("소계", "total", [30, 10, 20]), ("국비", NAT, [18, 6, 12]), ("도비", PROV, [12, 4, 8]))
    assert not part_for_whole(block, ((12, 18), 30), [])  # type: ignore[arg-type]  # blind: the total fits
    assert part_for_whole(block, ((Share(12, NAT), Share(18, PROV)), 30), [])  # type: ignore[arg-type]
    assert not part_for_whole(block, ((Share(18, NAT), Share(12, PROV)), 30), [])  # type: ignore[arg-type]
    # a total column among the cells: the row's total cell is its share
    with_total = _block(
        ("소계", "total", [30, 10, 20]), ("국비", NAT, [18, 6, 12]), ("도비", PROV, [12, 4, 8])
    )
    for r in with_total:
        r["amounts_krw"] = [sum(r["amounts_krw"][1:]), *r["amounts_krw"][1:]]
    assert not part_for_whole(with_total, ((Share(18, NAT), Share(12, PROV)), 30), [])  # type: ignore[arg-type]


# --- a box row that lost a border (mutant 4168 txt) -----------------------------------------------------------------

_LOST_BAR = [
    "┌───────┬───────┬──────┬──────┐",
    "│ 구 분 │ 총사  │ 2023 │ 2024 │",
    "│ ⟨단위 백업비  │ 년   │ 년   │",
    "│ 만원⟩ │       │      │      │",
    "├───────┼───────┼──────┼──────┤",
    "│ 국 비 │ 30    │ 10   │ 20   │",
    "└───────┴───────┴──────┴──────┘",
]


def test_a_bar_lost_to_the_corner_cells_unit_is_put_back() -> None:
    """The corner cell's ``⟨단위 백`` ran over the rule into the 총사업비 cell's padding: the rule stands on every
    other line of the row, the text ends within the padding: the cells are parted again, the text kept whole."""
    from pledgecard.extract.readers.text_grids import drawn_cells, junction
    from pledgecard.extract.readers.text_lines import char_width
    from pledgecard.extract.readers.text_lost_bars import with_lost_bars

    texts = [c.text for c in drawn_cells(_LOST_BAR)]
    assert texts[:2] == ["구 분 ⟨단위 백 만원⟩", "총사 업비"]
    assert "국 비" in texts and "30" in texts
    fixed = with_lost_bars(_LOST_BAR, junction)
    assert fixed[2].startswith("│ ⟨단위 백│ 업비")
    assert len({sum(char_width(ch) for ch in x.rstrip()) for x in fixed}) == 1  # every line widened alike


def test_text_running_into_the_next_cells_text_is_left_as_printed() -> None:
    """The overrun running on into the right cell's padding and its text (no blank left between): where one cell's
    text ends is not shown, nothing is moved."""
    from pledgecard.extract.readers.text_grids import junction
    from pledgecard.extract.readers.text_lost_bars import with_lost_bars

    run_on = [*_LOST_BAR[:2], "│ ⟨단위 Xa업비  │ 년   │ 년   │", *_LOST_BAR[3:]]
    assert with_lost_bars(run_on, junction) == run_on
    merged = [
        "┌───────┬───────┐",
        "│ 구 분 │ 총사  │",
        "├───────┴───────┤",
        "│ 합계 공통 금액│",
        "├───────┬───────┤",
        "│ 1     │ 2     │",
        "└───────┴───────┘",
    ]
    assert with_lost_bars(merged, junction) == merged  # a cell spanning both: rules above and below, no bar


def test_mutant_4168_txt_reads_its_total_column_no_wrong_figure(tmp_path: Path) -> None:
    """Mutant 4168 (text dump): 0.984 (money 0.875: the label and 총사업비 columns one, the total lost) -> 1.000."""
    from tests.test_mutate_tables import SWEPT_87

    r = swept_mutant(4168, "txt", tmp_path, SWEPT_87)
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.99, (r["score"], r["misses"])


# --- sub-heads out of order, an amount reading as a year (mutant 4135 pdftotext) -------------------------------------

# 4135's table: 합계 and four periods, 계획 | 확보 | 집행 under each, rows 계 국비 도비 군비 (the 구성비 column left out)
_PLAN_ROWS = [
    [14614, 6174, 5518, 3022, 3022, 3022, 4358, 3152, 2496, 5200, 0, 0, 2034, 0, 0],
    [3549, 1507, 1225, 915, 915, 915, 873, 592, 310, 1391, 0, 0, 370, 0, 0],
    [6658, 2831, 2637, 1827, 1827, 1827, 1458, 1004, 810, 1709, 0, 0, 1664, 0, 0],
    [4407, 1836, 1656, 280, 280, 280, 2027, 1556, 1376, 2100, 0, 0, 0, 0, 0],
]
_SCRAMBLED = [
    "second",
    "second",
    "plan",
    "second",
    "plan",
    "second",
    "second",
    "plan",
    "second",
    "second",
    "plan",
    "second",
    "second",
    "plan",
    "second",
]


def test_the_plans_place_is_the_one_the_budget_totals() -> None:
    from pledgecard.extract.sections.funding_plan_by_budget import plan_by_budget

    amounts = [str(v) for row in _PLAN_ROWS for v in row]
    budget = ((Share(3549, NAT), Share(6658, PROV), Share(4407, "municipal")), 14614)
    assert plan_by_budget(amounts, _SCRAMBLED, 15, 1, budget) == ["plan", "second", "second"] * 5
    assert plan_by_budget(amounts, _SCRAMBLED, 15, 1, None) is None  # no budget: no proof
    assert plan_by_budget(amounts, _SCRAMBLED, 15, 1, (budget[0], 14615)) is None  # another total
    secured = ((Share(1507, NAT), Share(2831, PROV), Share(1836, "municipal")), 6174)
    assert (
        plan_by_budget(amounts, _SCRAMBLED, 15, 1, secured) == ["second", "plan", "second"] * 5
    )  # the place totalling
    # every figure secured (확보 = 계획 everywhere): two places total the budget, no proof
    both = [
        [
            *(row[k] for k in range(0, 15)),
        ]
        for row in _PLAN_ROWS
    ]
    for row in both:
        for g in range(5):
            row[g * 3 + 1] = row[g * 3]
    assert plan_by_budget([str(v) for row in both for v in row], _SCRAMBLED, 15, 1, budget) is None
    off = [row[:] for row in _PLAN_ROWS]
    off[1][3] += 100  # one cell off: the plan's sums fail
    assert plan_by_budget([str(v) for row in off for v in row], _SCRAMBLED, 15, 1, budget) is None


def test_a_bare_number_amid_amounts_under_a_worded_head_is_an_amount() -> None:
    from pledgecard.extract.sections.funding_column_heads import stream_token
    from pledgecard.extract.sections.funding_year_amounts import amounts_like_years
    from pledgecard.extract.vocabulary import current

    token = current().build(stream_token)

    def kinds(text: str) -> list[str]:
        stream = list(token.finditer(text))
        amid = amounts_like_years(stream)
        return ["amount" if i in amid else m.lastgroup or "" for i, m in enumerate(stream)]

    worded = "구분\n합계\n민선8기 1년차\n민선8기 2년차\n계\n4061\n2027\n2034\n0\n"
    assert kinds(worded)[-4:] == ["amount", "amount", "amount", "amount"]
    bare = "구분\n합계\n2023\n2024\n계\n4061\n2027\n2034\n0\n"  # a head of bare years: the pattern's reading stands
    assert kinds(bare)[-3:-1] == ["col", "col"]
    assert kinds(worded + "2026\n")[-1] == "col"  # last, after the amounts: a label printed past the table


def test_mutant_4135_pdftotext_reads_the_plan_no_wrong_figure(tmp_path: Path) -> None:
    """Mutant 4135 (pdftotext): money 0.167 (the funding null: 2034 and 2027 read as year labels, the sub-heads out
    of order) -> 1.000, the card 0.788 -> 0.905, no wrong figure."""
    from tests.test_mutate_tables import SWEPT_87

    r = swept_mutant(4135, "pdftotext", tmp_path, SWEPT_87)
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.9, (r["score"], r["misses"])
