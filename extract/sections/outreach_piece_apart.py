"""A channel table's head printed a cell a line by a dump parting every cell by a blank line (pdfminer.six's
``pdf2txt.py``), its first channel's label wrapped over two lines (``간담회, 공청회`` / ``등``) and printed after every
other label (past a page break: yeonbit-county 73013's head ``계`` / ``만족도조사`` / ... / ``기타`` / ``- 2 -`` /
``간담회, 공청회`` / ``등`` over ``6`` / ``6회`` / ``-`` ...). The class of card fixed: the wrapped label's second line
stands a blank line apart from the first, as every cell of the dump does, so it was taken for a cell of its own
(outreach_wrapped_head reads a piece after a blank line so) and the counts were read in the labels' print order,
the meetings' 6 filed under the survey. A piece naming no channel, right after the last label at the dump's own
gap between cells, the label itself past a wider gap (the page's foot dropped between), with no count of its own
(the counts one for each named cell: the total and the channels), is the wrapped label's: its column's place is
not told by the print order, and no count is read."""

from __future__ import annotations

from pledgecard.extract.sections.outreach_unit import counter_unit, names_its_counter
from pledgecard.extract.sections.outreach_words import category_of, is_total_label
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _own_cell(part: str) -> bool:
    """A head cell no label's piece: a note column's head, a unit line, a row label naming its counter."""
    text = fold(part)
    return (
        key(text) in current().note_column_keys or counter_unit(text) is not None or names_its_counter(text)
    )


def piece_apart_last(parts: list[str], starts: list[int | None], counts: int) -> bool:
    """Whether a head printed a cell a line (``parts``, each at its line ``starts``), every cell a blank line or
    more apart, ends with its last channel's label printed past a wider gap than the cells' (a line dropped
    between: a page's foot) and one piece naming no channel nor the total, printed at the head's smallest gap
    after it, under ``counts`` counts (the total's among them) one for each named cell. (A row's label after the
    heads, ``횟수`` under ``구분``, stands at the cells' gap from the last label: dure-county 51023 pdf2txt.)"""
    if len(parts) < 3 or len(starts) != len(parts) or any(s is None for s in starts):
        return False
    lines = [s for s in starts if s is not None]
    gaps = [b - a for a, b in zip(lines, lines[1:], strict=False)]
    if min(gaps) < 2:
        return (
            False  # cells on lines right after one another: a piece after a blank line is a cell of its own
        )
    named = [bool(category_of(fold(p)) or is_total_label(p.strip())) for p in parts]
    if (
        named[-1]
        or not named[-2]
        or is_total_label(parts[-2].strip())
        or not parts[-1].strip()
        or _own_cell(parts[-1])
    ):
        return False
    return gaps[-1] == min(gaps) < gaps[-2] and counts == sum(named)
