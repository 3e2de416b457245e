"""A header printed as a pledge list's row: labels over values, one label (the status) spanning a row of its
options, and under each option a word saying whether it is the pledge's (a published list prints
``추진상황`` over ``이행후 계속추진 | 완료 | 정상 | 일부`` and ``해당됨`` under the pledge's status, ``해당안됨``
under the others). The status is the option over the one ticked word; the other labels, spanning both head
rows, have their values in the row under the options. The words are ``[checkboxes]`` ticked_words /
unticked_words."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _text(cell: Any) -> str:
    return fold(cell.text.replace("\n", " "))


def _at(table: Table, row: int, col: int) -> Any | None:
    """The cell that starts at ``row`` and covers column ``col``."""
    return next((c for c in table.cells if c.row == row and c.col <= col < c.col + c.col_span), None)


def mark_words() -> tuple[set[str], set[str]]:
    """The words (as keys) a pledge list prints under its options: ticked (해당됨), unticked (해당안됨)."""
    v = current()
    return (
        {key(w) for w in v.words("checkboxes", "ticked_words")},
        {key(w) for w in v.words("checkboxes", "unticked_words")},
    )


def option_grid_pairs(table: Table) -> tuple[list[tuple[str, str, Any]], set[int]]:
    """The label/value pairs of an option grid in ``table`` and the rows it takes (none when it holds none)."""
    on, off = mark_words()
    for r in range(table.n_rows - 2):
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        status = [
            c for c in row if c.col_span >= 2 and c.row_span == 1 and header_field_of(_text(c)) == "status"
        ]
        if len(status) != 1:
            continue
        head = status[0]
        cols = range(head.col, head.col + head.col_span)
        options = [_at(table, r + 1, col) for col in cols]
        marks = [_at(table, r + 2, col) for col in cols]
        if any(c is None or c.col_span != 1 for c in options + marks):
            continue
        words = [key(_text(c)) for c in marks]
        if not all(w in on or w in off for w in words) or sum(w in on for w in words) != 1:
            continue  # every option's word ticked or not, one ticked
        pairs: list[tuple[str, str, Any]] = []
        i = [w in on for w in words].index(True)
        pairs.append(("status", _text(options[i]), marks[i].source))
        for c in row:
            if c is head or c.row_span != 2:
                continue
            field = header_field_of(_text(c))
            value = _at(table, r + 2, c.col)
            if (
                field
                and value is not None
                and value.col_span == c.col_span
                and _text(value)
                and header_field_of(_text(value)) is None
            ):
                pairs.append((field, _text(value), value.source))
        return pairs, {r, r + 1, r + 2}
    return [], set()
