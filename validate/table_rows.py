"""Evidence from a table of an HWP or HWPX card quoted as printed: for a finding whose source is a cell
(``cell T2!F11``: table 2, column F, row 11), the cited row under the table's head (its first row, the second too of a two-level head), each cell's
text as the reader read it, and the cited cell marked, as ``cells`` evidence
(``{"kind": "cells", "table": [[...], [...]], "highlight": [[row, col]]}``).

The document is read again with the reader of its format (:mod:`pledgecard.extract.formats`); the table is
the one whose cells carry that address (tables inside cells too). A merged cell stands in every grid position
it covers, as the record's side tables repeat it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pledgecard.extract.document import cell_parts

log = logging.getLogger(__name__)

MAX_CACHED = 4  # documents kept while a report is written


def _tables(blocks: list[Any]) -> Iterator[Any]:
    """Every table in ``blocks``, tables inside cells included."""
    from pledgecard.extract.document import Table

    for b in blocks:
        if isinstance(b, Table):
            yield b
            for c in b.cells:
                yield from _tables(list(c.blocks or c.nested))


def _text(cell: Any) -> str:
    return " ".join(cell.text.split()) if cell is not None else ""


def two_level_head(grid: list[list[Any]]) -> bool:
    """Whether the first two rows of a table's ``grid`` are one head of two levels: a heading of the first row
    spanning columns over two or more cells of the second, beside a head of the first row spanning both rows
    (the label column's). A key/value table, one of whose cells spans columns in every row, has none.
    """
    if len(grid) < 3:
        return False
    first = list({id(c): c for c in grid[0] if c is not None and c.row == 0}.values())
    if not any(c.row_span > 1 for c in first):
        return False
    for c in first:
        if c.col_span > 1 and c.row_span == 1:
            under = {id(x) for x in grid[1][c.col : c.col + c.col_span] if x is not None and x.row == 1}
            if len(under) >= 2:
                return True
    return False


class RowFinder:
    """The cited rows of the HWP/HWPX cards of one report (a few documents' tables cached)."""

    def __init__(self) -> None:
        self._docs: OrderedDict[Path, dict[int, Any]] = OrderedDict()

    def _by_number(self, path: Path, fmt: str) -> dict[int, Any]:
        if path in self._docs:
            self._docs.move_to_end(path)
            return self._docs[path]
        from pledgecard.extract.formats import reader_for
        from pledgecard.extract.limits import Limits

        found: dict[int, Any] = {}
        try:
            doc = reader_for(fmt)(path.read_bytes(), path=str(path), limits=Limits())
        except Exception as exc:  # noqa: BLE001 - a file that no longer reads gives no evidence, not a crash
            log.debug("cannot read %s for evidence: %s", path, exc)
        else:
            for table in _tables(list(doc.blocks)):
                parts = next((cell_parts(c.source.cell) for c in table.cells if c.source.cell), None)
                if parts is not None:
                    found.setdefault(parts[0], table)
        while len(self._docs) >= MAX_CACHED:
            self._docs.popitem(last=False)
        self._docs[path] = found
        return found

    def row(self, path: Path, fmt: str, cell: str | None) -> tuple[list[list[str]], list[list[int]]] | None:
        """The table's head (its first row, and the second of a two-level head: :func:`two_level_head`) and the row of
        ``cell`` with the cell's positions marked, or ``None`` when the document has no such cell."""
        parts = cell_parts(cell)
        if parts is None:
            return None
        number, row, col = parts
        table = self._by_number(path, fmt).get(number)
        if table is None or not (0 <= row < table.n_rows and 0 <= col < table.n_cols):
            return None
        grid = table.cell_grid()
        head = (
            [0, 1] if row > 1 and two_level_head(grid) else [0]
        )  # a two-level head: its second row too (years)
        rows = [*head, row] if row not in head else head[: head.index(row) + 1]
        quoted = [[_text(c) for c in grid[r]] for r in rows]
        cited = grid[row][col]  # a merged cell marked in every position it covers
        return quoted, [
            [len(rows) - 1, k]
            for k, c in enumerate(grid[row])
            if k == col or cited is not None and c is cited
        ]
