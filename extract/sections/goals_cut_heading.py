"""A goal matrix a dump printed with the next section's heading amid it: pdfminer.six's ``pdf2txt.py`` prints a
table a box at a time, and the next section's label, set in the column left of the goal table's lower rows, falls
between the table's boxes (the head's names, ``Ⅴ) 구민 소통 실적``, then the units, the years and the cells). The
goals section then holds the head's first part alone, read as nothing; the next section opens with the rest.

The next section's opening lines move back to the goals only where the goals' own lines read as no matrix and,
joined with them, read whole as one (a column-run matrix: :func:`goal_column_run_lines`,
:func:`goal_word_run_lines`, :func:`goal_quarter_runs.quarter_column_runs`, whose counts or sums prove every cell's place): the matrix runs from the goals' lines to the
end of the goals section and on through the moved lines, nothing else of the next section moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_column_runs import goal_column_run_lines
from pledgecard.extract.sections.goal_quarter_runs import quarter_column_runs
from pledgecard.extract.sections.goal_word_runs import goal_word_run_lines

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from pledgecard.extract.section_items import SectionItems
    from pledgecard.extract.sections.goal_indicators import IndicatorLines
    from pledgecard.extract.sections.goal_quarters import QuarterLines


def _quarters(lines: list[str]) -> QuarterLines | None:
    return quarter_column_runs(lines, 0)  # the table's shape alone: whatever year the card reports


_READERS: tuple[Callable[[list[str]], IndicatorLines | QuarterLines | None], ...] = (
    goal_column_run_lines,
    goal_word_run_lines,
    _quarters,
)


def _lines(items: list, stop: bool) -> list[int]:
    """The indexes of ``items``' text lines (up to the first other item where ``stop``)."""
    out: list[int] = []
    for k, it in enumerate(items):
        if not isinstance(it, Line):
            if stop:
                break
            continue
        if it.full_text.strip():
            out.append(k)
    return out


def _moved(own: list[str], after: list[str]) -> int | None:
    """How many of ``after``'s lines the matrix takes, or None where it is not proven (module doc)."""
    if any(read(own) is not None for read in _READERS):
        return None
    for read in _READERS:
        got = read(own + after)
        if got is None:
            continue
        mine = sorted(k for k in got.used if k < len(own))
        taken = sorted(k - len(own) for k in got.used if k >= len(own))
        if (
            not mine
            or not taken
            or mine != list(range(mine[0], len(own)))
            or taken != list(range(len(taken)))
        ):
            return None
        return len(taken)
    return None


def goals_cut_by_heading(sections: Sequence[SectionItems]) -> None:
    """Move the rest of a goal matrix printed under the next section's heading back to the goals (module doc)."""
    secs = list(sections)
    for k, sec in enumerate(secs[:-1]):
        if sec.name != "goals" or not sec.items or not all(isinstance(it, Line) for it in sec.items):
            continue
        nxt = secs[k + 1]
        own = _lines(sec.items, stop=False)
        after = _lines(nxt.items, stop=True)
        n = _moved(
            [sec.items[i].full_text.strip() for i in own],  # type: ignore[union-attr]
            [nxt.items[i].full_text.strip() for i in after],  # type: ignore[union-attr]
        )
        if n is None:
            continue
        cut = after[n - 1] + 1
        sec.items.extend(nxt.items[:cut])
        del nxt.items[:cut]
