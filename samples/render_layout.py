"""Render card records as layout-preserving text dumps: ``pdftotext -layout`` of the PDF.

Archives also hold dumps made by layout-preserving converters, where a table keeps its columns
aligned with spaces, a long cell wraps onto the next line at the same column and a label-left
card keeps its labels in a left-hand column. This renderer makes one from the PDF that
:mod:`samples.render_pdf` lays out (needs poppler-utils). ``layout_corpus`` dumps the committed
sample PDFs into ``samples/layout/`` with their expected records:

    python -m samples.render_layout samples/corpus samples/layout
    python -m samples.render_layout --body-tables samples/layout/body
    python -m samples.render_layout --more samples/layout/more
    python -m samples.render_layout --body-table-card solmae-county 13043 samples/layout/unaligned
    python -m samples.render_layout --plain-card chorong-city 24077 samples/layout/unseen
"""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.render_txt import pdftotext_available  # noqa: E402
from samples.style import Style  # noqa: E402


def dump_layout(pdf: Path, path: Path) -> None:
    """Write ``pdftotext -layout`` of ``pdf`` (UTF-8) at ``path``."""
    if not pdftotext_available():
        raise RuntimeError("pdftotext not found: install poppler-utils")
    subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )


def render_layout(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as a layout-preserving dump of their PDF at ``path``."""
    from samples.render_pdf import render_pdf_pages

    with tempfile.TemporaryDirectory(prefix="pledgecard-layout-") as tmp:
        pdf = Path(tmp) / "card.pdf"
        render_pdf_pages(records, pdf, style=style)
        dump_layout(pdf, Path(path))


def text_expected(pdf_expected: Any, path: Path) -> Any:
    """The expected record(s) of a PDF, with ``source`` made that of the dump at ``path``: its
    name, sha256 and format, each record's place among the dump's cards; no pages (a dump has none)."""
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    out = copy.deepcopy(pdf_expected)
    for k, rec in enumerate(out if isinstance(out, list) else [out]):
        rec["source"].update(file=path.name, sha256=sha, format="txt", page_start=None, page_end=None)
        if isinstance(out, list):
            rec["source"]["card_index"] = k  # the dump's k-th card (a family's records all say 0)
    return out


def layout_corpus(src: Path, out: Path) -> list[Path]:
    """Dump every ``NAME-pdf.pdf`` of ``src`` into ``out/NAME-layout.txt`` with its expected record."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for pdf in sorted(src.glob("*.pdf")):
        stem = pdf.stem[: -len("-pdf")] if pdf.stem.endswith("-pdf") else pdf.stem
        path = out / f"{stem}-layout.txt"
        dump_layout(pdf, path)
        exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
        (out / f"{stem}-layout.expected.json").write_text(
            json.dumps(text_expected(exp, path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def _family_card_dump(fam: Any, seed: int, body: bool, tmp: Path, path: Path) -> Path:
    """Render a family's card of ``seed`` to PDF (its whole body as one table when ``body``), dump
    it to ``path`` and write its expected record(s) beside it."""
    import dataclasses

    from samples.families import family_records
    from samples.public_records import public_record
    from samples.render_pdf import render_pdf

    records = family_records(fam, seed)
    pdf = tmp / f"{fam.name}-{seed}.pdf"
    render_pdf(records, pdf, style=dataclasses.replace(fam.style, body_table=body))
    dump_layout(pdf, path)
    (path.parent / f"{path.stem}.expected.json").write_text(
        json.dumps(text_expected([public_record(r) for r in records], path), ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    return path


def body_table_corpus(out: Path, only: tuple[str, int] | None = None) -> list[Path]:
    """Dump each template family's first card rendered with its whole body as one ``label |
    content`` table (``Style.body_table``, as tests/test_body_tables.py renders it) into
    ``out/NAME-SEED-body-layout.txt`` with its expected record(s); ``only``: one family's card
    of that seed instead."""

    from samples.families import BY_NAME, FAMILIES, family_seeds

    out.mkdir(parents=True, exist_ok=True)
    written = []
    cards = [(BY_NAME[only[0]], only[1])] if only else [(fam, family_seeds(fam, 1)[0]) for fam in FAMILIES]
    with tempfile.TemporaryDirectory(prefix="pledgecard-body-") as tmp:
        for fam, seed in cards:
            written.append(
                _family_card_dump(fam, seed, True, Path(tmp), out / f"{fam.name}-{seed}-body-layout.txt")
            )
    return written


# Further cards of the families (seed index 1-3), plain and as body tables, whose layout dumps
# exercise other shapes: rows cut by page breaks, amounts glued together, a first cell centred on
# its row from the left edge, a last page of content only (samples/layout/more/).
MORE = (
    ("gaon-city", 2, False),
    ("gaon-city", 1, True),
    ("gaon-city", 3, False),
    ("hanbit-province", 1, True),
    ("solmae-county", 2, False),
    ("solmae-county", 2, True),
    ("haneul-city", 3, True),
    ("haneul-city", 1, True),
    ("nuri-province", 3, True),
    ("yeoul-county", 2, True),
    ("dasom-district", 1, False),
)


def more_corpus(out: Path) -> list[Path]:
    """Dump the cards of :data:`MORE` into ``out/NAME-SEED-plain|body-layout.txt``."""

    from samples.families import BY_NAME, family_seeds

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="pledgecard-more-") as tmp:
        for name, index, body in MORE:
            fam = BY_NAME[name]
            seed = family_seeds(fam, index + 1)[index]
            path = out / f"{name}-{seed}-{'body' if body else 'plain'}-layout.txt"
            written.append(_family_card_dump(fam, seed, body, Path(tmp), path))
    return written


def main(argv: list[str] | None = None) -> list[Path]:
    """The command line: one of the modes in the module docstring; prints the dumps written."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m samples.render_layout",
        description="Write pdftotext -layout dumps of card PDFs with their expected records.",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--body-tables",
        metavar="OUT",
        type=Path,
        help="each family's first card with its whole body as one label | content table",
    )
    mode.add_argument(
        "--body-table-card",
        nargs=3,
        metavar=("NAME", "SEED", "OUT"),
        help="one family card of SEED, its body as one table",
    )
    mode.add_argument(
        "--plain-card",
        nargs=3,
        metavar=("NAME", "SEED", "OUT"),
        help="one family card of SEED as the family prints it",
    )
    mode.add_argument(
        "--more", metavar="OUT", type=Path, help="the further family cards of MORE (seed index 1-3)"
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="SRC OUT",
        help="dump every NAME-pdf.pdf of SRC into OUT (no mode given)",
    )
    args = parser.parse_args(argv)
    card = args.body_table_card or args.plain_card
    if card is not None:
        from samples.families import BY_NAME

        if card[0] not in BY_NAME:
            parser.error(f"no family {card[0]!r}")
        if not card[1].isdigit():
            parser.error(f"SEED must be a whole number, not {card[1]!r}")
    if args.body_tables is not None:
        made = body_table_corpus(args.body_tables)
    elif args.body_table_card is not None:
        name, seed, out = args.body_table_card
        made = body_table_corpus(Path(out), (name, int(seed)))
    elif args.plain_card is not None:
        from samples.families import BY_NAME

        name, seed, out = args.plain_card
        Path(out).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="pledgecard-plain-") as tmp:
            made = [
                _family_card_dump(
                    BY_NAME[name], int(seed), False, Path(tmp), Path(out) / f"{name}-{seed}-plain-layout.txt"
                )
            ]
    elif args.more is not None:
        made = more_corpus(args.more)
    elif len(args.paths) == 2:
        made = layout_corpus(args.paths[0], args.paths[1])
    else:
        parser.error("give a mode, or SRC and OUT")
    for p in made:
        print(p)
    return made


if __name__ == "__main__":
    main()
