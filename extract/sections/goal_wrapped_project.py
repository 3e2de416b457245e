"""A goal row printed one cell a line whose project cell wrapped over lines (pdfminer's pdf2txt prints a
narrow 세부사업 cell's lines as lines of their own: ``2024`` / ``아이돌봄 기반`` / ``구축`` / ``6.0km`` /
``4.1km`` / ``68%`` / ``완료``): the row holds more cells than its head's columns, and the extra lines are
the project's only where the cells after it prove their places: a target opening with its figure (no
wrapped target's last line) or with the word the actual's figure follows too, an actual holding one and a printed 달성률 (the caller checks that the rate is the actual over the target). Any other row
is left as it is (unread where its count does not fit: no cell placed by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import RATE, year_cell_of

# at most this many lines a wrapped project cell runs over beyond its first
_MAX_EXTRA = 2


def joined_project(row_cells: list[str], before: list[str]) -> list[str] | None:
    """``row_cells`` (the cells before the status, the year taken off) with the project cell's wrapped
    lines joined into one cell, when the row holds one or two cells more than ``before`` (the head's
    column kinds before the status) and those columns run project first, then the target, the actual
    and the rate; the target must open with its figure, the actual hold one and the extra lines none, the rate
    be printed as one, and no cell joined be a year (a year column printed as a run puts the next row's
    year amid the cells: the row's year then unproven). None when the row is not such a row."""
    extra = len(row_cells) - len(before)
    if not 0 < extra <= _MAX_EXTRA or before[:1] != ["project"] or \
            not {"target", "actual", "rate"} <= set(before):
        return None
    head, tail = row_cells[:extra + 1], row_cells[extra + 1:]
    vals = dict(zip(before[1:], tail, strict=True))
    if RATE.match(vals["rate"]) is None or any(any(ch.isdigit() for ch in c) for c in head[1:]):
        return None
    if any(year_cell_of(c) is not None for c in head):
        return None  # the next row's year printed amid this row's cells (a year column printed as a run)
    if not all(any(ch.isdigit() for ch in vals[k]) for k in ("target", "actual")):
        return None
    if not _opens_with_figure(vals["target"], vals["actual"]):
        return None  # a target not opening with its figure may be a wrapped target's last line (``체결(25건)``)
    return [" ".join(head), *tail]


def _opens_with_figure(target: str, actual: str) -> bool:
    """Whether a target cell opens with its figure (``6.0km``), or with the same word the actual's figure
    follows (``공정률 70%`` over ``공정률 53%``: one measure's two cells, whole)."""
    if target[:1].isdigit():
        return True
    t, a = target.split(maxsplit=1), actual.split(maxsplit=1)
    return len(t) == 2 and len(a) == 2 and t[0] == a[0] and t[1][:1].isdigit() and a[1][:1].isdigit()
