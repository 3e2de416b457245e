"""A goal table printed as indicators across the columns.

Header: a year column, a label column (구분) and one column per indicator, headed by its name with
its unit in parentheses (``청년주택 공급(호)``; a head row over it may number the indicators,
``지표1``); under every year (a cell spanning its rows: ``2024년``, ``<2024>``) a target row and an
actual row, named in the label column by a goal column word (목표 / 실적). Each indicator's cell in
a year's rows is one goal: the indicator is its project, the cells its target and actual as
printed, the unit the header's (the cells print bare figures). In a document table (its cells
proven by the rules) a cell may print the goal's own words instead (``186호 공급``, ``착공``: read
whole, the unit its own), and a head may name no unit when no cell under it is a bare figure (its
goals' words name their units; a bare figure under a head naming none counts in a unit the table
does not tell, as a funding table's 국비 | 시비 columns under 계획 | 실적 rows do: not read so). A
year whose target cell is empty or a dash is no goal of that indicator; an actual printed as a dash
is none.

A text dump prints the header as lines of words (the numbering row, then the names, each closed by
its unit in parentheses) and every row on one line: the year (only on the target row, a merged
cell is printed once), the label, then one figure per indicator. :func:`goals_indicator_lines`
reads such a table when every row holds exactly one figure per indicator; a row with more or fewer
words is not split by guess: the table is then not read so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_values import none_cell
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import looks_like_number, parse_number

_NAMED = re.compile(r"^(?P<name>.*?\S)\s*\(\s*(?P<unit>[^()]+?)\s*\)$")


@dataclass(frozen=True, slots=True)
class IndicatorGoal:
    project: str
    unit: str | None
    year: int
    target: str
    actual: str | None
    row: int  # the grid row of its target (or the line of a dump)
    col: int  # its indicator's column


def indicator(head: str) -> tuple[str, str | None] | None:
    """``청년주택 공급(호)`` -> ``('청년주택 공급', '호')``: an indicator's name and the unit its
    header closes with (a unit the vocabulary counts in); ``None`` when the head names no unit."""
    m = _NAMED.match(head.strip())
    if not m:
        return None
    unit = m.group("unit").replace(" ", "")
    units = {u.replace(" ", "") for u in current().words("counts", "units")}
    return (m.group("name"), unit) if unit in units else None


def _table_head(head: str) -> tuple[str, str | None] | None:
    """An indicator's head in a document table: its name and unit (:func:`indicator`), or its name
    alone when it closes with no parentheses (the goals' own words name their units)."""
    got = indicator(head)
    if got is not None or not head.strip() or head.strip().endswith(")") or none_cell(head):
        return got
    return " ".join(head.split()), None


def figure(cell: str) -> bool:
    """A cell printing one bare figure (``1,200``, ``2.6``; a confused one too: ``1O0``, ``l``)."""
    return looks_like_number(cell)


def names(heads: list[str]) -> list[str]:
    """The indicator heads as their names with units: words a layout reader merged in from the head
    rows above dropped, the goal table's column words (``연도 구분``) and a numbering every head
    opens with in order (``지표1`` .. ``지표3``: one word, its number the column's place)."""
    words = {key(w) for name in ("year", "other") for w in current().words("goals_columns", name)}
    words |= {key(w) for w in current().words("goals_columns_whole", "year")}
    toks = [h.split() for h in heads]
    for t in toks:
        while len(t) > 1 and key(t[0]) in words:
            del t[0]
    firsts = [re.fullmatch(r"(\D+?)\s*(\d{1,2})", t[0]) if len(t) > 1 else None for t in toks]
    if toks and all(
        m is not None and m.group(1) == firsts[0].group(1) and int(m.group(2)) == k + 1  # type: ignore[union-attr]
        for k, m in enumerate(firsts)
    ):
        toks = [t[1:] for t in toks]
    return [" ".join(t) for t in toks]


def value(cell: str | None) -> int | float | None:
    """A bare figure's value (``1,200``, ``2.6``); a confused figure (``1O0``) or a word is none."""
    if not cell or not figure(cell):
        return None
    return parse_number(cell.strip())


def goals_indicators(grid: list[list[str]]) -> list[IndicatorGoal] | None:
    """The goals of an indicators-across table (``grid``: the header rows first, a merged cell's text
    in every position it covers), or ``None`` when the table is not one: a column of years and a
    column of row labels (a target row and an actual row under every year) left of columns each
    headed by an indicator (with its unit, or by its name alone), their cells figures, dashes or a
    goal's words (a cell of a document table is proven by its rules)."""
    body = next((i for i, r in enumerate(grid) if any(row_field(c) == "target" for c in r)), None)
    if body is None or body == 0:
        return None
    width = min(len(r) for r in grid)
    numbered = [(i, list(r)) for i, r in enumerate(grid[body:], body) if any(c.strip() for c in r)]
    rows = [r for _, r in numbered]  # an empty row (a page break cutting the table) is none of its rows
    label_col = next(
        (j for j in range(width) if all(row_field(r[j]) in ("target", "actual") for r in rows)), None
    )
    if label_col is None:
        return None
    year_col = next(
        (
            j
            for j in range(label_col)
            if year_head(rows[0][j]) is not None
            and all(year_head(r[j]) is not None or not r[j].strip() for r in rows)
        ),
        None,
    )
    if year_col is None:
        return None
    for above, r in zip(rows, rows[1:], strict=False):
        if not r[year_col].strip():  # a year's cell a page break cut: its rows below go on under it
            r[year_col] = above[year_col]
    cols = list(range(label_col + 1, width))
    heads = dict(zip(cols, map(_table_head, names([grid[body - 1][j] for j in cols])), strict=True))
    if not heads or any(h is None for h in heads.values()):
        return None
    if any(h[1] is None and any(figure(r[j]) for r in rows) for j, h in heads.items() if h is not None):
        return None  # a bare figure under a head naming no unit: its unit untold
    out: list[IndicatorGoal] = []
    k = 0
    while k < len(rows):
        year = year_head(rows[k][year_col])
        group = [k]
        while (
            k + len(group) < len(rows)
            and year_head(rows[k + len(group)][year_col]) == year
            and row_field(rows[k + len(group)][label_col]) != "target"
        ):
            group.append(k + len(group))
        fields = {row_field(rows[i][label_col]): i for i in group}
        if len(fields) != len(group) or "target" not in fields:
            return None
        for j, head in heads.items():
            assert head is not None
            t = rows[fields["target"]][j]
            if none_cell(t):
                continue
            a = rows[fields["actual"]][j] if "actual" in fields else ""
            out.append(
                IndicatorGoal(
                    head[0],
                    head[1],
                    year or 0,
                    t,
                    None if none_cell(a) else a,
                    numbered[fields["target"]][0],
                    j,
                )
            )
        k += len(group)
    return out


def _split_heads(line: str) -> list[tuple[str, str | None]] | None:
    """A dump's header line of indicator names, each closed by its unit: ``시설 설치(개소) 공정률(%)``."""
    parts = re.findall(r"[^()]+?\([^()]+\)", line)
    if not parts or "".join(parts).replace(" ", "") != line.replace(" ", ""):
        return None
    heads = [indicator(p) for p in names(parts)]
    return None if any(h is None for h in heads) else heads  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class IndicatorLines:
    """The goals read from a dump's lines, each with its target row's line; ``used``: the lines
    of the table (its header lines included); ``actuals_unplaced``: the table prints actuals whose year its
    structure does not prove (each goal's actual left null: ``extract.actual_unplaced``)."""

    goals: list[IndicatorGoal]
    used: set[int]
    actuals_unplaced: bool = False


def goals_indicator_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of an indicators-across table printed as lines (see the module's docstring): the
    names on one line or one a line, then the cells as a stream of words, a row a line or a cell a
    line: an optional year, a row label, one figure per indicator. The stream is read up to the
    first line that does not go on with it; a row it leaves cut reads the table as none."""
    at = next((i for i, ln in enumerate(lines) if _split_heads(ln)), None)  # the names' line
    if at is None:
        return None
    heads: list[tuple[str, str | None]] = []
    end = at
    while end < len(lines) and (more := _split_heads(lines[end])):
        heads += more
        end += 1
    used = set(range(at, end))
    words = {key(w) for name in ("year", "other") for w in current().words("goals_columns", name)}
    words |= {key(w) for w in current().words("goals_columns_whole", "year")}
    k = at - 1
    while (
        k >= 0
        and lines[k].split()
        and all(key(t) in words or re.fullmatch(r"\D+\d{1,2}", t) for t in lines[k].split())
    ):
        used.add(k)  # the head rows over the names (연도 구분 지표1 지표2)
        k -= 1
    n = len(heads)
    goals: list[IndicatorGoal] = []
    year: int | None = None  # the year a row group opened (its cell printed once)
    row: tuple[str, int, list[str]] | None = None  # the row being read: its field, line, cells
    target: tuple[int, int, list[str]] | None = None  # the year's target row: year, line, cells

    def emit(actual: list[str] | None) -> None:
        assert target is not None
        y, line, cells = target
        for j, (name, unit) in enumerate(heads):
            if not none_cell(cells[j]):
                a = actual[j] if actual is not None else ""
                goals.append(IndicatorGoal(name, unit, y, cells[j], None if none_cell(a) else a, line, j))

    i = end
    apart = False  # the rows' years printed apart, after the rows (0 stands for each until placed)
    while i < len(lines):
        state = (year, row, target, len(goals))
        ok = True
        for t in lines[i].split():
            if row is not None:
                if not (none_cell(t) or figure(t)):
                    ok = False
                    break
                row[2].append(t)
                if len(row[2]) < n:
                    continue
                field, line, cells = row
                row = None
                if field == "target":
                    if target is not None:
                        emit(None)
                    if year is None and (goals or target is not None) and not apart:
                        return None  # a target row must be under a year
                    if year is None:
                        apart = True  # the year column printed after the rows (a cell a line)
                    elif apart:
                        return None
                    target, year = (year or 0, line, cells), None
                else:
                    if target is None or year is not None:
                        return None  # an actual row under no target (or under a new year)
                    emit(cells)
                    target = None
            elif year_head(t) is not None and year is None and not apart:
                year = year_head(t)
            elif row_field(t) in ("target", "actual"):
                row = (row_field(t), i, [])  # type: ignore[assignment]
            else:
                ok = False
                break
        if not ok:
            year, row, target, n_goals = state
            del goals[n_goals:]
            break
        used.add(i)
        i += 1
    if row is not None:
        return None  # the stream ends inside a row: not read by guess
    if target is not None:
        emit(None)
    if apart:
        goals = _years_after(lines, i, goals, used, words)
    return IndicatorLines(goals, used) if goals else None


def _years_after(
    lines: list[str], i: int, goals: list[IndicatorGoal], used: set[int], words: set[str]
) -> list[IndicatorGoal]:
    """The year column a dump printed after the rows (``구분`` / ``2026년`` / ``2027년``): its head words,
    then one year a target row, rising; the goals with their years, or none when the count or the
    order does not prove them."""
    targets = sorted({g.row for g in goals})
    k = i
    while (
        k < len(lines)
        and lines[k].strip()
        and (key(lines[k]) in words or header_words_kind(lines[k]) is not None)
    ):
        k += 1  # the column's head (구분 / 연도)
    years = [y for ln in lines[k : k + len(targets)] if (y := year_head(ln.strip())) is not None]
    if len(years) != len(targets) or any(a >= b for a, b in zip(years, years[1:], strict=False)):
        return []
    used.update(range(i, k + len(targets)))
    by_row = dict(zip(targets, years, strict=True))
    return [replace(g, year=by_row[g.row]) for g in goals]
