"""A goal table of year groups (a year's label row over its rows: ``2023년`` / ``[2023년]`` / ``<2024>``; no year
column; the head ``사업명 | 목표 | 실적 | 달성률 | 추진상황 | 추진내용``) that pdf2txt printed as two runs: every
group's label with its project cell (wrapped over lines), then every row's value cells and its status, row after
row (soseul-county 12 / 13, doldam-county 12 pdf2txt: ``2023년 / 문화관광 지원 / 사업 / 2024년 / 문화관광 지원 /
사업 / 공정률 60% / 공정률 43% / 72% / 완료 / 공정률 80% / ...``).

The rows go back to their groups only where the print proves it:

- as many rows (each exactly its value cells, then its status) as year labels, two or more, the years rising:
  a group prints at least one row, so each group holds exactly one, the k-th row the k-th year's;
- every value cell a figure or a dash and no project line one (so a value cell's wrapped line cannot stand among
  the project lines unseen), a rate cell the actual over the target (or a dash with a dashed actual);
- every group's project lines the same (a cell's wrapped first line moved into the last group would differ): the
  one project of every row, its lines joined as the card's words join them.

The 추진내용 cells after the rows (wrapped over lines where they will, no figure, status or year among them: else
rows may be printed past them and the count proves nothing) are left to no row. Any other shape is left
to the other readers (its rows unread: no cell paired by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_cells_a_line import cells_head
from pledgecard.extract.sections.goal_head_words import head_kind, row_layout
from pledgecard.extract.sections.goal_interleaved_box import joined
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import (
    RATE,
    bullet_item,
    is_status_cell,
    rate_agrees,
    year_cell_of,
)
from pledgecard.normalize.text import is_dash


def _figure_or_dash(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or is_dash(text)


def _project_piece(text: str) -> bool:
    return not (
        _figure_or_dash(text)
        or is_status_cell(text)
        or year_cell_of(text) is not None
        or bullet_item(text)
        or head_kind(text) is not None
    )


def _value_cell(text: str) -> bool:
    return _figure_or_dash(text) and not is_status_cell(text) and year_cell_of(text) is None


def _groups(dense: list[str], p: int) -> tuple[list[tuple[int, list[int]]], int]:
    """The year groups from line ``p``: each its year label's line and its project lines; and the line after."""
    out: list[tuple[int, list[int]]] = []
    while p < len(dense) and year_cell_of(dense[p]) is not None:
        at, p = p, p + 1
        pieces: list[int] = []
        while p < len(dense) and _project_piece(dense[p]):
            pieces.append(p)
            p += 1
        out.append((at, pieces))
    return out, p


def _rows(dense: list[str], p: int, m: int) -> tuple[list[tuple[list[int], int]], int]:
    """The rows from line ``p``: each its ``m`` value cells' lines and its status line; and the line after."""
    out: list[tuple[list[int], int]] = []
    while (
        p + m < len(dense)
        and all(_value_cell(dense[k]) for k in range(p, p + m))
        and is_status_cell(dense[p + m])
    ):
        out.append((list(range(p, p + m)), p + m))
        p += m + 1
    return out, p


def _rate_holds(target: str, actual: str, rate: str) -> bool:
    m = RATE.match(rate)
    if m is None:
        return is_dash(rate) and is_dash(actual)
    return not is_dash(actual) and rate_agrees(float(m.group(1)), target, actual, within=1)


def goal_group_runs(lines: list[str], lexicon: str = "") -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows of a year-group table printed as a run of groups and a run of rows (see the module), and the
    indexes of the lines not read; None where the lines are not so or the counts do not prove the rows' years."""
    texts = [ln.strip() for ln in lines]
    idx = [k for k, x in enumerate(texts) if x]
    dense = [texts[k] for k in idx]
    found = cells_head(dense)
    if found is None:
        return None
    kinds, start = found
    layout = row_layout(kinds)
    if layout is None:
        return None
    has_year, before, after = layout
    values = before[1:]
    if has_year or before[:1] != ["project"] or "target" not in values or after not in ("", "detail"):
        return None
    if not set(values) <= {"target", "actual", "rate"}:
        return None
    groups, p = _groups(dense, start)
    rows, end = _rows(dense, p, len(values))
    if len(groups) < 2 or len(rows) != len(groups) or (end < len(dense) and after != "detail"):
        return None
    if any(not _project_piece(x) for x in dense[end:]):
        return None  # a figure, a status or a year past the rows: rows printed apart, the count no proof
    years = [year_cell_of(dense[at]) for at, _ in groups]
    if any(b <= a for a, b in zip(years, years[1:], strict=False)):  # type: ignore[operator]
        return None
    pieces = [[dense[k] for k in ps] for _, ps in groups]
    if not pieces[0] or any(ps != pieces[0] for ps in pieces):
        return None
    # a name wrapped over lines: joined only where the card prints it whole elsewhere (else where the line broke,
    # amid a word or between two, is not printed: the project left null)
    whole = joined(pieces[0], lexicon)
    project = pieces[0][0] if len(pieces[0]) == 1 else whole if whole and whole in lexicon else None
    out: list[GoalRow] = []
    for (at, _), (cells, status) in zip(groups, rows, strict=True):
        vals = dict(zip(values, (dense[k] for k in cells), strict=True))
        actual = vals.get("actual")
        if is_dash(vals["target"]) or (
            "rate" in vals and not _rate_holds(vals["target"], actual or "-", vals["rate"])
        ):
            return None
        out.append(
            GoalRow(
                idx[cells[0]],
                project,
                year_cell_of(dense[at]),
                vals["target"],
                dense[status],
                None if actual is None or is_dash(actual) else actual,
                None,
                project_unproven=project is None,
            )
        )
    unread = [idx[k] for k in range(len(dense)) if (k < start and head_kind(dense[k]) is None) or k >= end]
    return out, unread
