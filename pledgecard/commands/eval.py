"""``pledgecard eval EXPECTED_DIR OUTPUT_DIR``: score produced records against expected ones.

Prints the fact score per source format and per field group, the overall score last
(``score: 0.xxx``); ``--verbose`` adds each card's score and the misses, ``--json`` prints the
whole result as one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError
from pledgecard.scoring import DirScore, score_dirs

MAX_NOTES = 40


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score produced records against expected records",
        description="Score the records under OUTPUT_DIR against the NAME.expected.json files in EXPECTED_DIR.",
    )
    p.add_argument("expected_dir", metavar="EXPECTED_DIR", help="folder of NAME.expected.json files")
    p.add_argument("output_dir", metavar="OUTPUT_DIR", help="folder of produced records (JSON or JSON Lines)")
    p.add_argument("--verbose", action="store_true", help="print every card's score and the misses")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for label, d in (("expected", args.expected_dir), ("output", args.output_dir)):
        if not Path(d).is_dir():
            raise UsageError(f"{label} folder not found: {d}")
    result = score_dirs(args.expected_dir, args.output_dir)
    if not result.cards:
        raise UsageError(f"no *.expected.json files in {args.expected_dir}")
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(result, verbose=args.verbose))
    return 0


def render(result: DirScore, *, verbose: bool = False) -> str:
    """The plain-text report: cards (verbose), formats, groups, then ``score:`` last."""
    lines: list[str] = []
    if verbose:
        for c in result.cards:
            lines.append(f"{c.name}: {c.tally.score():.3f}" + ("" if c.found else "  (no record found)"))
    missing = sum(1 for c in result.cards if not c.found)
    lines.append(
        f"cards: {len(result.cards)}" + (f" ({missing} without a produced record)" if missing else "")
    )
    lines.append("by format:")
    for fmt, t in sorted(result.by_format.items()):
        n = sum(1 for c in result.cards if c.format == fmt)
        lines.append(f"  {fmt:13s} {t.score():.3f}  ({n} cards)")
    lines.append("by field group:")
    for name, g in sorted(result.total.groups.items()):
        lines.append(f"  {name:13s} {g.score:.3f}  ({g.ok:.1f}/{g.total})")
        if verbose:
            lines.extend(f"      {n}" for n in g.notes[:MAX_NOTES])
    lines.append(f"score: {result.score():.3f}")
    return "\n".join(lines)
