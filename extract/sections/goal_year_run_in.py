"""A goal table's next row group's year run into its first project's cell (``2024년 문화관광 지원`` under
``2023년``'s rows): a text dump printed the group's year line right over the project's wrapped top line, marks
between them (a watermark's glyphs) leaving no blank line, and its reader joined them into one cell.

Read so only where the dump proves it; a project naming a year (``2024년 전국체전 준비``, a 2023 row) keeps its
name and its group everywhere else."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.vocabulary import current, year_of


def year_run_in(cell: str, group_year: int | None, later: list[int] | None = None) -> tuple[int, str] | None:
    """A project cell opening on a whole year head, words after it, that could be the next row group's year: the
    year right after the group's and no row group below printing that year or an earlier one (``later``: the
    groups' years would go back or repeat). The year and the cell's own words; None otherwise, and where no row
    group's year was printed above. The text's test alone: :func:`run_ins` wants the dump's proof as well."""
    parts = cell.split(None, 1)
    if group_year is None or len(parts) != 2:
        return None
    m = current().year_re.fullmatch(parts[0])
    year = year_of(m) if m else None
    if year is None or year != group_year + 1 or any(y <= year for y in later or ()):
        return None
    return year, parts[1]


@dataclass
class RunIns:
    """The grid rows whose project cell holds the next group's year run in (its year and the project's words),
    and the rows whose group the table leaves unsure (two cells of one group could each be the year run in)."""

    found: dict[int, tuple[int, str]] = field(default_factory=dict)
    unsure: frozenset[int] = frozenset()


def _edge(cell: Cell | None) -> int | None:
    """The display column a text dump's cell starts at; None for a cell no text dump laid out."""
    if cell is None or cell.source.columns is None or cell.source.line_start is None:
        return None
    return cell.source.columns[0]


def _laid_over(cell: Cell | None) -> bool:
    """A text dump's cell of two lines or more (no blank line between them: its reader joins no lines across one)."""
    src = cell.source if cell is not None else None
    return (
        src is not None
        and src.columns is not None
        and src.line_start is not None
        and src.line_end is not None
        and src.line_end > src.line_start
    )


def run_ins(
    table: Table, numbered: list[tuple[int, list[str]]], c_proj: int, groups: dict[int, int]
) -> RunIns:
    """The year runs-in of a goal table of row groups (``groups``: grid row -> the year its group row prints).
    A run-in is proven where the dump laid the cell over lines (:func:`_laid_over`), no group row anywhere prints
    its year, the groups' years rise down the table, and the cell starts where the group rows' years start, left
    of where every other project cell starts (the year's line, not the project's). Two proven cells under one
    group (either could be the year's): no run-in, and the rows from the first to the group's end unsure. Any
    other reading (a table of a PDF's or a word processor's rules, years out of order, a cell at the projects'
    edge) is no run-in: the project names its year."""
    years = [groups[r] for r, _ in numbered if r in groups]
    if not years or any(b <= a for a, b in zip(years, years[1:], strict=False)):
        return RunIns()
    group_edges = {e for r in groups if (e := _edge(table.cell_at(r, c_proj))) is not None}
    if not group_edges:  # the group rows' year cells in another column: their first cell
        group_edges = {
            e for r in groups if (e := _edge(next((c for c in table.cells if c.row == r), None))) is not None
        }
    group_year: int | None = None
    cands: dict[int, list[tuple[int, tuple[int, str]]]] = {}  # group row -> its proven cells
    head: int | None = None
    amid: set[int] = set()  # rows from a project cell holding the next group's year amid its words
    for k, (r, row) in enumerate(numbered):
        if r in groups:
            group_year, head = groups[r], r
            continue
        later = [groups[g] for g, _ in numbered[k + 1 :] if g in groups]
        got = year_run_in(row[c_proj], group_year, later)
        cell = table.cell_at(r, c_proj)
        if head is not None and _laid_over(cell) and year_amid(row[c_proj], group_year, later, groups):
            end = next((g for g in sorted(groups) if g > r), None)
            amid |= {x for x, _ in numbered[k:] if (end is None or x < end) and x not in groups}
        if got is None or got[0] in groups.values() or not _laid_over(cell) or head is None:
            continue
        cands.setdefault(head, []).append((r, got))
    proven = {r for rs in cands.values() for r, _ in rs}
    others = {
        e
        for r, _ in numbered
        if r not in groups and r not in proven and (e := _edge(table.cell_at(r, c_proj))) is not None
    }
    found: dict[int, tuple[int, str]] = {}
    unsure: set[int] = set()
    for head, rs in cands.items():
        rs = [
            (r, got) for r, got in rs if _at_group_edge(_edge(table.cell_at(r, c_proj)), group_edges, others)
        ]
        if len(rs) == 1:
            found[rs[0][0]] = rs[0][1]
        elif len(rs) > 1:
            first = rs[0][0]
            end = next((g for g in sorted(groups) if g > head), None)
            unsure |= {r for r, _ in numbered if r >= first and (end is None or r < end) and r not in groups}
    return RunIns(found, frozenset(unsure | (amid - set(found))))


def year_amid(cell: str, group_year: int | None, later: list[int], groups: dict[int, int]) -> bool:
    """A project cell holding a whole year head amid its words, words before and after it (``구축 2020년 창업 기반
    구축``: a row's wrapped rest, the next group's year line and the next project's name a text dump ran into one cell
    where a watermark's glyphs left no blank line between them), that could be the next row group's year: the year
    right after the group's, printed by no group row, no row group below printing it or an earlier one. Which of the
    cell's rows the figures beside it are is not printed (angae-county 95001 body-layout: the 2020 goal's 276호 read
    as 2019's)."""
    words = cell.split()
    if group_year is None or len(words) < 3:
        return False
    year_re = current().year_re
    for w in words[1:-1]:
        m = year_re.fullmatch(w)
        year = year_of(m) if m else None
        if year == group_year + 1 and year not in groups.values() and not any(y <= year for y in later):
            return True
    return False


def _at_group_edge(edge: int | None, group_edges: set[int], others: set[int]) -> bool:
    """A cell starting where a group row's year starts (one column either way) and left of every other project
    cell of the table (there being one)."""
    return (
        edge is not None
        and bool(others)
        and any(abs(edge - g) <= 1 for g in group_edges)
        and edge < min(others)
    )


def unsure_finding(where: Source | None, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that goals of a table of row groups stand under a group the table leaves unsure (``goals``:
    their indexes in the table's goals, ``first`` the table's first goal's index in the record)."""
    return goals_finding(
        "extract.goal_group_unsure",
        "two project cells under one row group open on the next group's year, each of which a text dump could "
        "have joined to that group's year line (or one holds that year amid its words, a row's rest and the next "
        "project's name around it): which rows stand under which year is not printed, so their target and actual "
        "figures are left null",
        where,
        first,
        goals,
    )
