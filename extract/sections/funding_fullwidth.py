"""The funding section's text with the fullwidth forms of ASCII read as ASCII (``１，２５０`` -> ``1,250``,
``（단위：千원）`` -> ``(단위:千원)``): figures typed in a word processor's fullwidth mode, as an older house style
types them, even inside one figure beside half-width ones.

Only U+FF01..U+FF5E fold, one character for one (:func:`~pledgecard.normalize.text.fold_fullwidth`): never NFKC,
which would turn ``①`` into ``1`` and ``㈜`` into ``(주)``. The section's every reading (a table's cells, a dump's
lines a row or a cell a line) then sees one shape of figure. A text dump's ``printed`` line folds alike: one
character for one keeps its space runs (its blank cells) where they were, and its tokens those of ``text``."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.document import Cell, Paragraph, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.text import fold_fullwidth

# an ideographic space between two fullwidth digits, as a dump's reader measured it (two display columns, two
# spaces: text_lines.display_text): the thousands separator of a figure typed in fullwidth mode (``９８　６９６``)
_WIDE_GAP = re.compile(r"(?<=[\uff10-\uff19]) {2}(?=[\uff10-\uff19])")


def _printed(printed: str | None) -> str | None:
    """A dump's ``printed`` line folded (:func:`fold_fullwidth`), an ideographic space between two fullwidth
    digits one space again: one separator typed, no blank cell (mutant 3862, hanmaru-county: ``９８　６９６천원``
    a cell, its groups an ideographic space apart; the gaps of the line otherwise as printed)."""
    return None if printed is None else fold_fullwidth(_WIDE_GAP.sub(" ", printed))


def _paragraph(p: Paragraph) -> Paragraph:
    text = fold_fullwidth(p.text)
    printed = _printed(p.printed)
    return p if (text, printed) == (p.text, p.printed) else replace(p, text=text, printed=printed)


def _cell(c: Cell) -> Cell:
    return replace(
        c,
        text=fold_fullwidth(c.text),
        paragraphs=[_paragraph(p) for p in c.paragraphs],
        nested=[_table(t) for t in c.nested],
        blocks=[_paragraph(b) if isinstance(b, Paragraph) else _table(b) for b in c.blocks],
    )


def _table(t: Table) -> Table:
    return replace(t, cells=[_cell(c) for c in t.cells])


def _table_text(t: Table) -> str:
    return "".join(c.text + "".join(_table_text(n) for n in c.nested) for c in t.cells)


def _has_fullwidth(item: Item) -> bool:
    text = item.full_text + (item.printed or "") if isinstance(item, Line) else _table_text(item)
    return fold_fullwidth(text) != text


def fullwidth_folded(items: list[Item]) -> list[Item]:
    """``items`` with the fullwidth forms of ASCII in their text read as ASCII (the items holding none as they
    are); a table's cells, their paragraphs and nested tables too."""
    out: list[Item] = []
    for it in items:
        if not _has_fullwidth(it):
            out.append(it)
        elif isinstance(it, Line):
            out.append(replace(it, text=fold_fullwidth(it.text), printed=_printed(it.printed)))
        else:
            out.append(_table(it))
    return out
