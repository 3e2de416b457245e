"""A funding told as its two margins: the periods' totals in one table (a total row alone), the sources' totals in
another, the sources across (구분 | 계 | 국비 | 시비 | 구비 | 민자등 | 비고 over one 총 계 row, as a district's
pledge plan prints them). Each source's total is read into the total column; no source's period is printed, so
none is read (null)."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.sections.funding_cells import unspaced
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source, parse_amount
from pledgecard.record import FundingColumn, FundingRow


def source_margin(t: Table, mult: int) -> tuple[int, list[tuple[str, str, int]]] | None:
    """The total and the sources' (label, code, amount) a table of the sources' totals prints: a head row of a
    label-column head, a total head, two or more source heads (and note heads, their cells not read) over one
    row labelled with a total word, every source's cell an amount, the sources summing to the total. None for
    any other table."""
    g = t.grid()
    if len(g) != 2 or len(g[0]) < 4:
        return None
    head, body = g
    if funding_source(unspaced(body[0])) != "total":
        return None
    notes = {key(w) for w in current().words("note_column", "words")}
    total: int | None = None
    parts: list[tuple[str, str, int]] = []
    for h, cell in zip(head[1:], body[1:], strict=True):
        label = unspaced(h)
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
        elif all(label != p[0] for p in parts):
            parts.append((label, code, amount))
    if total is None or len(parts) < 2 or sum(a for *_, a in parts) != total:
        return None
    return total, parts


def with_source_margin(columns: list[FundingColumn], rows: list[FundingRow], t: Table, mult: int) -> bool:
    """Rows of the sources' totals (``t`` a table of them, :func:`source_margin`) added under a table read as a
    total row alone, its periods null, where the margin's total is the total row's total: True when added."""
    margin = source_margin(t, mult)
    ti = next((k for k, c in enumerate(columns) if c["kind"] == "total"), None)
    if margin is None or ti is None or len(rows) != 1 or rows[0]["source"] != "total":
        return False
    total, parts = margin
    if rows[0]["amounts_krw"][ti] != total:
        return False
    for label, code, amount in parts:
        amounts: list[int | None] = [None] * len(columns)
        amounts[ti] = amount
        rows.append({"label": label, "source": code, "amounts_krw": amounts})
    return True
