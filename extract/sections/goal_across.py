"""A goal table printed with its years across the columns.

Header: a project column, a label column (구분) and one column per year (``'24년``, ``2025``); under
every project (a cell spanning its rows) one row per field, named in the label column by a goal
column word (목표 / 실적 / 추진상황; a 달성률 row is no field of the record). A year's cells under one
project are one goal; a year whose target cell is empty is no goal of that project.

A text dump that prints a row on one line, its cells joined by one space (the archives' dumps),
folds the table's cells together; what it keeps is the gaps: an empty cell leaves two spaces where
one would be (a run of ``k + 1`` spaces between two cells is ``k`` empty cells, ``k`` spaces after
the last is ``k`` more). :func:`goals_across_lines` reads such a table from its lines as printed
(``Line.printed``, the space runs kept) when its header shows cells one space apart (the year
columns ``'24년 '25년 '26년`` at its end): each row's label (목표 / 실적 / ...) stands alone, the
project before it, and the cells after it are as many as the years. The gaps fix them where each
run of words between two gaps is one cell (as many runs as filled cells) or each word is (as many
words as filled cells), or each word is but for a measure word before a value (``공정률 60%``: the
word names what the value measures, so it stands in the value's cell); a row of more words than
that, or fewer, is not split by guess: it reads as no row, and its project gives no goal (its lines
are handed back, with their finding). A project whose 달성률 row disagrees with the actual over the
target under a year gives no goal either (its cells are not what they seem). A table of
two years or more none of whose rows shows a gap (or a dash) is not read so, unless every cell holds one
figure or one status word (:mod:`goal_value_cells`): a dump that prints no empty cell at all
(``pdftotext -raw``) would have its words taken for cells; nor is a header whose line ends in a
space (a dump padding its lines), nor the last project when a line naming no field follows the
table in its section (its last row may go on there, wrapped).
"""

from __future__ import annotations

__all__ = [
    "AcrossGoal",
    "AcrossLines",
    "goals_across",
    "goals_across_cells",
    "goals_across_lines",
    "row_field",
    "split_by_gaps",
]

import re
from dataclasses import dataclass

from pledgecard.extract.sections.goal_across_term import (
    TermColumn,
    head_before_term,
    term_before_years,
    term_column,
)
from pledgecard.extract.sections.goal_gap_cells import split_by_gaps
from pledgecard.extract.sections.goal_period_heads import period_heads
from pledgecard.extract.sections.goal_schedule_marks import marks_a_schedule
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_value_cells import one_figure_a_cell
from pledgecard.extract.sections.goal_values import (
    RATE,
    none_keys,
    rate_agrees,
)
from pledgecard.extract.sections.goal_year_periods import (
    running_to_date,
    says_running_totals,
    year_ends_alone,
    year_periods,
)
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import Vocabulary, current, key

# the record fields a row of an across table may hold, by goals_columns name
_FIELDS = ("target", "actual", "status", "rate")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?")
_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s?[^\d\s]{0,4}$")  # a number, its unit after it if any


@dataclass(frozen=True, slots=True)
class AcrossGoal:
    project: str | None
    year: int
    target: str
    status: str | None
    actual: str | None
    row: int  # the grid row of its target
    col: int  # its year's column
    unproven: bool = (
        False  # a year over its periods whose figures prove no year figure: target and actual left out
    )


def _row_fields(vocab: Vocabulary) -> dict[str, str]:
    """Each row label's key -> the first field (in ``_FIELDS`` order) whose words it is, built once a vocabulary."""
    out: dict[str, str] = {}
    for name in _FIELDS:
        words = vocab.words("goals_columns", name)
        if name == "target":
            words = words + vocab.words("goals_columns_whole", "target")
        for w in words:
            out.setdefault(key(w), name)
    return out


def row_field(text: str) -> str | None:
    """The field a row label names as its whole text (목표, 실적, 추진상황, 달성률)."""
    return current().build(_row_fields).get(key(text))


def _cell(
    group: dict[str | None, tuple[int, list[str]]], name: str, col: int, none_words: set[str]
) -> str | None:
    """The text of the ``name`` row's cell in column ``col`` (a dash or empty cell: none)."""
    got = group.get(name)
    text = got[1][col] if got else ""
    return text if text and key(text) not in none_words else None


def goals_across(grid: list[list[str]], notes: tuple[str, ...] = ()) -> list[AcrossGoal] | None:
    """The goals of a years-across table (``grid``: the header row first, a merged cell's text in
    every position it covers), or ``None`` when the table is not one: year columns in the header,
    one column of row labels naming a target row and at least one other field. A project's rows
    run from its target row to the next; a project whose rows do not read with certainty (a label
    naming no field or two, a figure under a year its target leaves empty: a dump that moved cells)
    gives no goal. A year over columns of its periods (goal_year_periods) gives one goal: the year-end period's
    figures where the table's head or its ``notes`` (the ``※`` lines under it) say running totals and the targets
    rise, else no target and no actual (``unproven``); so too a year whose printed periods stop short of its end (``'25 상반기``
    alone: a half's figure is no year's). A table printing every year by its year-end period alone (``'24 4분기 |
    '25 4분기``) gives each year's figures as printed. A table of marks under its years (``●``: a schedule) is none. Each goal's ``row``
    is its target row in ``grid`` as given (a head row split in two: :mod:`goal_period_heads`)."""
    split = period_heads(grid)  # '24 상반기 | '24 하반기: a year over its periods
    grid = split.grid
    if len(grid) < 3:
        return None
    top = _year_head_row(grid)
    header = grid[top]
    years = {j: y for j, h in enumerate(header) if (y := year_head(h)) is not None}
    if not years or any(row_field(h) for h in header):
        return None
    rows = grid[top + 1 :]
    label_col = None
    for j in range(len(header)):
        if j in years:
            continue
        fields = [row_field(r[j]) for r in rows if j < len(r) and r[j]]
        if fields.count("target") and len(set(fields) - {None}) >= 2 and fields.count(None) < len(fields) / 2:
            label_col = j
            break
    if label_col is None or not any(j > label_col for j in years):
        return None
    if _headless_figures(grid[: top + 1], rows, label_col, set(years)):
        return None  # figures under no head: the head's cells not over their columns (a dump's head moved)
    if marks_a_schedule(
        [r for r in rows if label_col < len(r) and row_field(r[label_col]) == "target"], list(years)
    ):
        return None  # a target row of ● under the periods (계획): a schedule, not a goal table
    proj_col = next((j for j in range(label_col) if j not in years), None)
    none_words = current().build(none_keys)
    periods = year_periods(grid, top, years)  # a year over columns of its halves or quarters
    running = periods is not None and says_running_totals([*grid[top], *grid[top + 1], *notes])
    year_ends = year_ends_alone(periods)  # '24 4분기 | '25 4분기: each year's figure as printed
    starts = [k for k, r in enumerate(rows) if row_field(r[label_col]) == "target"]
    out: list[AcrossGoal] = []
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        part = rows[start:end]
        labels = [row_field(r[label_col]) for r in part]
        if None in labels or len(set(labels)) != len(labels):
            continue
        group = {f: (top + start + 1 + k, r) for k, (f, r) in enumerate(zip(labels, part, strict=True))}
        t_row, t = group["target"]
        t_row -= split.inserted  # the row as the table prints it
        filled = {j for j in years if t[j] and key(t[j]) not in none_words}
        if any(r[j] and j not in filled and key(r[j]) not in none_words for r in part for j in years):
            continue  # a figure under a year with no target: the cells moved
        project = _project(part, proj_col)
        if project is False:
            continue
        unproven: set[int] = set()
        for cols, closes in (
            periods or {}
        ).values():  # a year over its periods' columns: one goal, the last's
            if cols[-1] in filled and not (year_ends or closes and running and running_to_date(t, cols)):
                unproven.add(
                    cols[-1]
                )  # per-period figures, totals not proven, a year in part: no year figure
            filled = (filled - set(cols[:-1])) | ({cols[-1]} if any(j in filled for j in cols) else set())
        goals = []
        for j in sorted(filled):
            status, actual = (_cell(group, name, j, none_words) for name in ("status", "actual"))
            if j in unproven or not t[j] or key(t[j]) in none_words:
                goals.append(AcrossGoal(project, years[j], "", status, None, t_row, j, unproven=True))
                continue
            goals.append(AcrossGoal(project, years[j], t[j], status, actual, t_row, j))
        if all(rate_agrees(_rate(group, g.col, none_words), g.target, g.actual) for g in goals):
            out += goals  # a 달성률 that disagrees with the actual over the target: the cells moved
    return out


def _headless_figures(head: list[list[str]], rows: list[list[str]], label_col: int, years: set[int]) -> bool:
    """Whether a column after the row labels that no head row names (no year, no word) holds a figure in some row:
    a table whose head cells do not stand over their columns (a layout dump's head rebuilt left-aligned over a
    column beside the years, 구분 | 임기 계 | 2023년 | 2024년 over five columns of cells), where which column is a
    year's is not shown."""
    none_words = current().build(none_keys)
    width = max(len(r) for r in [*head, *rows])
    return any(
        j not in years
        and not any(j < len(h) and h[j].strip() for h in head)
        and any(j < len(r) and _a_figure(r[j]) and key(r[j]) not in none_words for r in rows)
        for j in range(label_col + 1, width)
    )


def _a_figure(text: str) -> bool:
    """Whether a cell is one figure (``438명``, ``12``, ``1,200``), not words holding a digit (``'26년 완료``)."""
    t = text.strip()
    return bool(_FIGURE.match(t))


def _project(part: list[list[str]], col: int | None) -> str | None | bool:
    """A project's name from its rows' project cells: the one text a merged cell prints in every
    row; or, from a dump, the pieces of a cell wrapped over its rows (``청년주택 공급`` over ``(호)``),
    each row printing another, joined in order when the last closes the brackets it opened (a
    wrapped name's tail); False when the rows print names that are no one cell's."""
    if col is None:
        return None
    pieces = [r[col] for r in part if r[col]]
    if len(set(pieces)) <= 1:
        return pieces[0] if pieces else None
    if len(set(pieces)) != len(pieces) or not pieces[-1].startswith("(") or not pieces[-1].endswith(")"):
        return False
    return glue(" ".join(pieces[:-1]), pieces[-1])


def _year_head_row(grid: list[list[str]]) -> int:
    """The head row holding the years: the first row when it has a year; else the second (or third)
    when every row above it is a spanning head over the years (``연도별 목표 및 실적`` across them, one
    text over every year column, or none: a head row a page break cut; no year and no field word in
    the row: the first columns' head a cell merged down to the years' row, ``구분`` across two rows
    and two columns), one of them printing a word over the years."""
    for k in range(min(3, len(grid) - 2)):
        years = [j for j, h in enumerate(grid[k]) if year_head(h) is not None]
        if years:
            spans = all(
                len({r[j] for j in years if j < len(r)}) == 1
                and not any(year_head(h) is not None or row_field(h) for h in r)
                for r in grid[:k]
            )
            return k if spans and any(r[years[0]] for r in grid[:k]) else 0
    return 0


def _rate(group: dict[str | None, tuple[int, list[str]]], col: int, none_words: set[str]) -> float | None:
    """The 달성률 printed in column ``col`` of a project's rate row (``57%``), or None."""
    m = RATE.match(_cell(group, "rate", col, none_words) or "")
    return float(m.group(1)) if m else None


@dataclass(frozen=True, slots=True)
class AcrossLines:
    """The goals of a years-across table read from a dump's lines: each goal with the index of its
    target row's line; ``used``: the lines of the table that gave a goal (its header included)."""

    goals: list[tuple[AcrossGoal, int]]
    used: set[int]


def _fields_at(tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of one to three words of ``tokens`` naming a row field as their whole text."""
    return [
        (a, b)
        for a in range(len(tokens))
        for b in range(a + 1, min(a + 4, len(tokens) + 1))
        if all(tokens[a:b]) and row_field(" ".join(tokens[a:b])) is not None
    ]


def _as_printed(text: str, printed: str | None) -> str | None:
    """``printed`` when it is ``text`` with its space runs (a reader that changed the text leaves none)."""
    return printed if printed is not None and " ".join(printed.split()) == " ".join(text.split()) else None


def _span_head(text: str | None) -> bool:
    """Whether a line may be the first row of a two-row head over the years (``구 분 연도별 목표 및 실적``:
    the first columns' head merged down and a heading spanning the years): two words or more, no
    figure (no row of the table), not one row label alone."""
    words = (text or "").split()
    return (
        len(words) >= 2 and not any(ch.isdigit() for ch in text or "") and row_field(" ".join(words)) is None
    )


def _header_years(text: str, printed: str | None, above: str | None = None) -> list[str] | None:
    """The year cells ending a header printed with its cells one space apart, after at least two
    other words (the project and label columns), or None. A line of the years alone is the header
    when the line ``above`` it is the head's first row (:func:`_span_head`)."""
    printed = _as_printed(text, printed)
    if printed is None:
        return None
    words = text.split()
    k = len(words)
    while k and year_head(words[k - 1]) is not None:
        k -= 1
    years = words[k:]
    if (
        not years
        or (k < 2 and not (k == 0 and len(years) >= 2 and _span_head(above)))
        or _fields_at(words[:k])
    ):
        return None
    row = " ".join(years)
    return (
        years if printed.endswith(" " + row) or (k == 0 and printed == row) else None
    )  # no space pads a line


def _rows_below(
    lines: list[tuple[str, str | None]], n: int, term: TermColumn | None
) -> list[tuple[str | None, list[str] | None]]:
    """The rows under a head of ``n`` years (each its field and cells, :func:`_row_cells`), up to the first line
    naming no field. Under a head naming a term total's column, each row's cells are one more than the years and
    that one is dropped (no year's); where no target or actual row splits so, every one splits into the years'
    cells alone and no row's last figure can be a total of the others (not their sum, nor their largest), the rows
    print no total (its head over an empty column) and are read as the years'."""
    texts: list[tuple[str, str | None]] = []
    for t, p in lines:
        if not _fields_at(t.split()):
            break
        texts.append((t, p))
    rows = [_row_cells(t, p, n + bool(term)) for t, p in texts]
    if term:
        figures = [k for k, (f, _) in enumerate(rows) if f in ("target", "actual")]
        if figures and all(rows[k][1] is None for k in figures):
            alone = [_row_cells(t, p, n) for t, p in texts]
            if all((c := alone[k][1]) is not None and not _may_total(c[2:]) for k in figures):
                return (
                    alone  # no figure row prints the total's cell: the years' cells alone, as the counts show
                )
        for _, cells in rows:
            if cells is not None:  # the term total's cell: no year's
                del cells[2 if term.first else -1]
    return rows


def _may_total(cells: list[str]) -> bool:
    """Whether a row's last cell may be a total of the cells before it (their sum, or their largest: a running
    total) -- or the figures do not read: then which cell is the total's is not shown (``6개소 9개소 15개소``)."""
    got = [_NUMBER.match(c.strip()) for c in cells]
    if any(m is None for m in got):
        return True
    nums = [float(m.group().replace(",", "")) for m in got if m]
    *before, last = nums
    return not before or last in (sum(before), max(before))


def _row_cells(text: str, printed: str | None, n: int) -> tuple[str | None, list[str] | None]:
    """The field a row's label names (None when no word or several could be its label) and the row
    as [project, label, *year cells] (None when its gaps do not fix its cells)."""
    tokens = text.split()
    spans = _fields_at(tokens)
    if len({a for a, _ in spans}) != 1:
        return None, None  # no label, or two words that could be it
    field = row_field(" ".join(tokens[slice(*max(spans))]))
    printed = _as_printed(text, printed)
    if printed is None:
        return field, None
    tokens = printed.split(" ")
    spans = _fields_at(tokens)
    if len({a for a, _ in spans}) != 1:
        return field, None
    a, b = max(spans)
    if "" in tokens[:a]:
        return field, None  # a gap inside the project: not one cell before the label
    cells = split_by_gaps(tokens[b:], n)
    return field, None if cells is None else [" ".join(tokens[:a]), " ".join(tokens[a:b]), *cells]


def _closed(rows: list[tuple[str | None, list[str] | None]]) -> bool:
    """Whether no line after ``rows`` can go on with them: every year cell of theirs is one token holding a
    figure or a word standing for none (a dash), none empty and none of words, which a wrapped line may
    continue."""
    none_words = current().build(none_keys)
    return all(
        cells is not None
        and all(
            len(c.split()) == 1 and (key(c) in none_words or any(ch.isdigit() for ch in c)) for c in cells[2:]
        )
        for _, cells in rows
    )


def _shows_empty_cells(rows: list[tuple[str | None, list[str] | None]]) -> bool:
    """Whether a row of the table shows where a cell is empty: as a gap (two spaces for one), or
    as a cell holding only a word that stands for none (a dash: a table that marks its empty cells
    so prints every cell, and its rows' words are its cells)."""
    none_words = current().build(none_keys)
    return any(cells and any(c == "" or key(c) in none_words for c in cells[2:]) for _, cells in rows)


def goals_across_lines(lines: list[tuple[str, str | None]]) -> AcrossLines | None:
    """The goals of a years-across table printed a row a line, cells one space apart (``lines``:
    each line's text and its form as printed, space runs kept, or None when not known), or None
    when no goal is read. The table runs from its header over the lines naming a row field; a
    project (its target row and the rows up to the next) with a row whose cells the gaps do not
    fix, or whose label is not known, gives no goal; the others read as :func:`goals_across` reads
    a table."""
    joined, src = _projects_joined(lines)
    got = _across_lines(joined)
    if got is None:
        return None
    return AcrossLines([(g, src[at][-1]) for g, at in got.goals], {k for at in got.used for k in src[at]})


def _project_line(text: str) -> bool:
    """A line that may be a project's cell printed on its own: words, no figure, no row field."""
    return bool(text.split()) and not any(ch.isdigit() for ch in text) and not _fields_at(text.split())


def _opens_with_target(text: str) -> bool:
    """Whether a line opens with the target row's label (its project cell printed elsewhere)."""
    return any(
        a == 0 and row_field(" ".join(text.split()[a:b])) == "target" for a, b in _fields_at(text.split())
    )


def _projects_joined(
    lines: list[tuple[str, str | None]],
) -> tuple[list[tuple[str, str | None]], list[list[int]]]:
    """The lines with a project's cell printed on a line of its own right before its target row
    (``pdftotext -raw``: ``정비 구간(km)`` over ``목표 1.7 2.1 ...``) joined to that row, and the lines
    each of them comes from."""
    out: list[tuple[str, str | None]] = []
    src: list[list[int]] = []
    k = 0
    while k < len(lines):
        text, printed = lines[k]
        if k + 1 < len(lines) and _project_line(text) and _opens_with_target(lines[k + 1][0]):
            after = lines[k + 1][1]
            out.append((f"{text} {lines[k + 1][0]}", f"{printed} {after}" if printed and after else None))
            src.append([k, k + 1])
            k += 2
            continue
        out.append((text, printed))
        src.append([k])
        k += 1
    return out, src


def _across_lines(lines: list[tuple[str, str | None]]) -> AcrossLines | None:
    """:func:`goals_across_lines` on lines whose projects are on their target rows."""
    for h, (text, printed) in enumerate(lines):
        above = lines[h - 1][0] if h else None
        # a term total's column beside the years, its head spanning a two-row head's rows (goal_across_term)
        term = term_column(above) if len(text.split()) >= 2 and year_head(text.split()[0]) else None
        years = _header_years(text, printed, term.rest if term else above)
        if years is None and (cut := head_before_term(text, printed)) is not None:
            years, term = _header_years(*cut, above), TermColumn(False, "")  # a one-row head, the total last
        if years is None:
            continue
        if term is not None and not term.rest:
            pass  # (the one-row head's total after the years)
        elif len(text.split()) != len(years):  # a one-row head: a total's head right before the years, if any
            term = term_before_years(text.split()[: len(text.split()) - len(years)])
        rows = _rows_below(lines[h + 1 :], len(years), term)
        targets = [k for k, (f, _) in enumerate(rows) if f == "target"]
        if not targets or (len(years) > 1 and not _shows_empty_cells(rows) and not one_figure_a_cell(rows)):
            continue  # no row shows an empty cell, nor its cell count: the dump may print none (pdftotext -raw)
        grid: list[list[str]] = [["", "", *years]]
        at: list[int] = []  # the line index of each grid row
        groups = list(zip(targets, [*targets[1:], len(rows)], strict=True))
        if h + 1 + len(rows) < len(lines) and not _closed(rows[groups[-1][0] :]):
            groups.pop()  # a line naming no field follows: the last row may go on there (a wrapped line)
        for start, end in groups:
            if all(cells is not None for _, cells in rows[start:end]):
                grid += [cells for _, cells in rows[start:end] if cells is not None]
                at += [h + 1 + k for k in range(start, end)]
        got = goals_across(grid) if at else None
        if not got:
            continue
        used = {h - 1, h} if len(text.split()) == len(years) else {h}  # a head of two rows: both lines
        for start, end in groups:
            if any(at[g.row - 1] == h + 1 + start for g in got):
                used.update(h + 1 + k for k in range(start, end))
        return AcrossLines([(g, at[g.row - 1]) for g in got], used)
    return None


def goals_across_cells(texts: list[str]) -> AcrossLines | None:
    """The goals of a years-across table a dump printed one cell a line (a converter flattening a table
    cell by cell): head cells of words (no figure), the years a line each, then every project's name
    (printed once, before its target row), each row's label (목표 / 실적 / ...) and one line a year.
    None unless every line is such a cell in that order (a cell left out or a line of something
    else would move the cells: nothing is read then)."""
    k = next((i for i, t in enumerate(texts) if year_head(t) is not None), None)
    if k is None or any(ch.isdigit() for t in texts[:k] for ch in t):
        return None
    j = k
    while j < len(texts) and year_head(texts[j]) is not None:
        j += 1
    years = texts[k:j]
    if len(years) < 2:
        return None
    grid: list[list[str]] = [["", "", *years]]
    at: list[int] = []
    project = ""
    i = j
    while i < len(texts):
        field = row_field(texts[i])
        if field is None:  # a project's name, before its target row
            if project or i + 1 >= len(texts) or row_field(texts[i + 1]) != "target":
                return None
            project, i = texts[i], i + 1
            continue
        cells = texts[i + 1 : i + 1 + len(years)]
        if len(cells) != len(years) or any(row_field(c) or year_head(c) is not None for c in cells):
            return None
        grid.append([project if field == "target" else "", texts[i], *cells])
        at.append(i)
        project = ""
        i += 1 + len(years)
    got = goals_across(grid) if at else None
    if not got:
        return None
    return AcrossLines([(g, at[g.row - 1]) for g in got], set(range(len(texts))))
