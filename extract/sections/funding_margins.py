"""A funding told as its two margins: the periods' totals in one table (a total row alone), the sources' totals in
another, the sources across (구분 | 계 | 국비 | 시비 | 구비 | 민자등 | 비고 over one 총 계 row, as a district's
pledge plan prints them). Each source's total is read into the total column, its cell its source; no source's
period is printed, so none is read (null), and one finding says so (``extract.periods_unprinted``), not a cell
that could not be read."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.coverage import periods_unprinted
from pledgecard.extract.document import Source, Table
from pledgecard.extract.sections.funding_cells import unspaced
from pledgecard.extract.sections.funding_column_heads import gubun_pattern
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source, parse_amount
from pledgecard.record import FundingColumn, FundingRow


def source_margin(t: Table, mult: int) -> tuple[int, list[tuple[str, str, int, int]]] | None:
    """The total and the sources' (label, code, amount, column) a table of the sources' totals prints: a head row
    of a label-column head (구분, vocabulary ``[label_column]``), a total head, two or more source heads,
    each once (a head merged over several columns is one head, read at its first column; note heads, their cells
    not read) over one row labelled with a total word, every source's cell
    an amount, the sources summing to the total. None for any other table."""
    cg = t.cell_grid()
    g = [["" if c is None else c.text for c in row] for row in cg]
    if len(g) != 2 or len(g[0]) < 4:
        return None
    head, body = g
    seen: set[int] = set()
    if not current().build(gubun_pattern).fullmatch(head[0].strip()):
        return None
    if funding_source(unspaced(body[0])) != "total":
        return None
    notes = current().note_column_keys
    total: int | None = None
    parts: list[tuple[str, str, int, int]] = []
    for k, (h, cell) in enumerate(zip(head[1:], body[1:], strict=True), start=1):
        label = unspaced(h)
        head_cell = cg[0][k]
        if head_cell is not None and id(head_cell) in seen:
            continue  # one head merged over several columns: the same cell again, not a source printed twice
        if head_cell is not None:
            seen.add(id(head_cell))
        if key(h) in notes:
            continue
        code = funding_source(label)
        amount = parse_amount(cell, mult) if cell.strip() else None
        if code is None or amount is None:
            return None
        if code == "total":
            if total is not None:
                return None
            total = amount
        elif any(label == p[0] for p in parts):
            return None  # a source printed twice: which is its total the table does not say
        else:
            parts.append((label, code, amount, k))
    if total is None or len(parts) < 2 or sum(p[2] for p in parts) != total:
        return None
    return total, parts


def with_source_margin(
    columns: list[FundingColumn], rows: list[FundingRow], t: Table, mult: int
) -> tuple[dict[str, Source], dict[str, Any]] | None:
    """Rows of the sources' totals (``t`` a table of them, :func:`source_margin`) added under a table read as a
    total row alone, its periods null, where the margin's total is the total row's total: when added, each added
    row's source (its label cell, ``rows[i]``) and its total cell's (``rows[i].amounts_krw[j]``), and the
    finding that the sources' periods are not printed; else None."""
    margin = source_margin(t, mult)
    ti = next((k for k, c in enumerate(columns) if c["kind"] == "total"), None)
    if margin is None or ti is None or len(rows) != 1 or rows[0]["source"] != "total":
        return None
    total, parts = margin
    if rows[0]["amounts_krw"][ti] != total:
        return None
    grid = t.cell_grid()
    where: dict[str, Source] = {}
    for label, code, amount, k in parts:
        amounts: list[int | None] = [None] * len(columns)
        amounts[ti] = amount
        i = len(rows)
        rows.append({"label": label, "source": code, "amounts_krw": amounts})
        for at, cell in ((f"rows[{i}]", grid[0][k]), (f"rows[{i}].amounts_krw[{ti}]", grid[1][k])):
            where[at] = cell.source if cell is not None and cell.source.describe() else t.source
    periods = [j for j in range(len(columns)) if j != ti]
    return where, periods_unprinted(
        list(range(1, len(rows))),
        periods,
        [r["label"] for r in rows[1:]],
        [columns[j]["label"] for j in periods],
        t.source,
    )
