"""Goal rows a text dump printed without clear breaks rejoined: one goal a ``<YYYY>`` mark, the n-th status
with the n-th target."""

from __future__ import annotations

from pledgecard.extract.sections.goal_patterns import status_re, year_mark
from pledgecard.extract.vocabulary import current


def _statuses(cell: str) -> list[str]:
    """A status cell cut before each status word outside parentheses (``추진 중 (23회) 미착수``
    -> ``추진 중 (23회)``, ``미착수``); a word inside an actual (``(용역 완료)``) cuts nothing."""
    starts = []
    for m in current().build(status_re).finditer(cell):
        if cell[: m.start()].count("(") <= cell[: m.start()].count(")"):
            starts.append(m.start())
    if not starts or cell[: starts[0]].strip():
        return [cell]
    return [cell[a:b].strip() for a, b in zip(starts, [*starts[1:], len(cell)], strict=True)]


def _rejoin_rows(
    rows: list[list[str]], c_target: int, c_status: int, c_proj: int | None, c_detail: int | None
) -> list[list[str]]:
    """Goal rows a text dump printed without clear breaks, so that the reader's rows do not hold
    one ``<YYYY>`` target each (a row group with two marks, a mark cut from its target): read the
    target and status columns top to bottom, one goal per mark, the n-th status (with its actual)
    with the n-th target when the counts agree (else no status, never a guess), one 주요사업 and
    the 추진내용 (a merged cell) shared. Rows that already hold one mark each are kept as they
    are. ``rows`` hold one project at most (:func:`rejoin_numbered` reads several one row at a time)."""
    mark = current().build(year_mark)
    targets = [r[c_target] for r in rows if r[c_target]]
    if all(len(mark.findall(t)) == 1 and mark.match(t.strip()) for t in targets):
        return rows
    column = " ".join(targets)
    marks = list(mark.finditer(column))
    projects = {r[c_proj] for r in rows if r[c_proj]} if c_proj is not None else set()
    if not marks or column[: marks[0].start()].strip():
        return rows
    statuses = _statuses(" ".join(r[c_status] for r in rows if r[c_status]))
    if len(statuses) != len(marks):
        statuses = [""] * len(marks)
    # (a merged cell's text, filled into the rows it spans, once)
    detail = " ".join(dict.fromkeys(r[c_detail] for r in rows if r[c_detail])) if c_detail is not None else ""
    out = []
    for n, m in enumerate(marks):
        part = ["" for _ in rows[0]]
        if c_proj is not None:
            part[c_proj] = next(iter(projects), "")
        if c_detail is not None:
            part[c_detail] = detail
        part[c_target] = column[
            m.start() : marks[n + 1].start() if n + 1 < len(marks) else len(column)
        ].strip()
        part[c_status] = statuses[n]
        out.append(part)
    return out


def _cut_from_marks(rows: list[list[str]], c_target: int) -> bool:
    """Whether the rows were cut between a ``<YYYY>`` mark and its target: a target cell opening with text
    before its first mark under a row whose target cell ends on a mark (an open-sided table rebuilt from its
    lines, a project's merged cell beside them: ``<2021>`` alone in one row, its target and ``<2022>`` in the
    next)."""
    mark = current().build(year_mark)
    targets = [r[c_target] for r in rows if r[c_target].strip()]
    for above, cell in zip(targets, targets[1:], strict=False):
        last = list(mark.finditer(above))
        first = mark.search(cell)
        if last and not above[last[-1].end() :].strip() and first and cell[: first.start()].strip():
            return True
    return False


def _rejoin_across(
    numbered: list[tuple[int, list[str]]],
    c_target: int,
    c_status: int,
    c_proj: int | None,
    c_detail: int | None,
) -> list[tuple[int, list[str]]]:
    """Goal rows of several projects cut between a mark and its target (:func:`_cut_from_marks`) read as one
    column top to bottom, one goal per mark, as :func:`_rejoin_rows` reads one project's: each goal takes the
    grid row where its target's text is printed, and that row's 주요사업 and 추진내용 (the merged cell beside
    it); the n-th status with the n-th target when the counts agree (else none). Unchanged when the column
    does not open on a mark."""
    mark = current().build(year_mark)
    column, at = "", []  # the target cells run together, and where each row's text starts in it
    for i, (_, row) in enumerate(numbered):
        if row[c_target].strip():
            at.append((len(column), i))
            column += row[c_target] + " "
    marks = list(mark.finditer(column))
    if not marks or column[: marks[0].start()].strip():
        return numbered
    statuses = _statuses(" ".join(r[c_status] for _, r in numbered if r[c_status]))
    if len(statuses) != len(marks):
        statuses = [""] * len(marks)
    out = []
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(column)
        rest = column[m.end() : end]
        text_at = m.end() + len(rest) - len(rest.lstrip()) if rest.strip() else m.start()
        grid_row, row = numbered[max(i for start, i in at if start <= text_at)]
        part = ["" for _ in row]
        for c in (c_proj, c_detail):
            if c is not None:
                part[c] = row[c]
        part[c_target] = column[m.start() : end].strip()
        part[c_status] = statuses[n]
        out.append((grid_row, part))
    return out


def rejoin_numbered(
    numbered: list[tuple[int, list[str]]],
    c_target: int,
    c_status: int,
    c_proj: int | None,
    c_detail: int | None,
) -> list[tuple[int, list[str]]]:
    """:func:`_rejoin_rows` keeping each goal's grid row: a goal read from a group of rows takes
    the group's first row; with several projects each row is read on its own, unless the rows were cut
    between a mark and its target (:func:`_rejoin_across`)."""
    rows = [row for _, row in numbered]
    projects = {r[c_proj] for r in rows if r[c_proj]} if c_proj is not None else set()
    if len(projects) > 1 and len(rows) > 1:
        if _cut_from_marks(rows, c_target):
            return _rejoin_across(numbered, c_target, c_status, c_proj, c_detail)
        return [
            part for one in numbered for part in rejoin_numbered([one], c_target, c_status, c_proj, c_detail)
        ]
    out = _rejoin_rows(rows, c_target, c_status, c_proj, c_detail)
    if out is rows or not numbered:
        return numbered
    return [(numbered[0][0], row) for row in out]
