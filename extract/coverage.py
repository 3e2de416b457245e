"""What the extractor missed, said in findings (the same shape as validation's) and in the
record's ``source.coverage``: a heading with nothing read under it, a table of figures no section
took, and the share of the card's printed characters the record placed in a field."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import Any

from pledgecard.extract.document import Source, Table
from pledgecard.extract.findings import finding
from pledgecard.extract.geometry import bbox_of
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money import parse_amount

CITED_LINES = 3  # a card-level finding about a page cites the card's first this many lines on it
LOW_COVERAGE = 0.90  # below this share of printed characters placed, the card says so


def printed_chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def coverage(items: list[Item], unparsed: list[dict[str, Any]]) -> float | None:
    """The share (0..1) of the card's printed characters placed in a field, ``unparsed``
    excluded; ``None`` for a card with no text."""
    printed = sum(printed_chars(item_text(it)) for it in items)
    if not printed:
        return None
    left = sum(printed_chars(u["text"]) for u in unparsed)
    return round(max(0.0, 1.0 - left / printed), 3)


def _where(source: Source | None) -> Source | None:
    return source if source is not None and source.describe() else None


def is_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    return value in (None, [], "")


def section_empty(name: str, heading: str | None, where: Source | str | None) -> dict[str, Any]:
    """At the section (``name``, its record part: ``funding``, ``goals`` ...), printed from ``where``."""
    return finding(
        "extract.section_empty",
        name,
        f"section '{heading or name}' found but nothing read under it",
        observed=heading,
        source=where,
    )


def has_figures(table: Table) -> bool:
    """A table holding numbers in at least two cells."""
    return sum(1 for c in table.cells if re.search(r"\d", c.text)) >= 2


def table_unassigned(table: Table, section: str | None, part: str | None = None) -> dict[str, Any]:
    """At the record part of the section the table stood in (``part``; ``None``: a heading no vocabulary
    names, the whole card), printed where the table is."""
    first = " | ".join(c.text.replace("\n", " ") for c in table.cells[:4])
    return finding(
        "extract.table_unassigned",
        part,
        f"a table with figures that no section took ({first[:60]})",
        observed=section,
        source=_where(table.source),
    )


def low_coverage(share: float) -> dict[str, Any]:
    return finding(
        "extract.low_coverage",
        None,
        f"only {share:.0%} of the card's printed characters were placed in the record",
        observed=share,
        expected=f">= {LOW_COVERAGE:.0%}",
    )


def _digits(text: str) -> bool:
    return bool(re.search(r"\d", text))


def blocks_unrecovered(
    ranges: list[tuple[int, int]],
    unplaced: list[Item],
    headings: dict[int, str | None],
    rows: list[Line] = (),  # type: ignore[assignment]
    parts: Mapping[int, str | None] | None = None,
) -> list[dict[str, Any]]:
    """A text dump's aligned block the reader could not map to rows and columns (kept as text
    rows, lines ``a``-``b``) whose figures no section then read: no cell of it is in the record,
    its text is in ``unparsed``, and this says so at its lines. ``headings``: the heading of the
    section each unplaced item stood in (by ``id``). ``rows``: table rows a section recovered
    from text lines but could not place (cells fewer than columns): one finding at each row's
    line outside those blocks (at ``funding``). ``parts``: the record part of the section each unplaced
    item stood in (by ``id``), a block's location (``None``, the whole card, when its section is unknown)."""
    out = []
    for ln in rows:
        n = ln.source.line_start
        if n is not None and any(a <= n <= b for a, b in ranges):
            continue  # said once for its block below
        section = headings.get(id(ln))
        out.append(
            finding(
                "extract.table_unrecovered",
                "funding",
                f"a table row ('{ln.full_text[:40]}') has more or fewer cells than the table has "
                f"columns: its cells are null, its text is kept in unparsed"
                + (f" (section '{section}')" if section else ""),
                observed=section,
                source=_where(ln.source),
            )
        )
    for a, b in ranges:
        lost = [
            it
            for it in unplaced
            if isinstance(it, Line)
            and it.source.line_start is not None
            and a <= it.source.line_start <= b
            and _digits(it.full_text)
        ]
        if not lost:
            continue  # not this card's, or a section read every row of it from its lines
        section = headings.get(id(lost[0]))
        out.append(
            finding(
                "extract.table_unrecovered",
                (parts or {}).get(id(lost[0])),
                f"a table at lines {a}-{b} could not be mapped to rows and columns without guessing: "
                f"its cells are not read, its text is kept in unparsed"
                + (f" (section '{section}')" if section else ""),
                observed=section,
                source=Source(line_start=a, line_end=b),
            )
        )
    return out


def _lines_unread(
    rows: list[Line],
    headings: dict[int, str | None],
    what: str,
    part: str,
    parts: Mapping[int, str] | None = None,
) -> list[dict[str, Any]]:
    """One ``extract.table_unrecovered`` finding at each of ``rows``' lines, the fault being the
    reading's: ``what`` says of the line (``'...'`` its first words) why it is not read. Located at
    ``part`` (the record part the rows belong to), or at the record item ``parts`` names for a line."""
    out = []
    for ln in rows:
        section = headings.get(id(ln))
        out.append(
            finding(
                "extract.table_unrecovered",
                (parts or {}).get(id(ln), part),
                what.format(line=ln.full_text[:40]) + (f" (section '{section}')" if section else ""),
                observed=section,
                source=_where(ln.source),
            )
        )
    return out


def rows_run_together(rows: list[Line], headings: dict[int, str | None]) -> list[dict[str, Any]]:
    """Funding rows a dump printed run together on one line (two rows' labels, then all their
    amounts) whose parting no sums proved: one finding at each line."""
    return _lines_unread(
        rows,
        headings,
        "a funding line ('{line}') prints two or more rows' labels run together "
        "before their amounts, and no sums show which amounts are whose: those rows are not "
        "read, the line is kept in unparsed",
        "funding",
    )


def goal_rows_unread(rows: list[Line], headings: dict[int, str | None]) -> list[dict[str, Any]]:
    """Goal rows a text dump printed one a line that the goals section left unread (where the
    project, the target and the actual end is not shown): one finding at each row's line."""
    return _lines_unread(
        rows,
        headings,
        "a goal row ('{line}') does not show where its project, target and "
        "actual cells end: the goal is not read, its text is kept in unparsed",
        "goals",
    )


def goal_cells_unread(
    rows: list[Line], headings: dict[int, str | None], goals: Mapping[int, str] | None = None
) -> list[dict[str, Any]]:
    """The words goal rows read print after their status under a detail and a remark column, run
    together (where the detail ends is not shown): one finding at each row's line, located at the goal
    read from it (``goals``: the record path by the line's ``id``, ``goals[2]``) where one goal is."""
    figures = [
        ln
        for ln in rows
        if ln.full_text.split() and all(parse_amount(w) is not None for w in ln.full_text.split())
    ]
    words = [ln for ln in rows if all(ln is not f for f in figures)]
    return _lines_unread(
        words,
        headings,
        "a goal row prints its detail and remark cells run together after its "
        "status ('{line}'): where the detail ends is not shown, the goal's detail is null, "
        "the words are kept in unparsed",
        "goals",
        goals,
    ) + _lines_unread(
        figures,
        headings,
        "a goal row prints figures ('{line}') in no one column (between a year's two "
        "sub-columns): nothing printed places them, the goal's field is null, they are kept in unparsed",
        "goals",
        goals,
    )


def header_values_unread(rows: list[Line], headings: dict[int, str | None]) -> list[dict[str, Any]]:
    """A header's rows of values run together under their labels that the header left unread (its free-text
    values side by side, no kind telling where one ends): one finding at each row's line."""
    return _lines_unread(
        rows,
        headings,
        "a header row of values ('{line}') does not show where its values end: "
        "the fields it answers are null, its text is kept in unparsed",
        "header",
    )


def funding_unrecovered(funding: dict[str, Any] | None, where: Source | None) -> list[dict[str, Any]]:
    """A funding table read from a flattened dump whose columns the layout could not order (cells
    printed readably but left null, their text in ``amounts_raw``; or its rows named, no column read):
    one finding for the table, not a fault of the card's figures, at ``funding``."""
    if not funding:
        return []
    rows = funding.get("rows") or []
    if rows and not funding.get("columns") and not any(row.get("amounts_krw") for row in rows):
        # its rows named, no column of them read (a head no label: a source row taken for it)
        return [
            finding(
                "extract.table_unrecovered",
                "funding",
                "the funding table's rows were found but no column of them could be read without "
                "guessing: their amounts are null",
                observed="funding",
                source=_where(where),
            )
        ]
    for row in rows:
        raw = row.get("amounts_raw") or []
        if any(
            v is None and r and parse_amount(r, 1) is not None
            for v, r in zip(row.get("amounts_krw") or [], raw, strict=False)
        ):
            return [
                finding(
                    "extract.table_unrecovered",
                    "funding",
                    "the funding table's columns could not be ordered from the dump without guessing: "
                    "its cells are null, their printed text is kept in amounts_raw",
                    observed="funding",
                    source=_where(where),
                )
            ]
    return []


def unit_unprinted(
    record: dict[str, Any], prov: dict[str, Source], *, unproven: bool = False, budget_unproven: bool = False
) -> list[dict[str, Any]]:
    """Amounts read where the card prints no unit (no ``(단위: ...)`` line, none in a cell, none
    after a figure): a reviewer is told so, since a card printing millions of won without saying it
    would otherwise pass as a card in won. A funding table's cells print their own unit (its bare cells
    are null, ``extract.unit_unproven`` says so where ``unproven``: no second finding then); a budget's
    amounts are taken as won as printed where the card or its funding table prints a unit (else its bare amounts
    are proven or null, ``extract.unit_unproven`` says so where ``budget_unproven``: no second finding then)."""
    out = []
    funding = record.get("funding") or {}
    if (
        not funding.get("unit")
        and not unproven
        and any(a is not None for row in funding.get("rows") or [] for a in row.get("amounts_krw") or [])
    ):
        where = prov.get("funding")
        out.append(
            finding(
                "extract.unit_unprinted",
                "funding.unit",
                "the funding table prints no unit of its own: its amounts are read with the unit each "
                "prints (told in a sentence with none: as won as printed)"
                + (f" ({where.describe()})" if where and where.describe() else ""),
                observed=None,
                expected="a printed unit",
                source=_where(where),
            )
        )
    budget = (record.get("overview") or {}).get("budget") or {}
    if (
        not budget.get("unit")
        and not budget_unproven
        and (
            budget.get("total_krw") is not None
            or any(p.get("amount_krw") is not None for p in budget.get("parts") or [])
        )
    ):
        out.append(
            finding(
                "extract.unit_unprinted",
                "overview.budget.unit",
                "the overview budget prints no unit: its amounts are read with the unit each prints",
                observed=budget.get("raw"),
                expected="a printed unit",
                source=_where(prov.get("overview.budget")),
            )
        )
    return out


def _placeholders(v: Vocabulary) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", "", w) for w in v.words("dump_placeholders", "table"))


def is_table_placeholder(item: Item) -> bool:
    """A text dump's line that only stands for a table the converter did not print (hwp5txt's
    ``<표>``, vocabulary ``[dump_placeholders] table``)."""
    return isinstance(item, Line) and re.sub(r"\s+", "", item.full_text) in current().build(_placeholders)


def labels_unprinted(first: Item | None) -> dict[str, Any]:
    """The finding of a card whose dump printed its values but not its template's labels and headings
    (:mod:`pledgecard.extract.labels_lost`): which value is which the dump does not tell, so they are
    left unread; the card says its text was lost rather than come out near empty with no word."""
    return finding(
        "extract.labels_unprinted",
        None,
        "the dump prints the card's values but none of its labels or section headings (text set in a "
        "font the converter could not map is missing from it): which value is which the dump does not tell, most are left unread",
        source=_where(first.source) if first is not None else None,
    )


def table_missing(line: Line, section: str | None, part: str | None = None) -> dict[str, Any]:
    """The finding at a placeholder line: the table's cells are not in the dump, so what it held
    (a header's fields, the funding, the goals ...) is not in the record; the card says so at that
    line rather than leave its section silently empty. Located at the record part of the section it
    stood in (``part``; ``None``: a heading no vocabulary names, the whole card)."""
    return finding(
        "extract.table_missing",
        part,
        f"the dump printed '{line.full_text.strip()}' where a table stood: its cells are not in the "
        f"text, what it held is not read" + (f" (section '{section}')" if section else ""),
        observed=section,
        source=_where(line.source),
    )


def row_unread(
    section: str, heading: str | None, label: str, where: Source, unread: tuple[str, ...]
) -> dict[str, Any]:
    """The finding at a table row a section saw and left out of the record because a cell of it cannot
    be read (:mod:`pledgecard.extract.sections.rows_dropped`): the row's label and its label cell's
    position, so a reviewer can tell a row the card does not print from a row the reading lost."""
    cells = ", ".join(f"'{c[:20]}'" for c in unread[:3])
    return finding(
        "extract.row_unread",
        section,
        f"a {section} row ('{label}') holds a cell that cannot be read ({cells}): the row is not in "
        f"the record" + (f" (section '{heading}')" if heading else f" (section {section})"),
        observed={"section": section, "label": label, "cells": list(unread)},
        source=_where(where),
    )


def amount_spans_periods(
    location: str,
    label: str | None,
    amount: str,
    periods: list[str | None],
    columns: list[int],
    where: Source | None,
) -> dict[str, Any]:
    """The finding at a funding row (``funding.rows[2]``) one of whose amounts the card prints once over two or
    more periods (a merged cell, ``2,000 (2년간)``): no period's figure, each of those periods' cells null.
    ``periods``: the columns it covers, as far as the card shows them (none where a dump lost the span);
    ``columns``: the record's columns (from 0) it left null, so validation tells them from unread ones."""
    over = ", ".join(str(p) for p in periods if p) or "several periods"
    return finding(
        "extract.amount_spans_periods",
        location,
        f"the funding row '{label or ''}' prints '{amount}' once over {over}: how much falls in each the "
        f"card does not say, those periods' amounts are null",
        observed={"amount": amount, "periods": list(periods), "columns": list(columns)},
        source=_where(where),
    )


def periods_unprinted(
    rows: list[int], columns: list[int], labels: list[str], periods: list[str], where: Source | None
) -> dict[str, Any]:
    """The finding at a funding whose sources the card prints as their totals alone (a table of the sources'
    totals beside one of the periods' totals: :mod:`pledgecard.extract.sections.funding_margins`): the record
    ``rows`` (their ``labels``) have no amount in the ``columns`` (their ``periods``), which the card does not
    print, rather than amounts that could not be read."""
    return finding(
        "extract.periods_unprinted",
        "funding",
        f"the card prints the sources' totals only ({', '.join(labels)}), not their amounts a period: "
        f"those cells are null, not unread",
        source=_where(where),
        observed={
            "sources": list(labels),
            "periods": list(periods),
            "rows": list(rows),
            "columns": list(columns),
        },
    )


def year_unread(heading: str | None, text: str, where: Source) -> dict[str, Any]:
    """The finding at a goal year a goals section saw and could not read (``20#3``:
    :mod:`pledgecard.extract.sections.goal_years_unread`) while a goal of the record has no year (or no goal
    is read): the
    cell's text and position, so a reviewer can tell a year the card does not print from one the reading lost."""
    return finding(
        "extract.year_unread",
        "goals",
        f"a goal year ('{text[:20]}') holds a character no year has: a goal of the record has no year, or "
        f"no goal is read" + (f" (section '{heading}')" if heading else " (section goals)"),
        observed={"section": "goals", "text": text},
        source=_where(where),
    )


def text_before_card(aside: list[Item]) -> dict[str, Any] | None:
    """The note (on the file's first card) that the file printed text before its first card that no card holds
    (:func:`pledgecard.extract.card_split.split_cards_aside`: a cover, a report's front matter, or a card whose
    title and header the vocabulary does not know): where it stands and how much, so a reviewer knows text was
    set aside; None when nothing printed was."""
    printed = [it for it in aside if printed_chars(item_text(it))]
    if not printed:
        return None
    where = [w for w in (printed[0].source.describe(), printed[-1].source.describe()) if w]
    first = " ".join(item_text(printed[0]).split())
    page = printed[0].source.page
    # its first few items' box on the first page (where it starts: a crop, not the page)
    boxes = [it.source.bbox for it in printed if it.source.page == page and it.source.bbox is not None][:3]
    at = Source(page=page, bbox=bbox_of(boxes)) if page is not None and boxes else None
    return finding(
        "extract.text_before_card",
        None,
        f"{len(printed)} item(s) printed before the file's first card are in no card, from '{first[:60]}'",
        observed={"items": len(printed), "chars": sum(printed_chars(item_text(it)) for it in printed)},
        source=" .. ".join(dict.fromkeys(where)) or None,
        at=at,
    )


def pages_interleaved(ranges: list[tuple[int, int]], items: list[Item]) -> list[dict[str, Any]]:
    """The finding of a card printed on a dump's page that reads a sheet of two pages side by side across both
    (``Document.read_across``: a plain text dump of a PDF printed 2-up): the two pages' lines are merged, which
    page a line is of the dump does not tell; what the sections read from it may be in part (tables and items
    among the other page's lines are left unread rather than guessed). Said once a card, at the card's own first
    lines (:data:`CITED_LINES`) on the first such page."""
    lines = sorted({n for it in items if (n := it.source.line_start) is not None})
    hit = []
    for a, b in ranges:  # each page: the card's first line on it, by bisection of the card's sorted lines
        i = bisect_left(lines, a)
        if i < len(lines) and lines[i] <= b:
            hit.append([n for n in lines[i : i + CITED_LINES] if n <= b])
    if not hit:
        return []
    return [
        finding(
            "extract.pages_interleaved",
            None,
            "the dump reads a sheet printed two pages side by side (2-up) across both pages, their lines "
            "interleaved (a plain pdftotext dump; -layout or -raw keeps the pages apart): which page a line "
            "is of the dump does not tell, the card's sections may be read in part",
            observed=len(hit),
            source=Source(line_start=hit[0][0], line_end=hit[0][-1]),
        )
    ]


def groups_unproven(
    lines: list[int], record: dict[str, Any], prov: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The achievements printed on rows whose group cell the geometry does not prove (``Document.groups_unproven``:
    a layout dump's 구분 cell amid an item table's rows, the rows between two cells either may own, or a cell
    printing no reporting date): their ``group`` and ``group_as_of`` null, never a neighbour's block guessed; the
    finding naming them (none where no item stands there)."""
    if not lines:
        return []
    doubt = set(lines)
    hit = []
    for i, item in enumerate(record.get("achievements") or []):
        src = prov.get(f"achievements[{i}]")
        if isinstance(src, Source) and src.line_start in doubt:
            item["group"], item["group_as_of"] = None, None
            hit.append(i)
    if not hit:
        return []
    return [
        finding(
            "extract.group_unproven",
            f"achievements[{hit[0]}]",
            "an item table's group cell (its first column) stands amid its rows: which cell these rows are printed beside "
            "(a cell set at its rows' top or foot, or one printing no reporting point) the layout does not "
            "prove, their block and reporting point left null",
            observed={"items": hit},
            source=prov.get(f"achievements[{hit[0]}]"),
        )
    ]
