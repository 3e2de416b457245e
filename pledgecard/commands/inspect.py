"""``pledgecard inspect FILE [--json] [--audit]``: how one file was read (blocks in reading order -> cards ->
sections with the vocabulary label that matched -> tables with their role -> text left unplaced).

A thin layer over :func:`pledgecard.workflow.inspect`; ``--json`` prints the document of
:mod:`pledgecard.inspection` for tools, otherwise plain text for a terminal; ``--audit`` adds each card's
provenance audit (:mod:`pledgecard.validate.provenance_audit`). Nothing is written.
Exit status: 0 the file holds a card; 6 it was read but holds no card (the blocks are still
shown); 1 it cannot be read; 2 usage (no such file, a bad --vocabulary).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from typing import Any

from pledgecard.errors import NothingConvertedError
from pledgecard.extract.readers.pdf_engine import ENGINES

WIDTH = 100  # display columns of one line of human output, at least (a wider terminal gets more)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "inspect",
        help="show how one file was read (blocks, cards, sections, tables, unplaced text)",
        description="Read FILE as `extract` would and show how: its blocks in reading order, the cards cut "
        "from them, each card's sections with the vocabulary label that matched the heading, "
        "the tables with their role, and the text no section placed. Nothing is written.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON document (keys in README) for tools")
    p.add_argument("--pdf-engine", choices=sorted(ENGINES), default=None, help="PDF engine, as for extract")
    p.add_argument(
        "--ocr", choices=("auto", "always", "never"), default=None, help="OCR of PDF pages, as for extract"
    )
    p.add_argument("--vocabulary", metavar="FILE", help="template words of your own (TOML), as for extract")
    p.add_argument(
        "--audit",
        action="store_true",
        help="also read every figure back where its provenance points and list those printed elsewhere",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pledgecard.workflow import inspect

    result = inspect(
        args.file, vocabulary=args.vocabulary, pdf_engine=args.pdf_engine, ocr=args.ocr, audit=args.audit
    )
    data = result.to_dict()
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(data))
    if not data["cards"]:
        print(
            f"pledgecard: {NothingConvertedError('inspect: no card found in the file').reason}",
            file=sys.stderr,
        )
        return NothingConvertedError.exit_code
    return 0


# ----------------------------------------------------------------------------------- plain text


def width(text: str) -> int:
    """Display columns of ``text`` (Hangul and other wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, room: int) -> str:
    """``text`` on one line, cut to ``room`` display columns (``…`` marks a cut)."""
    text = " ".join(text.split())
    if width(text) <= room:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > room - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, n: int) -> str:
    return text + " " * max(0, n - width(text))


def _line(left: str, text: str) -> str:
    room = max(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns)
    return left + clip(text, max(20, room - width(left)))


def _section_line(s: dict[str, Any]) -> str:
    name = s["name"] or "(none)"
    if s["by"] == "header":
        how = "above the first heading"
    elif s["by"] == "content":
        how = "no heading: tables whose content names it"
    elif s["by"] == "unknown heading":
        how = f"'{s['heading']}' matches no vocabulary label -> its text is unplaced"
    elif s["by"] == "shape and content":
        how = f"'{s['heading']}' matches no vocabulary label: a heading by its shape, read as {name} by its lines"
    elif s["by"] == "repeated":
        how = f"'{s['heading']}' = vocabulary '{s['label']}', a second time: not read"
    else:
        how = f"'{s['heading']}' = vocabulary '{s['label']}'"
    state = "read" if s["read"] else "nothing read"
    return _line(f"    {_pad(name, 13)}{_pad(state, 13)}{_pad(s['location'] or '', 24)}", how)


def _audit_lines(audited: dict[str, Any]) -> list[str]:
    """A card's provenance audit: the figures read back, and each one printed elsewhere than its place."""
    bad = audited["mismatches"]
    unread = audited.get("unread_ocr") or []
    out = [
        f"  Provenance audit: {audited['checked']} figures read back at their place, {len(bad)} printed elsewhere"
        + (
            f", {len(unread)} on pages read by OCR (not read back: {', '.join(unread[:5])}"
            + (" ..." if len(unread) > 5 else "")
            + ")"
            if unread
            else ""
        )
    ]
    for m in bad:
        where = ", ".join(f"{k} {v}" for k, v in m["where"].items() if k != "bbox")
        out.append(
            _line(f"    {m['path']} ({m['part']}) wants {' / '.join(m['figure'])} at {where}: ", m["printed"])
        )
    return out


def render(data: dict[str, Any]) -> str:
    """The inspection as plain text for a terminal."""
    out: list[str] = []
    cards = data["cards"]
    out.append(
        f"{data['file']}: {data['format']}, {len(data['blocks'])} blocks"
        + (f", {data['pages']} pages" if data["pages"] else "")
        + f", {len(cards)} card(s)"
    )
    out.append(f"vocabulary: {data['vocabulary'] or 'built-in'}")
    out.extend(f"note: {n}" for n in data["notes"])
    out.append("")
    out.append("Blocks in reading order")
    for b in data["blocks"]:
        kind = f"table {b['rows']}x{b['cols']}" if b["kind"] == "table" else "text"
        out.append(
            _line(
                f"  {b['index']:>4}  {_pad(kind, 11)}{_pad(b['location'] or '', 24)}",
                b["text"].replace("\n", " | "),
            )
        )
    if not cards:
        out.append("")
        out.append(
            "No card found: no line or cell matched the card title or the title and number labels "
            "of the vocabulary in force (see --vocabulary)."
        )
    for c in cards:
        out.append("")
        cov = f", coverage {c['coverage']:.0%}" if c["coverage"] is not None else ""
        out.append(
            _line(
                f"Card {c['index'] + 1}: {c['card_id']}  ",
                f"{c['title'] or '(no title)'}  ({c['location'] or 'no location'}{cov})",
            )
        )
        out.append("  Sections")
        out.extend(_section_line(s) for s in c["sections"])
        out.append("  Tables" + ("" if c["tables"] else ": none"))
        for t in c["tables"]:
            where = "placed" if t["placed"] else "not placed"
            size = f"{t['rows']}x{t['cols']}"
            out.append(
                _line(
                    f"    {_pad(t['role'], 9)}{_pad(size, 7)}"
                    f"{_pad('in ' + str(t['section']), 17)}{_pad(where, 12)}{_pad(t['location'] or '', 24)}",
                    " | ".join(t["first_row"]),
                )
            )
        out.append("  Unplaced text" + ("" if c["unplaced"] else ": none"))
        for u in c["unplaced"]:
            out.append(_line(f"    [{u['section'] or '-'}] {u['location'] or ''}: ", u["text"]))
        out.append("  Findings" + ("" if c["findings"] else ": none"))
        for f in c["findings"]:
            box = (f.get("source_position") or {}).get("bbox")
            at = " @ ".join(w for w in (f["location"], f.get("source_location")) if w)
            at += f" [bbox {', '.join(f'{v:g}' for v in box)}]" if box else ""
            out.append(_line(f"    {f['code']} ({f['severity']}) {at}: ", f["message"]))
        if (audited := c.get("provenance_audit")) is not None:
            out.extend(_audit_lines(audited))
    return "\n".join(out) + "\n"
