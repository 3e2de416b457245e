"""A funding table read whole but left null because a box-grouping dump (pdfminer.six's ``pdf2txt.py``) printed
its cells in an order of its own: the amounts placed back where the table's sums prove one placement.

The class of card: every cell of the read table null, its printed figures kept in ``amounts_raw`` as the reader
dealt them by count, one for each cell, none missing; and those figures, in that order, the run of figures the
section prints (so the deal is the dump's print order, nothing the reader re-ordered). The placement is searched
by :func:`funding_sum_search.place_by_sums` (a cell prints after the one above it and the one left of it; the
sums pick the one grid): placed where exactly one grid holds, left null otherwise; a search given up past its
bound says so in an ``extract.table_unrecovered`` finding.

Where the dealt figures are no run of the printed ones but the section prints exactly them (the reader dealt them
in an order of its own), the search runs over the print order; there a placement holding a row or a column of
dashes alone is not taken: such a line fits the sums wherever it stands, and a print order breaking the box order
(the 계 row after the source rows, rows bottom-up, the total column first) fits them in one wrong way (session 42
review of h-pdfminer2, c3). The total columns printed first are tried after the years (funding_heads_first) only
where the reader's deal is the print order: over a print order of the section's own, a table whose 합계 truly stands
first, its figures printed out of box order (its rows bottom-up, the 계 row last), fits the moved order in one
wrong way, with or without a dash (review c4; a sweep of 6125 such grids: 1120 wrong -> 0).

Where no placement keeps every figure's print place, the grid stays null, dashes printed or not. A search with the
dashes floating (``place_by_sums(..., floating_zeros=True)``, h-pdfminer3: dolbit-city 12's dashes print out of the
box order) is not run: where a FIGURE, not a dash, broke the order, the loosened search finds one grid that is
wrong and keeps every sum (two period columns exchanged keep every row's and every column's sum; only the print
order tells them apart, and it is the print order that broke): dolbit-city 12 with its 595 and first 3,846 trading
print places read 2024 and 2025 exchanged, 10 of 525 random grids so read wrong (session 43 review of
h-pdfminer3, c1 / c3). No check of the sums can prove such a grid; dolbit-city 12's pdf2txt grid stays null."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.search_budget import GRID_PLACEMENT_TRIES
from pledgecard.extract.sections.base import SectionResult
from pledgecard.extract.sections.funding_heads_first import heads_after_years, sums_of
from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.extract.sections.funding_share_placement import placed_by_shares
from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums
from pledgecard.extract.sections.funding_term_column import with_term_period
from pledgecard.normalize.money import unit_multiplier
from pledgecard.normalize.money_amounts import looks_like_amount, parse_amount
from pledgecard.normalize.text import fold

T = TypeVar("T")


def _printed_words(items: list[Item], mult: int) -> list[tuple[str, int]]:
    """The figures the section prints as printed and read, in print order (a line's words, a table's cells row by
    row)."""
    words: list[str] = []
    for it in items:
        if isinstance(it, Line):
            words += it.full_text.split()
        else:
            words += [w for row in it.cell_grid() for c in row if c is not None for w in c.text.split()]
    return [(w, v) for w in words if looks_like_amount(w) and (v := parse_amount(w, mult)) is not None]


def _printed_figures(items: list[Item], mult: int) -> list[int]:
    """The figures the section prints, in print order (a line's words, a table's cells row by row)."""
    return [v for _, v in _printed_words(items, mult)]


def _labels_printed_as_rows(rows: list[dict[str, Any]], items: list[Item]) -> bool:
    """Whether the rows' labels are printed as a run of lines of their own, in the rows' order (the label column's
    box): a label the reader took from elsewhere (a head's word printed past the figures) proves no row."""
    labels: list[str | None] = ["".join(fold(str(r.get("label") or "")).split()) for r in rows]
    texts = ["".join(fold(it.full_text).split()) if isinstance(it, Line) else None for it in items]
    return _runs_in(labels, texts)


def _budget_agrees(
    grid: tuple[tuple[int, ...], ...],
    rows: list[dict[str, Any]],
    sums: GridSums,
    budget: dict[str, Any],
    room: float,
) -> bool | None:
    """Whether the overview's budget, where printed, is the placed table's: each share its source row's total,
    its total the total row's (``None``: the budget prints nothing to compare)."""

    def row_total(i: int) -> int:
        return (
            grid[i][sums.total_col] if sums.total_col is not None else sum(grid[i][j] for j in sums.periods)
        )

    told: list[tuple[int | None, int]] = []
    sources = [r.get("source") for r in rows]
    for part in budget.get("parts") or []:
        if part.get("amount_krw") is None:
            continue
        at = [i for i, s in enumerate(sources) if s == part.get("source")]
        told.append((row_total(at[0]) if len(at) == 1 else None, part["amount_krw"]))
    if budget.get("total_krw") is not None:
        told.append((row_total(sums.total_row) if sums.total_row is not None else None, budget["total_krw"]))
    if not told:
        return None
    return all(got is not None and abs(got - want) <= room for got, want in told)


def _squashed_label(column: dict[str, Any]) -> str:
    """A column's label folded, its spaces out (as a dump's line is compared)."""
    return "".join(fold(str(column.get("label") or "")).split())


def _heads_printed_in_order(columns: list[dict[str, Any]], items: list[Item]) -> bool:
    """Whether the columns' labels are printed in the columns' order (a period's label within its head cell,
    ``2023`` in ``2023년``): the search places the figures by the print order, which tells nothing of columns the
    reader ordered otherwise than the dump prints their heads."""
    text = "".join(
        "".join(fold(it.full_text).split())
        if isinstance(it, Line)
        else "".join("".join(fold(c.text).split()) for row in it.cell_grid() for c in row if c is not None)
        for it in items
    )
    at = 0
    for c in columns:
        label = _squashed_label(c)
        if not label:
            return False
        year = c.get("year")
        forms = re.escape(label) + (rf"|['’‘]{int(year) % 100:02d}" if isinstance(year, int) else "")
        found = re.compile(forms).search(text, at)  # a year printed '23년 too
        if found is None:
            return False
        at = found.end()
    return True


def _head_line_orders(columns: list[dict[str, Any]], order: list[int], items: list[Item]) -> bool:
    """Whether one printed line holds a label of the leading total / after-term columns ``order`` moves and a
    period's label together (``구분 총사업비 2031년 2032년``): the line prints the heads in the table's order, so moving
    the leading heads after the years (pdf2txt prints a head spanning two head rows in a box of its own, before the
    years' line) is no reading of it, only a guess the sums happen to fit (tests/test_text_goal_rows.py)."""
    lead = [_squashed_label(c) for c in columns[: len(columns) - order.index(0)]]
    years = [_squashed_label(c) for c in columns if c.get("kind") == "year"]
    for it in items:
        if isinstance(it, Line):
            text = "".join(fold(it.full_text).split())
            if any(x and x in text for x in lead) and any(y and y in text for y in years):
                return True
    return False


def _runs_in(run: Sequence[T], seq: Sequence[T]) -> bool:
    """Whether ``run`` stands in ``seq`` as one unbroken run, in its order (the printed figures' run, the rows'
    labels as lines)."""
    want, n = tuple(run), len(run)
    return any(tuple(seq[k : k + n]) == want for k in range(len(seq) - n + 1))


def _blank_line(grid: tuple[tuple[int, ...], ...]) -> bool:
    """Whether a placed grid holds a row or a column of dashes / zeros alone: the sums hold wherever such a line
    stands, so a print order breaking the box order (the 계 row after the source rows, rows bottom-up, the total
    column first) places one in exactly one wrong way (session 42 review of h-pdfminer2, c3 / c4)."""
    return any(not any(row) for row in grid) or any(not any(col) for col in zip(*grid, strict=True))


def _slack(raw: str, mult: int) -> float:
    """Half the printing step of an amount as printed (its last decimal's, else its unit's); 0 for a dash."""
    digits = raw.replace(",", "")
    if not any(ch.isdigit() for ch in digits):
        return 0.0
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return mult / (10**decimals) / 2


def placed_by_print_order(result: SectionResult, items: list[Item], record: dict[str, Any]) -> SectionResult:
    """``result`` with its funding table's null cells placed where :mod:`funding_sum_search` proves one
    placement of the printed figures (see the module's doc) and nothing tells against its rows: the overview's
    budget, where ``record`` prints one, is the placed table's (its shares the rows' totals); where it prints
    none, the rows' labels are printed as a run of lines in the rows' order. Unchanged otherwise."""
    funding: dict[str, Any] | None = result.value.get("funding")
    if not funding:
        return result
    columns, rows = funding.get("columns") or [], funding.get("rows") or []
    C = len(columns)
    if not rows or C == 0 or any(v is not None for r in rows for v in r["amounts_krw"]):
        return result
    raws = [r.get("amounts_raw") or [] for r in rows]
    if any(len(r["amounts_krw"]) != C or len(raw) != C for r, raw in zip(rows, raws, strict=True)):
        return result
    mult = unit_multiplier(funding.get("unit") or "") or 1
    values = [parse_amount(x, mult) if x else None for raw in raws for x in raw]
    if any(v is None or v < 0 for v in values):
        return result
    figures = [v for v in values if v is not None]
    slack = [_slack(x, mult) for raw in raws for x in raw]
    relaxed = False  # the search runs over the section's print order, not the reader's deal
    if not _heads_printed_in_order(columns, items):
        return result  # the columns not in the order their heads print: the print order tells nothing of them
    if not _runs_in(figures, _printed_figures(items, mult)):
        printed = _printed_words(items, mult)
        if sorted(v for _, v in printed) != sorted(figures):
            return result  # not the dump's print order: nothing tells where each figure was printed
        relaxed = True
        # the reader dealt the figures in an order of its own, but the section prints the table's figures and no
        # other: the print order is the section's own
        figures, slack = [v for _, v in printed], [_slack(w, mult) for w, _ in printed]
    total_col, periods, total_row = sum_axes(columns, rows)
    periods = with_term_period(columns, periods)
    if total_col is not None and len(periods) + 1 != C:
        total_col = None  # a column of another kind (a share): no row's sum known
    sums = GridSums(len(rows), C, total_col, tuple(periods), total_row)
    budget = (record.get("overview") or {}).get("budget") or {}
    if total_col is None and total_row is None and len(periods) == C:
        # no sum of the table's own: the budget's shares place the figures, or nothing (funding_share_placement)
        shared = placed_by_shares(figures, rows, C, budget)
        if shared is None:
            return result
        for row, amounts in zip(rows, shared, strict=True):
            row["amounts_krw"] = list(amounts)
            row.pop("amounts_raw", None)
        return result
    placed = place_by_sums(figures, slack, sums, bound=GRID_PLACEMENT_TRIES)
    if (
        placed.grid is None
        and placed.why == "none"
        and not relaxed  # over a print order of the section's own a 합계 truly first fits the moved order too
        and (order := heads_after_years(columns)) is not None
        and not _head_line_orders(columns, order, items)
    ):
        # the total / after-term heads printed before the years: their columns after them, where the sums say so
        other = [columns[j] for j in order]
        again = place_by_sums(figures, slack, sums_of(other, rows), bound=GRID_PLACEMENT_TRIES)
        if again.grid is not None:
            columns[:] = other
            sums, placed = sums_of(other, rows), again
    if relaxed and placed.grid is not None and _blank_line(placed.grid):
        return result
    if placed.grid is None:
        return result  # none or two placements hold, or the search was given up (the shared budget says so)
    agrees = _budget_agrees(placed.grid, rows, sums, budget, mult)  # one printing step, as the search
    if agrees is False or (agrees is None and not _labels_printed_as_rows(rows, items)):
        return result  # the rows the reader named are not the ones the figures prove
    for row, amounts in zip(rows, placed.grid, strict=True):
        row["amounts_krw"] = list(amounts)
        row.pop("amounts_raw", None)
    return result
