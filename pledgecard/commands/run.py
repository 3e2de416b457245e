"""``pledgecard run PATH... -o DIR``: the whole pipeline over an archive.

A thin layer over :func:`pledgecard.run`: extract every file (in parallel, restartable: a rerun
converts only what is missing), validate the records (``DIR/findings.jsonl``, ``DIR/report/``),
write the batch tables (``DIR/tables/*.parquet``) and load them into the warehouse
(``DIR/warehouse.duckdb``, or ``--warehouse postgresql://...``); loading again leaves the
warehouse unchanged.

Exit status: 0 when done; 1 when a failing finding reaches ``--fail-on`` (default ``error``);
2 on usage errors; 4 output folder errors; 5 warehouse errors; 6 when no input file was found or
none gave a card. Files that could not be read are listed on stderr and in ``files.jsonl``
(status ``failed``) but do not change the exit status: in an archive some broken files are
expected, and the run still delivers everything else.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledgecard.commands.extract import add_batch_arguments, batch_options, nothing_converted, report_batch
from pledgecard.validate.findings import FAIL_ON


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "run",
        help="extract, validate, write tables and load the warehouse",
        description="Extract cards from files and folders, validate them, write DIR/tables/*.parquet "
        "and load them into DIR/warehouse.duckdb (or --warehouse).",
    )
    add_batch_arguments(p)
    p.add_argument(
        "--warehouse",
        metavar="URL",
        help="postgresql://USER@HOST:PORT/DB or a DuckDB file (default: DIR/warehouse.duckdb)",
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding of this severity or worse fails (default: error)",
    )
    p.add_argument("--no-validate", action="store_true", help="skip validation (no findings)")
    p.add_argument(
        "--corrections", metavar="FILE", help="reviewers' corrections (default DIR/corrections.jsonl)"
    )
    p.set_defaults(func=run, end_process=True)  # no module teardown after the work (see cli.end_process)


def run(args: argparse.Namespace) -> int:
    import pledgecard

    out = Path(args.output)
    corrections = Path(args.corrections) if getattr(args, "corrections", None) else None
    result = pledgecard.run(
        args.paths,
        out,
        warehouse=args.warehouse,
        fail_on=args.fail_on,
        validate=not args.no_validate,
        corrections=corrections,
        **batch_options(args),
    )
    report_batch(result.batch, out)
    if result.converted_none:
        raise nothing_converted(result.batch, out)
    if result.validation is not None:
        print(result.validation.summary())
    if result.load is not None:
        print(result.load.line())
    return result.exit_code
