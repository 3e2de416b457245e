"""How one file was read, for ``pledgecard inspect``: the document's blocks in reading order, the
cards cut from them, each card's sections (with the vocabulary label that matched the heading),
the tables with the role their content gave them, and the text no section placed.

:func:`inspect_file` reads the file exactly as ``pledgecard extract`` does (same reader, same
vocabulary, same card and section extractors) and returns an :class:`Inspection`, whose
:meth:`~Inspection.to_dict` is the ``--json`` document (keys in :data:`JSON_KEYS`, documented in
README "Inspecting a file"). Nothing is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgecard.errors import UsageError
from pledgecard.extract.limits import Limits

if TYPE_CHECKING:
    from pledgecard.extract.cards import CardResult, SectionRead
    from pledgecard.extract.document import Block, Document, Source, Table

INSPECT_VERSION = 1
PREVIEW = 80  # characters of a block's text shown (the JSON keeps it whole)

# The keys of the --json document, by level (a test keeps the output and this list in step).
JSON_KEYS: dict[str, tuple[str, ...]] = {
    "document": (
        "inspect_version",
        "file",
        "format",
        "sha256",
        "pages",
        "vocabulary",
        "notes",
        "blocks",
        "cards",
    ),
    "block": ("index", "kind", "location", "source", "text", "rows", "cols"),
    "card": (
        "index",
        "card_id",
        "title",
        "location",
        "coverage",
        "sections",
        "tables",
        "unplaced",
        "findings",
    ),
    "section": ("name", "heading", "label", "by", "location", "items", "read"),
    "table": ("location", "rows", "cols", "role", "section", "placed", "first_row"),
    "unplaced": ("section", "text", "location"),
    "finding": ("code", "severity", "location", "source_location", "source_position", "message"),
}

# A table's role: what its content says it is (funding, goals, outreach); a table of the header
# region (공약명, 관리번호 ...) is the header; any other is a side table.
ROLES = ("funding", "goals", "outreach", "header", "side")


def _source(src: Source) -> dict[str, Any]:
    d = src.to_dict()
    if d.get("bbox") is not None:
        d["bbox"] = [round(float(x), 1) for x in d["bbox"]]  # type: ignore[union-attr]
    if d.get("columns") is not None:
        d["columns"] = list(d["columns"])  # type: ignore[call-overload]
    return d


def _block(index: int, b: Block) -> dict[str, Any]:
    from pledgecard.extract.document import Table

    out: dict[str, Any] = {
        "index": index,
        "kind": b.kind,
        "location": b.source.describe() or None,
        "source": _source(b.source),
    }
    if isinstance(b, Table):  # row by row, a merged cell once
        rows = [sorted((c for c in b.cells if c.row == r), key=lambda c: c.col) for r in range(b.n_rows)]
        out["text"] = "\n".join(" | ".join(" ".join(c.text.split()) for c in row) for row in rows)
        out["rows"], out["cols"] = b.n_rows, b.n_cols
    else:
        out["text"] = b.full_text
        out["rows"] = out["cols"] = None
    return out


def _span(items: list[Any]) -> str | None:
    """``line 3-40``, ``page 1-2``: where a run of items stands, from its first and last source."""
    srcs = [it.source for it in items if it.source.describe()]
    if not srcs:
        return None
    first, last = srcs[0], srcs[-1]
    if first.line_start is not None and last.line_start is not None:
        end = last.line_end or last.line_start
        return f"line {first.line_start}" + (f"-{end}" if end != first.line_start else "")
    if first.page is not None and last.page is not None:
        return f"page {first.page}" + (f"-{last.page}" if last.page != first.page else "")
    if first.section is not None and first.paragraph is not None and last.paragraph is not None:
        same = (first.section, first.paragraph) == (last.section, last.paragraph)
        end = (
            ""
            if same
            else f"-{last.paragraph}"
            if last.section == first.section
            else f" - section {last.section} paragraph {last.paragraph}"
        )
        return f"section {first.section} paragraph {first.paragraph}{end}"
    return first.describe() or None


def _label(heading: str | None) -> str | None:
    from pledgecard.extract.labels import section_label
    from pledgecard.extract.markers import split_marker

    if not heading:
        return None
    found = section_label(heading)
    if found is None:
        _, rest = split_marker(heading)
        found = section_label(rest) if rest else None
    return found


def _table(t: Table, role: str | None, section: str | None, placed: bool) -> dict[str, Any]:
    first = sorted((c for c in t.cells if c.row == 0), key=lambda c: c.col)  # a merged cell once
    return {
        "location": t.source.describe() or None,
        "rows": t.n_rows,
        "cols": t.n_cols,
        "role": role,
        "section": section,
        "placed": placed,
        "first_row": [" ".join(c.text.split()) for c in first],
    }


def _section(k: int, s: SectionRead) -> dict[str, Any]:
    sec = s.section
    if k == 0:
        by = "header"  # the region above the first heading
    elif sec.heading is None:
        by = "content"  # tables whose content names a section no heading opened
    elif sec.name is None:
        by = "unknown heading"
    elif getattr(sec, "shaped", False) and _label(sec.heading) is None:
        by = "shape and content"  # a heading by its shape, no vocabulary naming it: its kind from its lines
    elif s.reader is None:
        by = "repeated"  # a section met twice that does not add up: left unread
    else:
        by = "heading"
    return {
        "name": s.reader if k == 0 else sec.name,
        "heading": sec.heading,
        "label": _label(sec.heading),
        "by": by,
        "location": _span(sec.items),
        "items": len(sec.items),
        "read": s.read,
    }


def _card(index: int, card: CardResult) -> dict[str, Any]:
    from pledgecard.extract.document import Table
    from pledgecard.extract.roles import table_role

    rec = card.record
    sections, tables, every = [], [], []
    for k, s in enumerate(card.sections):
        sections.append(_section(k, s))
        every.extend(s.section.items)
        left = {id(it) for it in s.rest}
        for it in s.section.items:
            if isinstance(it, Table):
                role = table_role(it) or ("header" if k == 0 else "side")
                tables.append(_table(it, role, s.section.name if k else "header", id(it) not in left))
    return {
        "index": index,
        "card_id": rec.get("card_id"),
        "title": (rec.get("header") or {}).get("title"),
        "location": _span(every),
        "coverage": (rec.get("source") or {}).get("coverage"),
        "sections": sections,
        "tables": tables,
        "unplaced": [{k: u.get(k) for k in JSON_KEYS["unplaced"]} for u in rec.get("unparsed") or []],
        "findings": [_finding(f, (rec.get("source") or {}).get("format")) for f in card.findings],
    }


def _finding(f: dict[str, Any], fmt: str | None) -> dict[str, Any]:
    from pledgecard.extract.source_position import finding_position

    return {k: finding_position(f, fmt) if k == "source_position" else f.get(k) for k in JSON_KEYS["finding"]}


def _document(file: str, doc: Document, cards: list[CardResult], vocabulary: str | None) -> dict[str, Any]:
    return {
        "inspect_version": INSPECT_VERSION,
        "file": file,
        "format": str(doc.format),
        "sha256": doc.sha256,
        "pages": doc.n_pages,
        "vocabulary": vocabulary,
        "notes": list(doc.notes),
        "blocks": [_block(i, b) for i, b in enumerate(doc.blocks)],
        "cards": [_card(i, c) for i, c in enumerate(cards)],
    }


@dataclass(slots=True)
class Inspection:
    """What :func:`inspect_file` found: the document read, its cards, and :meth:`to_dict`, the
    ``--json`` document (made with the vocabulary the file was read with)."""

    document: Document
    cards: list[CardResult]
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return self.data


def _audited(path: Path, doc: Document, cards: list[CardResult], data: dict[str, Any]) -> None:
    """Each card's ``provenance_audit`` (:mod:`pledgecard.validate.provenance_audit`): how many figures were read
    back at their provenance place, and those whose place prints other text."""
    from pledgecard.validate.provenance_audit import PrintedText, audit

    printed = PrintedText(path, str(doc.format), doc)
    try:
        for card, out in zip(cards, data["cards"], strict=True):
            got = audit(card.record, card.provenance, printed)
            out["provenance_audit"] = {
                "checked": got.checked,
                "unread_ocr": got.unread,
                "mismatches": [
                    {
                        "path": m.path,
                        "part": m.part,
                        "figure": list(m.figure),
                        "where": dict(m.where),
                        "printed": m.printed,
                    }
                    for m in got.mismatches
                ],
            }
    finally:
        printed.close()


def inspect_file(
    path: str | os.PathLike[str], *, limits: Limits | None = None, audit: bool = False
) -> Inspection:
    """Read ``path`` as ``pledgecard extract`` would and say how: raises
    :class:`~pledgecard.errors.UsageError` for a path that is not a file and an
    :class:`~pledgecard.errors.ExtractError` subclass for a file that cannot be read; a file with
    no card gives an inspection with no cards (its blocks show what was read). With ``audit`` each card also
    says whether every figure is printed where its provenance points (``provenance_audit``)."""
    from pledgecard.extract.cards import extract_card_results
    from pledgecard.extract.readers import read_path
    from pledgecard.extract.vocabulary import use_vocabulary

    p = Path(path)
    if not p.is_file():
        raise UsageError(f"not a file: {path}" if p.exists() else f"no such file: {path}")
    limits = limits or Limits()
    with use_vocabulary(limits.vocabulary):  # labels and roles judged with the words the file was read with
        doc = read_path(p, limits=limits)
        cards = extract_card_results(doc, file_name=str(p))
        data = _document(str(path), doc, cards, limits.vocabulary)
        if audit:
            _audited(p, doc, cards, data)
        return Inspection(doc, cards, data)
