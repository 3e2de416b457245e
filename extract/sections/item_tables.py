"""Items printed as a table, one a row: a date column and a content column (추진일자 | 추진내용 |
비고 under 추진실적, 추진일정 | 추진내용 under 향후계획). The header row is known by its words
(vocabulary ``[item_table]``, each cell one word whole); a row becomes a line ``content : date``
with the content cell's own marker (a level-1 row prints none), so the section's line reader
reads it as it reads a bulleted line. The other columns (비고) are no part of an item.
"""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import split_marker
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.text import fold

ROW_MARKER = "\u2063"  # the marker of a row whose content prints none (a level-1 item); never printed


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(key(w) for w in v.words("item_table", "date")),
            frozenset(key(w) for w in v.words("item_table", "content")))


def item_columns(head: list[str]) -> tuple[int, int] | None:
    """(date column, content column) of a header row naming exactly one of each; else None."""
    dates, contents = current().build(_words)
    d = [j for j, c in enumerate(head) if key(c) in dates]
    t = [j for j, c in enumerate(head) if key(c) in contents]
    return (d[0], t[0]) if len(d) == 1 and len(t) == 1 and d[0] != t[0] else None


def item_lines(table: Table) -> list[Line] | None:
    """The rows of an item table as lines (``content : date``), None for another table."""
    grid = table.grid()
    if len(grid) < 2:
        return None
    cols = item_columns(grid[0])
    if cols is None:
        return None
    d, t = cols
    out: list[Line] = []
    for i, row in enumerate(grid[1:], 1):
        content = fold(row[t]) if t < len(row) else ""
        date = fold(row[d]) if d < len(row) else ""
        if not content:
            continue
        marker, text = split_marker(content)
        text = f"{text} : {date}" if date else text
        cell = table.cell_at(i, t)
        out.append(Line(text=text, marker=marker or ROW_MARKER, indent=0,
                        source=cell.source if cell is not None else table.source))
    return out
