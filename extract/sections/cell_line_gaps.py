"""A line set apart from a one-cell-a-line table's row by more space than the row's own cells.

Class fixed (review a's leftover): a ``추진시기 | 추진실적 | 추진계획`` table printed one cell a line whose last row
leaves its 계획 cell empty: the plain undated paragraph printed after the table (no bullet marker) was taken as
that empty cell, so an undated plan got the row's period and an achievement with its count was dropped. The
cells of a row follow one another line after line (a dump) or at the row's own pitch (a PDF); a line after a
blank line, or after a wider gap than the one between the row's date cell and its first content, starts what
follows the table, not the row's next cell."""

from __future__ import annotations

from pledgecard.extract.layout_lines import Line

# a gap this much wider than the row's own (PDF points) is a break, not the next cell
_WIDER = 1.5


def _line_gap(upper: Line, lower: Line) -> int | None:
    a, b = upper.source, lower.source
    if a.line_start is None or b.line_start is None:
        return None
    return b.line_start - (a.line_end if a.line_end is not None else a.line_start)


def _point_gap(upper: Line, lower: Line) -> float | None:
    a, b = upper.source, lower.source
    if a.bbox is None or b.bbox is None or a.page is None or a.page != b.page:
        return None
    return b.bbox[1] - a.bbox[3]


def set_apart(date: Line, first: Line, second: Line) -> bool:
    """Whether ``second`` stands farther below ``first`` (a row's first content cell) than ``first`` below ``date``
    (the row's date cell): a blank line between them in a dump (none between the date and the first), a gap
    half again as wide in a PDF on one page (a page break between the date and the first: a gap of a whole line's
    height). False where the places are not known."""
    lines = _line_gap(date, first), _line_gap(first, second)
    if lines[0] is not None and lines[1] is not None:
        return lines[1] > lines[0]
    points = _point_gap(date, first), _point_gap(first, second)
    if points[0] is not None and points[1] is not None:
        return points[1] > max(points[0], 0.0) * _WIDER + 1.0
    if (
        points[1] is not None and first.source.bbox is not None
    ):  # a page break between the date and its content:
        return (
            points[1] >= first.source.bbox[3] - first.source.bbox[1]
        )  # a gap of a whole line's height, a blank line
    return False
