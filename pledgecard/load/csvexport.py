"""Batch tables as CSV for Excel: UTF-8 with BOM, and text cells neutralised against formula
injection (a text cell starting with ``= + - @``, a tab or a carriage return gets a leading ``'``).
Numbers stay numbers: ``-3`` in a numeric column is written as ``-3``."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from pledgecard.writers import atomic_write_bytes

CSV_DIR = "csv"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` made inert for spreadsheets: ``'=1+1`` instead of ``=1+1``."""
    return "'" + text if text.startswith(FORMULA_START) else text


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text columns are neutralised; other columns are untouched."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_string_dtype(s.dtype) or s.dtype == object:
            out[col] = s.map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def export_csv(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write every table to ``out_dir/csv/<name>.csv``; returns the paths written."""
    folder = Path(out_dir) / CSV_DIR
    written = []
    for name, df in tables.items():
        buf = io.StringIO()
        safe_frame(df).to_csv(buf, index=False, lineterminator="\r\n")
        path = folder / f"{name}.csv"
        atomic_write_bytes(path, buf.getvalue().encode("utf-8-sig"))
        written.append(path)
    return written
