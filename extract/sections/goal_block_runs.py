"""Goal tables a dump printed as runs of column values and row pieces (pdfminer's pdf2txt of a goal table
whose year and project columns are boxes of their own: the 연도 head and its year cells one a line before
the rest of the head, then the project cells one a line, then each row's 목표 / 실적 / 달성률 cells in row
order, then the 추진상황 cells one a line). The rows are rebuilt only where counts and checks prove the
pairing: as many status cells as years, three value cells a row, each row's 달성률 the actual over the
target of its unit (goal_values.rate_agrees; or the actual and the rate both dashes), the only pairing the
rates allow, and the project read only where one line prints it (a cell spanning the rows, carried down; more
lines may be one name wrapped or cells spanning some rows: no row's project). Any other shape is left to the
other readers (its rows unread: no cell paired by guess)."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.sections.goal_head_words import column_words, compound_kind
from pledgecard.extract.sections.goal_interleaved_box import (
    interleaved_cells,
    joined,
    one_row_detail,
    rate_proves,
)
from pledgecard.extract.sections.goal_line_kinds import projects_before_targets
from pledgecard.extract.sections.goal_projects_amid import projects_amid
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_status_runs import year_run
from pledgecard.extract.sections.goal_values import (
    DASH,
    RATE,
    actual_value,
    bullet_item,
    is_status_cell,
    rate_agrees,
    target_value,
    year_cell_of,
)
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number

# pairings of a rate run counted at most this far: two tell the pairing is not the only one
_PAIRINGS_SEEN = 2

# the columns before the status such a table runs (its year column printed as a run before its head)
_VALUE_COLUMNS = ["project", "target", "actual", "rate"]


def rows_from_runs(
    lines: list[str], h: int, start: int, layout: tuple[bool, list[str], str]
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
        if (
            len(year_lines) < 2
            or pre[run : run + len(year_lines)] != year_lines
            or not all(text[k].isdigit() for k in year_lines)
        ):
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
    statuses = inline + idx[first_status : first_status + n - len(inline)]
    if len(statuses) != n or not all(is_status_cell(text[k]) for k in statuses):
        return None
    after_run = idx[first_status + n - len(inline) : first_status + n - len(inline) + 1]
    if after_run and is_status_cell(text[after_run[0]]):
        return None  # more statuses than years
    n_projects = len(pre) - 3 * n
    if n_projects < max(1, n_before_years) or any(
        year_cell_of(text[k]) is not None or bullet_item(text[k]) for k in pre
    ):
        return None  # the year run amid the value cells, or the counts off
    projects, values = pre[:n_projects], pre[n_projects:]
    amid = any(any(ch.isdigit() for ch in text[k]) or DASH.match(text[k]) for k in projects)
    if (
        amid
    ):  # a figure among the first lines: the project cells printed amid the values (goal_projects_amid)?
        if (split := projects_amid(pre, text, n, n_before_years)) is None:
            return None  # a target's cell among the project cells, the counts off
        projects, values = split
    cells = _row_triples([text[k] for k in values], n)
    if (
        amid
        and cells is not None
        and not projects_before_targets(
            pre, projects, [(values[t], None if a is None else values[a]) for t, a in cells]
        )
    ):
        return None  # a project line before an actual or a rate: a worded target's? (goal_line_kinds)
    if cells is None or any(
        cells[r][0] != 3 * r or idx.index(s) != idx.index(values[3 * r + 2]) + 1 for r, s in enumerate(inline)
    ):
        return None  # a status amid the cells not right after a row printed row by row: not that row's
    row_project = [None] * n if amid else _carried_project([text[k] for k in projects], n)
    rows: list[GoalRow] = []
    for r, (t, a) in enumerate(cells):
        year = year_cell_of(lines[year_lines[r]].strip())
        rows.append(
            GoalRow(
                values[t],
                row_project[r],
                year,
                text[values[t]],
                text[statuses[r]],
                None if a is None else text[values[a]],
                None,
                project_unproven=amid,
            )
        )
    return rows, [], (head_at, statuses[-1] + 1)


def rate_run_triples(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """:func:`_row_triples` (each of ``n`` rows' target and actual places among ``cells``, proven by the rates)."""
    return _row_triples(cells, n)


def _row_triples(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """Each of ``n`` rows' (target, actual) places among ``cells`` (three a row: a target, an actual and a
    rate each), the actual None when dashed. The first rows may be printed row by row (target, actual,
    rate; each row's rate proving its cells); the rows left printed so too, or column by column (their
    targets, their actuals, their rates, each a run in row order, each row's rate proving its cells), or
    with the rates as a run after the targets and actuals dealt in an order of the dump's own (each row's
    pair the one its rate proves, the only one; a dashed row: the one target and dash left). None when no
    pairing is proven."""
    out: list[tuple[int, int | None]] = []
    while len(out) < n and _triple_proven(*cells[3 * len(out) : 3 * len(out) + 3]):
        r = len(out)
        out.append((3 * r, None if DASH.match(cells[3 * r + 1]) else 3 * r + 1))
    done, k = len(out), n - len(out)
    if not k:
        return out
    paired = _rate_run_pairs(cells[3 * done :], k)
    return (
        None
        if paired is None
        else out + [(3 * done + t, None if a is None else 3 * done + a) for t, a in paired]
    )


def _rate_run_pairs(cells: list[str], n: int) -> list[tuple[int, int | None]] | None:
    """The rows' (target, actual) places among ``cells``: ``2 n`` targets and actuals (column by column: the
    targets, then the actuals; or in an order of the dump's own), then the ``n`` rates in row order. Read only
    where the rated rows' pairs are the ONLY pairing the rates allow (``100명, 50명, 51명, 26명, 50%, 51%``
    pairs 100/50 and 51/26 as well as 100/51 and 50/26: not read); the dashed rows (a dash actual and rate)
    then take the targets left: by their columns when the rated rows sit column by column, else only one such
    row (the one target and dash left). None when not proven."""
    values, rates = cells[: 2 * n], cells[2 * n :]
    if not all(RATE.match(c) or DASH.match(c) for c in rates) or any(RATE.match(c) for c in values):
        return None
    dashed = [r for r, rate in enumerate(rates) if DASH.match(rate)]
    found = _pairings(values, rates, 0, set(range(2 * n)), {}, len(dashed))
    if len(found) != 1:
        return None  # no pairing, or more than one: not proven
    out = found[0]
    if all(out[r] == (r, n + r) for r in out) and all(
        _triple_proven(values[r], values[n + r], rates[r]) for r in dashed
    ):
        return [out.get(r, (r, None)) for r in range(n)]  # column by column, the dashed rows too
    free = set(range(2 * n)) - {i for pair in out.values() for i in pair if i is not None}
    targets = [k for k in sorted(free) if not DASH.match(values[k])]
    if len(dashed) > 1:
        return None  # the dashed rows' targets not told apart
    for r, k in zip(dashed, targets, strict=True):
        out[r] = (k, None)
    return [out[r] for r in range(n)]


def _pairings(
    values: list[str],
    rates: list[str],
    r: int,
    free: set[int],
    got: dict[int, tuple[int, int | None]],
    n_dashed: int,
) -> list[dict[int, tuple[int, int | None]]]:
    """The pairings (row -> (target, actual) places among ``values``) of the rated rows from row ``r`` on, each
    row's pair one its rate proves (:func:`_triple_proven`) among the ``free`` places, the places left over the
    dashed rows' targets and dashes (``n_dashed`` of each); at most :data:`_PAIRINGS_SEEN` of them, pairings
    whose cells print alike counted once (two ``공정률 80%`` targets: either is the row's)."""
    if r == len(rates):
        left = [values[k] for k in free]
        dashes = sum(1 for v in left if DASH.match(v))
        return [dict(got)] if dashes == n_dashed and len(left) == 2 * n_dashed else []
    if DASH.match(rates[r]):
        return _pairings(values, rates, r + 1, free, got, n_dashed)
    out: list[dict[int, tuple[int, int | None]]] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for i in sorted(free):
        for j in sorted(free - {i}):
            if len(out) < _PAIRINGS_SEEN and _triple_proven(values[i], values[j], rates[r]):
                got[r] = (i, j)
                for found in _pairings(values, rates, r + 1, free - {i, j}, got, n_dashed):
                    texts = tuple(
                        (values[t], values[a]) for _, (t, a) in sorted(found.items()) if a is not None
                    )
                    if texts not in seen:
                        seen.add(texts)
                        out.append(found)
                del got[r]
    return out[:_PAIRINGS_SEEN]


def _year_run_before(lines: list[str], h: int) -> tuple[int, list[int]] | None:
    """The year column printed as a run just before line ``h``: (the index of its head word's line, the
    indexes of its year cells, two or more); None when the lines before ``h`` are not so."""
    back = [k for k in range(h - 1, -1, -1) if lines[k].strip()]
    n = year_run([lines[k].strip() for k in back])
    years, k = back[:n], back[n] if n < len(back) else -1
    if len(years) < 2 or k < 0 or current().build(column_words).get(key(lines[k])) != "year":
        return None
    if any(not lines[j].strip().isdigit() for j in years):
        return None  # a year-group line (``<2023>``), no cell of a year column
    return k, years[::-1]


def _carried_project(cells: list[str], n: int) -> list[str | None]:
    """The ``n`` rows' project cells from the project lines printed: the one line carried down over every row
    (a cell spanning them); more lines prove no row's project (a name wrapped over lines, cells spanning some
    rows: the years, rising or falling, do not tell which), so none is read."""
    return [cells[0]] * n if len(cells) == 1 else [None] * n


def _triple_proven(target: str, actual: str, rate: str) -> bool:
    """Whether a row's target / actual / rate cells prove their places: the target and the actual figures of
    one unit (``10개`` is no target of ``5명``) and the rate the actual over the target
    (:func:`goal_values.rate_agrees` within the print's rounding: a whole percent one point), or the actual and the
    rate both dashes over a target that is no value
    cell of another column."""
    if DASH.match(target) or RATE.match(target) or is_status_cell(target):
        return False
    if DASH.match(rate):
        return DASH.match(actual) is not None
    m = RATE.match(rate)
    if m is None or DASH.match(actual):
        return False
    tm, am = target_value(target), actual_value(actual)
    if tm is None or am is None or tm.group(2) != am.group(2):
        return False
    if not parse_number(tm.group(1)) or parse_number(am.group(1)) is None:
        return False
    # the print's rounding: a pairing is proven by the rate's printed digits, not by the two points a rate
    # merely agreeing is allowed
    decimals = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    return rate_agrees(float(m.group(1)), target, actual, within=10**-decimals)


def rows_from_column_boxes(lines: list[str]) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """The goal rows of a table a dump printed a column box at a time, each box its head word (or words,
    their boxes' cells then one column after another) and then its cells one a line: the 연도 word and its
    years (two or more) first, then the project, 목표, 실적, 달성률 and 추진상황 boxes, each value column
    as many cells as years. Read only where every row's rate proves its target and actual (or both are
    dashes) and every status cell is one; the project cell the rows' only where the box prints one line. (the rows, no line unread, the lines ``[a, b)`` the boxes take); None when no
    table is so printed."""
    words = current().build(column_words)
    for h, line in enumerate(lines):
        if words.get(key(line)) == "year" and (got := _boxes_from(lines, h, words)) is not None:
            return got
    return None


def _boxes_from(
    lines: list[str], h: int, words: dict[str, str]
) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """:func:`rows_from_column_boxes` of the boxes from the year head word at line ``h``."""
    idx = [k for k in range(h + 1, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    year_lines = idx[: year_run([text[k] for k in idx], bare=True)]
    n = len(year_lines)
    if n < 1:
        return None
    columns: dict[str, list[int]] = {}
    heads: list[str] = []
    cells: list[int] = []
    end = year_lines[-1] + 1
    for k in idx[n:]:
        kind = words.get(key(text[k])) or (
            None if any(ch.isdigit() for ch in text[k]) else compound_kind(text[k], words)
        )
        if kind is not None and kind != "other":
            if cells:
                if not _box_closed(heads, cells, n, columns, text):
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
        if (
            heads
            and cells
            and "project" not in heads
            and len(cells) == n * len(heads)
            and {"target", "actual", "rate", "status"} <= set(columns) | set(heads)
        ):
            if not _box_closed(heads, cells, n, columns, text):
                return None
            break
    if not {"target", "actual", "rate", "status"} <= set(columns) or not set(columns) <= {
        "project",
        "target",
        "actual",
        "rate",
        "status",
    }:
        return None
    rows: list[GoalRow] = []
    projects = [text[k] for k in columns.get("project", [])]
    row_project = (
        _carried_project(projects, n) if not any(ch.isdigit() for p in projects for ch in p) else [None] * n
    )
    wrapped = (
        n == 1 and len(columns["target"]) > 1
    )  # one row's cells dealt line by line (goal_interleaved_box)
    if wrapped:
        lexicon = "\n".join(lines)
        if any(ch.isdigit() for p in projects for ch in p):
            return None
        row_project = [joined(projects, lexicon)]
    for r in range(n):
        t, a, rate, s = (text[columns[c][r]] for c in ("target", "actual", "rate", "status"))
        if wrapped:
            t = joined([text[k] for k in columns["target"]], lexicon)
        if not is_status_cell(s) or not (_triple_proven(t, a, rate) or wrapped and rate_proves(t, a, rate)):
            return None
        rows.append(
            GoalRow(
                columns["target"][r],
                row_project[r],
                year_cell_of(text[year_lines[r]]),
                t,
                s,
                None if DASH.match(a) else a,
                None,
            )
        )
    if n == 1 and (detail := one_row_detail(lines, end, words, "\n".join(lines))) is not None:
        rows, end = [replace(rows[0], detail=detail[0])], detail[1]  # its 추진내용 box after the status box
    return rows, [], (h, end)


def _box_closed(
    heads: list[str], cells: list[int], n: int, columns: dict[str, list[int]], text: dict[int, str]
) -> bool:
    """Files a box's cells under its heads (``columns``): a project box keeps its lines as printed (a cell
    wrapped over lines: more lines than rows), the heads after it in the same box their ``n`` cells each
    after those lines, or, a table of one row, each head the lines dealt to it where its cells wrapped side by
    side print line by line (:func:`goal_interleaved_box.interleaved_cells`: the one reading that wraps);
    any other box must hold ``n`` cells a head."""
    if (
        n == 1
        and heads[:1] == ["project"]
        and len(heads) > 1
        and interleaved_cells([text[k] for k in cells], len(heads)) is not None
    ):
        for c, kind in enumerate(heads):
            columns[kind] = cells[c :: len(heads)]
        return True
    if "project" in heads:  # its cells first, as many lines as printed; the other heads' cells after them
        rest = n * (len(heads) - 1)
        if heads[0] != "project" or len(cells) <= rest:
            return False
        columns["project"], cells, heads = (
            list(cells[: len(cells) - rest]),
            cells[len(cells) - rest :],
            heads[1:],
        )
    if len(cells) != n * len(heads):
        return False
    for c, kind in enumerate(heads):
        columns[kind] = cells[c * n : (c + 1) * n]
    return True
