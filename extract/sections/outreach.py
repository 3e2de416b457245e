"""도민소통 실적: a total and counts per channel (meetings, survey, experts, media, other).

The header names the channels in order (labels vary: 주민간담회·공청회 등, 만족도 조사, 민간전문가
자문, 언론·방송, 기타); the values row holds the total then one count per channel, a count may
carry a note in parentheses (``1(채용박람회)``) and ``-`` means zero.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.outreach_cells import from_cells, label_count_pairs, trailing_counts
from pledgecard.extract.sections.outreach_cells_across import cells_across
from pledgecard.extract.sections.outreach_channel_proof import without_unproven
from pledgecard.extract.sections.outreach_closed import closed_table
from pledgecard.extract.sections.outreach_grid import from_grid, log_over_tables
from pledgecard.extract.sections.outreach_label_split import without_unsplit
from pledgecard.extract.sections.outreach_lines import from_lines, late_channel
from pledgecard.extract.sections.outreach_log import (
    from_event_lines,
    from_log_grid,
    from_log_lines,
    looks_like_log,
)
from pledgecard.extract.sections.outreach_people import only_notes, times_unprinted
from pledgecard.extract.sections.outreach_periods import total_row_of_periods
from pledgecard.extract.sections.outreach_rows import from_rows
from pledgecard.extract.sections.outreach_same_row import rows_joined
from pledgecard.extract.sections.outreach_sentences import (
    from_heading,
    from_prose,
    from_sentences,
    heading_total,
    wrapped_ends_joined,
)
from pledgecard.extract.sections.outreach_unit import unit_line_over
from pledgecard.extract.sections.outreach_words import (
    category_of,
    count_cell,
    count_line,
    count_of,
    is_total,
    is_total_label,
    is_value_line,
)
from pledgecard.normalize.text import fold

_FRACTION = re.compile(r"[\d,]*\d\.\d+")


def leading_fractions(lines: list[Line]) -> int:
    """The number of lines opening ``lines`` that print nothing but a figure with a fraction
    (``35.8``): no count (a channel's count is whole), another table's cell a dump printed here (the
    last row's share printed past a page break, after the next headings)."""
    n = 0
    while n < len(lines) and lines[n].marker is None and _FRACTION.fullmatch(lines[n].full_text.strip()):
        n += 1
    return n


def extract_outreach(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The outreach the section's items print; counts of things done whose labels are no channel's cells nulled,
    with their findings (:mod:`outreach_channel_proof`)."""
    read = _read_outreach(items, ctx)
    source = read.provenance.get(Loc("outreach"))
    proven, found = without_unproven(read.value.get("outreach"), source)
    split, unsplit = without_unsplit(proven, [it for it in items if isinstance(it, Line)], source)
    if not found and not unsplit:
        return read
    return replace(read, value={**read.value, "outreach": split}, findings=[*read.findings, *found, *unsplit])


def _read_outreach(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    prov: dict[Loc, Any] = {}
    tables = [it for it in items if isinstance(it, Table)]
    for k, it in enumerate(tables):
        grid = [[fold(c) for c in r] for r in it.grid()]
        joined = log_over_tables(grid, tables[k + 1 :])
        if joined is not None:
            prov[Loc("outreach")] = it.source
            return SectionResult(
                {"outreach": joined[0]}, prov, [x for x in items if x is not it and x not in joined[1]]
            )
        got = from_log_grid(grid, category_of) or from_grid(grid)
        if got:
            prov[Loc("outreach")] = it.source
            return SectionResult({"outreach": got}, prov, unit_line_over(items, it, got))
    raw = [it for it in items if isinstance(it, Line)]
    one_row = rows_joined(raw)  # a rule-less table's row printed a cell a line: one line again
    read = _from_section_lines(one_row, items, ctx, dict(prov))
    if one_row != raw and (read is None or read.value.get("outreach") is None):
        # the joined rows read no table (a third column, 비고 or 참석인원, run into each row): the lines as printed
        read = _from_section_lines(raw, items, ctx, dict(prov)) or read
    if (
        (read is None or read.value.get("outreach") is None)
        and len(raw) == len(items)
        and (closed := closed_table(raw, lambda kept: _from_section_lines(kept, list(kept), ctx, dict(prov))))
    ):
        return closed  # the table its total closes, lines after it none of its rows (a page's running head)
    if read is not None:
        return read
    if (
        (not items or only_notes(items))
        and ctx is not None
        and ctx.heading
        and (told := from_heading(ctx.heading)) is not None
    ):
        # the counts on the heading's line, none under it (a note line under it is no count: left as it is)
        return SectionResult({"outreach": told}, prov, list(items), findings=times_unprinted(told, []))
    said = [it for it in items if isinstance(it, Line)]
    got = (
        from_sentences(wrapped_ends_joined(said), ctx.heading if ctx is not None else None)
        if len(said) == len(items)
        else None
    )  # a sentence's end a dump wrapped onto a line of its own (``개최``): back on it
    if not got and len(said) == len(items):
        got = from_prose(said)  # a paragraph of running text, its total proving its channels' counts
    if got:
        prov[Loc("outreach")] = said[0].source
        return SectionResult({"outreach": got}, prov, [], findings=times_unprinted(got, said))
    return SectionResult({"outreach": None}, prov, list(items))


def _from_section_lines(
    raw: list[Line], items: list[Item], ctx: SectionContext | None, prov: dict[Loc, Any]
) -> SectionResult | None:
    """The outreach an outreach section's lines ``raw`` print (its items ``items``), or None where they print no
    channel table (the heading's counts or sentences are tried after)."""
    lines, notes = split_notes(raw)
    lead = leading_fractions(lines)  # another table's cell printed past a page break: no count
    lines, notes = lines[lead:], [*notes, *lines[:lead]]
    unaligned = ctx is not None and any(ctx.in_unaligned(ln.source.line_start) for ln in lines)
    if (log := from_log_lines(lines, category_of)) is not None:
        prov[Loc("outreach")] = lines[0].source
        return SectionResult({"outreach": log}, prov, list(notes))
    if (events := from_event_lines(lines, category_of)) is not None:
        prov[Loc("outreach")] = lines[
            0
        ].source  # an event a line, no subtotal line: each channel's lines summed
        return SectionResult({"outreach": events}, prov, list(notes))
    if looks_like_log(lines):  # a log printed column by column: which subtotal is whose is not printed
        return SectionResult({"outreach": None}, prov, list(items))
    if not unaligned:  # a row a period over a total row proven their sum: the total row's counts
        lines = (
            total_row_of_periods(
                lines,
                values_of=is_value_line,
                is_channel=category_of,
                is_total=is_total_label,
                count=lambda t: count_cell(t)[0],
            )
            or lines
        )
    got = from_lines(lines, one_header_line=unaligned)
    rows = None if unaligned else from_rows(lines)
    if rows and got and got["total"] is None and len(rows["items"]) > len(got["items"]):
        got = None  # a channel or two read across from a table of a channel a row that reads whole
    got = got or (None if unaligned else rows or from_cells(lines))
    if (
        not unaligned
        and (not got or all(i["count"] is None for i in got["items"]))
        and (across := cells_across(lines)) is not None
    ):
        got = across  # the head's cells then the count row's, a cell a line: every count placed
    if got is None and not unaligned and ctx is not None and ctx.stray_counts:
        # the table's last counts printed past the page's footer: read with them where they prove it
        got = from_cells([*lines, *ctx.stray_counts])
    if (got is None or got["total"] is None) and not unaligned and (pairs := label_count_pairs(lines)):
        got = pairs  # a label's line over its count's, the sum proving them
    if unaligned and not got:
        # rows of a block the reader could not align whose header wraps over lines: which count
        # stands under which channel is not known, so none is read (the block is reported as
        # unrecovered)
        return SectionResult({"outreach": None}, prov, list(items))
    if got and got["total"] is None and ctx is not None and ctx.heading:
        # the total on the heading's line (군민소통 실적 : 총 8회) over a list of counts, where it is their sum
        got["total"] = heading_total(ctx.heading, got["items"])
    if got:
        prov[Loc("outreach")] = lines[0].source
        return SectionResult({"outreach": got}, prov, list(notes))
    return None


__all__ = [  # kept importable from here
    "from_grid",
    "from_lines",
    "label_count_pairs",
    "late_channel",
    "category_of",
    "count_line",
    "count_of",
    "extract_outreach",
    "from_sentences",
    "is_total",
    "leading_fractions",
    "trailing_counts",
]
