"""Findings for what a card's sections left unread: goal rows and years printed but not in the record."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_results import SectionRead
from pledgecard.extract.coverage import row_unread, year_unread
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import is_period_head
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.goal_years_unread import unread_years
from pledgecard.extract.sections.rows_dropped import dropped_lines, dropped_rows


def _rows_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each table row a section saw and left out whole for a cell it cannot read."""
    out = []
    for t in trace:
        if t.reader == "funding":
            labels = {r.get("label") or "" for r in (record.get("funding") or {}).get("rows") or []}
            out += [row_unread("funding", t.section.heading, d.label, d.source, d.unread)
                    for d in [*dropped_rows(t.section.items, labels, source_label, is_amount_cell, is_period_head),
                              *dropped_lines(t.section.items, labels, source_label, is_amount_cell, is_period_head)]]
    return out


def _years_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each goal year a goals section saw and could not read, where a goal of the record has no
    year or the record holds no goal (a table of years across lost whole)."""
    goals = record.get("goals") or []
    if goals and all(g.get("year") is not None for g in goals):
        return []
    return [year_unread(t.section.heading, u.text, u.source)
            for t in trace if t.reader == "goals" for u in unread_years(t.section.items)]
