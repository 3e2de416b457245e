"""A sheet's label column: the part names of a card laid out as a spreadsheet, each merged down its rows.

A card kept as a sheet names its parts in its first column (사업개요, 재원투자, 추진실적 ...), each name a
cell merged down over the rows of its part, the part's own cells to its right. A tab-separated export
writes a merged cell's text in its first row only and leaves the column empty in the rows under it, so a
part's later rows read as rows of their own (an item, a table row with no label) and the part's rows no
longer hang under its name. Here such a label is told by the rows under it: the first field empty, some
field to its right filled, up to the next row whose first field holds a text. A bracketed remark in the
first field right under the name (``(단위:백만원)``, ``(’25. 6월말 기준)``) is the merged cell's second line,
printed in the row under the name. A sheet printing headings in its first column (a record of one text there
among the parts) has none: its first column's merged cells are its tables'.
"""

from __future__ import annotations

import re

MIN_LABELS = 3  # a label column names at least this many parts that run over more than one row
_REMARK = re.compile(r"^[(\[（].*[)\]）]$")  # a bracketed remark: the label cell's second line


def _first(fields: list[str]) -> str:
    return fields[0].strip() if fields else ""


def _rest(fields: list[str]) -> bool:
    return any(x.strip() for x in fields[1:])


def label_blocks(rows: list[list[str]]) -> dict[int, tuple[int, list[str]]]:
    """The sheet's label column: for each row starting a part, the row after its last (the label cell's
    row span) and the label's lines; empty when the sheet has no such column (fewer than
    :data:`MIN_LABELS` names running down over rows whose first field is empty)."""
    blocks: dict[int, tuple[int, list[str]]] = {}
    r = 0
    while r < len(rows):
        name = _first(rows[r])
        if not name or not _rest(rows[r]):
            r += 1
            continue
        lines = [name]
        end = r + 1
        if end < len(rows) and _REMARK.match(_first(rows[end])) and _rest(rows[end]):
            lines.append(_first(rows[end]))
            end += 1
        while end < len(rows) and not _first(rows[end]) and _rest(rows[end]):
            end += 1
        blocks[r] = (end, lines)
        r = end
    spanning = [r for r, (end, _) in blocks.items() if end - r > 1]
    if len(spanning) < MIN_LABELS:
        return {}
    # from the first part on every record is a part's (its name and cells, or cells under it): a record of one
    # text in the first column there is a heading (1. 사업개요), and the sheet prints its parts under headings, a
    # table's merged cells (구분 over two head rows, a row number spanning its rows) no label column
    if any(_first(f) and not _rest(f) for f in rows[spanning[0] :]):
        return {}
    return {r: b for r, b in blocks.items() if b[0] - r > 1}
