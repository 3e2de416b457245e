"""목표달성: one row per target year (project, target, status, actual, detail).

A real table is read by its header (주요사업 | 목표치 | 추진상황 | 추진내용, with a year column or
``<2023>`` marks inside the target cells). A text dump's flattened table is read from the same
marks: the text before the first ``<YYYY>`` is the project, each ``<YYYY>`` starts a target, a
status word (완료 / 추진 중 / 미착수 ...) ends it, the parenthesised words after the status are
the actual result, and what follows is the 추진내용 (a merged cell shared by the rows below it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.revisions import in_force, in_force_lines
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.goal_across import (
    AcrossGoal,
    goals_across,
    goals_across_cells,
    goals_across_lines,
)
from pledgecard.extract.sections.goal_cells_a_line import goal_cells, goal_cells_under_line
from pledgecard.extract.sections.goal_column_runs import goal_column_run_lines
from pledgecard.extract.sections.goal_indicators import (
    IndicatorGoal,
    figure,
    goals_indicator_lines,
    goals_indicators,
    indicator,
    value,
)
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goal_order import reordered
from pledgecard.extract.sections.goal_pair_cells import (
    join_pair_cell_lines,
    split_pair_grid,
    split_pair_lines,
)
from pledgecard.extract.sections.goal_pieces import piece_rows
from pledgecard.extract.sections.goal_printed_cells import printed_cells
from pledgecard.extract.sections.goal_quarters import quarter_goal_lines, quarter_goals, year_only
from pledgecard.extract.sections.goal_rows import goal_rows as goal_rows_from_lines
from pledgecard.extract.sections.goal_run_cells import run_cells
from pledgecard.extract.sections.goal_stage import without_stage_cells
from pledgecard.extract.sections.goal_stream import goal_marks_status_first, goal_stream
from pledgecard.extract.sections.goal_subheads import fold_sub_columns
from pledgecard.extract.sections.goal_unit_apart import goal_unit_apart_lines
from pledgecard.extract.sections.goal_unit_rows import final_head, goal_unit_row_lines
from pledgecard.extract.sections.goal_year_blocks import goal_year_block_lines
from pledgecard.extract.sections.goal_year_columns import (
    goals_year_column_lines,
    goals_year_columns,
    has_year_column_head,
    unit_head,
)
from pledgecard.extract.vocabulary import Vocabulary, current, spaced, year_of
from pledgecard.normalize.counts import GLUED_TO_FIGURE, LOOSE_NUMBER, parse_count, parse_number
from pledgecard.normalize.text import DASHES, fold
from pledgecard.record import Goal


def _year_mark(v: Vocabulary) -> re.Pattern[str]:
    """A ``<2023>`` mark inside a target cell."""
    return re.compile(rf"[<〈(\[]\s*(?:{v.year_pattern})\s*[>〉)\]]")


def _status(v: Vocabulary) -> re.Pattern[str]:
    words = sorted(v.status_words, key=len, reverse=True)
    return re.compile("(" + "|".join(r"[ \t]*".join(map(re.escape, w)) for w in words) + ")")


def _header_words(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(spaced([w for words in v.table("goals_columns").values() for w in words]))


def _labelled(v: Vocabulary) -> re.Pattern[str]:
    """주요사업 / 추진내용 words specific enough (four letters or more) to stand as a label in text."""
    def src(name: str) -> str:
        return spaced([w for w in v.words("goals_columns", name) if len(w) >= 4])
    return re.compile(f"(?P<project>{src('project')})|(?P<detail>{src('detail')})")


def _value_re(v: Vocabulary) -> re.Pattern[str]:
    units = "|".join(map(re.escape, sorted(v.words("counts", "units"), key=len, reverse=True)))
    # a figure glued to a character no figure follows in print (``1#8호``: a confused or corrupted number, the
    # ``8호`` no figure of its own) is none: the figure stands at the text's start, after a space, a word or a bracket
    return re.compile(rf"(?<![{re.escape(''.join(sorted(GLUED_TO_FIGURE)))}])({LOOSE_NUMBER})\s*({units})")


def _not_started(status: str) -> bool:
    return current().status_words.get(re.sub(r"\s+", "", status)) == "not_started"


def _value(text: str | None) -> tuple[int | float | None, str | None]:
    if not text:
        return None, None
    m = current().build(_value_re).search(text)
    if not m:
        return None, None
    return parse_number(m.group(1)), m.group(2)  # a confused number (l56명) is null, never part of it


def _wrapped_head(grid: list[list[str]]) -> list[str]:
    """The head row with a column word a narrow cell wrapped (``추진상`` / ``황``) that a layout dump's
    columns placed in two cells side by side made whole again: where a head cell's column is empty
    in every row below and the cell right of it completes a column word neither names alone, the
    word stands over the right column (the one holding the values)."""
    head = list(grid[0])
    words = [w for name in ("project", "target", "status", "actual", "detail", "year", "rate")
             for w in current().words("goals_columns", name)]
    for j in range(len(head) - 1):
        left, right = head[j].replace(" ", ""), head[j + 1].replace(" ", "")
        if not left or not right or any(j < len(r) and r[j].strip() for r in grid[1:]):
            continue
        if any(w in left + right and w not in left and w not in right for w in words) and not any(
                w == left or w == right for w in words):
            head[j], head[j + 1] = "", head[j] + head[j + 1]
    return head


def _goal(project: str | None, year: int | None, target: str, status: str | None, actual: str | None,
          detail: str | None) -> Goal:
    target, actual = in_force(target), in_force(actual or "") or actual  # 120호 → 150호: the target in force
    tv, tu = _value(target)
    av, _ = _value(actual)
    if av is None and actual:
        v, _u = parse_count(actual)
        av = v
    return {
        "project": project or None, "year": year, "target": fold(target) or None,
        "target_value": tv, "target_unit": tu, "status": fold(status) if status else None,
        "actual": fold(actual) if actual else None, "actual_value": av, "detail": fold(detail) if detail else None,
    }


def _strip_parens(s: str) -> str:
    s = s.strip()
    if s.startswith("(") and s.endswith(")"):
        return s[1:-1]
    return s




def _labelled_after_marks(text: str, first_mark: int) -> tuple[str, dict[str, str]]:
    """A dump may print the 주요사업 / 추진내용 cells after the rows, each after its header word:
    take ``주요사업 X`` and ``추진내용 Y`` found after the first year mark out of the text."""
    found: dict[str, str] = {}
    hits = [m for m in current().build(_labelled).finditer(text) if m.start() >= first_mark]
    if not hits:
        return text, found
    cut = hits[0].start()
    tail = text[cut:]
    tail_hits = list(current().build(_labelled).finditer(tail))
    for i, m in enumerate(tail_hits):
        end = tail_hits[i + 1].start() if i + 1 < len(tail_hits) else len(tail)
        value = fold(tail[m.end():end])
        if value:
            found[m.lastgroup or ""] = value
    return text[:cut], found


def _year_row(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?m)^[ \t]*(?:{v.year_pattern})[ \t]+(?=\S)")


def _year_marks(text: str) -> list[re.Match[str]]:
    """``<2023>`` marks in the target cells; failing that, rows that start with their year (a
    table with a 연도 column)."""
    vocab = current()
    return list(vocab.build(_year_mark).finditer(text)) or list(vocab.build(_year_row).finditer(text))


def _status_match(chunk: str) -> re.Match[str] | None:
    """The status cell of a goal row. A status word inside the target (``실시설계 완료``) is not it:
    prefer one that starts a line of its own, then one followed by its actual in parentheses or by
    the end of a line, else the last one."""
    found = list(current().build(_status).finditer(chunk))
    if not found:
        return None
    for x in found:
        if not chunk[: x.start()].strip() or chunk[: x.start()].rstrip(" \t").endswith("\n"):
            return x
    for x in found:
        if re.match(r"[ \t]*(?:\(|\n|$)", chunk[x.end():]):
            return x
    return found[-1]


def _statuses_with_actual(chunk: str) -> int:
    """Status words followed by a bracketed actual (``완료 (71명)``) in one mark's text."""
    return sum(1 for x in current().build(_status).finditer(chunk) if re.match(r"[ \t]*\(", chunk[x.end():]))


def _legend_amid(chunks: list[str]) -> bool:
    """The status column's legend (``(완료/추진중/미착수)``: its status words in brackets, parted by
    slashes), a head cell, printed after a year mark: the dump printed the head's cells amid the rows
    (a table printed column by column, ``pdf2txt.py``'s boxes), so no row's cells can be placed."""
    return any(_without_legends(c) != c for c in chunks)


def _without_legends(chunk: str) -> str:
    """``chunk`` without the status legends in it (see :func:`_legend_amid`)."""
    status = current().build(_status)
    return re.sub(r"\(([^()]*/[^()]*)\)", lambda m: "" if all(
        status.fullmatch(p.strip()) for p in m.group(1).split("/")) else m.group(0), chunk)


def _before_status(chunk: str) -> str:
    """A mark's text up to its first status word: the target."""
    st = next(current().build(_status).finditer(chunk), None)
    return chunk[: st.start()] if st else chunk


def _marks_side_by_side(text: str, marks: list[re.Match[str]]) -> bool:
    """Two ``<2023>`` marks with nothing but white space between them on one line: a header of
    year columns (``주요사업 단위 <2019> <2020> <2021>``), not marks inside target cells."""
    return any(not text[a.end():b.start()].strip(" \t") for a, b in zip(marks, marks[1:], strict=False))


def goals_from_text(text: str) -> list[Goal]:
    marks = _year_marks(text)
    if not marks or _marks_side_by_side(text, marks):
        return []  # marks side by side head year columns: which cell is whose the marks do not tell
    text, labelled = _labelled_after_marks(text, marks[0].start())
    marks = _year_marks(text)
    project = labelled.get("project") or fold(current().build(_header_words).sub(" ", text[: marks[0].start()])) or None
    goals: list[dict[str, Any]] = []
    has_detail = any(m.lastgroup == "detail" for m in current().build(_labelled).finditer(text[: marks[0].start()]))
    head = text[: marks[0].start()]
    chunks = [text[m.end(): len(text) if i + 1 == len(marks) else marks[i + 1].start()] for i, m in enumerate(marks)]
    if any(_statuses_with_actual(c) >= 2 for c in chunks) or _legend_amid(chunks):
        # two status cells each with its actual between two marks (``완료 (71명) 추진중 (38건)``):
        # the dump printed the rows' status cells together, apart from their targets, so no row
        # can be given its status, actual or detail; the targets keep their marks' years
        # (a mark with no target text before a status: its target was printed elsewhere); so too
        # where the status column's legend, a head cell, is printed amid the rows
        chunks = [_without_legends(c) for c in chunks]
        return [_goal(project, year_of(m), _before_status(c), None, None, None)
                for m, c in zip(marks, chunks, strict=True) if _before_status(c).strip()]
    opens = True  # the row opens a project (its first row)
    for i, m in enumerate(marks):
        last = i + 1 == len(marks)
        chunk = chunks[i]
        st = _status_match(chunk)
        if not st:
            goals.append(_goal(project, year_of(m), chunk, None, None, None))
            continue
        target = chunk[: st.start()]
        after = chunk[st.end():]
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
            actual = _strip_parens(after[start:end].strip())
            after = after[end:]
        if actual is None and (cells := run_cells(target, head)):
            target, actual = cells  # the target, actual and rate cells run together (goal_run_cells)
        detail, next_project = _detail_and_next_project(after, last=last)
        if opens and has_detail and detail is None:
            # the first row of a table, or of a project, prints every cell (no merged cell reaches
            # it from above): under a header naming a 추진내용 column, one line after its status is
            # its own detail, not the next project
            detail, next_project = next_project, None
        opens = next_project is not None
        status = re.sub(r"\s+", " ", st.group(1))
        if _not_started(status):
            actual = None
        goals.append(_goal(project, year_of(m), target, status, actual, detail))
        if next_project:
            project = next_project
    if any(_bracketed(g["project"]) or (g["project"] and _status_match(g["project"])) or _holds_head(g["target"])
           for g in goals):
        # a project that is a bracketed figure or note ((41건), (완료/추진중/미착수)) or holds a
        # status word (the rows' statuses printed before the first mark), or a target holding a column's head
        # word (달성률 추진상황 printed amid the rows): the dump printed the
        # cells out of the table's order (a table printed column by column), so no cell can be placed
        return []
    # a status right after its year mark: the row's target was printed elsewhere, its cells unplaceable
    goals = [g for g in goals if g["target"] is not None or not g["status"]]
    # 추진내용 is a merged cell: a row without its own text shares the one above it in the same
    # project (or the one a dump printed after the rows).
    for k, g in enumerate(goals):
        if not g["detail"]:
            prev = goals[k - 1] if k else None
            if prev is not None and prev["project"] == g["project"] and prev["detail"]:
                g["detail"] = prev["detail"]
            elif labelled.get("detail"):
                g["detail"] = labelled["detail"]
    return goals


def _holds_head(text: str | None) -> bool:
    """A cell holding, as words of their own, the head words of two of a goal table's columns (status, rate,
    actual, detail: ``… 체결(50건) - 달성률 추진상황``): cells run together across the table's head."""
    if not text:
        return False
    heads = {w.replace(" ", ""): name for name in ("status", "rate", "actual", "detail")
             for w in current().words("goals_columns", name)}
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


def _statuses(cell: str) -> list[str]:
    """A status cell cut before each status word outside parentheses (``추진 중 (23회) 미착수``
    -> ``추진 중 (23회)``, ``미착수``); a word inside an actual (``(용역 완료)``) cuts nothing."""
    starts = []
    for m in current().build(_status).finditer(cell):
        if cell[: m.start()].count("(") <= cell[: m.start()].count(")"):
            starts.append(m.start())
    if not starts or cell[: starts[0]].strip():
        return [cell]
    return [cell[a:b].strip() for a, b in zip(starts, [*starts[1:], len(cell)], strict=True)]


def _rejoin_rows(rows: list[list[str]], c_target: int, c_status: int, c_proj: int | None,
                 c_detail: int | None) -> list[list[str]]:
    """Goal rows a text dump printed without clear breaks, so that the reader's rows do not hold
    one ``<YYYY>`` target each (a row group with two marks, a mark cut from its target): read the
    target and status columns top to bottom, one goal per mark, the n-th status (with its actual)
    with the n-th target when the counts agree (else no status, never a guess), one 주요사업 and
    the 추진내용 (a merged cell) shared. Rows that already hold one mark each are kept as they
    are. ``rows`` hold one project at most (:func:`_rejoin_numbered` reads several one row at a time)."""
    mark = current().build(_year_mark)
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
        part[c_target] = column[m.start(): marks[n + 1].start() if n + 1 < len(marks) else len(column)].strip()
        part[c_status] = statuses[n]
        out.append(part)
    return out


def _group_year(row: list[str]) -> int | None:
    """The year of a row that holds only a year (``2025년``, ``<2025>``): it heads the rows below."""
    cells = {c for c in row if c}
    if len(cells) != 1:
        return None
    (only,) = cells
    vocab = current()
    m = vocab.year_re.fullmatch(only.replace(" ", "")) or vocab.build(_year_mark).fullmatch(only.strip())
    return year_of(m) if m else None


def _rejoin_numbered(numbered: list[tuple[int, list[str]]], c_target: int, c_status: int, c_proj: int | None,
                     c_detail: int | None) -> list[tuple[int, list[str]]]:
    """:func:`_rejoin_rows` keeping each goal's grid row: a goal read from a group of rows takes
    the group's first row; with several projects each row is read on its own."""
    rows = [row for _, row in numbered]
    projects = {r[c_proj] for r in rows if r[c_proj]} if c_proj is not None else set()
    if len(projects) > 1 and len(rows) > 1:
        return [part for one in numbered for part in _rejoin_numbered([one], c_target, c_status, c_proj, c_detail)]
    out = _rejoin_rows(rows, c_target, c_status, c_proj, c_detail)
    if out is rows or not numbered:
        return numbered
    return [(numbered[0][0], row) for row in out]


def _indicator_goal(g: IndicatorGoal) -> Goal:
    """A goal of an indicator column: its figures bare, the unit the column's header's."""
    goal = _goal(g.project, g.year, g.target, None, g.actual, None)
    if goal["target_value"] is None:
        goal.update(target_value=value(g.target), target_unit=g.unit if value(g.target) is not None else None)
    if g.actual is not None and goal["actual_value"] is None:
        goal["actual_value"] = value(g.actual)
    return goal


def _across_goal(g: AcrossGoal) -> Goal:
    """A goal of a years-across table. A project cell closing with its unit in brackets over bare
    figures (``청년주택 공급(호)`` over ``112``) is an indicator: its name the project, its figures
    counted in that unit, as under an indicator column's head."""
    actual = None if g.status and _not_started(g.status) else g.actual
    named = indicator(g.project) if g.project else None
    if named is None or not figure(g.target):
        return _goal(g.project, g.year, g.target, g.status, actual, None)
    goal = _indicator_goal(IndicatorGoal(named[0], named[1], g.year, g.target, actual, g.row, g.col))
    goal["status"] = fold(g.status) if g.status else None
    return goal


def spanned_header(top: list[str], below: list[str]) -> tuple[list[str], int | None] | None:
    """A two-row header: ``top`` spans a group of sub-columns (``2024년 분기별 목표`` over ``1/4`` ..
    ``4/4``) and every other cell spans both rows (``below`` repeats it). The header a column of
    its own names; the group's sub-columns name no field (their figures are parts of the year's,
    not the goal), and the year the spanning cell states heads the rows. None when the rows are no
    such header."""
    if len(top) != len(below) or top == below:
        return None
    group = [j for j in range(len(top)) if top[j] != below[j]]
    if len(group) < 2 or group != list(range(group[0], group[-1] + 1)) or len({top[j] for j in group}) != 1 \
            or len({below[j] for j in group}) != len(group) or not top[group[0]]:
        return None
    m = current().year_re.search(top[group[0]].replace(" ", ""))
    return ["" if j in group else h for j, h in enumerate(top)], year_of(m) if m else None


def continued_rows(table: Table, before: Table) -> tuple[list[tuple[Goal, int, dict[str, int]]], Table]:
    """The goals of ``table`` read as the rest of goal table ``before`` that a page break cut (its
    head not printed again), each with its row in ``table``, and the two joined (a later part goes
    on after both): the rows below the cut read under ``before``'s head, its year group and its
    merged cells going on (a project cell carried down). No goal unless the two have the same
    columns and every goal read below the cut has a target."""
    joined = Table(cells=[*before.cells, *(replace(c, row=c.row + before.n_rows) for c in table.cells)],
                   n_rows=before.n_rows + table.n_rows, n_cols=table.n_cols, source=before.source)
    if table.n_cols != before.n_cols:
        return [], joined
    got = [(g, r - before.n_rows, cols) for g, r, cols in goal_rows(joined) if r >= before.n_rows]
    return (got if got and all(g["target"] for g, _, _ in got) else []), joined


def goals_from_table(table: Table) -> list[Goal]:
    return [g for g, _, _ in goal_rows(table)]


def goal_rows(table: Table) -> list[tuple[Goal, int, dict[str, int]]]:
    """Each goal read from ``table`` with its grid row and the grid column of each of its fields
    (``project``, ``year``, ``target``, ``status``, ``actual``, ``detail``) that the table has."""
    grid = [[fold(c) for c in r] for r in table.grid()]
    if not grid:
        return []
    across = goals_across(grid)
    if across is not None:  # years across the columns, a row per field under each project
        return [(_across_goal(g), g.row, {"target": g.col}) for g in across]
    indicators = goals_indicators(grid)
    if indicators is not None:  # indicators across the columns, a target and an actual row a year
        return [(_indicator_goal(g), g.row, {"target": g.col}) for g in indicators]
    by_year = goals_year_columns(grid)
    if by_year is not None:  # an indicator a row, the years across over target | actual sub-columns
        return [(_indicator_goal(g), g.row, {"target": g.col}) for g in by_year]
    parted = split_pair_grid(grid)  # a year's target and actual in one cell (189/123 under 목표/실적)
    if parted is not None and (by_year := goals_year_columns(parted[0])) is not None:
        return [(_indicator_goal(g), g.row + len(grid) - len(parted[0]), {"target": parted[1][g.col]})
                for g in by_year]
    header = _wrapped_head(grid)
    spanned = spanned_header(grid[0], grid[1]) if len(grid) > 1 else None
    if spanned is not None:  # a group of sub-columns under a spanning head: one header of two rows
        header = spanned[0]

    vocab = current()
    # a column of the whole period's target (최종목표) beside the years' own: no year's target
    final = {j for j, h in enumerate(header) if final_head(h)}

    def col(*words: str, whole: tuple[str, ...] = ()) -> int | None:
        """The first column whose header holds a word, the words tried most specific first (then
        the ``whole`` words, naming a column only as its header's whole text)."""
        for w in words:
            for j, h in enumerate(header):
                if w in h.replace(" ", "") and j not in final:
                    return j
        return next((j for w in whole for j, h in enumerate(header) if w == h.replace(" ", "")), None)

    c_proj = col(*vocab.words("goals_columns", "project"), whole=tuple(vocab.words("goals_columns_whole", "project")))
    c_target = col(*vocab.words("goals_columns", "target"), whole=tuple(vocab.words("goals_columns_whole", "target")))
    c_status, c_detail = col(*vocab.words("goals_columns", "status")), col(*vocab.words("goals_columns", "detail"))
    c_year = col(*vocab.words("goals_columns", "year"))
    c_actual = col(*vocab.words("goals_columns", "actual"))
    c_unit = next((j for j, h in enumerate(header) if unit_head(h)), None)  # 단위: the bare figures' unit
    if c_actual in (c_status, c_target):
        c_actual = None
    if c_detail is not None and c_detail == c_proj:  # 사업내용: a project's head holding a detail word (내용)
        c_detail = next((j for w in vocab.words("goals_columns", "detail") for j, h in enumerate(header)
                         if j != c_proj and w in h.replace(" ", "")), None)
    if c_target is None and c_status is None and c_actual is None:
        return []  # a head naming no goal column (a body a reader cut from its head): no goal read
    numbered = [(r, row) for r, row in enumerate(grid[1:], 1) if any(row) and row != header
                and not (spanned is not None and r == 1)]
    rows = [row for _, row in numbered]
    columns = {name: c for name, c in (("project", c_proj), ("year", c_year), ("target", c_target),
                                        ("status", c_status), ("actual", c_actual), ("detail", c_detail))
               if c is not None}
    pieces = piece_rows(rows, c_year, c_status, c_actual)
    if pieces:  # pieces of wrapped cells: no goals
        numbered = [one for i, one in enumerate(numbered) if i not in pieces]
        rows = [row for _, row in numbered]
    # A merged 주요사업 / 추진내용 cell that a page break cut leaves an empty cell behind: it
    # belongs to the merged cell above it, or (at the top) the one below it.
    for c in (c_proj, c_detail):
        if c is None:
            continue
        for i, row in enumerate(rows):
            if not row[c] and _group_year(row) is None:
                above = rows[i - 1][c] if i else ""
                below = next((r[c] for r in rows[i + 1:] if r[c]), "")
                row[c] = above or below
    if c_target is not None and c_status is not None:
        numbered = _rejoin_numbered(numbered, c_target, c_status, c_proj, c_detail)
    goals = []
    group_year: int | None = spanned[1] if spanned is not None else None
    for grid_row, row in numbered:
        if _group_year(row) is not None:  # a row group: 2025년 or <2025> across the table
            group_year = _group_year(row)
            continue
        target = row[c_target] if c_target is not None else ""
        ym = vocab.build(_year_mark).search(target)
        year = year_of(ym) if ym else group_year
        if c_year is not None and re.search(r"(19|20)\d{2}", row[c_year]):
            year = int(re.search(r"(19|20)\d{2}", row[c_year]).group(0))  # type: ignore[union-attr]
        target = vocab.build(_year_mark).sub("", target)
        status_cell = row[c_status] if c_status is not None else ""
        st = vocab.build(_status).search(status_cell)
        status = re.sub(r"\s+", " ", st.group(1)) if st else (status_cell or None)
        actual = _strip_parens(status_cell[st.end():]) if st else None
        if c_actual is not None:
            actual = row[c_actual] if row[c_actual] not in ("", *DASHES) else None
        if status and _not_started(status):
            actual = None
        goal = _goal(row[c_proj] if c_proj is not None else None, year, target, status,
                     actual or None, row[c_detail] if c_detail is not None else None)
        if c_unit is not None:
            _bare_with_unit(goal, row[c_unit])
        goals.append((goal, grid_row, columns))
    return goals


def _bare_with_unit(goal: Goal, unit: str) -> None:
    """A goal whose target and actual are bare figures (``2.9``) under a unit column: their values, the
    unit the column's cell (a dash or a word naming no unit: none)."""
    unit = fold(unit).strip()
    if not unit or _value(f"1{unit}")[1] is None:
        return
    if goal["target_value"] is None and (v := value(goal["target"])) is not None:
        goal.update(target_value=v, target_unit=unit)
    if goal["actual_value"] is None and (v := value(goal["actual"])) is not None:
        goal["actual_value"] = v


def _row_source(cells: list[Cell], row: int, base: Source) -> Source:
    """One source for grid ``row`` made of ``cells`` (every cell covering the row, merged ones
    included): across all of them, and as tall as the cells of this row alone (a 주요사업 cell
    merged over three goals does not make each goal three rows tall), on the page of the row's
    first own cell (a row cut by a page break keeps that page's part); the first own cell's address."""
    own = [c for c in cells if c.row == row and c.row_span == 1] or [c for c in cells if c.row == row] or cells
    if not own:
        return base
    first = own[0].source
    across = [c.source.bbox for c in cells if c.source.bbox is not None and c.source.page == first.page]
    tall = [c.source.bbox for c in own if c.source.bbox is not None and c.source.page == first.page]
    if not across or not tall:
        return first
    bbox = (min(b[0] for b in across), min(b[1] for b in tall), max(b[2] for b in across), max(b[3] for b in tall))
    return replace(first, bbox=bbox)


def row_provenance(table: Table, row: int, columns: dict[str, int], index: int) -> dict[Loc, Source]:
    """Provenance of one goal read from grid ``row`` of ``table``: the row (every cell of it) and
    each of its fields' cells, so every goal row has its own box and address."""
    prov: dict[Loc, Source] = {}
    cells = sorted({id(c): c for k in range(table.n_cols) if (c := table.cell_at(row, k)) is not None}.values(),
                   key=lambda c: c.col)
    prov[Loc("goals", index)] = _row_source(cells, row, table.source)
    for name, col in columns.items():
        cell = table.cell_at(row, col)
        if cell is not None:
            prov[Loc("goals", index, sub=name)] = cell.source
    return prov


def _rows_a_line(texts: list[str], lexicon: str, projects: frozenset[tuple[str, ...]] = frozenset(),
                 single: frozenset[str] = frozenset(),
                 printed: dict[str, tuple[str, ...]] | None = None) -> tuple[list[Any], list[int]] | None:
    """Goal rows of a table a dump printed a row a line (:func:`goal_rows_from_lines`), its sub-columns
    folded and its cells put in the row reader's order where their shapes fix them (a row they do not
    fix is left unread)."""
    texts = fold_sub_columns(texts) or texts
    got = reordered(texts)
    if got is None:
        return goal_rows_from_lines(texts, lexicon, projects=projects, single=single, printed=printed)
    return goal_rows_from_lines(got.lines, lexicon, frozenset(got.unfixed), got.project_words, projects, single,
                                printed)


def _printed_cells(lines: list[Line]) -> dict[str, tuple[str, ...]]:
    """By line (its words single-spaced), the cells a layout dump printed apart on it (runs of spaces
    between them); a text printed twice with other cells is none."""
    out: dict[str, tuple[str, ...] | None] = {}
    for ln in lines:
        cells = printed_cells(ln.full_text, ln.printed) if ln.printed is not None and ln.marker is None else None
        key = " ".join(ln.full_text.split())
        out[key] = cells if key not in out or out[key] == cells else None
    return {k: c for k, c in out.items() if c is not None}


def _single_spaced(lines: list[Line]) -> frozenset[str]:
    """The texts of the lines a dump printed with no run of spaces between their words (no blank cell
    printed as one); a line whose print is not kept is none."""
    return frozenset(" ".join(ln.full_text.split()) for ln in lines
                     if ln.printed is not None and not re.search(r"\S\s{2,}\S", ln.printed))


def extract_goals(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    # 155호 → 206호 공급, 206호 공급 (당초 155호): a goal line's target in force (a line of the bracket alone dropped)
    items = [x for it in items for x in (in_force_lines([it]) if isinstance(it, Line) else [it])]
    prov: dict[Loc, Any] = {}
    goals: list[dict[str, Any]] = []
    rest: list[Item] = []
    last: Table | None = None  # the goal table read last: a headless table after it may go on with it
    year = ctx.reported_year() if ctx else None  # the year of a quarter table that prints none
    for k, it in enumerate(items):
        if isinstance(it, Table):
            before = items[k - 1] if k else None  # its title line (2024년 분기별 성과지표) may print its year
            title = year_only(before.full_text) if isinstance(before, Line) else None
            quarters = quarter_goals([[fold(c) for c in r] for r in it.grid()], year if title is None else title)
            got, whole = ([(_indicator_goal(g), g.row, {"target": g.col}) for g in quarters]
                          if quarters else goal_rows(it)), it
            if not got and last is not None:
                got, whole = continued_rows(it, last)
            last = whole if got else None
            if got:
                prov.setdefault(Loc("goals"), it.source)
                for i, (goal, row, columns) in enumerate(got, len(goals)):
                    prov.update(row_provenance(it, row, columns, i))
                    goals.append(goal)
            else:
                rest.append(it)
    every = [it for it in items if isinstance(it, Line)]
    if not goals and every and (labelled := goal_lines([ln.full_text for ln in every])) is not None:
        # goals as bulleted lines, each target and actual after its label (목표: ... / 실적: ...)
        goals = [_goal(g.project, g.year, g.target, g.status,
                       None if g.status and _not_started(g.status) else g.actual, None) for g in labelled]
        for i, g in enumerate(labelled):
            prov[Loc("goals", i)] = every[g.line].source
        return SectionResult({"goals": goals}, prov, rest)
    lines, notes = split_notes(every)
    rest.extend(notes)
    if not goals:  # a stage column (추진단계: ■■■□□ bars) is no field: its cells out before the rows are read
        lines = without_stage_cells(lines)
    texts = [ln.full_text for ln in lines]
    if not goals and (joined := join_pair_cell_lines(texts)) is not None:  # 189/123 cells a cell a line
        lines = [lines[ix[0]] if len(ix) == 1 else replace(lines[min(ix)], text=t, marker=None, printed=None)
                 for t, ix in joined]
        texts = [ln.full_text for ln in lines]
    parted = None if goals else split_pair_lines(texts)  # 189/123 under 목표/실적: two figures a year
    if goals:
        rest.extend(lines)  # the table was read from its cells: lines beside it are not goals
    elif lines and (quarter := quarter_goal_lines([ln.full_text for ln in lines], year)) is not None:
        # one year's quarters across, a plan row and an actual row an indicator, a row a line
        for i, g in enumerate(quarter.goals):
            goals.append(_indicator_goal(g))
            prov[Loc("goals", i)] = lines[g.row].source
        rest.extend(ln for k, ln in enumerate(lines) if k not in quarter.used)
    elif lines and ((ind := goals_indicator_lines([ln.full_text for ln in lines])) is not None
                    or (ind := goals_year_column_lines(parted or texts,
                                                       None if parted else
                                                       [ln.printed if ln.marker is None else None for ln in lines]))
                    is not None
                    or (ind := goal_unit_row_lines([ln.full_text for ln in lines])) is not None
                    or (ind := goal_unit_apart_lines([ln.full_text for ln in lines])) is not None
                    or (ind := goal_year_block_lines([ln.full_text for ln in lines])) is not None
                    or (ind := goal_column_run_lines([ln.full_text for ln in lines])) is not None):
        # indicators across, a row a line: the year, the label, a figure per indicator (or an
        # indicator a row: its name, its unit, a figure per year's target and actual)
        for i, g in enumerate(ind.goals):
            goals.append(_indicator_goal(g))
            prov[Loc("goals", i)] = lines[g.row].source
        rest.extend(ln for k, ln in enumerate(lines) if k not in ind.used)
    elif lines and ((across := goals_across_lines([(ln.full_text, ln.printed if ln.marker is None else None)
                                                   for ln in lines])) is not None
                    or (across := goals_across_cells([ln.full_text for ln in lines])) is not None):
        # years across, a row a line, cells one space apart: the gaps show the empty cells (or a cell a line)
        for i, (g, at) in enumerate(across.goals):
            goals.append(_across_goal(g))
            prov[Loc("goals", i)] = lines[at].source
        rest.extend(ln for k, ln in enumerate(lines) if k not in across.used)
    elif lines and ((flat := goal_cells([ln.full_text for ln in lines])) is not None
                    or (flat := _rows_a_line([ln.full_text for ln in lines], ctx.lexicon if ctx else "",
                                                    ctx.pledge_projects if ctx else frozenset(),
                                                    _single_spaced(lines), _printed_cells(lines))) is not None):
        if not flat[0]:  # a header over no row read in the table's order: cells printed out of it?
            texts = [ln.full_text for ln in lines]
            flat = goal_stream(texts) or goal_marks_status_first(texts) or goal_cells_under_line(texts) or flat
        rows, unread = flat  # a table printed one row per line under a header line
        goals = [_goal(r.project, r.year, r.target, r.status, None if _not_started(r.status) else r.actual, r.detail)
                 for r in rows]
        for i, r in enumerate(rows):
            prov[Loc("goals", i)] = lines[r.line].source
        rest.extend(lines[i] for i in unread)
    elif lines:
        # (a years-split table's head over rows that cannot be cut: the lines stay text, no goal guessed)
        goals = [] if has_year_column_head([ln.full_text for ln in lines]) else \
            goals_from_text("\n".join(ln.full_text for ln in lines))
        for i in range(len(goals)):
            prov[Loc("goals", i)] = lines[0].source
        texts = [ln.full_text for ln in lines]
        stream = None if goals else (goal_stream(texts) or goal_marks_status_first(texts)
                                     or goal_cells_under_line(texts))
        if stream is not None:  # cells one per line, out of the table's order
            rows, unread = stream
            goals = [_goal(r.project, r.year, r.target, r.status, None if _not_started(r.status) else r.actual,
                           r.detail) for r in rows]
            for i, r in enumerate(rows):
                prov[Loc("goals", i)] = lines[r.line].source
            rest.extend(lines[i] for i in unread)
        elif not goals:
            rest.extend(lines)
    return SectionResult({"goals": goals}, prov, rest)
