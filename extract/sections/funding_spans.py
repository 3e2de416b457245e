"""A funding amount printed once over two or more periods (a merged cell spanning the 2025 and 2026
columns, ``2,000 (2년간)``): the card does not say how much falls in each, so the figure is no one
period's. A reader repeats a merged cell's text in every grid position it covers; every record cell
read from such a cell is null (validation reports it), never the whole amount in each period nor a
share of it. A merged dash (nothing in any of them) is each period's zero and stays read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.coverage import amount_spans_periods
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.sections.funding_grid import Position
from pledgecard.extract.sections.funding_spread import SPANNED, spread_cell
from pledgecard.normalize.money import parse_amount
from pledgecard.normalize.text import fold


def spanning_groups(
    table: Table, where: list[tuple[Position, list[Position]]]
) -> list[tuple[int, list[int], Cell]]:
    """Each merged cell standing in two or more of a funding record row's columns and holding an amount that
    is not zero: ``(row, columns, cell)``, the record row's index and the indices of the columns it covers."""
    grid = table.cell_grid()
    out: list[tuple[int, list[int], Cell]] = []
    for i, (_, cells_at) in enumerate(where):
        by_cell: dict[int, list[int]] = {}
        cells: dict[int, Cell] = {}
        for j, (r, c) in enumerate(cells_at):
            cell = grid[r][c] if 0 <= r < len(grid) and 0 <= c < len(grid[r]) else None
            if cell is not None and (cell.col_span > 1 or cell.row_span > 1):
                by_cell.setdefault(id(cell), []).append(j)
                cells[id(cell)] = cell
        out += [
            (i, js, cells[key]) for key, js in by_cell.items() if len(js) > 1 and _not_zero(cells[key].text)
        ]
    return out


def spanning_cells(table: Table, where: list[tuple[Position, list[Position]]]) -> list[tuple[int, int]]:
    """``(row, column)`` of the funding record's cells whose printed cell is one merged cell standing
    in two or more of the row's columns (and holding an amount that is not zero)."""
    return [(i, j) for i, js, _ in spanning_groups(table, where) for j in js]


def span_findings(
    spans: list[tuple[dict[str, Any], list[dict[str, Any]], Cell]],
    columns: list[dict[str, Any]],
    rows: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """An ``extract.amount_spans_periods`` finding for each merged amount (its record row, the columns it
    covers, its cell: ``spans`` keeps the row and column objects, the record's final ``rows`` and ``columns``
    giving their places), at the row it stands in (``funding`` when that row is no longer in the record)."""
    out = []
    for row, cols, cell in spans:
        i = next((k for k, r in enumerate(rows) if r is row), None)
        at = [k for k, x in enumerate(columns) if any(c is x for c in cols)]
        out.append(
            amount_spans_periods(
                "funding" if i is None else f"funding.rows[{i}]",
                row.get("label"),
                fold(cell.text),
                [columns[k].get("label") for k in at],
                at,
                cell.source,
            )
        )
    return out


def _not_zero(text: str) -> bool:
    return parse_amount(fold(text), 1) != 0


def null_spanning(rows: list[dict[str, Any]], cells: list[tuple[int, int]]) -> int:
    """Null every cell of ``cells`` in ``rows``; returns how many were read before."""
    done = 0
    for i, j in cells:
        if i < len(rows) and j < len(rows[i]["amounts_krw"]) and rows[i]["amounts_krw"][j] is not None:
            rows[i]["amounts_krw"][j] = None
            done += 1
    return done


def spread_findings(
    columns: list[dict[str, Any]], rows: list[dict[str, Any]], where: Callable[[str, str], Source | None]
) -> list[dict[str, Any]]:
    """An ``extract.amount_spans_periods`` finding for each amount a text dump's row printed once over several
    periods, read null: a cell placed in every column the sums prove it spans (:mod:`funding_span_rows`), or a
    cell whose remark tells it covers several (``756 (2년간)``) left where it stood, the periods unknown.
    ``where(label, amount)``: the line printing the row."""
    out = []
    for i, r in enumerate(rows):
        raw = r.get("amounts_raw") or []
        if len(raw) != len(
            r["amounts_krw"]
        ):  # (a row printing more cells than columns: which is which unknown)
            continue
        j = 0
        while j < len(raw):
            cell = raw[j] or ""
            if r["amounts_krw"][j] is not None or not (cell.startswith(SPANNED) or spread_cell(cell)):
                j += 1
                continue
            k = j + 1
            while (
                cell.startswith(SPANNED) and k < len(raw) and raw[k] == cell and r["amounts_krw"][k] is None
            ):
                k += 1
            amount = cell.removeprefix(SPANNED).strip()
            periods = [c.get("label") for c in columns[j:k]] if k - j > 1 else []
            out.append(
                amount_spans_periods(
                    f"funding.rows[{i}]",
                    r.get("label"),
                    amount,
                    periods,
                    list(range(j, k)),
                    where(r.get("label") or "", amount.split("(")[0].split("（")[0].strip()),
                )
            )
            j = k
    return out
