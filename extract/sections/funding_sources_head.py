"""A piece of a years-down funding table read as a table of its own: the sources across its head and no period
row under it (a layout dump's reader cut the table where a row's note words or dash cells broke the columns).

The class of card: a table with the periods down and the sources across (``구분 계 국비 도비 시비 비고`` over
``총사업비`` and one row a year, each year's row closing with a 비고 note: mutant 4160 layout) which the layout reader
split into pieces, the head and the total row one table, the year rows text lines and a second table. The first
piece, with no two period rows, is no transposed table (:func:`~pledgecard.extract.sections.funding_grid.
sources_across`) and was read as a table of columns named 국비, 도비, 시비 (kinds ``other``) with one 총사업비 row,
the years lost with no finding. A source's name never heads a period column: such a piece is re-read with the
section's other lines (its rows as printed lines, only what the sums prove kept). Only where the section holds more than that table (figure lines or another table,
where the period rows went: :func:`periods_elsewhere`): a whole table ``구분 | 계 | 국비 | 도비 | 군비`` over one
총사업비 row (a one-year project) or a 계 row over sub-project rows is no piece, and reads as it did (review A of
session 33: it had read all-null)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_token, unspaced
from pledgecard.normalize.money import funding_source


def sources_as_columns(columns: Sequence[dict[str, Any]]) -> bool:
    """Whether two column labels or more of a table read the usual way round name funding sources (국비, 도비: not
    the total): the sources run across, a table turned, whose period rows the read table does not hold."""
    return (
        sum(1 for c in columns if funding_source(unspaced(str(c.get("label") or ""))) not in (None, "total"))
        >= 2
    )


def periods_elsewhere(lines: Sequence[Line], tables: int) -> bool:
    """Whether a funding section holds rows outside one table: a line printing an amount, or a second table (where a
    reader put the period rows it cut from a turned table's head)."""
    return tables > 1 or any(is_amount_token(w) for ln in lines for w in ln.text.split())
