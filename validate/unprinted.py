"""Cells the card does not print, told from cells that could not be read: a funding cell an
``extract.periods_unprinted`` finding names (a source's period, where the card prints the sources' totals alone)
is null because nothing is printed there, so no ``normalize.unreadable_amount`` finding is kept for it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_CELL = re.compile(r"^funding\.rows\[(\d+)\]\.amounts_krw\[(\d+)\]$")


def _ints(value: Any) -> list[int]:
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool)] if isinstance(value, list) else []


def without_unprinted(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``findings`` less the failing ``normalize.unreadable_amount`` findings at a funding cell that a failing
    ``extract.periods_unprinted`` finding of the same card names (its ``observed`` rows by columns).

    >>> unprinted = {"code": "extract.periods_unprinted", "success": False, "card_id": "a",
    ...              "observed": {"rows": [1], "columns": [1, 2]}}
    >>> cell = {"code": "normalize.unreadable_amount", "success": False, "card_id": "a"}
    >>> kept = without_unprinted([unprinted, {**cell, "location": "funding.rows[1].amounts_krw[2]"},
    ...                           {**cell, "location": "funding.rows[1].amounts_krw[0]"},
    ...                           {**cell, "card_id": "b", "location": "funding.rows[1].amounts_krw[2]"}])
    >>> [(f["card_id"], f.get("location")) for f in kept]
    [('a', None), ('a', 'funding.rows[1].amounts_krw[0]'), ('b', 'funding.rows[1].amounts_krw[2]')]
    """
    cells: set[tuple[str, int, int]] = set()
    for f in findings:
        observed = f.get("observed")
        if f.get("code") == "extract.periods_unprinted" and not f.get("success") and isinstance(observed, Mapping):
            card = str(f.get("card_id"))
            cells.update((card, r, c) for r in _ints(observed.get("rows")) for c in _ints(observed.get("columns")))
    if not cells:
        return findings
    return [f for f in findings if not _unprinted(f, cells)]


def _unprinted(f: Mapping[str, Any], cells: set[tuple[str, int, int]]) -> bool:
    if f.get("code") != "normalize.unreadable_amount" or f.get("success"):
        return False
    m = _CELL.match(str(f.get("location") or ""))
    return bool(m) and (str(f.get("card_id")), int(m.group(1)), int(m.group(2))) in cells
