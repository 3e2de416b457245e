"""The rows of an open-sided table (:mod:`pdf_open_tables`) a page break cuts open after its last rule:
every line down to the page's end, a page number under them left out."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.readers.pdf_open_pieces import (
    STRIP_SHARE,
    WRAP_GAP,
    Char,
    Piece,
    lines_pieces,
    median_size,
    other_type,
    piece_strips,
    printed_lines,
)


def in_type(below: Sequence[Char], size: float) -> list[Char]:
    """The lines under a table's last rule down to the first printed in another type size than the table's
    (``size``): the page's running text after a table set in small type (its word gaps wider than half the
    table's characters) is none of the rows a page break cut off the table."""
    kept: list[Char] = []
    for line in printed_lines(below):
        if other_type(median_size(line), size):
            break
        kept += line
    return kept


def cut_rows(below: Sequence[Char], x0: float, x1: float, size: float, headed: bool = False) -> list[Piece]:
    """The rows of a table a page break cuts open after its last rule: every line down to the page's end
    (a short footer line left out), each row (lines whose boxes overlap) of two pieces or more; else none.
    Under a head alone between its two rules (``headed``: its body must follow), half the rows of two
    pieces or more will do (a group label, ``<2025>``, is a row of one)."""
    pieces = [p for x in footless(lines_pieces(below, size), x0, x1) for p in x]
    if headed and pieces:
        strips = piece_strips(pieces, STRIP_SHARE * size)
        return pieces if 2 * sum(1 for s in strips if len(s) >= 2) >= len(strips) else []
    return _columned_rows(pieces, size)


def footless(lines: list[list[Piece]], x0: float, x1: float) -> list[list[Piece]]:
    """Lines with the short one-piece lines closing them (a page number) left out; not a line right
    under the one above it, no wider apart than a cell's wrapped lines (the last words of a cell wrapped
    or centred over the rows the page break cuts: ``육생 지원`` under ``팜 운영 및 교``)."""
    while lines and len(lines[-1]) == 1 and lines[-1][0].x1 - lines[-1][0].x0 < 0.2 * (x1 - x0):
        last = lines[-1][0]
        if len(lines) >= 2 and last.top - max(p.bottom for p in lines[-2]) < WRAP_GAP * (
            last.bottom - last.top
        ):
            break
        lines.pop()
    return lines


def _columned_rows(pieces: list[Piece], size: float) -> list[Piece]:
    """The pieces when every row they make (lines whose boxes overlap) holds two pieces or more; else none."""
    if not pieces or any(len(s) < 2 for s in piece_strips(pieces, STRIP_SHARE * size)):
        return []
    return pieces
