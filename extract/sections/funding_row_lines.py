"""Which printed line each funding row was read from, for its provenance: the line printing the row's figures
(its amounts in the card's unit, or the cells it kept as printed), not the row's place among the table's lines
(sub-projects' blocks printed above the whole's rows, rows folded or dropped: the record's row ``i`` is not the
table's line ``i``). A line is a row's only where it prints the row's first figure (a nonzero one) or most of its
figures (one figure shared with another row, a 50 or a 0 every row may print, proves nothing), and each line is
one row's only (the row printing most of it first). A row no line prints the figures of gets no line (rather
than another row's)."""

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


def _score(row: dict[str, Any], cells: list[str], mult: int) -> tuple[bool, int, bool] | None:
    """Whether the line's amount ``cells`` print ``row``'s first figure, a nonzero one (a row printed in two parts,
    its years going on in a table under it: the part holding its label and total), how many of its figures they
    print (nonzero amounts, or its printed cells where it kept them), and whether the line's label is the row's;
    None where they print neither its first figure nor most of its figures."""
    amounts = [parse_amount(squashed_cell(c), mult) for c in cells[1:]]
    printed = [_squash(c) for c in cells[1:]]
    raw = row.get("amounts_raw") if isinstance(row.get("amounts_raw"), list) else []
    hits: list[bool] = []
    first = False
    for j, amount in enumerate(row.get("amounts_krw") or []):
        text = _squash(raw[j]) if j < len(raw) and isinstance(raw[j], str) else ""
        if amount or any(ch.isdigit() for ch in text):  # (a figure: a zero's dash is every row's)
            hits.append(
                bool(
                    amount
                    and amount in amounts
                    or text
                    and any(ch.isdigit() for ch in text)
                    and text in printed
                )
            )
            if len(hits) == 1:
                first = hits[0] and bool(amount)
    if not first and sum(hits) * 2 <= len(hits):
        return None
    return first, sum(hits), cells[0] == row.get("label")


def row_lines(rows: Sequence[dict[str, Any]], lines: Sequence[Line], mult: int) -> dict[int, Line]:
    """The line of each row of ``rows`` among the data ``lines``: the one printing its first figure or most of its
    figures (:func:`_score`; its first figure, then more of them, then its label breaking a tie, then the later
    line: the whole's rows follow its parts'), each line one row's, the best paired first; a row of no figure,
    the one line printing its label alone."""
    parsed = [(ln, cells) for ln in lines if (cells := data_row(ln.full_text))]
    out: dict[int, Line] = {}
    pairs = sorted(
        (
            (score, k, -i)
            for i, row in enumerate(rows)
            for k, (_, cells) in enumerate(parsed)
            if (score := _score(row, cells, mult)) is not None and score[1] > 0
        ),
        reverse=True,
    )
    taken: set[int] = set()
    for _, k, i in pairs:
        if -i not in out and k not in taken:
            out[-i] = parsed[k][0]
            taken.add(k)
    for i, row in enumerate(rows):
        if i not in out:
            labelled = [ln for (ln, cells) in parsed if cells[0] == row.get("label")]
            if len(labelled) == 1 and not any(row.get("amounts_krw") or []):
                out[i] = labelled[0]
    return out
