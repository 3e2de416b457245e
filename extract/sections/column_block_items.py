"""Row titles of an item table a converter printed column block by column block (class: pdftotext's default
mode and pdf2txt print a ``분기 | 주요 추진내용 | 비고`` table's head cells, date cells and status cells as lines of
their own among the rows' bulleted items, each row's title an unmarked line: gaeul-county 64009 pdftotext and
pdf2txt, whose titles were read as a flattened table's cells split at their spaces, the shared counter pairing
the lost ``…21건 검토 및 제도 개선`` row with another quarter's ``…40건…`` item).

The section proves the shape when it holds bulleted items and a head cell alone (a date, content or note column's
head of the vocabulary), and its unmarked lines from the first such cell to the last hold two or more status cells
alone (``완료``), two or more date cells alone (``'22. 3/4분기``) and no fragment of another table (a number, a cut
word: a goal table flattened a cell a line is no item table). Every other unmarked line there is a row's title: a
first-level item. The cells alone are no item: which row each dates is not printed (the dump ordered the columns'
blocks, not the rows), so the rows' dates stay unread."""

from __future__ import annotations

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.textjoin_column_blocks import column_block, column_cell, head_cell


def column_block_cells(items: list[Item]) -> tuple[set[int], set[int]]:
    """The indices of a column-block item table's row titles and of its cells alone (empty both when the
    section prints no such table)."""
    unmarked = [
        (i, it.text)
        for i, it in enumerate(items)
        if isinstance(it, Line) and it.marker is None and it.text.strip()
    ]
    cells = {i for i, t in unmarked if column_cell(t)}
    if not any(head_cell(t) for _, t in unmarked) or not any(
        isinstance(it, Line) and it.marker is not None for it in items
    ):
        return set(), set()
    first, last = min(cells), max(cells)
    span = [(i, t) for i, t in unmarked if first <= i <= last]
    if not column_block([t for _, t in span]):
        return set(), set()
    return {i for i, _ in span if i not in cells}, {i for i, _ in span if i in cells}
