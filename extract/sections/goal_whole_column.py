"""A goal table's two target columns: the project's whole-term target beside the year's, told by their cells.

A table with a year column or year row groups may print each project's target for the whole term beside the
year's (``사업명 | 총괄목표 | 연차목표 | 실적``, ``전체 목표 | 해당연도 목표``): both heads hold a target word
(``[goals_columns] target``) and the first head naming a target would win, reading the whole-term figure as every
year's target, a silent wrong figure. Head words cannot be trusted to tell the two (a template's own words), the
cells can: the whole-term target is one figure a project, the same in every row of the project (a cell spanning
them, or printed again in each), while the year's differs from year to year.

- :func:`whole_term_columns`: of two or more columns whose heads name a target (no column left out already: a
  final target, a superseded one), those whose cells hold one value a project while exactly one other column's
  differ within a project; ``None`` when the cells do not tell (every project one row, or none differing, or
  more than one differing, or the steady one headed as the year's own target: :func:`year_target_head`): the caller reads no target figure then (:func:`unsure_finding`), never a guess.
  :func:`steady_target_read`: nor where no whole-term target is found and the column read as the target is the
  steady one beside exactly one varying.
- :func:`running_total_columns`: a head naming a target or an actual as a running total (a word of
  ``[goals_running_totals]``: 누계실적, 누적 목표) beside a head naming the same field without one (실적, 연간목표) is
  no field's column: the year's figure is the plain one's (read so, in whichever order the two stand, the total to
  date became the year's actual). A running total alone (연간 목표 | 누계 실적) stays the field's column.
- A target-worded head naming a rate or a date (목표대비(%), 목표시기: :func:`rate_or_date_head`) is never a
  whole-term candidate, and a whole-term candidate is figures in the unit of its project's year's targets, no
  smaller than any (else no whole-term target: the table read as without this rule).
- :func:`other_period_columns`: a head naming another period (전년 실적, 당분기실적, a baseline: 기준연도 실적) beside
  a head of the same field is no year's figure; :func:`dated_columns`: nor is a head naming a year of its own
  (``'22년 실적(기준)``) beside one naming the field plainly; :func:`whole_term_partners`: a head sharing a whole-term target's qualifier
  (총괄실적 beside 총괄목표) is the term's figure, no year's.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.sections.goal_head_words import column_words, header_words_kind
from pledgecard.extract.sections.goal_original_column import superseded_target
from pledgecard.extract.sections.goal_values import target_value, value_unit
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import DASHES


def _rest(head: str) -> str:
    """The head's key with its target words taken out (longest first): 목표대비(%) -> 대비(%), 총괄목표 -> 총괄."""
    v = current()
    k = key(head)
    words = (*v.words("goals_columns", "target"), *v.words("goals_columns_whole", "target"))
    for w in sorted((key(w) for w in words), key=len, reverse=True):
        if w and w in k:
            k = k.replace(w, "", 1)
    return k


def rate_or_date_head(head: str) -> bool:
    """A target-worded head naming a rate against the target or a date (목표대비(%), 목표시기): no target figure's
    column (``[goals_not_target]``, the ``[goals_columns]`` rate words)."""
    v = current()
    rest = _rest(head)
    years = _year_words()
    words = [
        key(w) for w in (*v.words("goals_not_target", "words"), *v.words("goals_columns", "rate")) if key(w)
    ]
    # a date word that is a year-target word too (연도): a date only after the target word, outside a qualified
    # head's bracket (목표연도; 연도별목표 the year's target, 임기목표(2022~2026년도) the term's)
    dated = _qualified_rest(head, drop_years=True)
    return any(w in (dated if w in years else rest) for w in words)


def _year_words() -> set[str]:
    """The keys of the year-target words (``[goals_year_target]``: 연차, 연도, 당해, ...)."""
    return {key(w) for w in current().words("goals_year_target", "words") if key(w)}


_BRACKET = re.compile(r"[(\[（［][^)\]）］]*(?:[)\]）］]|$)")


def _qualified_rest(head: str, drop_years: bool = False) -> str:
    """The head's key with its first target word out, where a qualifier stands before that word (임기목표, 총괄목표,
    연도별목표) its bracketed spans after the word dropped too (``임기목표(2022~2026년도)``: the bracket tells the
    span of the qualified head, no other kind of column); ``drop_years``: the year-target words before the target
    word dropped too (연도별목표 -> 별). A head with no target word: its key less its target words (:func:`_rest`)."""
    v = current()
    k = key(head)
    words = sorted(
        {
            key(w)
            for w in (*v.words("goals_columns", "target"), *v.words("goals_columns_whole", "target"))
            if key(w)
        },
        key=len,
        reverse=True,
    )
    found = [(k.find(w), -len(w), w) for w in words if w in k]
    if not found:
        return _rest(head)
    at, _, w = min(found)
    before, after = k[:at], k[at + len(w) :]
    if before:
        after = _BRACKET.sub("", after)
    if drop_years:
        for y in sorted(_year_words(), key=len, reverse=True):
            before = before.replace(y, "")
    return before + after


def other_period_head(head: str) -> bool:
    """A head naming another period than the year's (전년 실적, 당분기실적: ``[goals_other_period]``)."""
    k = key(head)
    return any(key(w) and key(w) in k for w in current().words("goals_other_period", "words"))


def target_heads(header: list[str], left_out: set[int]) -> list[int]:
    """The columns whose heads name a target (a target word whole or held in the head; a head holding a year word
    as long beside it, 연도별 목표 / 임기목표(2022~2026년도), too: :func:`holds_field`), ``left_out`` aside, and
    those naming a rate or a date (:func:`rate_or_date_head`)."""
    return [
        j
        for j, h in enumerate(header)
        if j not in left_out and h.strip() and holds_field(h, "target") and not rate_or_date_head(h)
    ]


def holds_field(head: str, kind: str) -> bool:
    """A head naming ``kind`` (target or actual) as the table reader takes it: its kind by the vocabulary's
    header-kind reading (:func:`.goal_head_words.header_words_kind`); a head of no kind (words of two kinds alike
    long) only where the value-column words it holds are of ``kind`` alone (기준연도 실적: a year word and an actual
    word, read as the actual's column by its word). A rate head (달성률(실적/목표), 실적률), a text or status head
    (목표 달성 여부) or one holding both fields' words (실적/목표(%)) names neither field (review mendf8)."""
    got = header_words_kind(head)
    if got is not None:
        return got == kind
    k = key(head)
    held = {
        kd
        for w, kd in current().build(column_words).items()
        if kd in ("target", "actual", "rate", "status", "detail") and len(w) >= 2 and w in k
    }
    return held == {kind}


def plain_head(head: str, kind: str) -> bool:
    """A head naming ``kind`` plainly: the whole head (spacing aside) a field word of that kind (목표, 목표치, 실적),
    no qualifier -- a whole-term head (총괄목표, 임기 목표) never."""
    return current().build(column_words).get(key(head)) == kind


def other_period_columns(header: list[str], left_out: set[int]) -> set[int]:
    """The heads naming a target or an actual of another period (전년 실적) beside a head naming the same field
    for the year (plainly or as a running total): no year's figure."""
    out: set[int] = set()
    for kind in ("target", "actual"):
        named = [j for j, h in enumerate(header) if j not in left_out and h.strip() and holds_field(h, kind)]
        others = {j for j in named if other_period_head(header[j])}
        if others and len(others) < len(named):
            out |= others
    return out


def dated_head(head: str) -> bool:
    """A head naming a year of its own (``'22년 실적(기준)``, ``2022 실적``): one year's figure whatever the row's year;
    a head printing a figure after its year (a month or a day: ``실적('24.9월 기준)``, the date the figures run to)
    is none."""
    k = key(head)
    m = current().year_re.search(k)
    return m is not None and not re.search(r"\d", k[m.end() :])


def dated_columns(header: list[str], left_out: set[int], rows_dated: bool = True) -> set[int]:
    """The heads naming a target or an actual of a year of their own (``'22년 실적(기준)``: a baseline before the
    term) beside a head naming the same field plainly (:func:`plain_head`: no year, no qualifier, no running
    total, no other period): no row's figure, where the rows' year is their own (``rows_dated``: a year column or
    a row group). A card of one year printing its year's heads (``2024년 목표 | 2024년 실적``) beside an undated
    one (``목표``, the term's) is left to the other rules (review mendf8: the dated is the year's there)."""
    out: set[int] = set()
    if not rows_dated:
        return out
    for kind in ("target", "actual"):
        named = [j for j, h in enumerate(header) if j not in left_out and h.strip() and holds_field(h, kind)]
        dated = {j for j in named if dated_head(header[j])}
        plain = [
            j
            for j in named
            if j not in dated
            and plain_head(header[j], kind)
            and not other_period_head(header[j])
            and not running_total(header[j])
        ]
        if dated and plain:
            out |= dated
    return out


def running_total(head: str) -> bool:
    """A head holding a running-total word (``[goals_running_totals]``: 누계, 누적)."""
    k = key(head)
    return any(key(w) in k for w in current().words("goals_running_totals", "words") if key(w))


def running_total_columns(header: list[str], left_out: set[int]) -> set[int]:
    """The heads naming a target or an actual as a running total beside a head naming the same field plainly."""
    out: set[int] = set()
    for kind in ("target", "actual"):
        named = [
            j
            for j, h in enumerate(header)
            if j not in left_out and h.strip() and header_words_kind(h) == kind and not other_period_head(h)
        ]
        totals = {j for j in named if running_total(header[j])}
        if totals and len(totals) < len(named):
            out |= totals
    return out


def other_known_head(head: str) -> bool:
    """A head of a column another reader knows (a note column, a stage, a unit, a final target, a superseded target):
    a table holding one is left to that reader (:mod:`.goal_extra_cells`)."""
    v = current()
    k = key(head)
    words = (
        *v.words("goals_stage_column", "words"),
        *v.words("goals_unit_column", "words"),
        *v.words("goals_final_column", "words"),
    )
    return k in v.note_column_keys or k in {key(w) for w in words} or superseded_target(head)


def _projects(rows: list[list[str]], c_proj: int | None) -> list[str | None]:
    """Each row's project: its project cell, a blank one the project above (a cell spanning rows); None for a row
    without project column or before any project."""
    out: list[str | None] = []
    last: str | None = None
    for row in rows:
        cell = row[c_proj].strip() if c_proj is not None and c_proj < len(row) else ""
        if cell:
            last = " ".join(cell.split())
        out.append(last if c_proj is not None else None)
    return out


def _values(rows: list[list[str]], projects: list[str | None], col: int) -> dict[str, list[str]]:
    """The non-empty, non-dash cells of column ``col`` by project, in row order (rows of no project left out)."""
    by: dict[str, list[str]] = {}
    for row, p in zip(rows, projects, strict=True):
        if p is None or col >= len(row):
            continue
        cell = " ".join(row[col].split())
        by.setdefault(p, [])
        if cell and cell not in DASHES:
            by[p].append(cell.replace(" ", ""))
    return by


def whole_term_columns(
    header: list[str], rows: list[list[str]], c_proj: int | None, left_out: set[int]
) -> set[int] | None:
    """The whole-term target columns among two or more target-headed ones (empty when the head names one target
    column or fewer); None when the cells do not tell which is the year's."""
    heads = target_heads(header, left_out)
    if len(heads) < 2:
        return set()
    if c_proj is None:
        return None
    projects = _projects(rows, c_proj)
    counted = {p for p in projects if p is not None and projects.count(p) >= 2}
    if not counted:
        # every project one row: one figure a project in every column, nothing told -- unless at most one column
        # holds figures of one unit throughout (the others words: a stage's text), no whole-term target then
        alike = [j for j in heads if _one_unit(rows, projects, j)]
        return None if len(alike) >= 2 else set()
    varying, steady = [], []
    for j in heads:
        by = _values(rows, projects, j)
        if any(len(set(by.get(p, []))) >= 2 for p in counted):
            varying.append(j)
        elif any(len(by.get(p, [])) >= 1 for p in counted):
            steady.append(j)
        else:
            steady.append(j)  # empty under every project of several rows: no year's target either
    if len(varying) != 1:
        return None
    if not all(_bounds(rows, projects, counted, j, varying[0]) for j in steady):
        return set()  # a steady column of no figure over the year's (a rate, a text): no whole-term target
    if any(year_target_head(header[j]) for j in steady):
        # the cells say the steady column is the term's, its head the year's own (연차목표 ``10개소`` every year
        # beside 목표 ``3개소`` / ``4개소``): a year's target printed the same every year reads so too -- untold
        return None
    return set(steady)


def steady_target_read(
    header: list[str], rows: list[list[str]], c_proj: int | None, left_out: set[int], read: int
) -> bool:
    """The column read as the target (``read``, no whole-term target found) holding one value a project of
    several rows while exactly one other target-headed column's cells differ within a project: the year's targets
    are the other's, and reading ``read`` would give every year one figure (총괄목표 ``공정률 70%`` over 연차목표
    ``1.4km`` / ``공정률 70%``, no whole-term target by :func:`whole_term_columns` as the units differ): which column
    is the year's is untold, no target figure read (:func:`unsure_finding`)."""
    heads = target_heads(header, left_out)
    if read not in heads or c_proj is None:
        return False
    projects = _projects(rows, c_proj)
    counted = {p for p in projects if p is not None and projects.count(p) >= 2}
    if not counted:
        return False
    by = {j: _values(rows, projects, j) for j in heads}
    varying = [j for j in heads if any(len(set(by[j].get(p, []))) >= 2 for p in counted)]
    if varying == [read] or len(varying) != 1 or not any(by[read].get(p) for p in counted):
        return False
    # only a varying column of FIGURES is a rival target (a stage's text beside a steady figure: 세부목표 ``1차
    # 조사`` is no year's target figure), and a head naming the year's own target is the year's (review mendcv)
    return _figures(rows, projects, varying[0]) and not year_target_head(header[read])


def year_target_head(head: str) -> bool:
    """A target head naming the year's own target (연차목표, 연간 목표: ``[goals_year_target]``)."""
    rest = _qualified_rest(head)  # a qualified head's bracket aside: 임기목표(2022~2026년도) is the term's
    k = key(head)
    return any(w in rest or k.startswith(w) for w in _year_words())


def _figures(rows: list[list[str]], projects: list[str | None], col: int) -> bool:
    """Every non-empty, non-dash cell of column ``col`` under a project holding a target figure
    (:func:`.goal_values.target_value`: ``1.4km``, ``공정률 70%``, ``277호 공급``; a stage's ``1차 조사`` none), one at
    least."""
    cells = [
        " ".join(row[col].split())
        for row, p in zip(rows, projects, strict=True)
        if p is not None and col < len(row) and row[col].strip() and row[col].strip() not in DASHES
    ]
    return bool(cells) and all(target_value(c) is not None for c in cells)


def figure_and_unit(cell: str) -> tuple[float, str] | None:
    """A cell's figure and unit (``12개소`` -> (12.0, 개소)); None for any other cell."""
    unit = value_unit(cell)
    m = re.match(r"^[+-]?\d[\d,]*(?:\.\d+)?", cell)
    if unit is None or m is None:
        return None
    return float(m.group(0).replace(",", "")), unit


def _one_unit(rows: list[list[str]], projects: list[str | None], col: int) -> bool:
    """Every cell of column ``col`` a figure, a project's cells of one unit (a column of figures)."""
    by = _values(rows, projects, col)
    figs = [[figure_and_unit(c) for c in cells] for cells in by.values()]
    return (
        any(figs)
        and all(f is not None and f[1] == fs[0][1] for fs in figs for f in fs if fs)
        and all(f is not None for fs in figs for f in fs)
    )


def _bounds(
    rows: list[list[str]], projects: list[str | None], counted: set[str], whole: int, year: int
) -> bool:
    """Every cell of column ``whole`` a figure in the unit of the project's year's targets and no smaller than
    any of them (a whole-term target holds the years')."""
    wb, yb = _values(rows, projects, whole), _values(rows, projects, year)
    for p in counted:
        ys = [figure_and_unit(c) for c in yb.get(p, [])]
        for c in wb.get(p, []):
            f = figure_and_unit(c)
            if f is None or any(y is None or y[1] != f[1] or y[0] > f[0] for y in ys):
                return False
    return True


def unsure_finding(where: Source | None, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that a table's goals were read with no target figure: two columns name a target and their cells
    do not tell the year's from the whole term's (``goals``: the goals' indexes in the table's goals)."""
    return goals_finding(
        "extract.goal_target_unsure",
        "two or more columns of the goal table are headed as targets and their cells do not tell which holds the "
        "year's target (one figure a project in each, or several differing): the goals' target figures are left null, "
        "the cells' text kept",
        where,
        first,
        goals,
    )


def whole_term_partners(header: list[str], whole: set[int], left_out: set[int]) -> set[int]:
    """The heads of another field sharing a whole-term target's qualifier (총괄목표 -> 총괄실적): the term's
    figures, no year's."""
    quals = {q for j in whole if len(q := _rest(header[j])) >= 2}
    return {
        j
        for j, h in enumerate(header)
        if j not in left_out and j not in whole and h.strip() and any(q in key(h) for q in quals)
    }
