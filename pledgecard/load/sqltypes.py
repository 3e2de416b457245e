"""Column types and rows of the batch tables, shared by the warehouse loaders."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from pledgecard.load.keys import primary_key
from pledgecard.tables import TABLE_DTYPES, frame

# pandas dtype of a batch-table column -> portable SQL type name.
SQL_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE PRECISION", "boolean": "BOOLEAN"}


def column_types(table: str) -> dict[str, str]:
    """``{column: SQL type}`` of ``table`` in column order."""
    return {col: SQL_TYPES[dt] for col, dt in TABLE_DTYPES[table].items()}


def loadable(table: str, df: pd.DataFrame | None) -> pd.DataFrame:
    """``df`` with exactly the table's columns and dtypes, without rows that lack a key value
    (a finding without a card stays in ``findings.jsonl`` but has no place in the warehouse)."""
    if df is None:
        return frame(table, [])
    df = df.reindex(columns=list(TABLE_DTYPES[table])).astype(TABLE_DTYPES[table])
    need = primary_key(table) or ["card_id"]
    mask = df[need].notna().all(axis=1)
    return df[mask].reset_index(drop=True)


def _py(value: Any) -> Any:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    item = getattr(value, "item", None)  # numpy scalars -> Python values
    return item() if callable(item) else value


def iter_rows(df: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Rows of ``df`` as dicts of plain Python values (``None`` for missing)."""
    cols = list(df.columns)
    for values in df.itertuples(index=False, name=None):
        yield {c: _py(v) for c, v in zip(cols, values, strict=True)}
