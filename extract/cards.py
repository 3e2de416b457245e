"""From a Document to card records: split into cards, cut each into sections, run the section
extractors, assemble the record of CARD_SCHEMA.md, and keep provenance (record path -> source).

This module reads a card (:func:`build_card`) and a document (:func:`extract_card_results`): the cards
are cut by :mod:`card_split`, each card's sections by :mod:`card_sections` (the section a line heads from
:mod:`card_headings`, the lines naming a section that head none from :mod:`card_heading_checks`); the
card's source and unparsed lines come from :mod:`card_source`, its as-of and unit from :mod:`card_wide`,
the findings for goal rows and years left unread from :mod:`card_unread`; the results are the classes
of :mod:`card_results`.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.as_of_furniture import furniture_as_of
from pledgecard.extract.budget_readings import readings_proven
from pledgecard.extract.card_attachments import attachments_apart
from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.card_results import CardResult, Section, SectionRead
from pledgecard.extract.card_sections import split_card, split_sections
from pledgecard.extract.card_source import furniture, furniture_lines, page_span, source_dict, unparsed_items
from pledgecard.extract.card_split import split_cards, split_cards_aside
from pledgecard.extract.card_unread import (
    figures_in_tables,
    goal_at_line,
    goal_line_paths,
    rows_unread,
    section_part,
    years_unread,
)
from pledgecard.extract.card_wide import as_of_date, stated_unit
from pledgecard.extract.content_kinds import reads_as_funding, sections_as_of
from pledgecard.extract.contents_pages import without_contents
from pledgecard.extract.coverage import (
    LOW_COVERAGE,
    blocks_unrecovered,
    coverage,
    funding_unrecovered,
    goal_cells_unread,
    goal_rows_unread,
    groups_unproven,
    has_figures,
    is_empty,
    is_table_placeholder,
    labels_unprinted,
    low_coverage,
    pages_interleaved,
    rows_run_together,
    section_empty,
    table_missing,
    table_unassigned,
    text_before_card,
    unit_unprinted,
)
from pledgecard.extract.cut_label_lines import cut_lines_joined, label_box_joined
from pledgecard.extract.document import Document, Paragraph, Source, Table
from pledgecard.extract.funding_subtotal_alone import subtotal_alone
from pledgecard.extract.goal_cell_rows_lost import goal_cell_rows_unread
from pledgecard.extract.goal_pieces_unread import pieces_unread
from pledgecard.extract.header_pairs_heading import header_pairs_home
from pledgecard.extract.header_unprinted import header_unprinted
from pledgecard.extract.header_unread import values_rows_unread
from pledgecard.extract.header_values_apart import pair_values_apart
from pledgecard.extract.heading_numbers import titleish
from pledgecard.extract.heading_row_heads import row_heads_stack
from pledgecard.extract.heading_shapes import name_unknown_sections
from pledgecard.extract.heading_stacks import dated_block_after_stack, stacked_headings
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.issuer import add_issuer
from pledgecard.extract.issuer_before import agreeing_lines_before
from pledgecard.extract.issuer_footer import without_issuer_line
from pledgecard.extract.issuer_sign_off import without_sign_off
from pledgecard.extract.labels_lost import labels_lost
from pledgecard.extract.layout import Item, Line, item_text, linearize
from pledgecard.extract.page_frames import results_on_pages
from pledgecard.extract.plans_funding_body import plans_as_funding
from pledgecard.extract.pledge_siblings import sibling_projects
from pledgecard.extract.roles import lines_are_funding, lines_role, table_role
from pledgecard.extract.search_budget import given_up_findings, searches
from pledgecard.extract.section_steps import try_step
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.extract.sections.budget_unit_proof import budget_proven
from pledgecard.extract.sections.funding_apart import funding_head_printed_before, funding_printed_after
from pledgecard.extract.sections.funding_rows import is_data_row, run_together_row
from pledgecard.extract.sections.funding_rows_amid import funding_cells_after_total, funding_rows_printed_amid
from pledgecard.extract.sections.funding_side_tables import side_tables_apart
from pledgecard.extract.sections.funding_strays import stray_period_amounts, stray_period_labels
from pledgecard.extract.sections.funding_unit_later import Reread, proven_later, reader
from pledgecard.extract.sections.funding_unit_scope import card_unit_of
from pledgecard.extract.sections.goal_row_split import is_row_with_status
from pledgecard.extract.sections.goals_ahead import GoalsAhead, goals_read_ahead, read_goals_ahead, with_goals
from pledgecard.extract.sections.goals_apart import goals_printed_apart
from pledgecard.extract.sections.goals_around_heading import goals_printed_before
from pledgecard.extract.sections.goals_cut_heading import goals_cut_by_heading
from pledgecard.extract.sections.header_overview import header_overview, overview_printed_later
from pledgecard.extract.sections.outreach import trailing_counts
from pledgecard.extract.sections.outreach_apart import outreach_printed_after
from pledgecard.extract.sections.outreach_before import outreach_printed_before
from pledgecard.extract.sections.registry import HEADER, SECTIONS, add_result, empty_record
from pledgecard.extract.sections.squashed_figures import figures_apart
from pledgecard.extract.status_twice import settle_two_statuses
from pledgecard.extract.struck_said import null_rows, unread_said_of_read
from pledgecard.extract.superseded import settle as settle_superseded
from pledgecard.extract.table_notes_moved import table_note
from pledgecard.extract.title_amid import title_amid
from pledgecard.extract.title_wrap import title_cut_joined, title_wrap_joined
from pledgecard.extract.web_chrome import without_page_controls
from pledgecard.normalize.ocr_reading import reading_ocr
from pledgecard.record import CardRecord, SideTable

# build_card reads a card, extract_card_results a document; the pieces other modules and tests use
# live in the card_* modules and are importable from here too
__all__ = [
    "SCHEMA_VERSION",
    "CardResult",
    "Section",
    "SectionRead",
    "build_card",
    "extract_card_results",
    "extract_cards",
    "heading_of",
    "split_card",
    "split_cards",
    "split_sections",
]

SCHEMA_VERSION = "1"


def _fill_overview(result: SectionResult, extra: SectionResult) -> None:
    """The overview's fields its own lines left empty, from its lines printed in the header area
    (``extra``): the period and the budget, and the contents and notes when it read none."""
    ov, more = result.value["overview"], extra.value["overview"]
    subs = [k for k in ("period", "budget") if ov[k] is None and more[k] is not None]
    subs += [k for k in ("contents", "notes") if not ov[k] and more[k]]
    for k in subs:
        ov[k] = more[k]
        result.provenance.update(
            {
                loc: src
                for loc, src in extra.provenance.items()
                if loc.sub is not None and loc.sub.split("[")[0] == k
            }
        )


def _titles_lines_below(keep: list[Item], items: list[Item], it: Item) -> bool:
    """Whether the line kept last, right above ``it`` (a table, or the first line of a table printed
    a row a line, that moves to the section its content names), is that table's title: a short title with
    no date (``❖ 지표 점검``, ``3) 지표 점검``), which no other section reads."""
    if (
        not keep
        or not isinstance(last := keep[-1], Line)
        or items.index(it) == 0
        or items[items.index(it) - 1] is not last
    ):
        return False
    return (
        titleish(last.text)
        and re.search(r"[가-힣]", last.text) is not None
        and parse_group_heading(last.text) is None
    )


def build_card(
    items: list[Item],
    *,
    doc: Document,
    file_name: str,
    card_index: int,
    lexicon: str,
    pledge_projects: frozenset[tuple[str, ...]] = frozenset(),
    before: list[Item] | None = None,
    opening: list[Item] | None = None,
    titled: list[Item] | None = None,
) -> CardResult:
    items = without_page_controls(items)  # a web page's breadcrumb and buttons: no part of the card
    items, attached = attachments_apart(
        items
    )  # the attachment list closing the card (붙임 1. … 1부. 끝.): furniture
    sections, levels = split_card(items)
    skipped: list[
        dict[str, Any]
    ] = []  # the optional steps below that failed (section_steps): the card read without
    try_step(
        header_pairs_home, sections, skipped=skipped
    )  # the header's fields printed under the card's first heading
    try_step(
        plans_as_funding, sections, skipped=skipped
    )  # a plans heading over a yearly funding table: the funding
    point = sections_as_of(sections)  # the card's reporting point, read once for the two below that ask it
    try_step(stacked_headings, sections, point, skipped=skipped)  # headings printed stacked in falling order
    try_step(dated_block_after_stack, sections, skipped=skipped)  # a dated block heading read as a heading
    try_step(
        row_heads_stack, sections, skipped=skipped
    )  # titles printed as one table's row heads, a cell a line
    prov: dict[str, Source] = {}
    record: dict[str, Any] = {**HEADER.empty(), **empty_record()}
    dates: list[dict[str, Any]] = []
    header_dates: tuple[dict[str, Any], ...] = ()  # those the header area stated
    unparsed: list[dict[str, Any]] = unparsed_items(None, attached)
    seen: set[str] = set()
    findings: list[dict[str, Any]] = [*skipped]
    trace: list[SectionRead] = []
    moved: dict[str, list[Item]] = {}
    funding_side: list[SideTable] = []  # side tables printed under the funding table (after no achievement)
    ahead: GoalsAhead | None = None  # the goals read ahead for the achievements above them
    funding_again: Reread | None = (
        None  # the funding section read again under the record as it stands at the end
    )
    for sec in sections[1:]:
        # A table is read by the section its content says it belongs to (a goals table printed
        # under 추진실적, an outreach table with no heading of its own), not where it stands.
        keep: list[Item] = []
        line_roles = iter(lines_role([it for it in sec.items if isinstance(it, Line)]))
        went: str | None = None  # where the table just before went, when it left this section
        for it in sec.items:
            role = (
                table_role(it)
                if isinstance(it, Table)
                else next(line_roles)
                if isinstance(it, Line)
                else None
            )
            if role is None and (noted := table_note(went, it)):
                moved.setdefault(noted, []).append(
                    it
                )  # a goal table's footnote goes with it (table_notes_moved)
                continue
            if role and role != sec.name and _titles_lines_below(keep, sec.items, it):
                moved.setdefault(role, []).append(keep.pop())  # its title (▷ 지표 점검) goes with it
            (moved.setdefault(role, []) if role and role != sec.name else keep).append(it)
            went = role if isinstance(it, Table) and role and role != sec.name else None
        sec.items = keep
    for sec in sections[1:]:
        # a section under a heading no vocabulary names whose lines print a funding table (a unit
        # line and source rows): the funding, when no heading names it
        if (
            sec.name is None
            and not any(s.name == "funding" for s in sections)
            and "funding" not in moved
            and (
                lines_are_funding([it for it in sec.items if isinstance(it, Line)])
                or sec.shaped
                and reads_as_funding(sec.items, sec.heading)
            )
        ):
            sec.name = "funding"
    name_unknown_sections(sections, set(moved), point)
    overview_printed_later(sections)  # an empty overview's lines printed under a later heading
    achievements_printed_before(sections)  # the achievements' first block printed above their heading
    funding_printed_after(sections)  # the funding table's cells printed under the next section's heading
    funding_head_printed_before(sections)  # its unit line and first head cells printed above its heading
    funding_rows_printed_amid(
        sections
    )  # its last rows printed amid another section (a 2-up sheet's right page)
    funding_cells_after_total(
        sections
    )  # another table's cells printed after its rows proven whole: set apart
    goals_cut_by_heading(sections)  # a goal matrix printed with the next section's heading amid it
    goals_printed_apart(sections)  # a goal matrix printed under a later heading (a stack of labels before it)
    outreach_printed_after(sections)  # the channel table's last rows printed under the next section's heading
    for role, tables in moved.items():
        if not any(s.name == role for s in sections):
            sections.append(Section(name=role, heading=None, items=tables))
        else:
            next(s for s in sections if s.name == role).items.extend(tables)
    goals_printed_before(sections)  # a goal table's last columns printed above its heading, its years under
    outreach_printed_before(sections)  # a channel table printed amid another section, its own heading's empty
    card_unit = stated_unit(items)
    money_unit = card_unit_of(card_unit, sections, ("overview", "funding"))  # not a side table's unit line
    findings += [
        table_missing(it, sec.heading, section_part(sec, i))  # type: ignore[arg-type]
        for i, sec in enumerate(sections)
        for it in sec.items
        if is_table_placeholder(it)
    ]
    above: list[Line] = []  # the overview's lines printed in the header area (read with the overview)
    for i, sec in enumerate(sections):
        spec = HEADER if i == 0 else SECTIONS.get(sec.name or "")
        if spec is None or (spec.name in seen and not spec.repeatable):
            unparsed += unparsed_items(sec.heading, sec.items)  # an unknown heading, or a section twice
            trace.append(SectionRead(sec, None, list(sec.items)))
            findings += [
                table_unassigned(t, sec.heading, section_part(sec, i))
                for t in sec.items
                if isinstance(t, Table) and has_figures(t)
            ]
            continue
        seen.add(spec.name)
        later = (
            [it for s in sections[i + 1 :] for it in s.items if isinstance(it, Line)]
            if spec.name == "funding"
            else []
        )
        strays = stray_period_labels(later) if spec.name == "funding" else ()
        amounts = stray_period_amounts(later, strays) if spec.name == "funding" else ()
        counts = (
            trailing_counts([it for s in sections[i + 1 :] for it in s.items])
            if spec.name == "outreach"
            else ()
        )
        own = sec.items
        if spec.name == "funding":  # tables under the funding table keyed by places: side tables
            own, apart = side_tables_apart(sec.items)
            funding_side += apart
        ctx = SectionContext(
            heading=sec.heading,
            record=record,
            lexicon=lexicon,
            card_unit=money_unit if spec.name == "funding" else card_unit,
            unaligned=tuple(doc.unrecovered),
            stray_periods=strays,
            stray_amounts=amounts,
            stray_counts=counts,
            levels=levels,
            dates=tuple(dates),
            header_dates=header_dates,
            pledge_projects=pledge_projects,
            page_starts=tuple(doc.page_starts),
            furniture_lines=furniture_lines(doc),
            ocr_pages=tuple(doc.ocr_pages),
        )
        if (
            spec.name == "achievements"
        ):  # the goals printed below read ahead (once: their section reuses the read)
            ahead = read_goals_ahead(sections, i, ctx, ahead)
            ctx = replace(ctx, record=with_goals(record, ahead))
        with searches() as tried:  # the section's bounded searches: one given up is a finding (search_budget)
            result = goals_read_ahead(ahead, sec, own, ctx) if spec.name == "goals" else None
            if result is None:
                result = spec.extract(own, ctx)
            if spec.name == "funding":
                funding_again = reader(spec.extract, own, ctx)
        findings += given_up_findings(tried, spec.name)
        if spec.name == "overview" and i == 1 and above:
            _fill_overview(result, SECTIONS["overview"].extract(above, None))
        add_result(record, prov, spec, result)
        findings += result.findings
        if i == 0:
            findings += values_rows_unread(
                sec.items, result.rest, sec.heading
            )  # a header row of values unread
        # the line right above the card's title (set aside before it: ``벼리도 기획조정실``) may name its issuer
        rest = (
            add_issuer(
                record["header"],
                prov,
                result.rest,
                items,
                [
                    *furniture(doc, items),
                    *agreeing_lines_before(before or [], record["header"].get("kind"), sec.items),
                ],
            )
            if i == 0
            else result.rest
        )
        if i == 0:  # the footer line the issuer was read from is no later section's line
            without_issuer_line(
                sections[1:], record["header"].get("issuer"), prov.get("header.issuer"), items
            )
            without_sign_off(
                sections[1:], record["header"].get("issuer")
            )  # a stamp box: 별마루군 / 관광진흥과
        if i == 0 and len(sections) > 1 and sections[1].name == "overview":
            # lines left over at the end of the header area that open with an overview label, right
            # above the overview's heading: its sub-rows (사업기간 | ..., 사업비 | ...), printed above
            # the section label a layout dump centres in the rows it spans
            above, rest = header_overview(sec.items, rest)
        elif i == 0 and not any(s.name == "overview" and s.items for s in sections):
            # no overview section, or one holding nothing (its heading printed apart from its lines, in
            # a stack of turned labels): its facts may be rows of the header table (사업기간 | ...) or
            # lines the header area printed
            ov_lines, left = header_overview(sec.items, rest)
            ov = SECTIONS["overview"].extract(ov_lines, None) if ov_lines else None
            if ov is not None and not is_empty(ov.value):
                add_result(record, prov, SECTIONS["overview"], ov)
                seen.add("overview")
                rest = left + ov.rest
        dates += result.dates
        if i == 0:
            header_dates = tuple(result.dates)
        unparsed += unparsed_items(sec.heading, rest)
        trace.append(SectionRead(sec, spec.name, list(rest), read=not is_empty(result.value)))
        findings += [
            table_unassigned(t, sec.heading, spec.name)
            for t in rest
            if isinstance(t, Table) and has_figures(t)
        ]
        if i and sec.heading is not None and is_empty(result.value):
            where = next((it.source for it in sec.items), None)
            findings.append(section_empty(spec.name, sec.heading, where))
    record["tables"] = [*record["tables"], *funding_side]
    headings = {id(it): t.section.heading for t in trace for it in t.rest}
    parts = {id(it): t.reader for t in trace for it in t.rest}  # the record part of the section each stood in
    run_together = [
        it
        for t in trace
        if t.reader == "funding"
        for it in t.rest
        if isinstance(it, Line) and run_together_row(it.full_text)
    ]
    findings += rows_run_together(run_together, headings)
    findings += blocks_unrecovered(
        doc.unrecovered,
        [it for t in trace for it in t.rest if all(it is not r for r in run_together)],
        headings,
        [
            it
            for t in trace
            if t.reader == "funding"
            for it in t.rest
            if isinstance(it, Line) and is_data_row(it.full_text)
        ],
        parts,
    )
    unordered = funding_unrecovered(record.get("funding"), prov.get("funding"))
    findings += unordered
    findings += subtotal_alone(record.get("funding"))  # one 소계 read, the rows it sums not: no card's figure
    findings += figures_apart(record.get("funding"), prov.get("funding"))  # 73275 884.828: no one number
    findings += rows_unread(trace, record)
    findings += years_unread(trace, record)
    findings = proven_later(
        record, prov, findings, funding_again
    )  # its unit proven by a budget read after it
    findings += budget_proven(record, prov, money_unit)  # an overview budget printing no unit: proven or null
    findings += readings_proven(
        record, prov
    )  # parts read as misread commas: a second sum proves them, or null
    findings += unit_unprinted(
        record,
        prov,
        unproven=any(
            f["code"] == "extract.unit_unproven" and f.get("location") == "funding" for f in findings
        ),
        budget_unproven=any(
            f["code"] == "extract.unit_unproven" and f.get("location") == "overview.budget" for f in findings
        ),
    )
    goal_lines = goal_line_paths(prov)
    goals_rest = [it for t in trace if t.reader == "goals" for it in t.rest if isinstance(it, Line)]
    placed_nowhere = figures_in_tables(goals_rest, trace)  # a row's figures a goal table placed in no cell
    cells_unread = [
        it
        for it in goals_rest
        if it.source.line_start in goal_lines  # a part of a row read
        or any(it is p for p in placed_nowhere)
    ]
    findings += goal_cells_unread(cells_unread, headings, goal_at_line(cells_unread, goal_lines))
    findings += goal_rows_unread(
        [
            it
            for it in goals_rest
            if is_row_with_status(it.full_text) and all(it is not c for c in cells_unread)
        ],
        headings,
    )
    findings += goal_cell_rows_unread(
        goals_rest, goal_lines, headings
    )  # a row printed a cell a line, left unread
    findings += [
        f
        for t in trace
        if t.reader == "goals"  # a cut cell's piece under a goal leaving its field empty
        for f in pieces_unread(
            [it for it in t.section.items if isinstance(it, Table)], record["goals"], t.section.heading
        )
    ]
    pair_values_apart(
        record["header"], prov, items, opening or []
    )  # a header value printed apart from its label
    # the card's title printed once amid its body (``titled``: a one-card file's lines, the split's dropped too)
    title_amid(record["header"], prov, items if titled is None else titled)
    header = record.pop("header")
    struck_null = null_rows(record)
    findings += settle_superseded(record, header, items, doc.format)  # a dump that lost a card's strikeout
    findings = unread_said_of_read(
        findings,
        unordered,
        struck_null,
        record,  # (rows its sums then read: not unread)
        lambda i: prov.get(f"funding.rows[{i}]"),
    )
    findings += settle_two_statuses(header, items, doc.format)  # the same, its card naming no strikeout
    extra_dates = dates
    as_of = as_of_date(record["achievements"], extra_dates, header_dates)
    if as_of is None and not header_dates:  # a reporting point printed in the running footer alone
        as_of = furniture_as_of(furniture(doc, items))
    mgmt_no = header.get("mgmt_no")
    point = (
        as_of["label"] if as_of and as_of["label"] else "unknown"
    )  # (an as-of date printed, unread: unknown)
    card_id = f"{mgmt_no or 'unnumbered-' + doc.sha256[:8] + '-' + str(card_index)}@{point}"
    page_start, page_end = page_span(items)
    share = coverage(items, unparsed)
    if share is not None and share < LOW_COVERAGE:
        findings.append(low_coverage(share))
    if labels_lost(items):  # the values printed, the labels and headings lost with an unmapped font
        findings.append(labels_unprinted(items[0] if items else None))
    findings += groups_unproven(doc.groups_unproven, record, prov)  # rows no group cell proven: group null
    findings += pages_interleaved(doc.read_across, items)  # a 2-up sheet's two pages read across, interleaved
    out = {
        "schema_version": SCHEMA_VERSION,
        "card_id": card_id,
        "source": {
            "file": os.path.basename(file_name) if file_name else os.path.basename(doc.path),
            "sha256": doc.sha256,
            "format": doc.format,
            "card_index": card_index,
            "page_start": page_start,
            "page_end": page_end,
            "coverage": share,
            **(
                {"ocr_pages": [n for n in doc.ocr_pages if page_start <= n <= page_end]}
                if doc.ocr_pages and page_start is not None and page_end is not None
                else {}
            ),
        },
        "header": header,
        "as_of": as_of,
        **record,
        "unparsed": unparsed,
    }
    return CardResult(
        record=out,
        provenance={k: source_dict(v) for k, v in prov.items() if isinstance(v, Source)},
        findings=findings,
        sections=trace,
    )


def extract_card_results(doc: Document, *, file_name: str = "") -> list[CardResult]:
    linear = without_contents(linearize(doc))  # a contents page's entries restate no fact
    linear = title_cut_joined(linear)  # a title wrapped under itself, naming a title only with its rest
    cards, aside = split_cards_aside(linear)
    if not cards and (joined := cut_lines_joined(linear)) is not None:
        linear = joined  # no card: its header labels and its title cut over two lines each (cut_label_lines)
        cards, aside = split_cards_aside(linear)
    boxed = False  # a card found on a box of cut labels and a cut title, no value printed (header_unprinted)
    if not cards and (joined := label_box_joined(linear)) is not None:
        linear = joined
        cards, aside = split_cards_aside(linear)
        boxed = bool(cards)
    # a file of one card: its title may stand amid the body, where the card split drops it as a page's header
    titled = linear if len(cards) == 1 else None
    cards = [title_wrap_joined(card) for card in cards]  # a title wrapped in a narrow pane: one line
    # a card's words judge its breaks, and the page furniture's (a running header repeating the title)
    kept = "\n".join(b.text for b in doc.furniture if isinstance(b, Paragraph))
    lexicons = ["\n".join([*(item_text(it) for it in card), kept]) for card in cards]
    # the line right above the first card: an organisation line naming the issuer of every card of the file it
    # agrees with (issuer_before), whatever card it stands over
    before = aside[-1:]
    with reading_ocr(bool(doc.ocr_pages)):  # a misread comma's readings are offered for OCR'd figures only
        results = [
            build_card(
                card,
                doc=doc,
                file_name=file_name,
                card_index=i,
                lexicon=lexicons[i],
                before=before,
                opening=aside if i == 0 else None,
                titled=titled,
            )
            for i, card in enumerate(cards)
        ]
        # a card whose goal rows leave out a project the same pledge's card for another quarter reads: again with it
        for i, projects in enumerate(sibling_projects([r.record for r in results])):
            if projects - {
                tuple(g["project"].split()) for g in results[i].record["goals"] if g.get("project")
            }:
                results[i] = build_card(
                    cards[i],
                    doc=doc,
                    file_name=file_name,
                    card_index=i,
                    lexicon=lexicons[i],
                    pledge_projects=projects,
                    before=before,
                    opening=aside if i == 0 else None,
                    titled=titled,
                )
    # the file's text no card holds, said once (an organisation line above the card read as its issuer too: the
    # note says where the issuer came from)
    if results and (note := text_before_card(aside)) is not None:
        results[0].findings.append(note)
    if boxed:  # the header's labels printed with no value: its fields read from nothing, null
        results = [header_unprinted(r) for r in results]
    for r in results:  # boxes read in a levelled frame (a searchable scan's) reported on the page as printed
        r.provenance = results_on_pages(r.provenance, r.findings, doc.frames)
    return results


def extract_cards(doc: Document, *, file_name: str = "") -> list[CardRecord]:
    return [r.record for r in extract_card_results(doc, file_name=file_name)]
