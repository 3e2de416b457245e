"""Goal tables a dump printed as runs of column values and row pieces (pdfminer's pdf2txt of a goal table
whose year and project columns are boxes of their own: the 연도 head and its year cells one a line before
the rest of the head, then the project cells one a line, then each row's 목표 / 실적 / 달성률 cells in row
order, then the 추진상황 cells one a line). The rows are rebuilt only where counts and checks prove the
pairing: as many status cells as years, three value cells a row, each row's 달성률 the actual over the
target within the print's rounding (or the actual and the rate both dashes), and the project cells one a
row or one a group of rows (the year order starting again: a project cell spanning its rows, carried
down). Any other shape is left to the other readers (its rows unread: no cell paired by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_head_words import column_words
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


def rows_from_runs(lines: list[str], h: int, start: int, before: list[str], after: str
                   ) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """The goal rows of a table whose head (from line ``h``, its cells ending before line ``start``,
    ``before`` the column kinds ahead of its status, ``after`` those past it) names no year column and
    prints project / target / actual / rate / status (and 추진내용: its cells, printed after the status run
    and wrapped over lines where they will, are left to no row), its year column printed as a run just
    before the head (a year head word, then two or more years): (the rows, the lines unread, the lines
    ``[a, b)`` the table takes: the year head to the last status). None when the lines are not so."""
    if before != _VALUE_COLUMNS or after not in ("", "detail"):
        return None
    years = _year_run_before(lines, h)
    if years is None:
        return None
    head_at, year_lines = years
    n = len(year_lines)
    idx = [k for k in range(start, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    first_status = next((p for p, k in enumerate(idx) if is_status_cell(text[k])), None)
    if first_status is None:
        return None
    pre, statuses = idx[:first_status], idx[first_status:first_status + n]
    if len(statuses) != n or not all(is_status_cell(text[k]) for k in statuses):
        return None
    after_run = idx[first_status + n:first_status + n + 1]
    if after_run and is_status_cell(text[after_run[0]]):
        return None  # more statuses than years
    n_projects = len(pre) - 3 * n
    if n_projects < 1 or any(year_cell_of(text[k]) is not None or bullet_item(text[k]) for k in pre):
        return None
    projects, values = pre[:n_projects], pre[n_projects:]
    if any(any(ch.isdigit() for ch in text[k]) or DASH.match(text[k]) for k in projects):
        return None  # a figure among the project cells: a target's cell, the counts off
    cells = _row_triples([text[k] for k in values], n)
    if cells is None:
        return None
    groups = _year_groups([year_cell_of(lines[k].strip()) or 0 for k in year_lines])
    row_project: list[str | None] = [None] * n  # project cells wrapped over lines: no row's project proven
    if n_projects == n:
        row_project = [text[k] for k in projects]
    elif n_projects == len(groups):
        row_project = [text[projects[g]] for g, size in enumerate(groups) for _ in range(size)]
    rows: list[GoalRow] = []
    for r, (t, a) in enumerate(cells):
        year = year_cell_of(lines[year_lines[r]].strip())
        rows.append(GoalRow(values[t], row_project[r], year, text[values[t]], text[statuses[r]],
                            None if a is None else text[values[a]], None))
    return rows, [], (head_at, statuses[-1] + 1)


def _row_triples(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """Each of ``n`` rows' (target, actual) places among ``cells`` (three a row: a target, an actual and a
    rate each), the actual None when dashed: printed row by row (target, actual, rate), each row's rate
    proving its cells; else the rates printed as a run after the targets and actuals (dealt in an order of
    the dump's own), each row's pair the one its rate proves, the only one (dashed rows: the one target and
    dash left). None when no pairing is proven."""
    if all(_triple_proven(*cells[3 * r:3 * r + 3]) for r in range(n)):
        return [(3 * r, None if DASH.match(cells[3 * r + 1]) else 3 * r + 1) for r in range(n)]
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
