"""Goal rows of a text dump printed a row a line, cells one space apart, that the row readers left
unread (:mod:`goal_rows`, :mod:`goal_order`) although the row's own tokens fit the head's columns one
way only: every way of cutting the tokens into the head's columns in order (a year cell, a status
word of the vocabulary, a rate or a dash, an actual that is a dash or a figure with its unit, maybe
after the word naming its measure, or words without a figure; free words for the project, the target,
the 추진내용 and the 비고, a status word inside a project, target or actual ending its cell)
is tried, and the row is rebuilt only where exactly one fits every check: a measure word printed
before a figure stays with it (``공정률 | 80%`` is no cut), the 달성률 agrees with the actual over
the target within the print's rounding, the target is never empty, and an empty project cell (a
merged one, printed once for its group) takes the project of the row above, only where that row's
project is proven (every way that row fits gives it the same). Fixes cards like a head ``연도 세부사업
목표 추진상황 실적 추진내용 비고`` over ``2024 5.9km 완료 5.2km`` (the merged project and 추진내용
printing nothing): the row was left unread, the goal lost. Rows that fit two ways or none stay unread
(their lines handed back, as before): nothing is paired by guess."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pledgecard.extract.markers import brackets_closed
from pledgecard.extract.sections.goal_cell_ends import details_repeated, measured_targets, with_blank_last
from pledgecard.extract.sections.goal_figure_projects import figures_alone
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_known_projects import ways_of_known_project
from pledgecard.extract.sections.goal_repeated_projects import (
    repeated_projects,
    ways_of_known_cell,
    ways_of_known_wording,
)
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_shaped_targets import figure_wording
from pledgecard.extract.sections.goal_table_details import (
    last_detail,
    proven_actuals,
    proven_details,
    ways_of_table_actual,
    ways_of_table_detail,
)
from pledgecard.extract.sections.goal_values import (
    DASH,
    FIGURE,
    RATE,
    figure_alone,
    measure_suffix,
    status_ends,
    value_token,
    year_cell_of,
)
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number

_FREE = ("project", "target", "detail", "remark")
_LIMIT = 5000  # ways tried a row at most: a row past it is left unread (never guessed)


def spaced_rows(
    lines: Sequence[str],
    read: Sequence[GoalRow],
    unread: Sequence[int],
    single: frozenset[str],
    blank: frozenset[int] = frozenset(),
) -> list[GoalRow]:
    """The rows among the ``unread`` lines (indexes into ``lines``) that fit the goal head's columns
    one way only (see the module), the rows ``read`` by the other readers giving the projects the rows
    below them carry; none when no line is a goal head. Only a line in ``single`` (its words
    single-spaced: a line the dump printed with no run of spaces inside) is read: a run of spaces
    prints a blank cell, and which one the words do not show (an empty target among them). ``blank``: the lines
    printing their last cell blank (a gap at their end: :func:`goal_cell_ends.blank_last_rows`); a row's ways
    are also those its print allows (:func:`_shown`). A worded actual a row read here prints whole proves the
    same cell on the same project's rows above it too (:func:`goal_table_details.ways_of_table_actual`): the rows
    are read again knowing it, that reading kept only where it reads every row the first did exactly as the first
    did (a proof may add rows, never change one)."""
    first = _spaced_pass(lines, read, unread, single, blank, frozenset())
    more = proven_actuals((r.project, r.actual) for r in first) - proven_actuals(
        (r.project, r.actual) for r in read
    )
    if not more:
        return first
    again = _spaced_pass(lines, read, unread, single, blank, frozenset(more))
    # kept only where every row the first pass read is read the same way again (a proof may add rows, never change one)
    return again if all(r in again for r in first) else first


def _spaced_pass(
    lines: Sequence[str],
    read: Sequence[GoalRow],
    unread: Sequence[int],
    single: frozenset[str],
    blank: frozenset[int],
    later: frozenset[tuple[str, str]],
) -> list[GoalRow]:
    """:func:`spaced_rows` read once, ``later``: the worded actuals a pass before read whole on rows of the table
    (a row's actual known from the rows below it as well as above)."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln)), None)
    if h is None:
        return []
    kinds = header_kinds(lines[h]) or []
    if "year" in kinds[1:]:
        return []
    done = {r.line: r for r in read}
    todo = set(unread)
    grouped = _grouped(lines, h, kinds, todo, single, blank) if "detail" in kinds else []
    repeated = repeated_projects(grouped)
    # the 추진내용 rows read whole print (goal_table_details): a last column's cell printed again on other rows
    details = _details_read(lines, h, kinds, todo, single, read, blank) if last_detail(kinds) else set()
    agreed = [
        w
        for _g, t, ws in grouped
        if (w := _agreed(_detailed(ways_of_known_project(ws, _naming(repeated, t)), details))) is not None
    ]
    printed = {
        k: {(" ".join(w["project"]), " ".join(w[k])) for w in agreed if w.get("project") and w.get(k)}
        for k in ("target", "detail")
    }
    printed["detail"] |= details_repeated(  # a project's 추진내용 its rows each end with (goal_cell_ends)
        [
            _shown(kinds, lines[i].split(), i in blank)
            for i in sorted(todo)
            if i > h and " ".join(lines[i].split()) in single
        ],
        kinds,
    )
    worded = _worded(lines, h, kinds, todo, single, read, blank)
    out: list[GoalRow] = []
    above: tuple[str | None, str | None] | None = None  # the row above: (its project, its 추진내용)
    group: int | None = None
    lost = False  # the row above a row of the table whose cells fit several ways, its project not known
    for i in range(h + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if kinds[0] != "year" and (y := year_cell_of(text)) is not None:
            group = y  # a year over its rows
            continue
        if i in done:
            r = done[i]
            # a row another reader left without its project (a merged one it could not carry): the rows below
            # merged under it carry an unknown project too, read with it null (not dropped)
            above, lost = (r.project, r.detail), "project" in kinds and r.project is None
            continue
        ways = _shown(kinds, text.split(), i in blank) if i in todo else []
        if i not in todo or not ways or " ".join(text.split()) not in single:
            above, lost = (
                None,
                False,
            )  # no row of the table, or one its tokens do not fit: what it carries is unknown
            continue
        known = {r.project for r in (*read, *out) if r.project} | _naming(repeated, text.split())
        ways = ways if _agreed(ways) is not None else ways_of_known_project(ways, known)
        ways = ways if _agreed(ways) is not None else ways_of_known_cell(ways, printed["target"], "target")
        ways = ways if _agreed(ways) is not None else ways_of_known_cell(ways, printed["detail"], "detail")
        ways = ways if _agreed(ways) is not None else ways_of_table_detail(ways, details)
        actuals = proven_actuals((r.project, r.actual) for r in (*read, *out) if r.line > h) | later
        ways = ways if _agreed(ways) is not None else ways_of_table_actual(ways, actuals)
        ways = ways if _agreed(ways) is not None else ways_of_known_wording(ways, worded)
        projects = {" ".join(w.get("project", [])) for w in ways}
        carried = above[0] if above is not None else None
        way = _agreed(ways)
        loose = (
            [t for k in ("detail", "remark") for t in ways[0].get(k, [])]
            if way is not None and "detail" in kinds and "detail" not in way
            else []
        )  # a 추진내용 and a 비고 run together: handed back
        if way is None:
            only = projects.pop() if len(projects) == 1 else None
            above = (only or carried, None) if only is not None else None
            lost = above is None or above[0] is None  # a row of the table whose project is not known
            continue
        project = " ".join(way.get("project", [])) or None
        detail = " ".join(way["detail"]) if way.get("detail") else None
        unread_project = False
        if "project" in kinds and project is None:
            if carried is None and not lost:
                above = None
                continue
            unread_project = carried is None
            project = carried
            if (
                "detail" in kinds
                and way.get("detail") == []
                and ("remark" not in kinds or way.get("remark") == [])
                and above is not None
            ):
                detail = above[1]  # the merged 추진내용 cell of the row above, when that one is known
        elif figures_alone(way.get("project", [])):
            project, unread_project = (
                None,
                True,
            )  # figures with their units alone name no project (40호 59호 …)
        year = year_cell_of(way["year"][0]) if "year" in way else group
        actual = " ".join(way.get("actual", [])) or None
        row = GoalRow(
            line=i,
            project=project,
            year=year,
            target=" ".join(way["target"]),
            status=" ".join(way["status"]),
            actual=None if actual is None or DASH.match(actual) else actual,
            detail=detail,
            cells_unread=" ".join(loose) or None,
            project_unread=unread_project,
        )
        out.append(row)
        above = (row.project, row.detail) if not unread_project else None
        lost = unread_project
    return out


def _details_read(
    lines: Sequence[str],
    h: int,
    kinds: list[str],
    todo: set[int],
    single: frozenset[str],
    read: Sequence[GoalRow],
    blank: frozenset[int],
) -> set[str]:
    """The 추진내용 cells (two words or more) rows of the table under the head at line ``h`` print whole: rows the other
    readers read, and single-spaced rows whose ways all give one 추진내용 (:mod:`goal_table_details`)."""
    found: list[tuple[str | None, str | None]] = [(r.project, r.detail) for r in read if r.line > h]
    for way in _one_way_rows(lines, h, kinds, todo, single, blank):
        if way.get("detail") and way.get("project"):
            found.append((" ".join(way["project"]), " ".join(way["detail"])))
    return proven_details(found)


def _one_way_rows(
    lines: Sequence[str],
    h: int,
    kinds: list[str],
    todo: set[int],
    single: frozenset[str],
    blank: frozenset[int],
) -> Iterator[dict[str, list[str]]]:
    """The one way each ``todo`` row under the head at line ``h`` printed single-spaced fits the head's ``kinds``,
    for the rows whose ways all agree."""
    for i in range(h + 1, len(lines)):
        text = lines[i].strip()
        if i in todo and " ".join(text.split()) in single:
            way = _agreed(_shown(kinds, text.split(), i in blank))
            if way is not None:
                yield way


def _detailed(ways: list[dict[str, list[str]]], details: set[tuple[str, str]]) -> list[dict[str, list[str]]]:
    """The ``ways`` as they stand, or those giving a 추진내용 another row prints whole where they do not agree."""
    return ways if _agreed(ways) is not None else ways_of_table_detail(ways, details)


def _naming(repeated: dict[str, set[tuple[str, ...]]], toks: list[str]) -> set[str]:
    """The projects printed again under other years that the row of ``toks`` is one of the rows naming."""
    return {p for p, rows in repeated.items() if tuple(toks) in rows}


def _grouped(
    lines: Sequence[str],
    h: int,
    kinds: list[str],
    todo: set[int],
    single: frozenset[str],
    blank: frozenset[int] = frozenset(),
) -> list[tuple[int | None, list[str], list[dict[str, list[str]]]]]:
    """The ``todo`` rows under the head at line ``h`` printed single-spaced, each with its year group (the year line
    above it; None in a table with a year column), its tokens and its ways of fitting the head's ``kinds``."""
    out: list[tuple[int | None, list[str], list[dict[str, list[str]]]]] = []
    group: int | None = None
    for i in range(h + 1, len(lines)):
        text = lines[i].strip()
        if kinds[0] != "year" and (y := year_cell_of(text)) is not None:
            group = y
        elif i in todo and " ".join(text.split()) in single and kinds[0] != "year":
            out.append((group, text.split(), _shown(kinds, text.split(), i in blank)))
    return out


def _worded(
    lines: Sequence[str],
    h: int,
    kinds: list[str],
    todo: set[int],
    single: frozenset[str],
    read: Sequence[GoalRow],
    blank: frozenset[int] = frozenset(),
) -> set[str]:
    """The wordings (:func:`figure_wording`) of two words or more of the targets that rows of the table under the
    head at line ``h`` print whole: rows the other readers read, and single-spaced rows fitting the head's ``kinds``
    one way only. A lone figure (``3.7km``: ``#``) is none: whether words follow a figure is what it would prove."""
    targets = [r.target for r in read if r.line > h and r.target]
    targets += [
        " ".join(w["target"]) for w in _one_way_rows(lines, h, kinds, todo, single, blank) if w.get("target")
    ]
    return {w for t in targets if len((w := figure_wording(t)).split()) >= 2}


def _shown(kinds: list[str], toks: list[str], blank: bool) -> list[dict[str, list[str]]]:
    """The ways ``toks`` fit the head's ``kinds`` (:func:`_ways`) that the print allows (goal_cell_ends): a row
    printing its last cell blank gives the last column nothing (where a way does so), and a target printed in its
    actual's measured shape ends at its figure."""
    ways = list(_ways(kinds, toks))
    if blank:  # (a gap no way reads as the last column's blank cell proves nothing: the ways as before)
        ways = with_blank_last(ways, kinds) or ways
    return measured_targets(ways)


_CELLS = ("year", "project", "target", "actual", "rate", "status")


def _agreed(ways: list[dict[str, list[str]]]) -> dict[str, list[str]] | None:
    """The cells every way gives alike (the goal's: year, project, target, actual, rate, status), with the
    추진내용 and 비고 each way's when all give them alike, else left out (where a 추진내용 printed beside a
    비고 ends nothing shows: the goal is read, its 추진내용 left null); None when the ways give a goal's
    cell two ways or there is none."""
    if not ways:
        return None
    first = ways[0]
    if any(w.get(k) != first.get(k) for w in ways[1:] for k in _CELLS):
        return None
    return {k: v for k, v in first.items() if all(w.get(k) == v for w in ways[1:])}


def _ways(kinds: list[str], toks: list[str]) -> Iterator[dict[str, list[str]]]:
    """Every way ``toks`` cut in order into the columns ``kinds`` fits (see the module), at most
    :data:`_LIMIT` tried; nothing when the limit is passed."""
    bound = _measured(toks)
    found: list[dict[str, list[str]]] = []
    tried = 0

    def go(i: int, k: int, acc: dict[str, list[str]]) -> bool:
        nonlocal tried
        tried += 1
        if tried > _LIMIT:
            return False
        if k == len(kinds):
            if i == len(toks) and _rate_checks(acc) and _unit_checks(acc):
                found.append(dict(acc))
            return True
        for j in range(i, len(toks) + 1):
            if j in bound and k + 1 < len(kinds) and j > i:
                continue  # a measure word cut from its figure
            if _fits(kinds[k], toks[i:j]):
                acc[kinds[k]] = toks[i:j]
                if not go(j, k + 1, acc):
                    return False
                del acc[kinds[k]]
        return True

    if go(0, 0, {}):
        yield from found


def _measured(toks: list[str]) -> set[int]:
    """The token indexes a cell may not begin at: a figure with its unit right after a word naming its
    measure (a word ending as a measure does, or one printed before a figure elsewhere in the row too)."""
    value, measure = current().build(value_token), current().build(measure_suffix)
    before = [
        k
        for k in range(len(toks) - 1)
        if not FIGURE.search(toks[k]) and not DASH.match(toks[k]) and value.match(toks[k + 1])
    ]
    return {k + 1 for k in before if measure.search(toks[k]) or sum(toks[m] == toks[k] for m in before) > 1}


def _whole_value(tok: str) -> bool:
    m = current().build(value_token).match(tok)
    return m is not None and m.end() == len(tok)


def _fits(kind: str, cell: list[str]) -> bool:
    """Whether ``cell`` (its tokens) may stand under a column of ``kind``."""
    if not brackets_closed(" ".join(cell)):
        return False  # a cell closes every bracket it opens: ``체결(15건 | → 20건)`` is no cut
    if kind == "year":
        return len(cell) == 1 and year_cell_of(cell[0]) is not None
    if kind == "status":
        return 1 <= len(cell) <= 3 and key("".join(cell)) in current().status_words
    if kind == "rate":
        return len(cell) == 1 and bool(RATE.match(cell[0]) or DASH.match(cell[0]))
    if kind == "actual":
        if len(cell) == 1 and (DASH.match(cell[0]) or _whole_value(cell[0])):
            return True
        if (
            len(cell) == 2
            and not FIGURE.search(cell[0])
            and _whole_value(cell[1])
            and current().build(measure_suffix).search(cell[0]) is not None
        ):
            return True
        return bool(cell) and not any(FIGURE.search(t) for t in cell) and _free_words(cell)  # a worded actual
    if kind == "project" and len(cell) == 1 and figure_alone(cell[0]):
        return False  # a figure with its unit names no project: a struck target's (goal_figure_projects)
    if kind in _FREE:
        return (bool(cell) or kind != "target") and _free_words(cell, inner=kind in ("detail", "remark"))
    return False


def _free_words(cell: list[str], inner: bool = False) -> bool:
    """Whether ``cell`` may be a cell of words: no dash (an empty shaped cell's), not a status word alone (the
    status cell), and (unless ``inner``: a 추진내용 or 비고 may hold one anywhere) no status word standing inside
    it with words after it: a status word printed in a worded target or actual ends its cell (``설계 완료``)."""
    if any(DASH.match(t) for t in cell) or (cell and key("".join(cell)) in current().status_words):
        return False
    return inner or not status_ends(cell)


def _unit_checks(cells: dict[str, list[str]]) -> bool:
    """Where the actual is one figure with its unit: the one token of the row closing with a bracketed figure of that
    unit (``지원(25개)`` beside ``21개``: the target's value, counted as the actual is) ends the target, a figure rate
    printed or not (the rate proves the target's figure, not where its cell ends: ``양성(30명) 임대형 …`` under
    목표 | 추진내용), only where every column the head prints after the target gets a piece of the row's words (the
    cut leaves each its own cell: a token ending the row's words, in a 추진내용 or 비고 at its end, is none of the
    target's proof, and the row fits no way); a row printing no such token, or several, is not checked."""
    actual = cells.get("actual") or []
    if len(actual) != 1 or not _whole_value(actual[0]):
        return True
    am = current().build(value_token).match(actual[0])
    shut = re.compile(rf"\(\s*{FIGURE.pattern}\s*{re.escape(am.group(2))}\s*\)$") if am else None
    spots = [
        (k, n) for k, cell in cells.items() for n, t in enumerate(cell) if shut is not None and shut.search(t)
    ]
    if len(spots) != 1:
        return True
    kind, n = spots[0]
    after = list(cells)[list(cells).index("target") + 1 :] if "target" in cells else []
    return kind == "target" and n == len(cells["target"]) - 1 and all(cells[k] for k in after)


def _rate_checks(cells: dict[str, list[str]]) -> bool:
    """The 달성률 against the actual over the target's figure of the actual's unit, within the print's
    rounding (half its last digit); a dash rate stands only beside a dash actual or a worded one."""
    rate = cells.get("rate")
    if not rate:
        return True
    actual = cells.get("actual") or []
    m = RATE.match(rate[0])
    if m is None:  # a dash: no rate printed
        return not actual or bool(DASH.match(actual[-1])) or not any(FIGURE.search(t) for t in actual)
    if not actual or DASH.match(actual[-1]):
        return False
    value = current().build(value_token)
    am = value.match(actual[-1])
    targets = (
        [
            tm
            for t in cells.get("target", [])
            if (tm := re.search(rf"({FIGURE.pattern})\s*{re.escape(am.group(2))}\)?$", t))
        ]
        if am
        else []
    )
    if am is None or not targets:
        return False
    # a revised target printing its struck figure beside the one in force (``59호 80호 공급``): the rate proves one
    places = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    av = parse_number(am.group(1))
    fits = [
        tm
        for tm in targets
        if (tv := parse_number(tm.group(1)))
        and av is not None
        and abs(100 * float(av) / float(tv) - float(m.group(1))) <= 0.5 * 10**-places + 1e-9
    ]
    # the two opening it, on a row printing no project (a project's words before them may end with the struck one,
    # ``어르신 돌봄 지원사업 80호 | 100호 공급``: that way read, the revised-target reader settles it, no second way)
    lead = cells.get("target", [])[:2]
    struck = (
        not cells.get("project")
        and len(targets) == 2
        and len(lead) == 2
        and all(figure_alone(t) for t in lead)
    )
    return len(fits) == 1 and (len(targets) == 1 or struck)
