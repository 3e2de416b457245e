"""Findings for what a card's sections left unread: goal rows and years printed but not in the record; and
where in the record such a finding points (the part of the section an item stood in, the goal read from a line)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pledgecard.extract.card_results import Section, SectionRead
from pledgecard.extract.coverage import row_unread, year_unread
from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import is_period_head
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.goal_years_unread import unread_years
from pledgecard.extract.sections.registry import SECTIONS
from pledgecard.extract.sections.rows_dropped import dropped_lines, dropped_rows


def rows_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each table row a section saw and left out whole for a cell it cannot read."""
    out = []
    for t in trace:
        if t.reader == "funding":
            labels = {r.get("label") or "" for r in (record.get("funding") or {}).get("rows") or []}
            out += [
                row_unread("funding", t.section.heading, d.label, d.source, d.unread)
                for d in [
                    *dropped_rows(t.section.items, labels, source_label, is_amount_cell, is_period_head),
                    *dropped_lines(t.section.items, labels, source_label, is_amount_cell, is_period_head),
                ]
            ]
    return out


def years_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each goal year a goals section saw and could not read, where a goal of the record has no
    year or the record holds no goal (a table of years across lost whole)."""
    goals = record.get("goals") or []
    if goals and all(g.get("year") is not None for g in goals):
        return []
    return [
        year_unread(t.section.heading, u.text, u.source)
        for t in trace
        if t.reader == "goals"
        for u in unread_years(t.section.items)
    ]


_GOAL = re.compile(r"^goals\[(\d+)\]")


def section_part(sec: Section, index: int) -> str | None:
    """The record part a card's section reads into (``header`` for the area above the first heading, the
    section's name for a known heading), ``None`` for a heading no vocabulary names."""
    return "header" if index == 0 else sec.name if sec.name in SECTIONS else None


def goal_line_paths(prov: Mapping[str, Source]) -> dict[int, set[str]]:
    """The record paths (``goals[2]``) of the goals read from each line, by line number (over each goal fact's
    lines, first to last): the provenance scanned once."""
    at: dict[int, set[str]] = {}
    for key, src in prov.items():
        m = _GOAL.match(key)
        if m and isinstance(src, Source) and src.line_start is not None:
            for n in range(src.line_start, (src.line_end or src.line_start) + 1):
                at.setdefault(n, set()).add(m.group(0))
    return at


def goal_at_line(rows: list[Line], at: Mapping[int, set[str]]) -> dict[int, str]:
    """The record path (``goals[2]``) of the one goal read from each of ``rows``' lines (by ``id``), where
    the goals' lines (:func:`goal_line_paths`) show exactly one goal there; no entry where they show none or
    several."""
    out: dict[int, str] = {}
    for ln in rows:
        found = at.get(ln.source.line_start) if ln.source.line_start is not None else None
        if found and len(found) == 1:
            out[id(ln)] = next(iter(found))
    return out


def figures_in_tables(rest: list[Line], trace: list[SectionRead]) -> list[Line]:
    """The lines of figures alone among the goals' leftovers printed amid a goal table's own lines: a row's
    figures the table placed in no cell (its rows carried onto a page the converter measured on its own,
    extract/readers/text_year_pair_pages), each to be told as a row's figures unread."""
    spans = [
        (t.source.line_start, t.source.line_end or t.source.line_start)
        for tr in trace
        if tr.reader == "goals"
        for t in tr.section.items
        if isinstance(t, Table) and t.source.line_start is not None
    ]
    return [
        ln
        for ln in rest
        if (n := ln.source.line_start) is not None
        and any(a <= n <= b for a, b in spans)
        and ln.full_text.split()
        and all(is_amount_cell(w) for w in ln.full_text.split())
    ]
