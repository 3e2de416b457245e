"""Block labels in a table's first column: the column heads over every block's rows, a block label a page
break cut in two, a block heading with its reporting date."""

from __future__ import annotations

import re

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout_labels import label_cell, row_cells
from pledgecard.normalize.dates import is_date


def block_column_head(table: Table, starts: list[int]) -> int | None:
    """Row 0 when it is the column heads of a table whose first column holds block labels spanning
    their rows (구분 | 추진일자 | 추진내용 | 비고 over ``기 추진실적`` and its items): one row above
    the first label, every label a block's (no section's), the heads short words without a figure,
    two or more beside the labels' column. Every block's rows are read under these heads."""
    if not starts or starts[0] != 1:
        return None
    for r in starts:
        label = label_cell(table, r)
        if label is None or label.col != 0:
            return None
        text = " ".join(label.text.split())
        rest = label_rest(table, label, r + max(1, label.row_span))
        if section_of(text) is not None and not _dated(
            f"{text} {' '.join(rest.text.split())}" if rest else text
        ):
            return None  # a section's label (a body table), not a block's: a block's carries its date
    heads = [c for c in row_cells(table, 0) if c.col >= 1]
    if len(heads) < 2 or any(re.search(r"\d", c.text) or not 0 < len(c.text.strip()) <= 10 for c in heads):
        return None
    return 0


def label_rest(table: Table, label: Cell, end: int) -> Cell | None:
    """The rest of a block label a page break cut (``기 추진실적`` on one page, ``('23년 3분기 누계)``
    on the next): the next label cell in its column, past empty rows, wholly a date in brackets,
    under a label with no date of its own; None when the label goes on in no such cell."""
    while end < table.n_rows and not any(c.text.strip() for c in row_cells(table, end)):
        end += 1
    nxt = label_cell(table, end) if end < table.n_rows else None
    text = " ".join(nxt.text.split()) if nxt is not None else ""
    name = " ".join(label.text.split())
    g = parse_group_heading(name)
    if (
        nxt is None
        or nxt.col != label.col
        or (g is not None and g[1])
        or not (
            text.startswith("(") and text.endswith(")") and (is_date(text[1:-1]) or _dated(f"{name} {text}"))
        )
    ):
        return None
    return nxt


def _dated(text: str) -> bool:
    """A block heading with its reporting date (``기 추진실적 ('23년 3분기 누계)``)."""
    g = parse_group_heading(text)
    return g is not None and bool(g[1])
