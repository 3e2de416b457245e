"""Pick the warehouse for a target (a DuckDB file path or a ``postgresql://`` URL) and load."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pledgecard.errors import LoadError


@dataclass(slots=True)
class LoadSummary:
    """What one load did: the target and the rows loaded per table."""

    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        total = sum(self.rows.values())
        return f"loaded {total} rows in {len(self.rows)} tables into {self.target}"


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def load_warehouse(
    tables: dict[str, pd.DataFrame], target: str | Path, *, skip: Collection[str] = ()
) -> LoadSummary:
    """Load ``tables`` into ``target`` in one transaction (all or nothing).

    ``target`` is a ``postgresql://`` URL or the path of a DuckDB file. Tables named in ``skip``
    are left as they are (e.g. ``findings`` when validation did not run).
    """
    if is_postgres(target):
        from pledgecard.load.postgres import load_postgres

        return load_postgres(tables, str(target), skip=skip)
    if isinstance(target, str) and "://" in target:
        raise LoadError(f"unsupported warehouse URL {target.split('://', 1)[0]}://: use postgresql:// or a path")
    from pledgecard.load.duckdb import load_duckdb

    return load_duckdb(tables, Path(target), skip=skip)
