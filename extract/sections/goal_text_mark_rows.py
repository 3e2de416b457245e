"""Cells of a flattened goal table's row that its ``<YYYY>`` marks alone do not place (session 42, leftovers3;
hansol-district 104107 hwp5html: pyhwp's XHTML turned to text prints a row's cells over the lines of its merged
cells, and the reader flattens each row onto one line, cells two spaces apart).

- :func:`next_mark_opening`: words opening the next mark's line, before the mark (``차고지 조성  <2023> 1.2km  완료
  (0.7km)``): the next row's first cell, left of its target: its project (read as the row above's 추진내용 before).
- :func:`packed_row`: a mark printed with its status alone (``<2024>  추진 중``), the row's target and bracketed
  actual alone on the next line (``5.3km  (5.2km)``): the row's cells printed over two lines, the mark and the
  figure one cell, the status and the bracket the other (the row was dropped before: a status after its mark).
- :func:`figure_tail`: a target printing words before a cell of a figure's kind (``대중교통 인재양성 공정률 70%``)
  where the head names a project column and no project is printed before the first mark: the words may be the
  project's cell printed amid the row; the target is the figure's cell, the words go to no field (reported)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_record import strip_parens
from pledgecard.extract.sections.goal_values import figure_cell

_TWO_CELLS = re.compile(r"(.+?)\s+(\([^()]*\))")  # a cell, then a bracketed one closing the line


def next_mark_opening(after: str, *, last: bool) -> str:
    """The words opening the next mark's line in ``after`` (a row's text after its status, up to the next mark), or
    the empty string (none, or the last row)."""
    if last or "\n" not in after:
        return ""
    opening = after.rsplit("\n", 1)[1]
    return opening if opening.strip() else ""


def packed_row(after: str) -> tuple[str, str] | None:
    """The target and actual of a row printed over two lines (module docstring), from its text after the status:
    exactly one line, a figure's cell then a bracketed one closing it, nothing after it; else None."""
    lines = [ln for ln in after.split("\n") if ln.strip()]
    if len(lines) != 1 or after.split("\n", 1)[0].strip():
        return None  # (words after the status on its line: no row printed over two lines)
    m = _TWO_CELLS.fullmatch(lines[0].strip())
    if m is None or not figure_cell(m.group(1)):
        return None
    return m.group(1), strip_parens(m.group(2))


def figure_tail(target: str) -> tuple[str, str] | None:
    """The words before a target's last cell of a figure's kind, and that cell (``대중교통 인재양성`` /
    ``공정률 70%``); None where the target is of a figure's kind whole, ends in none, or the words print a figure."""
    words = target.split()
    if not words or figure_cell(" ".join(words)):
        return None
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if figure_cell(tail):
            # words printing a figure are no project's name (a row's cells run together): not split
            return None if any(ch.isdigit() for w in words[:k] for ch in w) else (" ".join(words[:k]), tail)
    return None
