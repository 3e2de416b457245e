"""Rows of a funding table with the periods as row groups (``2022년 국　비 3 600 49.6``) whose amounts a dump
printed with their thousands grouped by a space: the row prints more tokens than the head has value columns.

The head's value columns are the ones closing it that each print a unit (``사업비(백만원) 누계(억원)``); a
column of another kind than the figures' (a running total or share, ``누계``) takes one figure a row. Each row's
tokens are grouped into as many cells (an amount a first group of one to three digits and later groups of three;
a dash or a blank a cell; the spaces closing a line its blank cells, one a space, in a dump some of whose rows
print them; in one whose rows print none, blank cells it may have dropped closing any row): where every row parts one way only, the rows are those cells; else nothing is read here (the table's sums then check the amounts downstream)."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.extract.search_budget import SearchGivenUp
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_spaced import groupings, with_blanks
from pledgecard.normalize.money import head_unit


def _value_heads(head: list[str]) -> list[str]:
    """The head's tokens closing it that each print a unit (the value columns' heads)."""
    out: list[str] = []
    for t in reversed(head):
        if head_unit(t)[1] is None:
            break
        out.insert(0, t)
    return out


def spaced_rows(rows: list[list[str]], lines: list[Line], head: list[str]) -> list[list[str]] | None:
    """``rows`` (a label, then the tokens printed) with each row's tokens grouped into the head's value columns
    where every row parts one way only and some row prints more tokens than the columns; None otherwise."""
    heads = _value_heads(head)
    m = len(heads)
    if not m or all(len(r) - 1 <= m for r in rows):
        return None
    extra = sum(1 for h in heads[1:] if classify_column(head_unit(h)[0])["kind"] == "share")
    if extra != m - 1:
        return None  # (one column of figures, the others a figure a row each)
    printed = [ln.printed or ln.full_text for ln in lines]
    closings = [len(p) - len(re.sub(r"[ \u3000]+$", "", p)) for p in printed]
    kept = any(
        closings
    )  # a row printing its closing blanks as spaces: the dump keeps them, a row of none has none
    out: list[list[str]] = []
    for r, text, closing in zip(rows, printed, closings, strict=True):
        raw = with_blanks(text, r[1:])
        # where the dump keeps its closing spaces, they are the blank cells; else blanks it dropped may close a row
        endings = [closing] if kept else range(m)
        try:
            ways = {tuple(c) for j in endings for c in groupings(raw + [""] * j, m, extra)}
        except SearchGivenUp:
            return None  # (the groupings' search past its budget: no parting proved)
        if len(ways) != 1:
            return None
        out.append([r[0], *next(iter(ways))])
    return out
