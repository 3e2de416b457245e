"""Batch tables as ``DIR/tables/<table>.parquet``, each written atomically (temp file, rename)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from pledgecard.errors import LoadError
from pledgecard.tables import TABLE_DTYPES, frame
from pledgecard.writers import atomic_write_bytes

TABLES_DIR = "tables"


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write every table to ``out_dir/tables/<name>.parquet``; returns the paths written."""
    folder = Path(out_dir) / TABLES_DIR
    written = []
    for name, df in tables.items():
        buf = io.BytesIO()
        df.to_parquet(buf, index=False, engine="pyarrow")
        path = folder / f"{name}.parquet"
        atomic_write_bytes(path, buf.getvalue())
        written.append(path)
    return written


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables under ``out_dir/tables``, with the dtypes of :data:`pledgecard.tables.TABLE_DTYPES`."""
    folder = Path(out_dir) / TABLES_DIR
    if not folder.is_dir():
        raise LoadError(f"no tables in {out_dir}: run `pledgecard run` first")
    tables = {}
    for name in TABLE_DTYPES:
        path = folder / f"{name}.parquet"
        if not path.exists():
            tables[name] = frame(name, [])
            continue
        try:
            df = pd.read_parquet(path, engine="pyarrow")
        except (OSError, ValueError) as exc:
            raise LoadError(f"cannot read {path}: {' '.join(str(exc).split())[:200]}") from exc
        tables[name] = df.astype(TABLE_DTYPES[name])
    return tables
