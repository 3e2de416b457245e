"""Evidence for a finding in a table, redrawn from the record: the table's cells with the flagged
ones marked (``{"kind": "cells", "table": [[...]], "highlight": [[row, col], ...]}``, rows and
columns counted from 0 with the header row first)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pledgecard.validate.checks._base import d, lst
from pledgecard.validate.wording import word

_FUNDING = re.compile(r"^funding\.(rows|columns)\[(\d+)\](?:\.amounts_krw\[(\d+)\])?")
_SIDE = re.compile(r"^tables\[(\d+)\]\.rows\[(\d+)\]\[(\d+)\]")
_GOAL = re.compile(r"^goals\[(\d+)\]")
_OUTREACH = re.compile(r"^outreach(?:\.items\[(\d+)\]\.count|\.total)?$")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return f"{int(value) if float(value).is_integer() else value:,}"
    return str(value)


def _funding(rec: Mapping[str, Any], m: re.Match[str]) -> dict[str, Any] | None:
    funding = d(rec.get("funding"))
    cols = [d(c) for c in lst(funding.get("columns"))]
    rows = [d(r) for r in lst(funding.get("rows"))]
    if not cols or not rows:
        return None
    table = [[""] + [_text(c.get("label")) for c in cols]]
    table += [[_text(r.get("label"))] + [_text(a) for a in lst(r.get("amounts_krw"))] for r in rows]
    kind, i, cell = m.group(1), int(m.group(2)), m.group(3)
    if kind == "rows" and cell is not None:
        highlight = [[i + 1, int(cell) + 1]]
    elif kind == "rows":
        highlight = [[i + 1, c + 1] for c in range(len(cols))]
    else:
        highlight = [[r + 1, i + 1] for r in range(len(rows))]
    return {"kind": "cells", "table": table, "highlight": highlight}


def _side(rec: Mapping[str, Any], m: re.Match[str]) -> dict[str, Any] | None:
    tables = lst(rec.get("tables"))
    t, r, c = (int(g) for g in m.groups())
    if t >= len(tables):
        return None
    header = [[_text(x) for x in lst(h)] for h in lst(d(tables[t]).get("header"))]
    rows = [[_text(x) for x in lst(row)] for row in lst(d(tables[t]).get("rows"))]
    return {"kind": "cells", "table": header + rows, "highlight": [[len(header) + r, c]]}


def _goals(rec: Mapping[str, Any], m: re.Match[str]) -> dict[str, Any] | None:
    goals = [d(g) for g in lst(rec.get("goals"))]
    g = int(m.group(1))
    if g >= len(goals):
        return None
    keys = ("project", "year", "target", "status", "actual")
    table = [list(keys)] + [
        [str(goal.get(k) or "") if k == "year" else _text(goal.get(k)) for k in keys] for goal in goals
    ]
    return {"kind": "cells", "table": table, "highlight": [[g + 1, 2], [g + 1, 4]]}


def _outreach(rec: Mapping[str, Any], m: re.Match[str]) -> dict[str, Any] | None:
    outreach = d(rec.get("outreach"))
    items = [d(i) for i in lst(outreach.get("items"))]
    if not items:
        return None
    table = [["", _text(outreach.get("unit"))]] + [
        [_text(i.get("label")), _text(i.get("count"))] for i in items
    ]
    table.append([word("evidence", "total"), _text(outreach.get("total"))])
    if m.group(1) is not None:
        highlight = [[int(m.group(1)) + 1, 1]]
    else:
        highlight = [[len(table) - 1, 1]] + (
            [[k + 1, 1] for k in range(len(items))] if m.group(0) == "outreach" else []
        )
    return {"kind": "cells", "table": table, "highlight": highlight}


def table_evidence(rec: Mapping[str, Any], location: str | None) -> dict[str, Any] | None:
    """The cells evidence of ``location`` when it lies in a table of the record, else ``None``.

    >>> rec = {"tables": [{"header": [["구분", "계"]], "rows": [["가", "670"]]}]}
    >>> table_evidence(rec, "tables[0].rows[0][1]")
    {'kind': 'cells', 'table': [['구분', '계'], ['가', '670']], 'highlight': [[1, 1]]}
    """
    if not location:
        return None
    for pattern, build in ((_FUNDING, _funding), (_SIDE, _side), (_GOAL, _goals), (_OUTREACH, _outreach)):
        m = pattern.match(location)
        if m:
            return build(rec, m)
    return None
