"""A channel table a dump printed a cell a line whose head holds a channel label wrapped over two lines
(``주민간담회·공청`` / ``회등``), printed after every other label: pdftotext prints a two-line cell of a
row of one-line cells apart from them, so its place among the columns is not told by the print order
(mutant 3953: the first channel's label printed last, every count read under the channel beside its
own). Its counts are printed in the columns' order; which is whose is then not known, and none is read.

A cell after the last channel that is the head of a note column (the vocabulary's ``[note_column]``: 비고) or a
unit line (``(단위:회)``, :func:`~pledgecard.extract.sections.outreach_unit.counter_unit`) is a cell of its own,
no piece of a wrapped label (review A: the five counts of such a head, adding up to the total, all nulled); so is
the counts' row label naming their counter in brackets (``실적(회)``: python-hwpx's text of bitna-district prints it
on the line right after the last channel, its counts all nulled: 0.979 against its floor of 1.00)."""

from __future__ import annotations

from pledgecard.extract.sections.outreach_unit import counter_unit, names_its_counter
from pledgecard.extract.sections.outreach_words import category_of, count_cell, is_total_label
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _own_cell(part: str) -> bool:
    """A head cell no wrapped label's piece: a note column's head or a unit line."""
    return (
        key(fold(part)) in current().note_column_keys
        or counter_unit(fold(part)) is not None
        or names_its_counter(fold(part))
    )


def wrapped_label_last(
    parts: list[str], starts: list[int | None] | None = None, counts: int | None = None
) -> bool:
    """Whether a head printed a cell a line (``parts``, three lines or more) ends with a channel label
    broken over lines: its last channel label followed by a piece naming no channel or total, on the
    very next line where ``starts`` (each part's line in the dump) tells it (a piece after a blank line
    is a cell of its own: a row's label, ``실적(건)``, printed after the heads)."""
    if len(parts) < 3:
        return False
    named = [bool(category_of(fold(p)) or is_total_label(p.strip())) for p in parts]
    channels = [i for i, p in enumerate(parts) if named[i] and not is_total_label(p.strip())]
    if not channels or len(channels) < 2:
        return False
    last = channels[-1]
    if last + 1 >= len(parts) or any(named[last + 1 :]) or _own_cell(parts[last + 1]):
        return False
    if counts is not None and counts == len(parts) - named.index(True):
        return (
            False  # a count printed for every cell from the first named one on: the piece is a column's own
        )
        # label (an unknown channel: dasan-edu's 교원 연수 after 언론보도), no wrapped label's piece
    at = starts[last] if starts is not None and len(starts) == len(parts) else None
    nxt = starts[last + 1] if starts is not None and len(starts) == len(parts) else None
    return at is None or nxt is None or nxt == at + 1 or word_cut(parts[last], parts[last + 1])


def word_cut(label: str, piece: str) -> bool:
    """Whether ``piece`` goes on with a word ``label`` ends with, cut by the cell's wrap (``주민간담회, 공`` /
    ``청회 등``): the two glued name a channel neither names alone. A box-grouping dump (pdfminer.six's
    ``pdf2txt.py``) prints the wrapped cell's lines as boxes apart, a blank line between them, so the lines'
    places do not tell the piece is the label's; the cut word does (gochim-county 80003's pdf2txt dump)."""
    words, rest = fold(label).split(), fold(piece).split()
    if not words or not rest:
        return False
    glued = words[-1] + rest[0]
    return bool(category_of(glued)) and not category_of(words[-1]) and not category_of(rest[0])


def proven_total(total: int | None, values: list[str]) -> bool:
    """Whether a total read from its own column is the sum of the channels' printed counts (proven
    wherever the channels' columns stand)."""
    counts = [count_cell(v)[0] for v in values]
    return total is not None and None not in counts and sum(counts) == total  # type: ignore[arg-type]
