"""A goal table's row a converter laid out from its first column, the cells of the columns spanning it from the
row above left out (pyhwp's hwp5html turned to text by inscriptis prints a cell spanning rows on its first row
only: ``2024  1.3km  0.8km  추진 중`` under ``연도 | 성과지표 | 목표 | 실적 | 추진상황 | 추진내용 | 비고``). Read by
the head, the row's target sat in the project column, its actual in the target's and its status in the actual's
(sup-district 47012 hwp5html: a 0.8km target that is the year's actual). Its cells go back to their columns
only where their kinds prove them: after the year, a figure with its unit, then as many cells as the head's
other value columns (a figure or a dash for the actual, a status word whole for the status), packed left with
nothing after them; the spanning columns left empty for the merged-cell rule to fill from above."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import DASH, is_status_cell, is_value_token


def _fits(kind: str, cell: str) -> bool:
    if kind == "status":
        return is_status_cell(cell)
    if kind == "actual":
        return is_value_token(cell) or bool(DASH.match(cell))
    return is_value_token(cell)


def unpacked_row(row: list[str], columns: dict[str, int]) -> list[str] | None:
    """``row`` with its packed cells back in their columns (see the module); None when it is no such row.
    ``columns``: the head's column of each field (``year``, ``project``, ``target``, ``actual``, ``status``)."""
    year, project, status = columns.get("year"), columns.get("project"), columns.get("status")
    if year is None or project is None or status is None or not row[year].strip() or row[status].strip():
        return None
    fields = sorted((c, name) for name, c in columns.items() if name in ("target", "actual", "status"))
    if "target" not in {name for _, name in fields} or not year < project < fields[0][0]:
        return None
    filled = [j for j, cell in enumerate(row) if cell.strip()]
    cells = [row[j] for j in filled if j != year]
    if filled != [year, *range(year + 1, year + 1 + len(cells))] or len(cells) != len(fields):
        return None  # not packed left from the year, or not one cell a value column
    if not all(_fits(name, cell) for (_, name), cell in zip(fields, cells, strict=True)):
        return None
    out = [""] * len(row)
    out[year] = row[year]
    for (c, _), cell in zip(fields, cells, strict=True):
        out[c] = cell
    return out
