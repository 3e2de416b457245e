"""A goal table printed with its years across the columns.

Header: a project column, a label column (구분) and one column per year (``'24년``, ``2025``); under
every project (a cell spanning its rows) one row per field, named in the label column by a goal
column word (목표 / 실적 / 추진상황; a 달성률 row is no field of the record). A year's cells under one
project are one goal; a year whose target cell is empty is no goal of that project.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.vocabulary import current, key

# the record fields a row of an across table may hold, by goals_columns name
_FIELDS = ("target", "actual", "status", "rate")


@dataclass(frozen=True, slots=True)
class AcrossGoal:
    project: str | None
    year: int
    target: str
    status: str | None
    actual: str | None
    row: int  # the grid row of its target
    col: int  # its year's column


def _row_field(text: str) -> str | None:
    """The field a row label names as its whole text (목표, 실적, 추진상황, 달성률)."""
    vocab = current()
    k = key(text)
    for name in _FIELDS:
        words = vocab.words("goals_columns", name)
        if name == "target":
            words = words + vocab.words("goals_columns_whole", "target")
        if k in {key(w) for w in words}:
            return name
    return None


def _year(text: str) -> int | None:
    m = current().year_re.fullmatch(text.replace(" ", ""))
    if not m:
        return None
    return int(m.group("y4")) if m.group("y4") else 2000 + int(m.group("y2"))


def _cell(group: dict[str | None, tuple[int, list[str]]], name: str, col: int, none_words: set[str]) -> str | None:
    """The text of the ``name`` row's cell in column ``col`` (a dash or empty cell: none)."""
    got = group.get(name)
    text = got[1][col] if got else ""
    return text if text and key(text) not in none_words else None


def goals_across(grid: list[list[str]]) -> list[AcrossGoal] | None:
    """The goals of a years-across table (``grid``: the header row first, a merged cell's text in
    every position it covers), or ``None`` when the table is not one: year columns in the header,
    one column of row labels naming a target row and at least one other field. A project's rows
    run from its target row to the next; a project whose rows do not read with certainty (a label
    naming no field or two, a figure under a year its target leaves empty: a dump that moved cells)
    gives no goal."""
    if len(grid) < 3:
        return None
    header = grid[0]
    years = {j: y for j, h in enumerate(header) if (y := _year(h)) is not None}
    if not years or any(_row_field(h) for h in header):
        return None
    rows = grid[1:]
    label_col = None
    for j in range(len(header)):
        if j in years:
            continue
        fields = [_row_field(r[j]) for r in rows if j < len(r) and r[j]]
        if fields.count("target") and len(set(fields) - {None}) >= 2 and fields.count(None) < len(fields) / 2:
            label_col = j
            break
    if label_col is None or not any(j > label_col for j in years):
        return None
    proj_col = next((j for j in range(label_col) if j not in years), None)
    none_words = {key(w) for w in current().words("header_values", "none")}
    starts = [k for k, r in enumerate(rows) if _row_field(r[label_col]) == "target"]
    out: list[AcrossGoal] = []
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        part = rows[start:end]
        labels = [_row_field(r[label_col]) for r in part]
        if None in labels or len(set(labels)) != len(labels):
            continue
        group = {f: (start + 1 + k, r) for k, (f, r) in enumerate(zip(labels, part, strict=True))}
        t_row, t = group["target"]
        filled = {j for j in years if t[j] and key(t[j]) not in none_words}
        if any(r[j] and j not in filled and key(r[j]) not in none_words for r in part for j in years):
            continue  # a figure under a year with no target: the cells moved
        projects = {r[proj_col] for r in part if r[proj_col]} if proj_col is not None else set()
        if len(projects) > 1:
            continue
        project = next(iter(projects), None)
        for j in sorted(filled):
            status, actual = (_cell(group, name, j, none_words) for name in ("status", "actual"))
            out.append(AcrossGoal(project, years[j], t[j], status, actual, t_row, j))
    return out
