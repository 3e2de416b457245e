"""``pledgecard extract PATH... -o DIR``: cards into records.jsonl and cards/<card_id>.json.

A thin layer over :func:`pledgecard.workflow.extract_batch`. The batch options (workers, resume,
time limit, Dask) are shared with ``pledgecard run``, which adds validation and loading on top.
Exit status: 0 done; 1 a file could not be read; 6 no input file found, or none converted.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from pledgecard.errors import NothingConvertedError, UsageError
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.pdf_engine import ENGINES
from pledgecard.issuer_config import IssuerPolicy

MAX_LISTED_FAILURES = 20


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    p.add_argument(
        "-o", "--output", default="outputs", metavar="DIR", help="output folder (default: outputs)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of CPUs)",
    )
    p.add_argument(
        "--force", action="store_true", help="convert again files a previous run already converted"
    )
    p.add_argument(
        "--dask-scheduler",
        metavar="tcp://HOST:PORT",
        help="run the extraction on this Dask distributed cluster",
    )
    p.add_argument(
        "--max-seconds",
        type=float,
        default=None,
        metavar="S",
        help=f"time limit per file (default: {Limits().max_seconds:g})",
    )
    p.add_argument(
        "--max-pages",
        type=int,
        default=None,
        metavar="N",
        help=f"refuse PDFs with more pages (default: {Limits().max_pages})",
    )
    p.add_argument(
        "--max-unpacked-mb",
        type=int,
        default=None,
        metavar="MB",
        help=f"refuse files that unpack to more (default: {Limits().max_unpacked_bytes >> 20})",
    )
    p.add_argument(
        "--pdf-engine",
        choices=sorted(ENGINES),
        default=None,
        help=f"PDF engine: pdfium (fast) or pdfplumber (the reference) (default: {Limits().pdf_engine})",
    )
    p.add_argument(
        "--ocr",
        choices=("auto", "always", "never"),
        default=None,
        help="read PDF pages by OCR: auto (pages without a usable text layer; the default), always, never",
    )
    p.add_argument(
        "--vocabulary",
        metavar="FILE",
        help="template words of your own (TOML, the tables of the built-in vocabulary), "
        "merged over the built-in ones",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument(
        "--issuer",
        metavar="NAME",
        help="the government of cards that do not print theirs (e.g. '서울특별시 성북구'); "
        "default: pledgecard.toml in the input folder or above it",
    )
    p.add_argument(
        "--force-issuer", action="store_true", help="use --issuer even where a card prints another"
    )


def limits_from(args: argparse.Namespace) -> Limits:
    """The per-file limits the options ask for; the defaults otherwise."""
    changes: dict[str, Any] = {}
    for opt, field, scale in (
        ("max_seconds", "max_seconds", 1),
        ("max_pages", "max_pages", 1),
        ("max_unpacked_mb", "max_unpacked_bytes", 1 << 20),
    ):
        value = getattr(args, opt, None)
        if value is None:
            continue
        if value <= 0:
            raise UsageError(f"--{opt.replace('_', '-')} must be positive")
        changes[field] = value * scale
    if getattr(args, "pdf_engine", None):
        changes["pdf_engine"] = args.pdf_engine
    if getattr(args, "ocr", None):
        changes["ocr"] = args.ocr
    vocabulary = getattr(args, "vocabulary", None)
    if vocabulary:
        from pledgecard.extract.vocabulary import load_vocabulary

        load_vocabulary(vocabulary)  # a file that cannot be read or parsed is a usage error, now
        changes["vocabulary"] = str(Path(vocabulary).resolve())
    return dataclasses.replace(Limits(), **changes)


def batch_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of :func:`pledgecard.workflow.extract_batch` the options ask for."""
    if args.force_issuer and not args.issuer:
        raise UsageError("--force-issuer needs --issuer NAME")
    return {
        "workers": args.workers,
        "force": args.force,
        "progress": not args.quiet,
        "dask_scheduler": args.dask_scheduler,
        "limits": limits_from(args),
        "issuers": IssuerPolicy(args.issuer, force=args.force_issuer),
    }


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract card records from files and folders",
        description="Read cards (TXT, PDF, HWP, HWPX) into DIR/records.jsonl, DIR/cards/<card_id>.json, "
        "DIR/provenance.jsonl and DIR/files.jsonl. Files converted by an earlier run into "
        "the same DIR are skipped (--force redoes them).",
    )
    add_batch_arguments(p)
    p.set_defaults(func=run)


def report_batch(summary: Any, out: Path) -> None:
    """Print a batch's summary line and the files that failed (at most a screenful)."""
    print(summary.line())
    for path, reason in summary.failures[:MAX_LISTED_FAILURES]:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    if len(summary.failures) > MAX_LISTED_FAILURES:
        print(
            f"... and {len(summary.failures) - MAX_LISTED_FAILURES} more (see {out / 'files.jsonl'})",
            file=sys.stderr,
        )


def nothing_converted(summary: Any, out: Path) -> NothingConvertedError:
    return NothingConvertedError(
        f"extract: none of the {summary.files} input files gave a card (see {out / 'files.jsonl'})"
    )


def run(args: argparse.Namespace) -> int:
    from pledgecard.workflow import extract_batch

    out = Path(args.output)
    summary = extract_batch(args.paths, out, **batch_options(args))
    report_batch(summary, out)
    if summary.cards == 0:
        raise nothing_converted(summary, out)
    return 1 if summary.failed else 0
