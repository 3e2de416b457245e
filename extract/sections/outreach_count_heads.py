"""A channel table printed a channel a row (the channels down the label column, the count column beside it) as a
dump prints it a cell a line: the label column's cells, the total's word (``계``) last, then the count column's
heads (``횟수 비고``: the count's and a note column's, [note_column]) and the counts (dolbit-city 76029, pdftotext's
default mode: ``구분`` / channels / ``계`` / ``횟수 비고`` / ``2`` / ``1`` / ``93`` / ``1`` / ``97회``, a blank count
unprinted). The heads were read as the last channel's label's words (``기타 계 횟수 비고``), the total's word no longer
closing the head: five counts dealt to five channels, the total's count read as 기타's. The column heads after the
total's word are cut from the head, which then closes on the total's word (its count the last, a blank's place
unknown where one count is missing)."""

from __future__ import annotations

from pledgecard.extract.sections.outreach_words import category_of, is_total_label
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def count_heads_cut(parts: list[str]) -> int:
    """How many of the head's lines ``parts`` to keep: those up to a line holding the total's word alone where the
    lines after it name no channel and no total and one holds a note column's head (the count column's heads);
    all of them otherwise."""
    for at in range(len(parts) - 1, 0, -1):
        if is_total_label(fold(parts[at]).strip()):
            rest = [fold(p) for p in parts[at + 1 :]]
            notes = current().note_column_keys
            if (
                rest
                and not any(category_of(p) or any(is_total_label(w) for w in p.split()) for p in rest)
                and any(key(w) in notes for p in rest for w in p.split())
            ):
                return at + 1
            break
    return len(parts)


__all__ = ["count_heads_cut"]
