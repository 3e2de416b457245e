"""``pledgecard validate DIR [--fail-on error|warning|info|never]``: check the records of an output
folder, write ``DIR/findings.jsonl`` and the reviewers' report ``DIR/report/index.html``.

Exit 0 when no failing finding reaches ``--fail-on`` (default ``error``), 1 when one does,
2 on usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pledgecard.validate.findings import FAIL_ON


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "validate",
        help="check records, write findings and the reviewers' report",
        description="Validate DIR/records.jsonl; write DIR/findings.jsonl and DIR/report/index.html.",
    )
    p.add_argument(
        "dir", metavar="DIR", help="an output folder of `pledgecard extract` (holds records.jsonl)"
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding of this severity or worse fails (default: error)",
    )
    p.add_argument("--no-report", action="store_true", help="write findings.jsonl only")
    p.add_argument(
        "--corrections", metavar="FILE", help="reviewers' corrections (default DIR/corrections.jsonl)"
    )
    p.add_argument(
        "--vocabulary",
        metavar="FILE",
        help="the template words of your own the cards were extracted with (units of goal values)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pledgecard.workflow import validate_dir

    result = validate_dir(
        Path(args.dir),
        fail_on=args.fail_on,
        report=not args.no_report,
        corrections=Path(args.corrections) if args.corrections else None,
        vocabulary=args.vocabulary,
    )
    where = f"; report: {result.report_path}" if result.report_path else ""
    print(f"{result.summary()}{where}")
    return result.exit_code
