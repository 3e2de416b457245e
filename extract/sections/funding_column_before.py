"""Another table's last column printed under the funding heading, before the funding table's unit line.

pdfminer.six's ``pdf2txt.py`` groups a page's text into boxes and prints them in an order of its own: a table
printed a cell a line may come out with its last column after the next section's heading (dahae-city 12 pdf2txt:
``3. 재원 투자계획`` / ``참여인원`` / ``43`` / ``13`` / ``6`` / ``11`` / ``13`` / ``(단위 : 억원)`` / ``구분`` ..., the
참여기업 현황 table's head cell and counts). Read as the funding table's, the figures gave it five cells more than its
grid: the whole table went unread.

The funding table begins at its unit line where the section opens with a column printed before it: one line holding
a head word no funding table prints (no period, total, source or 구분 head, no unit, no figure), then two or more
lines each a figure alone, then the unit line. Those lines are left out of the table (kept as unparsed text); nothing
else moves. A column headed by a funding word (``구분`` / ``국비`` ... printed before the unit) stays the table's. A
spanning heading's words (``연도별 투자 실적 및 계획``) name no column either, but pdf2txt prints them beside the
labels, never alone over a run of figures opening the section; were a table's figures so left out, its grid would
miss cells and go unread (no figure guessed)."""

from __future__ import annotations

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_token
from pledgecard.extract.sections.funding_column_heads import classify_column, gubun_pattern
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit

MIN_FIGURES = 2


def _foreign_head(text: str) -> bool:
    """Whether ``text`` is a head cell no funding table prints (see the module)."""
    text = text.strip()
    if not text or any(ch.isdigit() for ch in text) or find_unit(text):
        return False
    return (
        classify_column(text)["kind"] == "other"
        and source_label([text]) is None
        and not gubun_pattern(current()).fullmatch(text)
    )


def column_before_unit(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """``items`` without the column another table printed before the funding table's unit line, and that column's
    lines (``[]`` where the section opens otherwise)."""
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
        and is_amount_token(items[k].full_text.strip())
    ):
        k += 1
    after = items[k] if k < len(items) else None
    if k - 1 < MIN_FIGURES or not isinstance(after, Line) or not find_unit(after.full_text):
        return items, []
    return items[k:], items[:k]
