"""Tables typed, not drawn, on a PDF page: lines whose cells stand at tab stops, no rule at all.

An author who types a table as paragraphs (a tab between cells, each cell at the paragraph's next
tab stop) prints lines whose cells only their positions set apart. A run of such lines is rebuilt
as a grid (then filled as a ruled table's cells) only where the positions prove every cell's column:

- a line's pieces are its runs of characters cut at gaps wider than a word space (``GAP_SHARE`` of
  the characters' size); lines of two pieces or more, each under the one before at a line's spacing,
  make a run (a head and a row at least; a line whose second piece opens with the label separator, ``label : value``, is none);
- the columns are the clusters of pieces whose extents overlap across the run's lines (a left tab
  stop lines up its cells' left edges, a right one their right edges): no line may hold two pieces
  of one column (a cell run past its stop) but for a word typed letter by letter, each piece one
  letter (a head's ``구 분`` spaced wider than a word space), the run's first line (its head) names every column, and
  three columns at least, one of them holding figures (or the first a printed year on every row: rows keyed by
  year, their cells words and dashes), make a table (two text columns side by side
  are a page's columns, not a table); the head may leave one column left of the figures unnamed where
  it holds sub-labels, words on every row and repeating (계획 / 확보 under each source), under a head
  typed once over them and the label column.
- a head alone at a page's foot (only one-piece lines, the page's furniture, under it) and the run of rows
  opening the next page (under at most one-piece lines) are one table where the head and the rows together
  prove the columns as above (the rows not opening with the head again): the head a grid on its page, the
  rows one on theirs, on the same columns (joined as a table the page break cut); so are a head and rows
  ending a page and the rows opening the next (a figure on their first, no head's words again), each
  part's own columns drawn apart by its widest cells (``시군비`` on the next page only).

Anything else stays text, its columns unproven.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.markers import LABEL_SEPARATORS, split_marker
from pledgecard.extract.readers.pdf_grids import Grid, contains
from pledgecard.extract.readers.pdf_open_pieces import median_size, printed_lines
from pledgecard.extract.readers.pdf_typed_pitch import even_run
from pledgecard.extract.readers.pdf_typed_words import WORD_GAP, head_words, join_words
from pledgecard.extract.vocabulary import current

Char = dict[str, Any]

GAP_SHARE = 0.5  # a gap this share of the characters' size parts two cells (a word space is a third or less)
LINE_SPACING = 2.2  # lines of a run stand at most this many characters' sizes apart (top to top)
MIN_LINES = 2  # a head and a row
SCAN_MIN_LINES = 3  # on a scan (its words inked as far apart as cells): a head and two rows
MIN_COLUMNS = 3


@dataclass(slots=True)
class Piece:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _free_lines(chars: Sequence[Char], grids: Sequence[Grid], min_size: float = 0.0) -> list[list[Piece]]:
    free = [
        c
        for c in chars
        if not c["text"].isspace()
        and not any(contains(g.bbox, (c["x0"], c["top"], c["x1"], c["bottom"])) for g in grids)
    ]
    return [_pieces(line) for line in printed_lines(free, by_x=True, min_size=min_size)]


def foot_head(chars: Sequence[Char], grids: Sequence[Grid]) -> list[Piece] | None:
    """A typed table's head alone at the page's foot (its rows on the next page): the page's lowest line of
    ``MIN_COLUMNS`` pieces or more outside the tables, under it only lines of one piece (the page's
    furniture), the line above it no row it goes on from."""
    lines = _free_lines(chars, grids)
    k = len(lines) - 1
    while k >= 0 and len(lines[k]) == 1:
        k -= 1
    if k < 0 or len(lines[k]) < MIN_COLUMNS or not _row(lines[k]):
        return None
    if k > 0 and _row(lines[k - 1]) and _next(lines[k - 1], lines[k]):
        return None  # a table's last row, no head alone
    return lines[k]


def foot_run(chars: Sequence[Char], grids: Sequence[Grid]) -> list[list[Piece]] | None:
    """A typed table's head and rows ending the page (two lines or more, under them only lines of one piece:
    the page's furniture) whose columns their positions prove (``grids``: the page's drawn tables, the typed
    ones not among them); their rows may go on atop the next page (:func:`head_over_page`)."""
    lines = _free_lines(chars, grids)
    k = len(lines)
    while k > 0 and len(lines[k - 1]) == 1:
        k -= 1
    j = k - 1
    while j > 0 and _row(lines[j - 1]) and _next(lines[j - 1], lines[j]):
        j -= 1
    run = lines[max(j, 0) : k]
    if len(run) < MIN_LINES or not all(_row(line) for line in run) or _proven(run) is None:
        return None
    return run


def head_over_page(
    chars: Sequence[Char], grids: Sequence[Grid], above: Sequence[Sequence[Piece]]
) -> tuple[Grid, Grid] | None:
    """Where the run of typed rows opening this page (under at most lines of one piece: a running header)
    goes on from the lines ``above``: a typed head alone at the previous page's foot (:func:`foot_head`) or a typed
    head and rows ending it (:func:`foot_run`; the rows here then open with a figure, no head's words
    alone): the grid of that head (and rows) on its page and of the rows on this one, on the same columns,
    when both together prove the columns as one run does (see the module); else None."""
    lines = _free_lines(chars, grids)
    k = 0
    while k < len(lines) and len(lines[k]) == 1:
        k += 1
    j = k
    while j < len(lines) and _row(lines[j]) and (j == k or _next(lines[j - 1], lines[j])):
        j += 1
    rows = lines[k:j]
    if not rows or [p.text for p in rows[0]] == [p.text for p in above[0]]:
        return None  # no rows, or the head printed again over them (the page's own typed table)
    if (
        len(above) > 1
        and not any(ch.isdigit() for p in rows[0][1:] for ch in p.text)
        and not _year_keyed([*above[1:], rows[0]])
    ):
        return (
            None  # a head of words: a table of its own (not a year-keyed table's next year, words and dashes)
        )
    cols = _proven([*above, *rows])
    if cols is None:
        return None
    return _cells(above, cols), _cells(rows, cols)


def typed_grids(chars: Sequence[Char], grids: Sequence[Grid], *, scanned: bool = False) -> list[Grid]:
    """The grids of the page's typed tables (see the module), outside the tables already found; ``scanned``: the
    page's characters read by OCR, boxed by their ink (a flat dash on its line, a row's words a cell's gap
    apart, :mod:`pdf_typed_words`; the lines over the head, their words as far apart, part of the run: the run
    from the first line that proves a table as its head)."""
    size = median_size([c for c in chars if not c["text"].isspace()]) if scanned else 0.0
    lines = _free_lines(chars, grids, size)
    out: list[Grid] = []
    k = tried = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _row(lines[j], scanned) and (j == k or _next(lines[j - 1], lines[j])):
            j += 1
        least = SCAN_MIN_LINES if scanned else MIN_LINES
        grid = _grid(lines[k:j], WORD_GAP * size) if j - k >= least else None
        start = k + 1
        while grid is None and scanned and j - start >= least:  # a scan's text lines over the head: its words
            #                         are inked apart as a row's cells are (the head no row of figures)
            if head_words([p.text for p in lines[start]], current().year_re):
                grid = _grid(lines[start:j], WORD_GAP * size)
            start += 1
        if grid is None and not scanned and k >= tried:  # rows set wide apart at one pitch (pdf_typed_pitch)
            wide = even_run(lines, k, _unbulleted_row)
            grid = _grid(lines[k:wide]) if wide > j else None
            j = wide if grid is not None else j
            tried = wide  # a run that proved no table: its lines are not tried again one by one (no rescan)
        if grid is not None:
            out.append(grid)
        k = max(j, k + 1)
    return out


def _unbulleted_row(line: Sequence[Piece]) -> bool:
    """A row of a wide-pitch run (:mod:`pdf_typed_pitch`): a row whose first cell opens with no bullet (a plans list
    spaced wide, ``○ 2단계 리모델링 준공 4개소  2025. 12.``, is no table)."""
    return _row(line) and split_marker(line[0].text)[0] is None


def _size(line: Sequence[Piece]) -> float:
    return max(p.bottom - p.top for p in line)


def _pieces(line: Sequence[Char]) -> list[Piece]:
    out: list[Piece] = []
    for c in sorted(line, key=lambda c: c["x0"]):
        size = c["bottom"] - c["top"]
        if out and c["x0"] - out[-1].x1 < GAP_SHARE * size:
            p = out[-1]
            gap = " " if c["x0"] - p.x1 > 0.15 * size else ""
            p.x1, p.top, p.bottom, p.text = (
                max(p.x1, c["x1"]),
                min(p.top, c["top"]),
                max(p.bottom, c["bottom"]),
                p.text + gap + c["text"],
            )
        else:
            out.append(Piece(c["x0"], c["x1"], c["top"], c["bottom"], c["text"]))
    return out


def _row(line: Sequence[Piece], scanned: bool = False) -> bool:
    """A line of two pieces or more, no ``label : value`` (on a scan its value may be inked apart in words, and its
    label too: an item's ``text : date``, a piece opening with the separator, is no row of a scan's either; a
    separator alone past the second piece may be a dash misread in a cell)."""
    if scanned:
        return (
            len(line) >= 2
            and not line[1].text.startswith(LABEL_SEPARATORS)
            and not any(
                p.text.startswith(LABEL_SEPARATORS) and p.text not in LABEL_SEPARATORS for p in line[2:]
            )
        )
    return len(line) >= 2 and not (len(line) == 2 and line[1].text.startswith(LABEL_SEPARATORS))


def _next(above: Sequence[Piece], below: Sequence[Piece]) -> bool:
    return 0 < min(p.top for p in below) - min(p.top for p in above) <= LINE_SPACING * _size(above)


def columns(lines: Sequence[Sequence[Piece]]) -> list[tuple[float, float]] | None:
    """The column extents of a run of lines (pieces overlapping across lines share a column); None
    when a line holds two pieces of one column."""
    spans: list[list[float]] = []
    for p in sorted((p for line in lines for p in line), key=lambda p: p.x0):
        if spans and p.x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], p.x1)
        else:
            spans.append([p.x0, p.x1])
    for line in lines:
        seen = [_column(p, spans) for p in line]
        if any(
            seen.count(k) > 1 and not _spaced_word([p for p, c in zip(line, seen, strict=True) if c == k])
            for k in set(seen)
        ):
            return None
    return [(a, b) for a, b in spans]


def _spaced_word(pieces: Sequence[Piece]) -> bool:
    """Pieces of one column that are a word typed letter by letter (``구 분``, ``국 비``: a head's label
    spaced wider than a word space), each one letter: one cell, no cell run past its stop."""
    return all(len(p.text) == 1 and p.text.isalpha() for p in pieces)


def _column(p: Piece, spans: Sequence[Sequence[float]]) -> int:
    return next(k for k, (a, b) in enumerate(spans) if a <= p.x0 <= b)


def _figures(texts: Sequence[str]) -> bool:
    return bool(texts) and 2 * sum(1 for t in texts if any(ch.isdigit() for ch in t)) >= len(texts)


def _grid(lines: Sequence[Sequence[Piece]], word_gap: float = 0.0) -> Grid | None:
    if word_gap:  # a scan's words inked apart (pdf_typed_words)
        lines = [lines[0], *(join_words(line, lines[0], word_gap) for line in lines[1:])]
    cols = _proven(lines)
    return None if cols is None else _cells(lines, cols)


def _proven(lines: Sequence[Sequence[Piece]]) -> list[tuple[float, float]] | None:
    """The columns of a head (``lines[0]``) over its rows where their positions prove them (see the module)."""
    cols = columns(lines)
    if cols is None or len(cols) < MIN_COLUMNS:
        return None
    body = [
        [p.text for line in lines[1:] for p in line if cols[k][0] <= p.x0 <= cols[k][1]]
        for k in range(len(cols))
    ]
    named = {_column(p, cols) for p in lines[0]}
    figures = [k for k in range(1, len(cols)) if _figures(body[k])]
    keyed = _years(body[0], len(lines) - 1)
    if not (figures or keyed) or len(named) < MIN_COLUMNS:
        return None
    unnamed = [k for k in range(len(cols)) if k not in named]
    # the head names every column, but for one sub-label column left of the figures (구분 typed once over a
    # source's column and its 계획 / 확보 rows' column): words on every row, repeating (each source's rows)
    if len(unnamed) > 1 or any(
        k == 0 or not figures or k >= figures[0] or not _sub_labels(body[k], len(lines) - 1) for k in unnamed
    ):
        return None
    return cols


def _years(texts: Sequence[str], rows: int) -> bool:
    """Rows keyed by a year each (a goal table's 연도 column, its other cells words and dashes): the first
    column holds a printed year on every row."""
    year = current().year_re
    return len(texts) == rows and all(year.fullmatch(t) is not None for t in texts)


def _year_keyed(lines: Sequence[Sequence[Piece]]) -> bool:
    """Rows that open with a printed year each (a goal table's rows, their other cells words and dashes): the rows
    ending a page and the first opening the next, one year-keyed table a page break cut (``2025 | 단계별 추진 | -``)."""
    year = current().year_re
    return bool(lines) and all(line and year.fullmatch(line[0].text.strip()) is not None for line in lines)


def _sub_labels(texts: Sequence[str], rows: int) -> bool:
    return len(texts) == rows and len(set(texts)) < rows and not any(ch.isdigit() for t in texts for ch in t)


def _cells(lines: Sequence[Sequence[Piece]], cols: Sequence[tuple[float, float]]) -> Grid:
    xs = (
        [cols[0][0] - 1.0]
        + [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:], strict=False)]
        + [cols[-1][1] + 1.0]
    )
    tops = [min(p.top for p in line) for line in lines]
    bottoms = [max(p.bottom for p in line) for line in lines]
    ys = (
        [tops[0] - 1.0] + [(b + t) / 2 for b, t in zip(bottoms, tops[1:], strict=False)] + [bottoms[-1] + 1.0]
    )
    cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(lines)) for c in range(len(cols))]
    return Grid(bbox=(xs[0], ys[0], xs[-1], ys[-1]), cells=cells)
