"""Evidence from the paragraphs of an HWP or HWPX card: for a finding on something printed as
text (an achievement, a plan, a date in a paragraph) rather than in a table the record redraws,
the flagged paragraph with one paragraph of context on each side, as ``lines`` evidence whose
numbers count the document's paragraphs in reading order (cell paragraphs included).

The document is read again with the reader of its format (:mod:`pledgecard.extract.formats`);
the paragraph is the one holding the record's text (searched from the provenance's section and
paragraph on), else the provenance's paragraph itself.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CONTEXT = 1  # paragraphs shown before and after the flagged one
MAX_CACHED = 4  # documents kept while a report is written
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph of the document in reading order (1-based ``number``)."""

    number: int
    text: str
    section: int | None
    paragraph: int | None
    cell: str | None


def _flatten(blocks: list[Any], cell: str | None = None) -> Iterator[tuple[str, Any]]:
    """(text, source) of every paragraph in ``blocks``, cells' paragraphs in place."""
    from pledgecard.extract.document import Paragraph, Table

    for b in blocks:
        if isinstance(b, Paragraph):
            yield b.full_text, b.source
        elif isinstance(b, Table):
            for c in sorted(b.cells, key=lambda c: (c.row, c.col)):
                inner = c.blocks or c.paragraphs
                if inner:
                    yield from _flatten(list(inner))
                elif c.text.strip():
                    yield c.text, c.source


def paragraphs_of(path: Path, fmt: str) -> list[Para]:
    """The paragraphs of the HWP/HWPX file at ``path`` (``[]`` when it cannot be read)."""
    from pledgecard.extract.formats import reader_for
    from pledgecard.extract.limits import Limits

    try:
        doc = reader_for(fmt)(path.read_bytes(), path=str(path), limits=Limits())
    except Exception as exc:  # noqa: BLE001 - a file that no longer reads gives no evidence, not a crash
        log.debug("cannot read %s for evidence: %s", path, exc)
        return []
    out = []
    for text, src in _flatten(doc.blocks):
        if text.strip():
            out.append(Para(len(out) + 1, text, src.section, src.paragraph, src.cell))
    return out


class ParagraphFinder:
    """Paragraph evidence for the cards of one report (a few documents cached)."""

    def __init__(self) -> None:
        self._docs: OrderedDict[Path, list[Para]] = OrderedDict()

    def _paragraphs(self, path: Path, fmt: str) -> list[Para]:
        if path in self._docs:
            self._docs.move_to_end(path)
        else:
            while len(self._docs) >= MAX_CACHED:
                self._docs.popitem(last=False)
            self._docs[path] = paragraphs_of(path, fmt)
        return self._docs[path]

    def find(
        self, path: Path, fmt: str, needles: list[str], where: Mapping[str, Any]
    ) -> tuple[list[tuple[int, str, bool]], str] | None:
        """The flagged paragraph with its context as (number, text, flagged) and how it was found,
        or ``None``. ``where`` is the provenance entry (``section``, ``paragraph``, ``cell``)."""
        paras = self._paragraphs(path, fmt)
        if not paras:
            return None
        sec, par, cell = where.get("section"), where.get("paragraph"), where.get("cell")
        named = [
            p for p in paras if p.section == sec and p.paragraph == par
        ]  # a table's cells share its index
        start = next((p.number for p in named if p.cell == cell), named[0].number if named else None)
        hit, how = None, ""
        for needle in needles:
            want = _WS.sub("", needle)
            for probe in (want, want[:14]) if want else ():
                ordered = paras[(start or 1) - 1 :] + paras[: (start or 1) - 1]
                hit = next((p.number for p in ordered if probe in _WS.sub("", p.text)), None)
                if hit is not None:
                    how = "the paragraph holding the record's text"
                    break
            if hit is not None:
                break
        if hit is None and start is not None:
            hit, how = start, "the paragraph named by the provenance"
        if hit is None:
            return None
        lo, hi = max(1, hit - CONTEXT), min(len(paras), hit + CONTEXT)
        return [(n, paras[n - 1].text, n == hit) for n in range(lo, hi + 1)], how
