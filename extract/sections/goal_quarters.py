"""A goal table of one year's quarters, as a quarterly review prints it.

Header: an indicator column, maybe a unit column (``[goals_unit_column]``), a label column (구분), one
column a quarter (``1/4분기`` .. ``4/4분기``, the quarter words of ``[date_words]``) and a column of
their running total (``[goals_quarter_table] total``: 누계) last. Under every indicator two rows named
in the label column: its plan (계획 / 목표: a target word) and its actual (실적). The table's year is
the one it prints: in its quarters' heads (``'24. 1/4분기``, one year in all, else no quarter table), in a
row of cells over them (``2024년`` spanning the quarters) or in the title line right above it
(``2024년 분기별 성과지표``: a line printing one date, a year); failing that the year of the quarter the
card reports (``SectionContext.reported_year``: a 4/4분기 review dated in January reports the year
before), failing that the card's as-of year (one rule with the record's as_of, extract/as_of.py).
A goal is one indicator: the year's target the plan
row's total, the actual to date the actual row's total; the quarters' figures are parts of them (not
in the record) and prove them: a row whose total is not the sum of its quarters' figures (a dash or an
empty cell none) gives no figure of that row (a dump that moved cells), the indicator no goal.

:func:`quarter_goals` reads the table from its cells; :func:`quarter_goal_lines` from a dump that
prints a row a line, its cells one space apart (the indicator's name and unit before the plan row's
label, the actual row its label first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_half_heads import half_head, speaks_of_term
from pledgecard.extract.sections.goal_indicators import IndicatorGoal
from pledgecard.extract.sections.goal_values import none_keys
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.sections.label_block import label_block_orders
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import find_dates, parse_date
from pledgecard.normalize.money import cell_figure
from pledgecard.normalize.text import DASHES


def _quarter_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^([1-4])\s*(?:/\s*4)?\s*(?:{v.alternation('date_words', 'quarter')})$")


def quarter_head(text: str) -> int | None:
    """The quarter (1..4) a head cell names as its whole text (``3/4분기``, ``3분기``), else None."""
    m = current().build(_quarter_re).match(text.replace(" ", ""))
    return int(m.group(1)) if m else None


def _fraction_re(v: Vocabulary) -> re.Pattern[str]:
    """A quarter printed as the year's fraction alone (1/4 .. 4/4: ``[date_words] quarter_fraction``)."""
    return re.compile(rf"^([1-4])(?:{v.alternation('date_words', 'quarter_fraction')})$")


def period_quarter(text: str) -> int | None:
    """The quarter a sub-head under a field's spanning head names as its whole text: a quarter's words
    (:func:`quarter_head`) or the year's fraction alone (``3/4`` under ``실적``), else None."""
    m = current().build(_fraction_re).match(text.replace(" ", ""))
    return int(m.group(1)) if m else quarter_head(text)


def _dated_quarter(text: str) -> tuple[int, int] | None:
    """(quarter, year) of a head cell naming a quarter of a year as its whole text (``'24. 1/4분기``)."""
    d = parse_date(text)
    label = d.get("label") or ""
    if d.get("precision") != "quarter" or "/" in label or "-Q" not in label:
        return None
    year, quarter = label.split("-Q")
    return int(quarter), int(year)


def _quarter_of(text: str) -> int | None:
    dated = _dated_quarter(text)
    return dated[0] if dated else quarter_head(text)


def year_only(text: str) -> int | None:
    """The year a text prints as its one date, a year's (``2024년``, ``2024년 분기별 성과지표``), else None."""
    found = find_dates(text)
    if len(found) != 1 or found[0][2].get("precision") != "year" or not found[0][2].get("start"):
        return None
    return int(found[0][2]["start"][:4])


def _totals(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("goals_quarter_table", "total"))


def total_head(text: str) -> bool:
    """A head cell naming the quarters' running total (``누계``)."""
    return key(text) in current().build(_totals)


def _value(text: str) -> float | None:
    v = cell_figure(text, dash_is_zero=False, signs="")
    return None if v is None else float(v)


def _proven(cells: list[str], total: str) -> bool:
    """``total`` is the sum of the quarters' figures (a dash or an empty cell counting none)."""
    t = _value(total)
    if t is None:
        return False
    none = current().build(_none_words)
    vals = [_value(c) for c in cells if c.strip() and key(c) not in none]
    return None not in vals and abs(sum(v for v in vals if v is not None) - t) < 1e-9


def _none_words(v: Vocabulary) -> frozenset[str]:
    """A cell printing no figure: the vocabulary's none words and every dash glyph."""
    return none_keys(v) | DASHES


@dataclass(frozen=True, slots=True)
class _Head:
    quarters: list[int]  # the columns of the quarters, in order
    total: int
    label: int
    unit: int | None
    project: int
    year: int | None = None  # the year the quarters' heads print (all one)
    halves: bool = False  # the periods are a year's halves (상반기 | 하반기), not its quarters


def _head(header: list[str]) -> _Head | None:
    quarters = [j for j, h in enumerate(header) if _quarter_of(h) is not None]
    if not quarters:  # the year's halves as its periods (상반기 | 하반기: goal_half_heads), none a quarter
        quarters = [j for j, h in enumerate(header) if half_head(h) is not None]
        if [half_head(header[j]) for j in quarters] != [1, 2]:
            return None
    elif any(half_head(h) is not None for h in header):
        return None  # quarters and halves in one head: no one kind of period
    if (
        len(quarters) < 2
        or quarters != list(range(quarters[0], quarters[-1] + 1))
        or [_quarter_of(header[j]) or half_head(header[j]) for j in quarters]
        != list(range(1, len(quarters) + 1))
    ):
        return None
    years = {d[1] for j in quarters for d in [_dated_quarter(header[j])] if d}
    dated = sum(_dated_quarter(header[j]) is not None for j in quarters)
    if dated not in (0, len(quarters)) or len(years) > 1:
        return None  # heads of years apart, or some dated and others not: no one year's quarters
    total = quarters[-1] + 1
    if total >= len(header) or not total_head(header[total]) or quarters[0] < 2:
        return None
    label = quarters[0] - 1
    unit = label - 1 if unit_head(header[label - 1]) else None
    project = (unit if unit is not None else label) - 1
    halves = half_head(header[quarters[0]]) is not None
    return (
        _Head(quarters, total, label, unit, project, min(years) if years else None, halves)
        if project >= 0
        else None
    )


def _spanning_year(row: list[str], head: _Head) -> int | None:
    """The year a row over the heads prints over every quarter (a ``2024년`` cell spanning them)."""
    if len(row) <= head.quarters[-1]:
        return None
    years = {year_only(row[j]) if key(row[j]) == key(row[head.quarters[0]]) else None for j in head.quarters}
    return years.pop() if len(years) == 1 and None not in years else None


def quarter_goals(grid: list[list[str]], year: int | None, term: bool = False) -> list[IndicatorGoal] | None:
    """The goals of a quarter table (``grid``: the header row first, a merged cell's text in every
    position it covers; or a row printing the quarters' year over it), or None when the table is not one
    (or no year is known). The year the table prints goes before ``year`` (the card's); ``term``: the title
    over the table speaks of a term (:func:`speaks_of_term`), so a halves table printing no year has none."""
    if len(grid) < 3:
        return None
    head, body = _head(grid[0]), grid[1:]
    if head is None and len(grid) >= 4 and (head := _head(grid[1])) is not None:
        over = _spanning_year(grid[0], head)
        if over is None or head.year not in (None, over):
            return None
        head, body = replace(head, year=over), grid[2:]
    if head is None:
        return None
    if head.year is None and head.halves and term:
        return None  # a term's halves (민선8기 임기 성과지표 over 상반기 | 하반기): the card's year is not theirs
    year = head.year if head.year is not None else year
    if year is None:
        return None
    width = head.total + 1
    rows = [r for r in body if len(r) >= width]
    out: list[IndicatorGoal] = []
    for k, r in enumerate(rows):
        if row_field(r[head.label]) != "target" or not r[head.project]:
            continue
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        goal = _goal(r, nxt, head, year, k + 1)
        if goal is not None:
            out.append(goal)
    return out if out else None


def _goal(plan: list[str], done: list[str] | None, head: _Head, year: int, row: int) -> IndicatorGoal | None:
    if not _proven([plan[j] for j in head.quarters], plan[head.total]):
        return None
    actual = None
    if (
        done is not None
        and row_field(done[head.label]) == "actual"
        and done[head.project] in ("", plan[head.project])
    ):
        if _proven([done[j] for j in head.quarters], done[head.total]):
            actual = done[head.total].strip()
        elif key(done[head.total]) not in current().build(_none_words):
            return None  # an actual that does not add up: the cells moved
    unit = plan[head.unit].strip() if head.unit is not None else None
    return IndicatorGoal(
        plan[head.project].strip(), unit or None, year, plan[head.total].strip(), actual, row, head.total
    )


@dataclass(frozen=True, slots=True)
class QuarterLines:
    goals: list[IndicatorGoal]  # row: the line of the plan row
    used: set[int]
    title: int | None = None  # the line of its title printing its year (2022년 반기별 성과지표): no goal's


def quarter_goal_lines(texts: list[str], year: int | None) -> QuarterLines | None:
    """The goals of a quarter table a dump printed as words: a row a line, a cell a line or the
    indicator's name and unit on a line above its plan row, read as one run of words. The heads in
    order, then under them: an indicator's name, its unit (when the header has a unit column: the
    last word before the label), the plan row's label and one figure a quarter and the total, then
    the actual row's label and as many; the run ends at the first word that reads otherwise."""
    got = _words_run(texts, year)
    if got is not None:
        return got
    for rebuilt in label_block_orders(texts):  # the name and unit columns printed before the quarters' head
        if len(rebuilt.head) != 1 + unit_head(rebuilt.head[-1]) or not rebuilt.head[0]:
            continue
        got = _words_run(rebuilt.lines, year)
        if got is not None and len(got.goals) == rebuilt.labels:  # every indicator read, its sums proven
            return QuarterLines(
                [replace(g, row=rebuilt.sources[g.row][0]) for g in got.goals],
                {i for k in got.used for i in rebuilt.sources[k]},
            )
    return None


def _words_run(texts: list[str], year: int | None) -> QuarterLines | None:
    words = [(w, k) for k, t in enumerate(texts) for w in t.split()]
    for h, (w, _) in enumerate(words):
        if (quarter_head(w) or half_head(w)) != 1 or h < 2:
            continue
        first = h - 3 if unit_head(words[h - 2][0]) and h >= 3 else h - 2  # the indicator's head
        head = _head([x for x, _ in words[first : h + 6]])
        if head is not None and head.project == 0:
            line = words[first][1]
            opens = first == 0 or words[first - 1][1] != line  # the head opens its line
            title = year_only(texts[line - 1]) if opens and line > 0 else None
            if (
                title is None
                and head.year is None
                and head.halves
                and opens
                and line > 0
                and speaks_of_term(texts[line - 1])
            ):
                return None  # a term's halves: no year of theirs printed, the card's not theirs
            own = title if title is not None else year
            got = _run(words, first, head, own) if own is not None else None
            if (
                got is not None and title is not None
            ):  # its title line (2022년 반기별 성과지표) is the table's
                return replace(got, title=line - 1)
            return got
    return None


def is_quarter_table(grid: list[list[str]]) -> bool:
    """Whether a table is a quarter goal table (:func:`quarter_goals`) that reads, one goal or more:
    its role told by its content, whatever year the card reports."""
    return quarter_goals(grid, 0) is not None


def reads_as_quarter_goals(texts: list[str]) -> bool:
    """Whether lines print a quarter goal table (:func:`quarter_goal_lines`) that reads, one goal or more:
    a section's kind told by its content, whatever year the card reports."""
    return quarter_goal_lines(texts, 0) is not None


def _run(words: list[tuple[str, int]], first: int, head: _Head, year: int) -> QuarterLines | None:
    """The rows after the heads (the first at word ``first``), while they read."""
    n = len(head.quarters) + 1
    at = first + head.total + 1  # the first word after the total head
    used = {k for _, k in words[first:at]}
    goals: list[IndicatorGoal] = []
    while at < len(words):
        name_end = next(
            (i for i in range(at, min(at + 7, len(words))) if row_field(words[i][0]) == "target"), None
        )
        min_name = 2 if head.unit is not None else 1
        if name_end is None or name_end - at < min_name or name_end + n >= len(words):
            break
        names = [w for w, _ in words[at:name_end]]
        if any(_value(w) is not None for w in names):
            break
        unit = names.pop() if head.unit is not None else None
        plan = [
            " ".join(names),
            *([unit] if unit else []),
            words[name_end][0],
            *(w for w, _ in words[name_end + 1 : name_end + 1 + n]),
        ]
        end = name_end + 1 + n
        done = None
        if end + n < len(words) and row_field(words[end][0]) == "actual":
            done = [plan[0], *([unit] if unit else []), *(w for w, _ in words[end : end + 1 + n])]
        local = _Head(
            list(range(len(plan) - n, len(plan) - 1)),
            len(plan) - 1,
            len(plan) - n - 1,
            1 if unit else None,
            0,
        )
        goal = _goal(plan, done, local, year, words[name_end][1])
        if goal is None:
            break
        goals.append(goal)
        stop = end + 1 + n if done is not None else end
        used |= {k for _, k in words[at:stop]}
        at = stop
    return QuarterLines(goals, used) if goals else None
