"""Crossbred template families (issue 11): every option group of a card template from another family.

A named family (``samples/families.py``) fixes one combination of template options; an unseen
template recombines them. :func:`crossbreed` builds a :class:`~samples.families.Family` at run time
(never added to ``FAMILIES``) whose every option group -- the heading format and item markers, the
bullets, the header layout, the funding table, the goals, the outreach, the date forms, the section
order and words, the page, the running header and footer, the line spacing, the overview, the
achievement blocks, the issuer -- is taken whole from a family drawn for that group (a donor), so
that the options of one group always agree with each other as some real template printed them.
Unlike ``samples/style_sweep.py`` (every feature drawn on its own), a group keeps its donor's
coherence; what groups must agree on between them is checked (:func:`problems`) and a draw breaking
it is redrawn, never rendered. The expected records come from ``family_records`` as for the named
families; a combination the renderers still cannot draw is reported as an error, not scored::

    python -m samples.crossbreed --cards N --seed S --out DIR [--formats pdf,hwpx,hwp,txt] [--jobs J]
                                 [--start K] [--keep] [--list]

It prints one line per card and format (fact score by ``pledgecard.scoring``, wrong figures by
``shared/tools/wrong_figures.py``, the groups below 1, the donors) and the distribution per format;
``DIR/crossbreed.json`` keeps every result.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from samples.families import FAMILIES, Family, Funding, family_records
from samples.style import Style
from samples.style_sweep import _conflicts, combo_seed, features, run_family, run_jobs, run_parser

SEED_BASE = 80_000  # card seeds of crossbred families: far from the named families' and the sweep's

# Option group -> the fields it takes from its donor: "style.X" (Style), "funding.X" (Funding), "X" (Family).
GROUPS: dict[str, tuple[str, ...]] = {
    "issuer": ("government", "kind", "theme"),
    "headings": (
        "style.heading_format",
        "style.heading_box",
        "style.heading_mark",
        "style.numbered",
        "style.group_format",
        "style.group_plain",
        "style.group_open",
        "style.group_close",
        "markers",
        "current_group",
        "earlier_group",
        "style.heading_rule",
        "style.heading_shade",
        "style.heading_pt",
        "style.text_boxes",
    ),
    "bullets": ("style.bullet1", "style.bullet2", "style.effect_arrow"),
    "header": (
        "style.header_order",
        "style.lead_label",
        "style.status_label",
        "style.phone_label",
        "style.spaced_labels",
        "style.label_gap",
        "style.header_layout",
        "style.title_line",
        "style.as_of_label",
        "style.header_words",
        "style.contact_format",
        "style.header_line",
        "style.coop_sep",
        "style.status_boxes",
        "style.box_marks",
        "style.status_symbols",
        "style.as_of_line",
        "style.contact_ranks",
        "style.progress_label",
        "style.status_grid",
        "style.header_pairs",
        "style.header_keys",
        "style.header_groups",
        "status_options",
        "status_rate",
        "mgmt_format",
        "status_words",
        "status_date",
        "style.no_format",
        "style.phone_format",
        "style.contact_chain",
        "style.progress_bar",
        "style.grade_label",
        "lead_team",
        "phone_area",
        "style.hierarchy",
        "style.hierarchy_fields",
        "style.hierarchy_parents",
        "style.box_format",
        "style.rate_cell",
        "style.label_fill",
        "style.approval_box",
        "style.dept_tiers",
        "style.desk_contact",
        "style.desk_ranks",
        "style.step_tracker",
        "style.step_marks",
        "style.rate_summary",
        "style.stamp_label",
        "dept_bureaus",
        "extension",
        "style.header_side",
        "style.header_band_label",
        "style.box_mark_sets",
        "style.as_of_boxes",
        "style.quarter_box_format",
        "style.type_boxes",
        "style.type_label",
        "style.header_extra",
        "style.status_change",
        "style.status_before",
        "style.roles_cell",
        "style.status_progress",
        "style.title_as_of",
        "style.upper_no",
        "style.upper_no_format",
    ),
    "funding": (
        "funding.unit",
        "funding.n_years",
        "funding.total_col",
        "funding.total_label",
        "funding.total_row",
        "funding.prior",
        "funding.prior_label",
        "funding.after_term",
        "funding.scale",
        "funding.rows",
        "funding.total_row_label",
        "funding.decimals",
        "funding.part_unit",
        "funding.korean_budget",
        "funding.total_row_last",
        "funding.grain",
        "funding.budget_words",
        "funding.eok_man",
        "style.unit_format",
        "style.funding_layout",
        "style.unit_top_right",
        "style.funding_break",
        "style.funding_year_remark",
        "style.year_format",
        "style.year_suffix",
        "style.zero_dash",
        "style.funding_span",
        "style.funding_pair",
        "style.pair_labels",
        "style.cell_unit",
        "style.amount_decimals",
        "style.funding_note",
        "style.funding_split",
        "style.unit_in_corner",
        "style.funding_remark",
        "style.funding_share",
        "style.funding_groups",
        "style.subtotal_label",
        "style.funding_source_span",
        "style.funding_sentence",
        "style.overview_budget",
        "style.funding_derived",
        "style.budget_wrap",
        "style.funding_summary",
        "style.funding_captions",
        "style.funding_marginals",
        "style.marginal_total",
        "style.funding_prose",
        "style.pair_rate",
        "style.unit_in_head",
        "style.unit_column",
        "funding_total_only",
        "budget_told",
        "style.funding_projects",
        "style.subtotal_total",
        "style.span_note",
        "project_span",
        "style.funding_footnotes",
        "funding.budget_frame",
        "funding.parts_sep",
        "style.year_rows_heads",
        "style.cumulative_head",
        "style.cumulative_unit",
        "style.funding_change",
        "style.fullwidth_totals",
        "style.unit_note",
        "style.unit_on_card",
        "style.funding_revised",
        "style.corner_diagonal",
        "style.zero_mark",
        "style.plain_amounts",
        "style.unit_in_title",
        "style.thousands",
        "style.zero_text",
        "funding.budget_units",
        "funding.prior_labels",
        "funding.year_offset",
        "style.funding_title",
        "style.sub_rows",
        "style.sub_row_format",
        "style.budget_break",
        "funding.ordinals",
        "funding.ordinal_note",
        "funding.term_start",
        "style.pair_spent",
        "style.pair_share",
        "style.funding_column_break",
        "style.split_rows",
        "style.split_row_format",
        "style.figure_marks",
        "style.funding_continued",
        "style.continued_caption",
        "style.revisions",
        "style.figure_notes",
        "style.fullwidth_rows",
        "style.funding_local_span",
        "style.local_subtotal",
        "funding.term_sum",
        "style.funding_stack",
        "style.stack_caption",
        "style.stack_row",
        "style.funding_after_rows",
        "style.year_shares",
        "style.unit_above_heading",
        "style.funding_after_cols",
    ),
    "goals": (
        "style.goals_layout",
        "style.goals_rate",
        "style.goals_year",
        "style.goals_project_label",
        "style.goals_labels",
        "style.goals_note",
        "style.goals_remark",
        "style.goals_lines",
        "style.goals_rows",
        "style.goals_indicator",
        "style.goals_unit_label",
        "goal_values",
        "indicator_goals",
        "goal_years",
        "quarter_goals",
        "school_goals",
        "style.goals_rate_label",
        "style.goals_order",
        "style.goals_original",
        "style.goals_extra",
        "style.goals_blank_repeat",
        "style.goals_footnotes",
        "style.goals_continued",
        "count_goals",
        "style.goals_final",
        "style.goals_span",
        "style.goals_unit_in_name",
        "style.goals_split_all",
        "style.goals_metrics",
        "style.goals_defs",
        "metric_goals",
        "style.goals_pairs",
        "review_goals",
        "style.goals_review",
        "style.goals_stage",
        "style.stage_steps",
        "style.rate_decimals",
        "style.half_actual",
        "style.goals_quarter_heads",
        "style.goals_quarter_untotalled",
        "style.goals_baseline",
        "style.goals_project_first",
        "style.goals_progress",
        "style.goals_sum_row",
        "style.goals_term_total",
        "style.goals_term_first",
        "style.goals_head_unit",
        "head_unit_goals",
        "project_unit_goals",
    ),
    "outreach": (
        "style.outreach_total_last",
        "style.outreach_layout",
        "style.outreach_note_label",
        "style.outreach_total_at",
        "style.outreach_row_labels",
        "outreach",
        "outreach_words",
        "outreach_shuffle",
        "outreach_unit",
        "outreach_labels",
        "style.outreach_people",
        "style.outreach_note",
        "style.outreach_log",
        "outreach_log",
        "style.outreach_open",
        "style.outreach_units",
        "style.outreach_years",
        "style.outreach_channel_years",
        "style.outreach_events",
    ),
    "dates": (
        "date_forms",
        "as_of_form",
        "group_range",
        "school_dates",
        "paren_dates",
        "style.item_date_first",
        "period_years",
        "period_span",
        "open_plans",
        "fullwidth_dates",
        "fullwidth_typed",
        "vague_plans",
        "style.day_first",
        "date_spots",
    ),
    "sections": (
        "style.section_order",
        "style.two_pane",
        "style.overview_heading",
        "style.funding_heading",
        "style.achievements_heading",
        "style.goals_heading",
        "style.plans_heading",
        "style.effects_heading",
        "style.outreach_heading",
        "style.tail_heading",
        "style.tail_sub",
        "style.problems_heading",
        "style.schedule_heading",
        "style.body_table",
        "style.body_header",
        "style.body_order",
        "style.body_sublabels",
        "style.section_box",
        "style.sections_table",
        "style.schedule_gantt",
        "style.two_column",
        "style.body_label_vertical",
        "style.changes_heading",
        "style.requests_heading",
        "style.attachments",
        "style.merged_heads",
        "style.merged_heading",
        "style.merged_break",
        "style.outreach_inline",
        "style.rotated_sections",
        "style.effects_split",
        "style.effects_rows",
        "style.effects_kinds",
        "effects",
    ),
    "page": (
        "style.landscape",
        "style.repeat_table_head",
        "style.page_plan",
        "style.photo_captions",
        "style.photos_heading",
        "style.photo_grid",
        "style.figure_caption",
        "style.open_tables",
        "style.typed_tables",
        "style.page_columns",
        "style.row_cuts",
        "style.header_repeat",
        "style.memo",
    ),
    "running": (
        "style.running_header",
        "style.running_text",
        "style.running_footer",
        "style.page_number",
        "style.footer_in_dump",
        "style.dump_pages",
        "style.web_chrome",
        "style.watermark",
    ),
    "spacing": ("style.font_pt", "style.line_height", "style.hanging"),
    "overview": (
        "style.overview_labels",
        "style.overview_lettered",
        "style.overview_marks",
        "style.overview_table",
        "style.overview_projects",
        "sub_projects",
        "style.overview_effects",
        "style.fact_tiles",
    ),
    "achievements": (
        "style.achievements_table",
        "style.plans_table",
        "facility_table",
        "year_groups",
        "quarters",
        "style.achievements_blocks",
        "style.plans_quarters",
        "quarter_plans",
        "style.plans_check",
        "project_blocks",
        "side_tables",
        "style.plans_by_year",
        "quarter_plans_list",
        "long_items",
        "approx_counts",
        "style.achievements_quarters",
        "quarter_block",
        "style.achievements_log",
        "log_achievements",
        "style.plans_gantt",
        "style.gantt_mark",
        "month_plans",
        "style.plans_halves",
        "style.half_labels",
        "span_plans",
        "style.grid_numbers",
        "style.achievements_months",
        "month_rows",
    ),
}
# Fields no group draws: the family's identity, the seeds it renders, the text dump's shape (every
# family's dump is drawn from the layout blocks, its table rows as its converter prints them), a file bound as a booklet of several pledges (the
# file's shape, not a card's template: its cards are numbered by field, no 관리번호 format of a donor's), and
# the unknown-heading variant's bare heading (samples/unknown_headings.py sets it on a card it rewrites), and a
# card kept in a spreadsheet (``sheet_cols``: the whole file one sheet grid, its dump the sheet's tab-separated
# export, ``dump`` "sheet"; a donor's nested body table would lose its inner tables on the sheet), and a card
# bound as a report (``report_cover``: the file's cover and contents pages, not a card's template), and a card
# made as slides (``slide_deck``: the file's shape, a title slide and a page a section; its tiles are drawn), and a
# card taken from a quarterly report file (``report_summary``: the file's summary pages before the card, its shape),
# and a PDF printed two pages a sheet (``sheet_up``, ``sheet_blank_first``: a print setting of the file, not the
# card's template; a landscape donor's pages would not fit a sheet's half), and a PDF kept as a searchable scan
# (``pdf_sandwich``: how the file was archived, scanned and recognised, not the card's template), or scanned
# without a word layer or printed turned on its side (``pdf_scan``, ``pdf_turned``: the same), or exported with its
# row labels' font mapping no glyph to Unicode (``pdf_unmapped_labels``: the same).
NOT_DRAWN = (
    "name",
    "about",
    "style",
    "funding",
    "first_seed",
    "needs",
    "quarters_seeds",
    "style.dump",
    "style.dump_rows",
    "booklet",
    "style.bare_heading",
    "style.sheet_cols",
    "style.booklet_title",
    "style.booklet_fields",
    "style.booklet_summary",
    "style.report_cover",
    "style.report_contents",
    "style.slide_deck",
    "style.report_summary",
    "style.sheet_up",
    "style.sheet_blank_first",
    "style.pdf_sandwich",
    "style.pdf_scan",
    "style.pdf_turned",
    "style.pdf_unmapped_labels",
    "style.goals_lines_section",
    "style.outreach_prose_plain",
)


# Header layouts laid over a body table's label columns (``Style.body_header``: the header's rows open
# the body table, its first label spanning the label columns); another layout's columns would cut the
# body's content cell narrow or leave no column for the second label.
BODY_HEADERS = ("sub5",)


def _get(fam: Family, field: str) -> Any:
    kind, _, name = field.rpartition(".")
    return getattr({"style": fam.style, "funding": fam.funding, "": fam}[kind], name)


def _build(donors: dict[str, Family], name: str) -> Family:
    """The family whose every group's fields are its donor's."""
    kw: dict[str, dict[str, Any]] = {"style": {"dump": "blocks"}, "funding": {}, "": {}}
    for group, fields in GROUPS.items():
        for field in fields:
            kind, _, attr = field.rpartition(".")
            kw[kind][attr] = _get(donors[group], field)
    fam_kw = kw[""]
    return Family(
        name=name,
        about="crossbred: " + ", ".join(f"{g}={f.name}" for g, f in donors.items()),
        style=Style(**kw["style"]),
        funding=Funding(**kw["funding"]),
        first_seed=0,
        **fam_kw,
    )


def _agree(fam: Family) -> Family:
    """What one group implies for another's where the implication has one answer: a section order
    without outreach prints none (the outreach donor's print then has nothing to print)."""
    s = fam.style
    if s.section_order and "outreach" not in s.section_order and not s.body_table and fam.outreach:
        fam = dataclasses.replace(
            fam,
            outreach=False,
            outreach_words=False,
            outreach_shuffle=False,
            outreach_unit="",
            outreach_labels=(),
        )
    return fam


def problems(fam: Family) -> list[str]:
    """What the groups of ``fam`` break between them (empty: a template the renderers can print as
    some real template would): the levels the sweep keeps apart (no two numbered or marked alike, a
    bullet no heading mark), a two-figure table with sub-columns only on a landscape page, the
    overview printed once (in the header's rows or as a section), the effects printed (as a section or
    in the overview's table), 분야 | 순번 cells only for a dashed 관리번호, a ticked or symbolled status without a progress percent, a body table opened by the header's
    rows only under a header made for it and split by a second label column only on a landscape page,
    two panes side by side only on a landscape page (else their tables' figures overrun their cells), pages
    printed two a sheet only portrait (a landscape page overruns its half, cut off the sheet), a transposed
    funding head spanning the sources (재원) or 지방비's parts, not both (the spans collide in one head row: the
    HWPX writer refuses the merge, the PDF prints labels a column early: mutants 3135, 6113)."""
    return list(_conflicts(features(fam))) + structure_problems(fam)


def structure_problems(fam: Family) -> list[str]:
    """What :func:`problems` finds in the structure of ``fam`` (its tables, sections and page), not in its
    markers: the mutations (samples/mutate.py) redraw markers and keep the structure of their base."""
    s = fam.style
    bad: list[str] = []
    if s.funding_pair == "columns" and not s.landscape and not s.page_plan:
        bad.append("two-figure sub-columns on a portrait page")
    in_header = s.header_layout == "overview"
    as_section = not s.section_order or "overview" in s.section_order or s.body_table
    if in_header == as_section:  # the overview printed once: in the header's rows or as its section
        bad.append("the overview printed twice" if in_header else "the overview printed nowhere")
    in_overview = bool(s.overview_table and s.overview_effects) and as_section
    if (
        fam.effects
        and s.section_order
        and "effects" not in s.section_order
        and not s.body_table
        and not in_overview
    ):
        bad.append(
            "the effects printed nowhere"
        )  # an order with no effects section, the overview holding none
    if s.header_layout == "split_no" and "-" not in fam.mgmt_format:
        bad.append("분야 | 순번 cells for an undashed 관리번호")
    if (s.status_boxes or s.status_symbols) and fam.status_rate:
        bad.append("a ticked status with a progress percent")
    if s.achievements_table and fam.facility_table:
        bad.append("a side table amid an item table")
    tables = s.overview_projects or s.funding_projects[0] or s.achievements_blocks or s.plans_quarters
    if tables and (not s.section_order or s.body_table):  # printed only by the sections in their order
        bad.append("sections told in tables without a section order")
    if fam.project_span and (
        not s.funding_projects[0]
        or s.funding_layout
        or s.funding_pair
        or s.funding_split
        or s.funding_summary
        or s.funding_groups
        or fam.funding.total_col != "first"
    ):
        bad.append("an amount merged over two years printed by no sub-project table")
    if s.funding_marginals[0] and (
        fam.funding.total_col == "none" or not fam.funding.total_row or s.body_table
    ):
        bad.append("the funding's margins without a total column and row to print them by")
    if s.funding_prose and (
        fam.funding.total_col == "none"
        or not fam.funding.total_row
        or s.funding_marginals[0]
        or fam.project_span
        or s.funding_projects[0]
    ):
        bad.append("the funding told in sentences without a total to tell, or told in tables too")
    if fam.project_blocks and (fam.year_groups or s.achievements_table or s.achievements_log[0]):
        bad.append("blocks by sub-project amid blocks by period")
    if s.overview_projects and (s.overview_table or s.overview_marks or s.overview_lettered):
        bad.append("the overview's contents table under another overview print")
    if s.achievements_blocks and (s.achievements_table or fam.facility_table or fam.year_groups):
        bad.append("a block-label table with other achievement prints")
    if s.achievements_quarters and (
        s.achievements_table
        or s.achievements_blocks
        or fam.facility_table
        or fam.year_groups
        or s.item_date_first
        or s.day_first
    ):
        bad.append("a block's table by quarter with other achievement prints")
    if s.body_table and s.body_header and s.header_layout not in BODY_HEADERS:
        bad.append("the header's rows opening a body table in a header not laid over its label columns")
    if s.body_table and s.body_sublabels and not s.landscape:
        bad.append("a body table of two label columns on a portrait page")
    if s.two_pane[0] and not s.landscape:
        bad.append("two panes side by side on a portrait page")
    if (
        s.sheet_up > 1 and s.landscape
    ):  # render_sheets fits a landscape page to a half at 0.48: kept out (draws pinned)
        bad.append("landscape pages printed two a sheet")
    if s.funding_source_span and s.funding_local_span[0]:  # both span the top head row's source columns
        bad.append("a span over the sources and a group of sources in one head row")
    return bad


def numbering_run(fmt: str) -> str | None:
    """The run of glyphs a format numbers its ``{n}`` by (``"{n:⓵⓶⓷} {label}"`` -> ``"⓵⓶⓷"``; None: digits or
    no number)."""
    import string

    return next((spec for _, field, spec, _ in string.Formatter().parse(fmt) if field == "n" and spec), None)


def _sources_repeat(record: dict[str, Any]) -> bool:
    """Two funding rows of one source (an issuer's 국고 under a funding table adding 국비): the
    record's budget parts could not say which row a part is."""
    sources = [r["source"] for r in record["funding"]["rows"]]
    return len(set(sources)) < len(sources)


def crossbreed(seed: int, families: Sequence[Family] = FAMILIES) -> tuple[Family, int]:
    """Crossbred family ``seed`` and its card seed: a donor drawn for every group, redrawn until the
    groups agree and the family's records can be made with no two funding rows of one source and
    every date they hold printed (deterministic by ``seed`` and the order of ``families``)."""
    rnd = random.Random(f"crossbreed-{seed}")
    for attempt in range(500):
        donors = {g: rnd.choice(list(families)) for g in GROUPS}
        fam = _agree(_build(donors, f"cross-{seed}"))
        if problems(fam):
            continue
        card_seed = drawn_card_seed(fam, SEED_BASE + 100 * seed + attempt % 50)
        if card_seed is not None:
            return fam, card_seed
    raise RuntimeError(f"no valid crossbred family for seed {seed}")


def drawn_card_seed(fam: Family, base: int) -> int | None:
    """The card seed of drawn family ``fam`` (from ``base``) when its records can be made with no two
    funding rows of one source and every date they hold printed; None when they cannot (the draw is
    redrawn)."""
    try:
        card_seed = combo_seed(fam, base)
        records = family_records(fam, card_seed)
    except Exception:  # noqa: BLE001 - a combination the record choices cannot make
        return None
    bad = any(
        _sources_repeat(r)
        or _headings_outrun(r, fam)
        or _dates_unprinted(r, fam)
        or _typed_heads_lost(r, fam)
        for r in records
    )
    return None if bad else card_seed


def _headings_outrun(record: dict[str, Any], fam: Family) -> bool:
    """Whether the card prints more section headings than its heading numbering's run has glyphs (ten sections
    under ``{n:⓵⓶…⓽}``): no template numbers past its run, the card cannot be printed (a section the card has
    nothing for is left out and not numbered, so this is the card's, not the family's)."""
    from samples.layout import _section_content

    s = fam.style
    run = numbering_run(s.heading_format)
    if run is None or not s.section_order:
        return False
    printed = [k for k in s.section_order if k != "figures" and _section_content(k, record, s, 1)]
    return len(printed) - (0 < s.bare_heading <= len(printed)) > len(run)


def _dates_unprinted(record: dict[str, Any], fam: Family) -> bool:
    """Whether the card's as-of date or a block's date the record holds is printed nowhere on the card
    (one group's option dropping what another's record holds: a block heading format without a date,
    an as-of reprinted as a day by the dates' donor under a header that prints none)."""
    from samples.render_dump import blocks_text

    printed = "".join(blocks_text(record, fam.style).split())
    dates = [record["as_of"]] + [a["group_as_of"] for a in record["achievements"] if a.get("group_as_of")]
    return any("".join(d["raw"].split()) not in printed for d in dates if d.get("raw"))


def _typed_heads_lost(record: dict[str, Any], fam: Family) -> bool:
    """Whether a table the card types (no table object, ``Style.typed_tables``) has a head cell spanning
    columns above the head's lowest row that holds a figure (the years over each year's 목표 | 실적) or tells
    how a goal cell pairs its figures (``연도별 목표(실적)`` over ``386(382)`` cells): a typed table types only
    the lowest head over each column, so the years the record holds would be printed nowhere (a page typing
    its tables under a goal table heading its years so: crossbred 2508 of the sixty-two families), or which
    figure is the target nowhere (crossbred 2638 of the sixty-five)."""
    from samples.layout import Grid, _card_blocks, _typed_cell

    s = fam.style
    if not s.typed_tables:
        return False
    keys = [
        label for _, label in s.goals_pairs
    ]  # a head telling how a goal cell pairs its figures (목표(실적))
    for b in _card_blocks(record, s):
        if isinstance(b, Grid) and b.role in s.typed_tables:
            band = b.head_band()
            if any(
                c.row < band
                and c.col_span > 1
                and c.row + c.row_span < band
                and (any(ch.isdigit() for ch in _typed_cell(c)) or any(k in _typed_cell(c) for k in keys))
                for c in b.cells
            ):
                return True
    return False


def donors(fam: Family) -> str:
    """The donors of a crossbred family, in short."""
    return fam.about.removeprefix("crossbred: ")


def run_cross(
    seed: int, formats: Sequence[str], out: Path, *, keep: bool = False, families: Sequence[Family] = FAMILIES
) -> list[dict[str, Any]]:
    """Render crossbred card ``seed`` in ``formats``, read each file back; one result per format."""
    fam, card_seed = crossbreed(seed, families)
    base = {"index": seed, "card_seed": card_seed, "features": donors(fam)}
    return run_family(fam, card_seed, formats, out / f"cross-{seed:03d}", base, keep=keep)


Run = Callable[..., list[dict[str, Any]]]


def _job(args: tuple[Run, int, tuple[str, ...], str, bool, int]) -> list[dict[str, Any]]:
    run, seed, formats, out, keep, count = args
    return run(seed, formats, Path(out), keep=keep, families=FAMILIES[:count])


def drawn_cards_main(
    argv: Sequence[str] | None,
    *,
    prog: str,
    doc: str,
    run: Run,
    draw: Callable[[int, Sequence[Family]], tuple[Family, int]],
    describe: Callable[[Family], str],
    name: str,
    detail: Callable[[dict[str, Any]], str] | None = None,
) -> int:
    """The command line of a generator of drawn cards (the crossbreed, the mutations): ``--list`` the
    draws, or render and read back ``--cards`` of them from ``--start`` (``run``: a module-level
    function, sent to the worker processes), the results in ``OUT/NAME.json``."""
    p = run_parser(
        prog,
        doc,
        count="cards",
        formats="pdf,hwpx,hwp,txt",
        start_help="first seed (default 0)",
        list_help="print the draws only",
    )
    p.add_argument("--step", type=int, default=1, help="every STEP-th seed from --start (default 1)")
    p.add_argument(
        "--families",
        type=int,
        default=len(FAMILIES),
        help="draw from the first N named families only (default all): a seed's card stays the one it "
        "was when N families were named, whatever families are added after",
    )
    a = p.parse_args(argv)
    formats = tuple(x.strip() for x in a.formats.split(",") if x.strip())
    seeds = range(a.start, a.start + a.cards * a.step, a.step)
    if a.list:
        for s in seeds:
            fam, card_seed = draw(s, FAMILIES[: a.families])
            print(f"{s:3d} {card_seed} {describe(fam)}")
        return 0
    a.out.mkdir(parents=True, exist_ok=True)
    extra = {"detail": detail} if detail else {}
    return run_jobs(
        _job,
        [(run, s, formats, str(a.out), a.keep, a.families) for s in seeds],
        workers=a.jobs,
        out=a.out / f"{name}.json",
        meta={"formats": formats},
        noun="cards",
        **extra,
    )


def main(argv: Sequence[str] | None = None) -> int:
    return drawn_cards_main(
        argv,
        prog="python -m samples.crossbreed",
        doc=__doc__,
        run=run_cross,
        draw=crossbreed,
        describe=donors,
        name="crossbreed",
    )


if __name__ == "__main__":
    raise SystemExit(main())
