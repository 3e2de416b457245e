"""목표달성: one row per target year (project, target, status, actual, detail).

A real table is read by its header (주요사업 | 목표치 | 추진상황 | 추진내용, with a year column or
``<2023>`` marks inside the target cells). A text dump's flattened table is read from the same
marks: the text before the first ``<YYYY>`` is the project, each ``<YYYY>`` starts a target, a
status word (완료 / 추진 중 / 미착수 ...) ends it, the parenthesised words after the status are
the actual result, and what follows is the 추진내용 (a merged cell shared by the rows below it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.revisions import in_force_lines
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.funding_continued import continued_caption
from pledgecard.extract.sections.goal_across import goals_across_cells, goals_across_lines
from pledgecard.extract.sections.goal_baseline_cells import printed_rest, without_baseline_cells
from pledgecard.extract.sections.goal_beside_periods import repeats
from pledgecard.extract.sections.goal_carried_rows import carried_below
from pledgecard.extract.sections.goal_cell_ends import blank_last_rows, details_shown, joins_single
from pledgecard.extract.sections.goal_cell_line_pieces import join_cell_line_pieces
from pledgecard.extract.sections.goal_cells_a_line import goal_cells, goal_cells_under_line
from pledgecard.extract.sections.goal_cells_over_rows import cells_read_more
from pledgecard.extract.sections.goal_column_runs import goal_column_run_lines
from pledgecard.extract.sections.goal_counter_rows import with_project_counts
from pledgecard.extract.sections.goal_cut_above import nulled_cut_above
from pledgecard.extract.sections.goal_cut_groups import (
    cut_group_rows,
    shared_run_rows,
    status_unplaced_findings,
)
from pledgecard.extract.sections.goal_cut_pieces import join_cut_pieces
from pledgecard.extract.sections.goal_extra_cell_lines import extra_cell_lines
from pledgecard.extract.sections.goal_extra_cells import unread_finding as extra_cells_finding
from pledgecard.extract.sections.goal_extra_cells import without_extra_cells
from pledgecard.extract.sections.goal_glued_cells import glued_lines
from pledgecard.extract.sections.goal_glued_read import every_row_joined
from pledgecard.extract.sections.goal_group_runs import goal_group_runs
from pledgecard.extract.sections.goal_half_heads import speaks_of_term
from pledgecard.extract.sections.goal_head_gap import late_year_finding
from pledgecard.extract.sections.goal_head_runs import goal_head_runs
from pledgecard.extract.sections.goal_head_unit import bare_again, with_head_units
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_indicator_line import with_indicator_line, without_head
from pledgecard.extract.sections.goal_indicators import goals_indicator_lines
from pledgecard.extract.sections.goal_label_runs import goal_label_run_lines
from pledgecard.extract.sections.goal_line_sources import placed_goal_lines
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goal_mark_amid import mark_finding, unproven_mark_cells
from pledgecard.extract.sections.goal_marks_between import marked_before
from pledgecard.extract.sections.goal_marks_unread import unread_mark_finding
from pledgecard.extract.sections.goal_names_apart import goal_names_apart_lines
from pledgecard.extract.sections.goal_ocr_spans import spanned_finding, spanned_targets
from pledgecard.extract.sections.goal_ocr_units import stroke_finding, stroke_units
from pledgecard.extract.sections.goal_order import reordered
from pledgecard.extract.sections.goal_original_column import original_column_finding, without_original_cells
from pledgecard.extract.sections.goal_pair_cells import join_pair_cell_lines, split_pair_lines
from pledgecard.extract.sections.goal_period_notes import notes_after, periods_unproven
from pledgecard.extract.sections.goal_period_subheads import without_period_cells
from pledgecard.extract.sections.goal_period_totals import (
    period_tables,
    periods_finding,
    unproven_totals,
    unread_spans,
)
from pledgecard.extract.sections.goal_pieces_merged import merged_pieces_rows
from pledgecard.extract.sections.goal_printed_cells import printed_cells
from pledgecard.extract.sections.goal_project_head import project_head_named
from pledgecard.extract.sections.goal_project_unproven import (
    project_unproven_findings,
    year_unproven_findings,
)
from pledgecard.extract.sections.goal_project_unread import project_unread_findings
from pledgecard.extract.sections.goal_provenance import row_provenance
from pledgecard.extract.sections.goal_quarter_runs import quarter_column_runs
from pledgecard.extract.sections.goal_quarters import quarter_goal_lines, quarter_goals, year_only
from pledgecard.extract.sections.goal_record import (
    across_goal,
    indicator_goal,
    make_goal,
    not_started,
    value_and_unit,
)
from pledgecard.extract.sections.goal_row_shift import unfit_finding
from pledgecard.extract.sections.goal_rows import goal_rows as goal_rows_from_lines
from pledgecard.extract.sections.goal_running_actual import (
    head_lines_text,
    running_actual_finding,
    running_actual_unproven,
    running_only_head,
)
from pledgecard.extract.sections.goal_shaped_targets import with_shaped_targets
from pledgecard.extract.sections.goal_shifted_cells import shifted_goal_findings
from pledgecard.extract.sections.goal_spaced_rows import spaced_rows
from pledgecard.extract.sections.goal_stage import without_stage_cells
from pledgecard.extract.sections.goal_status_project import status_option_projects
from pledgecard.extract.sections.goal_status_unplaced import status_finding, unplaced_status_cells
from pledgecard.extract.sections.goal_stream import goal_marks_status_first, goal_stream
from pledgecard.extract.sections.goal_subheads import fold_sub_columns
from pledgecard.extract.sections.goal_table_cut_cells import joined_cut_cells
from pledgecard.extract.sections.goal_table_rows import (
    across_unproven,
    continued_rows,
    goal_rows,
    goals_from_table,
    spanned_header,
    wrapped_head,
)
from pledgecard.extract.sections.goal_text_mark_findings import marks_findings
from pledgecard.extract.sections.goal_text_marks import goals_from_text, read_marks
from pledgecard.extract.sections.goal_unit_apart import goal_unit_apart_lines
from pledgecard.extract.sections.goal_unit_rows import goal_unit_row_lines
from pledgecard.extract.sections.goal_whole_column import unsure_finding as untold_finding
from pledgecard.extract.sections.goal_word_runs import actuals_unplaced_finding, goal_word_run_lines
from pledgecard.extract.sections.goal_wrapped_lead import join_wrapped_leads
from pledgecard.extract.sections.goal_year_blocks import goal_year_block_lines
from pledgecard.extract.sections.goal_year_cell_rows import goal_year_rows, year_rows_more
from pledgecard.extract.sections.goal_year_columns import goals_year_column_lines, year_column_head
from pledgecard.extract.sections.goal_year_first import unsure_finding as year_unsure_finding
from pledgecard.extract.sections.goal_year_first import year_first_refused
from pledgecard.extract.sections.goal_year_run_in import unsure_finding
from pledgecard.extract.sections.goal_years_unplaced import unplaced_finding, yearless_under_years
from pledgecard.normalize.text import fold

__all__ = [
    "make_goal",
    "_rows_a_line",
    "value_and_unit",
    "wrapped_head",
    "extract_goals",
    "goals_from_table",
    "goals_from_text",
    "spanned_header",
    "goals_basis",
]


def _rows_a_line(
    texts: list[str],
    lexicon: str,
    projects: frozenset[tuple[str, ...]] = frozenset(),
    single: frozenset[str] = frozenset(),
    printed: dict[str, tuple[str, ...]] | None = None,
    opening: str | None = None,
) -> tuple[list[Any], list[int]] | None:
    """Goal rows of a table a dump printed a row a line (:func:`goal_rows_from_lines`), its sub-columns
    folded and its cells put in the row reader's order where their shapes fix them (a row they do not
    fix is left unread)."""
    texts = fold_sub_columns(texts) or texts
    got = reordered(texts)
    if got is None:
        return goal_rows_from_lines(
            texts, lexicon, projects=projects, single=single, printed=printed, opening=opening
        )
    return goal_rows_from_lines(
        got.lines, lexicon, frozenset(got.unfixed), got.project_words, projects, single, printed, opening
    )


def _printed_cells(lines: list[Line]) -> dict[str, tuple[str, ...]]:
    """By line (its words single-spaced), the cells a layout dump printed apart on it (runs of spaces
    between them); a text printed twice with other cells is none."""
    out: dict[str, tuple[str, ...] | None] = {}
    for ln in lines:
        cells = (
            printed_cells(ln.full_text, ln.printed) if ln.printed is not None and ln.marker is None else None
        )
        key = " ".join(ln.full_text.split())
        out[key] = cells if key not in out or out[key] == cells else None
    return {k: c for k, c in out.items() if c is not None}


def _title_opening(ctx: SectionContext | None) -> str | None:
    """The first two words of the pledge's title (read by the header), which a target restating the title
    restates (:func:`~pledgecard.extract.sections.goal_target_cut.title_start`); None when no title of two
    words or more is read."""
    title = ((ctx.record.get("header") or {}).get("title") or "") if ctx else ""
    return " ".join(title.split()[:2]) if len(title.split()) >= 2 else None


def _cells_read(lines: list[Line]) -> tuple[list[Any], list[int]] | None:
    """:func:`_cells_counted`, or the rows a cell a line printing their years where they read more
    (goal_year_cell_rows.year_rows_more: the rows under a project cell printed once)."""
    got = _cells_counted(lines)
    return year_rows_more([ln.full_text for ln in lines], got) or got


def _cells_counted(lines: list[Line]) -> tuple[list[Any], list[int]] | None:
    """:func:`goal_cells` of the lines; where it reads rows, the rows again with a cell wrapped over two glued
    lines joined (goal_glued_cells: lines printed right over the next, no blank line between), kept when they
    read every row the first read did and more. A table it reads no row of is left to the other shapes' readers
    as before (a row joined there would cut them off: mutant 3833 pdftotext)."""
    texts = [ln.full_text for ln in lines]
    plain = goal_cells(texts)
    glued = glued_lines(
        [ln.source.line_start for ln in lines], [ln.source.line_end or ln.source.line_start for ln in lines]
    )
    if (
        plain is None or not plain[0]
    ):  # no row read: the rows with their wrapped cells joined, where every one reads
        return every_row_joined(texts, glued) or plain
    joined = goal_cells(texts, glued) if glued else None
    if (
        joined is None
        or len(joined[0]) <= len(plain[0])
        or not {r.line for r in plain[0]} <= {r.line for r in joined[0]}
    ):
        return plain
    return joined


def _single_spaced(lines: list[Line]) -> frozenset[str]:
    """The texts of the lines a dump printed with no run of spaces between their words (no blank cell
    printed as one); a line whose print is not kept is none."""
    return frozenset(
        " ".join(ln.full_text.split())
        for ln in lines
        if ln.printed is not None and not re.search(r"\S\s{2,}\S", ln.printed)
    )


def goals_basis(ctx: SectionContext | None) -> tuple[Any, ...]:
    """What of ``ctx`` the goals read depends on (every field :func:`extract_goals` reads, derived as it reads
    them): two contexts of one basis read the same items alike, so a read made ahead (sections/goals_ahead.py)
    stands for the section's own. A field the read comes to use must be added here."""
    if ctx is None:
        return (None,)
    return (
        ctx.reported_year(),
        _title_opening(ctx),
        ctx.lexicon,
        ctx.pledge_projects,
        ctx.page_starts,
        ctx.furniture_lines,
        ctx.ocr_pages,  # the OCR'd pages' goal tables: merged target spans and stroke units (goal_ocr_*)
    )


def extract_goals(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The goals of the section's ``items``, each at the place printing it (a dump's goal given its table's
    first line: the lines printing its figures, :func:`placed_goal_lines`)."""
    # a (계속) line over the goal table's part on the next page says the table goes on: no row, no cell
    items = [it for it in items if not (isinstance(it, Line) and continued_caption(it.full_text))]
    result = _extract_goals(items, ctx)
    dumped = [it for it in items if isinstance(it, Line) and it.source.line_start is not None]
    if (
        result.value.get("goals")
        and ctx is not None
        and any(it.source.line_start is not None for it in items)
    ):
        # a spanning project cell a dump wrapped over two of its rows, its words in the header's title or target
        header = ctx.record.get("header") or {}
        join_wrapped_leads(result.value["goals"], [str(header.get(f) or "") for f in ("title", "target")])
    if result.value.get("goals"):
        with_project_counts(result.value["goals"])  # 8대 운행 | 8대 운행 in a project counting 시범 2대 | 2대
        with_shaped_targets(result.value["goals"])  # 자전거 3,000대 | - under 자전거 1,000대 read 1,000 대
        # a row read a column off (its actual a status word, its status none, under rows printing a status): null
        result.findings.extend(shifted_goal_findings(result.value["goals"], result.provenance))
        # a project read from the status head's options ((완료/추진중/미착수)): none, said
        result.findings.extend(status_option_projects(result.value["goals"]))
    if dumped:
        placed_goal_lines(result.value.get("goals") or [], result.provenance, dumped)
        # a year printed alone on a line that no goal read carries: a goal lost, said
        if (lost := unread_mark_finding(dumped, result.value.get("goals") or [])) is not None:
            result.findings.append(lost)
    return result


def _unread_spans(table: Table) -> list[str]:
    """The spans over closed periods of ``table``'s two-row head read as no field (goal_period_totals)."""
    grid = [[fold(c) for c in r] for r in table.grid()[:2]]
    return unread_spans(grid[0], grid[1]) if len(grid) == 2 else []


def _nulled(got: list[tuple[Any, int, dict[str, int]]], cells: list[tuple[int, int]]) -> list[str]:
    """Each goal's target or actual read from a closing total's cell of ``cells`` (one the periods do not prove:
    goal_period_totals.unproven_totals) made null; the texts nulled."""
    texts: list[str] = []
    for k, (goal, row, columns) in enumerate(got):
        for field in ("target", "actual"):
            if isinstance(goal, dict) and (row, columns.get(field)) in cells and goal.get(field):
                texts.append(goal[field])
                goal.update(
                    {field: None, f"{field}_value": None}
                    | ({"target_unit": None} if field == "target" else {})
                )
                columns = {
                    f: c for f, c in columns.items() if f != field
                }  # no provenance for a field left null
                got[k] = (goal, row, columns)  # (the rows share one dict of columns: a new one)
    return texts


def _extract_goals(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    # 155호 → 206호 공급, 206호 공급 (당초 155호): a goal line's target in force (a line of the bracket alone dropped)
    items = [x for it in items for x in (in_force_lines([it]) if isinstance(it, Line) else [it])]
    found: list[dict[str, Any]] = []  # findings at goals read
    rest: list[Item] = []
    items = period_tables(
        items, found, rest
    )  # 2024년 목표 | 실적 over 상반기 | 하반기 | 계 a cell a line: the table
    prov: dict[Loc, Any] = {}
    goals: list[dict[str, Any]] = []
    last: Table | None = None  # the goal table read last: a headless table after it may go on with it
    last_at = 0  # its place among the items
    year = ctx.reported_year() if ctx else None  # the year of a quarter table that prints none
    for k, it in enumerate(items):
        if isinstance(it, Table):
            it = joined_cut_cells(
                it, ctx.page_starts if ctx else ()
            )  # a cell a page break cut: its rest to its row
            before = items[k - 1] if k else None  # its title line (2024년 분기별 성과지표) may print its year
            title = year_only(before.full_text) if isinstance(before, Line) else None
            term = isinstance(before, Line) and speaks_of_term(before.full_text)  # 민선8기 임기 성과지표
            quarters = quarter_goals(
                [[fold(c) for c in r] for r in it.grid()], year if title is None else title, term
            )
            notes = notes_after(
                items, k
            )  # ※ 목표·실적은 연도별 누계: a years-over-periods table's running totals
            unsure: list[int] = []  # goals whose row group the table leaves unsure (their figures null)
            unfit: list[int] = []  # goals whose target is a status cell's text (their figures null)
            untold: list[int] = []  # goals whose target two target columns leave untold (its figures null)
            totals: list[int] = []  # goals whose only actual is a running total over several years (null)
            got, whole = (
                (
                    [(indicator_goal(g), g.row, {"target": g.col}) for g in quarters]
                    if quarters
                    else goal_rows(it, notes, unsure, unfit, untold, totals)
                ),
                it,
            )
            if (
                got
                and not quarters
                and ctx is not None
                and it.source.page in ctx.ocr_pages
                and (spanned := spanned_targets(it, got))
            ):  # a target cell an OCR'd grid merged over two years' rows (a lost rule): no year's target
                found.append(spanned_finding(it, len(goals), spanned))
            if (
                got
                and ctx is not None
                and it.source.page in ctx.ocr_pages
                and (strokes := stroke_units([g for g, _row, _cols in got]))
            ):  # a unit cell read as a rule's stroke (``|``): the figures in no unit read
                found.append(stroke_finding(it.source, len(goals), strokes))
            if got and unsure:
                found.append(unsure_finding(it.source, len(goals), unsure))
            if got and unfit:
                found.append(unfit_finding(it.source, len(goals), unfit))
            if got and untold:
                found.append(untold_finding(it.source, len(goals), untold))
            if got and totals:
                found.append(running_actual_finding(it.source, len(goals), totals))
            if (
                got
                and not quarters
                and (cut := nulled_cut_above(it, got, ctx.page_starts if ctx else (), len(goals)))
            ):
                found.append(cut)  # a cell at a new page's top above its row's line: maybe the cut row's
            if (
                got
                and not quarters
                and yearless_under_years(
                    [[fold(c) for c in r] for r in it.grid()], [g for g, _row, _cols in got]
                )
            ):
                found.append(unplaced_finding(it.source, len(got)))  # years across, no goal under its year
                got = []
            if (
                got
                and not quarters
                and (unproven := unproven_totals([[fold(c) for c in r] for r in it.grid()]))
            ):
                found.append(
                    periods_finding(
                        it.source,
                        _nulled(got, unproven),
                        "a closing total is not the sum of the periods printed beside it",
                    )
                )
            if (
                got and not quarters and (marked := unproven_mark_cells(it, got))
            ):  # 누적 30개 <2024> / 누적 50개
                found.append(mark_finding(it, marked))
            if got and not quarters and (unplaced := unplaced_status_cells(it, got, len(goals))):
                found.append(status_finding(it, unplaced))  # status words no goal of the rows took
            if got and not quarters and (spans := _unread_spans(it)):  # 전년도 실적 over the halves
                found.append(
                    periods_finding(
                        it.source,
                        spans,
                        "a span names an earlier period or another year than the goal's target",
                    )
                )
            if got and not quarters:  # a year over its periods whose figures prove no year figure: said
                found += periods_unproven(across_unproven(it, notes), len(goals), it.source)
            if (
                not got
                and last is not None
                and (cut := marked_before(last, items[last_at + 1 : k])) is not None
            ):
                got, whole = continued_rows(
                    it, cut
                )  # (a group's mark on a line between: its group row put back)
                if got and (marked := unproven_mark_cells(it, got)):  # a mark amid a target below the cut
                    found.append(mark_finding(it, marked))
            if got and isinstance(before, Line):  # 성과지표 : 청년농(명) over a table of bare figures
                grid = it.grid()
                with_indicator_line(
                    [g for g, _row, _cols in got if isinstance(g, dict)],
                    without_head(before.text, grid[0] if grid else []),
                )
            last, last_at = (whole if got else None), k
            if got:
                prov.setdefault(Loc("goals"), it.source)
                for i, (goal, row, columns) in enumerate(got, len(goals)):
                    actual = goal.get("actual") if isinstance(goal, dict) else None
                    prov.update(
                        row_provenance(it, row, columns, i, actual if isinstance(actual, str) else None)
                    )
                    goals.append(goal)
            else:
                rest.append(it)
    every = [it for it in items if isinstance(it, Line)]
    if not goals and every and (labelled := goal_lines([ln.full_text for ln in every])) is not None:
        # goals as bulleted lines, each target and actual after its label (목표: ... / 실적: ...)
        goals = [
            make_goal(
                g.project,
                g.year,
                g.target,
                g.status,
                None if g.status and not_started(g.status) else g.actual,
                None,
            )
            for g in labelled
        ]
        for i, g in enumerate(labelled):
            prov[Loc("goals", i)] = every[g.line].source
        return SectionResult({"goals": goals}, prov, rest, findings=found)
    lines, notes = split_notes(every)
    rest.extend(notes)
    if not goals and (kept := without_original_cells(lines)) is None:
        # a column of first targets (당초목표) beside the revised ones whose cells a row does not show apart:
        # no row read (its figure may be the superseded one)
        rest.extend(lines)
        found.append(original_column_finding(every))
        lines = []
    elif not goals:
        lines = kept
    if not goals and lines and (periods := without_period_cells(lines)) is None:
        # a field's head over the year's periods (실적 over 1/4 .. 4/4 | 계) whose cells a row does not show apart
        rest.extend(lines)
        found.append(extra_cells_finding(lines))
        lines = []
    elif not goals and lines:
        lines = periods
    if not goals and lines:  # a project head of no known word (단위사업) named; the project's head before the
        lines, unsure = year_first_refused(
            project_head_named(lines)
        )  # year's (세부사업 | 연도): year cells first
        if unsure:  # rows printing two years before their figures (a project name's): not read
            rest.extend(unsure)
            found.append(year_unsure_finding(unsure))
    rebased: tuple[list[Line], list[Line]] | None = None
    if not goals and lines and (based := without_baseline_cells(lines)) is None:
        # a unit column, a baseline before the target and a difference after the actual not shown apart in a row
        rest.extend(lines)
        found.append(extra_cells_finding(lines))
        lines = []
    elif not goals and lines:
        if any(all(b is not p for p in lines) for b in based):
            rebased = (
                lines,
                based,
            )  # the lines as printed, and rewritten: handed on as printed where left over
        lines = based
    if not goals and lines and (bare := without_extra_cells(lines)) is None:
        # columns of no field (a whole-term target, a running total, a difference, word notes) whose cells a row
        # does not show apart: no row read (its figure may be the whole term's or the total's)
        rest.extend(lines)
        found.append(extra_cells_finding(lines))
        lines = []
    elif not goals and lines:
        lines = bare
    head_units = with_head_units(lines) if not goals and lines else None
    if head_units is not None:  # 목표(개소) over bare figures: the head's unit given to the row's figures
        lines = head_units.lines
    gone = extra_cell_lines([ln.full_text for ln in lines]) if not goals and lines else set()
    if gone is None:  # the same, a cell a line: a row's cells of no field not shown apart, no row read
        rest.extend(lines)
        found.append(extra_cells_finding(lines))
        lines = []
    elif gone:
        lines = [ln for k, ln in enumerate(lines) if k not in gone]
    if (
        not goals and lines
    ):  # a stage column (추진단계: ■■■□□ bars) is no field: its cells out before the rows are read
        lines = join_cut_pieces(
            without_stage_cells(lines),
            ctx.page_starts if ctx is not None else (),
            ctx.furniture_lines if ctx is not None else (),
        )  # a cell's rest on a padded line: to its row
        lines = join_cell_line_pieces(
            lines, ctx.page_starts if ctx is not None else (), ctx.furniture_lines if ctx is not None else ()
        )  # ... in a table printed a cell a line: to its cell
    texts = [ln.full_text for ln in lines]
    if not goals and (joined := join_pair_cell_lines(texts)) is not None:  # 189/123 cells a cell a line
        lines = [
            lines[ix[0]] if len(ix) == 1 else replace(lines[min(ix)], text=t, marker=None, printed=None)
            for t, ix in joined
        ]
        texts = [ln.full_text for ln in lines]
    parted = None if goals else split_pair_lines(texts)  # 189/123 under 목표/실적: two figures a year
    if goals:
        rest.extend(lines)  # the table was read from its cells: lines beside it are not goals
    elif (
        lines
        and (
            quarter := quarter_goal_lines([ln.full_text for ln in lines], year)
            or quarter_column_runs([ln.full_text for ln in lines], year)
        )
        is not None
    ):
        # one year's quarters across, a plan row and an actual row an indicator, a row a line
        left = [ln for k, ln in enumerate(lines) if k not in quarter.used and k != quarter.title]
        beside = (
            _extract_goals(list(left), ctx) if left else None
        )  # a yearly goal table beside it: its goals too
        if quarter.title is not None:
            rest.append(lines[quarter.title])
        others = list(beside.value.get("goals") or []) if beside is not None else []
        if not all(g.get("project") or g.get("target_value") is not None for g in others):
            beside, others = (
                None,
                [],
            )  # words read as a goal of no indicator and no figure: no table beside it
        mine = [
            (g, row)
            for g, row in ((indicator_goal(q), q.row) for q in quarter.goals)
            if not repeats(g, others)
        ]  # the yearly row's year total and the periods' total: one goal
        after = bool(others) and min(quarter.used) > lines.index(left[0])
        for i, (_g, row) in enumerate(mine, len(others) if after else 0):
            prov[Loc("goals", i)] = lines[row].source
        goals = [*others, *(g for g, _ in mine)] if after else [*(g for g, _ in mine), *others]
        if beside is not None:
            shift = 0 if after else len(mine)
            prov.update(
                {
                    Loc(loc.field, loc.index + shift, loc.sub)
                    if loc.field == "goals" and loc.index is not None
                    else loc: v
                    for loc, v in beside.provenance.items()
                }
            )
            rest.extend(beside.rest)
            found += beside.findings
        else:
            rest.extend(left)
    elif lines and (
        (ind := goals_indicator_lines([ln.full_text for ln in lines])) is not None
        or (
            ind := goals_year_column_lines(
                parted or texts,
                None if parted else [ln.printed if ln.marker is None else None for ln in lines],
            )
        )
        is not None
        or (ind := goal_unit_row_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_unit_apart_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_year_block_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_column_run_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_label_run_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_names_apart_lines([ln.full_text for ln in lines])) is not None
        or (ind := goal_word_run_lines([ln.full_text for ln in lines])) is not None
    ):
        # indicators across, a row a line: the year, the label, a figure per indicator (or an
        # indicator a row: its name, its unit, a figure per year's target and actual)
        for i, g in enumerate(ind.goals):
            goals.append(indicator_goal(g))
            prov[Loc("goals", i)] = lines[g.row].source
        if ind.actuals_unplaced:
            found.append(actuals_unplaced_finding(lines[min(ind.used)].source, 0, len(ind.goals)))
        rest.extend(ln for k, ln in enumerate(lines) if k not in ind.used)
    elif lines and (
        (
            across := goals_across_lines(
                [(ln.full_text, ln.printed if ln.marker is None else None) for ln in lines]
            )
        )
        is not None
        or (across := goals_across_cells([ln.full_text for ln in lines])) is not None
    ):
        # years across, a row a line, cells one space apart: the gaps show the empty cells (or a cell a line)
        for i, (g, at) in enumerate(across.goals):
            goals.append(across_goal(g))
            prov[Loc("goals", i)] = lines[at].source
            found += periods_unproven([g], i, lines[at].source)  # a year over its periods, proving no figure
        rest.extend(ln for k, ln in enumerate(lines) if k not in across.used)
    elif lines and (
        (flat := _cells_read(lines)) is not None
        or (
            flat := _rows_a_line(
                [ln.full_text for ln in lines],
                ctx.lexicon if ctx else "",
                ctx.pledge_projects if ctx else frozenset(),
                _single_spaced(lines),
                _printed_cells(lines),
                _title_opening(ctx),
            )
        )
        is not None
    ):
        if not flat[0]:  # a header over no row read in the table's order: cells printed out of it?
            texts = [ln.full_text for ln in lines]
            flat = (
                goal_year_rows(texts)
                or goal_stream(texts)
                or goal_marks_status_first(texts)
                or goal_cells_under_line(texts)
                or merged_pieces_rows(texts, ctx.lexicon if ctx else "")
                or goal_head_runs(texts)
                or goal_group_runs(texts, ctx.lexicon if ctx else "")
                or flat
            )
        # rows under a merged project cell a cell a line, left unread: the cell-a-line reading where it agrees
        flat = cells_read_more([ln.full_text for ln in lines], flat) or flat
        rows, unread = flat  # a table printed one row per line under a header line
        head = next((k for k, ln in enumerate(lines) if header_kinds(ln.full_text)), None)
        blank = blank_last_rows(lines, head)  # rows printing their last cell blank (a gap at their end)
        if unread and (
            more := spaced_rows([ln.full_text for ln in lines], rows, unread, _single_spaced(lines), blank)
        ):
            # rows no reader split whose tokens fit the head's columns one way only
            rows = sorted([*rows, *more], key=lambda r: r.line)
            unread = [k for k in unread if k not in {r.line for r in more}]
            rows = carried_below(rows, more, unread)  # the rows below a row read late: its merged cells
        cut_lines: set[int] = set()
        if unread and (cut := cut_group_rows([ln.full_text for ln in lines], unread))[0]:
            # year groups whose cells a later group's row cut from their statuses (goal_cut_groups)
            rows = sorted([*rows, *cut[0]], key=lambda r: r.line)
            was_unread = unread
            unread = [k for k in unread if k not in set(cut[1])]
            cut_lines = {r.line for r in cut[0]}
            # the next group's rows whose status may come from a run a cut or unread group shares: null (a finding)
            shared = shared_run_rows([ln.full_text for ln in lines], was_unread, rows, cut_lines)
            rows = [replace(r, status="") if i in shared else r for i, r in enumerate(rows)]
            cut_lines |= {rows[i].line for i in shared}
        if (
            head is not None
        ):  # a 추진내용 run together with its 비고: set where the print shows it (goal_cell_ends)
            rows = details_shown(
                rows,
                blank,
                header_kinds(lines[head].full_text) or [],
                {k: ln.printed if ln.marker is None else None for k, ln in enumerate(lines)}
                if joins_single(lines[head])
                else {},
            )
        goals = [
            make_goal(
                r.project, r.year, r.target, r.status, None if not_started(r.status) else r.actual, r.detail
            )
            for r in rows
        ]
        for i, r in enumerate(rows):
            prov[Loc("goals", i)] = lines[r.line].source
        found += _running_actuals(
            goals, lines, head
        )  # 누계실적 the only actual under several years: none read
        found += project_unread_findings(
            rows, [ln.source for ln in lines]
        )  # a merged project over an unread row
        found += project_unproven_findings(rows, [ln.source for ln in lines])  # rows of an unproven project
        found += status_unplaced_findings(cut_lines, rows, [ln.source for ln in lines])
        found += year_unproven_findings(rows, [ln.source for ln in lines])  # rows of an unproven year
        rest.extend(lines[i] for i in unread)
        # a row's 추진내용 and 비고 run together after its status: the words handed back at the row's line
        rest.extend(
            replace(lines[r.line], text=r.cells_unread, marker=None, printed=None)
            for r in rows
            if r.cells_unread
        )
    elif lines:
        # (a years-split table's head over rows that cannot be cut: the lines stay text, no goal guessed)
        headed, late = year_column_head([ln.full_text for ln in lines])  # one scan: the head, a year past it
        marked = read_marks("\n".join(ln.full_text for ln in lines)) if not headed else None
        goals = marked.goals if marked else []
        found += marks_findings(marked, lines[0].source)  # a project printed amid a row, rows left unread
        if late is not None:
            found.append(
                late_year_finding(lines[0].source, late)
            )  # a year's head past the rows (goal_head_gap)
        for i in range(len(goals)):
            prov[Loc("goals", i)] = lines[0].source
        texts = [ln.full_text for ln in lines]
        stream = (
            None
            if goals
            else (
                goal_year_rows(texts)
                or goal_stream(texts)
                or goal_marks_status_first(texts)
                or goal_cells_under_line(texts)
                or merged_pieces_rows(texts, ctx.lexicon if ctx else "")
                or goal_head_runs(texts)
                or goal_group_runs(texts, ctx.lexicon if ctx else "")
            )
        )
        if stream is not None:  # cells one per line, out of the table's order
            rows, unread = stream
            goals = [
                make_goal(
                    r.project,
                    r.year,
                    r.target,
                    r.status,
                    None if not_started(r.status) else r.actual,
                    r.detail,
                )
                for r in rows
            ]
            for i, r in enumerate(rows):
                prov[Loc("goals", i)] = lines[r.line].source
            found += project_unproven_findings(
                rows, [ln.source for ln in lines]
            )  # rows of an unproven project
            found += _running_actuals(goals, lines, None)  # 누계실적 the only actual under several years
            rest.extend(lines[i] for i in unread)
        elif not goals:
            rest.extend(lines)
    if head_units is not None:  # the rewritten lines handed on as printed, the goals' texts bare as printed
        printed = {id(head_units.lines[k]): ln for k, ln in head_units.printed.items()}
        rest = [printed.get(id(ln), ln) for ln in rest]
        for g in goals:
            bare_again(g, head_units)
    if rebased is not None:
        rest, unread = printed_rest(goals, rest, *rebased)
        if unread:
            found.append(extra_cells_finding(rebased[0]))
    return SectionResult({"goals": goals}, prov, rest, findings=found)


def _running_actuals(
    goals: list[dict[str, Any]], lines: list[Line], head: int | None
) -> list[dict[str, Any]]:
    """The goals read from ``lines`` with their actuals nulled where the head (line ``head``, else the lines before
    the first holding a digit: a head a cell a line) names its only actual as a running total and the goals stand
    under several years (:mod:`.goal_running_actual`), and the finding; no finding else."""
    if not lines:
        return []
    text = lines[head].full_text if head is not None else head_lines_text([ln.full_text for ln in lines])
    if not running_actual_unproven(running_only_head(text), [g["year"] for g in goals]):
        return []
    totals = [i for i, g in enumerate(goals) if g["actual"] is not None or g["actual_value"] is not None]
    for i in totals:
        goals[i].update(actual=None, actual_value=None)
    return (
        [running_actual_finding(lines[head if head is not None else 0].source, 0, totals)] if totals else []
    )
