"""Whether a page's table goes on at the top of the next page (same columns, a head alone, a foot
row cut, finer columns) and re-gridding one onto the other's columns.
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.pdf_grids import (
    EDGE_TOL,
    subset,
)
from pledgecard.extract.readers.pdf_table_build import PageTable

NEAR_TOL = 6.0  # points: a cell's padding; a column rule found this near another page's is the same rule


def same_columns(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    return a.n_cols == b.n_cols and all(abs(x - y) <= tol for x, y in zip(a.xs, b.xs, strict=True))


def continues_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether ``b`` (atop the next page) continues ``a`` (last on its page), and if so put both on
    one column grid.

    Tables with the same column edges are one table cut by the page break. A table split into
    other columns on the next page (a one-table card: header rows of six columns on the first
    page, label | content rows on the next) continues it when both have the same outer edges,
    one's column edges are a subset of the other's, and the break cuts a cell open (drawn
    without the rule that would close it) or leaves the first column of ``b``'s first row empty
    (a section label cell that goes on). Both tables are then put on the finer grid. Tables of as
    many columns whose inner edges stand within a cell's padding of each other are one table when
    the break cuts a cell open, ``b`` opens with figures (a body row: no table opens so), or leaves
    ``a`` one row (its head) that ``b`` does not open with again; a head row of words alone (two or
    more cells) goes on onto ``b``'s finer columns likewise. Body rows (opening with figures)
    whose label column is split in two (a group and a row label) go on a head whose first column
    spans both.
    """
    if same_columns(a, b, tol):
        return True
    first = min((c for c in b.cells if c.row == 0), key=lambda c: c.col, default=None)
    cut = bool(
        a.open_bottom or b.open_top or (first is not None and first.col_span < b.n_cols and not first.text)
    )
    goes_on = cut or _opens_with_figures(b) or (a.n_rows == 1 and _first_text(a) != _first_text(b))
    if (
        goes_on
        and a.n_cols == b.n_cols
        and abs(a.xs[0] - b.xs[0]) <= tol
        and abs(a.xs[-1] - b.xs[-1]) <= tol
        and all(abs(x - y) <= NEAR_TOL for x, y in zip(a.xs, b.xs, strict=True))
    ):
        # an inner rule moved by a cell's padding (a nested table's edge, or another table's rule
        # further down the page, read for it): the same columns
        b.xs = list(a.xs)
        return True
    if not cut and _opens_with_figures(b) and _splits_labels(a, b, tol):
        return _onto_finer(a, b, tol)  # body rows whose label column is two (group | row label)
    if (
        not cut
        and _head_alone(a)
        and _first_text(a) != _first_text(b)
        and subset(a.xs, b.xs, tol)
        and _onto_finer(a, b, tol)
    ):
        # a head row of spanning cells alone at the page's foot (구 분 | 연도별 투자계획), the rest of
        # the head and the body on the next page, on finer columns (the years under the span); the
        # empty rows under it are its cells' cut, printed on the next page
        _drop_empty_foot(a)
        return True
    return cut and _onto_finer(a, b, tol)


def _head_alone(t: PageTable) -> bool:
    """A table of one row of two or more cells, words with no figure, and under it rows of empty
    cells alone (a head whose body the page break carried to the next page, its cells cut)."""
    first = [c for c in t.cells if c.row == 0]
    return (
        t.n_cols >= 2
        and len(first) >= 2
        and all(c.text.strip() for c in first)
        and not any(any(ch.isdigit() for ch in c.text) for c in first)
        and all(not c.text and not lines for c, lines in zip(t.cells, t.cell_lines, strict=True) if c.row > 0)
        and not t.inner
    )


def _drop_empty_foot(t: PageTable) -> None:
    """``t`` without the rows of empty cells under its first (:func:`_head_alone`)."""
    keep = [k for k, c in enumerate(t.cells) if c.row == 0]
    t.cells = [t.cells[k] for k in keep]
    t.cell_lines = [t.cell_lines[k] for k in keep]
    for c in t.cells:
        c.row_span = 1
    del t.ys[2:]


def _splits_labels(a: PageTable, b: PageTable, tol: float) -> bool:
    """Whether ``b``'s column edges are ``a``'s and more, every added edge inside ``a``'s first column
    (the carried body rows label each row twice, a group and a row label, where ``a``'s head cell
    spans both label columns)."""
    if b.n_cols <= a.n_cols or a.n_cols < 2 or not subset(a.xs, b.xs, tol):
        return False
    added = [x for x in b.xs if all(abs(x - y) > tol for y in a.xs)]
    return all(a.xs[0] < x < a.xs[1] for x in added)


_FIGURE = re.compile(r"[△▲−-]?\d[\d,.]*%?")


def _opens_with_figures(t: PageTable) -> bool:
    """Whether the first row of ``t`` holds figures past its first column (a body row: the table's
    head was printed on the page before)."""
    return any(c.row == 0 and c.col > 0 and _FIGURE.fullmatch(c.text.strip()) for c in t.cells)


def _first_text(t: PageTable) -> str:
    return next((c.text.strip() for c in t.cells if c.row == 0 and c.col == 0), "")


def _onto_finer(a: PageTable, b: PageTable, tol: float) -> bool:
    """Put both tables on the column edges of the finer one when both have the same outer edges
    and one's edges are a subset of the other's; whether they were."""
    if abs(a.xs[0] - b.xs[0]) > tol or abs(a.xs[-1] - b.xs[-1]) > tol:
        return False
    fine = a.xs if subset(b.xs, a.xs, tol) else b.xs if subset(a.xs, b.xs, tol) else None
    if fine is None:
        return False
    for t in (a, b):
        if t.xs is not fine:
            _regrid(t, fine, tol)
    return True


def nested_continues(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether nested table ``b`` can go on from ``a`` (nothing printed between them, the caller
    checks): the same columns, a subset of them (both put on the finer grid), or as many columns
    between the same outer edges (a header row laid out alone on its page spaces them otherwise)."""
    if same_columns(a, b, tol):
        return True
    if a.n_cols == b.n_cols:
        return abs(a.xs[0] - b.xs[0]) <= tol and abs(a.xs[-1] - b.xs[-1]) <= tol
    return _onto_finer(a, b, tol)


def _regrid(t: PageTable, xs: list[float], tol: float) -> None:
    """Put ``t`` on the finer column edges ``xs`` (a superset of its own): spans grow to cover them."""
    at = [next(k for k, y in enumerate(xs) if abs(x - y) <= tol) for x in t.xs]
    for c in t.cells:
        c.col, c.col_span = at[c.col], at[c.col + c.col_span] - at[c.col]

    def wider(cols: frozenset[int]) -> frozenset[int]:
        return frozenset(j for k in cols for j in range(at[k], at[k + 1]))

    t.open_top, t.open_bottom = wider(t.open_top), wider(t.open_bottom)
    t.xs = list(xs)
