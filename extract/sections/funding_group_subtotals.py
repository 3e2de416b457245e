"""A turned funding table's group subtotal column (지방비 | 소계 over 도비 | 군비), proven by sums, set aside.

The class fixed: a funding table printed turned (a period a row, the sources across) whose head groups two sources
under one heading with their subtotal in a column of its own (``구분 | 계 | 국비 | 지방비(소계 | 도비 | 군비) | 민자``),
as a dump printed it a cell a line: the head's words parted before and after the rows (``지방비 구분 계 국비`` ...
``소계 도비 민자 군비``), the rows one more amount than the overview's budget has shares. The columns are named by
the budget alone (:func:`~pledgecard.extract.sections.funding_transposed.transposed_by_budget`); the subtotal's
column names no share, so the rows fitted no head and the table went unread (hanui-county 94009, pdftotext's
default mode). A column whose total-row cell is the sum of two shares' or more and whose cell in every row is the
sum of those shares' cells, the one such set of columns, is the group's subtotal: no row of the record (the
sources' rows carry its amounts), left out. Anything short of that proof: no column set aside.
"""

from __future__ import annotations

from itertools import combinations
from typing import TypeVar

from pledgecard.extract.sections.funding_sum_rule import adds_up

T = TypeVar("T")


def subtotal_members(values: list[list[int]], column: int, owned: list[int]) -> tuple[int, ...] | None:
    """The share columns (of ``owned``, two or more) whose cells sum to ``column``'s in every row of ``values``
    (the rows' amounts, the total row among them), where exactly one such set does; None otherwise. A share column
    0 in every row adds nothing to any sum and is no member (review b of session 36: it made every set twice)."""
    owned = [j for j in owned if any(row[j] for row in values)]
    fits = [
        group
        for n in range(2, len(owned) + 1)
        for group in combinations(owned, n)
        if all(adds_up([row[j] for j in group], row[column]) for row in values)
        and any(row[column] for row in values)
    ]
    return fits[0] if len(fits) == 1 else None


def subtotal_columns(values: list[list[int]], owner: list[object | None], total_at: int) -> list[int] | None:
    """The columns of a turned table's rows (``values``, the total row among them) that are group subtotals: no
    share's (``owner[j]`` None) and not the total's (``total_at``), each proven by :func:`subtotal_members` over
    the shares' columns. Empty where every column is a share's or the total's; None where a column is neither and
    no one set of shares proves it (the table unproven)."""
    owned = [j for j, o in enumerate(owner) if o is not None]
    extra = [j for j, o in enumerate(owner) if o is None and j != total_at]
    if any(subtotal_members(values, j, owned) is None for j in extra):
        return None
    return extra


def without_columns(cells: list[T], columns: list[int]) -> list[T]:
    """A row's cells (or amounts, or the columns' owners) without those at ``columns``."""
    return [c for j, c in enumerate(cells) if j not in columns]
