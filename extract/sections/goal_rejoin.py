"""Goal rows a text dump printed without clear breaks rejoined: one goal a ``<YYYY>`` mark, the n-th status
with the n-th target; with several projects, only a pair of one project's rows cut between a mark and its target."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_patterns import status_re, year_mark
from pledgecard.extract.vocabulary import current, year_of


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


def _cut_pair(
    mark_row: list[str], text_row: list[str], c_target: int, c_proj: int | None, carried: bool
) -> bool:
    """Whether ``mark_row`` and the row below it were cut between a ``<YYYY>`` mark and its target (an open-sided
    table rebuilt from its lines, a project's merged cell printed at its middle: ``<2021>`` alone in one row, its
    target and ``<2022>`` in the next): the upper target cell holds one mark and nothing else, the lower opens with
    text before its first mark, a later year's; and the two are one project's (the upper's project cell the same,
    or printed empty and ``carried`` down). A trailing mark of a cell holding more (a year whose target is not
    set) or a lower cell of another project's row is no cut."""
    mark = current().build(year_mark)
    upper, lower = mark_row[c_target].strip(), text_row[c_target]
    only = mark.fullmatch(upper)
    first = mark.search(lower)
    if not only or not first or not lower[: first.start()].strip():
        return False
    if year_of(first) <= year_of(only):  # (a later mark's target cannot open the row of an earlier one)
        return False
    return c_proj is None or carried or mark_row[c_proj] == text_row[c_proj]


def _rejoin_pair(
    pair: list[tuple[int, list[str]]], c_target: int, c_status: int, c_proj: int | None, c_detail: int | None
) -> list[tuple[int, list[str]]]:
    """A cut pair (:func:`_cut_pair`) read as :func:`_rejoin_rows` reads a project's rows, each goal in the
    lower row (where every target's text is printed), with its 주요사업 and 추진내용 (the upper row's were carried)."""
    (_, upper), (grid_row, lower) = pair
    upper = list(upper)
    for c in (c_proj, c_detail):
        if c is not None:
            upper[c] = lower[c]
    rows = _rejoin_rows([upper, lower], c_target, c_status, c_proj, c_detail)
    if (
        len(rows) > 1
        and not rows[0][c_status]
        and (own := _mark_row_status(upper[c_status], lower[c_status], [r[c_target] for r in rows]))
    ):
        # the counts over the pair disagree: the mark-only row's own status is still its mark's (printed in its row),
        # with the lower cell's text before its first status word (the cut cell's rest: 추진 중 | (52명)); the lower
        # marks' statuses only where the lower cell's count agrees with them, else none (goal_status_unplaced)
        rows[0][c_status] = own[0]
        if len(own[1]) == len(rows) - 1:
            for row, status in zip(rows[1:], own[1], strict=True):
                row[c_status] = status
    return [(grid_row, row) for row in rows]


def _mark_row_status(upper: str, lower: str, targets: list[str]) -> tuple[str, list[str]] | None:
    """The status of a cut pair's mark-only row (``upper`` its status cell: one status, opening the cell) with the
    text the ``lower`` cell prints before its first status word joined to it (the cut cell's rest), and the lower
    cell's statuses from there on; None when the upper cell prints no one status opening it, or when that rest is
    not proven the mark-only row's (:func:`_rest_proven`, ``targets`` the pair's goals' targets, the mark-only row's
    first: ``(30개)`` under a row whose target counts 명 may be the lower mark's actual; the statuses are then left
    null, goal_status_unplaced reporting them)."""
    own = _statuses(upper.strip())
    if (
        len(own) != 1
        or not own[0]
        or len(_statuses(own[0])) != 1
        or not current().build(status_re).match(own[0])
    ):
        return None
    starts = [
        m.start()
        for m in current().build(status_re).finditer(lower)
        if lower[: m.start()].count("(") <= lower[: m.start()].count(")")
    ]
    rest = lower[: starts[0]] if starts else lower
    below = _statuses(lower[starts[0] :]) if starts else []
    if rest.strip() and not _rest_proven(rest, targets[0], targets[1:]):
        return None
    return " ".join(t for t in (own[0], rest.strip()) if t), below


_FIGURE_UNIT = re.compile(r"\d[\d,.]*\s*([^\W\d_]+|%)")
_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?!\d)")


def _rest_proven(rest: str, target: str, others: list[str]) -> bool:
    """Whether the text a cut pair's lower status cell prints before its first status word (``rest``) is the rest of
    the mark-only row's cell (its ``target`` that row's target, ``<2021> 교육생 양성(40명)``; ``others`` the lower
    marks' targets): it names no year but the row's, and each figure it prints carries a unit the row's target
    figures carry and no other mark's target does (``(52명)`` under ``40명``, the lower target ``40개``); words
    alone, another unit (``(30개)``, the lower mark's target's) or one both targets count in prove nothing."""
    mark = current().build(year_mark).search(target)
    year = year_of(mark) if mark else None
    years = [year_of(m) for m in current().build(year_mark).finditer(rest)]
    years += [int(y) for y in _YEAR.findall(current().build(year_mark).sub(" ", rest))]
    if any(y != year for y in years):
        return False
    units = _FIGURE_UNIT.findall(current().build(year_mark).sub(" ", rest))
    own = set(_FIGURE_UNIT.findall(current().build(year_mark).sub(" ", target)))
    own -= {u for t in others for u in _FIGURE_UNIT.findall(current().build(year_mark).sub(" ", t))}
    return bool(units) and all(u in own for u in units)


def rejoin_numbered(
    numbered: list[tuple[int, list[str]]],
    c_target: int,
    c_status: int,
    c_proj: int | None,
    c_detail: int | None,
    carried: frozenset[int] = frozenset(),
) -> list[tuple[int, list[str]]]:
    """:func:`_rejoin_rows` keeping each goal's grid row: a goal read from a group of rows takes
    the group's first row; with several projects each row is read on its own, but for a pair of rows cut between
    a mark and its target (:func:`_cut_pair`; ``carried`` the grid rows whose project cell was printed empty and
    filled from a merged cell), read together (:func:`_rejoin_pair`)."""
    rows = [row for _, row in numbered]
    projects = {r[c_proj] for r in rows if r[c_proj]} if c_proj is not None else set()
    if len(projects) > 1 and len(rows) > 1:
        out: list[tuple[int, list[str]]] = []
        i = 0
        while i < len(numbered):
            one = numbered[i]
            if i + 1 < len(numbered) and _cut_pair(
                one[1], numbered[i + 1][1], c_target, c_proj, one[0] in carried
            ):
                out += _rejoin_pair(numbered[i : i + 2], c_target, c_status, c_proj, c_detail)
                i += 2
                continue
            out += rejoin_numbered([one], c_target, c_status, c_proj, c_detail)
            i += 1
        return out
    out_rows = _rejoin_rows(rows, c_target, c_status, c_proj, c_detail)
    if out_rows is rows or not numbered:
        return numbered
    return [(numbered[0][0], row) for row in out_rows]
