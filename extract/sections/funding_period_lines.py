"""A funding's periods told one a line (``- 2023년 : 1,200백만원`` / ``- 2024년 : 3,800백만원`` ...), no table.

Class fixed (saeteo-city-7-6, a text dump with no table at all: the budget in a sentence in the overview, the funding
section a list of each year's amount under ``○ 연차별 투자계획 (단위 : 백만원)``): :mod:`funding_prose` reads the periods
from one sentence of ``period amount`` pieces; told a line each, a period its line's label, no sentence held two
pieces and the funding was read as none. A run of two or more consecutive lines, each ``period : amount`` and no
other text, is read as that sentence's pieces joined (every one a period of its own with a readable amount), and
proven as it is: by their sum against the total told.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pledgecard.extract.layout import Line
from pledgecard.extract.markers import LABEL_SEPARATORS

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


def period_run(lines: Sequence[Line], read: Callable[[str], list[T] | None]) -> tuple[list[Line], list[T]] | None:
    """The first run of two or more consecutive ``period : amount`` lines (each one label, ``read`` reading every
    piece of their joined sentence, a piece a line) and the pieces read; None where no such run stands."""
    for i in range(len(lines)):
        best: tuple[list[Line], list[T]] | None = None
        j = i + 1
        while _labelled(lines[i]) and j < len(lines) and _labelled(lines[j]):
            got = read(joined(lines[i:j + 1]))
            if got is None or len(got) != j + 1 - i:
                break
            best = (list(lines[i:j + 1]), got)
            j += 1
        if best is not None:
            return best
    return None
