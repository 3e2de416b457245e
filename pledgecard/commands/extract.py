"""``pledgecard extract PATH... -o DIR``: cards into records.jsonl and cards/<card_id>.json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pledgecard.inputs import iter_input_files
from pledgecard.outputs import write_results
from pledgecard.pipeline import process_file


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("extract", help="extract card records from files and folders",
                       description="Read cards (TXT, PDF, HWP, HWPX) into DIR/records.jsonl and DIR/cards/.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (read recursively)")
    p.add_argument("-o", "--output", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    results = []
    for path in iter_input_files(args.paths, exclude=out):
        res = process_file(path)
        if res.status != "ok":
            print(f"{res.status}: {path}: {res.reason}", file=sys.stderr)
        results.append(res)
    counts = write_results(out, results)
    print(f"{counts['cards']} cards from {counts['files']} files "
          f"({counts['failed']} failed, {counts['no_card']} without a card) -> {out}")
    return 1 if counts["failed"] else 0
