"""A goal table a dump printed in two blocks on either side of its heading (``pdftotext`` in its default
mode orders a page's boxes by its own reading order): the head's last cells (목표 / 실적 / 추진상황 /
추진내용) and each row's target, actual and status cells closing the section before the goals' heading,
the head's first cells (연도 / 세부사업), the rows' years and a project cell spanning them under it.

Rebuilt into one table only where the structure proves the rows: the block before the heading is a head
of goal column words then rows that each end in a status cell, the one line before it the actual (a value
or a dash) and the target the one line before that (or two, the first leaving a bracket open); as many
such rows as the year lines under the heading, paired in print order. One project line under the heading
is a cell spanning every row; with more, which row is whose is not printed: no project column. Cells the
blocks do not print (추진내용) are left out, no guess. Template words come from the vocabulary only.

The block may also follow the head's first cells under the heading (the dump's roles moved it there, or the whole
table printed there); a year may stand amid the head's words, amid the block's rows or after its last row: such a
year is its row's where exactly one reading (with the row after it, or with the row before it) runs each project's
years up one by one, the other rows taking the years under the heading in order; with no project line under the
heading, the block's first cell is the project cell spanning its rows (then no year may fall). A row's actual may
be worded where the block's columns are the target, the actual and the status alone; a target wrapped at the
cell's edge (``교육생 양`` / ``성(35명)``, ``기업 지원`` / ``(20개)``) is one cell."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_values import is_status_cell, is_value_token
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.text import is_dash

_BLOCK_KINDS = ("target", "actual", "status", "detail")


def _year(text: str) -> bool:
    """A line that is a printed year alone (``2024``, ``2024년``, ``'24``: the vocabulary's year shapes)."""
    return current().year_re.fullmatch(text) is not None


def _text(item: Item) -> str | None:
    return item.full_text.strip() if isinstance(item, Line) else None


def _target(lines: list[str]) -> str | None:
    """A target cell printed on one line or wrapped on two: the first leaving a bracket open
    (``체결(15`` / ``건)``) or the second closing the bracket it opens (``교육생 양`` / ``성(35명)``,
    ``기업 지원`` / ``(20개)``: the count wrapped at the cell's edge); None for other runs."""
    if len(lines) == 2 and (
        lines[0].count("(") > lines[0].count(")")
        or ("(" in lines[1] and lines[1].endswith(")") and lines[0].count("(") == lines[0].count(")"))
    ):
        lines = [glue(lines[0], lines[1])]
    if len(lines) != 1 or is_status_cell(lines[0]) or is_dash(lines[0]):
        return None
    return lines[0]


_Row = tuple[str | None, str, str, str]


def _rows(cells: list[str], worded: bool = False) -> tuple[list[_Row], str | None] | None:
    """(year, target, actual, status) of each row the cells print in order, the year a year line opening
    the row printed amid the block (None for the rows without), and a year line closing the block (after the
    last row's cells); None unless every cell is placed. The
    actual a dash or a value (``58건``); ``worded`` (the block's columns are the target, the actual and the
    status alone): a worded actual too (``설계 완료``), right after a target printed on one line."""
    rows: list[_Row] = []
    run: list[str] = []
    year: str | None = None
    for t in cells:
        if not run and year is None and _year(t):
            year = t
            continue
        if not is_status_cell(t) or len(run) < 2:
            run.append(t)
            continue
        *lines, actual = run
        target = _target(lines)
        if (
            not (
                is_dash(actual)
                or is_value_token(actual)
                or (worded and len(lines) == 1 and not _year(actual))
            )
            or target is None
        ):
            return None
        rows.append((year, target, "" if is_dash(actual) else actual, t))
        run, year = [], None
    return (rows, year) if rows and not run else None


def _steps_of_one(years: list[str], one_project: bool = False) -> bool:
    """Whether the rows' years run up one by one within each project's rows (a fall opens the next; none
    where one project cell spans every row)."""
    nums = [year_of(m) for y in years if (m := current().year_re.fullmatch(y))]
    return len(nums) == len(years) and all(
        b == a + 1 or (b <= a and not one_project) for a, b in pairwise(nums)
    )


def _row_years(
    rows: list[_Row], under: list[str], closing: str | None = None, one_project: bool = False
) -> list[str] | None:
    """Each row's year: the years printed amid the block (``closing``: after its last row) with the row they
    open, or with the row before them, the other rows taking the years under the heading in print order.
    With years amid the block the reading is kept only where it alone runs the years up one by one within a
    project's rows."""
    own = [y for y, *_ in rows]
    if all(y is None for y in own) and closing is None:
        return list(under) if len(under) == len(rows) else None
    readings = [own] if closing is None else []
    if own[0] is None:  # the year printed after its row's cells: the row before it is its
        readings.append([*own[1:], closing])
    readings = [r for r in readings if sum(y is None for y in r) == len(under)]
    filled = []
    for reading in readings:
        rest = iter(under)
        filled.append([y if y is not None else next(rest) for y in reading])
    proven = [f for k, f in enumerate(filled) if _steps_of_one(f, one_project) and f not in filled[:k]]
    return proven[0] if len(proven) == 1 else None


def _kind_memo() -> Callable[[str], str | None]:
    """:func:`header_words_kind` remembering each text's kind (one card's texts are asked again and again)."""
    memo: dict[str, str | None] = {}

    def kind(text: str) -> str | None:
        if text not in memo:
            memo[text] = header_words_kind(text)
        return memo[text]

    return kind


def _block(
    tail: list[str | None],
    start: int,
    years: list[str],
    lead_project: bool = False,
    kind: Callable[[str], str | None] = header_words_kind,
) -> tuple[int, list[str | None], list[_Row], list[str], str | None] | None:
    """The block of column words and rows at ``start`` of ``tail`` (-1: its last run of column words), its
    rows, their years and the project cell opening its rows (``lead_project``: the head names a project column
    and no project line stands under the heading: the block's first cell, printed once, spans the rows); None
    unless the structure proves them. ``kind``: :func:`header_words_kind`, or a memo of it (:func:`_kind_memo`)."""
    if start < 0:
        heads = [
            k
            for k, t in enumerate(tail)
            if t
            and kind(t) in _BLOCK_KINDS
            and (k == 0 or not (tail[k - 1] and kind(tail[k - 1]) in _BLOCK_KINDS))
        ]
        if not heads:
            return None
        start = heads[-1]
    end = start
    while end < len(tail) and tail[end] and kind(tail[end]) in _BLOCK_KINDS:  # type: ignore[arg-type]
        end += 1
    kinds = [kind(t) for t in tail[start:end]]  # type: ignore[arg-type]
    cells = tail[end:]
    if None in cells or not {"target", "actual", "status"} <= set(kinds) or len(set(kinds)) != len(kinds):
        return None
    project = cells[0] if lead_project and cells else None
    if project is not None and (
        _year(project)
        or is_status_cell(project)
        or is_dash(project)  # type: ignore[arg-type]
        or is_value_token(project)
    ):  # type: ignore[arg-type]
        return None
    found = _rows(cells[1:] if project else cells, worded=set(kinds) == {"target", "actual", "status"})  # type: ignore[arg-type]
    if found is None:
        return None
    rows, closing = found
    row_years = _row_years(rows, years, closing, one_project=project is not None)
    if row_years is None:
        return None
    return start, kinds, rows, row_years, project


def goals_printed_before(sections: Sequence[SectionItems]) -> None:
    """The goal table printed in two blocks about its heading rebuilt into one table at the start of
    the goals (see the module's docstring); the sections as they are otherwise."""
    at = next((i for i, s in enumerate(sections) if s.name == "goals"), None)
    if at is None or at < 2 or sections[at - 1].name in (None, "goals"):
        return
    goals, before = sections[at], sections[at - 1]
    texts = [_text(it) for it in goals.items]
    if None in texts:
        return
    kind = _kind_memo()  # each text's head-word kind, read once
    # the goals' own lines up to a run of the block's column words (the block the dump's roles moved here)
    cut = next((k for k, t in enumerate(texts) if t and kind(t) in _BLOCK_KINDS), len(texts))
    own = texts[:cut]
    head_b = [t for t in own if t and kind(t) in ("year", "project")]
    years = [t for t in own if t and _year(t)]
    rest = [t for t in own if t and t not in head_b and not _year(t)]
    if (
        [kind(t) for t in head_b[:1]] != ["year"]
        or [t for t in own if not _year(t)][: len(head_b)] != head_b
        or not years
        or any(is_status_cell(t) for t in rest)
    ):  # type: ignore[arg-type]
        return
    # the block: a run of column words after the goals' own lines (moved there by the dump's roles), else
    # closing the section before (its last run of column words); a run holding no target / actual / status
    # words (추진내용 and its cells, printed apart) is no block
    runs = [
        k
        for k in range(cut, len(texts))
        if kind(texts[k]) in _BLOCK_KINDS  # type: ignore[arg-type]
        and (k == cut or kind(texts[k - 1]) not in _BLOCK_KINDS)
    ]  # type: ignore[arg-type]
    found = None
    lead = not rest and "project" in [kind(t) for t in head_b]
    for items, start in [(goals.items, k) for k in runs] + [(before.items, -1)]:
        if (found := _block([_text(it) for it in items], start, years, lead, kind)) is not None:
            break
    if found is None:
        return
    start, kinds, rows, row_years, lead_cell = found
    tail = [_text(it) for it in items]
    project = rest[0] if len(rest) == 1 and "project" in [kind(t) for t in head_b] else lead_cell
    head = [
        head_b[0],
        *([t for t in head_b if kind(t) == "project"][:1] if project else []),
        *(tail[start + kinds.index(k)] for k in ("target", "actual", "status")),
    ]
    grid: list[Cell] = [Cell(0, j, t) for j, t in enumerate(head)]  # type: ignore[arg-type]
    for i, (year, (_, target, actual, status)) in enumerate(zip(row_years, rows, strict=True), start=1):
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
