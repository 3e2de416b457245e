"""A funding table going on in another: a (계속) caption, a second table carrying on the first's
periods or rows."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_row_totals import periods_sum, rows_total_themselves
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.normalize.text import fold
from pledgecard.record import FundingColumn


def periods_go_on(columns: list[FundingColumn], more: list[FundingColumn]) -> bool:
    """Whether the columns ``more`` continue ``columns``' periods: period columns only (no total),
    none of them one of ``columns``, their years after ``columns``' years."""
    if not more or any(c["kind"] not in PERIOD_KINDS for c in more):
        return False
    if {c["label"] for c in more} & {c["label"] for c in columns}:
        return False
    years = [c["year"] for c in columns if c["kind"] == "year"]
    more_years = [c["year"] for c in more if c["kind"] == "year"]
    return not (years and more_years and min(more_years) <= max(years))


def continues_years(
    columns: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    more_cols: list[dict[str, Any]],
    more_rows: list[dict[str, Any]],
    unit: int = 1,
) -> bool:
    """Whether a second funding table goes on with the first's periods: the same row labels in the
    same order, only period columns (no total), none of them the first's, the years on from its last; or those
    and the whole's total column last (:func:`totals_years_both`; ``unit``: what one printed unit counts). A table
    that closed the whole with its total takes none after it (:func:`closes_whole`)."""
    if (
        not more_rows
        or [r["label"] for r in more_rows] != [r["label"] for r in rows]
        or any(r.get("amounts_raw") for r in more_rows)
    ):
        return False
    return periods_go_on(columns, more_cols) or totals_years_both(columns, rows, more_cols, more_rows, unit)


def closes_whole(more_cols: list[dict[str, Any]]) -> bool:
    """Whether a table going on with another's periods closes with the whole's total column (``… | 총 계``): no
    table goes on after it (its total would stand mid-row, no longer the whole's)."""
    return bool(more_cols) and more_cols[-1]["kind"] == "total"


def totals_years_both(
    columns: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    more_cols: list[dict[str, Any]],
    more_rows: list[dict[str, Any]],
    unit: int = 1,
) -> bool:
    """Whether a second funding table goes on with the first's periods and closes with the whole's total column
    (nine years printed as two stacked tables, ``2020``-``2024`` then ``2025``-``2028 | 총 계``: bitgaram-county 6-1):
    the first with no total column, the second's columns periods going on (:func:`periods_go_on`) and one total
    column last, proven by every row: its total read and the sum of all its periods in both tables by the one sum
    rule (:mod:`funding_sum_rule`: to one printed ``unit``), a period printed blank adding nothing
    (:func:`~pledgecard.extract.sections.funding_row_totals.periods_sum`)."""
    if not more_cols or more_cols[-1]["kind"] != "total" or any(c["kind"] == "total" for c in columns):
        return False
    if not periods_go_on(columns, more_cols[:-1]) or len(rows) != len(more_rows):
        return False
    kinds = [c["kind"] for c in [*columns, *more_cols]]
    for row, more in zip(rows, more_rows, strict=True):
        amounts = [*row["amounts_krw"], *more["amounts_krw"]]
        if len(amounts) != len(kinds) or amounts[-1] is None:
            return False
        whole = periods_sum(amounts, kinds, blank_as_zero=True)
        if whole is None or not adds_up([whole], amounts[-1], unit):
            return False
    return True


def continues_rows(
    columns: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    more_cols: list[dict[str, Any]],
    more_rows: list[dict[str, Any]],
) -> bool:
    """Whether a second funding table goes on with the first's rows (a page break cut the table
    between its rows): its head the first's again, or none (a head not repeated: as many amounts a
    row as the first has columns); row labels none of the first's, none twice; and the whole's
    total row, in either part, every amount read, each column's sum of the other rows (a source's cell
    printed empty counting nothing: the sum proves it a zero, :mod:`funding_zeros`); with no total row, the head
    printed again and every row of both parts its total column's proof (:mod:`funding_row_totals`)."""
    if not more_rows or any(r.get("amounts_raw") for r in [*rows, *more_rows]):
        return False
    if more_cols and [(c["label"], c["kind"], c["year"]) for c in more_cols] != [
        (c["label"], c["kind"], c["year"]) for c in columns
    ]:
        return False
    whole = [*rows, *more_rows]
    labels = [r["label"] for r in whole]
    if len(set(labels)) != len(labels) or any(len(r["amounts_krw"]) != len(columns) for r in whole):
        return False
    totals = [r for r in whole if r["source"] == "total"]
    parts = [r for r in whole if r["source"] != "total"]
    if not totals and more_cols:  # no total row: the head again, every row its own periods' sum (mutant 3518)
        return rows_total_themselves(columns, whole)
    if len(totals) != 1 or not parts or any(v is None for v in totals[0]["amounts_krw"]):
        return False
    # a source's cell printed empty (a zero printed as nothing: mutant 3185) is no figure: its column's read
    # parts must add up to the total exactly (amounts are never negative: a blank holding anything breaks it)
    return all(
        totals[0]["amounts_krw"][j] == sum(v for r in parts if (v := r["amounts_krw"][j]) is not None)
        for j in range(len(columns))
    )


def _continued_caption(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(r"^[(<\[〈《【]\s*(?:" + spaced(v.words("table_continued")) + r")\s*[)>\]〉》】]$")


def continued_caption(text: str) -> bool:
    """Whether a line says the table above goes on below it (``(계속)``: ``[table_continued]``)."""
    return bool(current().build(_continued_caption).match(fold(text).strip()))
