"""Extract findings: the one maker of the findings the extractor writes (the same shape as
validation's), and the severity of each code."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.source_position import position

SEVERITY = {
    "extract.section_empty": "warning",
    "extract.table_unassigned": "warning",
    "extract.low_coverage": "warning",
    "extract.table_unrecovered": "warning",
    "extract.unit_unprinted": "warning",
    "extract.table_missing": "warning",
    "extract.labels_unprinted": "warning",
    "extract.row_unread": "warning",
    "extract.year_unread": "warning",
    "extract.text_before_card": "info",
    "extract.markup_lost": "warning",
    "extract.amount_spans_periods": "warning",
    "extract.pages_interleaved": "warning",
    "extract.periods_unprinted": "info",
    "extract.source_twice": "warning",
    "extract.unit_unproven": "warning",
    "extract.unit_inferred": "info",
    "extract.figures_apart": "warning",
    "extract.times_unprinted": "warning",
    "extract.channel_unproven": "warning",
    "extract.channel_label_unsplit": "warning",
    "extract.share_moved": "info",
    "extract.figure_in_text": "warning",
    "extract.periods_unproven": "warning",
    "extract.project_unread": "info",
    "extract.step_skipped": "warning",
    "extract.reading_unproven": "warning",
    "extract.cut_unproven": "warning",
    "extract.schedule_unsure": "warning",
    "extract.group_unproven": "warning",
    "extract.periods_unread": "warning",
    "extract.bracket_date_late": "warning",
    "extract.mark_unproven": "warning",
    "extract.status_unplaced": "warning",
    "extract.goal_group_unsure": "warning",
    "extract.goal_cells_unfit": "warning",
    "extract.goal_cells_run": "warning",
    "extract.goal_target_unsure": "warning",
    "extract.goal_actual_running_total": "warning",
    "extract.actual_unplaced": "warning",
    "extract.cut_cell_unproven": "warning",
    "extract.project_unproven": "info",
    "extract.project_amid": "warning",
    "extract.mark_row_unread": "warning",
    "extract.ordinal_unanchored": "warning",
    "extract.goal_year_unproven": "warning",
}


def finding(
    code: str,
    location: str | None,
    message: str,
    observed: Any = None,
    expected: Any = None,
    source: Source | str | None = None,
    at: Source | None = None,
) -> dict[str, Any]:
    """An extract finding: ``location`` the record path of what it concerns (a section ``funding``, a row
    ``goals[2]``, a field ``header.status``; ``None`` for the whole card), ``source`` where the card prints
    it (the reader's Source, or its description: ``line 37``, ``cell T3!A2``, ``page 2``), each as precise as is
    known: described in ``source_location``, structured (a PDF's bbox too) in ``source_position`` (of ``at``
    where given: a description of a run of places, positioned at its first)."""
    described = (source.describe() if isinstance(source, Source) else source) or None
    return {
        "code": code,
        "severity": SEVERITY[code],
        "success": False,
        "location": location,
        "source_location": described,
        "source_position": position(at or source) if described else None,
        "observed": observed,
        "expected": expected,
        "message": message,
    }


def goals_unrecovered(
    location: str, message: str, observed: Any = None, source: Source | None = None
) -> dict[str, Any]:
    """The ``extract.table_unrecovered`` finding at a goal table's ``location`` (``goals``, ``goals[i]``, a goal's
    field): its cells do not show which is whose, the goals or fields left unread or null. The one maker of the
    goals' such findings (session 43: seven hand-built copies)."""
    return finding("extract.table_unrecovered", location, message, observed=observed, source=source)


def goals_finding(
    code: str, message: str, where: Source | None, first: int, goals: list[int]
) -> dict[str, Any]:
    """A finding ``code`` over goals one table read (``goals``: their indexes in the table's goals, ``first`` the
    table's first goal's index in the record), located at the first of them, all listed in ``observed``."""
    return finding(
        code,
        f"goals[{first + goals[0]}]",
        message,
        observed={"goals": [first + g for g in goals]},
        source=where,
    )


def outreach_item_findings(
    code: str, message: str, items: list[Any], bad: list[int], keys: tuple[str, str], source: Any
) -> list[dict[str, Any]]:
    """A finding ``code`` at each outreach item of ``bad`` (indexes into ``items``), each observing its two fields
    ``keys`` (the label and the category or count the rule judged): the one maker of the outreach rules' per-item
    findings (session 44: the unsplit-label and unproven-channel rules wrote it twice)."""
    return [
        finding(
            code,
            f"outreach.items[{k}]",
            message,
            observed={key: items[k][key] for key in keys},
            source=source,
        )
        for k in bad
    ]
