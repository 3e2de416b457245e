"""Tables to destinations: batch tables to Parquet, DuckDB or PostgreSQL, and CSV for spreadsheets.

- :func:`build_tables` reads an output folder (``records.jsonl``, ``findings.jsonl``,
  ``files.jsonl``) into the batch tables of :mod:`pledgecard.tables`, one card version per key.
- :func:`write_tables` / :func:`read_tables` keep them as ``DIR/tables/<table>.parquet``.
- :func:`load_warehouse` loads them, in one transaction, into ``DIR/warehouse.duckdb`` or a
  ``postgresql://`` URL; loading the same tables again leaves the warehouse unchanged.
- Destinations share one interface (:mod:`~pledgecard.load.destination`) and are registered by
  URL scheme in one table (:data:`pledgecard.load.warehouse.DESTINATIONS`).
- :func:`export_csv` writes ``DIR/csv/<table>.csv`` for Excel, safe against formula injection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgecard.load.csvexport import export_csv
    from pledgecard.load.parquet import read_tables, write_tables
    from pledgecard.load.summary import LoadSummary
    from pledgecard.load.tableset import build_tables
    from pledgecard.load.warehouse import check_warehouse, load_warehouse

__all__ = [
    "LoadSummary",
    "build_tables",
    "check_warehouse",
    "export_csv",
    "load_warehouse",
    "read_tables",
    "write_tables",
]

# Imported on first use: importing this package must not pay for pandas.
_HOME = {
    "export_csv": "csvexport",
    "read_tables": "parquet",
    "write_tables": "parquet",
    "build_tables": "tableset",
    "LoadSummary": "summary",
    "load_warehouse": "warehouse",
    "check_warehouse": "warehouse",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f"pledgecard.load.{_HOME[name]}"), name)
    raise AttributeError(name)
