"""Goal rows of a dump that printed the 목표달성 table's cells one per line, but not in the
table's order (``pdftotext`` in its default mode: blocks of cells, a merged column printed apart).

Only what the lines themselves fix is read. A run of header lines, each one column word, names
the columns a row prints together, ending with the status (``주요사업`` / ``목표`` / ``실적`` /
``추진상황``); each row follows as its cells, closed by a status line. Read from the status back, a
달성률 cell is a rate (``92%``, ``-``), an 실적 cell a dash or a figure with its unit; the one
free-text column left (the target) takes the lines before them (a cell the dump wrapped over two
lines). A row of worded cells (``설계 완료``) is read only when it prints one line per column. The
run must end cleanly: after its last status comes the end, a year, a column word or a bulleted
line. A cell out of shape, a 달성률 that disagrees with its figures, or a run that does not end
cleanly leaves the whole table unread (its lines are handed back: ``extract.table_unrecovered``).
Years printed apart (the year column, printed after the rows) are given to the rows in order
only when there are as many as rows, never falling; otherwise the year stays null. A 추진내용
column after the status prints one line after each row's status. A project column printed apart
beside the years (a year, its project, the next year ...) gives each row its project only when
every year is followed by exactly one line; otherwise the project stays null.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.goal_head_words import column_words, head_kind
from pledgecard.extract.sections.goal_lead_runs import lead_columns
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import (
    DASH,
    RATE,
    is_status_cell,
    is_value_token,
    value_token,
    year_cell_of,
)
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number

_ROW_KINDS = ("project", "target", "actual", "rate", "status")


def _header(lines: list[str]) -> tuple[list[str], int, bool] | None:
    """The column kinds of the first run of one-word header lines that ends with its status
    column (or with the status and then a 추진내용 column) and names a target, the index of the
    line after it, and whether a 추진내용 cell follows each row's status."""
    i = 0
    while i < len(lines):
        kinds: list[str] = []
        j = i
        while j < len(lines) and (kind := head_kind(lines[j])) is not None:
            if kind != "other":
                kinds.append(kind)
            j += 1
        detail = len(kinds) > 1 and kinds[-1] == "detail" and kinds[-2] == "status"
        if detail:
            kinds = kinds[:-1]
        row = [k for k in kinds if k in _ROW_KINDS]
        # the run's own tail: the columns printed row by row end it, closed by the status
        tail = kinds[len(kinds) - len(row) :] if row else []
        if tail == row and row and row[-1] == "status" and "target" in row and len(set(row)) == len(row):
            return row, j, detail
        i = j + 1 if j > i else i + 1
    return None


def _is_actual(text: str) -> bool:
    """A dash, or a figure with its unit, maybe after a measure word (``공정률 55%``)."""
    toks = text.split()
    value = current().build(value_token)
    return bool(DASH.match(text.strip())) or (1 <= len(toks) <= 2 and bool(value.match(toks[-1])))


def _rate_agrees(target: str, actual: str, rate: str) -> bool:
    """A printed 달성률 agrees with the actual over the target's figure (within two points), where
    both print one with the same unit; a dash rate says nothing."""
    m = RATE.match(rate.strip())
    if m is None:
        return True
    value = current().build(value_token)
    tm = next(
        (
            value.match(t)
            for t in reversed(target.replace("(", " ").replace(")", " ").split())
            if value.match(t)
        ),
        None,
    )
    am = value.match(actual.split()[-1]) if actual.split() else None
    if not tm or not am or tm.group(2) != am.group(2):
        return True
    tv, av = parse_number(tm.group(1)), parse_number(am.group(1))
    if not tv or av is None:
        return True
    return abs(100 * av / tv - float(m.group(1))) <= 2


def _row(cells: list[str], cols: list[str], strict: bool = False) -> dict[str, str] | None:
    """The cells of one row (its lines before the status) placed under ``cols`` (the columns
    before the status), or None when their shapes do not fix the places. ``strict``: the actual
    must have a figure's shape even in a row of one line per column."""
    out: dict[str, str] = {}
    rest = list(cells)
    if len(rest) == len(cols):
        out = dict(zip(cols, rest, strict=True))
    else:
        free = [c for c in cols if c not in ("actual", "rate")]
        if free != ["target"] or len(rest) < len(cols):
            return None
        # the columns printed before the target (an 실적 head before 목표) take the first lines, the
        # ones after it the last: the target, wrapped over the lines between, is never given a
        # figure of the actual printed before it
        for col in cols[: cols.index("target")]:
            out[col] = rest.pop(0)
        for col in reversed(cols[cols.index("target") + 1 :]):
            out[col] = rest.pop()
        out["target"] = ""
        for part in rest:
            out["target"] = glue(out["target"], part) if out["target"] else part
    if "rate" in out and not (RATE.match(out["rate"].strip()) or DASH.match(out["rate"].strip())):
        return None
    if "actual" in out and (strict or len(cells) != len(cols)) and not _is_actual(out["actual"]):
        return None
    if "actual" in out and sum(map(is_value_token, out["actual"].split())) > 1:
        return (
            None  # two figures in one actual cell (공정률 70% 공정률 38%): two cells run together, not placed
        )
    if any(year_cell_of(v) is not None or is_status_cell(v) for v in out.values()):
        return None
    if "rate" in out and "actual" in out and not _rate_agrees(out["target"], out["actual"], out["rate"]):
        return None
    return out


def _clean_end(line: str | None) -> bool:
    if line is None:
        return True
    marker, body = split_marker(line)
    return year_cell_of(line) is not None or head_kind(line) is not None or bool(marker and body.strip())


def goal_stream(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """Goal rows read as the module tells, and the indexes of the lines not read; None when the
    lines hold no such table or its cells cannot all be placed."""
    lines = [ln.strip() for ln in lines]
    found = _header(lines)
    if found is None:
        return None
    kinds, start, detail = found
    got = _read(lines, start, kinds[:-1], strict=False, detail=detail)
    if got is None and detail:
        # no row but the last prints a 추진내용 cell after its status: one cell spanning the rows
        got = _read(lines, start, kinds[:-1], strict=False, spanning=True)
    if got is None and kinds[0] == "project":
        # the project column printed apart (after the rows, beside the years): every row prints
        # the other columns only, its actual a figure or a dash
        got = _read(lines, start, kinds[1:-1], strict=True, detail=detail)
        if got is not None:
            got = _projects_beside_years(lines, *got)
    if got is not None:
        got = _lead_columns(lines, start, *got)
    return got


def goal_stream_lines(lines: list[str]) -> set[int]:
    """The lines :func:`goal_stream` reads as its table's (header words and cells), none when it
    reads no table there."""
    got = goal_stream(lines)
    if got is None or not got[0]:
        return set()
    unread = set(got[1])
    return {k for k, ln in enumerate(lines) if ln.strip() and k not in unread}


def _head_start(lines: list[str], start: int) -> int:
    """Where the rows' header begins: line ``start`` less the column words printed just above it."""
    h = start
    while h > 0 and head_kind(lines[h - 1]) is not None:
        h -= 1
    return h


def _lead_columns(
    lines: list[str], start: int, rows: list[GoalRow], unread: list[int]
) -> tuple[list[GoalRow], list[int]]:
    """The table's leading columns (연도 / 주요사업 before 목표 ...) printed column by column above
    the rows' header, placed where their counts prove them (:func:`lead_columns`)."""
    return lead_columns(lines, _head_start(lines, start), rows, unread)


def _projects_beside_years(
    lines: list[str], rows: list[GoalRow], unread: list[int]
) -> tuple[list[GoalRow], list[int]]:
    """The project column printed apart beside the year column (``[2023년]`` / ``지원센터 조성`` /
    ``[2024년]`` / ...): where every year placed on a row is followed by exactly one line, nothing
    else between, and then the run ends, that line is its row's project; else no project is placed."""
    if not rows or any(r.year is None for r in rows):
        return rows, unread
    years = [k for k, ln in enumerate(lines) if year_cell_of(ln) is not None and k not in unread]
    years = [k for k in years if k > max(r.line for r in rows)]
    if len(years) != len(rows):
        return rows, unread
    projects: list[int] = []
    for n, k in enumerate(years):
        end = years[n + 1] if n + 1 < len(years) else None
        after = [q for q in unread if q > k and (end is None or q < end)]
        if end is not None and len(after) != 1:
            return rows, unread
        if end is None:
            after = after[:1]
        if not after or is_status_cell(lines[after[0]]) or split_marker(lines[after[0]])[0]:
            return rows, unread
        projects.append(after[0])
    if not _clean_end(next((lines[q] for q in unread if q > projects[-1]), None)):
        return rows, unread
    out = [replace(r, project=lines[q]) for r, q in zip(rows, projects, strict=True)]
    return out, [q for q in unread if q not in projects]


def _read(
    lines: list[str], start: int, cols: list[str], strict: bool, detail: bool = False, spanning: bool = False
) -> tuple[list[GoalRow], list[int]] | None:
    """The rows after the header (see the module); ``spanning``: the lines after a status that hold
    no status and end the run cleanly are one 추진내용 cell spanning every row, given to each."""
    rows: list[tuple[dict[str, str], int]] = []
    year_amid = False
    span = ""
    h = _head_start(lines, start)
    used: set[int] = set(range(h, start))
    i = start
    cells: list[int] = []
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        if is_status_cell(lines[i]):
            # a year column's cell among the row's: the years printed apart are not the rows' in order (the next
            # row's year printed after this row's status); a year line is no cell of the row's (never glued into
            # its target: hanul-special 12 pdftotext read ``2024년도 둘레길 조성 ...`` as a target), left unread
            amid = [k for k in cells if year_cell_of(lines[k]) is not None]
            year_amid = year_amid or bool(amid)
            cells = [k for k in cells if k not in amid]
            row = _row([lines[k] for k in cells], cols, strict)
            if row is None:
                return None
            row["status"] = lines[i]
            rows.append((row, cells[0] if cells else i))
            used.update(cells)
            used.add(i)
            cells = []
            if detail:  # the row's 추진내용 cell follows its status
                d = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
                if d is None or _clean_end(lines[d]) or is_status_cell(lines[d]):
                    return None
                row["detail"] = lines[d]
                used.add(d)
                i = d
            if spanning and (cell := _spanning_cell(lines, i + 1)) is not None:
                span, end = cell
                used.update(k for k in range(i + 1, end) if lines[k])
                break
            nxt = next((ln for ln in lines[i + 1 :] if ln), None)
            if _clean_end(nxt):
                break
        else:
            cells.append(i)
            if len(cells) > len(cols) + 3:
                return None
        i += 1
    else:
        return None
    if not rows or (spanning and not span):
        return None
    if span:
        rows = [({**r, "detail": span}, at) for r, at in rows]
    years = [(k, y) for k, ln in enumerate(lines) if k not in used and (y := year_cell_of(ln)) is not None]
    fit = (
        not year_amid
        and len(years) == len(rows)
        and all(a[1] <= b[1] for a, b in zip(years, years[1:], strict=False))
        and not rows_left_after(lines, i, used)
    )
    out = [
        GoalRow(
            line=at,
            project=r.get("project"),
            year=years[n][1] if fit else None,
            target=r["target"],
            status=r["status"],
            actual=r.get("actual"),
            detail=r.get("detail"),
        )
        for n, (r, at) in enumerate(rows)
    ]
    if fit:
        used.update(k for k, _ in years)
    return out, [k for k in range(len(lines)) if k not in used and lines[k]]


def rows_left_after(lines: list[str], end: int, used: set[int]) -> bool:
    """Whether a status cell stands among the lines after ``end`` (the run's last status) that no row took: the table
    prints rows the run did not read (past a page break: a running header between), so the years printed apart,
    as many as the rows read, are no proof of one a row (``<2023>`` / two projects / ``<2024>`` ...: marks of
    groups of rows; solmae-county 13019 pdftotext read 2023, 2024, 2025 for rows of 2023, 2023, 2024). A figure cell
    with its unit (a target's or an actual's, ``공정률 100%``) no row took tells the same: a row past a page break
    with its status blank (haram-district 25046 pdftotext: its year printed on the page before, with the others,
    2020 and 2021 read for rows of 2019 and 2020)."""
    return any(
        is_status_cell(lines[k]) or (_is_actual(lines[k]) and not DASH.match(lines[k].strip()))
        for k in range(end + 1, len(lines))
        if k not in used and lines[k]
    )


def _spanning_cell(lines: list[str], k: int) -> tuple[str, int] | None:
    """The text of the lines from ``k`` to the run's clean end (a cell wrapped over them), and the
    index where it ends; None when one of them is a status, a year, a figure or a bulleted line
    (the next row's cells), or they are none."""
    text = ""
    while k < len(lines) and (not lines[k] or not _clean_end(lines[k])):
        ln = lines[k]
        if ln:
            if is_status_cell(ln) or _is_actual(ln) or RATE.match(ln) or split_marker(ln)[0]:
                return None
            text = glue(text, ln) if text else ln
        k += 1
    return (text, k) if text else None


def _mark_year(text: str) -> int | None:
    """The year of a ``<2023>`` mark line (a year in angle brackets, as target cells print it)."""
    t = text.strip()
    return year_cell_of(t) if t[:1] in "<〈" else None


def _bracketed(text: str) -> bool:
    t = text.strip()
    return t.startswith("(") and t.endswith(")")


def goal_marks_status_first(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """Goal rows of a table whose target cells open with a ``<2023>`` mark, printed a cell a line
    with the status cell between the mark and the target's text (``<2023>`` / ``추진중`` / ``기본계획
    수립`` / ``(관계기관 협의)``): each mark's lines are its status, its target (maybe over lines)
    and, last, the bracketed actual the status cell holds. Every mark's lines must be so, with
    nothing after the actual; else None (the cells' places are not known). One line before a
    mark's status is the project cell spanning the rows of its group where the header names a project
    column and nothing else can hold it (:func:`_spanning_project`); a mark whose year is no later than
    the one before it opens another group (another project's rows, :func:`_groups`). Where a line may be
    another project's cell (a line printing no figure after a target's figure once its group's project is
    placed, or after the last row of a group), it is left unread and the rows after it, up to a project
    placed, have their project null and flagged ``project_unproven`` (extract.project_unproven); the
    rows before it keep what is proven (hansol-district 104140 pdftotext: the whole table was lost)."""
    lines = [ln.strip() for ln in lines]
    marks = [k for k, ln in enumerate(lines) if _mark_year(ln) is not None]
    if not marks:
        return None
    group = _groups(lines, marks)
    several = group[-1] > 0
    rows: list[GoalRow] = []
    row_group: list[int] = []  # each row's group of one project (a line left unread opens another)
    used: set[int] = set()
    spanning = _spanning_project(lines, marks)
    projects: dict[int, int] = {}  # a group's project line
    unproven: set[int] = set()  # the groups opened after a line that may be another project's cell
    shift = 0  # groups opened by such lines so far
    for n, m in enumerate(marks):
        g = group[n] + shift
        end = marks[n + 1] if n + 1 < len(marks) else len(lines)
        last_of_group = n + 1 < len(marks) and group[n + 1] != group[n]
        chunk = [k for k in range(m + 1, end) if lines[k]]
        if (
            spanning
            and g not in projects
            and len(chunk) >= 3
            and not is_status_cell(lines[chunk[0]])
            and is_status_cell(lines[chunk[1]])
            and year_cell_of(lines[chunk[0]]) is None
        ):
            projects[g], chunk = (
                chunk[0],
                chunk[1:],
            )  # the project cell spanning the group's rows, printed here
            unproven.discard(g)
        if len(chunk) < 2 or not is_status_cell(lines[chunk[0]]):
            return None
        body = chunk[1:]
        actual = None
        stray: list[int] = []  # lines that may be another project's cell
        if (
            spanning
            and n + 1 < len(marks)
            and len(body) >= 3
            and _bracketed(lines[body[-2]])
            and not _bracketed(lines[body[-1]])
            and year_cell_of(lines[body[-1]]) is None
            and not split_marker(lines[body[-1]])[0]
        ):
            if g not in projects and not last_of_group:
                # the project cell spanning the group's rows, printed after a row's bracketed actual (the
                # spanning cell stands level with the rows' middle): the one line no row can hold
                projects[g], body = body[-1], body[:-1]
            elif several or g in projects:
                stray, body = (
                    [body[-1]],
                    body[:-1],
                )  # the group's last row, or its project placed: whose is it
            else:
                projects[g], body = body[-1], body[:-1]
        if _bracketed(lines[body[-1]]):
            actual = lines[body[-1]][1:-1].strip() or None
            body = body[:-1]
        elif len(body) >= 2 and (g in projects or last_of_group) and not _holds_figure(lines[body[-1]]):
            # a line printing no figure after the target's lines, its group's project placed or the next group
            # opening after it: another project's cell as well as the target's rest
            cut = max((i for i, k in enumerate(body) if _holds_figure(lines[k])), default=-1)
            stray, body = body[cut + 1 :] if cut >= 0 else body, body[: cut + 1] if cut >= 0 else []
        if any(
            _bracketed(lines[k])
            or is_status_cell(lines[k])
            or year_cell_of(lines[k]) is not None
            or split_marker(lines[k])[0]
            for k in body
        ):
            return None
        if body:
            target = ""
            for k in body:
                target = glue(target, lines[k]) if target else lines[k]
            rows.append(
                GoalRow(
                    line=m,
                    project=None,
                    year=_mark_year(lines[m]),
                    target=target,
                    status=lines[chunk[0]],
                    actual=actual,
                    detail=None,
                )
            )
            row_group.append(g)
            used.update([m, chunk[0], *body])
            if actual is not None:
                used.add(chunk[-1] if not stray else chunk[-1 - len(stray)])
        if stray or not body:
            shift += 1  # the rows after it stand under a project no line proves
            unproven.add(g + 1)
    if not several and shift == 0 and len(projects) == 1:
        (k,) = projects.values()
        rows = [replace(r, project=lines[k]) for r in rows]
        used.add(k)
    elif shift == 0 and not projects:
        if (by_group := _projects_by_group(lines, marks, rows)) is not None:
            rows = [replace(r, project=lines[k]) for r, k in zip(rows, by_group, strict=True)]
            used.update(by_group)
    else:
        rows = [
            replace(r, project=lines[projects[g]])
            if g in projects
            else replace(r, project=None, project_unproven=spanning or g in unproven)
            if several or shift
            else r
            for r, g in zip(rows, row_group, strict=True)
        ]
        used.update(projects.values())
    return rows, [k for k in range(len(lines)) if k not in used and lines[k]]


def _holds_figure(text: str) -> bool:
    """Whether a line prints a figure (a digit): a target's figure, no project's bare name."""
    return any(ch.isdigit() for ch in text)


def _groups(lines: list[str], marks: list[int]) -> list[int]:
    """Each mark's group of rows: a year no later than the one before it (``<2026>`` then ``<2023>``, or ``<2025>``
    twice) opens another group, another project's rows (so no one cell spans every row: hansol-district 104002
    pdftotext read the second project's name, printed after the first group's last target, glued into that target
    and the first project's name given to every row)."""
    years = [_mark_year(lines[k]) for k in marks]
    out = [0]
    for a, b in zip(years, years[1:], strict=False):
        out.append(out[-1] + (1 if a is None or b is None or b <= a else 0))
    return out


def _projects_by_group(lines: list[str], marks: list[int], rows: list[GoalRow]) -> list[int] | None:
    """The project column printed column by column amid the header (``주요사업`` / ``도시숲 지원사업``
    / ``도시숲 기반 구축`` / ``목표치`` ...), each project cell spanning a group of rows whose years
    rise (``<2023>`` ``<2024>``, then ``<2023>`` again): the line of each row's project, when the
    header names a project column and no 추진내용 one, and its other lines are as many as the groups
    (two or more), in order; else None."""
    words = current().build(column_words)
    head = [k for k in range(marks[0]) if lines[k]]
    kinds = [words.get(key(lines[k])) for k in head]
    if "project" not in kinds or "detail" in kinds:
        return None
    cells = [k for k, kind in zip(head, kinds, strict=True) if kind is None]
    if any(
        is_status_cell(lines[k])
        or _bracketed(lines[k])
        or year_cell_of(lines[k]) is not None
        or split_marker(lines[k])[0]
        for k in cells
    ):
        return None
    group: list[int] = []
    n = 0
    for i, r in enumerate(rows):
        if r.year is None:
            return None
        if i and r.year <= rows[i - 1].year:  # type: ignore[operator]
            n += 1
        group.append(n)
    if len(cells) < 2 or len(cells) != n + 1:
        return None
    return [cells[g] for g in group]


def _spanning_project(lines: list[str], marks: list[int]) -> bool:
    """Whether the header before the first mark names a project column (and no 추진내용 one) and
    prints nothing but column words: one line printed before a mark's status, the only line of
    the table that is no status, target or actual, is then the project cell spanning every row."""
    words = current().build(column_words)
    head = [ln for ln in lines[: marks[0]] if ln]
    kinds = [words.get(key(ln)) for ln in head]
    return bool(head) and None not in kinds and "project" in kinds and "detail" not in kinds
