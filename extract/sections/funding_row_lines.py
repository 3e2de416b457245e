"""Which printed line each funding row was read from, for its provenance: the line printing the row's figures
(its amounts in the card's unit, or the cells it kept as printed), not the row's place among the table's lines
(sub-projects' blocks printed above the whole's rows, rows folded or dropped: the record's row ``i`` is not the
table's line ``i``). A row no line prints the figures of gets no line (rather than another row's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import squashed_cell
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.normalize.money import parse_amount
from pledgecard.normalize.text import fold

_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub("", fold(text)).strip("↔")


def _score(row: dict[str, Any], cells: list[str], mult: int) -> tuple[bool, int, bool]:
    """Whether the line's amount ``cells`` print ``row``'s first figure (a row printed in two parts, its years
    going on in a table under it: the part holding its label and total), how many of its figures they print
    (nonzero amounts, or its printed cells where it kept them), and whether the line's label is the row's."""
    amounts = [parse_amount(squashed_cell(c), mult) for c in cells[1:]]
    printed = [_squash(c) for c in cells[1:]]
    raw = row.get("amounts_raw") if isinstance(row.get("amounts_raw"), list) else []
    hits: list[bool] = []
    for j, amount in enumerate(row.get("amounts_krw") or []):
        text = _squash(raw[j]) if j < len(raw) and isinstance(raw[j], str) else ""
        if amount or any(ch.isdigit() for ch in text):  # (a figure: a zero's dash is every row's)
            hits.append(bool(amount and amount in amounts or text and any(ch.isdigit() for ch in text)
                             and text in printed))
    return bool(hits and hits[0]), sum(hits), cells[0] == row.get("label")


def row_lines(rows: Sequence[dict[str, Any]], lines: Sequence[Line], mult: int) -> dict[int, Line]:
    """The line of each row of ``rows`` among the data ``lines``: the one printing most of its figures (its
    label breaking a tie, then the later line: the whole's rows follow its parts'); a row of no figure, the one
    line printing its label alone."""
    parsed = [(ln, cells) for ln in lines if (cells := data_row(ln.full_text))]
    out: dict[int, Line] = {}
    for i, row in enumerate(rows):
        scored = [(_score(row, cells, mult), k) for k, (_, cells) in enumerate(parsed)]
        best = max(scored, default=None)
        if best is not None and best[0][1] > 0:
            out[i] = parsed[best[1]][0]
        else:
            labelled = [ln for (ln, cells) in parsed if cells[0] == row.get("label")]
            if len(labelled) == 1 and not any(row.get("amounts_krw") or []):
                out[i] = labelled[0]
    return out
