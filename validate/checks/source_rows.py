"""Funding rows of one source code: a part printed twice, or two sources the schema folds into one code.

CARD_SCHEMA.md maps 시비, 군비 and 시군비 all to ``municipal``: a 광역시 군's card prints 시비 (the upper
level's money) and 군비 as two rows of two labels, one code. A row read twice keeps its printed label; a
subtotal (``소계`` beside ``계``) is a second ``total``, and a table holds one total. So a row's identity is its
code and its printed label (white space folded), except a total row, one a table; and a source's money in
the table is the sum of its rows of distinct labels (a row printed twice counted once).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pledgecard.validate.checks._base import d, lst, num


def label_key(row: Mapping[str, Any]) -> str | None:
    """The printed label of a funding row with its white space folded away (``시  비`` -> ``시비``)."""
    label = row.get("label")
    return re.sub(r"\s+", "", label) if isinstance(label, str) and label.strip() else None


def row_identity(row: Mapping[str, Any]) -> tuple[str, str | None] | None:
    """What makes a funding row one part of the record: its source code and, but for a total, its label
    (two rows of one code and two labels are two sources; of one label, one row printed twice)."""
    source = row.get("source")
    if not isinstance(source, str):
        return None
    return (source, None) if source == "total" else (source, label_key(row))


def source_amounts(
    rows: Iterable[Any], column: int
) -> tuple[dict[str, float | None], dict[tuple[str, str], float | None]]:
    """The funding table's money in ``column`` by source code (the rows of one code and distinct labels
    summed, the first of a row printed twice; one missing amount makes the code's sum unknown) and by
    (code, printed label)."""
    by_source: dict[str, float | None] = {}
    by_label: dict[tuple[str, str], float | None] = {}
    seen: set[tuple[str, str | None]] = set()
    for raw in rows:
        row = d(raw)
        ident = row_identity(row)
        if ident is None or ident in seen:
            continue
        seen.add(ident)
        amounts = lst(row.get("amounts_krw"))
        value = num(amounts[column]) if column < len(amounts) else None
        source, label = ident
        if label is not None:
            by_label[(source, label)] = value
        if source not in by_source:
            by_source[source] = value
        else:
            earlier = by_source[source]
            by_source[source] = None if earlier is None or value is None else round(earlier + value, 6)
    return by_source, by_label
