"""Whether a years-across goal table printed with no gap and no dash still has its cells fixed.

A dump that prints no empty cell at all (``pdftotext -raw``) would have a row's words taken for its
cells, so :mod:`goal_across` reads a table of two years or more only where a row shows a gap or a
dash. A row shows its cell count otherwise too: when each of its year cells holds exactly one figure
(``공정률 60% | 공정률 80%``, ``4.7km | 3.7km``, ``172호 공급 | 208호 공급``: a measure word in its value's
cell) or is one whole status word (``추진중 | 완료``), its cells number its values (or its status
words), and a dropped empty cell would leave fewer of them than the years, so the row could not be
split into as many cells (no row of it is read then). A cell of words with no figure
(``착공 | 시범 | 운영``) could be a piece of a longer cell beside a dropped one: the table is not read so.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.goal_values import FIGURE, is_status_cell


def one_figure_a_cell(rows: Sequence[tuple[str | None, list[str] | None]]) -> bool:
    """Whether the rows split (``rows``: each row's field and its cells as [project, label, *year
    cells], None when not split) are all cut by their shapes alone: every year cell holds one figure,
    or is a whole status word; at least one row split."""
    split = [cells[2:] for _, cells in rows if cells is not None]
    return bool(split) and all(
        is_status_cell(c) or sum(len(FIGURE.findall(w)) for w in c.split()) == 1
        for cells in split
        for c in cells
    )


def shown_by_a_bounded_twin(words: list[str], starts: list[int], proven: list[bool], at: int) -> bool:
    """Whether the cell ending where ``starts[at]`` opens (a value after another cell's words, whose
    name may begin before it) is shown to end there: it is alike but for its figures to another cell of
    the run whose both ends are proven (it opens the run or at a proven start, and the run or a proven
    start ends it): ``172호 공급 1.2km 208호 공급`` under three years, ``208호 공급`` opening right after a
    value and ending the run, shows ``172호 공급`` a whole cell (``proven``: by start, whether it is
    proven; the first start opens the run)."""
    ends = [*starts[1:], len(words)]
    shape = FIGURE.sub("#", " ".join(words[starts[at - 1] : starts[at]]))
    return any(
        k != at - 1
        and (k == 0 or proven[k])
        and (k + 1 == len(starts) or proven[k + 1])
        and FIGURE.sub("#", " ".join(words[starts[k] : ends[k]])) == shape
        for k in range(len(starts))
    )


def in_a_bounded_twin_run(words: list[str], starts: list[int], proven: list[bool], at: int) -> bool:
    """Whether the cell ending where ``starts[at]`` opens is shown to end there by the stretch of the run it
    stands in between two proven ends (the nearest proven start before it or the run's first, the nearest after
    it or the run's end) falling into cells all alike but for their figures, two or more: ``공정률 80% 214호 공급
    155호 공급`` under three years, ``214호`` proven a cell's start (right after a value) and the run's end the
    stretch's, ``214호 공급`` | ``155호 공급`` (as a run of such cells alone is split: :func:`_shaped_cells`)."""
    ends = [*starts[1:], len(words)]
    lo = max(j for j in range(at) if j == 0 or proven[j])
    hi = next((j for j in range(at + 1, len(starts)) if proven[j]), len(starts))
    shapes = {FIGURE.sub("#", " ".join(words[starts[j] : ends[j]])) for j in range(lo, hi)}
    return hi - lo >= 2 and len(shapes) == 1
