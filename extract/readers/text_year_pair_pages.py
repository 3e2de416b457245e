"""The rows of a year-pair goal table (:mod:`text_year_pair_heads`) that a page break carried onto the next page.

The class of card fixed: ``pdftotext -layout`` measures every page on its own, so a goal table's rows printed on the
page after its head's stand at columns of their own, not under the head's sub-columns: placed by the head's
positions, a row's unit cell (``호``, ``km``) fell left of the unit head's edge and was read as the row's label (the
indicator's name lost) and its figures went to sub-columns they do not stand under (nalgae-city 61009 / 61016
layout). Such a row's label cells are its cells left of the figures in order (the label, then the unit); its figures
are placed only where the row prints one a column (every sub-column and every head right of the years filled, the
order then telling each one's); a row leaving cells blank has no placing the printed positions prove, so its figures
are handed back unplaced (a finding is raised for them) rather than guessed."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import Seg


def by_order(words: list[tuple[Seg, bool]], n_lab: int, n_cols: int) -> tuple[dict[int, str], list[Seg]]:
    """A row printed on a page other than its head's: its cells (column -> text) right of its ``n_lab`` label
    columns, one word a column in order where it prints as many words as the table has columns right of the labels,
    and the words placed nowhere (every one, otherwise)."""
    if len(words) == n_cols - n_lab:
        return {n_lab + k: w.text for k, (w, _) in enumerate(words)}, []
    return {}, [w for w, _ in words]
