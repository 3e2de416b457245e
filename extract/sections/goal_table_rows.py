"""Goals read from a real table by its head (주요사업 | 목표치 | 추진상황 | 추진내용, a year column or
``<2023>`` marks inside the target cells), each with its grid row and its fields' columns."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.document import Table
from pledgecard.extract.sections.goal_across import AcrossGoal, goals_across
from pledgecard.extract.sections.goal_drawn_cells import drawn_empty
from pledgecard.extract.sections.goal_glued_span import glued_span_columns
from pledgecard.extract.sections.goal_head_unit import head_unit
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_indicator_pairs import goals_indicator_pairs
from pledgecard.extract.sections.goal_indicators import goals_indicators, value
from pledgecard.extract.sections.goal_key_cells import cell_year, leading_year, status_column, year_column
from pledgecard.extract.sections.goal_mark_amid import marks_unproven
from pledgecard.extract.sections.goal_original_column import superseded_columns
from pledgecard.extract.sections.goal_pair_cells import split_pair_grid
from pledgecard.extract.sections.goal_patterns import status_re, year_mark
from pledgecard.extract.sections.goal_period_totals import period_total_header
from pledgecard.extract.sections.goal_pieces import piece_rows
from pledgecard.extract.sections.goal_record import (
    across_goal,
    indicator_goal,
    make_goal,
    not_started,
    strip_parens,
    value_and_unit,
)
from pledgecard.extract.sections.goal_rejoin import rejoin_numbered
from pledgecard.extract.sections.goal_row_packed import unpacked_row
from pledgecard.extract.sections.goal_row_shift import shifted_row, status_text_target
from pledgecard.extract.sections.goal_running_actual import running_actual_unproven
from pledgecard.extract.sections.goal_status_head import head_names, names_actual
from pledgecard.extract.sections.goal_target_actual_run import parted_target
from pledgecard.extract.sections.goal_unit_rows import final_head
from pledgecard.extract.sections.goal_unnamed_project import total_rows_out, unnamed_project_column
from pledgecard.extract.sections.goal_whole_column import (
    dated_columns,
    other_period_columns,
    running_total_columns,
    steady_target_read,
    whole_term_columns,
    whole_term_partners,
)
from pledgecard.extract.sections.goal_year_columns import goals_year_columns, unit_head
from pledgecard.extract.sections.goal_year_run_in import RunIns, run_ins
from pledgecard.extract.sections.goal_year_run_in import (
    year_run_in as year_run_in,  # (h-leftovers imports it here)
)
from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.text import DASH_CLASS, DASHES, fold
from pledgecard.record import Goal


def wrapped_head(grid: list[list[str]]) -> list[str]:
    """The head row with a column word a narrow cell wrapped (``추진상`` / ``황``) that a layout dump's
    columns placed in two cells side by side made whole again: where a head cell's column is empty
    in every row below and the cell right of it completes a column word neither names alone, the
    word stands over the right column (the one holding the values)."""
    head = list(grid[0])
    words = [
        w
        for name in ("project", "target", "status", "actual", "detail", "year", "rate")
        for w in current().words("goals_columns", name)
    ]
    for j in range(len(head) - 1):
        left, right = head[j].replace(" ", ""), head[j + 1].replace(" ", "")
        if not left or not right or any(j < len(r) and r[j].strip() for r in grid[1:]):
            continue
        if any(w in left + right and w not in left and w not in right for w in words) and not any(
            w == left or w == right for w in words
        ):
            head[j], head[j + 1] = "", head[j] + head[j + 1]
    return head


def _group_year(row: list[str], unnamed: frozenset[int] = frozenset()) -> int | None:
    """The year of a row that holds only a year (``2025년``, ``<2025>``): it heads the rows below. Cells in the
    ``unnamed`` columns (their head cell empty: no field's) are left out: a watermark's glyphs a layout dump printed
    beside the year (``2026년`` | ``5. 8 02`` under no head, angae-county 95002 -layout) leave it a group row (read
    as an empty goal row, the rows under it were left under the group above: its 2026 goal read as 2024's)."""
    cells = {c for j, c in enumerate(row) if c and j not in unnamed}
    if len(cells) != 1:
        return None
    (only,) = cells
    vocab = current()
    m = vocab.year_re.fullmatch(only.replace(" ", "")) or vocab.build(year_mark).fullmatch(only.strip())
    return year_of(m) if m else None


def spanned_header(top: list[str], below: list[str]) -> tuple[list[str], int | None] | None:
    """A two-row header: ``top`` spans a group of sub-columns (``2024년 분기별 목표`` over ``1/4`` ..
    ``4/4``) and every other cell spans both rows (``below`` repeats it). The header a column of
    its own names; the group's sub-columns name no field (their figures are parts of the year's,
    not the goal), and the year the spanning cell states heads the rows. None when the rows are no
    such header."""
    if len(top) != len(below) or top == below:
        return None
    if (closed := period_total_header(top, below)) is not None:  # 2024년 목표 over 상반기 | 하반기 | 계
        return closed
    group = [j for j in range(len(top)) if top[j] != below[j]]
    if (
        len(group) < 2
        or group != list(range(group[0], group[-1] + 1))
        or len({top[j] for j in group}) != 1
        or len({below[j] for j in group}) != len(group)
        or not top[group[0]]
    ):
        return None
    m = current().year_re.search(top[group[0]].replace(" ", ""))
    return ["" if j in group else h for j, h in enumerate(top)], year_of(m) if m else None


def continued_rows(table: Table, before: Table) -> tuple[list[tuple[Goal, int, dict[str, int]]], Table]:
    """The goals of ``table`` read as the rest of goal table ``before`` that a page break cut (its
    head not printed again), each with its row in ``table``, and the two joined (a later part goes
    on after both): the rows below the cut read under ``before``'s head, its year group and its
    merged cells going on (a project cell carried down). No goal unless the two have the same
    columns and every goal read below the cut has a target (one nulled for its year marks counts: printed)."""
    joined = Table(
        cells=[*before.cells, *(replace(c, row=c.row + before.n_rows) for c in table.cells)],
        n_rows=before.n_rows + table.n_rows,
        n_cols=table.n_cols,
        source=before.source,
    )
    if table.n_cols != before.n_cols:
        return [], joined
    got = [(g, r - before.n_rows, cols) for g, r, cols in goal_rows(joined) if r >= before.n_rows]
    grid = table.grid()

    def has_target(goal: Goal, row: int, cols: dict[str, int]) -> bool:
        """A target read, or one read null for its cell's year marks (goal_mark_amid: printed, its figure unproven,
        the finding raised by the caller): a target all the same."""
        if goal["target"]:
            return True
        c = cols.get("target")
        dated = goal["year"] if "year" in cols else None
        return (
            c is not None
            and row < len(grid)
            and c < len(grid[row])
            and bool(marks_unproven(fold(grid[row][c]), dated))
        )

    return (got if got and all(has_target(g, r, cols) for g, r, cols in got) else []), joined


def across_unproven(table: Table, notes: tuple[str, ...] = ()) -> list[AcrossGoal]:
    """The goals :func:`goal_rows` reads from a years-across ``table`` (none from another), in order: those of a year
    over its periods whose figures prove no year figure marked ``unproven``."""
    return goals_across([[fold(c) for c in r] for r in table.grid()], notes) or []


def goals_from_table(table: Table) -> list[Goal]:
    return [g for g, _, _ in goal_rows(table)]


def goal_rows(
    table: Table,
    notes: tuple[str, ...] = (),
    unsure: list[int] | None = None,
    unfit: list[int] | None = None,
    untold: list[int] | None = None,
    totals: list[int] | None = None,
) -> list[tuple[Goal, int, dict[str, int]]]:
    """Each goal read from ``table`` with its grid row and the grid column of each of its fields
    (``project``, ``year``, ``target``, ``status``, ``actual``, ``detail``) that the table has; ``notes`` the
    ``※`` lines under it (a years-across table's periods said to be running totals there); ``unsure`` gets the
    indexes (in the list returned) of the goals whose row group the table leaves unsure, their figures null
    (:func:`.goal_year_run_in.run_ins`); ``unfit`` those whose target is a status cell's text, their figures null
    (:func:`.goal_row_shift.status_text_target`); ``untold`` those whose target figure two target columns leave
    untold (:func:`.goal_whole_column.whole_term_columns`), their target figures null; ``totals`` those whose only
    actual column is a running total over several years (:mod:`.goal_running_actual`), their actuals null."""
    grid = [[fold(c) for c in r] for r in table.grid()]
    if not grid:
        return []
    across = goals_across(grid, notes)
    if across is not None:  # years across the columns, a row per field under each project
        return [(across_goal(g), g.row, {} if g.unproven else {"target": g.col}) for g in across]
    indicators = goals_indicators(grid)
    if indicators is not None:  # indicators across the columns, a target and an actual row a year
        return [(indicator_goal(g), g.row, {"target": g.col}) for g in indicators]
    pairs = goals_indicator_pairs(grid)
    if pairs is not None:  # indicators across, each over a target | actual pair, the years down
        return [(indicator_goal(g), g.row, {"target": g.col}) for g in pairs]
    by_year = goals_year_columns(grid)
    if by_year is not None:  # an indicator a row, the years across over target | actual sub-columns
        return [(indicator_goal(g), g.row, {"target": g.col}) for g in by_year]
    parted = split_pair_grid(grid)  # a year's target and actual in one cell (189/123 under 목표/실적)
    if parted is not None and (by_year := goals_year_columns(parted[0])) is not None:
        return [
            (indicator_goal(g), g.row + len(grid) - len(parted[0]), {"target": parted[1][g.col]})
            for g in by_year
        ]
    header = wrapped_head(grid)
    spanned = spanned_header(grid[0], grid[1]) if len(grid) > 1 else None
    if spanned is not None:  # a group of sub-columns under a spanning head: one header of two rows
        header = spanned[0]

    vocab = current()
    # a column of the whole period's target (최종목표) beside the years' own: no year's target
    final = {j for j, h in enumerate(header) if final_head(h)}
    final |= _years_across_pieces(header)  # 연도별 목표 및 실적 cut over the year cells: no field's column
    final |= superseded_columns(header)  # 당초목표 beside 변경목표: the first target, no field's column
    # 전년 실적 beside 실적(누계): another period's, no year's figure
    final |= other_period_columns(header, final)
    final |= running_total_columns(header, final)  # 누계실적 beside 실적: the total to date, no year's figure
    # the rows' year their own (a year head, a row group, a column of years): a dated head beside a plain one is a
    # baseline year's; a card of one year's dated heads are its year's (review mendf8)
    body = [r for r in grid[1:] if r != header]
    rows_dated = (
        any(header_words_kind(h) == "year" for h in header)
        or any(_group_year(r) is not None for r in body)
        or year_column(body, set()) is not None
    )
    # '22년 실적(기준) beside 실적: a baseline year's, no row's figure
    final |= dated_columns(header, final, rows_dated)
    final |= glued_span_columns(header)  # 1/4 | 2/4 | 실적 3/4 | 4/4: a quarter's, the span's word glued on

    def col(*words: str, whole: tuple[str, ...] = ()) -> int | None:
        """The first column whose header holds a word, the words tried most specific first (then
        the ``whole`` words, naming a column only as its header's whole text)."""
        for w in words:
            for j, h in enumerate(header):
                if w in h.replace(" ", "") and j not in final:
                    return j
        return next((j for w in whole for j, h in enumerate(header) if w == h.replace(" ", "")), None)

    c_proj = col(
        *vocab.words(
            "goals_columns", "project"
        ),  # 사업 alone: a real table's head cell ([goals_table_whole])
        whole=(*vocab.words("goals_columns_whole", "project"), *vocab.words("goals_table_whole", "project")),
    )
    c_target = col(
        *vocab.words("goals_columns", "target"), whole=tuple(vocab.words("goals_columns_whole", "target"))
    )
    c_status = next(
        (
            j
            for w in vocab.words("goals_columns", "status")
            for j, h in enumerate(header)
            if j not in final and w in head_names(h)
        ),
        None,
    )  # a status head whole (or one of heads run together)
    c_detail = col(*vocab.words("goals_columns", "detail"))
    c_year = col(*vocab.words("goals_columns", "year"))
    c_actual = col(*vocab.words("goals_columns", "actual"))
    c_rate = col(*vocab.words("goals_columns", "rate"))
    c_unit = next((j for j, h in enumerate(header) if unit_head(h)), None)  # 단위: the bare figures' unit
    if c_actual in (c_status, c_target):
        c_actual = None
    if c_detail is not None and c_detail == c_proj:  # 사업내용: a project's head holding a detail word (내용)
        c_detail = next(
            (
                j
                for w in vocab.words("goals_columns", "detail")
                for j, h in enumerate(header)
                if j != c_proj and w in h.replace(" ", "")
            ),
            None,
        )
    if c_target is None and c_status is None and c_actual is None:
        return []  # a head naming no goal column (a body a reader cut from its head): no goal read
    numbered = [
        (r, row)
        for r, row in enumerate(grid[1:], 1)
        if any(row) and row != header and not (spanned is not None and r == 1)
    ]
    rows = [row for _, row in numbered]
    # a project's whole-term target beside the year's (총괄목표 | 연차목표): the column whose cells hold one figure a
    # project is no year's; which is the year's untold by the cells: no target figure read
    ungrouped = [r for r in rows if _group_year(r) is None]
    whole = whole_term_columns(header, ungrouped, c_proj, final)
    # the column read as the target one value a project, another target column's varying: which is the year's is
    # untold, and the one read most likely the term's: neither its figure nor its text is the year's target
    steady = (
        whole == set()
        and c_target is not None
        and steady_target_read(header, ungrouped, c_proj, final, c_target)
    )
    if steady:
        whole = None
        # its partner (총괄실적 beside 총괄목표) is the term's too: the year's actual from another column, or none
        final |= whole_term_partners(header, {c_target}, final)
        if c_actual is not None and c_actual in final:
            c_actual = col(*vocab.words("goals_columns", "actual"))
    if whole:
        final |= whole
        final |= whole_term_partners(header, whole, final)  # 총괄실적 beside 총괄목표: the term's, no year's
        c_target = col(
            *vocab.words("goals_columns", "target"), whole=tuple(vocab.words("goals_columns_whole", "target"))
        )
        if c_actual is not None and c_actual in final:
            c_actual = col(*vocab.words("goals_columns", "actual"))
    named = {c for c in (c_target, c_actual, c_detail, c_unit) if c is not None}
    if c_year is None and (c_year := year_column(rows, named)) is not None and c_year == c_proj:
        c_proj = None  # a 구분 column of years: the goals' year, no project
    if c_status is None:
        c_status = status_column(rows, named | {c for c in (c_year, c_proj) if c is not None})
    if (
        c_proj is None
    ):  # a project head of no known word (단위사업): the first column, by its place and word cells
        taken = named | final | {c for c in (c_year, c_status, c_rate) if c is not None}
        c_proj = unnamed_project_column(header, [r for r in rows if _group_year(r) is None], taken)
    columns = {
        name: c
        for name, c in (
            ("project", c_proj),
            ("year", c_year),
            ("target", c_target),
            ("status", c_status),
            ("actual", c_actual),
            ("detail", c_detail),
        )
        if c is not None
    }
    numbered = total_rows_out(numbered, c_proj)  # a 계 row closing the projects (their sum): no goal
    rows = [row for _, row in numbered]
    pieces = piece_rows(rows, c_year, c_status, c_actual)
    if pieces:  # pieces of wrapped cells: no goals
        numbered = [one for i, one in enumerate(numbered) if i not in pieces]
        rows = [row for _, row in numbered]
    for (
        row
    ) in rows:  # a row laid out from its first column, the spanning cells left out: its cells back in place
        if (unpacked := unpacked_row(row, columns)) is not None:
            row[:] = unpacked
    kinds = ["text"] * len(header)
    for name, c in (*columns.items(), *((("rate", c_rate),) if c_rate is not None else ())):
        kinds[c] = name
    for (
        row
    ) in rows:  # a short row packed left, a merged cell printed on its first row only: placed by its kinds
        if len(row) == len(kinds) and (placed := shifted_row(row, kinds)) is not None:
            row[:] = placed
    # A merged 주요사업 / 추진내용 cell that a page break cut leaves an empty cell behind: it
    # belongs to the merged cell above it, or (at the top) the one below it.
    drawn = drawn_empty(table)  # a 추진내용 cell printed empty in its own rules: none of the cell above
    # the rows whose project cell is printed empty, filled below from a merged cell (a row group's year row is none)
    unnamed = frozenset(j for j, h in enumerate(header) if not h.strip())  # columns no head names
    carried = frozenset(
        g
        for g, row in numbered
        if c_proj is not None and not row[c_proj] and _group_year(row, unnamed) is None
    )
    for c in (c_proj, c_detail):
        if c is None:
            continue
        for i, (grid_row, row) in enumerate(numbered):
            if (
                not row[c]
                and _group_year(row, unnamed) is None
                and not (c == c_detail and (grid_row, c) in drawn)
            ):
                above = rows[i - 1][c] if i else ""
                below = next((r[c] for r in rows[i + 1 :] if r[c]), "")
                row[c] = above or below
    if c_target is not None and c_status is not None:
        numbered = rejoin_numbered(numbered, c_target, c_status, c_proj, c_detail, carried)
    goals = []
    group_year: int | None = spanned[1] if spanned is not None else None
    groups = {r: y for r, row in numbered if (y := _group_year(row, unnamed)) is not None}
    runs = run_ins(table, numbered, c_proj, groups) if c_proj is not None and c_year is None else RunIns()
    for grid_row, row in numbered:
        # a row group: 2025년 or <2025> across the table
        if (row_year := _group_year(row, unnamed)) is not None:
            group_year = row_year
            continue
        if grid_row in runs.found:
            group_year, row[c_proj] = runs.found[
                grid_row
            ]  # the next group's year line run into the project cell
        target = row[c_target] if c_target is not None else ""
        ym = vocab.build(year_mark).search(target)
        year = year_of(ym) if ym else group_year
        dated = False  # the row's year printed in a year column (the row is one year's whatever its marks)
        if c_year is not None and (cy := _column_year(row[c_year])) is not None:
            year, dated = cy, True  # (a two-digit year too: '23년)
        elif (
            c_year is not None
            and not row[c_year].strip()
            and (merged := _merged_year(numbered, grid_row, c_year))
        ):
            year, dated = (
                merged,
                True,
            )  # a year cell merged over its rows, the export leaving the rows under it blank
        elif c_year is None and ym is None and (lead := leading_year(target)) is not None:
            year, target = lead  # a target opening with its year ('23년 40가구)
        # 누적 30개 <2024> / 누적 50개: which figure is the year's not printed (goal_mark_amid)
        unproven = marks_unproven(row[c_target] if c_target is not None else "", year if dated else None)
        target = (
            "" if unproven else vocab.build(year_mark).sub("", target)
        )  # (goal_mark_amid: null, a finding)
        status_cell = row[c_status] if c_status is not None else ""
        st = vocab.build(status_re).search(status_cell)
        status = re.sub(r"\s+", " ", st.group(1)) if st else (status_cell or None)
        actual = strip_parens(status_cell[st.end() :]) if st else None
        if st and not actual and c_status is not None and names_actual(header[c_status]):
            actual = strip_parens(
                status_cell[: st.start()]
            )  # 실적 추진상황: the actual printed before the status
        if c_actual is not None:
            actual = row[c_actual] if row[c_actual] not in ("", *DASHES) else None
            if not row[c_actual] and c_rate is not None and (parted := parted_target(target, row[c_rate])):
                target, actual = parted  # the actual's cell printed into the target's, the rate proving it
        if (status and not_started(status)) or (unproven >= 2 and not dated):
            actual = None  # (two year marks or more: the row is no one year's, its actual neither)
        goal = make_goal(
            row[c_proj] if c_proj is not None else None,
            year,
            target,
            status,
            actual or None,
            row[c_detail] if c_detail is not None else None,
        )
        if c_unit is not None:
            _bare_with_unit(goal, row[c_unit])
        elif (
            c_target is not None
            and (unit := head_unit(header[c_target]))
            and (c_actual is None or head_unit(header[c_actual]) in (None, unit))
        ):  # 목표(개소): bare figures' unit (not where the actual's head names another: 목표(개소) | 실적(명))
            _bare_with_unit(goal, unit)
        if (
            grid_row in runs.unsure
        ):  # which group the row is under is not printed: no figure of a year guessed
            goal.update(target_value=None, target_unit=None, actual_value=None)
            if unsure is not None:
                unsure.append(len(goals))
        if whole is None:  # two target columns the cells do not tell apart: no target figure guessed
            goal.update(target_value=None, target_unit=None, **({"target": None} if steady else {}))
            if untold is not None:
                untold.append(len(goals))
        if status_text_target(goal["target"] or "") and (
            goal["target_value"] is not None or goal["actual_value"] is not None
        ):  # (a status cell's figure is no target: the row's cells fit no column of their kind)
            goal.update(target_value=None, target_unit=None, actual_value=None)
            if unfit is not None:
                unfit.append(len(goals))
        goals.append((goal, grid_row, columns))
    if running_actual_unproven(
        header[c_actual] if c_actual is not None else None, [g["year"] for g, _, _ in goals]
    ):  # 누계실적 the only actual under several years: the total to date is no year's actual
        for i, (g, _, _) in enumerate(goals):
            if g["actual"] is not None or g["actual_value"] is not None:
                g.update(actual=None, actual_value=None)
                if totals is not None:
                    totals.append(i)
    return goals


def _column_year(cell: str) -> int | None:
    """The year a year column's cell prints (``2024``, ``'24년``), else None."""
    m = re.search(r"(19|20)\d{2}", cell)
    return int(m.group(0)) if m else cell_year(cell)


def _merged_year(numbered: list[tuple[int, list[str]]], grid_row: int, c_year: int) -> int | None:
    """The year of a row whose year cell is blank between rows printing years, the one above no later than the one
    below: the cell merged over the rows of the year above (class fixed: a sheet's goal row under 2024, its year
    cell merged, read with no year). None at the table's ends (a closing row, 최종 목표, is no year's)."""
    k = next(i for i, (g, _) in enumerate(numbered) if g == grid_row)
    above = next(
        (
            y
            for _, r in reversed(numbered[:k])
            if (y := _column_year(r[c_year])) is not None or r[c_year].strip()
        ),
        None,
    )
    below = next(
        (y for _, r in numbered[k + 1 :] if (y := _column_year(r[c_year])) is not None or r[c_year].strip()),
        None,
    )
    return above if isinstance(above, int) and isinstance(below, int) and above <= below else None


def _years_across_pieces(header: list[str]) -> set[int]:
    """The head cells holding a year where two or more cells hold years and one of them lists two years or more
    (years across the columns, a heading cut over them): a field word among them (``연도별 목표`` over ``2023
    2024``, ``및 실적`` over ``2025``) is a piece of the heading spanning the years, cut over them by a reader, not a
    column of targets or actuals (read so, a year's target paired with another year's figure as its actual:
    crossbred 3028 PDF). A period (two years joined by ``~`` or a dash, ``목표(2022~2026)``) names one column's
    span, not years listed across: it counts as no list."""
    year = rf"(?<!\d)(?:{current().year_plain})(?!\d)"
    years = {j: re.findall(year, h) for j, h in enumerate(header)}
    held = {j for j, ys in years.items() if ys}
    period = re.compile(rf"(?:{year})\s*(?:[~〜～]|{DASH_CLASS})\s*(?:{year})")
    # one cell listing two years or more: a heading cut over several year columns (a year's own cell, 2023년 목표 |
    # 실적 | 2024년 목표 | 실적, names one year and its field: read as before)
    listing = any(len(re.findall(year, period.sub(" ", h))) >= 2 for h in header)
    if len(held) < 2 or not listing:
        return set()
    return held


def _bare_with_unit(goal: Goal, unit: str) -> None:
    """A goal whose target and actual are bare figures (``2.9``) under a unit column: their values, the
    unit the column's cell (a dash or a word naming no unit: none). Fixes cards whose unit column prints a
    counter only a cell of its own makes a unit (``대``: ``[goals_unit_cells]``)."""
    unit = fold(unit).strip()
    if not unit or (
        value_and_unit(f"1{unit}")[1] is None and unit not in current().words("goals_unit_cells", "units")
    ):
        return  # (a unit alone in its cell may be one no running text is counted in: 대, vocabulary [goals_unit_cells])
    if goal["target_value"] is None and (v := value(goal["target"])) is not None:
        goal.update(target_value=v, target_unit=unit)
    if goal["actual_value"] is None and (v := value(goal["actual"])) is not None:
        goal["actual_value"] = v
