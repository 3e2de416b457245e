"""A funding table whose rows a converter printed in fragments: lines of several figures that are no row
(pdf2txt's boxes: ``119,589 317,595 679,591`` / ``-`` / ``- 546,669`` / ``-`` / ``35,520`` / ``197,535`` ...,
a row's cells parted over lines and two rows' cells on one line), so that no line reads as a row and the lines of
three figures or more keep the table from being re-read as a stream of cells (a stream's reading is a guess once
a cell is missing).

The class of card fixed (session 35, pdf2txt dumps of maru-county's unseen cards): such a table printing no sum
of its own (no total column, no total row) is read as a stream of cells, row by row as printed, only where the
overview's budget proves every row: one row a share, each row's periods, every cell read, summing to the share
of its own source, and every row ending where a printed line ends (a line of figures holds one row's cells, or a
row's part, in the order printed: no row's cells printed out of their order between two others'). Two rows' cells
dealt a cell off, or a table printed column by column, miss those sums: then nothing is read (the table's lines
stay text), never a guess.

Session 35 (review a, finding 1): the sums and the line ends prove which row a piece of figures belongs to, never
the order of a row's pieces among themselves (pdf2txt printing a row's ``- 546,669`` box before its ``-`` keeps
every sum and every line end, the cells then under the wrong years). So the stream is read only where every row is
printed in one piece (or its pieces read alike in any order: ``-`` / ``-``), and where the printed figures, placed
in every order a print allows, fit the shares in exactly one grid (:func:`funding_share_placement.share_placements`);
else nothing is read.

So too a table printing no sum read as a stream of cells the usual way (no line of three figures): a row the
budget names whose cells do not sum to its share was dealt cells of other rows (pdf2txt printing fragments of
several rows out of their order, maru-county 19017): its cells are nulled, the printed values kept, with an
``extract.table_unrecovered`` finding (:func:`null_against_budget`). Only where the printed figures could be placed
to fit the shares (:func:`funding_share_placement.share_placements` finds a grid): a table whose own split differs
from the overview's under the same total (당초/변경, a share re-split) fits none and is left as read.
"""

from __future__ import annotations

import re
from itertools import permutations
from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.search_budget import SearchGivenUp
from pledgecard.extract.sections.funding_checks import null_every_cell
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_named_shares import shares_by_row
from pledgecard.extract.sections.funding_proof import Budget
from pledgecard.extract.sections.funding_share_placement import share_placements
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.record import FundingColumn, FundingRow

_FIGURE = re.compile(r"^(?:-|\d{1,3}(?:,\d{3})*)$")  # a cell of a figure line: an amount or a dash for none
_MOST_PIECES = 6  # a row's pieces tried in every order at most (6! orders)


def _own_shares(rows: list[FundingRow], budget: Budget | None) -> list[int] | None:
    """Each row's own share of the budget, one row a share; None where the budget does not tell every row."""
    if budget is None or not rows:
        return None
    own = shares_by_row(budget[0], [r["source"] for r in rows])
    return None if own is None or len(own) != len(rows) else [int(v) for v in own]


def figure_lines(text: str) -> list[list[str]]:
    """The lines of ``text`` printing figures only (amounts and dashes), each as its cells."""
    return [
        tokens
        for line in text.splitlines()
        if (tokens := line.split()) and all(_FIGURE.match(t) for t in tokens)
    ]


def rows_end_at_line_ends(text: str, n_rows: int, n_cols: int) -> bool:
    """Whether the figure lines of ``text`` (lines of amounts and dashes only) hold ``n_rows`` x ``n_cols`` cells
    and every row, dealt in printed order, ends where a line ends."""
    ends, total = set(), 0
    for tokens in figure_lines(text):
        total += len(tokens)
        ends.add(total)
    return total == n_rows * n_cols and all(k * n_cols in ends for k in range(1, n_rows))


def row_pieces(text: str, n_cols: int) -> list[list[tuple[str, ...]]]:
    """Each row's pieces: the figure lines dealing it its cells, ``n_cols`` a row, in printed order (rows ending at
    line ends: :func:`rows_end_at_line_ends`)."""
    rows: list[list[tuple[str, ...]]] = [[]]
    filled = 0
    for tokens in figure_lines(text):
        rows[-1].append(tuple(tokens))
        filled += len(tokens)
        if filled % n_cols == 0:
            rows.append([])
    return [r for r in rows if r]


def pieces_in_order(pieces: list[tuple[str, ...]]) -> bool:
    """Whether a row printed in ``pieces`` reads the same cells whichever order its pieces were printed in (one
    piece; or pieces alike, ``-`` / ``-``): nothing else proves the order of a row's boxes."""
    if len(pieces) <= 1:
        return True
    if len(pieces) > _MOST_PIECES:
        return False
    return len({sum(p, ()) for p in permutations(pieces)}) == 1


def _one_placement(rows: list[FundingRow], shares: list[int], n_cols: int) -> bool:
    """Whether the figures of ``rows`` (in the order read) fit the shares in exactly one printable grid."""
    figures = [int(v or 0) for r in rows for v in r["amounts_krw"]]
    try:
        return len(share_placements(figures, shares, n_cols)) == 1
    except SearchGivenUp:
        return False


def _placeable(rows: list[FundingRow], shares: list[int], n_cols: int) -> bool:
    """Whether the figures of ``rows`` fit the shares in some printable grid (or the search was given up)."""
    figures = [int(v or 0) for r in rows for v in r["amounts_krw"]]
    try:
        return bool(share_placements(figures, shares, n_cols))
    except SearchGivenUp:
        return True


def rows_proven_by_budget(
    columns: list[FundingColumn], rows: list[FundingRow], budget: Budget | None
) -> bool:
    """Whether every row of ``rows`` (periods only, every cell read) sums to the budget's share of its own
    source, one row a share."""
    own = _own_shares(rows, budget)
    if own is None or not columns or any(c["kind"] not in PERIOD_KINDS for c in columns):
        return False
    for r, share in zip(rows, own, strict=True):
        values = r["amounts_krw"]
        if (
            len(values) != len(columns)
            or any(v is None for v in values)
            or sum(int(v or 0) for v in values) != share
        ):
            return False
    return True


def rows_placed(
    text: str, columns: list[FundingColumn], rows: list[FundingRow], budget: Budget | None
) -> bool:
    """Whether the budget proves which row each printed figure belongs to: every row its own share
    (:func:`rows_proven_by_budget`), every row ending where a printed line ends, and the figures fitting the shares
    in one printable grid only (:func:`funding_share_placement.share_placements`). (The order of a row's pieces
    among themselves is another matter: :func:`pieces_in_order`.)"""
    if not rows_proven_by_budget(columns, rows, budget) or not rows_end_at_line_ends(
        text, len(rows), len(columns)
    ):
        return False
    own = _own_shares(rows, budget)
    return own is not None and _one_placement(rows, own, len(columns))


def fragment_rows(
    text: str, multiplier: int, budget: Budget | None, strays: tuple[str, ...] = ()
) -> tuple[list[FundingColumn], list[FundingRow]]:
    """The table ``text`` read as a stream of cells where the overview's ``budget`` places every figure in its row
    (:func:`rows_placed`) and every row's pieces read alike in any order (:func:`pieces_in_order`); else
    nothing."""
    columns, rows = funding_from_stream(text, multiplier, budget, strays)
    if not rows_placed(text, columns, rows, budget):
        return [], []
    if not all(pieces_in_order(p) for p in row_pieces(text, len(columns))):
        return [], []  # a row's boxes printed in an order nothing proves
    return columns, rows


def printed_in_fragments(text: str, n_cols: int) -> bool:
    """Whether the figure lines of ``text`` print a row in pieces, one of two cells or more (a box of a row's
    cells that is not the whole row: pdf2txt's fragments): a dump printing a cell a line, or a row a line, prints
    none."""
    at = 0
    for tokens in figure_lines(text):
        if len(tokens) >= 2 and not (at % n_cols == 0 and len(tokens) % n_cols == 0):
            return True
        at += len(tokens)
    return False


def fragments_unproven(
    text: str,
    columns: list[FundingColumn],
    rows: list[FundingRow],
    budget: Budget | None,
    multiplier: int,
    where: Any = None,
) -> list[dict[str, Any]]:
    """A table read as a stream of cells, printing no sum of its own (periods only, no total row), whose rows
    ``text`` prints in fragments of figures alone (:func:`printed_in_fragments`, every cell on a line of figures):
    where the budget places every figure in its row (:func:`rows_placed`), the rows whose pieces could read
    otherwise in another order (:func:`pieces_in_order`) nulled; where it does not, every row nulled; the printed
    values kept, the ``extract.table_unrecovered`` finding (at ``where``) saying so. Nothing where the table prints
    no fragments or every row is proven. (pdf2txt's order of a row's boxes is its own, which no sum proves: review
    a, finding 1, maru-county 19004 with a row's boxes printed out of their order.)"""
    n = len(columns)
    if (
        not n
        or not rows
        or any(c["kind"] not in PERIOD_KINDS for c in columns)
        or any(r["source"] == "total" for r in rows)
    ):
        return []  # a table printing a sum of its own: its sums judge the reading (funding_stream_proof)
    if sum(len(t) for t in figure_lines(text)) != len(rows) * n or not printed_in_fragments(text, n):
        return []  # (cells printed beside words too: no fragments of figures alone to tell rows by)
    if rows_placed(text, columns, rows, budget):
        unordered = [
            r for r, pieces in zip(rows, row_pieces(text, n), strict=False) if not pieces_in_order(pieces)
        ]
    else:
        unordered = list(rows)
    unordered = [r for r in unordered if any(v is not None for v in r["amounts_krw"])]
    if not unordered:
        return []
    null_every_cell(unordered, multiplier, n)
    return [
        finding(
            "extract.table_unrecovered",
            "funding",
            "the funding table is printed in fragments (lines of figures that are no row) whose order no "
            "sum proves (a row's pieces that read otherwise in another order, or figures the overview "
            "budget's shares do not place in one grid): those rows' cells are null, their printed values "
            "kept in amounts_raw",
            observed={"rows": [r["label"] for r in unordered]},
            expected="rows proven by the budget's shares",
            source=where,
        )
    ]


def null_against_budget(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    budget: Budget | None,
    multiplier: int,
    where: Any = None,
) -> list[dict[str, Any]]:
    """Rows of a table read as a stream of cells, printing no sum of its own (periods only, no total row), nulled
    where the budget names their source and their cells, all read, do not sum to its share (or some are not
    read), the table's figures together summing to the budget's and fitting its shares in some printable order (the
    same figures, dealt to the wrong rows): the ``extract.table_unrecovered`` finding (at ``where``) where one was.
    A table the budget does not name every row of, whose figures sum to another total (another scope, another
    rounding), or whose figures fit the shares in no order (its own split, revised under the same total), is left
    as read."""
    own = _own_shares(rows, budget)
    if own is None or any(c["kind"] not in PERIOD_KINDS for c in columns):
        return []
    if sum(int(v or 0) for r in rows for v in r["amounts_krw"]) != sum(own):
        return []  # the table's figures are not the budget's (another scope, another rounding): no proof either way
    wrong = [
        r
        for r, share in zip(rows, own, strict=True)
        if any(v is None for v in r["amounts_krw"]) or sum(int(v or 0) for v in r["amounts_krw"]) != share
    ]
    wrong = [r for r in wrong if any(v is not None for v in r["amounts_krw"])]
    if not wrong or not _placeable(rows, own, len(columns)):
        return []  # (no order of the figures gives the budget's split: the table's own split, as printed)
    nulled = [r["label"] for r in wrong]
    null_every_cell(wrong, multiplier, len(columns))
    return [
        finding(
            "extract.table_unrecovered",
            "funding",
            "the funding table, read as a stream of cells, adds up to the overview budget's total and its "
            f"figures fit the budget's shares in another order, but row(s) {', '.join(nulled)} contradict "
            "their shares: the cells were dealt to the wrong rows, so those rows are null (printed values "
            "kept in amounts_raw)",
            observed={"rows": nulled},
            expected="source rows summing to the budget's parts",
            source=where,
        )
    ]
