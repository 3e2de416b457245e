"""Goal rows of a table a converter flattened one cell per line (hwpx-text-extract, merged cells
printed once): a header of one column word a line (or one header line over a year column's cells),
then each row's cells up to its status cell, read by the header's column count."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.sections.goal_block_runs import rows_from_column_boxes, rows_from_runs
from pledgecard.extract.sections.goal_glued_cells import cells_apart, rejoined
from pledgecard.extract.sections.goal_glued_runs import rejoined_runs, runs_left
from pledgecard.extract.sections.goal_head_words import (
    column_words,
    compound_kind,
    header_kinds,
    header_words_only,
    row_layout,
)
from pledgecard.extract.sections.goal_late_year import rows_of_late_group
from pledgecard.extract.sections.goal_lead_runs import lead_columns, lead_project_run, lead_year, lead_years
from pledgecard.extract.sections.goal_merged_piece import merged_project_pieces
from pledgecard.extract.sections.goal_piece_opens_cell import piece_may_open_cell
from pledgecard.extract.sections.goal_project_apart import (
    first_row_project,
    next_row_cells,
    no_piece_above,
    project_around_figures,
)
from pledgecard.extract.sections.goal_row_split import RowSplit, rate_over_no_target, split_rate_agrees
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_short_row import carry_proven
from pledgecard.extract.sections.goal_status_runs import status_run_restored, year_run_restored
from pledgecard.extract.sections.goal_trailing_years import (
    late_year_unsure,
    one_row_a_year_unproven,
    repeats_under_one_year,
    year_printed_after_rows,
    years_after_rows,
)
from pledgecard.extract.sections.goal_values import (
    RATE,
    bullet_item,
    figure_cell,
    is_status_cell,
    year_cell_of,
)
from pledgecard.extract.sections.goal_wrap_count import (
    count_unproven_after_wrap,
    figures_pair,
    projects_unproven_by_count,
)
from pledgecard.extract.sections.goal_wrapped_project import joined_project
from pledgecard.extract.sections.goal_year_run_amid import year_run_at
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import is_dash


def goal_cells(
    lines: list[str], glued: frozenset[int] = frozenset()
) -> tuple[list[GoalRow], list[int]] | None:
    """Goal rows of a table printed one cell per line, and the indexes of the lines not read
    (see :func:`goal_cells_read`; ``glued``: the lines printed right over the next, no blank line between);
    None when no such table is found."""
    got = goal_cells_read(lines, glued=glued)
    return None if got is None else (got[0], got[1])


def goal_cells_under_line(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """:func:`goal_cells` of a table whose head a dump printed on one line, a year column first, over
    its cells one a line (:func:`_header_line_over_cells`): for when no other reader reads the lines
    (cells wrapped over lines look the same)."""
    got = goal_cells_read(lines, head_line=True)
    return None if got is None or not got[0] else (got[0], got[1])


def goal_cells_span(lines: list[str]) -> tuple[int, int] | None:
    """The lines ``[a, b)`` a goals table printed one cell per line takes (its header to its last
    status or 추진내용 cell); None when there is no such table."""
    got = goal_cells_read(lines)
    return None if got is None else got[2]


def goal_cells_read(
    lines: list[str],
    *,
    head_line: bool = False,
    glued: frozenset[int] = frozenset(),
    whole_runs: bool = False,
) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """Goal rows of a table printed one cell per line (a converter that flattens tables, merged
    cells once): a header of one column word a line, then each row's cells up to its status cell.
    ``whole_runs``: a row whose cells still hold a pair of glued lines after the joins, in a dump parting cells by
    blank lines, is left unread (a cell's wrapped lines taken for two cells: goal_glued_read).
    The cells are explicit, so a target or an actual without a number is read as printed; a row
    with one cell fewer than the columns before the status carries the project of the row above
    (a merged cell), any other count leaves the row unread; a row one cell over whose one cell a dump parting
    cells by blank lines printed on two glued lines has them joined (goal_glued_cells). None when no such
    header is found."""
    found = (
        _header_line_over_cells(lines)
        if head_line
        else next(((k, hc) for k in range(len(lines)) if (hc := _header_cells(lines, k))), None)
    )
    if found is None:  # no head printed whole: its columns printed a box at a time, each under its word?
        return None if head_line else rows_from_column_boxes(lines)
    h, (kinds, start) = found
    layout = row_layout(kinds, any_order=True)  # each cell its column by its place: the columns in any order
    if layout is None:
        return None
    in_order = row_layout(kinds) is not None
    if in_order and (runs := rows_from_runs(lines, h, start, layout)) is not None:
        return runs  # the year column printed as a run, the other columns as runs and row pieces
    has_year, before, after = layout
    glued_apart = cells_apart(glued, h, start)  # the head's cells printed apart: glued lines are one cell's
    if after not in ("", "detail") and not has_year:
        return None  # a 비고 cell after the status: without a year cell opening each row, not told apart
    has_detail = after == "detail"
    printed = (
        lines  # as the dump printed them (a row's own year cell proves its start only where printed there)
    )
    if has_year:
        lines = year_run_restored(lines, start, len(before)) or lines
    if (restored := status_run_restored(lines, start, len(before), has_detail)) is not None:
        lines, paired = restored
        has_detail = has_detail and paired  # details not paired are read as no row's
    rows: list[GoalRow] = []
    unread: list[int] = []
    # a year column printed above the header with one cell (a page break cut the rest away): the first
    # rows' year, as a year line over them would be
    group_year = None if has_year or head_line else lead_year(lines, h)
    lead_one = group_year is not None  # (the year column above the head printed one cell)
    # a year column of two or more cells printed above the header: the first rows' years, where the rows
    # before a year line among them (or the table's end) are as many
    # (no column after the status: a 추진내용 cell spanning the rows is left to the readers that pair it)
    lead_run = [] if has_year or head_line or after or group_year is not None else lead_years(lines, h)
    lead_taken: list[GoalRow] = []
    lead_ended = 0  # the rows ended (read or not) before the first year line among them
    lead = group_year is not None or bool(lead_run)
    # the project column's head printed above the rest with the first row's cell (a page break's cut): the rows
    # after the cut print their project cells amid their figures (goal_project_apart)
    project_run = lead_project_run(lines, h) if group_year is not None and "project" not in before else []
    year_lines: list[tuple[int, int]] = [] if group_year is None else [(-1, group_year)]
    used_by: dict[int, list[int]] = {}  # a row's first line -> the lines its cells took
    cells: list[tuple[int, str]] = []
    prev: GoalRow | None = None
    prev_vals: dict[str, str] = {}  # the cells of the row ``prev``, by column
    cut = False
    owed = False  # after a cut, a row left unread whose 추진내용 cell was not taken: the lines after it may be it
    # year lines in a row each closing a group that printed cells and no row (no status): the years printed amid the
    # other columns' cells, the table streamed out of its rows' order; there a row whose cells open right after a
    # year line that cut a group's cells (no status cell between) is not proven: its first cell may be the rest of
    # the cut cell (sora-city 20023 pdftotext read a wrapped target's last line as the 2021 target, 40 taken, with
    # the actual and status of the row above); a row opening after a status cell starts a cell of its own (hanui-county
    # 94004 pdf2txt: the 2025 row printed whole after the rows streamed column by column)
    strays = 0
    scrambled = False
    over = False  # a row left unread for printing more lines than the head's cells (wrapped cells)
    wrapped = False  # any such row in the table
    counted: dict[int, str] = {}  # rows read by their count alone -> their project line
    project_lines: dict[
        int, str
    ] = {}  # each run of cells as many as a row's -> its line in the project's place
    group = 0  # the year group the rows stand in (a year line opens the next)
    counted_group: dict[int, int] = {}  # a row read by its count -> its group
    wrapped_groups: set[int] = set()  # the groups holding a row whose cells wrapped
    group_rows = 0
    after_cut = False  # no status cell since a year line that cut a group's cells
    i = start
    stop = len(lines)  # where the table's lines end
    end = start
    while i < len(lines):
        text = lines[i].strip()
        i += 1
        if not text or (not cells and header_words_only(text)):
            continue
        if bullet_item(text):
            stop = i - 1
            break  # the table ended: an item of the text below it
        y = year_cell_of(text)
        if y is not None and not has_year and lead_run:
            lead_run, rows, unread = _lead_run_closed(lead_run, lead_taken, lead_ended, rows, unread, used_by)
        if y is not None and not has_year:
            unread += [k for k, _ in cells]
            _note_project_line(project_lines, cells, before, has_year)
            cut = bool(cells)  # the group above printed cells and no status: its rows' cells printed apart
            strays = strays + 1 if cut and not group_rows else 0
            scrambled = scrambled or strays >= 2
            group_rows = 0
            after_cut = cut
            owed = False
            cells, group_year = [], y
            if rows and (run := year_run_at(lines, i - 1)):
                # the year column past a page break printed as a run amid the rows (goal_year_run_amid): its
                # years the next rows' one a row where their count proves it, none a group's
                group_year = None
                year_lines += run
                i = run[-1][0] + 1
                if not (head_line or after):
                    lead_run, lead_taken, lead_ended = [y for _, y in run], [], 0
                continue
            year_lines.append((i - 1, y))
            over = False  # a group's own rows below its year line
            group += 1
            continue
        if not is_status_cell(text):
            cells.append((i - 1, text))
            continue
        used = [k for k, _ in cells] + [i - 1]
        n_printed = len(cells) - has_year  # the row's cell lines as printed (no year cell, no join)
        opened_after_cut, after_cut = after_cut, False
        if whole_runs and glued_apart and runs_left(cells, glued, above=True):
            unread += used  # the row's first line the rest of the cell above it: the row's cells not told
            cells, prev = [], None
            continue
        if glued_apart and (joined := rejoined(cells, glued, len(before) + has_year)) is not None:
            cells = joined
        elif glued_apart and (joined := rejoined_runs(cells, glued, len(before) + has_year)) is not None:
            cells = joined  # several cells wrapped, each over glued lines
        elif whole_runs and glued_apart and runs_left(cells, glued):
            unread += used  # a cell's glued lines left as two cells: the row's cells not told
            cells, prev = [], None
            continue
        row_cells = [t for _, t in cells]
        first = cells[0][0] if cells else i - 1
        _note_project_line(project_lines, cells, before, has_year)
        cells = []
        year = group_year
        if lead_run and year is None:
            year = lead_run[lead_ended] if lead_ended < len(lead_run) else None
            lead_ended += 1
        if (
            has_year
            and prev is not None
            and prev.project
            and rows
            and rows[-1] is prev
            and (merged := merged_project_pieces(row_cells, before)) is not None
        ):
            # the row above's project merged over this row, its last lines printed before this row's year
            if piece_may_open_cell(merged[0][-1], merged[1][1:], [k for k in before if k != "project"]):
                unread += used  # or this row's wrapped cell's first line: its figures not proven (goal_piece_opens_cell)
                prev = None
                continue
            prev = rows[-1] = replace(prev, project=" ".join([prev.project, *merged[0]]))
            row_cells = merged[1]
        if has_year:
            year = year_cell_of(row_cells[0]) if row_cells else None
            row_cells = row_cells[1:]
            if year is not None and year_cell_of(printed[first].strip()) is not None:
                over = False  # the row opens with its own year cell: proven at its start, no cell above wrapped in
        detail = None
        if has_detail and _detail_follows(lines, i, has_year, len(before)):
            detail = lines[i].strip()
            used.append(i)
            i += 1
        elif after:  # a 비고 cell (a 추진내용 before it): the cells up to the next row's year, an empty one
            tail: list[str] = []  # not printed; the detail only when both are there
            while len(tail) < len(after.split()) and _detail_follows(lines, i, has_year, len(before)):
                tail.append(lines[i].strip())
                used.append(i)
                i += 1
            detail = tail[0] if len(tail) == 2 else None
        end = i
        if not cut:  # a wrapped project joined only where the row's year is its own
            row_cells = joined_project(row_cells, before) or row_cells
        own = (
            project_around_figures(row_cells, before)
            if project_run and len(row_cells) > len(before)
            else None
        )
        if own is not None and not no_piece_above(next_row_cells(lines, i, is_status_cell), before):
            own = None  # the next row prints a piece of a cell above it: this row's cell may go on there
        if own is not None:
            row_cells = own[1]
        carried = "project" in before and len(row_cells) == len(before) - 1
        if (
            carried
            and prev is not None
            and not carry_proven(
                row_cells, prev_vals, [k for k in before if k != "project"], in_order=in_order
            )
        ):
            # a row one cell short whose cells are not shaped as their columns' cells above: a blank figure cell as
            # well as a merged project (its project would be read as a figure); left unread
            # (extract.table_unrecovered at its status cell). In the usual order (목표 | 실적) an actual printing its
            # target's measure (공정률 66% / 공정률 100%) still proves the carry (goal_short_row)
            unread += used
            prev = None
            continue
        if (
            year is None
            or not (len(row_cells) == len(before) or carried)
            or (carried and prev is None)
            or owed
            or (scrambled and opened_after_cut)
            or (carried and opened_after_cut)
        ):
            # (a row missing its project right after a year line that cut a group's cells: the cut cells its own
            # project, the year printed amid its cells, neither its project nor its year proven: soseul-county
            # 97012 pdf2txt read its 2025 row as 2026's, the project of the row above carried)
            unread += used
            prev = None
            over = over or len(row_cells) > len(before)  # a row of more lines than cells: its cells wrapped
            wrapped = wrapped or over
            if over:
                wrapped_groups.add(group)
            # (a row cut by its group's year line left unread before its 추진내용 cell was taken: the next row's
            # first cells may be that cell's lines; no row of the group is proven after it: maru-county 19001
            # pdf2txt read its 2025 row's 추진내용 as the 2026 row's project and target)
            owed = owed or (cut and has_detail and detail is None)
            continue
        if over and count_unproven_after_wrap(
            carried, row_cells, n_printed, before, [t for k, t in project_lines.items() if k != first]
        ):
            # a row right after one whose cells wrapped over more lines than the head's, printing as many lines as
            # the head's cells: the project cell opened above may span it with one of its cells wrapped (as many
            # lines); its cells not told apart (goal_wrap_count)
            unread += used
            prev = None
            continue
        vals = dict(zip([k for k in before if not (carried and k == "project")], row_cells, strict=True))
        rate = vals.get("rate")
        if rate is not None and not (RATE.match(rate) or is_dash(rate)):
            unread += used
            prev = None
            continue
        actual = vals.get("actual")
        actual = None if is_dash(actual) else actual
        project = prev.project if carried and prev is not None else vals.get("project")
        project = own[0] if own is not None else project
        if project is not None and figure_cell(project):
            # a project cell of a figure's kind (``5.2km``, ``공정률 70%``: a figure led by a measure word alone): the
            # row's cells one column off, its project printed elsewhere (pdf2txt's boxes: neulbit-county 105002 read
            # the target as the project, the actual as the target and the 달성률 as the actual); left unread
            unread += used
            prev = None
            continue
        if detail is None and has_detail and prev is not None and prev.project == project:
            detail = prev.detail  # a merged 추진내용 cell
        s = RowSplit(
            first,
            year,
            [],
            actual,
            None,
            float(m.group(1)) if rate and (m := RATE.match(rate)) else None,
            text,
            detail,
        )
        if not split_rate_agrees(s, vals["target"]) or rate_over_no_target(s, vals["target"]):
            unread += used
            prev = None
            continue
        row = GoalRow(first, project, year, vals["target"], text, actual, detail)
        rows.append(row)
        if (
            not carried
            and own is None
            and project
            and n_printed == len(before)
            and not figures_pair(vals)
            and not (
                has_year
                and year is not None
                and year_cell_of(printed[first].strip()) is not None
                and year_cell_of(project) is None  # (a year printed where the project goes: the stray below)
            )
        ):
            # read by its count alone, its own project among its lines (a row opening with its own year cell is
            # proven at its start: no wrapped cell of a row above printed into it)
            counted[first] = project
            counted_group[first] = group
        over = False
        group_rows += 1
        if lead_run:
            lead_taken.append(row)
        used_by[first] = used
        prev, prev_vals = row, vals
    unread += [k for k, _ in cells if k < end]
    if not has_year and (late := rows_of_late_group(rows, year_lines, lines[:stop])):
        # a group's year line printed after its rows, its spanning cells after it (goal_late_year)
        unread += [k for r in rows if r.line in late for k in used_by[r.line]]
        rows = [r for r in rows if r.line not in late]
    if lead_run:
        lead_run, rows, unread = _lead_run_closed(lead_run, lead_taken, lead_ended, rows, unread, used_by)
    if (
        lead_one
        and len(rows) > 1
        and year_lines[-1][0] > max(r.line for r in rows)
        and not any(k > year_lines[0][0] for k, _ in year_lines[:-1])
    ):
        # a year column printed above the head with one cell (the first row's) and another year printed after every
        # row: the year column's cells printed apart, not a page break's cut, so the rows after the first stand
        # under no year line proven theirs (neulbit-county 105013 pdftotext read its 2024 row as 2023's); left unread
        unread += [k for r in rows[1:] for k in used_by[r.line]]
        rows = rows[:1]
    if not has_year and year_printed_after_rows(
        rows, year_lines, lines[:stop]
    ):  # a spanning year printed after its rows
        if (placed := years_after_rows(rows, year_lines)) is None:
            unread += [k for r in rows for k in used_by[r.line]]
        else:
            placed = one_row_a_year_unproven(placed, year_lines)
        rows = placed or []
    elif not has_year and late_year_unsure(rows, year_lines, lines[:stop]):
        # a year line closing the table after rows of different indicators: the later rows' years not proven
        rows = [rows[0], *(replace(r, year=None, year_unproven=True) for r in rows[1:])]
    elif not has_year:
        # an indicator repeated under one year line: the repeat a later year's row (its year cell printed elsewhere)
        rows = repeats_under_one_year(rows, year_lines)
    if (
        project_run and rows and rows[0].project is None
    ):  # the first row's project cell above the head, wrapped
        cut_at = next((k for k, _y in year_lines if k >= start), stop)
        before_cut = sum(1 for t in lines[start:cut_at] if t.strip() and is_status_cell(t.strip()))
        after = max(used_by[rows[0].line]) + 1
        later = [r.project for r in rows[1:]]
        if (
            rows[0].line < cut_at
            and no_piece_above(next_row_cells(lines, after, is_status_cell), before)
            and (name := first_row_project(lines, project_run, before_cut, later)) is not None
        ):
            rows = [replace(rows[0], project=name), *rows[1:]]
    if lead:  # the project column printed above the header too: placed where its count proves it
        rows, unread = lead_columns(lines, h, rows, unread)
    # only the rows a wrap can reach: those of a group holding a wrapped row (the row right after one is
    # count_unproven_after_wrap's)
    counted = {k: p for k, p in counted.items() if counted_group[k] in wrapped_groups}
    if wrapped and (gone := projects_unproven_by_count(rows, counted, project_lines)):
        # a table wrapping its cells: a row read by its count alone whose project line no other line repeats (its
        # first lines may be one wrapped cell under a project cell printed elsewhere) left unread (goal_wrap_count)
        # (a year printed where the project goes is no piece of a cell: the row's cells one a line, its project null)
        stray = {r.line for r in rows if r.line in gone and year_cell_of(r.project or "") is not None}
        rows = [replace(r, project=None, project_unproven=True) if r.line in stray else r for r in rows]
        unread += [k for r in rows if r.line in gone - stray for k in used_by[r.line]]
        rows = [r for r in rows if r.line not in gone - stray]
    return rows, sorted(unread), (h, end)


def _note_project_line(
    found: dict[int, str], cells: list[tuple[int, str]], before: list[str], has_year: bool
) -> None:
    """Note the line in the project's place of a run of cells (a row's, read or not, or a group's cut by its year
    line), keyed by the run's first line: its first cell (after its own year cell) where the run holds at least
    the head's cells before the status (a shorter run may carry its project: its first cell a target)."""
    body = cells[1:] if has_year and cells and year_cell_of(cells[0][1]) is not None else cells
    if "project" in before and len(body) >= len(before):
        found[cells[0][0]] = body[before.index("project")][1]


def _lead_run_closed(
    lead_run: list[int],
    taken: list[GoalRow],
    ended: int,
    rows: list[GoalRow],
    unread: list[int],
    used_by: dict[int, list[int]],
) -> tuple[list[int], list[GoalRow], list[int]]:
    """Where the rows given the years of a run above the header end (a year line among the rows, or the
    table's end; ``ended`` the rows that ended there, read or not): the rows kept only when as many rows
    ended as the years and every one of them was read (a row left unread leaves the count unproven); else
    they go unread. (no run left, the rows, the lines unread)"""
    if ended == len(lead_run) == len(taken) and rows[len(rows) - len(taken) :] == taken:
        return [], rows, unread
    gone = {r.line for r in taken}
    return [], [r for r in rows if r.line not in gone], unread + [k for r in taken for k in used_by[r.line]]


def cells_head(lines: list[str]) -> tuple[list[str], int] | None:
    """The column kinds of the first goal head printed one cell per line among ``lines`` and the index of the line
    after it (:func:`_header_cells`); None where there is none."""
    return next((hc for k in range(len(lines)) if (hc := _header_cells(lines, k))), None)


def _header_cells(lines: list[str], h: int) -> tuple[list[str], int] | None:
    """The column kinds of a header printed one cell per line from line ``h`` (each line one
    column word, or a word holding one: ``세부과제``), and the index of the line after it; None when
    the lines there are no such header. A 구분 cell heads the project column when no cell of the
    header names one ([goals_columns_whole] project), as :func:`header_kinds` reads a header line."""
    words = current().build(column_words)
    cells: list[tuple[str, str]] = []  # (kind, the cell's key)
    i = h
    remark = current().note_column_keys
    while (
        i < len(lines)
        and lines[i].strip()
        and (
            kind := words.get(key(lines[i]))
            or _compound_cell(lines[i].strip(), words)
            or ("remark" if key(lines[i]) in remark and cells else None)
        )
        is not None
    ):
        cells.append((kind, key(lines[i])))
        i += 1
        if kind == "remark":
            break  # the last column (비고)
    if all(kind != "project" for kind, _ in cells):
        whole = {key(w) for w in current().words("goals_columns_whole", "project")}
        cells = [("project" if k in whole else kind, k) for kind, k in cells]
    kinds = [kind for kind, _ in cells if kind != "other"]
    if i - h < 3 or "target" not in kinds or "status" not in kinds or len(set(kinds)) != len(kinds):
        return None
    return kinds, i


def _compound_cell(text: str, words: dict[str, str]) -> str | None:
    """The kind of a header cell holding a column word (:func:`compound_kind`); a cell with a
    figure (``2023년도``: a year group's line under the header) names no column."""
    return None if re.search(r"\d", text) else compound_kind(text, words)


def header_one_cell_a_line(lines: list[str], h: int) -> bool:
    """Whether a goals header printed one column word a line starts at line ``h``."""
    return _header_cells(lines, h) is not None


def _header_line_over_cells(lines: list[str]) -> tuple[int, tuple[list[str], int]] | None:
    """A header printed on one line whose first column is the year (:func:`header_kinds`) over cells
    printed one a line, as a dump prints a table with a merged project cell: the first line after the
    header a lone year cell. (The index of the header line, (its column kinds, the line after it));
    None otherwise: rows printed a line each are another reader's."""
    for k, text in enumerate(lines):
        kinds = header_kinds(text.strip()) if text.strip() else None
        if not kinds:
            continue
        after = next((t.strip() for t in lines[k + 1 :] if t.strip()), "")
        if kinds[0] != "year" or len(after.split()) != 1 or year_cell_of(after) is None:
            return None
        return k, (kinds, k + 1)
    return None


def _detail_follows(lines: list[str], i: int, has_year: bool, n_before: int) -> bool:
    """Whether line ``i``, after a row's status cell, is the row's 추진내용 cell: with a year
    column, any line but the next row's year; under year-group lines, when the cells up to the
    next status are one more than a row holds before its status (or one cell stands before the
    table's end)."""
    if i >= len(lines) or not lines[i].strip() or is_status_cell(lines[i]) or bullet_item(lines[i].strip()):
        return False
    if has_year:
        return year_cell_of(lines[i].strip()) is None
    if year_cell_of(lines[i].strip()) is not None:
        return False
    n = 0
    for text in lines[i:]:
        text = text.strip()
        if not text:
            continue
        if is_status_cell(text):
            return n == n_before + 1
        if year_cell_of(text) is not None or bullet_item(text):
            break
        n += 1
    return n == 1
