"""Goal tables that print a year's target and actual in one cell: a head naming both joined as the
cells join them (``목표/실적`` over ``189/123``, ``목표(실적)`` over ``4(3)``; the words goal column
words, vocabulary ``[goals_columns]``), an indicator a row and a year a column under it.

The rule is small and general: where such a head stands over the year columns and every non-empty
cell under the years is one pair in the head's shape (two figures or dashes, nothing else), each year
column is parted into the head's two sub-columns, its cells into their two halves, in the head's
order. The table is then the one :mod:`goal_year_columns` reads (a year over 목표 | 실적), as a grid
(:func:`split_pair_grid`) or as a dump's lines (:func:`split_pair_lines`, the line count kept). A
cell of any other shape leaves the table as printed: nothing is cut by guess.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import column_word

_WORD = r"[가-힣]+"
_HEAD = re.compile(rf"(?P<a>{_WORD})\s*(?:(?P<slash>/)\s*(?P<b1>{_WORD})|\(\s*(?P<b2>{_WORD})\s*\))$")
_HALF = r"(?:[\d,]+(?:\.\d+)?|[-–―])"
_SLASH = re.compile(rf"(?P<a>{_HALF})\s*/\s*(?P<b>{_HALF})")
_PAREN = re.compile(rf"(?P<a>{_HALF})\s*\(\s*(?P<b>{_HALF})\s*\)")

Pair = tuple[re.Pattern[str], tuple[str, str]]  # the cells' shape, the two halves' words in order


def pair_head(text: str) -> Pair | None:
    """The pair a head cell names at its end (``연도별 목표/실적``, ``목표(실적)``): the shape of the
    cells under it and its two words in printed order (a target word and an actual word)."""
    m = _HEAD.search(" ".join(text.split()))
    if not m:
        return None
    a, b = m.group("a"), m.group("b1") or m.group("b2")
    if {row_field(a), row_field(b)} != {"target", "actual"}:
        return None
    return (_SLASH if m.group("slash") else _PAREN), (a, b)


def split_cell(cell: str, shape: re.Pattern[str]) -> tuple[str, str] | None:
    """A pair cell's two halves, or None for any other cell."""
    m = shape.fullmatch(cell.strip())
    return (m.group("a"), m.group("b")) if m else None


def split_pair_grid(grid: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """The grid from the pair head's row on with every year column under it parted into its two
    sub-columns (the head rows: the year over both, the pair's words under it; a row ``k`` of it is the
    printed row ``k`` plus the rows above the head), and the printed column of every column of it;
    None when the grid is no such table. The rows end at the first row of other cells and no pair under the
    years (another table's head a layout reader set under the pairs: left out)."""
    for h, row in enumerate(grid):
        pairs = {j: p for j, c in enumerate(row) if c.strip() and (p := pair_head(c)) is not None}
        if not pairs or h + 1 >= len(grid):
            continue
        years = grid[h + 1]
        cols = [j for j in pairs if j < len(years) and year_head(years[j]) is not None]
        if len(cols) < 2:
            return None
        shape, words = pairs[cols[0]]
        body = grid[h + 2 :]
        ends = [
            i
            for i, r in enumerate(body)  # no pair under any year: another table's row
            if not any(j < len(r) and split_cell(r[j], shape) is not None for j in cols)
            and any(j < len(r) and r[j].strip() for j in cols)
        ]
        if ends and ends[0] > 0:
            body = body[
                : ends[0]
            ]  # the rows of pairs; a row of another table a reader set under them ends them
        halves = [
            [split_cell(r[j], shape) if j < len(r) and r[j].strip() else ("", "") for j in cols] for r in body
        ]
        if (
            not body
            or any(x is None for r in halves for x in r)
            or not any(x != ("", "") for r in halves for x in r)
        ):
            return None
        out, at = [], []
        width = max(len(r) for r in grid)
        for j in range(width):
            at += [j, j] if j in cols else [j]
        out.append([years[j] if j < len(years) else "" for j in at])
        out.append(
            [words[k % 2] if j in cols else (years[j] if j < len(years) else "") for k, j in enumerate(at)]
        )
        for r, hv in zip(body, halves, strict=True):
            cells: list[str] = []
            for j in range(width):
                if j in cols:
                    cells += list(hv[cols.index(j)])  # type: ignore[arg-type]
                else:
                    cells.append(r[j] if j < len(r) else "")
            out.append(cells)
        return out, at  # the rows from the pair head's on (its row the years', the years' the words')
    return None


def split_pair_lines(lines: list[str]) -> list[str] | None:
    """A dump's lines of such a table (a head line ending in the pair, a line of the years under it,
    then a row a line ending in one pair a year) with the pair head made the years' line, the years'
    line the pair's words a year, and every row's pairs parted into two figures; the same number of
    lines. None when the lines print no such table."""
    for h, text in enumerate(lines[:-1]):
        words = text.split()
        if not words or (pair := pair_head(words[-1])) is None:
            continue
        shape, names = pair
        years = lines[h + 1].split()
        if len(years) < 2 or any(year_head(y) is None for y in years):
            continue
        n = len(years)
        out = list(lines)
        lead = words[:-1]
        while lead and not column_word(lead[-1]):
            lead = lead[:-1]  # 연도별: the span's own words before the pair, no label column's
        out[h] = " ".join([*lead, *years])
        out[h + 1] = " ".join(names * n)
        read = 0
        for i in range(h + 2, len(lines)):
            toks = lines[i].split()
            cells = [split_cell(t, shape) for t in toks[-n:]] if len(toks) > n else [None]
            if any(c is None for c in cells):
                break
            out[i] = " ".join([*toks[:-n], *(x for c in cells for x in c)])  # type: ignore[union-attr]
            read += 1
        return out if read else None
    return None


def join_pair_cell_lines(lines: list[str]) -> list[tuple[str, list[int]]] | None:
    """Such a table a dump printed one cell a line (a converter flattening it: hwpx-text-extract in
    the table's order, pdftotext with the spanning pair head among the label heads), as the row-a-line
    lines :func:`split_pair_lines` reads: each joined line with the indices of the lines it joins, the
    lines outside the table one each. The head is the label column words (성과지표, 단위) and one pair
    head in any order, then the years; every row is as many label cells, then one pair cell a year.
    The rows are read while they keep that shape exactly; None when no head or no row is found."""
    for p, text in enumerate(lines):
        if len(text.split()) > 3 or pair_head(text) is None:
            continue
        first = p
        while first > 0 and column_word(lines[first - 1].replace(" ", "")):
            first -= 1
        after = p + 1
        while after < len(lines) and column_word(lines[after].replace(" ", "")):
            after += 1
        labels = [k for k in range(first, after) if k != p]
        years = after
        while years < len(lines) and year_head(lines[years]) is not None:
            years += 1
        n = years - after
        if n < 2:
            continue
        shape = pair_head(text)[0]  # type: ignore[index]
        k = (
            next((i for i in range(years, len(lines)) if split_cell(lines[i], shape) is not None), years)
            - years
        )
        rows: list[list[int]] = []
        at = years
        while k and at + k + n <= len(
            lines
        ):  # a row: its label cells (as many as the first row's), its pairs
            row = list(range(at, at + k + n))
            if any(split_cell(lines[i], shape) is not None for i in row[:k]) or any(
                split_cell(lines[i], shape) is None for i in row[k:]
            ):
                break
            rows.append(row)
            at += k + n
        if not rows:
            continue
        head = " ".join([*(lines[i] for i in labels), text])
        out = [(lines[i], [i]) for i in range(first)]
        out += [(head, [*labels, p]), (" ".join(lines[after:years]), list(range(after, years)))]
        out += [(" ".join(lines[i] for i in row), row) for row in rows]
        return out + [(lines[i], [i]) for i in range(at, len(lines))]
    return None
