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
    every position it covers), or ``None`` when the table is not one: two or more year columns in
    the header, one column of row labels naming a target row and at least one other field."""
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
        fields = {_row_field(r[j]) for r in rows if j < len(r) and r[j]}
        if "target" in fields and len(fields - {None}) >= 2 and None not in fields:
            label_col = j
            break
    if label_col is None or not any(j > label_col for j in years):
        return None
    proj_col = next((j for j in range(label_col) if j not in years), None)
    none_words = {key(w) for w in current().words("header_values", "none")}
    out: list[AcrossGoal] = []
    start = 0
    while start < len(rows):  # one project: the rows up to the next target row after a non-target
        end = start + 1
        seen = {_row_field(rows[start][label_col])}
        while end < len(rows) and _row_field(rows[end][label_col]) not in seen and (
                proj_col is None or rows[end][proj_col] == rows[start][proj_col]):
            seen.add(_row_field(rows[end][label_col]))
            end += 1
        group = {_row_field(r[label_col]): (start + 1 + k, r) for k, r in enumerate(rows[start:end])}
        project = rows[start][proj_col] if proj_col is not None else None
        for j, year in years.items():
            t_row, t = group.get("target", (None, None))
            if t is None or not t[j] or key(t[j]) in none_words:
                continue

            status, actual = (_cell(group, name, j, none_words) for name in ("status", "actual"))
            out.append(AcrossGoal(project or None, year, t[j], status, actual, t_row or 0, j))
        start = end
    return out
