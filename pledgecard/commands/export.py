"""``pledgecard export DIR --csv``: the batch tables of a run as ``DIR/csv/<table>.csv``.

UTF-8 with a byte order mark (Excel opens Korean text correctly), and text cells that a
spreadsheet would run as a formula (starting with ``= + - @``, tab or CR) prefixed with ``'``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="export the batch tables of a run (CSV for Excel)",
        description="Write the tables of a `pledgecard run` output folder to DIR/csv/<table>.csv.",
    )
    p.add_argument("dir", metavar="DIR", help="an output folder of `pledgecard run`")
    p.add_argument("--csv", action="store_true", help="write DIR/csv/<table>.csv (UTF-8 with BOM)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pledgecard.load import build_tables, export_csv, read_tables

    out = Path(args.dir)
    if not out.is_dir():
        raise UsageError(f"not a folder: {out}")
    if not args.csv:
        raise UsageError("choose an export format: --csv")
    if (out / "tables").is_dir():
        tables = read_tables(out)
    elif (out / "records.jsonl").is_file():
        tables = build_tables(out)
    else:
        raise UsageError(f"{out} holds no tables nor records.jsonl: run `pledgecard run` into it first")
    paths = export_csv(tables, out)
    print(f"wrote {len(paths)} CSV tables to {out / 'csv'}")
    return 0
