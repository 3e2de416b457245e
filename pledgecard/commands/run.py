"""``pledgecard run PATH... -o DIR``: the whole pipeline over an archive.

Extract every file (in parallel, restartable: a rerun converts only what is missing), validate
the records (``DIR/findings.jsonl``, ``DIR/report/``), write the batch tables
(``DIR/tables/*.parquet``) and load them into the warehouse (``DIR/warehouse.duckdb``, or
``--warehouse postgresql://...``); loading again leaves the warehouse unchanged.

Exit status: 0 when done; 1 when a failing finding reaches ``--fail-on`` (default ``error``);
2 on usage errors. Files that could not be read are listed on stderr and in ``files.jsonl``
(status ``failed``) but do not change the exit status: in an archive some broken files are
expected, and the run still delivers everything else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pledgecard.commands.extract import add_batch_arguments, extract_batch
from pledgecard.validate.findings import FAIL_ON


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "run",
        help="extract, validate, write tables and load the warehouse",
        description="Extract cards from files and folders, validate them, write DIR/tables/*.parquet "
                    "and load them into DIR/warehouse.duckdb (or --warehouse).",
    )
    add_batch_arguments(p)
    p.add_argument("--warehouse", metavar="URL",
                   help="postgresql://USER@HOST:PORT/DB or a DuckDB file (default: DIR/warehouse.duckdb)")
    p.add_argument("--fail-on", choices=FAIL_ON, default="error",
                   help="exit 1 when a finding of this severity or worse fails (default: error)")
    p.add_argument("--no-validate", action="store_true", help="skip validation (no findings)")
    p.add_argument("--corrections", metavar="FILE", help="reviewers' corrections (default DIR/corrections.jsonl)")
    p.set_defaults(func=run)


def _validate(out: Path, fail_on: str, corrections: Path | None = None) -> bool:
    """Validate ``out``; whether a finding reached ``fail_on``."""
    try:
        from pledgecard.validate.api import validate_dir
    except ImportError as exc:  # pragma: no cover - validation ships with pledgecard
        print(f"pledgecard: validation not available ({exc}); skipped", file=sys.stderr)
        return False
    result = validate_dir(out, fail_on=fail_on, corrections=corrections)
    print(result.summary())
    return bool(result.failed)


def run(args: argparse.Namespace) -> int:
    from pledgecard.load import build_tables, load_warehouse, write_tables

    out = Path(args.output)
    extract_batch(args)
    corrections = Path(args.corrections) if getattr(args, "corrections", None) else None
    failing = False if args.no_validate else _validate(out, args.fail_on, corrections)
    tables = build_tables(out, with_findings=not args.no_validate)
    write_tables(tables, out)
    target = args.warehouse or out / "warehouse.duckdb"
    loaded = load_warehouse(tables, target, skip={"findings"} if args.no_validate else ())
    print(loaded.line())
    return 1 if failing else 0
