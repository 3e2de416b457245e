"""Goals of a text dump's flattened table read from its ``<YYYY>`` marks: the text before the first mark
is the project, each mark starts a target, a status word ends it, the bracketed words after it are the
actual result, and what follows is the 추진내용 (a merged cell shared by the rows below it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pledgecard.extract.sections.goal_head_cells import head_project
from pledgecard.extract.sections.goal_patterns import (
    labelled_re,
    status_re,
    year_mark,
    year_row,
)
from pledgecard.extract.sections.goal_record import make_goal, not_started, strip_parens
from pledgecard.extract.sections.goal_run_cells import cells_run, pair_cells, run_cells
from pledgecard.extract.sections.goal_status_apart import status_run_after_rows
from pledgecard.extract.sections.goal_text_mark_rows import (
    figure_tail,
    next_mark_opening,
    packed_row,
    rise_under,
    row_cells,
)
from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.text import fold
from pledgecard.record import Goal


def _labelled_after_marks(text: str, first_mark: int) -> tuple[str, dict[str, str]]:
    """A dump may print the 주요사업 / 추진내용 cells after the rows, each after its header word:
    take ``주요사업 X`` and ``추진내용 Y`` found after the first year mark out of the text."""
    found: dict[str, str] = {}
    hits = [m for m in current().build(labelled_re).finditer(text) if m.start() >= first_mark]
    if not hits:
        return text, found
    cut = hits[0].start()
    tail = text[cut:]
    tail_hits = list(current().build(labelled_re).finditer(tail))
    for i, m in enumerate(tail_hits):
        end = tail_hits[i + 1].start() if i + 1 < len(tail_hits) else len(tail)
        value = fold(tail[m.end() : end])
        if value:
            found[m.lastgroup or ""] = value
    return text[:cut], found


def _year_marks(text: str) -> list[re.Match[str]]:
    """``<2023>`` marks in the target cells; failing that, rows that start with their year (a
    table with a 연도 column)."""
    vocab = current()
    return list(vocab.build(year_mark).finditer(text)) or list(vocab.build(year_row).finditer(text))


def _status_match(chunk: str) -> re.Match[str] | None:
    """The status cell of a goal row. A status word inside the target (``실시설계 완료``) is not it:
    prefer one that starts a line of its own, then one followed by its actual in parentheses or by
    the end of a line, else the last one."""
    found = list(current().build(status_re).finditer(chunk))
    if not found:
        return None
    for x in found:
        if not chunk[: x.start()].strip() or chunk[: x.start()].rstrip(" \t").endswith("\n"):
            return x
    for x in found:
        if re.match(r"[ \t]*(?:\(|\n|$)", chunk[x.end() :]):
            return x
    return found[-1]


def _statuses_with_actual(chunk: str) -> int:
    """Status words followed by a bracketed actual (``완료 (71명)``) in one mark's text."""
    return sum(
        1 for x in current().build(status_re).finditer(chunk) if re.match(r"[ \t]*\(", chunk[x.end() :])
    )


def _statuses_gathered(chunks: list[str]) -> bool:
    """Two status cells or more on lines of their own after one mark, a mark before it with none: the rows'
    status cells printed together after the last rows' targets, apart from their rows (pdf2txt's boxes: bomi-county
    23025 read the first row's 추진중 (86개) as the second row's status and actual)."""
    status = current().build(status_re)
    lone = [sum(1 for ln in c.splitlines() if status.fullmatch(ln.strip())) for c in chunks]
    return any(n >= 2 and 0 in lone[:k] for k, n in enumerate(lone))


def _legend_amid(chunks: list[str]) -> bool:
    """The status column's legend (``(완료/추진중/미착수)``: its status words in brackets, parted by
    slashes), a head cell, printed after a year mark: the dump printed the head's cells amid the rows
    (a table printed column by column, ``pdf2txt.py``'s boxes), so no row's cells can be placed."""
    return any(_without_legends(c) != c for c in chunks)


def _without_legends(chunk: str) -> str:
    """``chunk`` without the status legends in it (see :func:`_legend_amid`)."""
    status = current().build(status_re)
    return re.sub(
        r"\(([^()]*/[^()]*)\)",
        lambda m: "" if all(status.fullmatch(p.strip()) for p in m.group(1).split("/")) else m.group(0),
        chunk,
    )


def _before_status(chunk: str) -> str:
    """A mark's text up to its first status word: the target."""
    st = next(current().build(status_re).finditer(chunk), None)
    return chunk[: st.start()] if st else chunk


def _marks_side_by_side(text: str, marks: list[re.Match[str]]) -> bool:
    """Two ``<2023>`` marks with nothing but white space between them on one line: a header of
    year columns (``주요사업 단위 <2019> <2020> <2021>``), not marks inside target cells."""
    return any(not text[a.end() : b.start()].strip(" \t") for a, b in zip(marks, marks[1:], strict=False))


@dataclass
class MarksRead:
    """Goals read from ``<YYYY>`` marks, and what the reading left unproven: ``amid`` the words before the first
    target's figure when the head names a project column and no project is printed before the first mark (the
    project's cell printed amid the first row: those words may be it; empty where none are told, or where the
    words before the first mark were head cells only, goal_head_cells), None else; ``unread`` the years of marks
    whose row printed its status right after the mark and its target nowhere the reading could place; ``taken`` the
    indexes of the goals read under a project printing such a row's cells (:func:`row_cells`), their project null."""

    goals: list[Goal]
    amid: str | None = None
    unread: list[int | None] = field(default_factory=list)
    taken: list[int] = field(default_factory=list)
    cells_run: list[int] = field(default_factory=list)  # goals whose row's cells ran together: no target read


def goals_from_text(text: str) -> list[Goal]:
    return read_marks(text).goals


def read_marks(text: str) -> MarksRead:
    """The goals of a flattened table read from its marks (:class:`MarksRead`)."""
    marks = _year_marks(text)
    if not marks or _marks_side_by_side(text, marks):
        return MarksRead(
            []
        )  # marks side by side head year columns: which cell is whose the marks do not tell
    text, labelled = _labelled_after_marks(text, marks[0].start())
    marks = _year_marks(text)
    before = head_project(text[: marks[0].start()])
    project = labelled.get("project") or (fold(before.project) if before.project else None)
    goals: list[dict[str, Any]] = []
    has_detail = any(
        m.lastgroup == "detail" for m in current().build(labelled_re).finditer(text[: marks[0].start()])
    )
    head = text[: marks[0].start()]
    chunks = [
        text[m.end() : len(text) if i + 1 == len(marks) else marks[i + 1].start()]
        for i, m in enumerate(marks)
    ]
    if (
        any(_statuses_with_actual(c) >= 2 for c in chunks)
        or _legend_amid(chunks)
        or (_statuses_gathered(chunks) and status_run_after_rows(chunks) is None)
    ):
        # two status cells each with its actual between two marks (``완료 (71명) 추진중 (38건)``):
        # the dump printed the rows' status cells together, apart from their targets, so no row
        # can be given its status, actual or detail; the targets keep their marks' years
        # (a mark with no target text before a status: its target was printed elsewhere); so too
        # where the status column's legend, a head cell, is printed amid the rows
        chunks = [_without_legends(c) for c in chunks]
        return MarksRead(
            [
                make_goal(project, year_of(m), _before_status(c), None, None, None)
                for m, c in zip(marks, chunks, strict=True)
                if _before_status(c).strip()
            ]
        )
    run = status_run_after_rows(chunks)
    if run is not None:  # the status column printed as a run after the last row's target (goal_status_apart)
        targets = [*chunks[:-1], run[0]]
        return MarksRead(
            [
                make_goal(project, year_of(m), t, s, None if not_started(s) else a, None)
                for m, t, (s, a) in zip(marks, targets, run[1], strict=True)
            ]
        )
    # (head cells left out of the words before the first mark, 목표대비 -> 대비: the project is not printed there)
    amid = project is None and (
        before.dropped or any(m.lastgroup == "project" for m in current().build(labelled_re).finditer(head))
    )
    names_project = any(m.lastgroup == "project" for m in current().build(labelled_re).finditer(head))
    opened = {i for i, m in enumerate(marks) if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()}
    years = [year_of(m) for m in marks]
    words_amid: str | None = None
    held_head = False  # a target as printed holding a column's head words (below)
    run: list[Goal] = []  # goals whose row's cells ran together into the target's text
    opens = True  # the row opens a project (its first row)
    for i, m in enumerate(marks):
        last = i + 1 == len(marks)
        chunk = chunks[i]
        st = _status_match(chunk)
        if not st:
            goals.append(make_goal(project, year_of(m), chunk, None, None, None))
            continue
        target = chunk[: st.start()]
        after = chunk[st.end() :]
        actual = None
        if after.strip().startswith("("):
            start = after.index("(")
            depth, end = 0, len(after)
            for k in range(start, len(after)):
                depth += after[k] == "("
                depth -= after[k] == ")"
                if depth == 0:
                    end = k + 1
                    break
            actual = strip_parens(after[start:end].strip())
            after = after[end:]
        if actual is None and (cells := run_cells(target, head) or pair_cells(target, head)):
            target, actual = cells  # the target, actual (and rate) cells run together (goal_run_cells)
        if actual is None and not target.strip() and (packed := packed_row(after)) is not None:
            target, actual, after = (
                *packed,
                "",
            )  # the row's cells printed over two lines (goal_text_mark_rows)
        if _holds_head(fold(target)):
            held_head = True  # (told on the target as printed, before any words are cut from it)
        if amid and i == 0 and (split := figure_tail(target)) is not None:
            words_amid, target = (
                split  # the words before the figure: maybe the project's cell, read as neither
            )
        opening = next_mark_opening(
            after, last=last, proven=names_project and rise_under(years, i + 1, opened)
        )
        detail, next_project = (
            (fold(after[: len(after) - len(opening)]) or None, fold(opening))
            if opening
            else _detail_and_next_project(after, last=last)
        )
        if opens and has_detail and detail is None and not opening:
            # the first row of a table, or of a project, prints every cell (no merged cell reaches
            # it from above): under a header naming a 추진내용 column, one line after its status is
            # its own detail, not the next project
            detail, next_project = next_project, None
        opens = next_project is not None
        status = re.sub(r"\s+", " ", st.group(1))
        if not_started(status):
            actual = None
        goals.append(make_goal(project, year_of(m), target, status, actual, detail))
        if actual is None and cells_run(target, head):
            run.append(goals[-1])  # the row's cells run together: no target text (goal_run_cells.cells_run)
        if next_project:
            project = next_project
    if held_head or any(
        _bracketed(g["project"]) or (g["project"] and _status_match(g["project"])) or _holds_head(g["target"])
        for g in goals
    ):
        # a project that is a bracketed figure or note ((41건), (완료/추진중/미착수)) or holds a
        # status word (the rows' statuses printed before the first mark), or a target holding a column's head
        # word (달성률 추진상황 printed amid the rows): the dump printed the
        # cells out of the table's order (a table printed column by column), so no cell can be placed
        return MarksRead([])
    # a status right after its year mark: the row's target was printed elsewhere, its cells unplaceable (reported)
    unread = [g["year"] for g in goals if g["target"] is None and g["status"]]
    goals = [g for g in goals if g["target"] is not None or not g["status"]]
    taken = [k for k, g in enumerate(goals) if unread and row_cells(g["project"])]
    for k in taken:
        # a project printing a row's target and bracketed actual (``141호 공급 (124호)``) where a row was left
        # unread: that row's cells read as the next project's name (hwp5wrong: hansol-district hwp5html 14, 23):
        # the project is null (reported); the rows' own cells, each on its mark's line, keep their figures
        goals[k]["project"] = None
    # 추진내용 is a merged cell: a row without its own text shares the one above it in the same
    # project (or the one a dump printed after the rows).
    for k, g in enumerate(goals):
        if not g["detail"]:
            prev = goals[k - 1] if k else None
            if prev is not None and prev["project"] == g["project"] and prev["detail"]:
                g["detail"] = prev["detail"]
            elif labelled.get("detail"):
                g["detail"] = labelled["detail"]
    cells = [k for k, g in enumerate(goals) if any(g is r for r in run)]
    for k in cells:
        goals[k].update(target=None, target_value=None, target_unit=None)
    return MarksRead(goals, (words_amid or "") if amid else None, unread, taken, cells)


def _holds_head(text: str | None) -> bool:
    """A cell holding, as words of their own, the head words of two of a goal table's columns (status, rate,
    actual, detail: ``… 체결(50건) - 달성률 추진상황``): cells run together across the table's head."""
    if not text:
        return False
    heads = {
        w.replace(" ", ""): name
        for name in ("status", "rate", "actual", "detail")
        for w in current().words("goals_columns", name)
    }
    return len({heads[w] for w in text.split() if w in heads}) >= 2


def _bracketed(text: str | None) -> bool:
    """Text wholly in brackets (``(41건)``, ``(완료/추진중/미착수)``)."""
    t = (text or "").strip()
    return t.startswith("(") and t.endswith(")")


def _detail_and_next_project(after: str, *, last: bool) -> tuple[str | None, str | None]:
    """What follows a row's status and actual: the 추진내용 starts on the same line; a line of its
    own right before the next year mark (which starts a new line) is the next row's 주요사업."""
    if last:
        return fold(after) or None, None
    lines = [ln for ln in after.split("\n")]
    ends_line = after.rstrip(" \t").endswith("\n") or not after.strip()
    non_empty = [(k, ln) for k, ln in enumerate(lines) if ln.strip()]
    if not non_empty or not ends_line:
        return fold(after) or None, None
    k_last, last_line = non_empty[-1]
    starts_own_line = k_last > 0  # not on the line where the status/actual ended
    if not starts_own_line:
        return fold(after) or None, None
    detail = fold(" ".join(ln for _, ln in non_empty[:-1])) or None
    return detail, fold(last_line)
