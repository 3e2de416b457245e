"""Plans printed as a schedule: a plan a row, its text in the first column, the periods of one or
more years across: a year's head spans its sub-columns, each headed by its number in order (four
quarters ``1/4`` .. ``4/4``, twelve months ``1`` .. ``12``, two halves), and a mark (``●``, ``■``,
``━``: a cell of no letter and no figure) stands in every period the plan runs. A plan's date runs
from its first marked period to its last; a row without a mark has no date. Read from document
tables (two head rows) and from text dumps that print the table a row a line, joining the cells
with one space (an empty cell a run of spaces: :attr:`Line.printed`).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pledgecard.extract.dated_line import DatedLine
from pledgecard.extract.document import Source, Table
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.periods import (
    PERIOD_NUMBER,
    SUBS_A_YEAR,
    Period,
    dated_head_unsure,
    dated_periods,
    periods,
    span_date,
    year_head,
)
from pledgecard.normalize.text import fold


def is_mark(text: str) -> bool:
    """A schedule's mark: a cell of printed glyphs none of which is a letter or a figure."""
    t = "".join(text.split())
    return bool(t) and not any(unicodedata.category(ch)[0] in "LN" for ch in t)


def _plan(
    text: str,
    cells: list[str],
    cols: list[Period],
    source: Source,
    printed: str = "",
    heads: list[Source | None] | None = None,
    printed_at: Source | None = None,
) -> tuple[Line, dict[str, Any] | None]:
    """A plan and its date: the one its row prints in a column of dates (``printed``, in the cell
    ``printed_at``) when the marks agree with it (it lies within the marked periods, or none is marked), else
    the marked periods', printed by the head over the first marked period (``heads``: each period's)."""
    marked = [k for k, (_p, c) in enumerate(zip(cols, cells, strict=False)) if is_mark(c)]
    date = span_date(cols[marked[0]], cols[marked[-1]]) if marked else None
    head = heads[marked[0]] if marked and heads and marked[0] < len(heads) else None
    own = parse_date(printed.strip()) if printed.strip() else None
    if own is not None and own["label"] is not None:  # a date (:func:`is_date`), parsed once
        if own.get("start") and (
            date is None
            or (date["start"] <= own["start"] and (own.get("end") or own["start"]) <= date["end"])
        ):
            date, head = own, printed_at
    return DatedLine(text=fold(text), marker=None, indent=0, source=source, date_source=head), date


def _year_cell(table: Table, rows: int, col: int, lead: int) -> Source | None:
    """The head cell printing the year over column ``col`` of a schedule whose head is its first ``rows``
    rows: the nearest at or left of it (a year's cell spans its periods) holding a year."""
    for j in range(col, lead - 1, -1):
        for i in range(rows):
            cell = table.cell_at(i, j)
            if cell is not None and any(year_head(w) is not None for w in cell.text.split()):
                return cell.source
    return None


def _ordinals(cells: list[str]) -> bool:
    """Whether a column's body cells number its rows ``1`` .. ``n`` in order (a 연번 column)."""
    return bool(cells) and all(fold(c) == str(i) for i, c in enumerate(cells, 1))


def _dates(cells: list[str]) -> bool:
    """Whether a column's body cells are dates (some printed, every printed one wholly a date)."""
    return any(c.strip() for c in cells) and all(not c.strip() or is_date(fold(c)) for c in cells)


def lead_roles(columns: list[list[str]]) -> tuple[int, int] | None:
    """(the text column, the date column or -1) among the columns before a schedule's periods, given
    their body cells: a column numbering the rows is passed over, a column of dates gives the plans'
    printed dates, and exactly one column is left for the plans' text; None otherwise."""
    text, date = [], -1
    for j, cells in enumerate(columns):
        if len(columns) > 1 and _ordinals(cells):
            continue
        if len(columns) > 1 and date < 0 and j > 0 and _dates(cells):
            date = j
            continue
        text.append(j)
    return (text[0], date) if len(text) == 1 else None


def table_plans(table: Table) -> list[tuple[Line, dict[str, Any] | None]] | None:
    """The plans of a schedule table (two head rows: the years over the periods), None for any
    other table."""
    grid = table.grid()
    if len(grid) < 3 or len(grid[0]) < 3:
        return None
    cols, first, lead = None, 0, 1
    for lead in range(1, min(4, len(grid[0]) - 1)):  # the columns before the periods (the text's, a 연번's,
        for sub in range(1, min(4, len(grid) - 1)):  # a 추진기간's); the sub-heads' row, the years above (a
            years = [
                next((grid[i][j] for i in range(sub - 1, -1, -1) if grid[i][j].strip()), "")  # reader
                for j in range(lead, len(grid[sub]))
            ]  # may set an empty row between them)
            if (cols := periods(years, grid[sub][lead:])) is not None:
                first = sub + 1
                break
        if cols is not None:
            break
    if cols is None:
        lead, cols = _one_row_head(grid[0])
        first = 1
    if cols is None:
        lead, cols = _dated_head(grid[0])
    if cols is None:
        return _unsure_rows(table, grid)
    body = grid[first:]
    roles = lead_roles([[row[j] for row in body] for j in range(lead)])
    if roles is None:
        return None
    text, dated = roles
    heads = [_year_cell(table, first, lead + m, lead) for m in range(len(cols))]
    out = []
    for r, row in enumerate(body, first):
        if not fold(row[text]) or any(c.strip() and not is_mark(c) for c in row[lead:]):
            return None  # a row of figures or words across: no schedule
        cell, at = table.cell_at(r, text), table.cell_at(r, dated) if dated >= 0 else None
        out.append(
            _plan(
                row[text],
                row[lead:],
                cols,
                cell.source if cell is not None else table.source,
                row[dated] if dated >= 0 else "",
                heads,
                at.source if at is not None else None,
            )
        )
    return out


def _one_row_head(head: list[str]) -> tuple[int, list[Period] | None]:
    """(the columns before the periods, the periods) of a head a reader read as one row, each year's head
    joined to its first period's cell (``2024년 상반기`` | ``하반기`` | ``2025년 상반기`` | ``하반기``: the years'
    line and the periods' under it); (0, None) when it is none."""
    first = next((j for j, c in enumerate(head) if c.split() and year_head(c.split()[0]) is not None), None)
    if not first:
        return 0, None
    tokens: list[str] = []
    for cell in head[first:]:
        words = cell.split()
        opens = bool(words) and year_head(words[0]) is not None
        if len(words) < 1 + opens:  # an empty cell, or a year's with no period under it
            return 0, None
        tokens.extend([words[0], " ".join(words[1:])] if opens else [" ".join(words)])
    return first, _year_runs(tokens)


def _unsure_lead(head: list[str]) -> int:
    """The columns before the periods of a one-row head whose cells each print a period with its year but do
    not run in even steps of one reading (normalize/periods.py ``dated_head_unsure``); 0 when it is none."""
    return next((lead for lead in range(1, min(4, len(head) - 1)) if dated_head_unsure(head[lead:])), 0)


def _unsure_rows(table: Table, grid: list[list[str]]) -> list[tuple[Line, dict[str, Any] | None]] | None:
    """The plans of a schedule under a head of unsure periods (:func:`_unsure_lead`), each with a null date
    (:func:`schedule_unsure` says why), never a date read from periods the head does not prove; None when the
    table is no such schedule."""
    lead = _unsure_lead(grid[0])
    roles = lead_roles([[row[j] for row in grid[1:]] for j in range(lead)]) if lead else None
    if roles is None:
        return None
    out: list[tuple[Line, dict[str, Any] | None]] = []
    for r, row in enumerate(grid[1:], 1):
        if not fold(row[roles[0]]) or any(c.strip() and not is_mark(c) for c in row[lead:]):
            return None
        cell = table.cell_at(r, roles[0])
        out.append(
            (
                Line(
                    text=fold(row[roles[0]]),
                    marker=None,
                    indent=0,
                    source=cell.source if cell is not None else table.source,
                ),
                None,
            )
        )
    return out


def schedule_unsure(items: list[Item]) -> list[dict[str, Any]]:
    """An ``extract.schedule_unsure`` finding for each schedule table among ``items`` whose head prints periods
    with their years that run in no even steps of one reading (``’25.4 | ’26.1 | ’26.3``, or bare numbers
    consecutive as neither months alone nor one other kind): its plans' dates are left null."""
    out = []
    for it in items:
        if isinstance(it, Table) and (grid := it.grid()) and (lead := _unsure_lead(grid[0])):
            out.append(
                finding(
                    "extract.schedule_unsure",
                    "plans",
                    "the schedule's period heads run in no even steps of one reading: plans undated",
                    observed={"heads": [fold(c) for c in grid[0][lead:]]},
                    source=it.source,
                )
            )
    return out


def _dated_head(head: list[str]) -> tuple[int, list[Period] | None]:
    """(the columns before the periods, the periods) of a head of one row whose cells after the first (or
    first few) each print a whole period with its year (``추진내용 | ’25.4Q | ’26.1Q | …``: normalize/periods.py
    ``dated_periods``); (0, None) when it is none."""
    for lead in range(1, min(4, len(head) - 1)):
        if (cols := dated_periods(head[lead:])) is not None:
            return lead, cols
        if dated_head_unsure(head[lead:]):
            return 0, None  # the periods start here, unsure: none read from a later cell on
    return 0, None


def _year_runs(tokens: list[str], *, even: bool = False) -> list[Period] | None:
    """The periods of a head printed as runs, each a year's head then its periods' heads
    (``2027년 상반기 하반기 2028년 상반기 하반기``), the periods numbered or named in order (:func:`periods`);
    None unless the first token is a year and every year has a period (the same number of them, ``even``)."""
    years: list[str] = []
    subs: list[str] = []
    counts: list[int] = []
    for t in tokens:
        if year_head(t) is not None:
            counts.append(0)
            year = t
        elif not counts:
            return None
        else:
            years.append(year)
            subs.append(t)
            counts[-1] += 1
    if not counts or 0 in counts or (even and len(set(counts)) > 1):
        return None
    return periods(years, subs)


def _trailing_date(text: str) -> tuple[str, str] | None:
    """``text`` parted before the longest run of its last words that is wholly a date (``'25. 3.~8.``),
    or None when it ends otherwise (or is nothing but the date)."""
    words = text.split()
    for j in range(len(words) - 1, 0, -1):
        tail = " ".join(words[j:])
        if is_date(tail) and (j == 1 or not is_date(" ".join(words[j - 1 :]))):
            return " ".join(words[:j]), tail
    return None


def lead_texts(texts: list[str]) -> list[tuple[str, str]]:
    """The text a dump printed before each row's marks parted into the plan and its printed date, as
    the cells before a schedule's periods: a leading number dropped when the rows so number
    themselves ``1`` .. ``n`` in order (a 연번 column), a trailing date taken apart when every row ends
    in one (a 추진기간 column)."""
    heads = [t.split(maxsplit=1) for t in texts]
    if len(texts) > 1 and all(len(h) == 2 for h in heads) and _ordinals([h[0] for h in heads]):
        texts = [h[1] for h in heads]
    parted = [_trailing_date(t) for t in texts]
    if texts and all(p is not None for p in parted):
        return [p for p in parted if p is not None]
    return [(t, "") for t in texts]


def _line_periods(top: Line, sub: Line) -> tuple[str, list[Period]] | None:
    """(the text column's head, the periods) of a dump's two head lines: the head and the years,
    then the sub-column numbers (``추진계획 2025년 2026년`` / ``1/4 2/4 3/4 4/4 1/4 ...``), every year
    over as many."""
    subs = sub.full_text.split()
    words = top.full_text.split()
    n_years = 0
    while n_years < len(words) and year_head(words[len(words) - 1 - n_years]) is not None:
        n_years += 1
    if not n_years or n_years == len(words) or len(subs) % n_years:
        return None
    per = len(subs) // n_years
    runs = [t for i, y in enumerate(words[-n_years:]) for t in (y, *subs[per * i : per * (i + 1)])]
    cols = _year_runs(runs, even=True)
    return (" ".join(words[:-n_years]), cols) if cols else None


def _joined_periods(line: Line) -> list[Period] | None:
    """The periods of a head line a layout reader joined from the years' line and the periods' under them, each
    year followed by its own (``연번 추진과제 추진기간 2027년 상반기 하반기 2028년 상반기 하반기``): the columns'
    heads first, then every year with as many periods, numbered or named in order; None otherwise."""
    words = line.full_text.split()
    first = next((i for i, w in enumerate(words) if year_head(w) is not None), None)
    return _year_runs(words[first:], even=True) if first else None


def _printed_row(line: Line, n: int) -> tuple[str, list[str]] | None:
    """A dump line's text and its last ``n`` cells (each a mark or empty), as the dump printed them
    joined by one space; None when the line ends otherwise."""
    printed = line.printed
    if printed is None:
        return None
    fields = printed.rstrip("\n").split(" ")
    if len(fields) <= n:
        return None
    cells, text = fields[-n:], " ".join(fields[:-n])
    if any(c and not is_mark(c) for c in cells) or not fold(text) or is_mark(text.split()[-1]):
        return None
    return text, cells


def _word(items: list[Item], j: int) -> str | None:
    it = items[j] if j < len(items) else None
    return fold(it.full_text) if isinstance(it, Line) and it.text else None


def _cell_periods(items: list[Item], k: int) -> tuple[list[Period], int, int] | None:
    """The periods of a schedule's head a dump printed one cell a line from ``items[k]`` (``추진계획`` /
    ``2024년`` / ``2025년`` / ``1/4`` .. ``4/4`` / ``1/4`` .. ``4/4``: the heads of the columns before the
    periods, up to three (연번 / 추진과제 / 추진기간), when printed, the years, then every year's
    sub-columns), the index past the head and the number of heads before the years; None when none
    starts there."""

    def word(j: int) -> str | None:
        return _word(items, j)

    head = word(k)
    if head is None or is_mark(head):
        return None
    j = k  # (the head may restate the section's heading: read there)
    while (
        j - k < _LEADS
        and (w := word(j)) is not None
        and year_head(w) is None
        and not _years_line(w)
        and not is_mark(w)
    ):
        j += 1
    leads = j - k
    years: list[str] = []
    while (w := word(j)) is not None and (year_head(w) is not None or _years_line(w)):
        years.extend([w] if year_head(w) is not None else w.split())  # (the years printed on one line)
        j += 1
    subs: list[str] = []
    numbered = (w := word(j)) is not None and PERIOD_NUMBER.fullmatch(w.split("/")[0]) is not None
    while (
        (w := word(j + len(subs))) is not None
        and len(w) <= 5
        and (PERIOD_NUMBER.fullmatch(w.split("/")[0]) if numbered else not any(ch.isdigit() for ch in w))
    ):
        subs.append(w)
    if not years or not subs:
        return None
    for per in sorted(SUBS_A_YEAR, reverse=True):  # the most sub-columns a year the heads prove (a row's own
        n = per * len(years)  # number may follow them)
        if len(subs) >= n and (cols := periods([y for y in years for _ in range(per)], subs[:n])):
            return cols, j + n, leads
    return None


def _years_line(text: str) -> bool:
    """A line printing two or more year heads one space apart (``2027년 2028년``: -raw's head row)."""
    words = text.split()
    return len(words) > 1 and all(year_head(w) is not None for w in words)


_LEADS = 3  # columns a schedule may print before its periods (연번, the plan, 추진기간)


def _cell_rows(
    items: list[Item], j: int, cols: list[Period], leads: int = 1
) -> tuple[list[tuple[Line, dict[str, Any] | None]], list[Item], int]:
    """The plans under a schedule's head a dump printed one cell a line from ``items[j]``: a plan's
    cells before the periods (with more than one head before the years: its number ``1`` .. ``n`` when
    printed, its text, its printed date when a line wholly a date follows), then a line a mark. The dump
    prints no empty cell, so a mark's period is known only when every period is marked: the plan's date
    is its printed one, else the marked periods' when every period is marked; otherwise it is left null
    and its marks are handed back unread. (plans, marks unread, the index past the rows.)"""
    out: list[tuple[Line, dict[str, Any] | None]] = []
    unread: list[Item] = []
    while j < len(items):
        at = j
        numbered = leads > 1 and _word(items, at) == str(len(out) + 1) and _word(items, at + 1) is not None
        at += numbered  # the row's number (a 연번 column)
        text = items[at]
        if not (isinstance(text, Line) and text.text and not is_mark(text.full_text)):
            break
        at += 1
        printed = _word(items, at) if leads > 1 else None
        if printed is not None and is_date(printed) and not is_mark(printed):
            at += 1
        else:
            printed = None
        if leads > 1 and 1 + numbered + (printed is not None) != leads:
            break  # the row's cells before its marks are not the heads' (a line above the head taken for one)
        marks = []
        while (
            at + len(marks) < len(items)
            and isinstance(m := items[at + len(marks)], Line)
            and is_mark(m.full_text)
        ):
            marks.append(m)
        if not marks:
            break
        date = span_date(cols[0], cols[-1]) if len(marks) == len(cols) else None
        date = _with_printed(date, printed)
        out.append((Line(text=fold(text.full_text), marker=None, indent=0, source=text.source), date))
        if date is None:
            unread.extend(marks)
        j = at + len(marks)
    return out, unread, j


def _with_printed(date: dict[str, Any] | None, printed: str | None) -> dict[str, Any] | None:
    """A row's date: its printed one (``printed``, a 추진기간 cell) where it reads and starts no earlier than the
    marks' span (``date``), else the marks'."""
    if not printed:
        return date
    own = parse_date(printed)
    return own if own.get("start") and (date is None or date["start"] <= own["start"]) else date


def marked_rows(
    items: list[Item], j: int, cols: list[Period], head: Source | None = None
) -> tuple[list[tuple[Line, dict[str, Any] | None]], list[Item], int]:
    """The plans under a schedule's head from ``items[j]`` printed a row a line, each closing with its marks
    (``1 plan '27. 11. ■``: -raw prints no empty cell, so which periods the marks stand in is known only
    when every period is marked): the row's number and printed date parted off as :func:`lead_texts` proves
    them, its date the printed one, else every period's when all are marked, else null, its marks then
    handed back unread as :func:`_cell_rows` does; a date of every period printed by the years' ``head``.
    (plans, marks unread, the index past the rows.)"""
    rows: list[tuple[str, int, Source]] = []
    while j < len(items) and isinstance(it := items[j], Line) and it.text:
        words = it.full_text.split()
        n = 0
        while n < len(words) and is_mark(words[len(words) - 1 - n]):
            n += 1
        if not n or n == len(words) or n > len(cols):
            break
        rows.append((" ".join(words[:-n]), n, it.source, " ".join(words[-n:])))
        j += 1
    out: list[tuple[Line, dict[str, Any] | None]] = []
    unread: list[Item] = []
    for (_, n, source, marks), (text, printed) in zip(rows, lead_texts([r[0] for r in rows]), strict=True):
        spanned = span_date(cols[0], cols[-1]) if n == len(cols) else None
        date = _with_printed(spanned, printed)
        out.append(
            (
                DatedLine(
                    text=fold(text),
                    marker=None,
                    indent=0,
                    source=source,
                    date_source=head if date is spanned and date is not None else None,
                ),
                date,
            )
        )
        if date is None:
            unread.append(Line(text=marks, marker=None, indent=0, source=source))
    return out, unread, j


def schedule_plans(
    items: list[Item],
) -> tuple[list[tuple[Line, dict[str, Any] | None]], list[Item], list[Item]] | None:
    """The plans of the schedule among ``items`` (a table, or a dump's head lines and rows), the
    items left, and the marks no period was proven for (a dump printing a cell a line); None when
    the items hold none."""
    for k, it in enumerate(items):
        if isinstance(it, Table) and (plans := table_plans(it)) is not None:
            return plans, items[:k] + items[k + 1 :], []
        if (cells := _cell_periods(items, k)) is not None:
            plans, unread, end = _cell_rows(items, cells[1], cells[0], cells[2])
            if not plans:  # the rows printed a row a line under the head a cell a line
                plans, unread, end = marked_rows(items, cells[1], cells[0])
            if plans:
                return plans, items[:k] + items[end:], unread
        if isinstance(it, Line) and (joined := _joined_periods(it)) is not None:
            plans, unread, end = marked_rows(
                items, k + 1, joined, it.source
            )  # rows a line, each closing with marks
            if plans:
                return plans, items[:k] + items[end:], unread
        nxt = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(it, Line) and isinstance(nxt, Line)) or (head := _line_periods(it, nxt)) is None:
            continue
        cols = head[1]
        rows, end = [], k + 2
        while (
            end < len(items)
            and isinstance(row := items[end], Line)
            and (cells := _printed_row(row, len(cols)))
        ):
            rows.append((cells, row.source))
            end += 1
        leads = lead_texts([cells[0] for cells, _ in rows])
        heads: list[Source | None] = [it.source] * len(cols)  # the years' line
        out = [
            _plan(text, cells[1], cols, src, printed, heads)
            for (cells, src), (text, printed) in zip(rows, leads, strict=True)
        ]
        if out:
            return out, items[:k] + items[end:], []
    return None
