"""Whether a card's provenance points at where its figures are printed: for each figure of a record whose
provenance entry names a place (a dump's lines, an HWP/HWPX cell or paragraph, a PDF page's box), the text
printed there is read back from the file and must hold the figure as printed (an amount as its cell prints it,
in the card's unit; a date or a budget as the record keeps it raw). A figure whose place holds other text is a
:class:`Mismatch`; one whose place cannot be read back (a page alone) is not counted; one on a page read by OCR
(no text layer to read back) is listed as such (``Audit.unread``), never as a mismatch.

:func:`audit_file` reads one file (as the pipeline does) and audits every card in it; :func:`audit` audits one
record against its provenance and a :class:`PrintedText` of its file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgecard.extract.source_position import cell_parts
from pledgecard.validate.evidence_figure import figures

if TYPE_CHECKING:
    from pledgecard.extract.document import Document

_WS = re.compile(r"\s+")
_ITEM_FIELD = re.compile(r"(\w+\[\d+\])\.\w+")  # goals[2].actual: a list item's field
SLACK = 0.5  # points a glyph may reach past its box (rounding)


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A figure whose provenance place does not print it."""

    path: str  # the record path (funding.rows[0].amounts_krw[2])
    part: str  # the record part (funding.rows, funding.amounts, overview.budget, achievements.date ...)
    figure: tuple[str, ...]  # the texts it may be printed as
    where: Mapping[str, Any]  # the provenance entry
    printed: str  # the text printed there (cut short)


@dataclass(slots=True)
class Audit:
    checked: int = 0  # figures with a place read back
    mismatches: list[Mismatch] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # record paths of figures placed on a page read by OCR


def _squash(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text))


class PrintedText:
    """The text a file prints at a provenance place: a dump's lines, a cell (its row for a row), a paragraph,
    or the PDF text inside a page's box. ``doc``: the file as read (its cells and paragraphs, the pages OCR
    read); without it the file is read again (default limits)."""

    def __init__(self, path: str | Path, fmt: str, doc: Document | None = None) -> None:
        self.path, self.fmt, self.doc = Path(path), fmt, doc
        self._lines: list[str] | None = None
        self._cells: dict[tuple[int, int, int], str] | None = None
        self._spans: dict[tuple[int, int, int], tuple[int, int]] = {}  # a cell's rows (from, to excluded)
        self._rows: dict[tuple[int, int], str] = {}
        self._cols: dict[tuple[int, int], str] = {}
        self._paras: dict[tuple[int, int], str] = {}
        self._pdf: Any = None

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            from pledgecard.extract.readers.text import decode_text
            from pledgecard.extract.readers.text_lines import source_lines

            self._lines = source_lines(decode_text(self.path.read_bytes()))
        return self._lines

    def _read_doc(self) -> None:
        from pledgecard.extract.document import Paragraph, Table
        from pledgecard.extract.formats import reader_for
        from pledgecard.extract.limits import Limits

        self._cells = {}
        doc = self.doc = self.doc or reader_for(self.fmt)(
            self.path.read_bytes(), path=str(self.path), limits=Limits()
        )

        def walk(blocks: list[Any]) -> None:
            for b in blocks:
                if isinstance(b, Table):
                    for c in b.cells:
                        parts = cell_parts(c.source.cell)
                        if parts is not None:
                            assert self._cells is not None
                            t = parts[0]
                            for r in range(c.row, c.row + max(1, c.row_span)):
                                self._rows[(t, r)] = self._rows.get((t, r), "") + " " + c.text
                            for k in range(c.col, c.col + max(1, c.col_span)):
                                self._cols[(t, k)] = self._cols.get((t, k), "") + " " + c.text
                            self._cells[parts] = c.text
                            self._spans[parts] = (c.row, c.row + max(1, c.row_span))
                        walk(list(c.blocks or [*c.paragraphs, *c.nested]))
                elif (
                    isinstance(b, Paragraph)
                    and b.source.section is not None
                    and b.source.paragraph is not None
                ):
                    key = (b.source.section, b.source.paragraph)
                    self._paras[key] = self._paras.get(key, "") + " " + (b.printed or b.text)

        walk(list(doc.blocks))

    def read_by_ocr(self, where: Mapping[str, Any]) -> bool:
        """Whether ``where`` is on a PDF page read by OCR (its text from the image: no layer to read back)."""
        if self.fmt != "pdf":
            return False
        if self.doc is None:
            self._read_doc()
        return self.doc is not None and where.get("page") in self.doc.ocr_pages

    def at(self, where: Mapping[str, Any], *, row: bool = False) -> str | None:
        """The text printed at ``where`` (a provenance entry); a cell's whole row with ``row``; ``None`` for a
        place this cannot read back (a page alone, a page read by OCR)."""
        return None if self.read_by_ocr(where) else self._at(where, row=row)

    def _at(self, where: Mapping[str, Any], *, row: bool = False) -> str | None:
        """:meth:`at` for a place not on a page read by OCR (the caller asked)."""
        if self.fmt == "pdf":
            return self._pdf_text(where)
        cell = where.get("cell")
        if isinstance(cell, str) and cell_parts(cell) is not None and self.fmt in ("hwp", "hwpx"):
            if self._cells is None:
                self._read_doc()
            table, r, c = cell_parts(cell)  # type: ignore[misc]
            if not row:
                return (self._cells or {}).get((table, r, c))
            # a row's: the rows its cell spans (a label over a revised row's two), or its column (a table
            # printing the record's rows down its columns: the label cell heads the column)
            lo, hi = self._spans.get((table, r, c), (r, r + 1))
            return " ".join(
                [
                    *(self._rows.get((table, k), "") for k in range(lo, hi)),
                    "\n",
                    self._cols.get((table, c), ""),
                ]
            )
        start, end = where.get("line_start"), where.get("line_end")
        if isinstance(start, int) and self.fmt not in ("hwp", "hwpx", "pdf"):
            lines = self._text_lines()
            end = end if isinstance(end, int) and end >= start else start
            return "\n".join(lines[start - 1 : end]) if 0 < start <= len(lines) else ""
        section, para = where.get("section"), where.get("paragraph")
        if isinstance(section, int) and isinstance(para, int):
            if self._cells is None:
                self._read_doc()
            return self._paras.get((section, para))
        return None

    def cut_glyphs(self, where: Mapping[str, Any]) -> str:
        """The characters of a PDF place whose glyph (its x0..x1) a box holding its centre does not hold
        across: the box narrower than what it prints (``""``: none, or no box). (A row's box may cut a cell
        merged over several rows through its lines: as tall as its own row, by design.)"""
        if self.fmt != "pdf" or self.read_by_ocr(where):
            return ""
        chars = self._pdf_chars(where)
        bbox = where.get("bbox")
        if not chars or not isinstance(bbox, list | tuple):
            return ""
        x0, x1 = float(bbox[0]), float(bbox[2])
        return "".join(
            c["text"] for c in chars if c["text"].strip() and (c["x0"] < x0 - SLACK or c["x1"] > x1 + SLACK)
        )

    def _pdf_chars(self, where: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        page, bbox = where.get("page"), where.get("bbox")
        if not isinstance(page, int) or not isinstance(bbox, list | tuple) or len(bbox) != 4:
            return None
        if self._pdf is None:
            import pdfplumber

            self._pdf = pdfplumber.open(self.path)
        if not 0 < page <= len(self._pdf.pages):
            return []
        x0, top, x1, bottom = (float(v) for v in bbox)
        return [
            c
            for c in self._pdf.pages[page - 1].chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        ]

    def _pdf_text(self, where: Mapping[str, Any]) -> str | None:
        chars = self._pdf_chars(where)
        if chars is None:
            return None
        from pdfplumber.utils import extract_text

        return str(extract_text(chars)) if chars else ""


def _figures_of(record: Mapping[str, Any]) -> Iterator[tuple[str, str, list[str], bool]]:
    """``(record path, part, texts it may be printed as, a row's)`` for each figure of ``record``; a list item's
    field (``goals[2].actual``, ``plans[0].date``) at its own place, else (:func:`audit`) at its item's row."""
    funding = record.get("funding") if isinstance(record.get("funding"), Mapping) else {}
    for i, row in enumerate(funding.get("rows") or []):
        if not isinstance(row, Mapping):
            continue
        raw = row.get("amounts_raw") if isinstance(row.get("amounts_raw"), list) else []
        printed: list[str] = []
        for j, amount in enumerate(row.get("amounts_krw") or []):
            path = f"funding.rows[{i}].amounts_krw[{j}]"
            texts = figures({"location": path}, record) if j < len(raw) else []
            if not texts and amount:
                texts = _in_unit(amount, funding.get("unit"))
            if texts:
                yield path, "funding.amounts", texts, False
                printed = printed or texts
        if printed:  # the row's first figure, as printed (with or without commas)
            yield f"funding.rows[{i}]", "funding.rows", printed, True
    overview = record.get("overview") if isinstance(record.get("overview"), Mapping) else {}
    for key in ("period", "budget"):
        value = overview.get(key)
        if (
            isinstance(value, Mapping)
            and isinstance(value.get("raw"), str)
            and re.search(r"\d", value["raw"])
        ):
            yield f"overview.{key}", f"overview.{key}", [_first_figure(value["raw"])], True
    for name in ("achievements", "plans"):
        for i, item in enumerate(record.get(name) or []):
            date = item.get("date") if isinstance(item, Mapping) else None
            if (
                isinstance(date, Mapping)
                and isinstance(date.get("raw"), str)
                and re.search(r"\d", date["raw"])
            ):
                yield f"{name}[{i}].date", f"{name}.date", [_first_figure(date["raw"])], False
    for i, goal in enumerate(record.get("goals") or []):
        if isinstance(goal, Mapping):
            for key in ("target", "actual"):
                text = goal.get(key)
                if isinstance(text, str) and re.search(r"\d", text):
                    yield f"goals[{i}].{key}", f"goals.{key}", [_first_figure(text)], False


def _first_figure(text: str) -> str:
    """The first run of digits (with its separators) of a raw text: what the place must print at least."""
    m = re.search(r"\d[\d,.]*", unicodedata.normalize("NFKC", text))
    return m.group(0).rstrip(",.") if m else text


def _in_unit(amount: Any, unit: Any) -> list[str]:
    from pledgecard.normalize.money_units import unit_multiplier

    mult = (unit_multiplier(unit) if isinstance(unit, str) else None) or 1
    if not isinstance(amount, int | float) or amount % mult:
        return []
    n = int(amount // mult)
    return [f"{n:,}", str(n)]


def audit(record: Mapping[str, Any], provenance: Mapping[str, Any], printed: PrintedText) -> Audit:
    """The figures of ``record`` whose provenance place (``provenance['locations']``) does not print them."""
    locations = (
        provenance.get("locations") if isinstance(provenance.get("locations"), Mapping) else provenance
    )
    out = Audit()
    for path, where in locations.items():
        cut = printed.cut_glyphs(where) if isinstance(where, Mapping) else ""
        if cut:
            out.mismatches.append(Mismatch(path, "pdf.bbox_glyphs", (cut,), dict(where), cut[:160]))
    for path, part, texts, row in _figures_of(record):
        where = locations.get(path)
        if where is None and (item := _ITEM_FIELD.fullmatch(path)):  # no place of its own: its item's row
            where, row = locations.get(item.group(1)), True
        if not isinstance(where, Mapping):
            continue
        if printed.read_by_ocr(where):
            out.unread.append(path)
            continue
        text = printed._at(where, row=row)  # (not read by OCR: asked above)
        if text is None:
            continue
        out.checked += 1
        squashed = _squash(text)
        if not any(_squash(t) and _squash(t) in squashed for t in texts):
            out.mismatches.append(Mismatch(path, part, tuple(texts), dict(where), text[:160]))
    return out


def audit_file(path: str | Path) -> list[tuple[str, Audit]]:
    """``(card_id, audit)`` of every card the pipeline reads from ``path``."""

    read = read_cards(path)
    if read is None:
        return []
    printed, cards = read
    try:
        return [
            (card.record.get("card_id", ""), audit(card.record, card.provenance, printed))
            for card, _ in cards
        ]
    finally:
        printed.close()


def read_cards(path: str | Path) -> tuple[PrintedText, list[Any]] | None:
    """The file at ``path`` read once, as the pipeline reads it: its printed text (the document as read, so
    that the audit reads its cells and the pages OCR read without reading the file again) and the pipeline's
    card results; None when the pipeline refuses the file."""
    from pledgecard.errors import PledgecardError
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers import read_path
    from pledgecard.extract.vocabulary import use_vocabulary
    from pledgecard.pipeline import card_results

    limits = Limits()
    with use_vocabulary(limits.vocabulary):
        try:
            doc = read_path(Path(path), limits=limits)
            cards = card_results(doc, str(path))
        except PledgecardError:
            return None
    return PrintedText(path, str(getattr(doc.format, "value", doc.format)), doc), list(cards)
