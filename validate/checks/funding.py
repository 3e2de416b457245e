"""Funding table sums: each column's 계 row, each row's total column."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.validate.checks._base import Record, Row, d, fmt, lst, num, v
from pledgecard.validate.checks._sums import best, sum_candidates, sum_check

ORDER = 10
_CORE = ("prior", "year", "after_term")


def _grid(rec: Record) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]], list[list[Any]]]:
    funding = d(rec.get("funding"))
    cols = [d(c) for c in lst(funding.get("columns"))]
    rows = [d(r) for r in lst(funding.get("rows"))]
    return cols, rows, [lst(r.get("amounts_krw")) for r in rows]


def _cell(grid: list[list[Any]], r: int, c: int) -> float | None:
    return num(grid[r][c]) if c < len(grid[r]) else None


def column_rows(card_id: str, rec: Record) -> Iterator[Row]:
    cols, rows, grid = _grid(rec)
    total_rows = [i for i, r in enumerate(rows) if r.get("source") == "total"]
    if not total_rows:
        return
    t = total_rows[0]
    for c, col in enumerate(cols):
        claimed = _cell(grid, t, c)
        parts = [(rows[i].get("source"), _cell(grid, i, c)) for i in range(len(rows)) if i not in total_rows]
        if claimed is None or not parts or any(val is None for _, val in parts):
            continue
        yield {
            "code": "funding.column_sum",
            "card_id": card_id,
            "location": f"funding.columns[{c}]",
            "claimed": claimed,
            "parts_sum": best(claimed, sum_candidates(parts)),  # type: ignore[arg-type]
            "detail": {"column": col.get("label"), "total_row": rows[t].get("label")},
        }


def row_rows(card_id: str, rec: Record) -> Iterator[Row]:
    cols, rows, grid = _grid(rec)
    total_cols = [c for c, col in enumerate(cols) if col.get("kind") == "total"]
    if not total_cols:
        return
    tc = total_cols[0]
    core = [c for c, col in enumerate(cols) if col.get("kind") in _CORE]
    other = [c for c, col in enumerate(cols) if col.get("kind") not in (*_CORE, "total")]
    for r, row in enumerate(rows):
        claimed = _cell(grid, r, tc)
        vals = {c: _cell(grid, r, c) for c in core + other}
        if claimed is None or not core or any(vals[c] is None for c in core):
            continue
        cands = [round(sum(vals[c] for c in core), 6)]  # type: ignore[misc]
        if other and all(vals[c] is not None for c in other):
            cands.append(round(cands[0] + sum(vals[c] for c in other), 6))  # type: ignore[misc]
        yield {
            "code": "funding.row_sum",
            "card_id": card_id,
            "location": f"funding.rows[{r}]",
            "claimed": claimed,
            "parts_sum": best(claimed, cands),
            "detail": {"row": row.get("label"), "total_column": cols[tc].get("label")},
        }


def _describe_column(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    return (
        claimed,
        parts,
        (
            f"column {detail.get('column')!s}: {detail.get('total_row')} row says "
            f"{fmt(claimed)} won, the source rows sum to {fmt(parts)} won"
        ),
    )


def _describe_row(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    return (
        claimed,
        parts,
        (
            f"row {detail.get('row')!s}: {detail.get('total_column')} says {fmt(claimed)} "
            f"won, the period columns sum to {fmt(parts)} won"
        ),
    )


CHECKS = [
    sum_check(
        "funding.column_sum",
        "funding column sums",
        description="per column of the funding table, the 계 (total) row equals the sum of the source rows",
        fails_when="a column's 계 (total) row differs from the sum of the source rows (when 지방비 and its "
        "breakdown 도비/시군비/구비 both appear, either level may add up)",
        locations="`funding.columns[c]`",
        rows=column_rows,
        describe=_describe_column,
    ),
    sum_check(
        "funding.row_sum",
        "funding row sums",
        description="per funding row, the total column equals prior + year columns + after-term",
        fails_when="a row's total column differs from prior (기투자) + year columns + after-term (임기이후); "
        "`other` columns are accepted either way",
        locations="`funding.rows[r]`",
        rows=row_rows,
        describe=_describe_row,
    ),
]
