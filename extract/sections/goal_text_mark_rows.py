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
from pledgecard.extract.sections.goal_values import figure_cell, value_unit

_TWO_CELLS = re.compile(r"(.+?)\s+(\([^()]*\))")  # a cell, then a bracketed one closing the line


def next_mark_opening(after: str, *, last: bool, proven: bool = True) -> str:
    """The words opening the next mark's line in ``after`` (a row's text after its status, up to the next mark), or
    the empty string (none, or the last row). They are taken only where ``proven`` (the caller: the head names a
    project column and the years under the words rise, :func:`rise_under`) and the row's own line ends at its
    status or actual: words after it there are its 추진내용's cell, open, and the words opening the next line may be
    its wrapped tail (``정류장 운영 및`` / ``주민 지원 <2024>``: mendl3, they were read as a project)."""
    if last or not proven or "\n" not in after:
        return ""
    own_line, rest = after.split("\n", 1)
    if own_line.strip() or rest.rsplit("\n", 1)[0].strip() and "\n" in rest:
        return ""  # (a detail printed on the row's line, or lines between: base's reading)
    opening = rest.rsplit("\n", 1)[-1]
    return opening if opening.strip() else ""


def rise_under(years: list[int | None], at: int, opened: set[int]) -> bool:
    """The years of the marks from ``at`` (a mark whose line opens with words: maybe a project's first row) up to
    the next mark in ``opened`` rise, each after the one above: a project's rows. Where they fall (2025, 2026,
    2023) the words were printed on their group's middle row, not its first (mendl3: 차고지 조성's 2023 row was
    given to the project above)."""
    k = at + 1
    while k < len(years) and k not in opened:
        a, b = years[k - 1], years[k]
        if a is None or b is None or b <= a:
            return False
        k += 1
    return True


def packed_row(after: str) -> tuple[str, str] | None:
    """The target and actual of a row printed over two lines (module docstring), from its text after the status:
    exactly one line, a figure's cell then a bracketed one closing it, nothing after it, the bracket a figure's cell
    of the target's unit and words (``5.3km (5.2km)``, ``공정률 70% (공정률 42%)``); else None: a bracketed note
    (``30개소 (신규 10개소)``) is no actual (mendl3: it was read as one), the row is left unread (reported)."""
    lines = [ln for ln in after.split("\n") if ln.strip()]
    if len(lines) != 1 or after.split("\n", 1)[0].strip():
        return None  # (words after the status on its line: no row printed over two lines)
    m = _TWO_CELLS.fullmatch(lines[0].strip())
    if m is None or not figure_cell(m.group(1)):
        return None
    target, actual = m.group(1), strip_parens(m.group(2))
    return (target, actual) if _actual_of(target, actual) else None


def _actual_of(target: str, bracket: str) -> bool:
    """The bracket is a figure's cell alone with the target's unit, led by no words but the target's own (its
    measure: ``공정률``); a note's words (``신규 10개소``) make it none."""
    t, b = target.split(), bracket.split()
    if not b or not figure_cell(bracket) or b[:-1] not in ([], t[:-1]):
        return False
    return value_unit(b[-1]) is not None and value_unit(b[-1]) == value_unit(t[-1])


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


def row_cells(project: str | None) -> bool:
    """A project's text printing a row's target and actual cells: a cell opening on a figure's cell, then a bracketed
    figure's cell closing it (``141호 공급 (124호)``: an unread row's cells read as the next project's name,
    hwp5wrong); a name's bracketed words (``청년센터 조성 (2단계)``) are none."""
    m = _TWO_CELLS.fullmatch((project or "").strip())
    return m is not None and figure_cell(m.group(1).split()[0]) and figure_cell(strip_parens(m.group(2)))
