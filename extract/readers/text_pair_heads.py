"""Year heads centred over pairs of sub-heads in an aligned block of a text dump.

A goal table of years across prints each year head over a pair of sub-heads (``2023년`` over
``목표 | 실적``), the merged cell's text centred over the pair: ``pdftotext -layout`` sets the year
in the gap between the two sub-heads, its glyphs reaching over one of them or not. Read cell by cell,
the year is a column of its own (or runs into a sub-head). This module's one job is telling where
the measure shows the year heads span pairs: every segment of the head's top line a year head, each
centred in the gap between two neighbouring sub-heads of the head's bottom line (within two columns
of the gap's middle: the converter rounds), the pairs one after the other, their two words the same
under every year, and the body's figures under the pairs' columns (a pair's both columns holding
figures in some row, every pair a figure). The caller
(:mod:`~pledgecard.extract.readers.text_columns`) places each year over its pair and the head's other
cells over both head rows, as a grid converter reads the merged cells.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import Placed, RCell, Row
from pledgecard.extract.readers.text_lines import TLine, is_figure
from pledgecard.extract.vocabulary import current

SLACK = 2.0  # columns: a year head's centre off the middle of its pair's gap (the converter rounds)


def year_cell(text: str) -> bool:
    """Whether ``text`` is a year the vocabulary knows, and nothing else (a head's year cell)."""
    return bool(current().year_re.fullmatch(" ".join(text.split())))


def _words(text: str) -> bool:
    return not any(ch.isdigit() for ch in text)


def pairs_under(
    tops: list[tuple[int, int]], subs: list[tuple[int, int]], names: list[str]
) -> list[int] | None:
    """For year heads at extents ``tops`` over sub-heads at ``subs`` (named ``names``), left to right:
    the index of each pair's first sub-head (the year centred in the gap after it, within
    :data:`SLACK` of the gap's middle), the pairs one after the other and named alike; None otherwise."""
    if len(tops) < 2 or len(subs) < 2 * len(tops):
        return None
    firsts: list[int] = []
    for a, b in tops:
        mid = (a + b) / 2
        at = [
            i
            for i in range(len(subs) - 1)
            if subs[i][1] <= mid <= subs[i + 1][0] and abs(mid - (subs[i][1] + subs[i + 1][0]) / 2) <= SLACK
        ]
        if len(at) != 1:
            return None
        firsts.append(at[0])
    if any(b - a != 2 for a, b in zip(firsts, firsts[1:], strict=False)) or firsts[-1] + 2 != len(subs):
        return None  # the pairs side by side, the last closing the line
    if len({(names[i], names[i + 1]) for i in firsts}) != 1 or names[firsts[0]] == names[firsts[0] + 1]:
        return None  # the same two sub-heads under every year, two different words
    return firsts


def pair_head_line(group: list[TLine], wide: bool, body: list[TLine] | None = None) -> bool:
    """Whether a row group of three lines or more opens with a line of year heads (two or more, nothing
    else) centred over pairs of the word sub-heads its last line ends with (:func:`pairs_under`), the
    figures of the ``body`` lines below under the pairs (:func:`_filled`)."""
    if len(group) < 3 or len(group[0].segs) < 2 or not all(year_cell(s.text) for s in group[0].segs):
        return False
    bottom = group[-1].segs
    if not all(_words(s.text) for s in bottom):
        return False
    tops = [s.span(wide) for s in group[0].segs]
    firsts = pairs_under(tops, [s.span(wide) for s in bottom], [s.text for s in bottom])
    if firsts is None:
        return False
    middle = [s for ln in group[1:-1] for s in ln.segs]
    head = [sum(s.span(wide)) / 2 for s in [*middle, *bottom]]
    figures = [sum(s.span(wide)) / 2 for ln in body or [] for s in ln.segs if is_figure(s.text)]
    return _filled(head, figures, [len(middle) + i for i in firsts])


def pair_heads(rows: list[Row], k: int, wide: bool) -> list[int] | None:
    """The first cell of each pair of row ``k + 1`` that the year heads of row ``k`` head (see the module
    docstring), the body's rows below holding figures under them; None for any other shape."""
    if k + 2 > len(rows) - 1 or rows[k].spanning or rows[k + 1].spanning:
        return None
    tops, row = rows[k].cells, rows[k + 1].cells
    if len(tops) < 2 or any(len(c.segs) != 1 or not year_cell(c.segs[0].text) for c in tops):
        return None
    last = max(s.line for c in row for s in c.segs)
    subs = [
        i for i, c in enumerate(row) if len(c.segs) == 1 and c.segs[0].line == last and _words(c.segs[0].text)
    ]
    if not subs or subs != list(range(subs[0], len(row))):
        return None
    firsts = pairs_under(
        [(c.x0, c.x1) for c in tops],
        [(row[i].x0, row[i].x1) for i in subs],
        [row[i].segs[0].text for i in subs],
    )
    if firsts is None:
        return None
    firsts = [subs[0] + i for i in firsts]
    return firsts if _figures_under(rows[k + 2 :], row, firsts) else None


def _figures_under(body: list[Row], head: list[RCell], firsts: list[int]) -> bool:
    """:func:`_filled` of the body rows' figure cells under a head row's cells."""
    figures = [c.centre for r in body for c in r.cells if all(is_figure(s.text) for s in c.segs)]
    return _filled([c.centre for c in head], figures, firsts)


def _filled(head: list[float], figures: list[float], firsts: list[int]) -> bool:
    """Whether the figures (centres), each nearest one head cell (centres), stand under every pair (first
    cells ``firsts``) and under some pair's both cells (the measure parts the pair's two columns)."""
    filled = {min(range(len(head)), key=lambda i: abs(head[i] - x)) for x in figures}
    return all(i in filled or i + 1 in filled for i in firsts) and any(
        i in filled and i + 1 in filled for i in firsts
    )


def over_pairs(
    where: list[tuple[int, int]], firsts: list[int], heads: Row, row: Row, k: int, placed: list[Placed]
) -> bool:
    """Places the year heads of row ``k - 1`` each over the two columns of its pair in row ``k`` (placed at
    ``where``) and the row's other cells in row ``k - 1``, over both rows; False, placing nothing, when a
    pair's sub-heads do not stand in two columns side by side."""
    if any(where[i][1] != 1 or where[i + 1] != (where[i][0] + 1, 1) for i in firsts):
        return False
    under = {j for i in firsts for j in (i, i + 1)}
    for i, top in zip(firsts, heads.cells, strict=True):
        placed.append(Placed(k - 1, where[i][0], 2, top))
    for i, ((j, s), c) in enumerate(zip(where, row.cells, strict=True)):
        if i not in under:
            c.rows = 2
            placed.append(Placed(k - 1, j, s, c))
    return True
