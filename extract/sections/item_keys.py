"""An item table (추진일자 | 추진내용) keyed by named entities: a column besides its date and content whose
every body row holds its own cell naming a place, a site or a body (a province's 시군 | 추진내용 | 추진일자)
prints a table of entities' works, cell by cell, no items (their key would be lost from the items'
text). The column's head must name entities (시군, 지역, 사업장: the vocabulary's ``[entity_heads]``, as the
funding's side tables); a column of kinds or fields (구분 회의/홍보, 분야 설계/공사), of row numbers or stages
(번호, 1단계: digits) or of groups a cell spans over several rows (구분 spanning a block's rows) keys no
entity: the rows stay items."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.sections.entity_heads import entity_head, entity_label
from pledgecard.normalize.text import fold


def _key_column(table: Table, grid: list[list[str]], col: int) -> bool:
    if not grid or col >= len(grid[0]) or not entity_head(grid[0][col]):
        return False
    cells = [fold(row[col]) if col < len(row) else "" for row in grid[1:]]
    if len(cells) < 2 or not all(entity_label(c) for c in cells):
        return False
    for i in range(1, len(grid)):
        cell = table.cell_at(i, col)
        if cell is None or cell.row != i or cell.row_span > 1:
            return False
    return len(set(cells)) >= 2


def keyed_by_entities(table: Table, grid: list[list[str]], date_col: int, content_col: int) -> bool:
    """Whether a column before the content column, besides the date column, keys every row by an entity."""
    return any(_key_column(table, grid, c) for c in range(content_col) if c != date_col)
