"""Batch tables: card records (CARD_SCHEMA.md) flattened into typed pandas DataFrames.

:func:`batch_tables` turns a batch of records (plus, optionally, validation findings and
``files.jsonl`` rows) into one DataFrame per table named in :data:`TABLE_COLUMNS`. Every table is
always present, with the same named and typed columns, even for an empty batch. Every row carries
``card_id``, ``as_of`` (the as-of label such as ``2024-Q4``, or null), ``source_sha256`` (the
canonical copy's file), ``issuer`` and ``card_key`` (issuer + card_id, see
:mod:`pledgecard.identity`); the key of a row is ``card_key`` plus the table's index columns.

Conventions: English snake_case column names, Korean labels in ``*_label`` columns, dates as ISO
strings (``YYYY-MM-DD``) in ``string`` columns, integers as nullable ``Int64``, goal values
(which may be fractional, e.g. percentages) as ``Float64``, flags as ``boolean``; list values
(``coop_depts``) are joined with ``'; '``; finding ``observed``/``expected`` are JSON strings.
A column read from a record field takes its type from the record's model (:func:`of`,
:mod:`pledgecard.record`); index, key and count columns say theirs.

Two tables come from more than one field: ``corrections`` (the reviewers' corrections a card
keeps, ``extracted`` and ``value`` as JSON, the record's ``by`` and ``at`` as
``corrected_by`` and ``corrected_at``) and ``changes`` (what changed from the previous
quarter's version of the pledge to this card, :mod:`pledgecard.history`; ``old_value`` and
``new_value`` as JSON, the row keyed by the later card).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from pledgecard.history import History
from pledgecard.tables_columns import TABLE_COLUMNS, TABLE_DTYPES, TABLE_KEYS, B, F, N, S, of
from pledgecard.tables_rows import card_key, file_rows, finding_rows, json_value, record_rows

# batch_tables makes the tables; their columns live in tables_columns, a record's rows in
# tables_rows: importable from here too
__all__ = [
    "TABLE_COLUMNS",
    "TABLE_DTYPES",
    "TABLE_KEYS",
    "B",
    "F",
    "N",
    "S",
    "batch_tables",
    "card_key",
    "frame",
    "of",
]

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _cell(value: Any, dtype: str) -> Any:
    """One value coerced for its column type; anything that does not fit becomes null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if dtype == N:
        if isinstance(value, bool):
            return int(value)
        if not isinstance(value, int):
            try:
                f = float(value)
            except (TypeError, ValueError, OverflowError):
                return None
            if not f.is_integer():
                return None
            value = int(f)
        return value if _INT64_MIN <= value <= _INT64_MAX else None
    if dtype == F:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if dtype == B:
        return bool(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame of table ``name`` with exactly its columns and dtypes (empty when no rows)."""
    dtypes = TABLE_DTYPES[name]
    data = {col: pd.array([_cell(r.get(col), dt) for r in rows], dtype=dt) for col, dt in dtypes.items()}
    return pd.DataFrame(data, columns=list(dtypes))


def batch_tables(
    records: Iterable[Mapping[str, Any]],
    *,
    findings: Iterable[Mapping[str, Any]] | None = None,
    files: Iterable[Mapping[str, Any]] | None = None,
    run_id: str | None = None,
    variants: Sequence[str | None] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every batch table (see :data:`TABLE_COLUMNS`) for ``records`` (one per card: the
    canonical copies of :func:`pledgecard.identity.resolve`).

    ``findings`` (validation findings) and ``files`` (``FileResult.file_row()`` dicts) fill the
    ``findings`` and ``files`` tables; without them those tables are empty but typed.
    ``variants`` (line for line with ``records``) tells apart different cards on one key.
    """
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_DTYPES}
    keys: dict[Any, dict[str, Any]] = {}
    history = History()
    for i, rec in enumerate(records):
        if not isinstance(rec, Mapping):
            continue
        variant = variants[i] if variants is not None and i < len(variants) else None
        key = record_rows(rec, out, variant)
        history.add(rec, key["card_key"], variant=variant)
        keys.setdefault(("key", key["card_key"]), key)
        keys.setdefault(("copy", key["source_sha256"], key["card_id"]), key)
        keys.setdefault(("id", key["card_id"]), key)
    out["changes"] = [
        {**row, "old_value": json_value(row["old_value"]), "new_value": json_value(row["new_value"])}
        for row in history.rows()
    ]
    if findings is not None:
        out["findings"] = finding_rows(findings, keys)
    if files is not None:
        out["files"] = file_rows(files, run_id)
    return {name: frame(name, rows) for name, rows in out.items()}
