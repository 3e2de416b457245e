"""``pledgecard extract PATH... -o DIR``: cards into records.jsonl and cards/<card_id>.json.

The batch options (workers, resume, time limit, Dask) are shared with ``pledgecard run``, which
adds validation and loading on top of the same extraction.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError
from pledgecard.extract.limits import Limits

MAX_LISTED_FAILURES = 20


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    p.add_argument("-o", "--output", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: the number of CPUs)")
    p.add_argument("--force", action="store_true", help="convert again files a previous run already converted")
    p.add_argument("--dask-scheduler", metavar="tcp://HOST:PORT",
                   help="run the extraction on this Dask distributed cluster")
    p.add_argument("--max-seconds", type=float, default=None, metavar="S",
                   help=f"time limit per file (default: {Limits().max_seconds:g})")
    p.add_argument("--max-pages", type=int, default=None, metavar="N",
                   help=f"refuse PDFs with more pages (default: {Limits().max_pages})")
    p.add_argument("--max-unpacked-mb", type=int, default=None, metavar="MB",
                   help=f"refuse files that unpack to more (default: {Limits().max_unpacked_bytes >> 20})")
    p.add_argument("--vocabulary", metavar="FILE",
                   help="template words of your own (TOML, the tables of the built-in vocabulary), "
                        "merged over the built-in ones")
    p.add_argument("--quiet", action="store_true", help="no progress output")


def limits_from(args: argparse.Namespace) -> Limits:
    """The per-file limits the options ask for; the defaults otherwise."""
    changes: dict[str, Any] = {}
    for opt, field, scale in (("max_seconds", "max_seconds", 1), ("max_pages", "max_pages", 1),
                              ("max_unpacked_mb", "max_unpacked_bytes", 1 << 20)):
        value = getattr(args, opt, None)
        if value is None:
            continue
        if value <= 0:
            raise UsageError(f"--{opt.replace('_', '-')} must be positive")
        changes[field] = value * scale
    vocabulary = getattr(args, "vocabulary", None)
    if vocabulary:
        from pledgecard.extract.vocabulary import load_vocabulary

        load_vocabulary(vocabulary)  # a file that cannot be read or parsed is a usage error, now
        changes["vocabulary"] = str(Path(vocabulary).resolve())
    return dataclasses.replace(Limits(), **changes)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "extract", help="extract card records from files and folders",
        description="Read cards (TXT, PDF, HWP, HWPX) into DIR/records.jsonl, DIR/cards/<card_id>.json, "
                    "DIR/provenance.jsonl and DIR/files.jsonl. Files converted by an earlier run into "
                    "the same DIR are skipped (--force redoes them).")
    add_batch_arguments(p)
    p.set_defaults(func=run)


def extract_batch(args: argparse.Namespace) -> Any:
    """Run the batch the arguments describe; print its summary and the files that failed."""
    from pledgecard.batch import run_batch

    limits = limits_from(args)
    if args.dask_scheduler and "://" not in args.dask_scheduler:
        raise UsageError(f"--dask-scheduler wants an address like tcp://HOST:8786, not {args.dask_scheduler!r}")
    out = Path(args.output)
    summary = run_batch(args.paths, out, workers=args.workers, force=args.force, progress=not args.quiet,
                        dask_scheduler=args.dask_scheduler, limits=limits)
    print(summary.line())
    for path, reason in summary.failures[:MAX_LISTED_FAILURES]:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    if len(summary.failures) > MAX_LISTED_FAILURES:
        print(f"... and {len(summary.failures) - MAX_LISTED_FAILURES} more (see {out / 'files.jsonl'})",
              file=sys.stderr)
    return summary


def run(args: argparse.Namespace) -> int:
    summary = extract_batch(args)
    return 1 if summary.failed else 0
