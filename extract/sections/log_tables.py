"""Items printed as a log table whose date stands in several columns (연도 | 월 | 추진내용): the year a
cell spanning the rows of one year, the month a cell spanning the rows of one month, a row's date
assembled from the cells over it in those columns. The head row is known by its words (vocabulary
``[item_table] date_parts``, two or more of them, then one ``content`` word, each a cell whole). A
row's content cell may hold an item and the items under it (their own markers): its first line is the
row's item (no marker: a level-1 item, :data:`ROW_MARKER`) dated by the row, the later ones are
items under it, undated. Rows become lines ``content : date`` that the achievements reader reads as
bulleted lines.

A text dump prints such a table a cell a line and a spanning cell once: after the head line, a line
of date parts (``2024년`` / ``3월``, or ``2024년 3월 ...`` opening a line) sets the date the rows
under it carry until the next one; an unmarked line opens a row, a marked one is an item under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pledgecard.extract.dated_line import DatedLine
from pledgecard.extract.document import Source, Table
from pledgecard.extract.item_heads import (
    head_line_cells,
    head_tail,
    month_part,
    month_span,
    months_column,
    one_year_rows,
    other_head,
    part_columns,
    part_head_cells,
    year_part,
    years_column,
    years_head,
)
from pledgecard.extract.layout import Item, Line, cell_lines
from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.item_tables import (
    ROW_MARKER,
    dated_row,
    outcome_lines,
    rows_show_gaps,
    side_table_end,
    without_note,
)
from pledgecard.extract.sections.log_centred_dates import DateCell, centred_dates
from pledgecard.extract.sections.log_spanning_dates import gather_spanning_dates
from pledgecard.extract.sections.row_source import dated_source
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.status import status_phrase
from pledgecard.normalize.text import fold


def _date_parts(text: str) -> tuple[str | None, str | None, str]:
    """The year and month that open ``text`` (each None when not printed) and the words after them."""
    toks = text.split()
    year = month = None
    k = 0
    if k < len(toks) and year_part().fullmatch(toks[k]):
        year, k = toks[k], k + 1
    if k < len(toks) and month_part().fullmatch(toks[k]):
        month, k = toks[k], k + 1
    return year, month, " ".join(toks[k:])


def _dated(text: str, year: str | None, month: str | None) -> str:
    word = current().words("date_words", "year")[0]  # the year as a date reads it (2024 -> 2024년)
    when = " ".join(p for p in (f"{year[:4]}{word}" if year else None, month) if p)
    return f"{text} : {when}" if when else text


def _date_lines(year: Source | None, month: Source | None) -> Source | None:
    """The lines a dump printed a row's date on: its year's line through its month's (either alone). A year printed
    once over many rows makes the span cover the rows between: the provenance holds one place, and only the span
    prints the whole date (the month's line alone does not print its year; the audit reads the place back)."""
    spans = [
        (s.line_start, s.line_end or s.line_start) for s in (year, month) if s is not None and s.line_start
    ]
    first = year or month
    if not spans or first is None:
        return None
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    return replace(first, line_start=lo, line_end=hi)


def log_lines(table: Table, alone: bool = False) -> list[Line] | None:
    """The rows of a log table as lines (the row's item ``content : date``, then the items under it
    as printed), None for another table. A table dated by its months alone (:func:`months_column`) is a log
    only ``alone``: the section's items printed as the table, no item of their own beside it (a month table
    among a block's bullets is a side table of the block's, ``tables``)."""
    grid = table.grid()
    if len(grid) < 2:
        return None
    cols = part_columns(grid[0]) or ((months_column(grid) or years_column(grid)) if alone else None)
    if cols is None:
        return None
    parts, t = cols
    out: list[Line] = []
    for i, row in enumerate(grid[1:], 1):
        cell = table.cell_at(i, t)
        if cell is None or cell.row != i:
            continue
        lines = cell_lines(cell)
        if not lines:
            continue
        year, month, _ = _date_parts(" ".join(fold(row[j]) for j in parts))
        first = lines[0]
        if month is None and year is None and len(parts) == 1 and month_span().fullmatch(fold(row[parts[0]])):
            month = fold(row[parts[0]])  # a range of months (5~6월) in a months-only column
        out.append(
            Line(
                text=_dated(first.text, year, month),
                marker=first.marker or ROW_MARKER,
                indent=0,
                source=dated_source(table, first.source, [table.cell_at(i, j) for j in parts], t),
            )
        )
        out += lines[1:]
        out += outcome_lines(table, i, t)
    return out


def _head_line(line: Line, months: bool = False) -> tuple[int, int] | None:
    """(date part cells, cells) of a log table's head row printed as an unmarked line (``연도 월 추진내용``; with
    ``months`` a month's alone too, ``월 추진사항 성과``), None for another line."""
    return head_line_cells(line.text.split(), months) if line.marker is None else None


def _head_cells(cells: tuple[int, int] | None) -> tuple[bool, bool]:
    """Of a log table's head (:func:`_head_line`'s cells): whether its date prints no year part (``월 | 추진사항``:
    the year its block's) and whether a cell follows the content one (``비고``, ``성과``)."""
    return (cells[0] == 1, cells[0] + 1 < cells[1]) if cells else (False, False)


def _head_words(toks: list[str], cells: tuple[int, int]) -> list[str]:
    """A one-line head's words as its cells (:func:`_head_line`'s count): the date part cells, then the content cell
    of as many words as the count leaves it, then the rest."""
    n, width = cells
    span = len(toks) - width + 1
    return [*toks[:n], " ".join(toks[n : n + span]), *toks[n + span :]]


def _row_texts(items: list[Item], k: int, is_heading: Callable[[Line], bool]) -> list[str]:
    """The unmarked lines from ``items[k]`` on that may print a log table's rows: up to a table, a block heading
    (a line opening with a year and reading as a dated row aside) or another head line."""
    out: list[str] = []
    for it in items[k:]:
        if not isinstance(it, Line) or _head_line(it, True):
            break
        if is_heading(it) and not (_date_parts(it.text)[0] and dated_row(it)):
            break
        if it.marker is None:
            out.append(it.text)
    return out


def _cell_head(items: list[Item], k: int, months: bool = False) -> int:
    """The number of lines of a log table's head row a dump printed a cell a line ending at ``items[k]``
    (its content word), each an unmarked line of its own (with ``months``, a month's alone too: ``월`` /
    ``추진사항``); 0 when none ends there."""
    texts: list[str] = []
    for it in items[max(0, k - 4) : k + 1]:
        texts = [*texts, it.text] if isinstance(it, Line) and it.marker is None else []
    return part_head_cells(texts, months)


def _year_title(line: Line) -> bool:
    """A line printing a year alone (``▻ 2024년``; ``2024 년``, a converter spacing the year word off its digits): a
    year block's title, the months of the tables under it its."""
    return year_part().fullmatch(re.sub(r"\s+", "", fold(line.text))) is not None


def _tables_alone(items: list[Item], is_heading: Callable[[Line], bool]) -> bool:
    """Whether the section prints its items as log tables and nothing else: each line a block heading, a year block's
    title (:func:`_year_title`), or one after a log table's head a dump printed as a line or a cell a line (a month's
    alone too: ``월 추진사항 성과``) up to the next heading or title. A table dated by its months alone is a log only
    so (:func:`log_lines`)."""
    in_table = False
    for k, it in enumerate(items):
        if not isinstance(it, Line) or in_table and not is_heading(it) and not _year_title(it):
            continue
        if is_heading(it) or _year_title(it):
            in_table = False
        elif _head_line(it, True) or any(
            _cell_head(items, j, True) > j - k for j in range(k, min(k + 5, len(items)))
        ):
            in_table = True
        else:
            return False
    return True


def _other_table_end(
    items: list[Item], k: int, is_heading: Callable[[Line], bool], log_cells: int | None = None
) -> tuple[int, bool]:
    """The index of the last line of a table whose head ``items[k]`` prints among a log table's rows: the lines up
    to the next block heading, year title or table; and whether the log's rows go on after it. A table printed a
    row a line (its first row's line holding a word or more for each head word) ends before a line proven no row
    of its own: a line of the log's own shape (:func:`_log_shaped`: ``4월`` alone after ``12월 심화교육 25명``
    under ``월 추진내용 인원``, the log printing its date parts a line of their own), the log's next row, which
    the log's rows go on with. A row with a blank cell (``12월 현장견학``), a total row (``계 55명``) or a short
    note (``수료 기준``) is none: it stays the side table's, up to the heading as any line that proves nothing."""
    head = items[k]
    width = _cell_count(head) if isinstance(head, Line) else 0
    end, row_a_line = k, None
    while end + 1 < len(items) and isinstance(nxt := items[end + 1], Line):
        if is_heading(nxt) or _year_title(nxt):
            break
        if row_a_line is None:
            row_a_line = nxt.marker is None and len(nxt.text.split()) >= len(head.text.split())
        elif row_a_line and _log_shaped(items, end + 1, log_cells, width):
            return end, True
        end += 1
    return end, False


def _cell_count(line: Line) -> int | None:
    """The cells a line prints: its runs parted by two spaces or more where a layout dump printed it in columns,
    a date part line alone one cell; None where the words do not tell the cells (a line of words, one space
    apart, after its date part)."""
    if _columned(line):
        return len(re.split(r"\s{2,}", (line.printed or "").strip()))
    y, m, rest = _date_parts(line.text)
    return 1 if (y or m) and not rest else None if y or m else len(line.text.split()) or None


def _log_shaped(items: list[Item], j: int, log_cells: int | None, width: int | None) -> bool:
    """Whether ``items[j]`` (an unmarked line among a side table's rows) is of the log's own row shape, so no row of
    the side table: a date part first and as many cells as the log's rows print a line (``log_cells``: 1 where the
    log prints its date parts a line of their own), a count no side table's row prints (``width``: its head's);
    where it is a date part alone, the next line opening with no date part (the log's content under it, not the
    side table's next row after a row whose other cells are blank)."""
    line = items[j]
    if not isinstance(line, Line) or line.marker is not None or log_cells is None:
        return False
    y, m, rest = _date_parts(line.text)
    if not (y or m) or _cell_count(line) != log_cells or log_cells == width:
        return False
    if rest:
        return True
    nxt = items[j + 1] if j + 1 < len(items) else None
    return isinstance(nxt, Line) and not any(_date_parts(nxt.text)[:2])


def _columned(line: Line) -> bool:
    """Whether a dump printed the line in columns (a run of spaces between two cells): a layout dump."""
    return line.printed is not None and re.search(r"\S\s{2,}\S", line.printed) is not None


def _extend(spans: list[list[int] | None], item: Line) -> None:
    """The current row's span of lines grown to an item printed under it."""
    if spans and spans[-1] is not None and item.source.line_start:
        spans[-1][1] = max(spans[-1][1], item.source.line_end or item.source.line_start)


def log_rows_from_lines(items: list[Item], is_heading: Callable[[Line], bool]) -> list[Item]:
    """Items with the rows of log tables as bulleted lines: a table's (:func:`log_lines`) and those of
    one a text dump printed a cell a line (the head line, then date part lines and content lines). The
    rows end at a line ``is_heading`` names (a block heading), at a table or at a side table printed
    among them. A date part printed before an item under a row (``10월  - 협약 체결``), or after a row
    that printed none (the table's first), stands at the middle of the rows its cell spans, as a layout
    dump centres it: the rows are dated by the rows each cell spans where the layout proves them
    (:func:`centred_dates`), else left undated rather than dated by a guess."""
    items = gather_spanning_dates(items, is_heading)  # one year and month cell spanning a block's rows
    # the section's items printed as tables and nothing else (its block headings and year titles aside)
    alone = _tables_alone(items, is_heading)
    out: list[Item] = []
    rows: list[tuple[DatedLine, str]] = []  # the current table's rows, each with its text undated
    spans: list[list[int] | None] = []  # each row's top and bottom line in the dump (None: not known)
    cells: list[DateCell | None] = []  # the date cells among the rows, each on its line (None: not known)
    before: list[tuple[bool, bool]] = []  # each row: printed before any year cell, before any month cell
    centred = False
    in_rows = False
    # the current table's date prints no year part; a cell follows its content's; its rows' lines show an empty last
    # cell's gap (a row's last word may be its note)
    no_year = noted = gaps = False
    no_month = False  # the current table's date prints no month part (연도 | 추진사항: each row its own year)
    year: str | None = None
    month: str | None = None
    at: list[Source | None] = [None, None]  # the lines printing the year and the month
    table_until = -1  # a side table printed among the rows: its lines stay lines (a table of their own)
    own: list[str] = []  # the current log table's head words
    head_until = -1  # the last line of a head printed a cell a line
    row_open = False  # the last line read a row's content (a note line may close it)
    log_cells: int | None = None  # the cells the log's date line prints (:func:`_cell_count`)

    def close() -> None:
        nonlocal centred
        # a row before the table's first year (or month) cell: that cell stands at its rows' middle
        centred = centred or any(
            y and any(c is None or c.year for c in cells) or m and any(c is None or c.month for c in cells)
            for y, m in before
        )
        known = [sp for sp in spans if sp is not None]
        dated = (
            centred_dates([(a, b) for a, b in known], [c for c in cells if c is not None])
            if rows and len(known) == len(spans) and None not in cells
            else None
        )
        for k, (line, bare) in enumerate(rows):
            if centred:  # the cells stand at their rows' middle: dated by the rows they span, if proven
                line.text = _dated(bare, *dated[k]) if dated is not None else bare
                line.date_source = None  # (which cells' lines: not kept)
            elif dated is not None and _dated(bare, *dated[k]) != line.text:
                line.text = bare  # a cell at its rows' top or at their middle: the dump does not tell which
                line.date_source = None
        rows.clear()
        spans.clear()
        cells.clear()
        before.clear()
        centred = False

    for k, it in enumerate(items):
        if k <= table_until:
            out.append(it)
            continue
        if k <= head_until:  # a head cell printed a line of its own after the content's
            continue
        if isinstance(it, Table):
            in_rows = False
            close()
            got = log_lines(it, alone)
            out.extend(got if got is not None else [it])
            continue
        if in_rows and isinstance(it, Line) and it.marker is None and other_head(it.text.split(), own):
            # another table's head (other column words) ends the rows: its lines stay lines up to the next heading
            table_until, in_rows = _other_table_end(items, k, is_heading, log_cells)
            close()
            out.append(it)
            continue
        if (head := _head_line(it, alone)) and years_head(_head_words(it.text.split(), head)):
            # a head dated by the year alone heads rows each opening with one year (no month, no span of years)
            head = head if one_year_rows(_row_texts(items, k + 1, is_heading)) else None
        if head:
            close()
            own = it.text.split()
            in_rows, year, month, log_cells = True, None, None, None
            no_year, noted = _head_cells(head)
            no_month = years_head(
                _head_words(own, head)
            )  # a head dated by the year alone: each row its own year
            no_year = no_year and not no_month
            gaps = noted and rows_show_gaps(items, k + 1)
            continue
        if not in_rows and it.marker is None and (n := _cell_head(items, k, alone)):
            del out[len(out) - (n - 1) :]  # the head's date part lines, a cell a line before its content word
            close()
            own = [t.text for t in items[k - n + 1 : k + 1] if isinstance(t, Line)]
            in_rows, year, month, log_cells = True, None, None, None
            no_year, noted = n == 2, False  # (a cell after the content's: printed as a row's, not the head's)
            no_month = False
            # the head's cells after the content's a cell a line (성과, 비고): the head's, whatever their count
            tail = head_tail(
                [t.text if isinstance(t, Line) and t.marker is None else "" for t in items[k + 1 : k + 4]]
            )
            head_until, noted = k + tail, tail > 0
            own += [t.text for t in items[k + 1 : k + 1 + tail] if isinstance(t, Line)]
            continue
        if not in_rows or (is_heading(it) and not (_date_parts(it.text)[0] and dated_row(it))):
            # (a line opening with the year cell, then a row's content, no block heading's words: the table's row,
            # its date parts a row a line, ``2018년 8월 자원순환 연도별 운영 실적`` under ``연도 월 추진내용``)
            in_rows = False
            close()
            out.append(it)
            continue
        if it.marker is not None:
            _extend(spans, it)
            out.append(it)
            continue
        if (end := side_table_end(items, k)) is not None:  # a side table closes the log table
            table_until, in_rows = end, False
            close()
            out.append(it)
            continue
        if noted and row_open and status_phrase(it.text):
            # a row's note cell (완료) a dump printed a line of its own, after that row's content line; a status
            # line after a date line is the content of the row it opens. The row's item ends on it as a row printed
            # on one line does (``2월 그린센터 운영 완료``) where it follows that line (no item under the row between),
            # unless the rows show their note cells apart (``gaps``: the note is no part of the item there)
            row_open = False
            if (
                not gaps
                and rows
                and out
                and out[-1] is rows[-1][0]
                and isinstance(row := rows[-1][0], DatedLine)
            ):
                bare = f"{rows[-1][1]} {it.text}"
                row.text = _dated(bare, year, month)  # (the row's date: no date line since)
                rows[-1] = (row, bare)
                _extend(spans, it)
                continue
            out.append(it)
            continue
        # (a row's note cell closing its line: no part of the row's item)
        y, m, rest = _date_parts((without_note(it) if gaps else it).text)
        if y or m:  # the cells the log's rows print a line (1: its date parts a line of their own)
            log_cells = _cell_count(it)
        if y:
            year, month, at = y, m, [it.source, it.source if m else None]
        elif m:
            month, at[1] = m, it.source
        row_open = False
        if y or m:  # a date cell: on a line of its own, or in its column beside a row's cell
            cells.append(
                DateCell(it.source.line_start, y, m)
                if it.source.line_start and (not rest or _columned(it))
                else None
            )
        marker, text = split_marker(rest)
        if marker is not None and (y or m):  # a date cell printed beside an item under a row: centred
            centred = True
            _extend(spans, it)
            out.append(Line(text=text, marker=marker, indent=it.indent, source=it.source))
        elif rest:
            # (a month alone: its block's year; a year alone: no month printed)
            before.append((year is None and not no_year, month is None and not no_month))
            line = DatedLine(
                text=_dated(rest, year, month),
                marker=ROW_MARKER,
                indent=it.indent,
                source=it.source,
                date_source=_date_lines(at[0] if year else None, at[1] if month else None),
            )
            rows.append((line, rest))
            row_open = True
            spans.append(
                [it.source.line_start, it.source.line_end or it.source.line_start]
                if it.source.line_start
                else None
            )
            out.append(line)
    close()
    return out
