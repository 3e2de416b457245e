"""What a table is, from its content, never from where it stands: a funding table (source labels
on one axis, periods on the other: a period or total column among its columns), a goals table (a header naming a target and a status or an
actual), an outreach table (a row of outreach channels over their counts), or none of these
(a side table, kept where it stands)."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cell_lines import rows_from_cells
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_rows import is_data_row
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.extract.sections.goal_across import goals_across, goals_across_lines
from pledgecard.extract.sections.goal_cells_a_line import goal_cells_span
from pledgecard.extract.sections.goal_head_words import is_goals_header
from pledgecard.extract.sections.goal_indicator_pairs import goals_indicator_pairs
from pledgecard.extract.sections.goal_indicators import goals_indicator_lines, goals_indicators
from pledgecard.extract.sections.goal_quarters import is_quarter_table
from pledgecard.extract.sections.goal_row_split import is_row_with_status, may_be_goal_row
from pledgecard.extract.sections.goal_stream import goal_stream_lines
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines, goals_year_columns
from pledgecard.extract.sections.outreach import category_of
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import fold


def _goal_columns(header: list[str]) -> set[str]:
    found: set[str] = set()
    for name, words in current().table("goals_columns").items():
        if name != "other" and any(key(w) in key(h) for h in header for w in words):
            found.add(name)
    for name, words in current().table("goals_columns_whole").items():  # a whole cell's word only
        if any(key(w) == key(h) for h in header for w in words):
            found.add(name)
    return found


def is_goals_table(grid: list[list[str]]) -> bool:
    """A header naming a target and a status or an actual, and at least three goal columns; or
    indicators across the columns over a target and an actual row a year; or an indicator a row
    with the years across over target | actual sub-columns; or the years across with a row a field
    (목표 / 실적 / 추진상황 in a label column) under each project; or the quarters across with a plan
    and an actual row an indicator (:func:`~pledgecard.extract.sections.goal_quarters.is_quarter_table`)."""
    if len(grid) < 2:
        return False
    cols = _goal_columns(grid[0])
    return (
        "target" in cols
        and bool(cols & {"status", "actual"})
        and len(cols) >= 3
        or bool(goals_indicators(grid))
        or bool(goals_year_columns(grid))
        or bool(goals_across(grid))
        or is_quarter_table(grid)
        or bool(goals_indicator_pairs(grid))
    )


def is_outreach_table(grid: list[list[str]]) -> bool:
    """Two or more outreach channels across a row (or down a column), and counts beside them."""
    if len(grid) < 2:
        return False
    across = sum(1 for c in grid[0] if c and category_of(c))
    down = sum(1 for r in grid if r and r[0] and category_of(r[0]))
    return max(across, down) >= 3


def lines_role(lines: list[Line]) -> list[str | None]:
    """The role of each line of a text dump by content: a goals header line (``연도 주요사업 목표
    실적 ...``) and the unmarked lines under it that may be its rows (a status word in them, or a
    year-group line) are a goals table printed one row per line; a header printed one column word
    a line and the cells under it up to the last row's status (or 추진내용) are a goals table
    flattened one cell per line; the lines of an indicators-across table (names with their units
    over 목표 / 실적 rows a year) or of an indicator-a-row table (years over 목표 / 실적 sub-columns)
    are a goals table."""
    out: list[str | None] = []
    in_goals = False
    for k, ln in enumerate(lines):
        in_goals = is_goals_header(ln.full_text) or (
            in_goals and ln.marker is None and (may_be_goal_row(ln.full_text) or _row_goes_on(lines, k))
        )
        out.append("goals" if in_goals else None)
    texts = [ln.full_text for ln in lines]
    base = 0
    while (span := goal_cells_span(texts[base:])) is not None and span[1] > span[0]:
        for k in range(base + span[0], base + span[1]):  # a goals table printed one cell per line
            out[k] = "goals"
        base += span[1]
    if "goals" in out:
        for k in goal_stream_lines(texts):  # its leading columns printed column by column above it
            out[k] = "goals"
    for read in (goals_indicator_lines, goals_year_column_lines):
        got = read(texts)
        for k in got.used if got is not None else ():  # indicators across (or down), a row a line
            out[k] = "goals"
    across = goals_across_lines([(ln.full_text, ln.printed if ln.marker is None else None) for ln in lines])
    for k in across.used if across is not None else ():  # years across, a row a field, a row a line
        out[k] = "goals"
    return out


def lines_are_funding(lines: list[Line]) -> bool:
    """Lines that print a funding table a row a line under a heading no vocabulary names: a money
    unit line (``(단위 : 원)``) and two or more rows of a source label and its amounts, periods a
    row a line under the source labels, or the cells of such a table one after another."""
    if not any(find_unit(ln.text) for ln in lines):
        return False
    if sum(1 for ln in lines if is_data_row(ln.full_text)) >= 2:
        return True
    rest = [ln for ln in lines if not find_unit(ln.text)]
    grid = transposed_grid_from_lines(rest)  # periods a row a line under a line of source labels
    if grid and len(interpret_grid(grid, 1)[1]) >= 2:
        return True
    if sum(1 for ln in rows_from_cells(rest) if is_data_row(ln.full_text)) >= 2:
        return True  # a table a cell a line: two or more rows of a label and its amounts
    # a table flattened cell by cell (a label a line, then the rows): read as a stream of cells
    return len(funding_from_stream("\n".join(ln.full_text for ln in rest), 1)[1]) >= 2


def _row_goes_on(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a piece of a goal row a dump broke over lines: unmarked lines from it reach a
    line holding a status word within a few lines."""
    for ln in lines[k : k + 8]:
        if ln.marker is not None:
            return False
        if is_row_with_status(ln.full_text):
            return True
    return False


def table_role(table: Table) -> str | None:
    """``funding``, ``goals``, ``outreach`` or ``None`` (a side table)."""
    grid = [[fold(c) for c in r] for r in table.grid()]
    if is_goals_table(grid):
        return "goals"
    if is_outreach_table(grid):
        return "outreach"
    columns, rows = interpret_grid(grid, 1)
    if len(rows) >= 2 and any(c["kind"] != "other" for c in columns):
        return "funding"  # sources down and periods across (a table of sources under no period, 예산액 |
    return None  # 집행액 | 집행률 of one year, is a side table)
