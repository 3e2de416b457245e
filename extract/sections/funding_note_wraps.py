"""A funding row's second line in a table with a note column (비고), read from a layout dump.

The class of card fixed: a revised card (취소선: the superseded figure over the one in force, a cell two lines)
whose note cell wraps too, printed by ``pdftotext -layout`` as the row's label line, then a line of the in-force
figures closed by the note's last syllables (``256,021   505,687   영``). The line was no data row (no label) and
no line of amounts alone (a word closing it), so it was dropped and the row read its superseded figures alone
(dasi-county 87003 layout: 도비 2022 and 계 read from the struck plan). Its figures now go on the row above, the
note words after them taken off as a note column's are; a row so holding more figures than columns is left to the
sums (:mod:`pledgecard.extract.struck_funding`), null where none proves it."""

from __future__ import annotations

from pledgecard.extract.sections.funding_cells import is_amount_cell


def amounts_then_note(toks: list[str]) -> list[str] | None:
    """The amounts of a line printing one or more amounts, then only words with no digit (a note cell's wrapped
    rest: ``256,021 505,687 영``); None for any other line (a line of amounts alone, a label, a figure after a
    word)."""
    k = 0
    while k < len(toks) and is_amount_cell(toks[k]):
        k += 1
    rest = toks[k:]
    if (
        not k
        or not rest
        or any(ch.isdigit() for t in rest for ch in t)
        or any(is_amount_cell(t) for t in rest)
    ):
        return None
    if any(t.endswith(")") and "(" not in t for t in toks[:k]):
        return None  # a footnote's number (``1) 국비 … 포함`` under the table, mutant 3613 txt): no amount
    return toks[:k]


def continued_row(row: list[str], amounts: list[str]) -> list[str]:
    """``row`` (label, amounts, perhaps its note's words) going on with ``amounts`` printed on the line under it:
    the amounts after the row's last amount, its note words kept last."""
    k = len(row)
    while k > 1 and not is_amount_cell(row[k - 1]):
        k -= 1
    return [*row[:k], *amounts, *row[k:]]
