"""A funding's periods told one a line (``- 2023년 : 1,200백만원`` / ``- 2024년 : 3,800백만원`` ...), no table.

Class fixed (saeteo-city-7-6, a text dump with no table at all: the budget in a sentence in the overview, the funding
section a list of each year's amount under ``○ 연차별 투자계획 (단위 : 백만원)``): :mod:`funding_prose` reads the periods
from one sentence of ``period amount`` pieces; told a line each, a period its line's label, no sentence held two
pieces and the funding was read as none. A run of two or more consecutive lines, each ``period : amount`` and no
other text, is read as that sentence's pieces joined (every one a period of its own with a readable amount), and
proven as it is: by their sum against the total told.

Where their sum fails the total told (a year's or a phase's budget line, ``○ 예산 : 4,500백만원 (국비 …)`` under
``○ 2025년 확보 현황``, told beside the yearly plan), that budget is no total of these periods: neither it nor its
sources are the funding's (null, with a finding), the periods each printing their own unit kept. A run under a
caption naming the funds spent (``○ 연차별 집행실적``, the ``funding_execution_caption`` words) is no plan: skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pledgecard.extract.layout import Line
from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money_amounts import trailing_unit

T = TypeVar("T")


def joined(lines: Sequence[Line]) -> str:
    """The lines' ``period : amount`` as one sentence of pieces (``2023년 1,200백만원, 2024년 3,800백만원``)."""
    out = []
    for ln in lines:
        text = ln.text
        for sep in LABEL_SEPARATORS:
            text = text.replace(sep, " ", 1) if sep in text else text
        out.append(" ".join(text.split()))
    return ", ".join(out)


def _labelled(line: Line) -> bool:
    return sum(line.text.count(sep) for sep in LABEL_SEPARATORS) == 1


def spent_caption(line: Line) -> bool:
    """Whether a line over a run names the funds spent (``○ 연차별 집행실적 (단위 : 백만원)``): no plan under it."""
    text = "".join(line.text.split())
    return any(w in text for w in current().words("funding_execution_caption"))


def own_units(lines: Sequence[Line]) -> bool:
    """Whether every line of a run prints its amount's own unit (``- 2023년 : 1,200백만원``): each proven apart
    from any total's."""
    return all(trailing_unit(ln.text.strip()) is not None for ln in lines)


def period_run(
    lines: Sequence[Line], read: Callable[[str], list[T] | None]
) -> tuple[list[Line], list[T]] | None:
    """The first run of two or more consecutive ``period : amount`` lines (each one label, ``read`` reading every
    piece of their joined sentence, a piece a line) and the pieces read; None where no such run stands. A run
    under a caption naming the funds spent (:func:`spent_caption`) is skipped, all of it."""
    i = 0
    while i < len(lines):
        if spent_caption(lines[i]):
            i = _run_end(lines, i + 1, read)  # the caption and the run under it: spent, no plan
            continue
        best: tuple[list[Line], list[T]] | None = None
        j = i + 1
        while _labelled(lines[i]) and j < len(lines) and _labelled(lines[j]):
            got = read(joined(lines[i : j + 1]))
            if got is None or len(got) != j + 1 - i:
                break
            best = (list(lines[i : j + 1]), got)
            j += 1
        if best is not None:
            return best
        i += 1
    return None


def _run_end(lines: Sequence[Line], start: int, read: Callable[[str], list[T] | None]) -> int:
    """The index after the run of ``period : amount`` lines opening at ``start`` (``start`` itself where none)."""
    end = start
    while (
        end + 1 < len(lines)
        and _labelled(lines[end + 1])
        and (got := read(joined(lines[start : end + 2]))) is not None
        and len(got) == end + 2 - start
    ):
        end += 1
    return end + 1 if end > start else start
