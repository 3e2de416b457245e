"""Cells the card does not print as a figure, told from cells that could not be read: a funding cell an extract
finding already explains is null on purpose, so no ``normalize.unreadable_amount`` finding is kept for it. Such a
finding names its cells in its ``observed`` ``columns`` (the record's, from 0) and its rows in ``observed``
``rows`` or its location (``funding.rows[2]``): ``extract.periods_unprinted`` (a source's period, where the card
prints the sources' totals alone) and ``extract.amount_spans_periods`` (an amount printed once over several
periods, no period's figure); or names its cells one by one in ``observed`` ``cells``: ``extract.unit_unproven``
(a bare amount in a table printing no unit that no sum proves a unit for), or names record locations in
``observed`` ``locations`` (``extract.unit_unproven`` at an overview budget printing no unit)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_CELL = re.compile(r"^funding\.rows\[(\d+)\]\.amounts_krw\[(\d+)\]$")
_ROW = re.compile(r"^funding\.rows\[(\d+)\]$")


def _ints(value: Any) -> list[int]:
    return (
        [v for v in value if isinstance(v, int) and not isinstance(v, bool)]
        if isinstance(value, list)
        else []
    )


def explained_cells(f: Mapping[str, Any]) -> list[tuple[int, int]]:
    """``(row, column)`` of the funding cells a failing extract finding ``f`` says are null on purpose (none for
    any other finding).

    >>> explained_cells({"code": "extract.amount_spans_periods", "success": False, "location": "funding.rows[2]",
    ...                  "observed": {"amount": "600", "periods": ["2025", "2026"], "columns": [2, 3]}})
    [(2, 2), (2, 3)]
    >>> explained_cells({"code": "extract.periods_unprinted", "success": False, "location": "funding",
    ...                  "observed": {"rows": [1, 2], "columns": [3]}})
    [(1, 3), (2, 3)]
    >>> explained_cells({"code": "extract.unit_unproven", "success": False, "location": "funding",
    ...                  "observed": {"cells": [[0, 1], [2, 3]]}})
    [(0, 1), (2, 3)]
    >>> explained_cells({"code": "funding.sum", "success": False, "location": "funding.rows[2]",
    ...                  "observed": {"columns": [1]}})
    []
    """
    observed = f.get("observed")
    if not str(f.get("code")).startswith("extract.") or f.get("success") or not isinstance(observed, Mapping):
        return []
    if "cells" in observed:  # cells named one by one (extract.unit_unproven): [row, column] each
        return [
            (c[0], c[1])
            for c in observed["cells"]
            if isinstance(c, list | tuple) and len(_ints(list(c))) == 2
        ]
    row = _ROW.match(str(f.get("location") or ""))
    rows = _ints(observed.get("rows")) if "rows" in observed else [int(row.group(1))] if row else []
    return [(r, c) for r in rows for c in _ints(observed.get("columns"))]


def without_unprinted(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``findings`` less the failing ``normalize.unreadable_amount`` findings at a funding cell that a failing
    extract finding of the same card explains (:func:`explained_cells`).

    >>> unprinted = {"code": "extract.periods_unprinted", "success": False, "card_id": "a",
    ...              "observed": {"rows": [1], "columns": [1, 2]}}
    >>> cell = {"code": "normalize.unreadable_amount", "success": False, "card_id": "a"}
    >>> kept = without_unprinted([unprinted, {**cell, "location": "funding.rows[1].amounts_krw[2]"},
    ...                           {**cell, "location": "funding.rows[1].amounts_krw[0]"},
    ...                           {**cell, "card_id": "b", "location": "funding.rows[1].amounts_krw[2]"}])
    >>> [(f["card_id"], f.get("location")) for f in kept]
    [('a', None), ('a', 'funding.rows[1].amounts_krw[0]'), ('b', 'funding.rows[1].amounts_krw[2]')]
    """
    cells = {(str(f.get("card_id")), r, c) for f in findings for r, c in explained_cells(f)}
    places = {(str(f.get("card_id")), loc) for f in findings for loc in explained_locations(f)}
    if not cells and not places:
        return findings
    return [f for f in findings if not _unprinted(f, cells) and not _unproven_at(f, places)]


def explained_locations(f: Mapping[str, Any]) -> list[str]:
    """The record locations (``overview.budget.total_krw``, ``overview.budget.parts[1]``) a failing
    ``extract.unit_unproven`` finding names in its ``observed`` ``locations``: amounts null on purpose.

    >>> explained_locations({"code": "extract.unit_unproven", "success": False, "location": "overview.budget",
    ...                      "observed": {"locations": ["overview.budget.total_krw"]}})
    ['overview.budget.total_krw']
    """
    observed = f.get("observed")
    if f.get("code") != "extract.unit_unproven" or f.get("success") or not isinstance(observed, Mapping):
        return []
    locs = observed.get("locations")
    return [x for x in locs if isinstance(x, str)] if isinstance(locs, list) else []


def _unproven_at(f: Mapping[str, Any], places: set[tuple[str, str]]) -> bool:
    return (
        f.get("code") == "normalize.unreadable_amount"
        and not f.get("success")
        and (str(f.get("card_id")), str(f.get("location"))) in places
    )


def _unprinted(f: Mapping[str, Any], cells: set[tuple[str, int, int]]) -> bool:
    if f.get("code") != "normalize.unreadable_amount" or f.get("success"):
        return False
    m = _CELL.match(str(f.get("location") or ""))
    return bool(m) and (str(f.get("card_id")), int(m.group(1)), int(m.group(2))) in cells
