"""재원투자 실적 및 계획: the funding section's entry point (:func:`extract_funding`) and the order in
which the ways of reading its table are tried, from a real table or from the lines of a text dump.

Every path ends in one grid of strings that :func:`~pledgecard.extract.sections.funding_grid.interpret_grid`
reads: header rows name the columns (총사업비 / 총계 / 계 first or last, 기투자, years, 임기이후, others),
data rows start with a source label (계, 국비, 지방비, 도비, 시군비, 민자, ...) followed by amounts. The
readings themselves live in the ``funding_*`` modules (the grid, its head, the dump's lines a row or a
cell a line, a turned table, a stream of cells, the cross-checks); this module only chooses among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from pledgecard.extract.document import Source, Table
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.revisions import in_force_lines
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.funding_blank_budget import zeros_by_budget
from pledgecard.extract.sections.funding_blank_zeros import blanks_proven
from pledgecard.extract.sections.funding_broken import null_broken_sums, turn_by_budget
from pledgecard.extract.sections.funding_budget import with_budget_told
from pledgecard.extract.sections.funding_budget_sources import sources_by_budget
from pledgecard.extract.sections.funding_cell_lines import (
    group_lines,
    lines_of_table,
    rows_as_cells,
    rows_from_cells,
    rows_from_cells_spanned,
    without_note_cells,
)
from pledgecard.extract.sections.funding_cell_overflow import overflow_parted
from pledgecard.extract.sections.funding_cells_unit import cells_unit
from pledgecard.extract.sections.funding_checks import (
    consistent,
    keep_printed,
    null_across_columns,
    null_against_sums,
    null_negative,
    null_out_of_order,
    null_unplaceable_rows,
    null_unproven,
    short_rows,
    table_total,
    total_end_by_rows,
    total_label_ends_a_line,
    without_shares,
)
from pledgecard.extract.sections.funding_column_before import column_before_unit
from pledgecard.extract.sections.funding_column_heads import classify_column, derived_after
from pledgecard.extract.sections.funding_continued import (
    closes_whole,
    continued_caption,
    continues_rows,
    continues_years,
)
from pledgecard.extract.sections.funding_cross_denied import mend_cross_denied
from pledgecard.extract.sections.funding_deal_disproven import deal_disproven, nothing_placed
from pledgecard.extract.sections.funding_execution_table import execution_tables_apart
from pledgecard.extract.sections.funding_fragment_rows import (
    fragment_rows,
    fragments_unproven,
    null_against_budget,
)
from pledgecard.extract.sections.funding_fullwidth import fullwidth_folded
from pledgecard.extract.sections.funding_gapped_rows import gapped_rows, named_columns
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_group_matched import group_printed
from pledgecard.extract.sections.funding_head_again import joined_continued
from pledgecard.extract.sections.funding_head_again_lines import head_again_dropped
from pledgecard.extract.sections.funding_head_cells import head_cells_joined
from pledgecard.extract.sections.funding_head_cut import head_cut_joined
from pledgecard.extract.sections.funding_head_page import head_page_joined
from pledgecard.extract.sections.funding_head_unit import heads_without_unit
from pledgecard.extract.sections.funding_headless_part import headless_part
from pledgecard.extract.sections.funding_labels import label_by_budget
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_margin_lines import margin_apart
from pledgecard.extract.sections.funding_margins import with_source_margin
from pledgecard.extract.sections.funding_once import one_source_once
from pledgecard.extract.sections.funding_ordinals import note_anchors, resolve_ordinals, unanchored
from pledgecard.extract.sections.funding_parts_over import null_parts_over_total
from pledgecard.extract.sections.funding_period_groups import period_groups_from_lines
from pledgecard.extract.sections.funding_print_boxes import placed_by_print_order
from pledgecard.extract.sections.funding_print_order import in_print_order
from pledgecard.extract.sections.funding_proof import budget_of
from pledgecard.extract.sections.funding_prose import funding_from_prose
from pledgecard.extract.sections.funding_row_lines import row_lines as row_lines_of
from pledgecard.extract.sections.funding_rows import (
    data_row,
    note_headed,
    printed_with_blanks,
    run_together_row,
)
from pledgecard.extract.sections.funding_share_head_up import share_head_down
from pledgecard.extract.sections.funding_share_last import heads_a_line, share_moved, share_to_row_end
from pledgecard.extract.sections.funding_slashed import read_slashed
from pledgecard.extract.sections.funding_sources_head import periods_elsewhere, sources_as_columns
from pledgecard.extract.sections.funding_spaced import (
    members_unread,
    null_unsummed,
    regroup_spaced,
)
from pledgecard.extract.sections.funding_span_rows import placed_span_rows
from pledgecard.extract.sections.funding_spans import (
    null_spanning,
    span_findings,
    spanning_cells,
    spanning_groups,
    spread_findings,
)
from pledgecard.extract.sections.funding_stacked import stacked_joined
from pledgecard.extract.sections.funding_strays import strays_into_head
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.funding_stream_proof import null_unproven_stream
from pledgecard.extract.sections.funding_summary import summary_tables, without_summary_lines
from pledgecard.extract.sections.funding_tables import (
    blank_cells,
    cell_provenance,
    half_won_rounding,
    rows_once,
    split_at_repeated_head,
    table_positions,
    unparted,
)
from pledgecard.extract.sections.funding_trailing import labels_after_rows
from pledgecard.extract.sections.funding_transposed import transposed_by_budget, transposed_grid_from_lines
from pledgecard.extract.sections.funding_unit_cells import printed_by_columns
from pledgecard.extract.sections.funding_unit_column import without_unit_column
from pledgecard.extract.sections.funding_unit_proof import (
    agreeing_multiplier,
    bare_cells,
    budget_printed,
    inferred,
    read_proven,
)
from pledgecard.extract.sections.funding_unit_scope import unit_texts
from pledgecard.extract.sections.funding_unit_words import cells_may_print_units, texts_print_units
from pledgecard.extract.sections.funding_zeros import zeros_proven
from pledgecard.normalize.money import (
    budget_parts_first,
    find_unit,
    head_unit,
    unit_for,
    unit_multiplier,
    units_apart,
)
from pledgecard.normalize.text import fold


def extract_funding(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The funding object (``None`` when the section holds no readable table), provenance, and
    the items left over. The unit comes from a ``(단위 : 백만 원)`` line or the heading of the
    section; else from the card's one unit line elsewhere or the overview budget's unit: where
    these two differ, the one under which the table's total is the overview budget's total (the
    card's unit line when neither is)."""
    ctx = ctx or SectionContext()
    kept, foreign = column_before_unit(items)  # another table's last column before the unit line, maybe
    read = _funding_read(items, ctx)
    if foreign and not read.value.get("funding"):
        # the table as printed reads no funding: the column before the unit line is not the table's where the table
        # reads without it (its figures fitted no grid: funding_column_before)
        apart = _funding_read(kept, ctx)
        read, foreign = (apart, foreign) if apart.value.get("funding") else (read, [])
    else:
        foreign = []
    result = sources_by_budget(
        one_source_once(with_budget_told(read, ctx)), ctx
    )  # labels crossed: the budget's shares
    funding = result.value.get("funding")
    if funding:  # 2차년도 ...: the plan's years counted from the head printing its year
        told = note_anchors([x.text for x in result.rest if isinstance(x, Line)])  # ※ 1차년도: 2024년
        funding["columns"] = resolve_ordinals(funding["columns"], told)
        if left := unanchored(funding["columns"]):  # no year told for the plan's n-th year: none guessed
            result.findings.append(
                finding(
                    "extract.ordinal_unanchored",
                    "funding",
                    "funding columns named by the plan's n-th year, no head nor note telling their year: kept with "
                    "no year",
                    observed={"columns": left, "note_pairs": [list(p) for p in told]},
                )
            )
    if foreign:
        result.rest = [*foreign, *result.rest]
    return result


def _funding_read(items: list[Item], ctx: SectionContext) -> SectionResult:
    """The section's table read from ``items`` (the unit's read, the prose's where no table reads, cells placed by
    their print order), before the budget's checks."""
    items = head_again_dropped(
        items, continued_caption
    )  # a table printed as lines going on after (계속): its head again out
    items = head_cells_joined(
        fullwidth_folded(items)
    )  # １，２５０ (fullwidth mode) read as 1,250  # a head printed a cell a line over rows a line: one head line
    items, spent, said = execution_tables_apart(
        items, continued_caption
    )  # (집행실적) over a later table: not the plan's
    read = _funding_by_unit(items, ctx)
    if spent:
        read = SectionResult(
            read.value, read.provenance, [*read.rest, *spent], read.dates, [*read.findings, *said]
        )
    if not read.value.get("funding") and (prose := funding_from_prose(items, ctx)) is not None:
        # no table read: the funding told in sentences, with what the table reader found of a table it could not read
        read = SectionResult(
            prose.value, prose.provenance, prose.rest, prose.dates, [*read.findings, *prose.findings]
        )
    read = placed_by_print_order(
        read, items, ctx.record
    )  # cells a box-grouping dump printed out of order: where sums prove them
    return read


def _funding_by_unit(items: list[Item], ctx: SectionContext) -> SectionResult:
    texts = unit_texts(ctx.heading, items)  # not a unit line of a table printed under the funding table
    own = next((u for u in map(find_unit, texts) if u), None) or next(
        (u for u in (head_unit(t)[1] for t in texts[1:]) if u), None
    )  # 합계(백만원): the unit in a head cell
    if not own:  # 총사업비 (백만원): a head's unit printed apart from it, one unit in the section
        apart = {u for t in texts[1:] for u in units_apart(t)}  # (two heads' units: which is the table's?)
        own = apart.pop() if len(apart) == 1 else None
    own = own or cells_unit(items)  # every amount printing one unit glued after it (5,270백만원): the table's
    if own:
        return _extract_funding(items, ctx, own)
    budget = (ctx.record.get("overview") or {}).get("budget") or {}
    units: dict[int, str] = {}
    for u in (ctx.card_unit, budget.get("unit")):
        if u and (m := unit_multiplier(u)) and m not in units:
            units[m] = u
    total = budget.get("total_krw")
    if not units:  # nothing tells the table's unit: a cell's own, else one its sums prove, else null
        return read_proven(lambda u: _extract_funding(items, ctx, u), cells_may_print_units(items, ctx))
    if len(units) <= 1:
        unit = next(iter(units.values()), None)
        read_one = _extract_funding(items, ctx, unit)
        if (
            unit is not None
            and unit != ctx.card_unit
            and total is not None
            and (got := table_total((read_one.value or {}).get("funding"))) is not None
            and got != total
        ):
            # the budget's unit, the card printing none: the table's total under it is no budget's
            # total (a budget told in 억 over a table counted in 백만원): the unit under which it is,
            # else none (the amounts as printed, a finding says so)
            m = unit_multiplier(unit) or 1
            proven = (
                unit_for(k) if (k := agreeing_multiplier(total, lambda n: Fraction(got) * n / m)) else None
            )
            if proven is None:
                return read_proven(
                    lambda u: _extract_funding(items, ctx, u), cells_may_print_units(items, ctx)
                )
            return inferred(_extract_funding(items, ctx, proven), proven, "budget_total")
        if unit is not None and unit != ctx.card_unit and _reads_bare(items, ctx, read_one):
            # the budget's unit over bare cells: its total the table's, else a budget amount the table prints
            # under it (a cell, a row's sum); else nothing ties them (a table in 백만원 beside a budget in 억원)
            if total is not None and table_total((read_one.value or {}).get("funding")) is not None:
                return inferred(read_one, unit, "budget_total")
            if budget_printed((read_one.value or {}).get("funding") or {}, budget):
                return inferred(read_one, unit, "budget_amounts")
            proven = read_proven(lambda u: _extract_funding(items, ctx, u), cells_may_print_units(items, ctx))
            # the cells under the budget's unit make its total, a row not its part: the deal's zeros unproven too
            return (
                nothing_placed(proven)
                if deal_disproven((read_one.value or {}).get("funding"), budget)
                else proven
            )
        return read_one
    read = [_extract_funding(items, ctx, u) for u in units.values()]
    chosen = next(
        (k for k, r in enumerate(read) if total is not None and table_total(r.value["funding"]) == total), 0
    )
    unit = list(units.values())[chosen]
    if unit != ctx.card_unit and _reads_bare(items, ctx, read[chosen]):
        return inferred(read[chosen], unit, "budget_total")
    return read[chosen]


def _reads_bare(items: list[Item], ctx: SectionContext, read: SectionResult) -> bool:
    """Whether the table holds a cell printing no unit of its own (its amount moves with the unit read under).
    Where no text the read sees prints a unit (:func:`texts_print_units`), every nonzero amount of ``read`` (the
    table read under the unit chosen) is one, and no reading more is made; else which are is told by reading the
    table as won and as thousands of won (:func:`bare_cells`)."""
    if not texts_print_units(items, ctx):
        rows = ((read.value or {}).get("funding") or {}).get("rows") or []
        return any(v for row in rows for v in row.get("amounts_krw") or [])
    won = (_extract_funding(items, ctx, unit_for(1)).value or {}).get("funding") or {}
    probe = (_extract_funding(items, ctx, unit_for(1000)).value or {}).get("funding") or {}
    return bool(bare_cells(won, probe)[0])


def _rows_read_as_lines(table: Table) -> bool:
    """Whether a table a dump's text reader drew (no page box) that no grid reads prints source rows
    when its rows are read as lines: the rows under a head line, their blank cells' wider gaps taken
    for a column gutter."""
    return (
        table.source.bbox is None
        and table.source.line_start is not None
        and any(data_row(" ".join(c for c in row if c)) for row in rows_once(table))
    )


def _head_of_figures(columns: list[dict[str, Any]]) -> bool:
    """Column labels printing a source row (``계 1,335,724 623,703 ...``): a row taken for the head, no label; a
    label naming a source and one year (``계 2025``) is a head's, not a row (two amounts at least, one of them
    grouped by commas)."""
    return any(
        (row := data_row(str(c.get("label") or ""))) is not None
        and len(row) >= 3
        and any("," in t for t in row[1:])
        for c in columns
    )


def _extract_funding(items: list[Item], ctx: SectionContext, unit: str | None) -> SectionResult:
    # a dump's second table under the first, the sources' totals under a head of their own: read apart, as the
    # funding's margin (where its total is the first table's total), not as rows of the first
    if (apart := margin_apart(items)) is not None:
        rest, margin = apart
        read = _extract_table(rest, ctx, unit)
        funding = read.value.get("funding")
        mult = (unit_multiplier(unit) if unit else None) or 1
        if funding and with_source_margin(funding["columns"], funding["rows"], margin, mult):
            for i in range(1, len(funding["rows"])):
                read.provenance[Loc("funding", sub=f"rows[{i}]")] = margin.source
            return read
    return _extract_table(items, ctx, unit)


def _row_lines(tables: list[Table]) -> list[Line]:
    """Every row of ``tables`` (a row printed twice once) as the line it prints, its cells' columns kept."""
    return [
        Line(
            text=" ".join(c for c in row if c),
            marker=None,
            indent=0,
            source=t.source,
            printed=printed_by_columns(t, k),
        )
        for t in tables
        for k, row in enumerate(rows_once(t))
    ]


def _extract_table(items: list[Item], ctx: SectionContext, unit: str | None) -> SectionResult:
    prov: dict[Loc, Any] = {}
    items = joined_continued(
        items, continued_caption
    )  # a table's part after (계속), its head again: one table
    items = stacked_joined(items)  # < 2024년 > over a one-row table, < 2025년 > over another ...: one table
    items = heads_without_unit(items)  # 구분 (단위 : 억원) 계 국비 ...: a head, its corner's unit taken out
    items = head_page_joined(
        items
    )  # a head's first row a page break cut off as a table: the next one's again
    items = [it for it in items if not (isinstance(it, Line) and continued_caption(it.full_text))]
    mult = (unit_multiplier(unit) if unit else None) or 1
    items = without_unit_column(
        items, mult
    )  # 구분 단위 총사업비 over 계 백만원 ...: the unit's column taken off
    items = share_head_down(
        items
    )  # ❪백만원❫ 확보율 (%) over the period line: the share column's head back on it
    lines, notes = split_notes([it for it in items if isinstance(it, Line) and not find_unit(it.text)])
    # a budget told in a sentence (parts first, the total in brackets) unmarked or under a low-level
    # bullet is no row of the table under it: a note (read as the budget by with_budget_told)
    told = [ln for ln in lines if budget_parts_first(fold(ln.text)) is not None]
    lines, notes = [ln for ln in lines if ln not in told], notes + told
    tables = [
        (overflow_parted(head_cut_joined(part)), it)
        for it in items
        if isinstance(it, Table) and not unparted(it)
        for part in split_at_repeated_head(it)
    ]  # (a head row a page break read as two: one again; glued amounts parted)
    summaries, tables = summary_tables(tables, mult, lines)
    headless: list[Table] = []  # tables of rows under no column label (a page break cut their head off)
    for k, (t, whole) in enumerate(tables):
        columns, rows, where = table_positions(t, mult)
        if (
            (rows and not columns)
            or (not rows and _rows_read_as_lines(t))
            or (rows and _head_of_figures(columns))
            or (rows and sources_as_columns(columns) and periods_elsewhere(lines, len(tables)))
        ):
            # (or rows a dump's blank cells set apart from their head line: none read; or a head that is a
            # source row, its figures run together in one cell spanning the block: the 계 row over the others; or a
            # turned table's head and total row cut from its period rows: funding_sources_head)
            headless.append(whole)
            continue
        if rows:
            used = [whole, *summaries]
            more_blank: list[
                tuple[int, int]
            ] = []  # the blank cells of the rows a table under it goes on with
            prov[Loc("funding")] = t.source
            prov.update(cell_provenance(t, where))
            for t2, whole2 in tables[k + 1 :]:  # the years continued in a table stacked under it
                c2, r2, w2 = table_positions(t2, mult)
                if not c2 and (part := headless_part(t2, columns, mult)) is not None:
                    r2, w2 = part  # rows only, the head not printed again: read under this table's columns
                if continues_rows(columns, rows, c2, r2):  # or its rows, in a table under it
                    more_blank += [(len(rows) + i, j) for i, j in blank_cells(t2, w2)]
                    for at, src in cell_provenance(t2, w2).items():
                        i, rest = re.fullmatch(r"rows\[(\d+)\](.*)", at.sub or "").groups()
                        prov[Loc("funding", sub=f"rows[{len(rows) + int(i)}]{rest}")] = src
                    rows = rows + r2
                    used.append(whole2)
                    continue
                if not continues_years(columns, rows, c2, r2, mult):
                    break
                more_prov = cell_provenance(t2, w2)
                for i, (row, more) in enumerate(zip(rows, r2, strict=True)):
                    for j in range(len(more["amounts_krw"])):
                        at = Loc("funding", sub=f"rows[{i}].amounts_krw[{j}]")
                        if at in more_prov:
                            prov[Loc("funding", sub=f"rows[{i}].amounts_krw[{len(columns) + j}]")] = (
                                more_prov[at]
                            )
                    row["amounts_krw"] += more["amounts_krw"]
                # its blank cells too, a column on: zeros where its own sums prove them (mutant 3436)
                more_blank += [(i, len(columns) + j) for i, j in blank_cells(t2, w2)]
                columns = columns + c2
                used.append(whole2)
                if closes_whole(c2):
                    break  # the whole's total closes the row: no table goes on after it
            spans = [
                (rows[i], [columns[j] for j in js if j < len(columns)], cell)
                for i, js, cell in spanning_groups(t, where)
                if i < len(rows)
            ]
            null_spanning(rows, spanning_cells(t, where))  # one amount over two periods: no period's
            blanks = [*blank_cells(t, where), *more_blank]
            zeros_proven(columns, rows, blanks, half_won_rounding(t, where, mult))
            zeros_by_budget(
                columns, rows, blanks, budget_of(ctx.record)
            )  # no sum of its own: the budget's shares
            columns, rows = without_shares(columns, rows)
            read_slashed(columns, rows, mult)  # a scan's ``2,7/99``: read where its column's sum proves it
            null_against_sums(columns, rows, mult) or null_out_of_order(columns, rows, mult) or null_negative(
                columns, rows, mult
            ) or (
                t.source.page in ctx.ocr_pages  # an OCR misreading only
                and mend_cross_denied(columns, rows, mult)
            )
            if t.source.line_start is not None:
                # a text dump's table, its columns told by where the words stand: a spanning head's words placed
                # over the wrong columns deal a column's cells to another source, the sources then over the total
                null_parts_over_total(columns, rows, mult)
            # the sources' totals in a table of their own (the funding's margins; a summary's shape, set aside)
            margin = None
            for t2, whole2 in [
                *((t2, w2) for t2, w2 in tables[k + 1 :] if all(w2 is not u for u in used)),
                *((s, s) for s in summaries),
            ]:
                if (margin := with_source_margin(columns, rows, t2, mult)) is not None:
                    used.append(whole2)
                    prov.update((Loc("funding", sub=at), src) for at, src in margin[0].items())
                    break
            rest = [
                it
                for it in items
                if all(it is not u for u in used) and not (isinstance(it, Line) and find_unit(it.text))
            ]
            return SectionResult(
                {"funding": {"unit": unit, "columns": columns, "rows": rows}},
                prov,
                rest,
                findings=span_findings(spans, columns, rows) + ([margin[1]] if margin else []),
            )
    lines = in_force_lines(lines)  # 1,200 → 1,350 / (당초 1,200): the figures in force
    lines = without_note_cells(lines)  # a 비고 cell a line of its own ('24 1회 추경 반영): no row, no amount
    lines = rows_as_cells(lines)  # rows a line each amid rows a cell a line: a cell a line all
    lines, _ = without_summary_lines(lines, mult)  # a 총괄 table printed as lines: taken as read
    lines = labels_after_rows(lines) or lines  # row labels printed after the amounts, back in their rows
    lines = strays_into_head(lines, ctx.stray_periods)  # the head's last periods printed past the table
    lines = [*lines, *ctx.stray_amounts]  # their cells printed past the table with them
    from_tables = not any(data_row(ln.full_text) for ln in lines)
    # tables of cells printed a space apart (:func:`unparted`) beside rows read as lines: their rows too
    apart = [it for it in items if isinstance(it, Table) and unparted(it)] if not from_tables else []
    if (headless or apart) and not from_tables:
        # rows a page break parted from their head lines: their lines, in print order among the others
        table_lines = _row_lines([*headless, *apart])
        lines = sorted([*lines, *table_lines], key=lambda ln: ln.source.line_start or 0)
    proven_only = bool(headless or apart)  # rows re-read from tables' rows as lines: only what the sums prove
    if from_tables:
        # tables whose cells stand under no column (see _interpret): their rows as printed lines
        lines = in_print_order(_row_lines([t for t in items if isinstance(t, Table)]), lines)
        proven_only = any(isinstance(t, Table) for t in items)
    columns, rows = [], []
    budget = budget_of(ctx.record)
    grid = (
        period_groups_from_lines(lines)
        or transposed_grid_from_lines(lines, budget, mult)
        or transposed_grid_from_lines(rows_from_cells(lines), budget, mult)
        or transposed_by_budget(
            rows_from_cells(lines), (ctx.record.get("overview") or {}).get("budget"), mult
        )
    )
    if grid:
        columns, rows = interpret_grid(grid, mult)
    transposed = consistent(columns, rows)
    row_lines = lines  # the lines printing the rows, one a row
    if not transposed:
        grid = grid_from_lines(lines)
        grid = (
            placed_span_rows(grid) if grid else grid
        )  # rows a merged amount left short, where sums place it
        columns, rows = interpret_grid(grid, mult) if grid else ([], [])
        if rows and not consistent(columns, rows):
            blanks_proven(grid, columns, rows)  # blank cells the gaps placed: zero where every sum holds so
        cells, spanned = rows_from_cells_spanned(lines)
        if not consistent(columns, rows) and (spanned or group_lines(cells)):
            # a table a dump printed one cell a line with a source cell spanning rows: read a row a
            # line, the source leading its first row as the text readers print it, so that its
            # subtotal row folds the same way (the stream of cells reads the spanned rows' own
            # labels as no row and puts their amounts under the label before them); so too with
            # group cells printed once before their rows (sub-projects): read only where one block
            # is proven the whole's (funding_blocks), the rows left null otherwise
            by_cells = grid_from_lines(cells)
            c_cols, c_rows = interpret_grid(by_cells, mult) if by_cells else ([], [])
            if c_cols and consistent(c_cols, c_rows):
                grid, columns, rows, row_lines = by_cells, c_cols, c_rows, cells
    grid = grid or []
    unplaced: list[Line] = []
    dealt: list[dict[str, Any]] = []  # findings of stream rows the budget disproves (null_against_budget)
    if not consistent(columns, rows):
        # a table printed a row a line (rows of two or more amounts) is not re-read as a stream of
        # cells: the stream's reading is chosen by whether the counts fit, a guess once a cell is missing
        by_row = sum(1 for d in grid[1:] if len(d) >= 3) >= 2
        stream_text = "\n".join(ln.full_text for ln in lines_of_table(lines))
        s_cols, s_rows = (fragment_rows if by_row else funding_from_stream)(
            stream_text, mult, budget, ctx.stray_periods
        )
        # (rows printed in fragments, lines of figures that are no row: the stream only where the overview's
        # budget proves every row, funding_fragment_rows)
        if s_rows:
            columns, rows = s_cols, s_rows
            null_across_columns(columns, s_rows, mult)
            null_unproven_stream(
                columns, s_rows, mult
            )  # a row no printed sum proves: null (funding_stream_proof)
            # no sum printed: the budget's shares (fragment_rows), a finding where rows are nulled
            where = lines[0].source if lines else None
            # rows printed in fragments whose order the budget does not prove: null, a finding (fragment_rows)
            dealt = fragments_unproven(
                stream_text, columns, s_rows, budget, mult, where
            ) or null_against_budget(columns, s_rows, budget, mult, where)
        elif rows:
            unplaced = null_unplaceable_rows(grid, columns, rows, lines)
        elif (cells := rows_from_cells(lines)) and (by_cells := grid_from_lines(cells)):
            # a table printed a cell a line whose rows print more figures than it has columns (a revised cell's
            # superseded figure beside the one in force, no strikeout in the dump), so no stream of cells fits:
            # its rows gathered from their cells, a row read only where its figures fit the columns and the
            # sums prove their places, the others null (their lines kept as text)
            columns, rows = interpret_grid(by_cells, mult)
            if rows:
                grid, row_lines, proven_only = by_cells, cells, True
                unplaced = null_unplaceable_rows(grid, columns, rows, cells)
    if not rows:
        return SectionResult(
            {"funding": None}, prov, lines + notes + [it for it in items if isinstance(it, Table)]
        )
    # the share columns' places amid the periods (확보 | 미확보; the head's, the corner off, those closing it apart)
    head_cells = [c for c in (grid[0] if grid else [])[1:] if c.strip()]
    shares = frozenset(
        k
        for k, c in enumerate(head_cells[: len(head_cells) - derived_after(grid)])
        if classify_column(c)["kind"] == "share"
    )
    moved: list[dict[str, Any]] = []
    share_at = next((k for k, c in enumerate(columns) if c["kind"] == "share"), None)
    if heads_a_line(lines) and share_to_row_end(
        columns, rows
    ):  # a share's head printed amid the periods, one
        # cell a line, its cells last (a head sharing a line prints the columns' order: it stands as printed)
        moved.append(share_moved(columns[-1]["label"], share_at or 0, lines[0].source if lines else None))
    columns, rows = without_shares(columns, rows)
    if len({r["source"] for r in rows}) == len(rows) and total_label_ends_a_line(columns, lines):
        # (sources repeated: sub-projects' blocks no sums parted; the total's label printed among
        # the years' on one line: their printed order stands, :func:`null_against_sums`)
        placed = total_end_by_rows(columns, [r["amounts_krw"] for r in rows])
        columns = placed if placed is not None and placed[-1]["kind"] == "total" else columns
    nulled = (
        null_against_sums(columns, rows, mult)
        or null_out_of_order(columns, rows, mult)
        or null_negative(columns, rows, mult)
    )
    turn_by_budget(columns, rows, budget, mult)  # a square table dealt turned: the budget's shares prove it
    nulled = null_broken_sums(columns, rows, mult) or nulled  # cells dealt off their places: no sum holds
    short = set() if transposed else short_rows(grid) | gapped_rows(row_lines, named_columns(grid))
    if proven_only or short:
        nulled = null_unproven(columns, rows, mult, short, every=proven_only) or nulled
    if not transposed and null_unsummed(
        columns, rows, {d[0]: d[1:] for ln in row_lines if (d := data_row(ln.full_text))}
    ):
        nulled = (
            True  # a row read a token a cell amid rows whose thousands a space groups, its total unsummed
        )
    left_out: list[str] = []  # a group's member rows the spaced sums read without (their rows unread)
    if regroup_spaced(
        columns,
        rows,
        mult,
        extra=0 if transposed else derived_after(grid),
        printed=printed_with_blanks(
            rows, row_lines, None if transposed else len(columns) + len(shares) + derived_after(grid)
        )
        | ({} if transposed else group_printed(grid, row_lines, rows, len(columns))),
        skip=frozenset() if transposed else shares,
        budget=budget,
        noted=not transposed and note_headed(row_lines),
        left_out=left_out,
    ):
        # thousands grouped by spaces: read where the sums prove it
        nulled = any(v is None for r in rows for v in r["amounts_krw"])
        read_rows = {r["label"] for r in rows}
        unplaced = [
            ln for ln in unplaced if (row := data_row(ln.full_text)) is None or row[0] not in read_rows
        ]
    label_by_budget(columns, rows, None if nulled else (ctx.record.get("overview") or {}).get("budget"), mult)
    read = {r["label"] for r in rows}
    unplaced += [
        ln
        for ln in lines
        if all(ln is not u for u in unplaced)
        and (labels := run_together_row(ln.full_text))
        and not set(labels) <= read
    ]  # rows run together whose parting no sums proved: unread
    if lines:
        prov[Loc("funding")] = lines[0].source
    # a transposed table's rows are its columns: no one line holds a row
    data_lines = [] if transposed else [ln for ln in row_lines if data_row(ln.full_text)]
    for i, ln in row_lines_of(rows, data_lines, mult).items():  # the line printing the row's figures
        prov[Loc("funding", sub=f"rows[{i}]")] = ln.source
    if proven_only:  # a row of more figures than columns: the figures seen kept as printed
        keep_printed(grid, rows)
    return SectionResult(
        {"funding": {"unit": unit, "columns": columns, "rows": rows}},
        prov,
        list(notes) + unplaced,
        findings=[
            *moved,
            *dealt,
            *spread_findings(columns, rows, _line_of(row_lines)),
            *members_unread(left_out, lines[0].source if lines else None),
        ],
    )


def _line_of(lines: list[Line]) -> Callable[[str, str], Source | None]:
    """The source of the last of ``lines`` printing a row of ``label`` that holds ``amount`` (the whole's rows are
    printed after the sub-projects' of the same label)."""

    def find(label: str, amount: str) -> Source | None:
        hits = [
            ln.source
            for ln in lines
            if (row := data_row(ln.full_text))
            and row[0] == label
            and any(c.startswith(amount) for c in row[1:])
        ]
        return hits[-1] if hits else None

    return find
