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
import dataclasses
import sys
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError
from pledgecard.extract.limits import Limits
from pledgecard.validate.findings import FAIL_ON

MAX_LISTED_FAILURES = 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "run",
        help="extract, validate, write tables and load the warehouse",
        description="Extract cards from files and folders, validate them, write DIR/tables/*.parquet "
                    "and load them into DIR/warehouse.duckdb (or --warehouse).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    p.add_argument("-o", "--output", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: the number of CPUs)")
    p.add_argument("--force", action="store_true", help="convert again files a previous run already converted")
    p.add_argument("--warehouse", metavar="URL",
                   help="postgresql://USER@HOST:PORT/DB or a DuckDB file (default: DIR/warehouse.duckdb)")
    p.add_argument("--fail-on", choices=FAIL_ON, default="error",
                   help="exit 1 when a finding of this severity or worse fails (default: error)")
    p.add_argument("--no-validate", action="store_true", help="skip validation (no findings)")
    p.add_argument("--dask-scheduler", metavar="tcp://HOST:PORT",
                   help="run the extraction on this Dask distributed cluster")
    p.add_argument("--max-seconds", type=float, default=None, metavar="S",
                   help=f"time limit per file (default: {Limits().max_seconds:g})")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def _validate(out: Path, fail_on: str) -> bool:
    """Validate ``out``; whether a finding reached ``fail_on``."""
    try:
        from pledgecard.validate.api import validate_dir
    except ImportError as exc:  # pragma: no cover - validation ships with pledgecard
        print(f"pledgecard: validation not available ({exc}); skipped", file=sys.stderr)
        return False
    result = validate_dir(out, fail_on=fail_on)
    print(result.summary())
    return bool(result.failed)


def run(args: argparse.Namespace) -> int:
    from pledgecard.batch import run_batch
    from pledgecard.load import build_tables, load_warehouse, write_tables

    out = Path(args.output)
    limits = Limits()
    if args.max_seconds is not None:
        if args.max_seconds <= 0:
            raise UsageError("--max-seconds must be positive")
        limits = dataclasses.replace(limits, max_seconds=args.max_seconds)
    if args.dask_scheduler and "://" not in args.dask_scheduler:
        raise UsageError(f"--dask-scheduler wants an address like tcp://HOST:8786, not {args.dask_scheduler!r}")
    summary = run_batch(args.paths, out, workers=args.workers, force=args.force, progress=not args.quiet,
                        dask_scheduler=args.dask_scheduler, limits=limits)
    print(summary.line())
    for path, reason in summary.failures[:MAX_LISTED_FAILURES]:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    if len(summary.failures) > MAX_LISTED_FAILURES:
        print(f"... and {len(summary.failures) - MAX_LISTED_FAILURES} more (see {out / 'files.jsonl'})",
              file=sys.stderr)
    failing = False if args.no_validate else _validate(out, args.fail_on)
    tables = build_tables(out, with_findings=not args.no_validate)
    write_tables(tables, out)
    target = args.warehouse or out / "warehouse.duckdb"
    loaded = load_warehouse(tables, target, skip={"findings"} if args.no_validate else ())
    print(loaded.line())
    return 1 if failing else 0
