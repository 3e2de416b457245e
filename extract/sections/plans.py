"""향후계획 (plans, each with its date) and 기대효과 (effects, the ⇨ conclusion included)."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.dated_line import date_source_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.readers.text_wrapped_heads import period_head
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.extract.sections.effect_kind_rows import effect_kind_rows
from pledgecard.extract.sections.effect_tables import effect_rows
from pledgecard.extract.sections.figure_cells import figures_in_text
from pledgecard.extract.sections.item_tables import item_rows_from_lines
from pledgecard.extract.sections.plan_leading_times import leading_time, times_first
from pledgecard.extract.sections.plan_numbered_cells import numbered_plans
from pledgecard.extract.sections.schedule_legend import legend_apart
from pledgecard.extract.sections.schedule_tables import schedule_plans, schedule_unsure
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.text import fold


def _text_lines(items: list[Item]) -> tuple[list[Line], list[Item]]:
    """The section's lines of text, and what else it holds (tables, empty lines, lines of no word: a
    lone count a dump printed past the page's footer, another table's cell)."""
    lines = [it for it in items if isinstance(it, Line) and _worded(it.text)]
    return lines, [it for it in items if not (isinstance(it, Line) and _worded(it.text))]


def _worded(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _dates_first(lines: list[Line]) -> bool:
    """Plans as a dated checklist: every line opens with its time (a date, or a vague one: :mod:`plan_leading_times`),
    one a date at least, and none closes with one."""
    return times_first([ln.text for ln in lines], dated=1) and all(
        split_trailing_date(ln.text)[1] is None for ln in lines
    )  # (some times vague: 하반기 중)


def year_line(text: str) -> int | None:
    """The year of a line that is wholly one year (``2025년``, ``2025``): it heads the plans under it."""
    if not is_date(text):
        return None
    d = parse_date(text)
    return (
        int(d["start"][:4])
        if d.get("precision") == "year" and d.get("start") and "/" not in d["label"]
        else None
    )


_LEAD = re.compile(r"^(?P<head>\S+(?:\s\S+)?)\s*[:：]\s+(?P<rest>\S.*)$")


def period_first(text: str, year: int) -> tuple[str, dict[str, Any]] | None:
    """``1/4분기 : plan`` under a year line: the plan and its period in that year (a period of one or two
    words before a colon, its year left out), or None."""
    m = _LEAD.match(text)
    if m is None or not re.match(r"['’‘＇]?\d", m["head"]):
        return None
    d = parse_date(m["head"], default_year=year)
    return (m["rest"], d) if d.get("start") and d["start"][:4] == str(year) else None


def extract_plans(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    plans: list[dict[str, Any]] = []
    prov: dict[Loc, Any] = {}
    unsure = schedule_unsure(items)  # a schedule whose period heads are unsure: its plans undated
    schedule = schedule_plans(items)  # plans as a schedule (the periods across, marks in them)
    unread: list[Item] = []
    if schedule is not None:
        unread = schedule[2]  # marks whose periods the dump did not show: the plans' dates left null
        for ln, date in schedule[0]:
            plans.append({"text": ln.text, "date": date})
            prov[Loc("plans", len(plans) - 1)] = ln.source
            if (head := date_source_of(ln)) is not None and date is not None:
                prov[Loc("plans", len(plans) - 1, sub="date")] = head  # the head printing its date
        items, legend = legend_apart(
            schedule[1]
        )  # what the schedule's marks mean (● 추진, ○ 마무리): no plan
        unread = [*unread, *legend]
    elif (numbered := numbered_plans(items)) is not None:  # a numbered table a cell a line, its periods apart
        for ln, date in numbered[0]:
            plans.append({"text": ln.text, "date": date})
            prov[Loc("plans", len(plans) - 1)] = ln.source
        items = numbered[1]
    expanded = item_rows_from_lines(
        items, lambda _line: False, "plans"
    )  # plans as a table (추진일정 | 추진내용)
    lines, rest = _text_lines(expanded)
    checklist = _dates_first(lines)
    year = None  # the year of the year line above (plans listed by period under year lines)
    for ln in lines:
        if (y := year_line(ln.text)) is not None:
            year = y
            continue
        if year is not None and (dated := period_first(ln.text, year)) is not None:
            plans.append({"text": fold(dated[0]), "date": dated[1]})
            prov[Loc("plans", len(plans) - 1)] = ln.source
            continue
        text, date, notes = split_trailing_date(ln.text)
        if checklist:  # ☐ 2025. 3월 실시설계 착수: the date opens the line
            head, text = leading_time(text)
            date = (
                parse_date(head) if head else None
            )  # a vague word kept in the text (매년 10월 축제): no time
        plans.append({"text": text, "date": date})
        prov[Loc("plans", len(plans) - 1)] = ln.source
        plans.extend({"text": note, "date": None} for _marker, note in notes)
    return SectionResult(
        {"plans": plans}, prov, unread + rest, findings=figures_in_text(items, "plans") + unsure
    )


def extract_effects(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    # effects as a table of kinds (its cells' lines), or a table of rows each a kind and an effect (the effects)
    lines, rest = _text_lines(effect_kind_rows(effect_rows(items)))
    # a line wholly a date or a period head is no effect (a schedule's heads a dump printed past the page's text)
    rest += [ln for ln in lines if is_date(ln.text) or period_head(ln.text)]
    lines = [ln for ln in lines if not (is_date(ln.text) or period_head(ln.text))]
    return SectionResult(
        {"effects": [fold(ln.text) for ln in lines]},
        {Loc("effects", i): ln.source for i, ln in enumerate(lines)},
        rest,
    )
