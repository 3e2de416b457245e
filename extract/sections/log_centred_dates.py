"""The date cells of a log table (연도 | 월 | 추진내용, extract/sections/log_tables.py) a layout dump prints
centred on the rows they span: ``pdftotext -layout`` sets a spanning cell at the vertical middle of its rows,
beside whichever row or item under a row stands there, so the rows above it in its span print no date.

Which rows a centred cell spans the layout proves when the cells of one part (the years, the months) cut the
table's rows into consecutive runs, one a cell in order, in exactly one way such that every cell's line lies
within half a line of its run's middle (the run's first row's top line and last row's bottom line, the lines
of the items under a row counted in it), and every month's run lies within one year's. Then each row is
dated by its runs' cells; otherwise no row is (:func:`centred_dates` None: which rows a cell spans the dump
does not show, and a row is left undated rather than dated by a guess)."""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.search_budget import SearchGivenUp, bounded

_SOLUTIONS = 2  # stop looking once a second way to cut the rows is found: not proven


@dataclass(frozen=True, slots=True)
class DateCell:
    line: int  # the dump's line the cell is printed on
    year: str | None
    month: str | None


def centred_runs(rows: list[tuple[int, int]], centres: list[int]) -> list[int] | None:
    """For each row, the index of the centre whose run holds it, when exactly one cut of ``rows`` (each its top
    and bottom line) into consecutive runs, one a centre in order, sets every centre within half a line of its
    run's middle; None otherwise."""
    found: list[list[int]] = []
    search = bounded("log_centred_dates.cuts")

    def cut(start: int, k: int, acc: list[int]) -> None:
        if len(found) >= _SOLUTIONS:
            return
        search.take()
        if k == len(centres) or start == len(rows):
            if k == len(centres) and start == len(rows):
                found.append(acc)
            return
        top = rows[start][0]
        for end in range(start, len(rows)):
            twice_mid = top + rows[end][1]
            if abs(2 * centres[k] - twice_mid) <= 1:
                cut(end + 1, k + 1, acc + [k] * (end - start + 1))
            elif twice_mid > 2 * centres[k] + 1:
                break

    try:
        cut(0, 0, [])
    except SearchGivenUp:
        return None  # (past the budget: no cut proved)
    return found[0] if len(found) == 1 else None


def centred_dates(rows: list[tuple[int, int]], cells: list[DateCell]) -> list[tuple[str, str | None]] | None:
    """Each row's (year, month) when the cells' places prove the rows each spans (module doc), else None."""
    years = [c for c in cells if c.year]
    months = [c for c in cells if c.month]
    if not rows or not years:
        return None
    by_year = centred_runs(rows, [c.line for c in years])
    by_month = centred_runs(rows, [c.line for c in months]) if months else None
    if by_year is None or (months and by_month is None):
        return None
    if by_month is not None and any(
        by_year[i] != by_year[j]
        for i in range(len(rows))
        for j in range(len(rows))
        if by_month[i] == by_month[j]
    ):
        return None  # a month's rows across two years' runs: no such table
    return [
        (years[by_year[i]].year or "", months[by_month[i]].month if by_month is not None else None)
        for i in range(len(rows))
    ]
