"""A header's row of values left unread under its row of labels: a finding at its line.

A dump prints a header table's row of labels on one line and the row of values under it run together
(``공약명 실천목표 주관부서`` over ``수소산업 특화단지 지정 추진 단계별 추진 산업입지담당관``). Where the header reader
cannot tell the values apart by their kinds (two free-text fields side by side), it leaves the line unread and
those fields null; the card says so at the line, as for a table's row left unread."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.coverage import header_values_unread
from pledgecard.extract.labels import find_labels
from pledgecard.extract.layout import Item, Line


def _labels_only(text: str) -> int:
    """How many labels a line prints when it prints nothing else (0 otherwise)."""
    labels = find_labels(text)
    rest = text
    for _, a, b in sorted(labels, key=lambda x: -x[1]):
        rest = rest[:a] + rest[b:]
    return len(labels) if labels and not re.sub(r"[\s|:：]", "", rest) else 0


def values_rows_unread(items: list[Item], rest: list[Item], heading: str | None) -> list[dict[str, Any]]:
    """Findings at the lines of ``items`` (a header section) that ``rest`` (what its reader left) holds,
    each a line of no label right under a line of two labels or more and nothing else."""
    left = {id(it) for it in rest}
    rows = [
        it
        for prev, it in zip(items, items[1:], strict=False)
        if id(it) in left
        and isinstance(it, Line)
        and isinstance(prev, Line)
        and not find_labels(it.text)
        and _labels_only(prev.text) >= 2
    ]
    return header_values_unread(rows, {id(r): heading for r in rows})
