"""A goal table with an indicator a row and the years across, each year over its own sub-columns.

Header: two rows. The first names the label columns (the indicator, a unit column headed by a word
of ``[goals_unit_column]``: 단위) and the years (``2023년``; a year's cell spanning its sub-columns);
the second names each year's sub-columns by goal column words (목표 | 실적), a year opened by its
target column: a year before the reporting one over a target and an actual, a later year over its
target only. Every row below is one indicator: its name, its unit (the cells print bare figures;
a dash when the goals' own words name theirs), then a figure, a dash or the goal's words per
sub-column (``186호 공급``, ``착공``: a document table's cell is proven by its rules, so a worded
cell is read whole). A year's target cell is one goal of the indicator (a dash: no goal); its
actual cell, when the year has one, is the goal's actual (a dash: none). A row whose one cell
spans the table (a note under it) is no indicator.

A text dump prints the head as two lines (``성과지표 단위 2023년 2024년 ...`` / ``목표 실적 목표
...``) and every row on one line: the indicator's words, the unit, then one figure per sub-column.
:func:`goals_year_column_lines` reads such a table when the sub-column line splits into as many
years as the head line names (a year at every target word) and every row ends in exactly as many
figures as there are sub-columns; the rows are read up to the first line that does not.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_dropped_cells import dropped_row
from pledgecard.extract.sections.goal_final_year import final_year, running_final
from pledgecard.extract.sections.goal_head_gap import late_year
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.sections.goal_rate_proof import rate_proven
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_values import is_status_cell, none_cell
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_count

SubColumn = tuple[int, str]  # (year, field: "target" | "actual")
_UNIT_AFTER = re.compile(r"\([^()]*\)$")  # a unit in brackets closing a head cell: 달성률(%)


def unit_head(text: str) -> bool:
    """The head of the unit column (``단위``), as the whole cell."""
    return key(text) in {key(w) for w in current().words("goals_unit_column", "words")}


def tail_kind(text: str) -> str | None:
    """The kind of a head cell of a column after the years that holds no year's goal, as the whole
    cell (a unit in brackets after it ignored, ``달성률(%)``): ``"final"``, the whole period's target
    (``[goals_final_column]``), ``"rate"`` (``[goals_columns] rate``), ``"sum"``, a sum of the years
    (``[goals_sum_column]``: 누계) or ``"remark"``, notes (``[note_column]``); None otherwise."""
    vocab = current()
    k = _UNIT_AFTER.sub("", key(text))
    kinds = {
        "final": vocab.words("goals_final_column", "words"),
        "rate": vocab.words("goals_columns", "rate"),
        "sum": vocab.words("goals_sum_column", "words"),
        "remark": vocab.words("note_column", "words"),
    }
    return next((kind for kind, words in kinds.items() if k and k in {key(w) for w in words}), None)


def tail_head(text: str) -> bool:
    """A head cell of a column after the years that holds no year's goal (:func:`tail_kind`)."""
    return tail_kind(text) is not None


def unnamed_tail(grid: list[list[str]], col: int, first: int) -> bool:
    """Whether column ``col`` (the last left, after the years from ``first``) spans both head rows, its head naming no
    year and no goal field, a final target's column (:func:`tail_kind`) before it, and every row's figures prove it
    the rate of the actuals over that target (:mod:`.goal_rate_proof`): a rate whose head OCR misread (``달성 표 (%)``)."""
    head, under = grid[0], grid[1]
    text = " ".join(head[col].split())
    if (
        not text
        or " ".join(under[col].split()) != text
        or year_head(text) is not None
        or row_field(text) is not None
    ):
        return False
    if col < 1 or tail_kind(head[col - 1]) != "final":
        return False
    actual_cols = [j for j in range(first, col - 1) if row_field(under[j]) == "actual"]
    rows = [r for r in grid[2:] if len(r) > col]
    return bool(actual_cols) and rate_proven(rows, col, col - 1, actual_cols)


def status_tail(grid: list[list[str]], col: int) -> bool:
    """Whether column ``col`` (after the years) is a status column spanning both head rows (``추진상황`` beside the
    years' ``목표 | 실적``, the indicator's one status for all its years): no year's goal, and which year's status it
    is the table does not print, so it is left unread (session 39: a layout dump of such a head read the head row
    as a goal, its figures null)."""
    head, under = grid[0], grid[1]
    text = " ".join(head[col].split())
    return bool(text) and " ".join(under[col].split()) == text and row_field(text) == "status"


def sub_columns(years: list[int], fields: list[str | None]) -> list[SubColumn] | None:
    """The sub-columns of a head: the field words under the year cells, split into one run per
    year at every target word; ``None`` unless every run is a target and at most one actual, and
    there are as many runs as years."""
    runs: list[list[str]] = []
    for f in fields:
        if f == "target":
            runs.append([f])
        elif f == "actual" and runs and runs[-1] == ["target"]:
            runs[-1].append(f)
        else:
            return None
    if len(runs) != len(years) or len(years) < 2:
        return None
    return [(y, f) for y, run in zip(years, runs, strict=True) for f in run]


def _goals(
    rows: list[tuple[int, str, str | None, list[str]]], subs: list[SubColumn], first_col: int
) -> list[IndicatorGoal]:
    """The goals of the rows read: (grid row or line, indicator, unit, a cell per sub-column)."""
    out: list[IndicatorGoal] = []
    for at, name, printed, cells in rows:
        unit = (
            None if printed is None or none_cell(printed) else _unit(printed)
        )  # a dash: the cells name theirs
        by = {sub: cell for sub, cell in zip(subs, cells, strict=True)}
        for k, (y, f) in enumerate(subs):
            if f != "target" or none_cell(by[(y, f)]):
                continue
            actual = by.get((y, "actual"), "")
            out.append(
                IndicatorGoal(
                    name, unit, y, by[(y, f)], None if none_cell(actual) else actual, at, first_col + k
                )
            )
    return out


def goals_of_rows(
    rows: list[tuple[int, str, str | None, list[str]]], subs: list[SubColumn]
) -> list[IndicatorGoal]:
    """The goals of rows read from a dump's lines: (line, indicator, unit, a cell per sub-column)."""
    return _goals(rows, subs, 0)


def _unit(printed: str) -> str:
    """A unit cell's text; a known unit a narrow cell wrapped (``개`` / ``소``) joined again (``개소``)."""
    joined = "".join(printed.split())
    if joined != printed.strip() and key(joined) in {key(u) for u in current().words("counts", "units")}:
        return joined
    return printed


def _one_row_head(grid: list[list[str]]) -> list[list[str]]:
    """The grid with a head row whose year cells each print the year over its one sub-column's
    word (``2023년 목표``: the two head rows a layout dump's reader joined cell by cell) parted into
    the two head rows; the grid as it is otherwise."""
    head = grid[0]
    parts = [c.split(None, 1) for c in head]
    cols = {
        j
        for j, p in enumerate(parts)
        if len(p) == 2 and year_head(p[0]) is not None and row_field(p[1]) is not None
    }
    if len(cols) < 2 or any(year_head(c) is not None for j, c in enumerate(head) if j not in cols):
        return grid
    top = [parts[j][0] if j in cols else c for j, c in enumerate(head)]
    return [top, [parts[j][1] if j in cols else "" for j in range(len(head))], *grid[1:]]


def goals_year_columns(grid: list[list[str]]) -> list[IndicatorGoal] | None:
    """The goals of a table of this shape (``grid``: the head rows first, a merged cell's text in
    every position it covers), or ``None`` when the table is not one."""
    if grid:
        grid = _one_row_head(grid)
    if len(grid) < 3:
        return None
    head, under = grid[0], grid[1]
    year_cols = [j for j, c in enumerate(head) if year_head(c) is not None]
    if len(year_cols) < 2:
        return None
    first = year_cols[0]
    width = min(len(r) for r in grid)
    last = final_year(head[width - 1], [y for c in year_cols if (y := year_head(head[c])) is not None])
    # 최종목표(2026): its year's target (goal_final_year); other columns after the years hold no year's goal
    # (최종목표, 달성률, a rate column whose heading OCR misread: goal_rate_proof): not read
    final_col = width - 1 if last is not None and width - 1 > year_cols[-1] else None
    while width > year_cols[-1] + 1 and (
        tail_head(head[width - 1]) or unnamed_tail(grid, width - 1, first) or status_tail(grid, width - 1)
    ):
        width -= 1
    if width <= first or any(year_head(c) is None and c.strip() for c in head[first:width]):
        return None
    years: list[int] = []
    for j in range(first, width):  # a year spanning its sub-columns: repeated, or printed once
        y = year_head(head[j])
        if y is not None and (not years or y != years[-1]):
            years.append(y)
    subs = sub_columns(years, [row_field(c) for c in under[first:width]])
    if subs is None or first == 0:
        return None
    targets = [first + n for n, (_, field) in enumerate(subs) if field == "target"]
    if (
        final_col is not None
        and last is not None
        and width == final_col
        and not under[final_col].strip()
        and running_final(grid[2:], targets, final_col)
    ):  # no period's sum (goal_final_year)
        subs, width = [*subs, (last, "target")], final_col + 1
    # the unit column's head word on the head's lower row, the upper cell over it empty: a cell spanning both rows
    # that a layout dump prints on its lower line (dodam-district 12 pdftotext -layout: the unit read as no unit)
    unit_col = next(
        (j for j in range(first) if unit_head(head[j]) or (not head[j].strip() and unit_head(under[j]))), None
    )
    name_col = next((j for j in range(first) if j != unit_col), None)
    if name_col is None:
        return None
    rows: list[tuple[int, str, str | None, list[str]]] = []
    for i, r in enumerate(grid[2:], 2):
        cells = r[first:width]
        name = " ".join(r[name_col].split())
        if not name:
            return None
        if all(" ".join(c.split()) == name for c in cells):
            continue  # a row one cell spans (a note under the table): no indicator
        unit = r[unit_col].strip() if unit_col is not None else None
        rows.append((i, name, unit, cells))
    return _goals(rows, subs, first) or None


def column_word(token: str) -> bool:
    """A word of a goal table's head that names a label column (성과지표, 단위, 구분)."""
    vocab = current()
    words = {key(w) for name in ("project", "other", "year") for w in vocab.words("goals_columns", name)}
    return key(token) in words or unit_head(token)


def _head_word(token: str, years: bool) -> str | None:
    """What a word of such a head is: ``"year"``, a field (``"target"`` / ``"actual"``), a tail's
    kind (:func:`tail_kind`, after a year only), ``"unit"`` or ``"label"`` (a label column word);
    None when it is none of them."""
    if year_head(token) is not None:
        return "year"
    if (f := row_field(token)) in ("target", "actual"):
        return f
    if years and (kind := tail_kind(token)) is not None:
        return kind
    if column_word(token):
        return "unit" if unit_head(token) else "label"
    return None


_WRAPPED = 3  # at most this many pieces after a head word's first one hold the rest of it


def _wrapped(lines: list[str], i: int, j: int, years: bool) -> tuple[str, int, int] | None:
    """A head word a narrow head cell wrapped (``단`` / ``위``, ``최종목`` / ``표``, ``달성`` / ``률`` /
    ``(%)``), its first piece word ``j`` of line ``i``: joined with the words after it on the line
    (a dump that set the wrapped lines on one) or, the piece closing its line, with the lines after
    it that each hold one word; the most pieces that make a head word (:func:`_head_word`). That
    word's kind, the word of the line after its last piece and the line after it (``i`` when it
    ends on the line). None when no join makes one."""
    words = lines[i].split()
    got = None
    for m in range(2, _WRAPPED + 2):
        if j + m <= len(words) and (kind := _head_word("".join(words[j : j + m]), years)) is not None:
            got = (kind, j + m, i)
    if got is not None or j != len(words) - 1:
        return got
    pieces = [words[j]]
    k = i + 1
    while k < len(lines) and k <= i + _WRAPPED and len(lines[k].split()) == 1:
        pieces.append(lines[k].strip())
        if (kind := _head_word("".join(pieces), years)) is not None:
            got = (kind, len(words), k)
        k += 1
    return got


def _head(lines: list[str], at: int) -> tuple[list[SubColumn], bool, int, list[str]] | None:
    """The head of such a table printed from line ``at`` on: the lines of label column words,
    years and the sub-columns' field words only, in any order (a converter prints the two head
    rows' cells by their height, or merges them into one line by their place across the page:
    ``목표 2023년 실적``, a year centred over its two sub-columns; a word a narrow cell wrapped printed
    a piece a line, :func:`_wrapped`); the sub-columns, whether a unit column is named, and the first
    line after the head. None when the lines from ``at`` are no such head or the field words do not
    split into the years. The last: the kinds of the columns after the years that hold no year's
    goal (``최종목표 달성률(%)`` closing the years' line, :func:`tail_kind`)."""
    parts = head_parts(lines, at)
    if parts is None:
        return None
    years, fields, unit, i, tails = parts
    subs = sub_columns(years, fields)
    return (subs, unit, i, tails) if subs is not None else None


def head_parts(lines: list[str], at: int) -> tuple[list[int], list[str | None], bool, int, list[str]] | None:
    """The words of a head printed from line ``at`` on (:func:`_head`), not yet split into the years:
    the years, the field words and whether a unit column is named, in printed order, the first line after
    the head and the kinds of the columns after the years. None when the lines from ``at`` name no field."""
    years: list[int] = []
    fields: list[str | None] = []
    unit = False
    tails: list[str] = []
    i = at
    while i < len(lines) and lines[i].split():
        got_years, got_fields, got_tails = [], [], []
        words = lines[i].split()
        nxt = i + 1
        j = 0
        while j < len(words):
            t = words[j]
            kind, j = _head_word(t, bool(got_years or years)), j + 1
            if kind is None and (w := _wrapped(lines, i, j - 1, bool(got_years or years))) is not None:
                kind, j, last = w
                nxt = last + 1
            if kind is None and (got_tails or tails) and _UNIT_AFTER.fullmatch(t):
                continue  # the unit in brackets of the column after the years named before it (달성률 (%))
            if kind == "year" and not got_tails:
                got_years.append(year_head(t))
            elif kind in ("target", "actual"):
                got_fields.append(kind)
            elif kind in ("final", "rate", "sum", "remark"):
                got_tails.append(kind)
            elif kind in ("unit", "label") and not got_tails:
                unit = unit or kind == "unit"
            else:
                break
        else:
            years += got_years
            fields += got_fields
            tails += got_tails
            i = nxt
            continue
        break
    if i == at or not fields or i >= len(lines):
        return None
    return years, fields, unit, i, tails


def _whole_cell(token: str) -> bool:
    """A word that is a cell on its own: a dash (or a none word), a figure, a count with its unit
    (``34개``); a word of a text cell otherwise."""
    return none_cell(token) or figure(token) or ("(" not in token and parse_count(token)[0] is not None)


def _unit_at(words: list[str], n: int) -> int | None:
    """Where the unit cell stands in a row's words: the first word after the name that is a unit of
    ``[counts] units`` as its whole text, with at least ``n`` words after it (a word a cell)."""
    units = {key(u) for u in current().words("counts", "units")}
    at = next((j for j in range(1, len(words)) if key(words[j]) in units), None)
    return at if at is not None and len(words) - at - 1 >= n else None


def unit_wrapped(words: list[str], at: int) -> bool:
    """Whether the unit cell at ``words[at]`` goes on in the next word (``개`` / ``소``: a layout dump printing a
    unit cell wrapped over two lines above and below its row, the pieces put in the row apart): the two make one
    unit of ``[counts] units``. The rest is no cell of its own (read as one, every cell after it moved a column:
    gaeul-county 64009 pdftotext -layout, 6 wrong goal figures)."""
    units = {key(u) for u in current().words("counts", "units")}
    return at + 1 < len(words) and key(words[at] + words[at + 1]) in units


def text_row(words: list[str], n: int) -> tuple[str, str, list[str]] | None:
    """A row whose cells hold words (``문화관광 기반 구축 건 기업 지원(50개) 34개 협약 체결(10건) 9건 -``),
    cut where the cuts are proven: the name runs to the first word that is a unit of
    ``[counts] units`` as its whole text (the unit column's cell); after it every dash, figure or
    count is a cell of its own, and every run of other words between them one cell, when that
    makes exactly ``n`` cells (a run holding two cells would make fewer). None otherwise: which
    words are whose the line does not tell."""
    at = _unit_at(words, n)
    if at is None or unit_wrapped(words, at):
        return None
    cells: list[str] = []
    run: list[str] = []
    for w in words[at + 1 :]:
        if _whole_cell(w):
            if run:
                cells.append(" ".join(run))
                run = []
            cells.append(w)
        else:
            run.append(w)
    if run:
        cells.append(" ".join(run))
    if len(cells) != n or all(_whole_cell(c) for c in cells):
        return None  # all whole cells: the one-line reader's row (or a count left over)
    return " ".join(words[:at]), words[at], cells


def gapped_row(line: str, n: int) -> tuple[str, str, list[str]] | None:
    """A row on one line whose empty cells the dump printed as nothing between the single spaces that
    part its cells (``일자리 창출 명 89 62 391  398  132 ``: an actual not yet measured left blank, the
    last one before the line's end): the name up to the unit cell (a unit of ``[counts] units`` as a
    whole word), then exactly ``n`` cells parted by one space each, every one a figure, a dash, one
    status word (``추진중``) or empty, at least one empty. None otherwise (a line trimmed of its trailing spaces, two spaces
    between cells, or words in a cell: which cell is empty the line does not tell)."""
    parts = line.lstrip().rstrip("\r\n").split(" ")
    at = _unit_at(parts, n)
    if at is None or any(not p for p in parts[:at]):
        return None
    cells = parts[at + 1 :]
    if (
        len(cells) != n
        or all(cells)
        or not all(not c or none_cell(c) or figure(c) or is_status_cell(c) for c in cells)
    ):
        return None
    return " ".join(parts[:at]), parts[at], cells


def _row(
    lines: list[str], i: int, n: int, with_unit: bool, as_printed: str | None = None
) -> tuple[str, str | None, list[str], int] | None:
    """The row printed from line ``i``: on one line (the name's words, the unit, ``n`` figures; empty
    cells as nothing between single spaces, :func:`gapped_row`), or a cell a line (the name, the
    unit, then ``n`` lines of one figure each); its name, unit, cells and the line after it. None
    when the lines there are neither."""
    if with_unit and (gapped := gapped_row(as_printed or lines[i], n)) is not None:
        return (*gapped, i + 1)
    words = lines[i].split()
    cells, rest = words[-n:], words[:-n]
    if len(words) > n and all(none_cell(c) or figure(c) for c in cells):
        unit = rest.pop() if with_unit and len(rest) >= 2 else None
        if rest and not (with_unit and (unit is None or figure(unit))):
            return " ".join(rest), unit, cells, i + 1
    if with_unit and (cut := text_row(words, n)) is not None:
        return (*cut, i + 1)
    k = i + 1 + (1 if with_unit else 0)
    if not words or figure(words[-1]) or k + n > len(lines):
        return None
    unit = lines[i + 1].strip() if with_unit else None
    cells = [lines[j].strip() for j in range(k, k + n)]
    if (unit is not None and (len(unit.split()) != 1 or figure(unit) or none_cell(unit))) or any(
        len(c.split()) != 1 or not (none_cell(c) or figure(c)) for c in cells
    ):
        return None
    return " ".join(words), unit, cells, k + n


def goals_year_column_lines(
    lines: list[str], printed: list[str | None] | None = None
) -> IndicatorLines | None:
    """The goals of such a table printed as lines (see the module's docstring): the head over one
    line or more, then the rows up to the first line that goes on with none. ``printed``: the lines
    as a dump printed them (space runs kept: an empty cell between single spaces), where known."""
    for at in range(len(lines)):
        head = _head(lines, at)
        if head is None:
            continue
        subs, with_unit, i, tails = head
        if late_year(list(dict.fromkeys(y for y, _ in subs)), lines, i) is not None:
            return None  # a year head printed past the rows: no figure placed (goal_head_gap)
        n = len(subs)
        rows: list[tuple[int, str, str | None, list[str]]] = []
        used = set(range(at, i))
        while i < len(lines):
            as_printed = printed[i] if printed and i < len(printed) else None
            row = _row(lines, i, n + len(tails), with_unit, as_printed)
            if row is None and with_unit:
                row = dropped_row(lines, i, subs, tails)
            if row is None and with_unit and _unit_at(lines[i].split(), n + len(tails)) is not None:
                i += 1  # a row whose words' cuts are not proven: left unread (a finding), no goal
                continue
            if row is None:
                break
            name, unit, cells, nxt = row
            rows.append((i, name, unit, cells[:n]))  # the columns after the years hold no goal
            used.update(range(i, nxt))
            i = nxt
        goals = _goals(rows, subs, 0)
        return IndicatorLines(goals, used) if goals else None
    return None


def year_columns_head(lines: list[str]) -> tuple[int, int, bool, int] | None:
    """The first such head the lines print: the line after it, the figures a row prints (a sub-column's or
    a tail column's each), whether a unit column is named, and the table's column count (the name, the
    unit, the figures); None when the lines print none."""
    for at in range(len(lines)):
        if (head := _head(lines, at)) is not None:
            subs, with_unit, i, tails = head
            n = len(subs) + len(tails)
            return i, n, with_unit, 1 + int(with_unit) + n
    return None


def year_column_table_row(text: str, n: int, with_unit: bool) -> tuple[str, str | None, list[str]] | None:
    """A row of such a table printed whole on the one line ``text`` (``n`` figures a row): its name, unit
    and cells; None otherwise."""
    row = _row([text], 0, n, with_unit)
    return row[:3] if row is not None and row[3] == 1 else None


def has_year_column_head(lines: list[str]) -> bool:
    """Whether the lines print the head of such a table (label column words, the years, each year's
    목표 | 실적 sub-columns), read or not: rows under it whose empty cells a converter dropped are left
    unread, never taken for free-text goals."""
    return year_column_head(lines)[0]


def late_year_head(lines: list[str]) -> int | None:
    """The year the head of such a table skips and the dump prints past the head (:mod:`.goal_head_gap`), where
    the lines print such a head; None otherwise."""
    return year_column_head(lines)[1]


def year_column_head(lines: list[str]) -> tuple[bool, int | None]:
    """Whether the lines print the head of such a table (:func:`has_year_column_head`) and the year it skips
    (:func:`late_year_head`), from one scan of the lines."""
    for at in range(len(lines)):
        if (head := _head(lines, at)) is not None:
            return True, late_year(list(dict.fromkeys(y for y, _ in head[0])), lines, head[2])
    return False, None
