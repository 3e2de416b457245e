"""Which sub-column of each period is the plan, where a dump printed the head's sub-heads in an order of its own:
the one whose figures the sums and the overview's budget prove.

The class of card: a funding table of sub-columns under each period (계획 | 확보 | 집행 under 합계 and each year)
whose head a dump printed out of its columns' order (pdftotext of a three-level head: ``확보 집행 계획 확보 계획 …``,
mutant 4135 pdftotext). Dealt by that order each period took another sub-column's cells; since session 32 no cell
was placed (funding_pair_order), the whole funding null though the overview prints the plan (총사업비 : 14,614백만원
(국비 3,549, 도비 6,658, 군비 4,407)).

The figures tell the place instead, where they prove it: the head's sub-heads come in groups of one width (as many
plan words as periods, each kind as often), and for exactly one place within a group, the cells at that place of
every group form a table whose total column (first or last) is the sum of the others in every row, whose total row
(first or last) is the sum of the others in every column, and whose rows' totals are the overview budget's shares
and total (:func:`~pledgecard.extract.sections.funding_proof.totals_are_shares`). The secured and spent figures
sum as well but do not total the budget; a table where they do too (all secured), or no budget read, proves nothing:
no cell is placed, as before."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_proof import Budget, totals_are_shares
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.normalize.money import parse_amount

PLAN = "plan"


def plan_by_budget(
    amounts: Sequence[str], sub_columns: Sequence[str], width: int, multiplier: int, budget: Budget | None
) -> list[str] | None:
    """The sub-column kinds with the plan where the figures prove it (see the module): ``amounts`` printed row by
    row, ``width`` cells a row (the sub-columns, then share columns of their own), ``sub_columns`` the kinds as the
    head printed them; None where the budget is unread, the head is no groups of one width, or not exactly one place
    is proved."""
    groups = list(sub_columns).count(PLAN)
    if budget is None or groups < 2 or len(sub_columns) % groups or not amounts or len(amounts) % width:
        return None
    w = len(sub_columns) // groups
    if any(list(sub_columns).count(k) % groups for k in set(sub_columns)) or set(sub_columns) != {
        PLAN,
        "second",
    }:
        return None  # the kinds do not fall into groups of one make (or a derived sub-column among them)
    values = [parse_amount(a, multiplier) for a in amounts]
    if any(v is None for v in values):
        return None
    n_rows = len(amounts) // width
    proved = [p for p in range(w) if _proves(_at(values, n_rows, width, groups, w, p), multiplier, budget)]  # type: ignore[arg-type]
    if len(proved) != 1:
        return None
    others = [k for k in sub_columns if k != PLAN][: w - 1]
    kinds = [*others[: proved[0]], PLAN, *others[proved[0] :]]
    return kinds * groups


def _at(values: Sequence[int], n_rows: int, width: int, groups: int, w: int, p: int) -> list[list[int]]:
    """The cells at place ``p`` of every group, a row of them for each printed row."""
    return [[values[r * width + g * w + p] for g in range(groups)] for r in range(n_rows)]


def _proves(grid: list[list[int]], multiplier: int, budget: Budget) -> bool:
    """Whether ``grid`` has a total column and a total row at its ends that sum the others, and its rows' totals
    are the budget's shares and total."""
    if len(grid) < 2:
        return False
    for t_col in {0, len(grid[0]) - 1}:
        if not all(
            adds_up([v for j, v in enumerate(row) if j != t_col], row[t_col], multiplier) for row in grid
        ):
            continue
        for t_row in {0, len(grid) - 1}:
            cols_sum = all(
                adds_up([row[j] for i, row in enumerate(grid) if i != t_row], grid[t_row][j], multiplier)
                for j in range(len(grid[0]))
            )
            if cols_sum and totals_are_shares(grid, t_col, t_row, budget) and budget[1] is not None:
                return True
    return False
