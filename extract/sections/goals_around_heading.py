"""A goal table a dump printed in two blocks on either side of its heading (``pdftotext`` in its default
mode orders a page's boxes by its own reading order): the head's last cells (목표 / 실적 / 추진상황 /
추진내용) and each row's target, actual and status cells closing the section before the goals' heading,
the head's first cells (연도 / 세부사업), the rows' years and a project cell spanning them under it.

Rebuilt into one table only where the structure proves the rows: the block before the heading is a head
of goal column words then rows that each end in a status cell, the one line before it the actual (a value
or a dash) and the target the one line before that (or two, the first leaving a bracket open); as many
such rows as the year lines under the heading, paired in print order. One project line under the heading
is a cell spanning every row; with more, which row is whose is not printed: no project column. Cells the
blocks do not print (추진내용) are left out, no guess. Template words come from the vocabulary only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.goal_rows import header_words_kind, is_value_token
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import DASHES

_BLOCK_KINDS = ("target", "actual", "status", "detail")


def _year(text: str) -> bool:
    """A line that is a printed year alone (``2024``, ``2024년``, ``'24``: the vocabulary's year shapes)."""
    return current().year_re.fullmatch(text) is not None


class _Section(Protocol):
    name: str | None
    items: list[Item]


def _text(item: Item) -> str | None:
    return item.full_text.strip() if isinstance(item, Line) else None


def _status(text: str) -> bool:
    return key(text) in current().status_words


def _rows(cells: list[str]) -> list[tuple[str, str, str]] | None:
    """(target, actual, status) of each row the cells print in order; None unless every cell is placed."""
    rows: list[tuple[str, str, str]] = []
    run: list[str] = []
    for t in cells:
        if not _status(t) or len(run) < 2:
            run.append(t)
            continue
        *target, actual = run
        if not (actual in DASHES or is_value_token(actual)):
            return None
        if len(target) == 2 and target[0].count("(") > target[0].count(")"):
            target = [target[0] + target[1]]  # a target wrapped inside its bracket: 체결(15 / 건)
        if len(target) != 1 or _status(target[0]) or target[0] in DASHES:
            return None
        rows.append((target[0], "" if actual in DASHES else actual, t))
        run = []
    return rows if rows and not run else None


def goals_printed_before(sections: Sequence[_Section]) -> None:
    """The goal table printed in two blocks about its heading rebuilt into one table at the start of
    the goals (see the module's docstring); the sections as they are otherwise."""
    at = next((i for i, s in enumerate(sections) if s.name == "goals"), None)
    if at is None or at < 2 or sections[at - 1].name in (None, "goals"):
        return
    goals, before = sections[at], sections[at - 1]
    texts = [_text(it) for it in goals.items]
    if None in texts:
        return
    # the goals' own lines up to a run of the block's column words (the block the dump's roles moved here)
    cut = next((k for k, t in enumerate(texts) if t and header_words_kind(t) in _BLOCK_KINDS), len(texts))
    own = texts[:cut]
    head_b = [t for t in own if t and header_words_kind(t) in ("year", "project")]
    years = [t for t in own if t and _year(t)]
    rest = [t for t in own if t and t not in head_b and not _year(t)]
    if [header_words_kind(t) for t in head_b[:1]] != ["year"] or own[:len(head_b)] != head_b \
            or len(years) < 2 or any(_status(t) for t in rest):  # type: ignore[arg-type]
        return
    # the block: after the goals' own lines, else closing the section before (its last run of column words)
    items, start = (goals.items, cut) if cut < len(texts) else (before.items, -1)
    tail = [_text(it) for it in items]
    if start < 0:
        heads = [k for k, t in enumerate(tail) if t and header_words_kind(t) in _BLOCK_KINDS
                 and (k == 0 or not (tail[k - 1] and header_words_kind(tail[k - 1]) in _BLOCK_KINDS))]
        if not heads:
            return
        start = heads[-1]
    end = start
    while end < len(tail) and tail[end] and header_words_kind(tail[end]) in _BLOCK_KINDS:  # type: ignore[arg-type]
        end += 1
    kinds = [header_words_kind(t) for t in tail[start:end]]  # type: ignore[arg-type]
    cells = tail[end:]
    if None in cells or not {"target", "actual", "status"} <= set(kinds) or len(set(kinds)) != len(kinds):
        return
    rows = _rows(cells)  # type: ignore[arg-type]
    if rows is None or len(rows) != len(years):
        return
    project = rest[0] if len(rest) == 1 and "project" in [header_words_kind(t) for t in head_b] else None
    head = [head_b[0], *([t for t in head_b if header_words_kind(t) == "project"][:1] if project else []),
            *(tail[start + kinds.index(k)] for k in ("target", "actual", "status"))]
    grid: list[Cell] = [Cell(0, j, t) for j, t in enumerate(head)]  # type: ignore[arg-type]
    for i, (year, (target, actual, status)) in enumerate(zip(years, rows, strict=True), start=1):
        row = [year, target, actual, status]
        if project:
            row.insert(1, "")
        grid += [Cell(i, j, t) for j, t in enumerate(row) if not (project and j == 1)]
    if project:
        grid.append(Cell(1, 1, project, row_span=len(rows)))
    first = items[start]
    assert isinstance(first, Line)
    table = Table(cells=grid, n_rows=len(rows) + 1, n_cols=len(head), source=first.source)
    if items is before.items:
        del before.items[start:]
    goals.items[:] = [table]
