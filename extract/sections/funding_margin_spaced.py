"""A sources' margin row whose thousands a space groups (``총 계 24 662 9 762 4 913 3 188 6 799``).

The class of card fixed: a dump prints the funding's two margins as two tables a row a line (the periods' totals,
then the sources' totals under a head of their own, :mod:`funding_margin_lines`), its amounts grouped by spaces:
the margin row's tokens outnumbered the head's labels, so no margin table was set apart, the two tables were read
as one and every cell was null (mutant 4368 txt: funding 0.725). The row's tokens are grouped into the head's
amount columns only where exactly one grouping makes the total's cell the sum of the sources' cells (a trailing
note column, 비고, may stand blank); else the row stays unread as before.
"""

from __future__ import annotations

from pledgecard.extract.sections.funding_cells import plain_int
from pledgecard.extract.sections.funding_spaced import groupings
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source


def spaced_margin_cells(labels: list[str], cells: list[str]) -> list[str] | None:
    """``cells`` (a label, then the row's printed tokens) with its tokens grouped into the amount columns of
    ``labels`` (the head's labels, its label column's first; a closing note column blank), where exactly one
    grouping makes the cell under the head's total label the sum of the cells under its sources; else None."""
    notes = current().note_column_keys
    heads = labels[1:]
    while heads and key(heads[-1]) in notes:
        heads = heads[:-1]
    kinds = [funding_source(h) for h in heads]
    if kinds.count("total") != 1 or any(k is None for k in kinds) or len(cells) - 1 <= len(heads):
        return None
    ti = kinds.index("total")
    proven = []
    for grouped in groupings(cells[1:], len(heads)):
        values = [plain_int(c, blank_is_zero=False) for c in grouped]
        if None not in values and values[ti] == sum(v for j, v in enumerate(values) if j != ti):  # type: ignore[misc]
            proven.append([c.replace(" ", "") for c in grouped])
            if len(proven) > 1:
                return None
    return [cells[0], *proven[0]] if proven else None
