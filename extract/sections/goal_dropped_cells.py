"""The cells of an indicator goal row whose blank cells a converter dropped, placed where proven.

A goal table with the years across (each year over 목표 | 실적) closing on the whole period's target
(``[goals_final_column]``: 최종목표) and a rate (``[goals_columns] rate``: 달성률(%)) leaves the
actuals of the years not yet measured blank. A text dump (a cell a line, a row a line, a layout
dump's cells off their columns) prints nothing for a blank cell, so the row prints fewer cells
than the head has columns, and which cells are missing the line does not tell.

:func:`placed` puts the printed cells back into the head's columns only where one placement is
proven. Every way of leaving as many year cells blank as cells are missing is tried (a target may be
blank too: a year without one), save those that print an actual for a year after a blank actual
(time order: a year not yet measured comes after the measured ones). A placement holds when every
target is a figure (or a dash), every actual a figure, a dash or a status word, the yearly targets
sum to the final target (or, the indicator counted cumulatively, the last target is the final one
and no target falls), and the printed rate is the actuals (their sum, or the last one when
cumulative) over the final target, to the rate's printed decimals. The row is read only when
exactly one placement holds and it leaves blank the latest years' actuals. ``None`` otherwise: the
row is left unread, never read on a guessed placement.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from itertools import combinations

from pledgecard.extract.search_budget import bounded
from pledgecard.extract.sections.goal_values import is_status_cell, none_keys
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number
from pledgecard.normalize.text import fold, is_dash

SubColumn = tuple[int, str]  # (year, "target" | "actual")
MAX_DROPPED = 4  # at most this many blank cells placed in one row (the placements tried grow fast)


def _number(cell: str) -> Decimal | None:
    if parse_number(cell) is None:
        return None
    try:
        return Decimal(fold(cell).replace(",", ""))
    except InvalidOperation:
        return None


def _none(cell: str) -> bool:
    c = fold(cell).strip()
    return is_dash(c) or key(c) in current().build(none_keys)


def whole_cell(cell: str) -> bool:
    """A cell such a row prints: a figure, a dash or one status word."""
    return _number(cell) is not None or _none(cell) or is_status_cell(cell)


def _within(printed: Decimal, exact: Decimal) -> bool:
    """Whether ``printed`` is ``exact`` to the printed decimals."""
    exp = printed.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    return abs(printed - exact) <= Decimal(5) / (Decimal(10) ** (places + 1))


def _kinds(slots: list[tuple[int | None, str]], cells: dict[int, str]) -> bool:
    """Whether every cell is of its column's kind: a target a figure or a dash, an actual a figure, a
    dash or a status word, the final target and the rate figures; a blank slot a year's."""
    for j, (_, field) in enumerate(slots):
        cell = cells.get(j)
        if cell is None:
            if field not in ("target", "actual"):
                return False
            continue
        n = _number(cell)
        ok = {
            "target": n is not None or _none(cell),
            "actual": n is not None or _none(cell) or is_status_cell(cell),
        }
        if not ok.get(field, n is not None):
            return False
    return True


def _holds(slots: list[tuple[int | None, str]], cells: dict[int, str]) -> bool:
    """Whether the cells in the slots (an index -> its cell, a blank slot absent) agree with the
    sums: the module's docstring."""
    if not _kinds(slots, cells):
        return False
    nums = {j: _number(c) for j, c in cells.items()}
    targets = [n for j, n in nums.items() if slots[j][1] == "target" and n is not None]
    actuals = [n for j, n in nums.items() if slots[j][1] == "actual" and n is not None]
    final = next((n for j, n in nums.items() if slots[j][1] == "final"), None)
    rate = next((n for j, n in nums.items() if slots[j][1] == "rate"), None)
    if final is None or rate is None or not targets or final == 0:
        return False
    if sum(targets) == final:
        done = sum(actuals, Decimal(0))
    elif targets[-1] == final and all(a <= b for a, b in zip(targets, targets[1:], strict=False)):
        done = actuals[-1] if actuals else Decimal(0)
    else:
        return False
    return _within(rate, done / final * 100)


def placed(cells: list[str], subs: list[SubColumn], tails: list[str]) -> list[str] | None:
    """A cell per column (each year's sub-columns, then the columns after the years, ``tails``:
    ``"final"``, ``"rate"`` ...), ``""`` where a blank cell was dropped, when the placement is proven
    (the module's docstring); ``None`` otherwise."""
    slots: list[tuple[int | None, str]] = [*subs, *((None, t) for t in tails)]
    missing = len(slots) - len(cells)
    if missing < 0 or missing > MAX_DROPPED or sorted(tails) != ["final", "rate"]:
        return None
    if not all(whole_cell(c) for c in cells):
        return None
    if missing == 0:  # every column printed: no placement to prove, every cell of its column's kind
        return cells if _kinds(slots, dict(enumerate(cells))) else None
    found: list[tuple[int, ...]] = []
    actual_at = [j for j, (_, f) in enumerate(slots) if f == "actual"]
    search = bounded("goal_dropped_cells.blank_places")
    for blank in combinations(range(len(slots)), missing):
        if not search.room(1):
            return None  # (too many placements: none proved)
        search.take()
        if any(b < j and j not in blank for b in blank if slots[b][1] == "actual" for j in actual_at):
            continue  # an actual printed for a year after a blank one: not in time order
        rest = iter(cells)
        by = {j: next(rest) for j in range(len(slots)) if j not in blank}
        if _holds(slots, by):
            found.append(blank)
            if len(found) > 1:
                return None
    if len(found) != 1:
        return None
    blank = found[0]
    if sorted(blank) != actual_at[len(actual_at) - missing :]:
        return None  # a blank target could be read as well: which cells are blank is not proven
    rest = iter(cells)
    return ["" if j in blank else next(rest) for j in range(len(slots))]


def _unit(word: str) -> bool:
    return key(word) in {key(u) for u in current().words("counts", "units")}


def unit_lines(lines: list[str], i: int) -> tuple[str, int] | None:
    """A unit cell printed from line ``i`` on: one word a line, a narrow cell's pieces joined
    (``개`` / ``소``: 개소), the most lines that make a unit; the unit and the line after it."""
    got = None
    pieces: list[str] = []
    k = i
    while k < len(lines) and k < i + 3 and len(lines[k].split()) == 1:
        pieces.append(lines[k].strip())
        if _unit("".join(pieces)):
            got = ("".join(pieces), k + 1)
        k += 1
    return got


def dropped_row(
    lines: list[str], i: int, subs: list[SubColumn], tails: list[str]
) -> tuple[str, str, list[str], int] | None:
    """The row printed from line ``i`` whose blank cells the dump dropped, its cells placed
    (:func:`placed`): on one line (the name's words, the unit, a figure, dash or status word a
    cell), or the name on a line of its own, the unit under it (its pieces a line each where the
    cell wrapped) and the cells on the lines after, a cell a line or all on one, up to the first
    line holding a word that is no such cell; its name, unit, a cell per column and the line after
    it. None otherwise."""
    words = lines[i].split()
    at = next((j for j in range(1, len(words)) if _unit(words[j])), None)
    if at is not None:  # a unit a narrow cell wrapped, its pieces set on the row's line (개 소: 개소)
        m = max(m for m in range(1, 4) if m == 1 or _unit("".join(words[at : at + m])))
        if len(words) > at + m:
            name, unit, cells, nxt = " ".join(words[:at]), "".join(words[at : at + m]), words[at + m :], i + 1
        else:
            return None
    elif words and not whole_cell(words[-1]) and (got := unit_lines(lines, i + 1)) is not None:
        name, (unit, nxt) = " ".join(words), got
        cells = []
        while nxt < len(lines) and lines[nxt].split() and all(whole_cell(w) for w in lines[nxt].split()):
            cells += lines[nxt].split()
            nxt += 1
    else:
        return None
    got_cells = placed(cells, subs, tails)
    return (name, unit, got_cells, nxt) if got_cells is not None else None


def sums_agree(row: list[str], subs: list[SubColumn], tails: list[str]) -> bool:
    """Whether a row placed into the columns (a cell per sub-column, then ``tails``; ``""`` a blank cell) agrees
    with the sums (the module's docstring): its final target the yearly targets' (or the last one's), its rate the
    actuals over it. A row printing every cell proves nothing by :func:`placed` alone: this proves it."""
    slots: list[tuple[int | None, str]] = [*subs, *((None, t) for t in tails)]
    return len(row) == len(slots) and _holds(slots, {j: c for j, c in enumerate(row) if c})
