"""The goal tables of every family style."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from samples.layout_blocks import Grid, Record
from samples.revisions import goal_revision
from samples.style import Style


def n_groups(rec: Record) -> int:
    return len({a["group"] for a in rec["achievements"]})


def _rate(goal: Record, decimals: int = 0) -> str:
    t, a = goal.get("target_value"), goal.get("actual_value")
    if not t or a is None:
        return "-"
    return f"{100 * a / t:.{decimals}f}%" if decimals else f"{round(100 * a / t)}%"


def _goal_keys(style: Style) -> tuple[str, ...]:
    """The goal's cells in their printed order: ``style.goals_order``, else 목표 | 실적 | [달성률] | 추진상황."""
    return style.goals_order or ("target", "actual", *(("rate",) if style.goals_rate else ()), "status")


def _goal_heads(style: Style) -> list[str]:
    target, actual = style.goals_labels
    heads = {
        "target": target,
        "actual": actual,
        "rate": style.goals_rate_label,
        "status": "추진상황",
        "original": style.goals_original,
        "progress": style.goals_progress,
        **dict(zip(("whole", "cumulative", "change", "reason"), style.goals_extra, strict=True)),
    }
    return [heads[k] for k in _goal_keys(style)]


def _goal_cells(goal: Record, style: Style, goals: list[Record] | None = None) -> list[str]:
    """목표 | 실적 | [달성률] | 추진상황 of one goal (in ``style.goals_order`` when set; ``goals``: the table's
    goals, for the cells told from the project's other years: ``whole``, ``cumulative``, ``change``)."""
    target = goal_revision(goal, style.revisions[0]) if style.revisions else goal["target"]
    cells = {
        "target": target,
        "actual": goal["actual"] or "-",
        "status": goal["status"],
        "original": original_target(goal),
    }
    keys = _goal_keys(style)
    mine = sorted((x for x in goals or [goal] if x["project"] == goal["project"]), key=lambda x: x["year"])
    if "whole" in keys:
        cells["whole"] = whole_target(mine)
    if "cumulative" in keys:
        cells["cumulative"] = cumulative_actual(goal, mine)
    if "change" in keys:
        cells["change"] = actual_change(goal, mine)
    if "reason" in keys:
        cells["reason"] = lag_reason(goal)
    if "progress" in keys:
        cells["progress"] = str(progress_percent(goal))
    return [cells[k] if k != "rate" else _rate(goal, style.rate_decimals) for k in keys]


def progress_percent(goal: Record) -> int:
    """A goal's work progress in percent (공정률, ``style.goals_progress``; not in the record): 100 when done, 0
    when not begun, a 공정률 goal's actual figure, else drawn by the goal's project and year."""
    if goal["status"] == "완료":
        return 100
    if goal["status"] == "미착수":
        return 0
    a = goal.get("actual_value")
    if goal.get("target_unit") == "%" and a is not None:
        return round(a)
    return random.Random(f"progress-{goal['project']}-{goal['year']}").randint(15, 95)


def sum_row_cells(goals: list[Record], style: Style) -> list[str]:
    """The cells of a year group's closing row (``style.goals_sum_row``; no goal) under ``_goal_keys``: the
    targets and the actuals summed where two goals or more state one unit (a count or a measure, no rate) and a
    figure each (``-`` else), the progress
    column's mean, nothing under the others."""

    def total(field: str) -> str:
        units = {g.get("target_unit") for g in goals}
        values = [g.get(f"{field}_value") for g in goals]
        summable = len(goals) > 1 and len(units) == 1 and not units & {None, "%"} and None not in values
        if not summable or (field == "actual" and not all(g["actual"] for g in goals)):
            return "-"
        return f"{_bare(sum(values))}{units.pop()}"  # type: ignore[arg-type]

    cells = {"target": total("target"), "actual": total("actual")}
    cells["progress"] = str(round(sum(progress_percent(g) for g in goals) / len(goals)))
    return [cells.get(k, "-" if k == "rate" else "") for k in _goal_keys(style)]


def _with_figure(text: str, value: float) -> str:
    """``text`` with its first figure replaced by ``value`` (its decimals and thousands separators kept)."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return text
    decimals = len(m.group().partition(".")[2])
    new = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
    if "," not in m.group() and "," in new and len(m.group()) < 4:
        new = new.replace(",", "")
    return text[: m.start()] + new + text[m.end() :]


def whole_target(mine: list[Record]) -> str:
    """A project's whole-term target (총괄목표, ``goals_extra[0]``; not in the record): its last year's target for
    a rate (공정률 100%), else the sum of its years' targets in the words of its last one (``-`` when they differ in unit); a worded one
    those words."""
    last = mine[-1]
    if last.get("target_value") is None or last.get("target_unit") == "%":
        return last["target"]
    if any(x.get("target_unit") != last.get("target_unit") or x.get("target_value") is None for x in mine):
        return "-"  # years counted in other units: no whole figure
    return _with_figure(last["target"], sum(x["target_value"] for x in mine))


def cumulative_actual(goal: Record, mine: list[Record]) -> str:
    """A goal's running total of actuals to its year (누계실적, ``goals_extra[1]``; not in the record): the sum of
    the project's actuals so far (those counted in its unit) in the words of the goal's actual (a rate's own actual as it is); ``-`` when the
    goal has no actual figure."""
    a = goal.get("actual_value")
    if a is None or not goal.get("actual"):
        return "-"
    if goal.get("target_unit") == "%":
        return goal["actual"]
    unit = goal.get("target_unit")
    total = sum(
        x.get("actual_value") or 0 for x in mine if x["year"] <= goal["year"] and x.get("target_unit") == unit
    )
    return _with_figure(goal["actual"], total)


def actual_change(goal: Record, mine: list[Record]) -> str:
    """A goal's actual less the project's actual of the year before (전년대비 증감, ``goals_extra[2]``; not in the
    record): bare, ``+12`` or ``△3`` for a fall, ``-`` when either year has no actual figure or they differ in unit."""
    a = goal.get("actual_value")
    before = [x for x in mine if x["year"] == goal["year"] - 1]
    b = (
        before[0].get("actual_value")
        if before and before[0].get("target_unit") == goal.get("target_unit")
        else None
    )
    if a is None or b is None:
        return "-"
    d = a - b
    decimals = 1 if isinstance(d, float) and not float(d).is_integer() else 0
    text = f"{abs(d):,.{decimals}f}" if decimals else f"{round(abs(d)):,}"
    return f"△{text}" if d < 0 else f"+{text}" if d > 0 else "0"


LAG_REASONS = ("보상 협의 지연", "국비 확보 지연", "설계 변경", "인허가 협의 중")


def lag_reason(goal: Record) -> str:
    """A goal's reason for lagging (부진사유, ``goals_extra[3]``; not in the record): words for a goal behind
    its target or not begun (drawn by its project and year), else ``-``."""
    t, a = goal.get("target_value"), goal.get("actual_value")
    behind = goal["status"] in ("미착수", "부진") or (t is not None and a is not None and a < t)
    if not behind:
        return "-"
    return LAG_REASONS[sum(map(ord, f"{goal['project']}{goal['year']}")) % len(LAG_REASONS)]


def original_target(goal: Record) -> str:
    """The goal's first target (당초목표, ``style.goals_original``; not in the record: the target in force is
    its revised one): a counted or measured target's figure drawn lower or higher than the one in force (its
    words and unit kept), a worded one the same words."""
    t = goal.get("target_value")
    text = goal["target"]
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if t is None or not m:
        return text
    r = random.Random(f"original-{goal['project']}-{goal['year']}")
    decimals = len(m.group().partition(".")[2])
    value = float(m.group().replace(",", ""))
    old = value * r.choice((0.6, 0.75, 0.8, 1.25, 1.5)) if value else 1.0
    old_text = f"{old:,.{decimals}f}" if decimals else f"{max(1, round(old)):,}"
    if "," not in m.group():
        old_text = old_text.replace(",", "")
    if old_text == m.group():
        old_text = f"{value + 1:,.{decimals}f}" if decimals else f"{round(value) + 1}"
    return text[: m.start()] + old_text + text[m.end() :]


def goal_year(style: Style, year: int) -> str:
    """A year as the goal table prints it (``style.goals_year``: ``<2024>``, ``2024년``, ``'24년``)."""
    return style.goals_year.format(y=year, yy=f"{year % 100:02d}")


def shared_unit(goals: list[Record]) -> str:
    """The unit every goal of one indicator with a unit states (printed once for them all: a unit
    column, ``청년주택 공급(호)``); empty when they state none or not the same one (each cell then
    names its own)."""
    units = {g["target_unit"] for g in goals if g.get("target_unit")}
    return units.pop() if len(units) == 1 else ""


def _goals_table(rec: Record, style: Style) -> Grid:
    """Goals with their year as a column (``year_col``) or as a row group (``year_group``)."""
    goals = rec["goals"]
    detail = any(g.get("detail") for g in goals)
    by_col = style.goals_layout == "year_col"
    stage = [style.goals_stage] if style.goals_stage and by_col else []
    goal_heads = _goal_heads(style)
    if style.goals_head_unit and shared_unit(goals):  # the one unit in the heads only: 목표(개소)
        goal_heads = [f"{h}({shared_unit(goals)})" if h in style.goals_labels else h for h in goal_heads]
    heads = (["연도"] if by_col else []) + [style.goals_project_label, *stage, *goal_heads]
    heads += ["추진내용"] if detail else []
    heads += [style.goals_remark] if style.goals_remark else []
    sums = bool(style.goals_sum_row) and not by_col
    n_rows = 1 + len(goals) + (0 if by_col else len({g["year"] for g in goals}) * (2 if sums else 1))
    g = Grid(
        n_rows, len(heads), widths=[1.4 if h in ("목표", "추진내용") else 1.0 for h in heads], role="goals"
    )
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    row, i, year = 1, 0, None
    while i < len(goals):
        if not by_col and goals[i]["year"] != year:
            year = goals[i]["year"]
            g.put(row, 0, goal_year(style, year), cs=len(heads), align="left")
            row += 1
        j = i  # goals of one project (and, in year groups, one year) share the project cell
        while (
            j + 1 < len(goals)
            and goals[j + 1]["project"] == goals[i]["project"]
            and (by_col or goals[j + 1]["year"] == year)
        ):
            j += 1
        first = 1 if by_col else 0
        if by_col and style.goals_blank_repeat:  # printed once, the cells below left empty (no merge)
            for k in range(i, j + 1):
                g.put(row + k - i, first, goals[i]["project"] if k == i else "")
        else:
            g.put(row, first, goals[i]["project"], rs=j - i + 1)
        if detail and by_col and style.goals_blank_repeat:
            for k in range(i, j + 1):
                g.put(
                    row + k - i,
                    len(heads) - 1 - bool(style.goals_remark),
                    (goals[i]["detail"] or "") if k == i else "",
                )
        elif detail:
            g.put(row, len(heads) - 1 - bool(style.goals_remark), goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            if by_col:
                g.put(row + k - i, 0, str(goals[k]["year"]))
            if stage:
                g.put(row + k - i, first + 1, stage_cell(goals[k], style))
            for m, text in enumerate(_goal_cells(goals[k], style, goals)):
                g.put(row + k - i, first + 1 + len(stage) + m, text)
            if style.goals_remark:
                g.put(row + k - i, len(heads) - 1, goal_remark(goals[k]))
        row += j - i + 1
        i = j + 1
        if sums and (i == len(goals) or goals[i]["year"] != year):  # the year's closing row
            g.put(row, 0, style.goals_sum_row)
            mine = [x for x in goals if x["year"] == year]
            for m, text in enumerate(sum_row_cells(mine, style)):
                g.put(row, 1 + m, text)
            row += 1
    g.n_rows = row
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def stage_cell(goal: Record, style: Style) -> list[str]:
    """A goal's stage (``goals_stage``, not in the record): a bar of ``style.stage_steps`` with the
    steps passed filled, over the current step's word; the last step when the goal is met, the first
    when it is not begun (미착수), else one between drawn from the goal's project and year."""
    steps = style.stage_steps
    t, a = goal.get("target_value"), goal.get("actual_value")
    done = goal["status"] == "완료" or (t is not None and a is not None and a >= t)
    r = random.Random(f"stage-{goal['project']}-{goal['year']}")
    k = len(steps) if done else 1 if goal["status"] == "미착수" else r.randint(2, len(steps) - 1)
    return ["■" * k + "□" * (len(steps) - k), f"({steps[k - 1]})"]


GOAL_REMARKS = ("기본계획 수립", "실시설계 중", "공사 착공", "준공 예정", "운영 개시", "")


def goal_remark(goal: Record) -> str:
    """A goal's word note in a 비고 column (none in the record): a stage of the work, drawn from the
    goal's project and year, or nothing."""
    return GOAL_REMARKS[sum(map(ord, f"{goal['project']}{goal['year']}")) % len(GOAL_REMARKS)]


def _across_cell(goal: Record, row: str) -> str:
    """One year's cell in a goal row of a years-across table (목표, 실적, 달성률 or 추진상황)."""
    if row == "목표":
        return goal["target"]
    if row == "실적":
        return goal["actual"] or "-"
    if row == "달성률":
        return _rate(goal)
    return goal["status"]


def _goals_across(rec: Record, style: Style) -> Grid:
    """Years across the columns; under every project (its cell spanning them) one row per
    ``style.goals_rows`` (목표 / 실적 / 달성률 / 추진상황); a year the project has no goal for is empty."""
    goals = rec["goals"]
    years = sorted({g["year"] for g in goals})
    projects = list(dict.fromkeys(g["project"] for g in goals))
    labels = style.goals_rows
    head = (
        2 if style.goals_span else 1
    )  # a row spanning the years over them, 구분 across two rows and columns
    term, first = term_total_head(rec, style)
    y0 = 3 if first else 2  # the first year's column (the term total's before the years or after them)
    t_col = 2 if first else 2 + len(years)
    g = Grid(
        head + len(projects) * len(labels),
        2 + len(years) + bool(term),
        widths=[1.6, 0.9] + [1.3] * len(years) + ([1.1] if term else []),
        role="goals",
    )
    if style.goals_span:
        g.put(0, 0, style.spaced("구분"), rs=2, cs=2, head=True)
        g.put(0, y0, style.goals_span, cs=len(years), head=True)
    else:
        g.put(0, 0, style.goals_project_label, head=True)
        g.put(0, 1, style.spaced("구분"), head=True)
    if term:
        g.put(0, t_col, term, rs=head, head=True)
    for k, y in enumerate(years):
        g.put(head - 1, y0 + k, goal_year(style, y), head=True)
    for p, project in enumerate(projects):
        top = head + p * len(labels)
        unit = shared_unit([x for x in goals if x["project"] == project]) if style.goals_unit_in_name else ""
        g.put(top, 0, f"{project}({unit})" if unit else project, rs=len(labels))
        by_year = {x["year"]: x for x in goals if x["project"] == project}
        for i, lab in enumerate(labels):
            g.put(top + i, 1, lab, head=True)
            for k, y in enumerate(years):
                x = by_year.get(y)
                g.put(
                    top + i,
                    y0 + k,
                    _across_cell(x, lab) if x else "",
                    align="right" if style.goals_unit_in_name else "center",
                )
            if term:
                mine = [by_year[y] for y in years if y in by_year]
                g.put(top + i, t_col, term_total_cell(mine, lab, style.goals_labels))
    g.head_rows = head if style.repeat_table_head else 0
    return g


def term_total_head(rec: Record, style: Style) -> tuple[str, bool]:
    """The head of a years-across table's term-total column (``style.goals_term_total``: one of its
    ``|``-separated choices drawn by the card's title, the goal years filled in; empty when none) and whether
    it stands before the years (``style.goals_term_first``: drawn, one card in two) rather than after them."""
    if not style.goals_term_total:
        return "", False
    years = sorted({g["year"] for g in rec["goals"]})
    y1, y2 = years[0], years[-1]
    r = random.Random(f"term-total-{rec['header']['title']}")
    head = r.choice(style.goals_term_total.split("|"))
    first = style.goals_term_first and r.random() < 0.5
    return head.format(y1=y1, y2=y2, yy1=f"{y1 % 100:02d}", yy2=f"{y2 % 100:02d}"), first


def term_total_cell(mine: list[Record], row: str, labels: tuple[str, str]) -> str:
    """A project's term total under its target row or actual row (``goals_term_total``; not in the record): the
    years' figures summed with their unit where every year states one and the same count or measure unit (no
    rate), ``-`` else; nothing under any other row."""
    if row not in labels:
        return ""
    field = "target" if row == labels[0] else "actual"
    units = {g.get("target_unit") for g in mine}
    values = [g.get(f"{field}_value") if g.get(field) else None for g in mine]
    if not mine or len(units) != 1 or units & {None, "%"} or None in values:
        return "-"
    return f"{_bare(sum(values))}{units.pop()}"  # type: ignore[arg-type]


def _goals_indicators(rec: Record, style: Style) -> Grid:
    """Indicators across the columns (``지표1`` over ``청년주택 공급(호)``: the unit in the head), a
    row group per year with a 목표 row and a 실적 row; a goal's project is its indicator."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    units = {name: shared_unit([g for g in goals if g["project"] == name]) for name in names}
    years = sorted({g["year"] for g in goals})
    g = Grid(2 + 2 * len(years), 2 + len(names), widths=[1.0, 0.8] + [1.6] * len(names), role="goals")
    g.put(0, 0, "연도", rs=2, head=True)
    g.put(0, 1, style.spaced("구분"), rs=2, head=True)
    for k, name in enumerate(names):
        g.put(0, 2 + k, style.goals_indicator.format(k=k + 1), head=True)
        g.put(1, 2 + k, f"{name}({units[name]})" if units[name] else name, head=True)
    by = {(x["year"], x["project"]): x for x in goals}
    for i, y in enumerate(years):
        top = 2 + 2 * i
        g.put(top, 0, goal_year(style, y), rs=2, head=True)
        for r, (lab, key) in enumerate(zip(style.goals_labels, ("target", "actual"), strict=True)):
            g.put(top + r, 1, lab, head=True)
            for k, name in enumerate(names):
                x = by.get((y, name))
                g.put(top + r, 2 + k, (x[key] or "-") if x else "")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _goals_years_split(rec: Record, style: Style) -> Grid:
    """An indicator a row: its name, a unit column, then the years across, a year before the as-of
    year over a target and an actual sub-column, a later year over its target only (bare figures, or
    a goal's own words naming their unit: the unit column then holds the one they share, else a dash)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    units = {name: shared_unit([g for g in goals if g["project"] == name]) for name in names}
    years = sorted({g["year"] for g in goals})
    as_of_year = int(rec["as_of"]["end"][:4])
    both = ("target", "actual")
    subs = [
        (y, key) for y in years for key in (both if y < as_of_year or style.goals_split_all else ("target",))
    ]
    g = Grid(2 + len(names), 2 + len(subs), widths=[2.0, 0.7] + [0.9] * len(subs), role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, style.goals_unit_label, rs=2, head=True)
    col = 2
    for y in years:
        n = 2 if y < as_of_year or style.goals_split_all else 1
        g.put(0, col, goal_year(style, y), cs=n, head=True)
        col += n
    labels = dict(zip(("target", "actual"), style.goals_labels, strict=True))
    by = {(x["year"], x["project"]): x for x in goals}
    for k, (y, key) in enumerate(subs):
        g.put(1, 2 + k, labels[key], head=True)
        for i, name in enumerate(names):
            x = by.get((y, name))
            blank = "" if style.goals_split_all else "-"  # an actual not yet measured: blank
            g.put(2 + i, 2 + k, (x[key] or blank) if x else blank)
    for i, name in enumerate(names):
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, units[name] or "-")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _quarter_targets(goal: Record) -> list[str]:
    """A goal's cumulative targets by quarter, the fourth the year's: ``40 90 140 186`` (the unit in
    the year's cell; one decimal when the target has one)."""
    t = goal.get("target_value")
    if t is None:
        return ["-"] * 4
    if isinstance(t, float) and not t.is_integer():
        return [f"{t * q / 4:.1f}" for q in (1, 2, 3)] + [f"{t:.1f}"]
    return [f"{round(t * q / 4):,}" for q in (1, 2, 3, 4)]


def _goals_quarters(rec: Record, style: Style) -> Grid:
    """One row a project: the as-of year's cumulative quarterly targets (``1/4`` .. ``4/4`` under
    ``2024년 분기별 목표``), then the year's target, the actual to date and the status."""
    goals = rec["goals"]
    year = goals[0]["year"]
    g = Grid(2 + len(goals), 8, widths=[1.6, 0.6, 0.6, 0.6, 0.6, 1.3, 1.2, 1.0], role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, goal_year(style, year), cs=4, head=True)
    for q in range(4):
        g.put(1, 1 + q, f"{q + 1}/4", head=True)
    for k, head in enumerate([*style.goals_labels, "추진상황"]):
        g.put(0, 5 + k, head, rs=2, head=True)
    for i, goal in enumerate(goals):
        g.put(2 + i, 0, goal["project"], align="left")
        for q, text in enumerate(_quarter_targets(goal)):
            g.put(2 + i, 1 + q, text, align="right")
        g.put(2 + i, 5, goal["target"])
        g.put(2 + i, 6, goal["actual"] or "-")
        g.put(2 + i, 7, goal["status"])
    return g


def _halves(value: float | None, text: str, seed: str, first_only: bool = False) -> list[str]:
    """A figure over the year's halves and their 계 (``text``, as the record prints it): bare parts adding up
    to it (one decimal when it has one), the second ``-`` when only the first half is reported; all but the
    계 ``-`` when no figure."""
    if value is None:
        return ["-", "-", text or "-"]
    if first_only:
        return [
            f"{value:,.1f}" if isinstance(value, float) and not value.is_integer() else f"{round(value):,}",
            "-",
            text or "-",
        ]
    share = random.Random(seed).uniform(0.35, 0.65)
    if isinstance(value, float) and not value.is_integer():
        first = round(value * share, 1)
        return [f"{first:,.1f}", f"{value - first:,.1f}", text]
    first = round(value * share)
    return [f"{first:,}", f"{round(value) - first:,}", text]


def _goals_halves(rec: Record, style: Style) -> Grid:
    """One row a project: the as-of year's target over its halves (``상반기`` | ``하반기`` | ``계`` under
    ``2024년 목표``), the actual to date (over the halves too with ``style.half_actual``), the status."""
    goals = rec["goals"]
    year = goals[0]["year"]
    first_half = int(rec["as_of"]["end"][5:7]) <= 6
    n_act = 3 if style.half_actual else 1
    g = Grid(
        2 + len(goals),
        5 + n_act,
        widths=[1.8, 0.7, 0.7, 1.3] + [0.7, 0.7, 1.3][3 - n_act :] + [1.0],
        role="goals",
    )
    target, actual = style.goals_labels
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, f"{goal_year(style, year)} {target}", cs=3, head=True)
    heads = [*style.half_labels, "계"]
    for h, head in enumerate(heads):
        g.put(1, 1 + h, head, head=True)
    if style.half_actual:
        g.put(0, 4, actual, cs=3, head=True)
        for h, head in enumerate(heads):
            g.put(1, 4 + h, head, head=True)
    else:
        g.put(0, 4, actual, rs=2, head=True)
    g.put(0, 4 + n_act, "추진상황", rs=2, head=True)
    for i, goal in enumerate(goals):
        g.put(2 + i, 0, goal["project"], align="left")
        for h, text in enumerate(
            _halves(goal.get("target_value"), goal["target"], f"half-{goal['project']}")
        ):
            g.put(2 + i, 1 + h, text, align="right" if h < 2 else "center")
        acts = (
            _halves(goal.get("actual_value"), goal["actual"] or "-", f"half-a-{goal['project']}", first_half)
            if style.half_actual
            else [goal["actual"] or "-"]
        )
        for h, text in enumerate(acts):
            g.put(2 + i, 4 + h, text, align="right" if h < len(acts) - 1 else "center")
        g.put(2 + i, 4 + n_act, goal["status"])
    return g


def _parts_of(total: int, n: int, seed: str) -> list[int]:
    """``total`` in ``n`` whole parts (drawn from ``seed``) that add up to it."""
    r = random.Random(seed)
    cuts = sorted(r.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _goals_review(rec: Record, style: Style) -> Grid:
    """An indicator two rows (계획 | 실적) beside its name and unit, the as-of year's quarters across and their
    누계 last: the plan split over the four quarters, the actual over the quarters to the as-of date (``-`` after)."""
    goals = rec["goals"]
    m = int(rec["as_of"]["end"][5:7])
    q0 = (m - 1) // 3 + 1
    heads = [style.goals_project_label, style.goals_unit_label, "구분", *style.goals_review]
    g = Grid(1 + 2 * len(goals), len(heads), widths=[1.7, 0.6, 0.6] + [0.8] * (len(heads) - 3), role="goals")
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, goal in enumerate(goals):
        r = 1 + 2 * i
        g.put(r, 0, goal["project"], rs=2, align="left")
        g.put(r, 1, goal.get("target_unit") or "-", rs=2)
        plan = _parts_of(goal["target_value"], 4, f"plan-{goal['project']}-{goal['target_value']}")
        done = _parts_of(goal["actual_value"] or 0, q0, f"done-{goal['project']}-{goal['actual_value']}")
        for k, (label, cells, total) in enumerate(
            (
                (style.goals_labels[0], plan, goal["target"]),
                (style.goals_labels[1], done, goal["actual"] or "-"),
            )
        ):
            g.put(r + k, 2, label)
            for q in range(4):
                g.put(r + k, 3 + q, f"{cells[q]:,}" if q < len(cells) else "-", align="right")
            g.put(r + k, 7, total, align="right")
    return g


def final_target(goals: list[Record]) -> str:
    """An indicator's final target: the last year's for a rate (공정률 100), else the years' sum."""
    last = max(goals, key=lambda x: x["year"])
    if last.get("target_unit") == "%" or last.get("target_value") is None:
        return last["target"]
    total = sum(x["target_value"] or 0 for x in goals)
    return f"{total:,.1f}" if isinstance(total, float) and "." in last["target"] else f"{round(total):,}"


def _goals_final(rec: Record, style: Style) -> Grid:
    """An indicator a group of year rows: its name, unit and final target in cells spanning them,
    then 연도 | 목표 | 실적 | 달성률 a year (bare figures; a dash where none)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    heads = [
        style.goals_project_label,
        style.goals_unit_label,
        style.goals_final,
        "연도",
        *style.goals_labels,
        style.goals_rate_label,
    ]
    g = Grid(1 + len(goals), len(heads), widths=[1.8, 0.7, 1.0, 0.8, 1.0, 1.0, 1.0], role="goals")
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    row = 1
    for name in names:
        mine = sorted((x for x in goals if x["project"] == name), key=lambda x: x["year"])
        g.put(row, 0, name, rs=len(mine), align="left")
        g.put(row, 1, shared_unit(mine) or "-", rs=len(mine))
        g.put(row, 2, final_target(mine), rs=len(mine), align="right")
        for i, x in enumerate(mine):
            g.put(row + i, 3, goal_year(style, x["year"]))
            g.put(row + i, 4, x["target"], align="right")
            g.put(row + i, 5, x["actual"] or "-", align="right")
            g.put(row + i, 6, _rate(x).rstrip("%"), align="right")
        row += len(mine)
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


METRIC_DEFS = {
    "보행로 정비 연장": "보도 확장·포장 정비를 마친 구간의 연장(준공 기준)",
    "녹지 조성 면적": "수목 식재와 시설 설치를 마친 면적(준공 검사 기준)",
    "생활SOC 확충": "개관·운영을 시작한 생활밀착형 시설 수",
    "프로그램 참여자": "교육·체험 프로그램을 수료한 주민 수(중복 제외)",
    "현장 민원 처리": "현장 접수 민원 중 처리를 마친 건수",
    "주민 만족도": "연 1회 만족도 조사의 '만족' 이상 응답자 수 ÷ 전체 응답자 수 × 100",
    "공정률": "전체 공사비 대비 기성 공사비 비율(누계)",
}


def _metric_rate(mine: list[Record], final: str) -> str:
    """An indicator's rate to date: its actuals to date (a ratio's latest) over its final target, one
    decimal; ``-`` when none is measured."""
    done = [x["actual_value"] for x in mine if x.get("actual_value") is not None]
    try:
        top = float(final.replace(",", ""))
    except ValueError:
        return "-"
    if not done or not top:
        return "-"
    got = done[-1] if mine[0].get("target_unit") == "%" else sum(done)
    return f"{100 * got / top:.1f}"


def _goals_metrics(rec: Record, style: Style) -> Grid:
    """An indicator a row: its name, its unit, every year over 목표 | 실적 under a spanning year head, the
    final target and the rate to date (bare figures; an actual of the as-of year ``추진중``, a later one blank)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    years = sorted({g["year"] for g in goals})
    name_head, unit_head, final_head = style.goals_metrics
    n_cols = 2 + 2 * len(years) + 2
    g = Grid(2 + len(names), n_cols, widths=[1.9, 0.6] + [0.8] * (2 * len(years)) + [0.9, 0.8], role="goals")
    g.put(0, 0, name_head, rs=2, head=True)
    g.put(0, 1, unit_head, rs=2, head=True)
    for k, y in enumerate(years):
        g.put(0, 2 + 2 * k, goal_year(style, y), cs=2, head=True)
        for m, lab in enumerate(style.goals_labels):
            g.put(1, 2 + 2 * k + m, lab, head=True)
    g.put(0, n_cols - 2, final_head, rs=2, head=True)
    g.put(0, n_cols - 1, style.goals_rate_label, rs=2, head=True)
    for i, name in enumerate(names):
        mine = sorted((x for x in goals if x["project"] == name), key=lambda x: x["year"])
        by_year = {x["year"]: x for x in mine}
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, shared_unit(mine) or "-")
        for k, y in enumerate(years):
            x = by_year.get(y)
            g.put(2 + i, 2 + 2 * k, x["target"] if x else "", align="right")
            g.put(2 + i, 3 + 2 * k, (x["actual"] or "") if x else "", align="right")
        final = final_target(mine)
        g.put(2 + i, n_cols - 2, final, align="right")
        g.put(2 + i, n_cols - 1, _metric_rate(mine, final), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def metric_notes(rec: Record, style: Style) -> list[str]:
    """The ``※`` notes defining the indicators the goal table names (``style.goals_defs``)."""
    if not style.goals_defs:
        return []
    names = dict.fromkeys(g["project"] for g in rec["goals"])
    return [style.goals_defs.format(name=n, definition=METRIC_DEFS[n]) for n in names if n in METRIC_DEFS]


def _goals_pairs(rec: Record, style: Style) -> Grid:
    """An indicator a row (성과지표 | 단위), a year a column under a head naming the pair, the target and the
    actual in one cell (``189/123``, ``4(3)``: one of ``style.goals_pairs`` drawn a card), a missing actual ``-``."""
    goals = rec["goals"]
    years = sorted({g["year"] for g in goals})
    names = list(dict.fromkeys(g["project"] for g in goals))
    r = random.Random(f"pairs-{rec['header']['title']}")
    cell, pair = r.choice(style.goals_pairs)
    g = Grid(2 + len(names), 2 + len(years), widths=[1.8, 0.8] + [1.2] * len(years), role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, "단위", rs=2, head=True)
    g.put(0, 2, style.goals_span.format(pair=pair), cs=len(years), head=True)
    for k, y in enumerate(years):
        g.put(1, 2 + k, goal_year(style, y), head=True)
    by = {(x["year"], x["project"]): x for x in goals}
    for i, name in enumerate(names):
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, shared_unit([x for x in goals if x["project"] == name]))
        for k, y in enumerate(years):
            x = by.get((y, name))
            g.put(2 + i, 2 + k, cell.format(t=x["target"], a=x["actual"] or "-") if x else "")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _project_runs(goals: list[Record]) -> list[tuple[int, int]]:
    """The runs ``(first, last)`` of goals in a row that share their project (its cell spans them)."""
    runs, i = [], 0
    while i < len(goals):
        j = i
        while j + 1 < len(goals) and goals[j + 1]["project"] == goals[i]["project"]:
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _bare(value: float) -> str:
    return f"{value:,.1f}" if isinstance(value, float) and not value.is_integer() else f"{round(value):,}"


def quarter_actuals(goal: Record, n: int, periods: int = 4) -> list[str]:
    """A goal's actual over the year's ``periods`` quarters or halves (bare figures), ``n`` of them reported (``-`` after): parts
    adding up to it (a rate's, 공정률, the points gained a quarter; one decimal when it has one), so the 계 beside
    them is their sum; all ``-`` when no actual figure."""
    a = goal.get("actual_value")
    if a is None or not goal.get("actual") or n < 1:
        return ["-"] * periods
    if isinstance(a, float) and not a.is_integer():
        tenths = _parts_of(round(a * 10), n, f"q-{goal['project']}-{goal['year']}")
        return [f"{x / 10:.1f}" for x in tenths] + ["-"] * (periods - n)
    return [f"{x:,}" for x in _parts_of(round(a), n, f"q-{goal['project']}-{goal['year']}")] + ["-"] * (
        periods - n
    )


def _unprinted_actual(goal: Record) -> Record:
    """A goal whose record holds no actual though it was begun (a card printing its quarters only, no year's total):
    the goal with an actual drawn for its quarters and rate (the target's figure scaled, by its project and year)."""
    t = goal.get("target_value")
    if goal.get("actual_value") is not None or goal["status"] == "미착수" or t is None:
        return goal
    r = random.Random(f"unprinted-{goal['project']}-{goal['year']}")
    a: float = (
        round(r.uniform(t / 2, t), 1)
        if isinstance(t, float) and not t.is_integer()
        else r.randint(int(t) // 2, int(t))
    )
    return {**goal, "actual_value": a, "actual": f"{_bare(a)}{goal.get('target_unit') or ''}"}


def printed_quarter_heads(rec: Record, style: Style) -> tuple[str, ...]:
    """The heads under a quarterly table's actual head: ``style.goals_quarter_heads``, the year's total (its last)
    left out on the cards ``style.goals_quarter_untotalled`` draws (drawn by the card's title: about two in five),
    whose year's actual is then printed nowhere (null in the record)."""
    heads = style.goals_quarter_heads
    if style.goals_quarter_untotalled and random.Random(f"quarters-{rec['header']['title']}").random() < 0.4:
        return heads[:-1]
    return heads


def _goals_quarter_actuals(rec: Record, style: Style) -> Grid:
    """Goals with a year column, the actual's head spanning the quarters' own actuals and the year's (``실적`` over
    ``1/4 | 2/4 | 3/4 | 4/4 | 계``, ``style.goals_quarter_heads``): a year before the as-of year reported every
    quarter, the as-of year to its quarter, a later year none; the 계 the record's actual."""
    goals = rec["goals"]
    detail = any(g.get("detail") for g in goals)
    as_of_year, q0 = int(rec["as_of"]["end"][:4]), (int(rec["as_of"]["end"][5:7]) - 1) // 3 + 1
    quarters = printed_quarter_heads(rec, style)
    periods = len(style.goals_quarter_heads) - 1
    now = q0 if periods == 4 else max(1, q0 // 2)  # the periods of the as-of year reported
    target, actual = style.goals_labels
    year_col, project_col = (1, 0) if style.goals_project_first else (0, 1)
    before = ["연도", style.goals_project_label, target]
    before[year_col], before[project_col] = "연도", style.goals_project_label
    after = [
        *((style.goals_rate_label,) if style.goals_rate else ()),
        "추진상황",
        *(("추진내용",) if detail else ()),
    ]
    n_cols = len(before) + len(quarters) + len(after)
    g = Grid(
        2 + len(goals),
        n_cols,
        widths=[[0.7, 1.6][year_col], [0.7, 1.6][project_col], 1.2]
        + [0.6] * (len(quarters) - 1)
        + [1.0]
        + [0.8] * len(after),
        role="goals",
    )
    for k, h in enumerate(before):
        g.put(0, k, h, rs=2, head=True)
    g.put(0, len(before), actual, cs=len(quarters), head=True)
    for k, h in enumerate(quarters):
        g.put(1, len(before) + k, h, head=True)
    for k, h in enumerate(after):
        g.put(0, len(before) + len(quarters) + k, h, rs=2, head=True)
    for i, j in _project_runs(goals):
        g.put(2 + i, project_col, goals[i]["project"], rs=j - i + 1, align="left")
        if detail:
            g.put(2 + i, n_cols - 1, goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            x, row = goals[k], 2 + k
            n = periods if x["year"] < as_of_year else now if x["year"] == as_of_year else 0
            g.put(row, year_col, str(x["year"]))
            g.put(row, 2, x["target"])
            x = _unprinted_actual(x)
            cells = [*quarter_actuals(x, n, periods), x["actual"] or "-"][: len(quarters)]
            for q, text in enumerate(cells):
                g.put(row, len(before) + q, text, align="right")
            tail = [*((_rate(x, style.rate_decimals),) if style.goals_rate else ()), x["status"]]
            for m, text in enumerate(tail):
                g.put(row, len(before) + len(quarters) + m, text)
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def baseline_of(goal: Record, mine: list[Record]) -> str:
    """A goal's baseline (기준치, not in the record): the indicator's figure before the term, drawn once a project
    and unit below the first target of that unit (a rate ``0%``), printed with the unit; ``-`` for a worded target."""
    unit = goal.get("target_unit")
    first = next(
        (x for x in mine if x.get("target_unit") == unit and x.get("target_value") is not None), None
    )
    if first is None or not unit:
        return "-"
    if unit == "%":
        return "0%"
    share = random.Random(f"baseline-{goal['project']}-{unit}").choice((0.2, 0.3, 0.4, 0.5))
    t = first["target_value"]
    value = round(t * share, 1) if isinstance(t, float) and not t.is_integer() else max(1, round(t * share))
    return f"{_bare(value)}{unit}"


def target_difference(goal: Record) -> str:
    """A goal's actual less its target (증감, not in the record): signed, ``+3`` / ``-12`` (one decimal when
    either has one), ``0``; ``-`` when either figure is missing."""
    t, a = goal.get("target_value"), goal.get("actual_value")
    if t is None or a is None or not goal.get("actual"):
        return "-"
    d = a - t
    if isinstance(d, float) and not float(d).is_integer():
        return f"{d:+.1f}"
    return "0" if round(d) == 0 else f"{round(d):+,}"


def baseline_heads(rec: Record, style: Style) -> tuple[str, str, str]:
    """The heads of a baseline table's unit, baseline and difference columns: one of each of
    ``style.goals_baseline``'s ``|``-separated choices, drawn by the card's title (``{y}``: the year before the
    goals' first, the baseline's)."""
    r = random.Random(f"baseline-heads-{rec['header']['title']}")
    y = min(g["year"] for g in rec["goals"]) - 1
    return tuple(r.choice(h.split("|")).format(y=y, yy=f"{y % 100:02d}") for h in style.goals_baseline)  # type: ignore[return-value]


def _goals_baseline(rec: Record, style: Style) -> Grid:
    """The project first, its cell spanning its years, then 연도, a unit column, the baseline (one a project and
    unit), the target, the actual, the difference (actual less target) and the status (``style.goals_baseline``:
    the unit's, the baseline's and the difference's heads)."""
    goals = rec["goals"]
    detail = any(g.get("detail") for g in goals)
    unit_head, base_head, diff_head = baseline_heads(rec, style)
    target, actual = style.goals_labels
    heads = [style.goals_project_label, "연도", unit_head, base_head, target, actual, diff_head, "추진상황"]
    heads += ["추진내용"] if detail else []
    g = Grid(
        1 + len(goals),
        len(heads),
        widths=[1.6, 0.7, 0.6, 0.9, 1.3, 1.0, 0.7, 0.9, 1.6][: len(heads)],
        role="goals",
    )
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, j in _project_runs(goals):
        mine = goals[i : j + 1]
        g.put(1 + i, 0, goals[i]["project"], rs=j - i + 1, align="left")
        if detail:
            g.put(1 + i, len(heads) - 1, goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            x = goals[k]
            cells = [
                str(x["year"]),
                x.get("target_unit") or "-",
                baseline_of(x, mine),
                x["target"],
                x["actual"] or "-",
                target_difference(x),
                x["status"],
            ]
            for m, text in enumerate(cells):
                g.put(1 + k, 1 + m, text, align="right" if m in (2, 5) else "center")
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


# goal table layouts (``Style.goals_layout``) drawn by a builder of their own; any other named layout is the
# column table (``_goals_table``), none the corpus's plain table (``_goals_plain``)
GOAL_BUILDERS: dict[str, Callable[[Record, Style], Grid]] = {
    "pairs": _goals_pairs,
    "metrics": _goals_metrics,
    "final": _goals_final,
    "years_split": _goals_years_split,
    "quarters": _goals_quarters,
    "halves": _goals_halves,
    "review": _goals_review,
    "indicators": _goals_indicators,
    "years_across": _goals_across,
    "quarter_actuals": _goals_quarter_actuals,
    "baseline": _goals_baseline,
}


def goals_grid(rec: Record, style: Style | None = None) -> Grid:
    if style is None or not style.goals_layout:
        return _goals_plain(rec)
    return GOAL_BUILDERS.get(style.goals_layout, _goals_table)(rec, style)


def _goals_plain(rec: Record) -> Grid:
    """The corpus's goal table: 주요사업 | 목표치 (<year> over the target) | 추진상황 (the actual under it)."""
    goals = rec["goals"]
    with_detail = any(g.get("detail") for g in goals)
    n_cols = 4 if with_detail else 3
    g = Grid(1 + len(goals), n_cols, widths=[1.3, 2.0, 1.4, 2.0][:n_cols], role="goals")
    g.put(0, 0, "주요사업", head=True)
    g.put(0, 1, "목표치", head=True)
    g.put(0, 2, ["추진상황", "(완료/추진중/미착수)"], head=True)
    if with_detail:
        g.put(0, 3, "추진내용", head=True)
    i = 0
    while i < len(goals):
        j = i
        while j + 1 < len(goals) and goals[j + 1]["project"] == goals[i]["project"]:
            j += 1
        g.put(1 + i, 0, goals[i]["project"], rs=j - i + 1)
        if with_detail:
            g.put(1 + i, 3, goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            goal = goals[k]
            g.put(1 + k, 1, [f"<{goal['year']}>", goal["target"]])
            status = [goal["status"]] + ([f"({goal['actual']})"] if goal.get("actual") else [])
            g.put(1 + k, 2, status)
        i = j + 1
    return g
