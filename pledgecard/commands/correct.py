"""``pledgecard correct OUT CARD_ID RECORD_PATH VALUE [--note TEXT] [--by NAME]``: record a
reviewer's correction in ``OUT/corrections.jsonl`` (or ``--corrections FILE``).

The next ``pledgecard validate OUT`` or ``pledgecard run ... -o OUT`` applies it before
validation; the record keeps the extracted value beside the corrected one. VALUE is JSON when it
parses (``9800000000``, ``9,800,000,000``, ``null``, ``"text"``), else taken as text.
Exit 0 when recorded; 2 for an unknown card or a path the record does not have.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "correct",
        help="record a reviewer's correction of one field of a card",
        description="Record that the field RECORD_PATH of card CARD_ID in the output folder OUT should "
        "hold VALUE; applied by every later validate/run.",
    )
    p.add_argument("out", metavar="OUT", help="the output folder (holds records.jsonl)")
    p.add_argument("card_id", metavar="CARD_ID")
    p.add_argument("path", metavar="RECORD_PATH", help="e.g. funding.rows[0].amounts_krw[3]")
    p.add_argument("value", metavar="VALUE", help="the corrected value (JSON, or text)")
    p.add_argument("--note", help="why (what the card says)")
    p.add_argument("--by", help="who checked it")
    p.add_argument(
        "--corrections", metavar="FILE", help="a shared corrections file (default OUT/corrections.jsonl)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pledgecard.corrections import correct, corrections_path, parse_value

    out = Path(args.out)
    shared = Path(args.corrections) if args.corrections else None
    c = correct(
        out,
        args.card_id,
        args.path,
        parse_value(args.value),
        note=args.note,
        by=args.by,
        corrections_file=shared,
    )
    print(
        f"recorded in {corrections_path(out, shared)}: {c.card_id} {c.path}: {c.extracted!r} -> {c.value!r}; "
        f"applied by the next `pledgecard validate {out}` or run"
    )
    return 0
