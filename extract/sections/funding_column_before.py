"""Another table's last column printed under the funding heading, before the funding table's unit line.

pdfminer.six's ``pdf2txt.py`` groups a page's text into boxes and prints them in an order of its own: a table
printed a cell a line may come out with its last column after the next section's heading (dahae-city 12 pdf2txt:
``3. 재원 투자계획`` / ``참여인원`` / ``43`` / ``13`` / ``6`` / ``11`` / ``13`` / ``(단위 : 억원)`` / ``구분`` ..., the
참여기업 현황 table's head cell and counts). Read as the funding table's, the figures gave it five cells more than its
grid: the whole table went unread.

The funding table begins at its unit line where the section opens with a column printed before it, proven not the
funding table's: one line holding a head word of another table the vocabulary knows (a side table's count head or a
row-number head: ``참여인원``, ``연번``) and no word of a funding table (no source, total, period,
pair, corner or funding name word, no unit, no figure), then two or more lines each an amount alone (a year is never
one: ``연도`` / ``2023`` / ``2024`` is the table's own year column), then the unit line. A word the vocabulary does
not know proves nothing (``특교세``, ``융자``, ``소요액``: a funding table's own head, as printed). And the column is left out
only where its figures do not fit the table's grid: :func:`column_before_unit` offers it, and the funding reader leaves
it out only where the table read as printed reads no funding and read without it does (extract/sections/funding.py).
Those lines are then kept as unparsed text; nothing else moves."""

from __future__ import annotations

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_token
from pledgecard.extract.sections.funding_column_heads import classify_column, gubun_pattern
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money import find_unit

MIN_FIGURES = 2


def _funding_words(v: Vocabulary) -> tuple[str, ...]:
    """Every word a funding table prints in its heads and labels (sources, totals, column kinds, pairs, the corner's
    and the section's names, the overview's budget words)."""
    lists = [
        ws
        for t in (
            "funding_sources",
            "funding_columns",
            "funding_pairs",
            "funding_names",
            "label_column",
            "totals",
        )
        for ws in v.table(t).values()
        if isinstance(ws, list)
    ]
    return tuple(
        sorted({w for ws in [*lists, v.words("overview", "budget")] for w in ws if isinstance(w, str)})
    )


def _other_table_heads(v: Vocabulary) -> tuple[str, ...]:
    """The head words of the other tables a card prints (a side table's count column, a row-number column), as a head
    ends in them (``참여인원``)."""
    return tuple(v.words("side_tables", "count_headers") + v.words("row_numbers", "heads"))


def _foreign_head(text: str) -> bool:
    """Whether ``text`` is a head cell proven another table's (see the module): a head the vocabulary knows of
    another table, holding no funding word; a word it does not know is none."""
    text = text.strip()
    if not text or any(ch.isdigit() for ch in text) or find_unit(text):
        return False
    v = current()
    if any(w in text for w in v.build(_funding_words)) or not text.endswith(v.build(_other_table_heads)):
        return False
    return (
        classify_column(text)["kind"] == "other"
        and source_label([text]) is None
        and not gubun_pattern(v).fullmatch(text)
    )


def _lone_amount(text: str) -> bool:
    """A line holding an amount alone, never a year (a year column's cell)."""
    return is_amount_token(text) and classify_column(text)["kind"] != "year"


def column_before_unit(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """``items`` without the column another table printed before the funding table's unit line, and that column's
    lines (``[]`` where the section opens otherwise): offered only, the caller keeps it out only where the table
    read as printed reads no funding (see the module)."""
    if (
        len(items) < MIN_FIGURES + 2
        or not isinstance(items[0], Line)
        or items[0].marker is not None
        or not _foreign_head(items[0].full_text)
    ):
        return items, []
    k = 1
    while (
        k < len(items)
        and isinstance(items[k], Line)
        and items[k].marker is None
        and _lone_amount(items[k].full_text.strip())
    ):
        k += 1
    after = items[k] if k < len(items) else None
    if k - 1 < MIN_FIGURES or not isinstance(after, Line) or not find_unit(after.full_text):
        return items, []
    return items[k:], items[:k]
