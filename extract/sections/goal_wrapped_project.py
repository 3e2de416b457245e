"""A goal row printed one cell a line whose project cell wrapped over lines (pdfminer's pdf2txt prints a
narrow 세부사업 cell's lines as lines of their own: ``2024`` / ``아이돌봄 기반`` / ``구축`` / ``6.0km`` /
``4.1km`` / ``68%`` / ``완료``): the row holds more cells than its head's columns, and the extra lines are
the project's only where the cells after it prove their places: a target opening with the word the actual's
figure follows too (a bare figure may be a wrapped target's last line), an actual holding one and a printed 달성률 (the caller checks that the rate is the actual over the target). Any other row
is left as it is (unread where its count does not fit: no cell placed by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import RATE, year_cell_of

# at most this many lines a wrapped project cell runs over beyond its first
_MAX_EXTRA = 2


def joined_project(row_cells: list[str], before: list[str]) -> list[str] | None:
    """``row_cells`` (the cells before the status, the year taken off) with the project cell's wrapped
    lines joined into one cell, when the row holds one or two cells more than ``before`` (the head's
    column kinds before the status) and those columns run project first, then the target, the actual
    and the rate; the target must open with the actual's measure word, the actual hold a figure and the
    extra lines none, the rate be printed as one, and no cell joined be a year (a year column printed as a run puts the next row's
    year amid the cells: the row's year then unproven). None when the row is not such a row."""
    extra = len(row_cells) - len(before)
    if (
        not 0 < extra <= _MAX_EXTRA
        or before[:1] != ["project"]
        or not {"target", "actual", "rate"} <= set(before)
    ):
        return None
    head, tail = row_cells[: extra + 1], row_cells[extra + 1 :]
    vals = dict(zip(before[1:], tail, strict=True))
    if RATE.match(vals["rate"]) is None or any(any(ch.isdigit() for ch in c) for c in head[1:]):
        return None
    if any(year_cell_of(c) is not None for c in head):
        return None  # the next row's year printed amid this row's cells (a year column printed as a run)
    if not all(any(ch.isdigit() for ch in vals[k]) for k in ("target", "actual")):
        return None
    if not _target_whole(vals["target"], vals["actual"]):
        return (
            None  # a bare figure (``20개소``) may be a wrapped target's last line (``충전소`` / ``20개소``)
        )
    return [" ".join(head), *tail]


def _target_whole(target: str, actual: str) -> bool:
    """Whether a target cell is proven whole: it opens with the same word the actual's figure follows
    (``공정률 70%`` over ``공정률 53%``: one measure's two cells, whole). A target of a bare figure
    (``6.0km``) proves nothing: the line above it may be its own first line as well as the project's last
    (a target wrapped as words over its figure, or a project carried from the row above)."""
    t, a = target.split(maxsplit=1), actual.split(maxsplit=1)
    return len(t) == 2 and len(a) == 2 and t[0] == a[0] and t[1][:1].isdigit() and a[1][:1].isdigit()
