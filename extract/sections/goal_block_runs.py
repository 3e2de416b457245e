"""Goal tables a dump printed as runs of column values and row pieces (pdfminer's pdf2txt of a goal table
whose year and project columns are boxes of their own: the 연도 head and its year cells one a line before
the rest of the head, then the project cells one a line, then each row's 목표 / 실적 / 달성률 cells in row
order, then the 추진상황 cells one a line). The rows are rebuilt only where counts and checks prove the
pairing: as many status cells as years, three value cells a row, each row's 달성률 the actual over the
target within the print's rounding (or the actual and the rate both dashes), and the project cells one a
row or one a group of rows (the year order starting again: a project cell spanning its rows, carried
down). Any other shape is left to the other readers (its rows unread: no cell paired by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_head_words import column_words, compound_kind
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import (
    DASH,
    RATE,
    actual_value,
    bullet_item,
    is_status_cell,
    value_token,
    year_cell_of,
)
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number

# the columns before the status such a table runs (its year column printed as a run before its head)
_VALUE_COLUMNS = ["project", "target", "actual", "rate"]


def rows_from_runs(lines: list[str], h: int, start: int, layout: tuple[bool, list[str], str]
                   ) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """The goal rows of a table whose head (from line ``h``, its cells ending before line ``start``,
    ``layout`` its :func:`row_layout`: whether it names a year column, the column kinds ahead of the
    status, those past it) prints project / target / actual / rate / status (and 추진내용: its cells,
    printed after the status run and wrapped over lines where they will, are left to no row; the first rows
    printed row by row may print their statuses after them, the rest's statuses a run), its year
    column printed as a run (two or more years): just before the head (a year head word, then the years)
    when the head names none, else after it, before or after the project cells and ahead of the value
    cells. (the rows, the lines unread, the lines ``[a, b)`` the table takes: the year head or the head
    to the last status). None when the lines are not so."""
    has_year, before, after = layout
    if before != _VALUE_COLUMNS or after not in ("", "detail"):
        return None
    idx = [k for k in range(start, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    status_at = [p for p, k in enumerate(idx) if is_status_cell(text[k])]
    first_status = next((p for p in status_at if p + 1 in status_at), None)  # the status run: two or more
    if first_status is None:
        return None
    inline = [idx[p] for p in status_at if p < first_status]  # the first rows' statuses printed after them
    pre = [k for k in idx[:first_status] if k not in inline]
    if has_year:
        head_at, year_lines = h, [k for k in pre if year_cell_of(text[k]) is not None]
        run = pre.index(year_lines[0]) if year_lines else 0
        if len(year_lines) < 2 or pre[run:run + len(year_lines)] != year_lines or \
                not all(text[k].isdigit() for k in year_lines):
            return None  # no year run, years apart, or year-group lines
        pre = [k for k in pre if k not in year_lines]
        n_before_years = run
    else:
        years = _year_run_before(lines, h)
        if years is None:
            return None
        head_at, year_lines = years
        n_before_years = 0
    n = len(year_lines)
    statuses = inline + idx[first_status:first_status + n - len(inline)]
    if len(statuses) != n or not all(is_status_cell(text[k]) for k in statuses):
        return None
    after_run = idx[first_status + n - len(inline):first_status + n - len(inline) + 1]
    if after_run and is_status_cell(text[after_run[0]]):
        return None  # more statuses than years
    n_projects = len(pre) - 3 * n
    if n_projects < max(1, n_before_years) or \
            any(year_cell_of(text[k]) is not None or bullet_item(text[k]) for k in pre):
        return None  # the year run amid the value cells, or the counts off
    projects, values = pre[:n_projects], pre[n_projects:]
    if any(any(ch.isdigit() for ch in text[k]) or DASH.match(text[k]) for k in projects):
        return None  # a figure among the project cells: a target's cell, the counts off
    cells = _row_triples([text[k] for k in values], n)
    if cells is None or any(cells[r][0] != 3 * r or idx.index(s) != idx.index(values[3 * r + 2]) + 1
                            for r, s in enumerate(inline)):
        return None  # a status amid the cells not right after a row printed row by row: not that row's
    groups = _year_groups([year_cell_of(lines[k].strip()) or 0 for k in year_lines])
    row_project: list[str | None] = [None] * n  # project cells wrapped over lines: no row's project proven
    if n_projects == len(groups):  # each group of rising years a project of its own, one cell each
        row_project = [text[projects[g]] for g, size in enumerate(groups) for _ in range(size)]
    rows: list[GoalRow] = []
    for r, (t, a) in enumerate(cells):
        year = year_cell_of(lines[year_lines[r]].strip())
        rows.append(GoalRow(values[t], row_project[r], year, text[values[t]], text[statuses[r]],
                            None if a is None else text[values[a]], None))
    return rows, [], (head_at, statuses[-1] + 1)


def _row_triples(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """Each of ``n`` rows' (target, actual) places among ``cells`` (three a row: a target, an actual and a
    rate each), the actual None when dashed. The first rows may be printed row by row (target, actual,
    rate; each row's rate proving its cells); the rows left printed so too, or column by column (their
    targets, their actuals, their rates, each a run in row order, each row's rate proving its cells), or
    with the rates as a run after the targets and actuals dealt in an order of the dump's own (each row's
    pair the one its rate proves, the only one; a dashed row: the one target and dash left). None when no
    pairing is proven."""
    out: list[tuple[int, int | None]] = []
    while len(out) < n and _triple_proven(*cells[3 * len(out):3 * len(out) + 3]):
        r = len(out)
        out.append((3 * r, None if DASH.match(cells[3 * r + 1]) else 3 * r + 1))
    done, k = len(out), n - len(out)
    if not k:
        return out
    rest = cells[3 * done:]
    if all(_triple_proven(rest[r], rest[k + r], rest[2 * k + r]) for r in range(k)):
        return out + [(3 * done + r, None if DASH.match(rest[k + r]) else 3 * done + k + r) for r in range(k)]
    paired = _rate_run_pairs(rest, k)
    return None if paired is None else out + [(3 * done + t, None if a is None else 3 * done + a)
                                              for t, a in paired]


def _rate_run_pairs(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """The rows' (target, actual) places among ``cells``: ``2 n`` targets and actuals in an order of the
    dump's own, then the ``n`` rates in row order, each row's pair the one its rate proves (the only one;
    at most one dashed row: the one target and dash left). None when not proven."""
    values, rates = cells[:2 * n], cells[2 * n:]
    if not all(RATE.match(c) or DASH.match(c) for c in rates) or any(RATE.match(c) for c in values):
        return None
    free = set(range(2 * n))
    out: dict[int, tuple[int, int | None]] = {}
    for r, rate in enumerate(rates):
        if DASH.match(rate):
            continue
        found = {(values[i], values[j]): (i, j) for i in free for j in free
                 if i != j and _triple_proven(values[i], values[j], rate)}
        if len(found) != 1:
            return None  # no pair, or more than one: not proven
        i, j = next(iter(found.values()))
        if (values[j], values[i]) in found:
            return None
        out[r] = (i, j)
        free -= {i, j}
    dashed = [r for r, rate in enumerate(rates) if DASH.match(rate)]
    left = sorted(free)
    targets = [k for k in left if not DASH.match(values[k])]
    if len(left) != 2 * len(dashed) or len(targets) != len(dashed) or len(dashed) > 1:
        return None  # the dashed rows' targets not told apart
    for r, k in zip(dashed, targets, strict=True):
        out[r] = (k, None)
    return [out[r] for r in range(n)]


def _year_run_before(lines: list[str], h: int) -> tuple[int, list[int]] | None:
    """The year column printed as a run just before line ``h``: (the index of its head word's line, the
    indexes of its year cells, two or more); None when the lines before ``h`` are not so."""
    k = h - 1
    years: list[int] = []
    while k >= 0 and (not lines[k].strip() or year_cell_of(lines[k].strip()) is not None):
        if lines[k].strip():
            years.append(k)
        k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if len(years) < 2 or k < 0 or current().build(column_words).get(key(lines[k])) != "year":
        return None
    if any(lines[j].strip() and not lines[j].strip().isdigit() for j in years):
        return None  # a year-group line (``<2023>``), no cell of a year column
    return k, years[::-1]


def _year_groups(years: list[int]) -> list[int]:
    """The sizes of the runs of rising years (a project cell spanning its rows: the years start again
    under the next project)."""
    sizes: list[int] = []
    for k, y in enumerate(years):
        if k and y > years[k - 1]:
            sizes[-1] += 1
        else:
            sizes.append(1)
    return sizes


def _triple_proven(target: str, actual: str, rate: str) -> bool:
    """Whether a row's target / actual / rate cells prove their places: the rate is the actual over the
    target within the print's rounding (a whole percent: one point), or the actual and the rate are both
    dashes over a target that is no value cell of another column."""
    if DASH.match(target) or RATE.match(target) or is_status_cell(target):
        return False
    if DASH.match(rate):
        return DASH.match(actual) is not None
    m = RATE.match(rate)
    if m is None or DASH.match(actual):
        return False
    value = current().build(value_token)
    toks = target.split()
    tm = (value.search(toks[-1]) if toks else None) or next((t for tok in toks if (t := value.match(tok))), None)
    am = actual_value(actual)
    if tm is None or am is None:
        return False
    tv, av = parse_number(tm.group(1)), parse_number(am.group(1))
    if not tv or av is None:
        return False
    decimals = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    return abs(100 * av / tv - float(m.group(1))) <= 10 ** -decimals


def rows_from_column_boxes(lines: list[str]) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """The goal rows of a table a dump printed a column box at a time, each box its head word (or words,
    their boxes' cells then one column after another) and then its cells one a line: the 연도 word and its
    years (two or more) first, then the project, 목표, 실적, 달성률 and 추진상황 boxes, each value column
    as many cells as years. Read only where every row's rate proves its target and actual (or both are
    dashes) and every status cell is one; the project cells are the rows' only where each group of rising
    years has exactly one. (the rows, no line unread, the lines ``[a, b)`` the boxes take); None when no
    table is so printed."""
    words = current().build(column_words)
    for h, line in enumerate(lines):
        if words.get(key(line)) == "year" and (got := _boxes_from(lines, h, words)) is not None:
            return got
    return None


def _boxes_from(lines: list[str], h: int, words: dict[str, str]
                ) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """:func:`rows_from_column_boxes` of the boxes from the year head word at line ``h``."""
    idx = [k for k in range(h + 1, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    year_lines: list[int] = []
    for k in idx:
        if not text[k].isdigit() or year_cell_of(text[k]) is None:
            break
        year_lines.append(k)
    n = len(year_lines)
    if n < 2:
        return None
    columns: dict[str, list[int]] = {}
    heads: list[str] = []
    cells: list[int] = []
    end = year_lines[-1] + 1
    for k in idx[n:]:
        kind = words.get(key(text[k])) or (None if any(ch.isdigit() for ch in text[k]) else
                                           compound_kind(text[k], words))
        if kind is not None and kind != "other":
            if cells:
                if not _box_closed(heads, cells, n, columns):
                    return None
                heads, cells = [], []
            if kind in columns or kind in heads:
                return None
            heads.append(kind)
        elif not heads or bullet_item(text[k]) or year_cell_of(text[k]) is not None:
            return None  # a cell before any box's head, an item or a year amid the boxes: not so printed
        else:
            cells.append(k)
        end = k + 1
        if heads and cells and "project" not in heads and len(cells) == n * len(heads) and \
                {"target", "actual", "rate", "status"} <= set(columns) | set(heads):
            if not _box_closed(heads, cells, n, columns):
                return None
            break
    if not {"target", "actual", "rate", "status"} <= set(columns) or \
            not set(columns) <= {"project", "target", "actual", "rate", "status"}:
        return None
    rows: list[GoalRow] = []
    groups = _year_groups([year_cell_of(text[k]) or 0 for k in year_lines])
    projects = columns.get("project", [])
    row_project: list[str | None] = [None] * n
    if projects and len(projects) == len(groups) and not any(any(ch.isdigit() for ch in text[k]) for k in projects):
        row_project = [text[projects[g]] for g, size in enumerate(groups) for _ in range(size)]
    for r in range(n):
        t, a, rate, s = (text[columns[c][r]] for c in ("target", "actual", "rate", "status"))
        if not is_status_cell(s) or not _triple_proven(t, a, rate):
            return None
        rows.append(GoalRow(columns["target"][r], row_project[r], year_cell_of(text[year_lines[r]]), t, s,
                            None if DASH.match(a) else a, None))
    return rows, [], (h, end)


def _box_closed(heads: list[str], cells: list[int], n: int, columns: dict[str, list[int]]) -> bool:
    """Files a box's cells under its heads (``columns``): a project box keeps its lines as printed (a cell
    wrapped over lines: more lines than rows), the heads after it in the same box their ``n`` cells each
    after those lines; any other box must hold ``n`` cells a head."""
    if "project" in heads:  # its cells first, as many lines as printed; the other heads' cells after them
        rest = n * (len(heads) - 1)
        if heads[0] != "project" or len(cells) <= rest:
            return False
        columns["project"], cells, heads = list(cells[:len(cells) - rest]), cells[len(cells) - rest:], heads[1:]
    if len(cells) != n * len(heads):
        return False
    for c, kind in enumerate(heads):
        columns[kind] = cells[c * n:(c + 1) * n]
    return True
