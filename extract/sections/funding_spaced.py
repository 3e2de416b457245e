"""Funding rows of a text dump whose amounts group their thousands by a space (``1 427 536 465 983``):
the tokens are more than the columns, and where one amount ends cannot be told from the spacing.

Every way of grouping a row's tokens into as many amounts as the head names columns is tried (an
amount is a token of one to three digits followed by tokens of exactly three digits, or one token
alone; a dash is a zero cell of its own). A grouping stands only where the table's sums prove it:
each row's periods adding up to its printed total (where the table prints a total column) and each
column's source rows adding up to its total row (where it prints one), with at least one of these
sums to hold, and one grouping of the whole table left. A group source's row over its members' (지방비 over
도비 / 군비) must be their sum, and is dropped once it is (the same money printed twice). Otherwise the rows stay null (their printed
tokens kept in ``amounts_raw``).

Columns the head prints after the periods that are no period (a change between years, a share in %:
``extra``) take the row's last cells, of any number's shape, and are read by no sum: the periods'
values must be one whatever they hold. A cell printed blank in a dump whose cells stand one space
apart leaves a wider gap (``311  2 810``): each space more is a zero cell of its own
(:func:`with_blanks`); a row printing fewer cells than the columns (blanks no gap shows) is tried with its
blanks at every place its own total allows, the column sums choosing. Fullwidth digits are their ASCII ones; a footnote mark glued to an amount's last
group (``3 935주1)``, ``1 587*``) is no part of it. A unit printed after an amount's last group (``1 720 190천원``,
``3 373 000 000원``), the table's own, closes the amount there: only groupings ending a cell at each such group are
tried (:func:`unit_closed`), in a row printing fewer cells than the columns too (a blank closing the line: mutant 4077
txt, ``1 702 650천원 819 235천원   883 415천원``).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.figure_marks import without_mark
from pledgecard.extract.findings import finding
from pledgecard.extract.search_budget import Search, SearchGivenUp, bounded
from pledgecard.extract.sections.funding_other_periods import periods_with_other
from pledgecard.extract.sections.funding_proof import Budget, sum_axes
from pledgecard.extract.sections.funding_spaced_budget import BY_BUDGET, by_budget
from pledgecard.extract.sections.funding_spaced_shares import shares_table
from pledgecard.extract.sections.funding_subrows import group_runs
from pledgecard.normalize.digit_groups import thousands_grouped
from pledgecard.normalize.money import parse_amount, unit_multiplier
from pledgecard.normalize.money_glued import glued_unit
from pledgecard.normalize.text import DASHES, fold_fullwidth
from pledgecard.record import FundingColumn, FundingRow

_LEAD = re.compile(r"[1-9]\d{0,2}|0")  # the first group of a spaced amount
_GROUP = re.compile(r"\d{3}")  # a later group
_DIGITS = re.compile(r"\d+")
_DECIMAL = re.compile(r"(?:[1-9]\d{0,2}|0)\.\d")  # an amount of one token printed to its tenths (234.2)
_LAST_DECIMAL = re.compile(r"\d{3}\.\d")  # the last group of a spaced amount printed to its tenths (15 010.0)
_SIGNED_LEAD = re.compile(r"[△▲▽▼+\-]?(?:[1-9]\d{0,2}|0)")  # a derived cell's first group: a change's sign
_FIGURE = re.compile(r"[△▲▽▼+\-]?\d+(?:\.\d+)?%?")  # a derived cell of one token (42.0, △956, 38.8%)
_COMMAS = thousands_grouped(",")  # an amount its commas group
COMBINATIONS = 20_000  # groupings of the whole table tried at most: beyond, no proof
GROUPING_STEPS = (
    200_000  # steps into a row's groupings at most (a won total row of 21 groups into 7 cells: 65 892)
)


def with_blanks(text: str, raw: list[str], width: int | None = None) -> list[str]:
    """``raw``, the tokens a row line ends with, with a blank cell (``""``) for each space more than
    one between two of them or before the first (``국 비 5 932 311  2 810``: ``311``, ``""``, ``2``);
    ``raw`` itself where the line does not end with them. ``width``: the cells the head names; where the
    spaces closing the line, one a blank cell (the separator before each), make the row exactly that many
    cells, they are its last cells (``2026년 0    ``: ``0`` and four blanks under five heads); otherwise
    they are no cells (a line's trailing spaces a dump may print for nothing)."""
    m = (
        re.search("".join(rf"([ \u3000]+){re.escape(t)}" for t in raw) + r"([ \u3000]*)$", text)
        if raw
        else None
    )
    if m is None:
        return list(raw)
    out: list[str] = []
    for k, t in enumerate(raw):
        out += [""] * (len(m.group(k + 1)) - 1)
        out.append(t)
    closing = len(m.group(len(raw) + 1))
    if width is not None and closing and len(out) + closing == width:
        out += [""] * closing
    return out


def _cells(
    tokens: list[str],
    n: int,
    extra: int = 0,
    search: Search | None = None,
    live: dict[tuple[int, int], bool] | None = None,
) -> Iterator[list[str]]:
    """Every grouping of ``tokens`` into ``n`` cells, the last ``extra`` of them derived figures
    (a sign before the first group, or one token of a decimal or a percent). ``search``: the budget each
    step of the recursion takes a try of (:class:`SearchGivenUp` past it); a step is taken only into a rest
    that groups some way (:func:`_groups_some_way`, ``live`` its memo), so every step is on a grouping's way."""
    live = {} if live is None else live
    if search is not None:
        search.take()
    if not tokens:
        if n == 0:
            yield []
        return
    if n == 0 or len(tokens) < n:
        return
    for k in _first_cell(tokens, n, extra):
        if _groups_some_way(tokens[k:], n - 1, extra, live):
            cell = " ".join(tokens[:k])
            for rest in _cells(tokens[k:], n - 1, extra, search, live):
                yield [cell, *rest]


def _first_cell(tokens: list[str], n: int, extra: int) -> list[int]:
    """The lengths (in tokens) the first of ``n`` cells may take: a dash or a blank alone; a figure alone, or
    an amount's first group with the three-digit groups after it (the decimals closing it)."""
    first = tokens[0]
    derived = n <= extra
    if first in DASHES or first == "":
        return [1]
    if not (_FIGURE if derived else _DIGITS).fullmatch(first) and not (
        not derived and _DECIMAL.fullmatch(first)
    ):
        return []
    if not derived and len(first) > 1 and first[0] == "0" and first.isdigit():
        return []  # (a later group of an amount, 085 of 20 085: no amount printed alone opens with a zero)
    out = [1]
    if not (_SIGNED_LEAD if derived else _LEAD).fullmatch(first):
        return out
    k = 1
    while k < len(tokens) and (
        _GROUP.fullmatch(tokens[k]) or not derived and _LAST_DECIMAL.fullmatch(tokens[k])
    ):
        k += 1
        out.append(k)
        if "." in tokens[k - 1]:
            break  # (the decimals close the amount: 15 010.0)
    return out


def _groups_some_way(tokens: list[str], n: int, extra: int, live: dict[tuple[int, int], bool]) -> bool:
    """Whether a rest of a row's tokens (known by its length: always a tail of one row) groups into ``n``
    cells some way (:func:`_cells`' shapes), memoized in ``live``: a dead end is never walked twice."""
    key = (len(tokens), n)
    if key not in live:
        if not tokens or n == 0 or len(tokens) < n:
            live[key] = not tokens and n == 0
        else:
            live[key] = any(
                _groups_some_way(tokens[k:], n - 1, extra, live) for k in _first_cell(tokens, n, extra)
            )
    return live[key]


def groupings(tokens: list[str], n: int, extra: int = 0, search: Search | None = None) -> Iterator[list[str]]:
    """Every grouping of a row's printed ``tokens`` into ``n`` cells, the last ``extra`` derived (:func:`_cells`),
    bounded: ``search`` (a new one of :data:`GROUPING_STEPS` where None) takes a try each step, :class:`SearchGivenUp`
    past it (a row of many tokens whose groupings explode: no reading proved)."""
    return _cells(tokens, n, extra, search or bounded("funding_spaced.groupings", GROUPING_STEPS))


def unit_closed(raw: list[str], mult: int) -> tuple[list[str], frozenset[int]]:
    """``raw`` with the unit an amount's last group prints after it taken off (``190천원`` -> ``190``), and the
    places of those groups (a cell ends at each); ``raw`` and no places where a token prints another unit than
    the table's (``mult``: its won each) or none of them prints one."""
    out: list[str] = []
    ends: set[int] = set()
    for k, t in enumerate(raw):
        got = glued_unit(t)  # (2,770백만원: commas too; the one reading of funding_cells_unit)
        if got is None or got.unit is None:
            out.append(t)
            continue
        if not got.exact or unit_multiplier(got.unit) != mult:
            return list(raw), frozenset()
        out.append(got.figure)
        ends.add(k)
    return out, frozenset(ends)


def _ends_at(cells: list[str], ends: frozenset[int]) -> bool:
    """Whether a grouping's cells end at every token a unit closes (``ends``: the tokens' places)."""
    last, k = set(), -1
    for c in cells:
        k += max(1, len(c.split()))
        last.add(k)
    return ends <= last


def _row_fits(values: list[int], ti: int | None, periods: list[int]) -> bool:
    return ti is None or not periods or _same(sum(values[j] for j in periods), values[ti])


def _same(a: float, b: float) -> bool:
    """Two sums equal, decimal amounts (``2,711.4``) read as floats compared to their printed tenths' precision."""
    return round(a, 6) == round(b, 6)


def _row_options(
    raw: list[str],
    n: int,
    extra: int,
    ti: int | None,
    periods: list[int],
    mult: int,
    skip: frozenset[int] = frozenset(),
) -> list[list[int]]:
    """The period values of every grouping of a row's tokens that its own sum lets stand (one list
    of values however the derived cells after them part). ``skip``: the places, amid the first cells,
    of columns the record keeps no amount of (확보 | 미확보 between the total and the years): grouped
    as cells of their own, read by no sum."""
    raw = [without_mark(fold_fullwidth(t)) for t in raw]  # 1 587*: the figure's last group without its mark
    raw, ends = unit_closed(raw, mult)  # 1 720 190천원: the amount ends at its unit
    width = n + len(skip)
    groupings: list[list[str]] = []
    if (
        (skip or extra or "" in raw)
        and len(raw) == width + extra
        and any("," in t for t in raw)
        and all(_COMMAS.fullmatch(t) or t in DASHES or t == "" for t in raw[:width])
        and all(_FIGURE.fullmatch(t.replace(",", "")) or t in DASHES or t == "" for t in raw[width:])
    ):
        # a cell a token, commas grouping the thousands (2,761,865; a blank), the head's share columns amid
        # the periods dealt no cell, derived cells after them (확보율 48.9), or blank cells a wider gap
        # shows making up the columns: only there (rows nulled for their cells' places elsewhere stay so)
        groupings.append(raw)
    elif (
        "" in raw
        and len(raw) == width + extra
        and all(_DIGITS.fullmatch(t) or t in DASHES or t == "" for t in raw[:width])
        and all(_FIGURE.fullmatch(t.replace(",", "")) or t in DASHES or t == "" for t in raw[width:])
    ):
        # as many tokens as cells, blank cells a wider gap shows amid plain figures (333  20 58): no grouping
        # of thousands leaves that many, a cell a token, the sums choosing as for any grouping
        groupings.append(raw)
    elif len(raw) <= n or not all(_FIGURE.fullmatch(t) or t in DASHES or t == "" for t in raw):
        return []
    else:
        groupings = (
            cells
            for cells in _cells(
                raw, width + extra, extra, bounded("funding_spaced.row_groupings", GROUPING_STEPS)
            )
            if _ends_at(cells, ends)
        )  # type: ignore[assignment]
    found: list[list[int]] = []
    seen: set[tuple[int, ...]] = set()  # (a set: a row of many groupings is no quadratic dedup)
    parsed: dict[str, int | None] = {}
    for cells in groupings:
        kept = [c for j, c in enumerate(cells[:width]) if j not in skip]
        values = [
            parsed[c]
            if c in parsed
            else parsed.setdefault(c, 0 if c == "" else parse_amount(c.replace(" ", ""), mult))
            for c in kept
        ]  # (a cell parsed once however many groupings hold it)
        if (
            all(v is not None for v in values)
            and _row_fits(values, ti, periods)
            and tuple(values) not in seen
        ):  # type: ignore[arg-type]
            seen.add(tuple(values))  # type: ignore[arg-type]
            found.append(values)  # type: ignore[arg-type]
    return found


def _one_table(
    options: list[list[list[int]]], n: int, tr: int | None, groups: dict[int, list[int]] | None = None
) -> tuple[list[int], ...] | None:
    """:func:`fitting_tables`' one table, None where none or two fit or the choices are too many to try."""
    whole = fitting_tables(options, n, tr, groups)
    return whole[0] if whole is not None and len(whole) == 1 else None


def fitting_tables(
    options: list[list[list[int]]],
    n: int,
    tr: int | None,
    groups: dict[int, list[int]] | None = None,
    most: int = 1,
) -> list[tuple[list[int], ...]] | None:
    """Every choice (``most`` at most: past it, None) of a grouping a row whose total row (``tr``) sums the others in every
    column (a group source's row, ``groups``: its members' rows by its index, summing its members
    instead of counted in the total); None where more than ``most`` fit, or the choices are too many to try.
    Where no figure is negative and no group sums its members, the rows are chosen one by one and a
    choice whose running column sums pass the total row's is dropped with every choice after it (the
    same whole tables tried, far fewer of them: a table of several rows of blank cells each)."""
    groups = groups or {}

    def holds(combo: tuple[list[int], ...]) -> bool:
        parts = [i for i in range(len(combo)) if i != tr and i not in groups]
        return all(_same(combo[tr][j], sum(combo[i][j] for i in parts)) for j in range(n)) and all(
            _same(combo[g][j], sum(combo[i][j] for i in run)) for g, run in groups.items() for j in range(n)
        )

    tried = 1
    for o in options:
        tried *= len(o)
    if tr is None and tried > 1:
        return None
    if (
        tried > COMBINATIONS
        and tr is not None
        and not groups
        and all(v >= 0 for o in options for values in o for v in values)
    ):
        return _by_sums(options, n, tr, most)
    tables = bounded("funding_spaced.tables", COMBINATIONS)
    if not tables.room(tried):
        return None  # (too many tables to try: the search given up before it begins)
    tables.take(tried)
    whole: list[tuple[list[int], ...]] = []
    for combo in itertools.product(*options):
        if tr is None or holds(combo):
            whole.append(combo)
            if len(whole) > most:
                return None
    return whole


def _by_sums(
    options: list[list[list[int]]], n: int, tr: int, most: int = 1
) -> list[tuple[list[int], ...]] | None:
    """:func:`_one_table` for figures none negative under one total row (itself grouped one way or
    several, each tried): a search row by row that leaves a choice as soon as a column's running sum
    passes the total's, the row of the most groupings last, read off as the total less the others'
    sums where one of its groupings is that (``COMBINATIONS`` steps at most: beyond, no proof). The
    tables found, ``most`` at most (more: None), or None."""
    parts = [i for i in range(len(options)) if i != tr]
    last = max(parts, key=lambda i: len(options[i]))
    searched = [i for i in parts if i != last]
    lookup: dict[tuple[float, ...], list[list[int]]] = {}  # (a grouping printed twice: two tables)
    for values in options[last]:
        lookup.setdefault(tuple(round(v, 6) for v in values), []).append(values)
    found: list[tuple[list[int], ...]] = []
    steps = bounded("funding_spaced.tables_by_sums", COMBINATIONS)

    def search(total: list[int], k: int, chosen: list[list[int]], sums: list[float]) -> bool:
        """False once the search must stop (more tables fit than ``most``, or too many steps)."""
        if k == len(searched):
            for rest in lookup.get(tuple(round(t - a, 6) for a, t in zip(sums, total, strict=True)), []):
                by_row = dict(zip(searched, chosen, strict=True)) | {last: rest, tr: total}
                found.append(tuple(by_row[i] for i in range(len(options))))
            return len(found) <= most
        for values in options[searched[k]]:
            if not steps.room(1):
                return False
            steps.take()
            more = [a + b for a, b in zip(sums, values, strict=True)]
            if any(a > b and not _same(a, b) for a, b in zip(more, total, strict=True)):
                continue
            if not search(total, k + 1, [*chosen, values], more):
                return False
        return True

    for total in options[tr]:
        if not search(total, 0, [], [0.0] * n):
            return None
    return found


def _short_row_options(
    raw: list[str], n: int, ti: int | None, periods: list[int], mult: int, skip: frozenset[int] = frozenset()
) -> list[list[int]]:
    """A period line of fewer cells than the columns (a blank cell a dump cannot show: one closing the
    line, or a gap printed as one space): every grouping of its tokens into fewer cells (one-token or
    comma-grouped amounts: a cell a token) and every placement of its missing cells, blank (0), amid
    its printed ones in their order, that its row's total lets stand (every one, a table with no total column);
    the table's column sums choose
    among them (:func:`_one_table`), or none stands. Two cells printed at least. ``skip``: the places of
    columns amid these the record keeps no amount of (:func:`_row_options`), cells of the row all the same."""
    raw = [without_mark(fold_fullwidth(t)) for t in raw]
    raw, ends = unit_closed(raw, mult)  # 883 415천원: the amount ends at its unit (a short row's too)
    if not periods:
        return []  # (no row total: every placement stands, the total row's column sums choosing: mutant 3872)
    width = n + len(skip)
    groupings: list[list[str]] = []
    if len(raw) < width and all(
        _COMMAS.fullmatch(t.replace(".", "", 1)) or _DIGITS.fullmatch(t) or t in DASHES or t == ""
        for t in raw
    ):
        groupings.append(raw)
    search = bounded("funding_spaced.blank_places")  # groupings and placements alike: one budget
    spaced = all(_DIGITS.fullmatch(t) or t in DASHES or t == "" for t in raw)
    # the placements there are, counted before any is tried: past the budget none is (the search given up at once)
    count = sum(math.comb(width, len(c)) for c in groupings if len(c) >= 2)
    if spaced:
        count += sum(_groupings_count(raw, m) * math.comb(width, m) for m in range(2, width))
    if not search.room(count):
        raise SearchGivenUp(search)
    if spaced:
        groupings += [
            cells
            for m in range(2, width)
            for cells in _cells(raw, m, 0, search)
            if cells != raw and _ends_at(cells, ends)
        ]
    found: list[list[int]] = []
    seen: set[tuple[int, ...]] = set()
    for cells in groupings:
        if len(cells) < 2:
            continue
        read = [
            _cell_value(c.replace(" ", ""), mult) for c in cells
        ]  # (each cell parsed once, not per placement)
        for places in itertools.combinations(range(width), width - len(cells)):
            search.take()
            it = iter(read)
            every = [0 if j in places else next(it) for j in range(width)]
            values = [v for j, v in enumerate(every) if j not in skip]
            if (
                all(v is not None for v in values)
                and _row_fits(values, ti, periods)
                and tuple(values) not in seen
            ):  # type: ignore[arg-type]
                seen.add(tuple(values))  # type: ignore[arg-type]
                found.append(values)  # type: ignore[arg-type]
    return found


def _groupings_count(tokens: list[str], n: int, extra: int = 0) -> int:
    """How many groupings of ``tokens`` into ``n`` cells :func:`_cells` yields, counted without listing them."""
    memo: dict[tuple[int, int], int] = {}

    def count(i: int, left: int) -> int:
        if (i, left) not in memo:
            rest = tokens[i:]
            if not rest or left == 0 or len(rest) < left:
                memo[i, left] = int(not rest and left == 0)
            else:
                memo[i, left] = sum(count(i + k, left - 1) for k in _first_cell(rest, left, extra))
        return memo[i, left]

    return count(0, n)


def _cell_value(cell: str, mult: int) -> int | None:
    return 0 if cell == "" else parse_amount(cell, mult)


_DERIVED_CELL = re.compile(
    r"[△▲▽▼+\-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?"
)  # a derived cell its commas group (△3,089)


def _commas_then_derived(raw: list[str], n: int, extra: int, mult: int) -> list[int] | None:
    """The amounts of a period line printing a cell a token (commas grouping the thousands, a blank cell
    ``""`` where its gap shows one, a dash a zero) and then ``extra`` derived cells (a change: ``△3,089``,
    or a blank): its first ``n`` cells' values; None where the line prints other cells or as many no more."""
    if len(raw) != n + extra or not any("," in t for t in raw):
        return None
    if not all(t == "" or t in DASHES or _COMMAS.fullmatch(t) for t in raw[:n]) or not all(
        t == "" or t in DASHES or _DERIVED_CELL.fullmatch(t) for t in raw[n:]
    ):
        return None
    values = [0 if t == "" else parse_amount(t, mult) for t in raw[:n]]
    return None if any(v is None for v in values) else values  # type: ignore[return-value]


def regroup_period_rows(
    printed: list[list[str]],
    n: int,
    ti: int | None,
    tr: int | None,
    mult: int,
    extra: int = 0,
    noted: frozenset[int] = frozenset(),
) -> list[list[int]] | None:
    """A table printed the other way round (a period a line, a source a column): each line's tokens
    (blank cells as ``""``) grouped into ``n`` amounts where the sums prove one grouping (``ti``: the
    total source's column, ``tr``: the total period's line); None otherwise. ``extra``: columns after
    the sources that are no source (전년대비 증감), a row's last cells, read by no sum. ``noted``: the lines
    whose closing dash may be a note column's cell (``2028 이후 - 3 120.6 4 286.8 -``): tried with it and
    without it, the sums choosing."""
    if tr is None and ti is None:
        return None
    periods = [j for j in range(n) if j != ti]

    def read(raw: list[str]) -> list[list[int]]:
        if extra and (values := _commas_then_derived(raw, n, extra, mult)) is not None:
            return (
                [values] if _row_fits(values, ti, periods) else []
            )  # (a cell a token, blanks as their gaps)
        if extra:  # thousands a space groups before the derived cells: every cell a dump prints
            return _row_options(raw, n, extra, ti, periods, mult)
        if len(raw) == n and all(
            _DIGITS.fullmatch(t.replace(",", "").replace(".", "", 1)) or t in DASHES or t == "" for t in raw
        ):  # (comma-grouped amounts, a blank zero cell among them)
            values = [0 if t == "" else parse_amount(t, mult) for t in raw]
            return [values] if _row_fits(values, ti, periods) else []  # type: ignore[list-item]
        # thousands a space groups, or fewer cells than the columns (a blank no gap shows)
        found = _row_options(raw, n, 0, ti, periods, mult)
        seen = {tuple(v) for v in found}
        return found + [v for v in _short_row_options(raw, n, ti, periods, mult) if tuple(v) not in seen]

    options = []
    try:
        for i, raw in enumerate(printed):
            found = read(raw)
            if i in noted and raw and raw[-1] in DASHES:
                found += [v for v in read(raw[:-1]) if v not in found]
            if not found:
                return None
            options.append(found)
    except SearchGivenUp:
        return None  # (a line's groupings past the budget: no reading proved)
    whole = _one_table(options, n, tr)  # type: ignore[arg-type]
    return [list(v) for v in whole] if whole else None


def _regrouped(
    rows: list[FundingRow],
    n: int,
    ti: int | None,
    periods: list[int],
    tr: int | None,
    mult: int,
    extra: int,
    printed: dict[str, list[str]],
    skip: frozenset[int],
    budget: Budget | None,
    noted: bool = False,
) -> tuple[tuple[list[int], ...] | None, dict[int, list[int]]]:
    """:func:`regroup_spaced`'s one table the sums prove (None where none or two), and the group sources' runs.
    A short row (fewer cells than the columns) alone among rows of one reading each under a total row is
    solved, not searched: its values are the total's less the others' (:func:`_solved_short_row`), only checked
    as a placement of its tokens; several short rows have their placements searched (bounded)."""
    options: list[list[list[int]]] = []
    short: list[int] = []
    spaced = False
    for i, r in enumerate(rows):
        if all(v is not None for v in r["amounts_krw"]) and len(r["amounts_krw"]) == n:
            options.append([list(r["amounts_krw"])])  # read as printed
            continue
        raw = printed.get(r["label"]) or r.get("amounts_raw") or []
        found = (
            []
            if any(v is not None for v in r["amounts_krw"])
            else _row_options(raw, n, extra, ti, periods, mult, skip)
        )
        if noted and raw and raw[-1] in DASHES and all(v is None for v in r["amounts_krw"]):
            # a closing dash under a head naming a note column: the note's cell, or an amount; both tried
            found += [v for v in _row_options(raw[:-1], n, extra, ti, periods, mult, skip) if v not in found]
        spaced = True
        if not found and not extra and all(v is None for v in r["amounts_krw"]) and periods:
            short.append(i)  # fewer cells than columns: blanks a dump dropped (placed below)
            options.append([])
            continue
        if not found:
            return None, {}
        options.append(found)
    groups = group_runs(rows)  # type: ignore[arg-type]
    raws = {i: printed.get(rows[i]["label"]) or rows[i].get("amounts_raw") or [] for i in short}
    if len(short) == 1 and tr is not None and not groups:
        solved = _solved_short_row(options, short[0], raws[short[0]], n, ti, periods, tr, mult, skip)
        if solved is not None and len(solved) <= 1:
            return (solved[0] if solved else None), groups
    for i in short:  # several short rows (or one no total row sums): every placement of each, bounded
        options[i] = _short_row_options(raws[i], n, ti, periods, mult, skip)
        if not options[i]:
            return None, groups
    whole = _one_table(options, n, tr, groups) if spaced else None
    if whole is None and spaced and budget is not None and not groups:
        whole = by_budget(
            fitting_tables(options, n, tr, most=BY_BUDGET), ti, tr, budget, [r["source"] for r in rows]
        )
    return whole, groups


def _solved_short_row(
    options: list[list[list[int]]],
    at: int,
    raw: list[str],
    n: int,
    ti: int | None,
    periods: list[int],
    tr: int,
    mult: int,
    skip: frozenset[int],
) -> list[tuple[list[int], ...]] | None:
    """The tables a short row (``at``, its tokens ``raw``) makes with every choice of the other rows' readings
    (``options``), its values each time the one the total row (``tr``) leaves it (the total less the other
    sources, or the sources' sum where it is the total row), kept where they are a placement of its tokens
    (:func:`_places_as`) and its own total holds: the same tables :func:`_short_row_options` and
    :func:`fitting_tables` would find, found without listing every placement. Two at most (more: the first
    two); None where a figure is negative or the choices are past the budget (the caller searches)."""
    others = [i for i in range(len(options)) if i != at]
    tried = 1
    for i in others:
        tried *= len(options[i])
    if any(v < 0 for i in others for values in options[i] for v in values):
        return None
    search = bounded("funding_spaced.short_row_solved")
    if not search.room(tried):
        return None
    found: list[tuple[list[int], ...]] = []
    for pick in itertools.product(*(options[i] for i in others)):
        search.take()
        by_row = dict(zip(others, pick, strict=True))
        parts = [v for i, v in by_row.items() if i != tr]
        sums = [sum(v[j] for v in parts) for j in range(n)]
        target = sums if at == tr else [t - s for t, s in zip(by_row[tr], sums, strict=True)]
        if any(v < 0 and not _same(v, 0) for v in target):
            continue
        target = [0 if _same(v, 0) else v for v in target]
        if _row_fits(target, ti, periods) and _places_as(raw, target, n, mult, skip):
            found.append(tuple(by_row.get(i, target) for i in range(len(options))))
            if len(found) > 1:
                break
    return found


def _places_as(raw: list[str], target: list[int], n: int, mult: int, skip: frozenset[int]) -> bool:
    """Whether some grouping of a short row's tokens and some placement of its blank cells (0) amid them
    (as :func:`_short_row_options` tries them) reads ``target`` (the ``n`` kept columns' values): a walk
    over (token, column, cells) states, each visited once."""
    raw = [without_mark(fold_fullwidth(t)) for t in raw]
    raw, closed = unit_closed(raw, mult)  # (a unit after an amount's last group: no cell goes on past it)
    width = n + len(skip)
    want: dict[int, float] = {}
    for k, j in enumerate(j for j in range(width) if j not in skip):
        want[j] = target[k]
    spans: list[Callable[[int], list[int]]] = []
    if len(raw) < width and all(
        _COMMAS.fullmatch(t.replace(".", "", 1)) or _DIGITS.fullmatch(t) or t in DASHES or t == ""
        for t in raw
    ):
        spans.append(lambda i: [i + 1])  # a cell a token
    if all(_DIGITS.fullmatch(t) or t in DASHES or t == "" for t in raw):
        spans.append(
            lambda i: [
                e
                for e in _cell_ends(raw, i)  # thousands a space groups
                if not any(i <= k < e - 1 for k in closed)
            ]
        )
    for ends in spans:
        seen: set[tuple[int, int, int]] = set()

        def walk(i: int, j: int, c: int, ends: Callable[[int], list[int]] = ends, seen: set = seen) -> bool:
            if (i, j, c) in seen:
                return False
            seen.add((i, j, c))
            if j == width:
                return i == len(raw) and 2 <= c < width
            if (j in skip or _same(want[j], 0)) and walk(i, j + 1, c):
                return True  # a blank cell here
            for e in ends(i) if i < len(raw) else []:
                v = _cell_value(" ".join(raw[i:e]).replace(" ", ""), mult)
                if (j in skip or (v is not None and _same(v, want[j]))) and walk(e, j + 1, c + 1):
                    return True
            return False

        if walk(0, 0, 0):
            return True
    return False


def _cell_ends(tokens: list[str], i: int) -> list[int]:
    """Where a cell opening at token ``i`` may end (:func:`_cells`' shapes of a period amount): the token
    alone, or with the three-digit groups after it."""
    first = tokens[i]
    if first in DASHES or first == "":
        return [i + 1]
    if not (_DIGITS.fullmatch(first) or _DECIMAL.fullmatch(first)) or (
        len(first) > 1 and first[0] == "0" and first.isdigit()
    ):
        return []
    out = [i + 1]
    if not _LEAD.fullmatch(first):
        return out
    k = i + 1
    while k < len(tokens) and (_GROUP.fullmatch(tokens[k]) or _LAST_DECIMAL.fullmatch(tokens[k])):
        k += 1
        out.append(k)
        if "." in tokens[k - 1]:
            break
    return out


def null_unsummed(columns: list[FundingColumn], rows: list[FundingRow], tokens: dict[str, list[str]]) -> bool:
    """In a table whose thousands a space groups (a row's tokens outnumber the columns), a row whose tokens
    are as many as the columns but whose periods do not sum to its total: its tokens may group otherwise
    (``국  비  671 1 222  1 893``: a blank, 671, 1 222, a blank, 1 893), so its one-token cells are no
    reading; nulled, its tokens kept (``tokens``: a row's printed tokens by its label), for the sums to
    prove a grouping (:func:`regroup_spaced`). True when a row was."""
    n = len(columns)
    ti, periods, _ = sum_axes(columns, rows)
    if ti is None or not periods:
        return False

    def read(r: FundingRow) -> bool:
        return len(r["amounts_krw"]) == n and all(v is not None for v in r["amounts_krw"])

    if not any(not read(r) and len(r.get("amounts_raw") or []) > n for r in rows):
        return False
    changed = False
    for r in rows:
        if read(r) and r["label"] in tokens and not _row_fits(r["amounts_krw"], ti, periods):  # type: ignore[arg-type]
            r["amounts_raw"] = list(tokens[r["label"]])
            r["amounts_krw"] = [None] * n
            changed = True
    return changed


def regroup_spaced(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    mult: int,
    *,
    extra: int = 0,
    printed: dict[str, list[str]] | None = None,
    skip: frozenset[int] = frozenset(),
    budget: Budget | None = None,
    noted: bool = False,
    left_out: list[str] | None = None,
) -> bool:
    """Read the rows whose printed tokens outnumber the columns where the sums prove one grouping
    (see the module); True when they were. ``extra``: the head's columns after these that are no
    period; ``printed``: a row's tokens by its label with its blank cells (:func:`with_blanks`);
    ``skip``: the places of columns taken out amid these (:func:`_row_options`); ``budget``: the overview's shares
    and total, choosing among the tables the sums leave (:func:`by_budget`); ``noted``: the head names a note column
    after the amounts, a row's closing dash tried as its cell and as an amount, the sums choosing (mutant 4050 txt:
    ``… 2 799 354 -``). Where no grouping is proved with a group source's row and its members' under it (지방비 over
    (도비) / (시군비), kept for the sums to settle: funding_subrows), the table is tried with the members left out,
    the group's row as printed (session 44 review of crossworst4, c6: a dropped cell nulled the whole table); the
    members' labels left out are added to ``left_out`` (the caller says so: their rows unread)."""
    args = (mult, extra, printed, skip, budget, noted)
    if _regroup(columns, rows, *args):
        return True
    members = {i for run in group_runs(rows).values() for i in run}
    if not members:
        return False
    trial = [dict(r, amounts_krw=list(r["amounts_krw"])) for i, r in enumerate(rows) if i not in members]
    if not _regroup(columns, trial, *args):  # type: ignore[arg-type]
        return False
    if left_out is not None:
        left_out.extend(str(r.get("label") or "") for i, r in enumerate(rows) if i in members)
    rows[:] = trial  # type: ignore[misc]
    return True


def members_unread(labels: list[str], where: Source | None) -> list[dict[str, Any]]:
    """The finding that a group's member rows (``labels``: 도비 / 군비 under 지방비) were left out for the spaced
    sums to settle: their figures unread, their printed text kept (none where no row was left out)."""
    if not labels:
        return []
    return [
        finding(
            "extract.table_unrecovered",
            "funding",
            "the funding table's figures were read without the rows printed under a group's row (its members): "
            "with them no grouping of the space-parted figures settles the sums, so their figures are not read "
            "(their printed text kept)",
            observed={"rows": labels},
            source=where,
        )
    ]


def _regroup(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    mult: int,
    extra: int,
    printed: dict[str, list[str]] | None,
    skip: frozenset[int],
    budget: Budget | None,
    noted: bool,
) -> bool:
    """:func:`regroup_spaced` for the rows as given."""
    n = len(columns)
    ti, periods, tr = sum_axes(columns, rows)
    if tr is None and (ti is None or not periods):
        # no sum the table prints: the overview's shares, each a row's sum, may prove it (funding_spaced_shares);
        # derived cells after the periods (확보율 | 증감) read by no sum, as for a table printing its sums (mutant 4307 txt)
        return (
            budget is not None
            and ti is None
            and _by_shares(rows, n, mult, printed or {}, skip, budget, extra)
        )
    whole = None
    # the periods alone, then with the ``other`` period columns counted (임기내: funding_other_periods)
    for counted in dict.fromkeys((tuple(periods), tuple(periods_with_other(columns, periods)))):
        try:
            whole, groups = _regrouped(
                rows, n, ti, list(counted), tr, mult, extra, printed or {}, skip, budget, noted
            )
        except SearchGivenUp:
            return (
                False  # (a search past its budget: no grouping proved, the rows stay null; a finding says so)
            )
        if whole is not None:
            break
    if whole is None:
        return False
    _settle(rows, whole)
    for g in sorted(groups, reverse=True):
        del rows[g]  # a group source's row its members' sum: the same money twice (fold_group_rows)
    return True


def _by_shares(
    rows: list[FundingRow],
    n: int,
    mult: int,
    printed: dict[str, list[str]],
    skip: frozenset[int],
    budget: Budget,
    extra: int = 0,
) -> bool:
    """:func:`regroup_spaced` for a table printing no total row nor column: the one choice of groupings whose rows
    add up to the overview's shares (:func:`~pledgecard.extract.sections.funding_spaced_shares.shares_table`)."""
    if len(rows) < 2 or any(r["source"] == "total" for r in rows):
        return False
    options: list[list[list[int]]] = []
    try:
        for r in rows:
            if len(r["amounts_krw"]) == n and all(v is not None for v in r["amounts_krw"]):
                options.append([list(r["amounts_krw"])])  # type: ignore[arg-type]
                continue
            raw = printed.get(r["label"]) or r.get("amounts_raw") or []
            found = (
                []
                if any(v is not None for v in r["amounts_krw"])
                else _row_options(raw, n, extra, None, list(range(n)), mult, skip)
            )
            if not found:
                return False
            options.append(found)
    except SearchGivenUp:
        return False
    whole = shares_table(options, budget, [r["source"] for r in rows])
    if whole is None:
        return False
    _settle(rows, whole)
    return True


def _settle(rows: list[FundingRow], whole: list[list[int]]) -> None:
    """The proved grouping's amounts written into ``rows`` (a row read as printed kept as it is)."""
    for r, values in zip(rows, whole, strict=True):
        if r["amounts_krw"] != values:
            r["amounts_krw"] = list(values)
            r.pop("amounts_raw", None)
