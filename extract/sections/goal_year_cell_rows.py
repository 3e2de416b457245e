"""Goal rows a cell a line in the table's own order, each row printing its year cell, under a head printed a
word a line that names the year column (``구분`` / ``연도`` / ``목표`` / ``실적`` / ``추진상황``).

Class of card fixed (gureum-metro-web-2-14, a web page's table copied by a browser's select-all: every cell on a
line of its own, the rows apart by blank lines, the project's cell spanning its rows printed once, on its first
row): the stream reader (goal_stream) reads the columns a row prints from its status back and gives the free
target column every line before them, the year column's head left out of the row's columns: the project, the
year and the target were read as one target (``경관조명 설치 2024 20개소``), the year null, and the rows after the
first (one cell short) unread.

Here the head run's columns are read whole: an optional project column (a project word, or a ``구분`` opening the
run where no word names the project), the year, the target, the actual, an optional rate, the status and an
optional 추진내용. Every row prints them in that order, each cell in its column's shape (the year a year cell,
the status a status word, the actual a dash or a figure, the rate a rate or a dash, the target and the project
neither a year nor a status); a row one cell short, opening with its year, is a row under the project cell
printed once above it and carries that project. The rows are read while they fit; a table with a row out of
shape or no row read is left to the other readers. The same in python-hwpx's ``hwpx-text-extract --include-tables``
of an HWPX table (doc-sollip-district-3-2-07: ``사 업`` heading the project over the run, the word a real table's head
names the project with, taken as the head only where the first row prints a project cell before its year)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_head_words import head_kind
from pledgecard.extract.sections.goal_line_heads import outcome_word
from pledgecard.extract.sections.goal_quarters import quarter_head
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import DASH, RATE, is_status_cell, is_value_token, year_cell_of
from pledgecard.extract.vocabulary import current, key

_SHAPES = (("project",), ("year",), ("target",), ("actual",), ("rate", None), ("status",), ("detail", None))


def _columns(kinds: list[str]) -> list[str] | None:
    """The head run's kinds when they are the row's columns in the module's order (project, year, target,
    actual, rate, status, detail; the project, rate and detail optional), else None."""
    out: list[str] = []
    i = 0
    for kind, *optional in _SHAPES:
        if i < len(kinds) and kinds[i] == kind:
            out.append(kind)
            i += 1
        elif not optional and kind != "project":
            return None
    return out if i == len(kinds) else None


def _fits(kind: str, text: str) -> bool:
    """Whether ``text`` has the shape of a cell of column ``kind``."""
    if kind == "year":
        return year_cell_of(text) is not None
    if kind == "status":  # a status word, or an outcome word (달성) beside them: see _rows
        return is_status_cell(text) or outcome_word(text)
    if kind == "actual":
        words = text.split()  # a figure closing the cell, or opening it before what it counts (6개 노선)
        return (
            bool(DASH.match(text))
            or is_status_cell(text)
            or any(is_value_token(t) for t in {*words[:1], *words[-1:]})
            or text.replace(",", "").replace(".", "").isdigit()
            # a milestone's word (착수 | 착공): no figure, no year; the row's year and status cells place it
            or (not any(ch.isdigit() for ch in text) and year_cell_of(text) is None)
        )
    if kind == "rate":
        return bool(RATE.match(text) or DASH.match(text)) or text.replace(".", "").isdigit()
    return year_cell_of(text) is None and not is_status_cell(text) and not DASH.match(text)


def _actual(text: str | None) -> str | None:
    """The actual cell's text, None for a dash (nothing measured)."""
    return None if text is None or DASH.match(text) else text


def _rows(texts: list[tuple[int, str]], p: int, cols: list[str]) -> tuple[list[GoalRow], set[int]]:
    """The rows from ``texts[p]`` on while they fit ``cols`` (see the module), and the indexes of their lines."""
    rows: list[GoalRow] = []
    used: set[int] = set()
    while p < len(texts):
        full = [t for _, t in texts[p : p + len(cols)]]
        short = [t for _, t in texts[p : p + len(cols) - 1]]
        if len(full) == len(cols) and all(_fits(c, t) for c, t in zip(cols, full, strict=True)):
            cells = dict(zip(cols, full, strict=True))
            n = len(cols)
        elif (
            cols[0] == "project"
            and rows
            and len(short) == len(cols) - 1
            and all(_fits(c, t) for c, t in zip(cols[1:], short, strict=True))
        ):
            cells = {"project": rows[-1].project or "", **dict(zip(cols[1:], short, strict=True))}
            n = len(cols) - 1
        else:
            break
        rows.append(
            GoalRow(
                line=texts[p][0],
                project=cells.get("project"),
                year=year_cell_of(cells["year"]),
                target=cells["target"],
                status=cells["status"],
                actual=_actual(cells.get("actual")),
                detail=cells.get("detail"),
            )
        )
        used.update(k for k, _ in texts[p : p + n])
        p += n
    if rows and not any(is_status_cell(r.status or "") for r in rows):
        return [], set()  # outcome words alone are no status column (goal_key_cells.status_column's rule)
    return rows, used


def goal_year_rows(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows of the lines (see the module) and the indexes of the non-empty lines not read; None when
    they hold no such table."""
    texts = [(k, ln.strip()) for k, ln in enumerate(lines) if ln.strip()]
    start = next((n for n, (_, t) in enumerate(texts) if head_kind(t) is not None), None)
    if start is None:
        return None
    end = start
    kinds: list[str] = []
    while end < len(texts) and (kind := head_kind(texts[end][1])) is not None:
        kinds.append(kind)
        end += 1
    project_words = {key(w) for w in current().words("goals_columns_whole", "project")}
    if kinds and kinds[0] == "other" and "project" not in kinds and key(texts[start][1]) in project_words:
        kinds[0] = "project"  # 구분 heads the project column where no word names one
    cols = _columns(kinds)
    if cols is None or "year" not in cols:
        return _period_rows(texts, start)
    rows, used = _rows(texts, end, cols)
    table_words = {key(w) for w in current().words("goals_table_whole", "project")}
    if cols[0] != "project" and start and key(texts[start - 1][1]) in table_words:
        # a word a real table's head names the project with (사업) over the run: its head cell only where the
        # first row prints a project cell before its year (a wrapped project's last word would be no head)
        led, led_used = _rows(texts, end, ["project", *cols])
        if led and len(led) >= len(rows) and led[0].project:
            rows, used, start = led, led_used, start - 1
    if not rows:
        return None
    used |= {texts[n][0] for n in range(start, end)}
    return rows, [k for k, _ in texts if k not in used]


def _period(text: str) -> bool:
    """Whether ``text`` is a period cell: a quarter or a half of the year (``1/4분기``, ``상반기``)."""
    return quarter_head(text) is not None or half_head(text) is not None


def _period_rows(texts: list[tuple[int, str]], start: int) -> tuple[list[GoalRow], list[int]] | None:
    """Rows keyed by their year and a period of it, under a head a word a line naming the year column first, then
    a head naming no field over the periods, the target, the actual, and last the status (named, or a head naming
    no field over cells each a status word or an outcome word beside them: 비고): the year cell spanning its
    periods' rows printed once, on the first, the rows under it one cell short opening with their period
    (doc-dasol-city-5-3's ``hwpx-text-extract --include-tables`` dump: ``2025`` / ``1/4분기`` / ``대여소 110개소`` /
    ``대여소 112개소`` / ``달성`` / ``2/4분기`` / …). Two rows or more, every cell in its column's shape; else None."""
    end = start
    while end < len(texts) and year_cell_of(texts[end][1]) is None and end - start < 6:
        end += 1
    kinds = [head_kind(t) for _, t in texts[start:end]]
    if (
        len(kinds) != 5
        or kinds[0] != "year"
        or kinds[1] not in (None, "other")
        or kinds[2:4] != ["target", "actual"]
    ):
        return None
    if kinds[4] not in (None, "status"):
        return None
    shapes = (
        _period,
        lambda t: _fits("target", t) and not _period(t),
        lambda t: _fits("actual", t),
        lambda t: _fits("status", t),
    )
    rows: list[GoalRow] = []
    used: set[int] = set()
    p, year = end, None
    while p < len(texts):
        lead = year_cell_of(texts[p][1])
        q = p + 1 if lead is not None else p
        cells = [t for _, t in texts[q : q + 4]]
        if (
            (lead is None and year is None)
            or len(cells) < 4
            or not all(f(c) for f, c in zip(shapes, cells, strict=True))
        ):
            break
        year = lead if lead is not None else year
        rows.append(
            GoalRow(
                line=texts[p][0],
                project=None,
                year=year,
                target=cells[1],
                status=cells[3],
                actual=_actual(cells[2]),
                detail=None,
            )
        )
        used.update(k for k, _ in texts[p : q + 4])
        p = q + 4
    if len(rows) < 2 or not any(is_status_cell(r.status or "") for r in rows):
        return None  # outcome words alone are no status column (goal_key_cells.status_column's rule)
    used |= {texts[n][0] for n in range(start, end)}
    return rows, [k for k, _ in texts if k not in used]


def year_rows_more(
    lines: list[str], got: tuple[list[GoalRow], list[int]] | None
) -> tuple[list[GoalRow], list[int]] | None:
    """:func:`goal_year_rows` of the lines where it reads more rows than ``got`` (another cell-a-line reader's rows
    and unread lines), every line, and agrees with every row ``got`` read (its year, target, actual and status at
    the same line): the rows under a project cell printed once, left unread by a reader counting the head's
    columns. None otherwise (``got`` stands)."""
    if got is None or not got[1]:
        return None
    mine = goal_year_rows(lines)
    if mine is None or mine[1] or len(mine[0]) <= len(got[0]):
        return None
    at = {r.line: r for r in mine[0]}
    for r in got[0]:
        m = at.get(r.line)
        if m is None or (m.year, m.target, m.actual, m.status) != (r.year, r.target, r.actual, r.status):
            return None
    return mine
