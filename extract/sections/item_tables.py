"""Items printed as a table, one a row: a date column and a content column (추진일자 | 추진내용 |
비고 under 추진실적, 추진일정 | 추진내용 under 향후계획). The header row is known by its words
(vocabulary ``[item_table]``, each cell one word whole); a row becomes a line ``content : date``
with the content cell's own marker (a level-1 row prints none), so the section's line reader
reads it as it reads a bulleted line. A date cell spanning several rows (``'24. 1/4분기`` over a
quarter's items) dates the level-1 rows it covers; a row with its own marker under a span opened
above is an item under one of them, dated by its parent, no date of its own. The other columns (비고)
are no part of an item. A dump's header and rows printed one cell a line are told by
:mod:`.item_cells_aline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pledgecard.extract.document import Table
from pledgecard.extract.item_heads import item_columns, item_head_width, own_content_pick
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import is_note, split_marker
from pledgecard.extract.sections.cell_line_gaps import set_apart
from pledgecard.extract.sections.goal_values import is_status_cell
from pledgecard.extract.sections.item_cells_aline import (
    bracketed_run,
    cell_head,
    cell_run_table,
    date_block,
    interleaved_head,
    one_word,
    status_cell_after,
    whole_date,
)
from pledgecard.extract.sections.item_dated_rows import dated_row_lines
from pledgecard.extract.sections.item_keys import keyed_by_entities
from pledgecard.extract.sections.item_note_status import rows_end_in_status, status_tail
from pledgecard.extract.sections.item_row_contents import head_pick, own_content
from pledgecard.extract.sections.row_source import dated_source
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.text import fold

ROW_MARKER = "\u2063"  # the marker of a row whose content prints none (a level-1 item); never printed
OUTCOME_MARKER = "\u2064"  # the marker of a row's outcome cell (성과), an item under the row's; never printed
UNPRINTED_MARKERS = (ROW_MARKER, OUTCOME_MARKER)


def _outcome_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("item_table", "outcome"))


def outcome_lines(table: Table, i: int, after: int) -> list[Line]:
    """Row ``i``'s outcome cells (a column after the content ``after`` whose head is an outcome word, vocabulary
    ``[item_table] outcome``: 월 | 추진사항 | 성과) as lines under the row's item; a cell printing no figure or word (a
    dash) is none."""
    grid = table.grid()
    words = current().build(_outcome_words)
    out = []
    for j in range(after + 1, len(grid[0])):
        cell = table.cell_at(i, j)
        if key(grid[0][j]) not in words or cell is None or cell.row != i or _status_column(grid, j):
            continue
        text = fold(grid[i][j]) if j < len(grid[i]) else ""
        if any(ch.isalnum() for ch in text):
            out.append(Line(text=text, marker=OUTCOME_MARKER, indent=0, source=cell.source))
    return out


def _status_column(grid: list[list[str]], j: int) -> bool:
    """Column ``j``'s cells under its head each a status word or blank (``추진결과``: 완료 | 추진중): a status
    column, no row's outcome."""
    cells = [fold(row[j]) for row in grid[1:] if j < len(row) and any(ch.isalnum() for ch in row[j])]
    return bool(cells) and all(is_status_cell(c) for c in cells)


def item_lines(table: Table, section: str | None = None) -> list[Line] | None:
    """The rows of an item table as lines (``content : date``), None for another table; of two content columns
    the ``section``'s own (:func:`item_columns`)."""
    grid = table.grid()
    if len(grid) < 2:
        return None
    cols = item_columns(grid[0], section)
    if cols is None:
        return None
    d, t = cols
    if keyed_by_entities(table, grid, d, t):  # 시군 | 추진내용 | 추진일자: a table of entities' works
        return None
    out: list[Line] = []
    for i, row in enumerate(grid[1:], 1):
        content = fold(row[t]) if t < len(row) else ""
        date = fold(row[d]) if d < len(row) else ""
        if not content:
            continue
        marker, text = split_marker(content)
        held = table.cell_at(i, d)
        if marker and held is not None and held.row < i:  # a date cell spanning the rows of its level-1
            date = ""  # items and the items under them: their parents'
        text = f"{text} : {date}" if date else text
        cell = table.cell_at(i, t)
        out.append(
            Line(
                text=text,
                marker=marker or ROW_MARKER,
                indent=0,
                source=dated_source(table, cell.source, [held] if date else [], t)
                if cell is not None
                else table.source,
            )
        )
        out += outcome_lines(table, i, t)
    return out


def _is_head_line(line: Line) -> bool:
    """A text line printing an item table's header row: a date word, a content word after it and
    at most one more word (비고), each a cell whole (a cell may print two words, ``주요 추진내용``)."""
    return head_cells(line) > 0


def _note_column(line: Line) -> bool:
    """Whether an item table's head line names a third column after the date and content (비고)."""
    return head_cells(line) == 3


def head_cells(line: Line) -> int:
    """The cells of an item table's head line (3 with a note column, else 2); 0 for another line."""
    return item_head_width(line.text.split()) if line.marker is None else 0


def rows_show_gaps(items: list[Item], k: int) -> bool:
    """Whether the lines from ``items[k]`` up to the next table or item-table head print a row ending
    in a gap (a dump joining a row's cells with one space leaves one after an empty last cell): the
    dump keeps its lines' trailing spaces, so a row ending in no gap prints its note cell."""
    for it in items[k:]:
        if not isinstance(it, Line) or _is_head_line(it):
            return False
        if it.printed is not None and it.printed.endswith(" ") and it.printed.strip():
            return True
    return False


def without_note(it: Line) -> Line:
    """A row line of an item table with a note column, printed with its gaps, without its note cell:
    the line's last word(s) when they are one status word (완료) and no gap ends the line (its note
    cell printed, not empty); the line as it is otherwise (a note of other words is not cut by guess)."""
    printed = it.printed
    if it.marker is not None or printed is None or printed.endswith(" "):
        return it
    words = it.text.split()
    if n := status_tail(it.text):
        return Line(text=" ".join(words[:-n]), marker=None, indent=it.indent, source=it.source)
    return it


def _label_head_line(line: Line) -> int:
    """The date and content heads' number of columns (2, or 3 with a note's) when ``line`` prints an
    item table's header row after the head of a block-label column (``구분 추진일자 추진내용 비고``:
    the blocks' names and dates in a first column spanning their rows); 0 for any other line."""
    if line.marker is not None:
        return 0
    toks = line.text.split()
    return len(toks) - 1 if 3 <= len(toks) <= 4 and item_columns(toks) == (1, 2) else 0


def dated_row(line: Line) -> bool:
    """An unmarked line among a dump's item-table rows that opens with a date and goes on with words
    other than a block heading's (``'23. 3/4분기 세부 추진실적 완료``: the date cell, then the content):
    a row, not a block heading (``2024년 3/4분기 추진실적 누계`` names no item)."""
    if line.marker is not None:
        return False
    date, rest = leading_date(line.text)
    vocab = current()
    heading = {
        key(w)
        for w in (
            *vocab.words("as_of"),
            *vocab.words("as_of", "achievement_group_words"),
            *vocab.words("as_of", "prior_achievements"),
        )
    }
    return bool(date) and any(key(w) not in heading for w in rest.split())


def _reporting_point(text: str) -> bool:
    """A block cell's reporting point (``2026년 2분기 현재``, ``2024년 상반기``): a date with a reporting
    word or coarser than a month; an item's date in the date column (``2024. 3월``) is none."""
    if not is_date(text):
        return False
    words = current().words("as_of")
    return any(w in text for w in words) or parse_date(text).get("precision") in ("quarter", "half", "year")


def _stated_point(text: str) -> bool:
    """A date stating a reporting point with an as-of word (``2026년 2분기 현재``, ``'24. 3분기 기준``)."""
    return any(w in text for w in current().words("as_of"))


def _head_of(table: Table) -> Line:
    """A table of one row as the line of its cells (one word each, joined by a space)."""
    cells = [fold(t) for t in table.grid()[0]]
    text = " ".join(c if len(c.split()) == 1 else "\u2063" for c in cells)  # a cell of words heads nothing
    return Line(text=text, marker=None, indent=0, source=table.source)


def _glued_head(line: Line) -> str | None:
    """The text before an item table's header words that end ``line`` (a text reader joined the
    header line to the block heading above it); None when the line does not end so."""
    toks = line.text.split()
    for n in (3, 2):
        if len(toks) > n and item_columns(toks[-n:]) == (0, 1):
            return " ".join(toks[:-n])
    return None


def leading_date(text: str) -> tuple[str, str]:
    """``'2023. 5월 ㆍ 협약 체결'`` -> ``('2023. 5월', 'ㆍ 협약 체결')``: the longest run of words
    that opens the line and reads as a date (the date column), and the rest; ``''`` when none."""
    toks = text.split()
    for k in range(
        min(6, len(toks) - 1), 0, -1
    ):  # a month range prints in up to six words ('21. 7. ~ '21. 8.)
        head = " ".join(toks[:k])
        if is_date(head):
            return head, " ".join(toks[k:])
    return "", text


def item_rows_from_lines(
    items: list[Item], is_heading: Callable[[Line], bool], section: str | None = None
) -> list[Item]:
    """Items with the rows of item tables as bulleted lines: a table's (:func:`item_lines`) and those
    of one a text dump printed as lines (a header line
    ``추진일자 추진내용 비고``, then a row a line: its date, its content's marker and text) turned
    into bulleted lines ``content : date`` (a row without a marker gets :data:`ROW_MARKER`). The
    rows end at a line ``is_heading`` names (a block heading) or at a table."""
    out: list[Item] = []
    in_rows = False
    table_until = -1  # a side table printed among the rows: its lines stay lines (a table of their own)
    width = 0  # the header's cells when a dump printed it one cell a line (then its rows so too)
    label_col = False  # the rows under a block-label column: its cells head the blocks among the rows
    note_gaps = False  # the rows under a head with a note column (비고), printed with their empty cells' gaps
    pick: int | None = None  # of a head's two content cells (실적 | 계획) one cell a line, the section's
    skip = -1
    for k, it in enumerate(items):
        if k <= table_until:
            out.append(it)
            continue
        if k <= skip:
            continue
        if isinstance(it, Line) and (n := _label_head_line(it)):
            in_rows, width, label_col = True, n, True
            continue
        if isinstance(it, Table) and it.n_rows == 1 and (n := _label_head_line(_head_of(it))):
            in_rows, width, label_col = True, n, True  # the header row a reader cut off as a table (a
            continue  # page's footer between it and the rows)
        if n := cell_head(items, k, label_column=True):  # the same header row printed one cell a line
            in_rows, width, label_col, skip = True, n - 1, True, k + n - 1
            continue
        if in_rows and width and (end := cell_run_table(items, k)) is not None:
            table_until, in_rows = end, False  # a side table among the rows, one cell a line
            out.append(it)
            continue
        if label_col and in_rows and isinstance(it, Line):
            nxt = items[k + 1] if k + 1 < len(items) else None
            if it.marker is None and (date := bracketed_run(items, k + 1)) and not leading_date(it.text)[0]:
                # a block cell of two lines or more, its name and its date (wrapped): the block's heading
                out.append(Line(text=f"{it.text} {date[0]}", marker=None, indent=it.indent, source=it.source))
                skip = k + date[1]
                continue
            cells = re.match(r"\s*(\S.*?)\s{2,}(\S.*)$", it.printed or "") if it.marker is None else None
            first, rest = leading_date(it.text)
            if cells and _reporting_point(cells.group(1).strip()):
                # the block cell, a reporting point, then a gap (an empty date cell) and the row's content
                out.append(Line(text=cells.group(1).strip(), marker=None, indent=it.indent, source=it.source))
                it = Line(
                    text=" ".join(cells.group(2).split()), marker=None, indent=it.indent, source=it.source
                )
            elif it.marker is None and first and leading_date(rest)[0]:
                # two dates open the row: the block cell's reporting point, then the item's date
                out.append(Line(text=first, marker=None, indent=it.indent, source=it.source))
                it = Line(text=rest, marker=None, indent=it.indent, source=it.source)
            elif is_heading(it):
                out.append(it)  # a block's cell of one line: its heading; the rows go on under it
                continue
        if (head := interleaved_head(items, k)) is not None:
            before, row, n = head  # the header row printed column by column with the first row
            if before is not None:
                out.append(before)
            out.extend(_row_lines(row, False, label_col))
            in_rows, width, skip = True, 3 if n > 4 else 2, k + n - 1
            pick = None
            continue
        if in_rows and width and (block := date_block(items, k, width == 3, is_heading)) is not None:
            rows, n = block  # the rows' dates printed in a block before their contents
            for ln in rows:
                out.extend(_row_lines(ln, False, label_col))
            skip = k + n - 1
            continue
        if (n := cell_head(items, k)) and not (in_rows and width == 0):
            in_rows, width, skip = True, n, k + n - 1
            pick = own_content_pick([c.text for c in items[k : k + n] if isinstance(c, Line)], section)
            continue
        if isinstance(it, Line) and (n := cell_head(items, k, glued=True)):
            # the header's first cell joined to the line above it: that line stays, without it
            out.append(
                Line(text=it.text.rsplit(" ", 1)[0], marker=it.marker, indent=it.indent, source=it.source)
            )
            in_rows, width, skip = True, n, k + n - 1
            pick = None
            continue
        if (
            in_rows
            and width
            and whole_date(it)
            and k + 1 < len(items)
            and isinstance(nxt := items[k + 1], Line)
            and not whole_date(nxt)
            and not is_heading(nxt)
        ):
            # a row printed one cell a line: its date cell, then its content cell (then its note
            # cell, one word, under a third head cell)
            after = items[k + 2] if k + 2 < len(items) else None
            then = items[k + 3] if k + 3 < len(items) else None
            if (
                pick is not None
                and (pair := _two_contents(nxt, after, is_heading)) is not None
                and set_apart(it, nxt, pair[1])
                and not (isinstance(then, Line) and whole_date(then))
            ):
                # the line after the row stands apart (a blank line): the row printed its first content alone,
                # its second cell empty; the section's item is that first content, or none. Only at the table's
                # end: a dated row after it shows the table goes on, the gap a blank line inside the row (review c
                # #5: the row's plan cell, its figures, was moved into the achievements)
                skip = k + 1
                if pick == 0:
                    out.extend(
                        _row_lines(
                            Line(
                                text=f"{it.text} {nxt.full_text}",
                                marker=None,
                                indent=it.indent,
                                source=it.source,
                            ),
                            False,
                            label_col,
                        )
                    )
                continue
            if pick is not None and pair is not None:
                # a row of a 추진시기 | 추진실적 | 추진계획 table: its date, then both contents; the section's is the item
                skip = k + 2
                it = Line(
                    text=f"{it.text} {pair[pick].full_text}", marker=None, indent=it.indent, source=it.source
                )
                out.extend(_row_lines(it, False, label_col))
                continue
            note = (
                width == 3
                and isinstance(after, Line)
                and after.marker is None
                and len(after.text.split()) == 1
                and not whole_date(after)
            )
            skip = k + (2 if note else 1)
            it = Line(text=f"{it.text} {nxt.full_text}", marker=None, indent=it.indent, source=it.source)
            if is_heading(it) and status_cell_after(
                items, k + 2, width
            ):  # a row's, whatever its content reads as
                out.extend(_row_lines(it, False, label_col))
                continue
        if isinstance(it, Table) and (rows := item_lines(it, section)) is not None:
            out.extend(rows)  # an item table; lines right after it print more of its rows (a
            in_rows = True  # layout dump's reader may take only the first rows for a table)
            continue
        if isinstance(it, Table) and (rows := dated_row_lines(it, ROW_MARKER)) is not None:
            out.extend(rows)  # a headless table of items, each its text then its date (a sheet's part)
            continue
        if in_rows and isinstance(it, Table) and (cut := _cut_rows(it)) is not None:
            for ln in cut:  # more rows of the item table, cut off it as a table of their own
                out.extend(_row_lines(ln, False, label_col) if ln.marker is None else [ln])
            continue
        if not isinstance(it, Line):
            in_rows = False
            out.append(it)
            continue
        if in_rows and width == 3 and one_word(it) and key(it.text) in current().status_words:
            continue  # a row's 비고 cell printed a cell a line (완료) after a row whose date cell a span left out
        if _is_head_line(it):
            # (the dump keeps the gaps of every table's rows: one table's rows showing them tells it)
            pick = head_pick(
                it.text, section
            )  # of two contents (실적 | 계획) printed on each row's line, the section's
            in_rows, width, note_gaps = (
                True,
                0,
                _note_column(it)
                and (
                    rows_show_gaps(items, k + 1)
                    or any(
                        rows_show_gaps(items, j + 1)
                        for j, h in enumerate(items)
                        if isinstance(h, Line) and _note_column(h)
                    )
                    or rows_end_in_status(
                        items,
                        [j for j, h in enumerate(items) if isinstance(h, Line) and _note_column(h)],
                        lambda t: bool(leading_date(t)[0]),
                    )
                ),
            )
            continue
        if (cut := _glued_head(it)) is not None:  # a reader joined the header line to the line above
            out.append(Line(text=cut, marker=it.marker, indent=it.indent, source=it.source))
            in_rows = True
            continue
        if not in_rows or (is_heading(it) and not (width == 0 and not label_col and dated_row(it))):
            if not (label_col and in_rows):  # (a block cell's heading among the rows ends no row)
                in_rows, width = False, 0
                pick = None
            out.append(it)
            continue
        if (end := side_table_end(items, k)) is not None:
            table_until, in_rows = end, False
            out.append(it)
            continue
        joined = it.source.line_start is not None and (it.source.line_end or 0) > it.source.line_start
        if (
            width == 0
            and pick is not None
            and (date := leading_date(it.text))[0]
            and (own := own_content(date[1], pick)) is not None
        ):
            it = Line(text=f"{date[0]} {own}", marker=None, indent=it.indent, source=it.source)
        out.extend(_row_lines(without_note(it) if note_gaps and width == 0 else it, joined, label_col))
    return out


def _two_contents(
    first: Line, second: Item | None, is_heading: Callable[[Line], bool]
) -> tuple[Line, Line] | None:
    """A row's two content cells printed one a line after its date cell (``first``, then ``second``: a line that is
    no date, no heading and no lone word, a 비고 cell's shape); None when the row does not print so.

    A line with a bullet marker is no cell: it is the section's next item, under a last row whose second content
    cell was left empty (its date must not pass to that undated item, nor the item be dropped as a cell)."""
    if (
        not isinstance(second, Line)
        or second.marker is not None
        or whole_date(second)
        or is_heading(second)
        or len(second.text.split()) < 2
    ):
        return None
    return first, second


def _row_lines(it: Line, joined: bool, label_col: bool) -> list[Item]:
    """The items of one printed row line (two or more when a reader joined rows): ``content : date``
    with the content's marker (:data:`ROW_MARKER` for none); under a block-label column, a block
    cell's reporting point before the row's date is that block's heading."""
    out: list[Item] = []
    for row in _rows_of(it.full_text, joined):
        date, rest = leading_date(row)
        if date and (label_col and not rest or (label_col or _stated_point(date)) and leading_date(rest)[0]):
            # a block cell's reporting point (2026년 2분기 현재), alone or before the row's date (two dates
            # open no item: the first, stating its point with an as-of word, is a block cell's spanning rows)
            out.append(Line(text=date, marker=None, indent=it.indent, source=it.source))
            if not rest:
                continue
            row = rest
            date, rest = leading_date(row)
        marker, text = split_marker(rest)
        if not text:
            out.append(it)
            continue
        out.append(
            Line(
                text=f"{text} : {date}" if date else text,
                marker=marker or ROW_MARKER,
                indent=it.indent,
                source=it.source,
            )
        )
    return out


def _cut_rows(table: Table) -> list[Line] | None:
    """A table a layout reader cut from an item table's rows (a page break between them, a wrapped
    cell): its rows as printed lines (the cells in reading order), None when its lines are a side
    table of their own (column heads over rows of figures)."""
    lines = []
    for r in range(table.n_rows):  # a row's first lines, then its cells' further lines each a line
        parts = [
            c.text.split("\n") for c in sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        ]
        texts = [" ".join(p[0] for p in parts if p[0].strip())] + [x for p in parts for x in p[1:]]
        lines += [
            Line(text=" ".join(t.split()), marker=None, indent=0, source=table.source)
            for t in texts
            if t.strip()
        ]
    if not lines or side_table_end(lines, 0) is not None:
        return None
    out = []
    for ln in lines:
        marker, text = split_marker(ln.text)
        out.append(Line(text=text, marker=marker, indent=0, source=ln.source))
    return out


_FIGURE = re.compile(r"[0-9][0-9,.]*")


def _ends(text: str) -> tuple[str, ...]:
    toks = text.split()
    return (toks[0], toks[-1]) if toks else ()


def side_table_end(items: list[Item], k: int) -> int | None:
    """The index of the last line of a side table a text dump printed among an item table's rows,
    starting at ``items[k]``: a line of three or more column heads without a figure but years, then
    two or more lines each opening or ending with a figure (연번 기업명 분야 참여인원 / 계 51 / 1
    ㈜하람에너지 서비스 8; 1 기업지원 캠핑장 완료; 구분 2025년 2026년 계 / 참여기업 22 57 79); no marker, no
    leading date. ``None`` when ``items[k]`` opens no such run."""

    def plain(it: Item) -> bool:
        return isinstance(it, Line) and it.marker is None and not leading_date(it.text)[0]

    head = items[k]
    year = current().year_re
    if (
        not plain(head)
        or len(head.text.split()) < 3
        or any(  # type: ignore[union-attr]
            re.search(r"\d", t) and not year.fullmatch(t) for t in head.text.split()
        )
    ):  # type: ignore[union-attr]
        return None
    end = k
    while (
        end + 1 < len(items)
        and plain(items[end + 1])
        and any(_FIGURE.fullmatch(t) for t in _ends(items[end + 1].text))
    ):  # type: ignore[union-attr]
        end += 1
    return end if end - k >= 2 else None


def _rows_of(text: str, joined: bool = False) -> list[str]:
    """A row line, or two when a reader joined the next row onto it: a date and then a bullet marker
    amid the line open a row of their own (``※ 참여기관 : 하람솔루션 '23.12월 ㆍ 설명회 개최``); in a
    line the reader ``joined`` from printed lines, a date amid it outside brackets and words after
    it too (``- 교육생 66명(1차 40) 2024. 3월 실시설계 완료``: a level-1 row prints no marker)."""
    toks = text.split()
    lead = leading_date(text)[0]
    for i in range(len(lead.split()) + 1 if lead else 1, len(toks) - 1):
        date, rest = leading_date(" ".join(toks[i:]))
        marker, _ = split_marker(rest)
        head = " ".join(toks[:i])
        if (
            date
            and marker is not None
            and rest.split()[0] == marker
            and not is_note(marker)
            and i < len(toks) - 2
            or joined
            and date
            and rest
            and head.count("(") == head.count(")")
        ):
            return [head, *_rows_of(" ".join(toks[i:]), joined)]
    return [text]
