"""Year groups of a goal table (a year's label row over its rows, no year column) whose cells pdf2txt printed apart
from their statuses: the group's rows a box after its label (each row's project line, its 목표 and 실적 cells, the
rows' 달성률 cells a run), its statuses printed after the next group's row or as a run of their own (hanui-county,
bitgaram-county, doldam-county, haram-district 13 pdf2txt: ``2023년 / 문화관광 인재양성 / 241호 공급 / 캠핑장 조성 /
1.9km / 147호 / 1.6km / 61% / 84% / 2024년 / ...``). The row reader leaves such a group's lines unread (a year line
cut its cells).

A group's rows are read only where its lines prove them: the lines from its label up to the next label, all left
unread, opening with a project line (no figure); every value line a figure or a dash and no project line one; as
many project lines as rows (three value lines a row); each row's target and actual the pair its rate proves, the
only pairing (goal_block_runs' rate-run reading); no two project lines together (one name wrapped over two lines
and two rows' names look alike); no line whose digit is glued in a word (goal_line_kinds); every project line right
before a line read as a target (a project name opening with a figure, ``2단계 캠핑장 조성``, counts as a value line
and a worded target as a project line: the worded one then stands before an actual or a rate). Its statuses: a run of
exactly as many right after its cells, in row order, only where no group prints before it (a group's status words
print after the next group's rows, so a run right after a later group's box may be the group before's); else none
placed (``extract.status_unplaced``). The run after the next group's row is shared with that row (see
:func:`shared_run_rows`). Which project line is which row's the print does not tell:
the projects are left null (``extract.project_unproven``)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_block_runs import rate_run_triples
from pledgecard.extract.sections.goal_line_kinds import figure_or_dash, kind_unsure, projects_before_targets
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import bullet_item, is_status_cell, year_cell_of


def _group(texts: list[str], at: list[int], unread: set[int], p: int) -> list[GoalRow] | None:
    """The rows of the group whose label is line ``at[p]`` (``at`` the nonblank lines), or None (see the module)."""
    year = year_cell_of(texts[at[p]])
    q = p + 1
    cells: list[int] = []
    while q < len(at) and year_cell_of(texts[at[q]]) is None and not is_status_cell(texts[at[q]]):
        if bullet_item(texts[at[q]]):
            return None
        cells.append(at[q])
        q += 1
    statuses: list[int] = []
    while q < len(at) and is_status_cell(texts[at[q]]):
        statuses.append(at[q])
        q += 1
    if not cells or q >= len(at) and not statuses or any(k not in unread for k in cells + statuses):
        return None
    if q < len(at) and year_cell_of(texts[at[q]]) is None:
        return None  # the group's lines end at no label
    if any(kind_unsure(texts[k]) for k in cells):
        return (
            None  # a digit glued in a word: a project's or a value's, the kinds do not tell (goal_line_kinds)
        )
    projects = [k for k in cells if not figure_or_dash(texts[k])]
    values = [k for k in cells if figure_or_dash(texts[k])]
    n = len(projects)
    if figure_or_dash(texts[cells[0]]) or len(values) != 3 * n or statuses and len(statuses) != n:
        return None
    if any(cells.index(b) == cells.index(a) + 1 for a, b in zip(projects, projects[1:], strict=False)):
        return (
            None  # two project lines together: one name wrapped or two rows' names, the print does not tell
        )
    pairs = rate_run_triples([texts[k] for k in values], n)
    if pairs is None or not projects_before_targets(
        cells, projects, [(values[t], None if a is None else values[a]) for t, a in pairs]
    ):
        return None
    # a run right after the box is the group's own only where no group prints before it (else the group before's?)
    first = not any(year_cell_of(texts[at[r]]) is not None and not texts[at[r]].isdigit() for r in range(p))
    return [
        GoalRow(
            values[t],
            None,
            year,
            texts[values[t]],
            texts[statuses[r]] if statuses and first else "",
            None if a is None else texts[values[a]],
            None,
            project_unproven=True,
        )
        for r, (t, a) in enumerate(pairs)
    ]


def cut_group_rows(lines: list[str], unread: list[int]) -> tuple[list[GoalRow], list[int]]:
    """The rows of every year group whose lines were left ``unread`` and prove their rows (see the module), and the
    lines they take (the label's too)."""
    texts = [ln.strip() for ln in lines]
    at = [k for k, x in enumerate(texts) if x]
    left = set(unread)
    rows: list[GoalRow] = []
    used: list[int] = []
    for p, k in enumerate(at):
        if year_cell_of(texts[k]) is None or texts[k].isdigit():
            continue  # a group's label only (a bare year is a year column's cell)
        got = _group(texts, at, left, p)
        if got:
            rows += got
            q = p + 1
            while q < len(at) and year_cell_of(texts[at[q]]) is None:
                used.append(at[q])
                q += 1
    return rows, used


def shared_run_rows(lines: list[str], used: list[int], rows: list[GoalRow], cut: set[int]) -> set[int]:
    """The indexes among ``rows`` of the rows another reader read in the group right after a group read by
    :func:`cut_group_rows` or left unread (``used`` the lines of both, ``cut`` the cut rows' lines) whose status
    may be that group's: the
    status words printed in that next group are not all one word (the run after its row shares the cut group's
    statuses: which word is its own the print does not tell). One word all through: any of them is its own."""
    texts = [ln.strip() for ln in lines]
    labels = [k for k, x in enumerate(texts) if x and year_cell_of(x) is not None and not x.isdigit()]
    spans = list(zip(labels, [*labels[1:], len(texts)], strict=True))
    taken = set(used)
    out: set[int] = set()
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        if not any(a < k < b for k in taken):
            continue
        if len({texts[k] for k in range(c, d) if texts[k] and is_status_cell(texts[k])}) > 1:
            out |= {i for i, r in enumerate(rows) if c <= r.line < d and r.line not in cut and r.status}
    return out


def status_unplaced_findings(
    cut: set[int], goals_rows: list[GoalRow], sources: list[Source]
) -> list[dict[str, Any]]:
    """``extract.status_unplaced`` at each goal of ``goals_rows`` (the goals' order) read by :func:`cut_group_rows`
    (its line among ``cut``) with no status: its group's status words printed where no count proves which is its."""
    return [
        finding(
            "extract.status_unplaced",
            f"goals[{i}]",
            "the goal's year group printed its status words apart from its rows (after the next group's row, a run "
            "shared with that row's): which is this row's is not printed, the status left null",
            source=sources[r.line],
            observed={"target": r.target, "year": r.year},
        )
        for i, r in enumerate(goals_rows)
        if r.line in cut and not r.status
    ]
