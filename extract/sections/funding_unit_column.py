"""A funding table with a column of its unit (``단위``), every row printing the unit after its label.

A dump prints such a table as lines: ``구 분 단위 총사업비`` over ``계 백만원 77 989 20 335 ...``. Every line stating a
unit is set apart as the unit's line, so the rows went with it and the table was lost (mutant 3492 txt). The
column carries nothing of the record: where the head names it (a head word that is the vocabulary's unit label)
and every row after the head prints, right after its label (one word or two), one and the same money unit, the
unit the section states, the column is taken off, head word and cells. A row printing no unit there, or a unit
of another worth, leaves the lines as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import unit_multiplier


def _unit_at(toks: list[str], mult: int) -> int | None:
    """Where a row prints the table's unit after its label (one word or two) with amounts after it."""
    return next(
        (
            k
            for k in (1, 2)
            if len(toks) > k + 1
            and not is_amount_cell(toks[k - 1])
            and unit_multiplier(toks[k]) == mult
            and is_amount_cell(toks[k + 1])
        ),
        None,
    )


_GAPS = re.compile(r"(?<=\S) +(?=\S)")


def _one_space_apart(printed: str) -> bool:
    """Whether a printed line's cells stand one space apart (its single gaps outnumber its wider ones): a wider
    gap there is a blank cell, not a column's spacing (a layout dump's)."""
    gaps = [len(g) for g in _GAPS.findall(printed)]
    return sum(1 for g in gaps if g == 1) > sum(1 for g in gaps if g > 1)


def _without_word(line: Line, word: str) -> Line:
    """``line`` without the first whole-word ``word`` (its printed text too, the space runs kept elsewhere).
    In a line whose cells stand one space apart only the one space after the word goes with it: the gap's rest
    is the blank cells printed after the unit (``국비 백만원   1,530 7,712``: 2019 and 2020 blank, mutant 4379 txt,
    the gap once cut away, the row's figures read a column early or not at all)."""
    cut = re.compile(rf"(?:^|(?<=\s)){re.escape(word)}(?:\s+|$)")
    kept = re.compile(rf"(?:^|(?<=\s)){re.escape(word)}(?: |$)")
    printed = (
        (kept if _one_space_apart(line.printed) else cut).sub("", line.printed, count=1)
        if line.printed
        else None
    )
    return replace(line, text=cut.sub("", line.text, count=1).strip(), printed=printed)


def without_unit_column(items: list[Item], mult: int) -> list[Item]:
    """``items`` with the unit column of a funding table printed as lines taken off (see the module's doc);
    as they are when no head names one or a row after it prints no such cell."""
    labels = set(current().words("money", "unit_label"))
    heads = [k for k, it in enumerate(items) if isinstance(it, Line) and labels & set(it.full_text.split())]
    if len(heads) != 1 or mult <= 1:
        return items
    h = heads[0]
    # the rows: every line after the head printing two amounts or more (a year head, a note, a unit line none)
    rows = [
        k
        for k in range(h + 1, len(items))
        if isinstance(items[k], Line) and sum(is_amount_cell(t) for t in items[k].full_text.split()) >= 2
    ]  # type: ignore[union-attr]
    placed = {k: _unit_at(items[k].full_text.split(), mult) for k in rows}  # type: ignore[union-attr]
    if len(rows) < 2 or any(at is None for at in placed.values()):
        return items
    word = next(w for w in items[h].full_text.split() if w in labels)  # type: ignore[union-attr]
    out = list(items)
    out[h] = _without_word(items[h], word)  # type: ignore[arg-type]
    for k in rows:
        unit = items[k].full_text.split()[placed[k]]  # type: ignore[index, union-attr]
        out[k] = _without_word(items[k], unit)  # type: ignore[arg-type]
    return out
