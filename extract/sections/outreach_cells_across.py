"""A channel table with the channels across, printed a cell a line: the head row's cells (its corner ``구 분``,
then each channel and the total ``계`` wherever it stands), then the count row's cells (its label ``횟 수``, then one
count a channel), as python-hwpx's ``hwpx-text-extract --include-tables`` prints an HWPX table.

Class of card fixed (doc-sollip-district-3-2-07's text extract: ``구 분`` / ``주민설명회`` / ``만족도조사`` / ``전문가
자문`` / ``언론보도`` / ``계`` / ``횟 수`` / ``3`` / ``1`` / ``2`` / ``5`` / ``11``): the row label between the labels and
the counts was read as part of the last channel's label and no count placed (the outreach read null). The lines are
read as the two rows of such a table only where their counts prove it: the head's corner a word of the vocabulary's
label column, ``k`` (two or more) channel or total labels after it, one line after them that is neither (the row's
label), then exactly ``k`` lines of one count each and nothing after, the row's label naming a count of the times
held (:func:`~pledgecard.extract.sections.outreach_words.counts_events`: never 참석인원 or 예산(천원), review d); the grid is then read as any table's
(:func:`~pledgecard.extract.sections.outreach_grid.from_grid`), which checks the total against the channels."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_grid import from_grid
from pledgecard.extract.sections.outreach_words import (
    category_of,
    count_cell,
    counts_events,
    is_total_label,
    is_value_line,
)
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _label(text: str) -> bool:
    return bool(category_of(text) or is_total_label(text)) and is_value_line(text) is None


def cells_across(lines: list[Line]) -> dict | None:
    """The outreach of the lines read as the module tells, or None."""
    texts = [fold(ln.full_text) for ln in lines if ln.full_text.strip()]
    corners = {
        key(w) for w in (*current().words("label_column"), *current().words("label_column", "corner_columns"))
    }
    if len(texts) < 6 or key(texts[0]) not in corners:
        return None
    k = 1
    while k < len(texts) and _label(texts[k]):
        k += 1
    labels = texts[1:k]
    if len(labels) < 2 or k >= len(texts):
        return None
    row_label, counts = texts[k], texts[k + 1 :]
    if (
        _label(row_label)
        or is_value_line(row_label) is not None
        or len(counts) != len(labels)
        or any(count_cell(c)[0] is None and c.strip() not in ("-", "–", "—") for c in counts)
        or not counts_events(row_label, counts)
    ):
        return None  # a row of attendees or of budget (참석인원, 예산(천원)) counts no events (review d)
    # a cell a line: the columns are certain, two channels of one category side by side are two columns
    return from_grid([[texts[0], *labels], [row_label, *counts]], aligned=True)
