"""Totals and cross-checks of a read funding table: whether figures sum, nulling cells no sum proves
(against the total row and column, across columns, out of order, unproven, unplaceable rows), where
the total column stands, and the sources' totals."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_column_heads import periods_in_order
from pledgecard.extract.sections.funding_group_matched import group_matched_bad
from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.normalize.money import parse_amount
from pledgecard.normalize.text import fold
from pledgecard.record import FundingColumn, FundingRow


def total_end_by_sums(
    columns: list[FundingColumn], grid: list[list[str]], multiplier: int
) -> list[FundingColumn] | None:
    """The columns of a stream whose one total column stands at an end, placed at the end whose
    cell is the sum of the row's other cells in every row, where the other end's is in none. A
    dump printing cells one per line prints a header cell spanning two lines (총사업 / 비) wherever
    its first line falls, so the layout may not tell the end (:func:`column_layout`), or tell it
    wrong; the rows' own cells do. Rows of fewer than three non-zero figures tell nothing; at least
    two rows must tell. None when the rows do not decide (the layout's reading then stands, and
    :func:`null_against_sums` nulls it where no row fits it)."""
    return total_end_by_rows(columns, [[parse_amount(c, multiplier) for c in row] for row in grid])


def total_end_by_rows(
    columns: list[FundingColumn], values: list[list[int | float | None]]
) -> list[FundingColumn] | None:
    """:func:`total_end_by_sums` over rows' amounts as read (a table printed a row a line, its head
    two lines: ``세부사업 재원 연도별 투자계획 총사업비`` over the years, the total's label on the first
    line wherever the layout put it): the columns with the total at the end the rows' sums prove,
    None when they do not decide."""
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1 or kinds[0] != "total" and kinds[-1] != "total" or len(kinds) < 3:
        return None
    telling = [v for v in values if len(v) == len(kinds) and None not in v and sum(1 for x in v if x) >= 3]
    if len(telling) < 2:
        return None
    ti = kinds.index("total")
    others = [c for c in columns if c["kind"] != "total"]
    for end, placed in ((0, [columns[ti], *others]), (len(kinds) - 1, [*others, columns[ti]])):
        if all(sums_fit(v, end) for v in telling) and not any(
            sums_fit(v, len(kinds) - 1 - end) for v in telling
        ):
            return placed
    return None


def total_label_ends_a_line(columns: list[FundingColumn], lines: list[Line]) -> bool:
    """Whether the total column's label is printed last on a head line no period label shares (a
    head two lines deep: ``세부사업 재원 연도별 투자계획 총사업비`` over ``2022년 … 2027년``): the total
    stands right of the years, wherever the layout put it."""
    total = next((c["label"] for c in columns if c["kind"] == "total"), None)
    if not total:
        return False
    years = [str(c["year"]) for c in columns if c.get("year")]
    return any(
        re.sub(r"\s+", "", fold(ln.full_text)).endswith(re.sub(r"\s+", "", total))
        and not any(y in ln.full_text for y in years)
        for ln in lines
        if isinstance(ln, Line)
    )


def consistent(columns: list[FundingColumn], rows: list[FundingRow]) -> bool:
    """Every row has one cell per column, each read or printed unreadable (``amounts_raw``)."""
    return bool(rows) and all(
        len(r["amounts_krw"]) == len(columns) and (None not in r["amounts_krw"] or "amounts_raw" in r)
        for r in rows
    )


def table_total(funding: dict[str, Any] | None) -> int | float | None:
    """The funding table's grand total: its total row's total column, else the sum of its rows'
    totals; None when the table prints neither."""
    if not funding:
        return None
    kinds = [c["kind"] for c in funding["columns"]]
    if "total" not in kinds:
        return None
    ti = kinds.index("total")
    rows = funding["rows"]
    grand = next((r for r in rows if r["source"] == "total"), None)
    values = [grand["amounts_krw"][ti]] if grand else [r["amounts_krw"][ti] for r in rows]
    return None if not values or None in values else sum(values)


def source_totals(columns: list[FundingColumn], rows: list[FundingRow], mult: int = 0) -> dict[str, Any]:
    """Each row's total-column amount by its label (none when the table has no total column or a row
    has none read). With ``mult``, a row whose cells were nulled against the sums (a summary's split
    need not add up as periods do) gives its printed total, when every cell was kept as printed."""
    kinds = [c["kind"] for c in columns]
    if "total" not in kinds:
        return {}
    ti = kinds.index("total")
    out = {}
    for r in rows:
        v = r["amounts_krw"][ti] if ti < len(r["amounts_krw"]) else None
        raw = r.get("amounts_raw") or []
        if v is None and mult and len(raw) == len(kinds):
            v = parse_amount(raw[ti], mult)
        out[r["label"]] = v
    return {} if None in out.values() else out


def without_shares(
    columns: list[FundingColumn], rows: list[FundingRow]
) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Columns splitting the total (확보 | 미확보, vocabulary ``[funding_columns] share``) taken out
    with their amounts, wherever a path kept them: they are no period of the table."""
    keep = [k for k, c in enumerate(columns) if c["kind"] != "share"]
    if len(keep) == len(columns):
        return columns, rows
    for r in rows:
        r["amounts_krw"] = [r["amounts_krw"][k] for k in keep if k < len(r["amounts_krw"])]
    return [columns[k] for k in keep], rows


def sums_fit(values: list[int | float | None], k: int, unit: int = 1) -> bool:
    """Whether ``values[k]`` is the sum of the others (to a thousandth, or to one printed unit: ``unit``
    is what one unit of the printed figures counts in ``values``; the one rule of :mod:`funding_sum_rule`)."""
    rest = [v for j, v in enumerate(values) if j != k]
    if values[k] is None or None in rest:
        return False
    return adds_up(rest, values[k], unit)  # type: ignore[arg-type]


def null_against_sums(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """A total column the layout placed where no row sums to it while another column is each
    row's sum: the dump printed the total column's label away from its cells (a header cell
    spanning two lines printed first), so which cell is which cannot be told from the layout.
    Every cell is nulled (its printed value kept in ``amounts_raw``) rather than shifted; True
    when it was. Rows of nothing but zeros say nothing either way."""
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1 or len(kinds) < 3:
        return False
    ti = kinds.index("total")
    telling = [
        r["amounts_krw"]
        for r in rows
        if len(r["amounts_krw"]) == len(kinds) and any(r["amounts_krw"]) and None not in r["amounts_krw"]
    ]  # a row with a cell not read tells nothing either way
    if not telling or any(sums_fit(v, ti) for v in telling):
        return False
    if not any(all(sums_fit(v, k) for v in telling) for k in range(len(kinds)) if k != ti):
        return False
    for r in rows:
        if "amounts_raw" not in r:
            r["amounts_raw"] = [
                "-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None
            ]
        r["amounts_krw"] = [None] * len(kinds)
    return True


def null_across_columns(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """A table read from a stream of cells, amounts dealt to the columns by count, whose every row
    is whole and sums to its total cell but whose total row is not the sum of the source rows in
    some column: a converter printed a cell of a row out of its place (``pdftotext`` printing a cell
    under an empty one of the row above after the row's others), which the row's own sum cannot
    show. No cell can be trusted to its column: every cell is nulled, its printed value kept in
    ``amounts_raw``; True when it was."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    totals = [r for r in rows if r["source"] == "total"]
    parts = [r for r in rows if r["source"] != "total"]
    if (
        kinds.count("total") != 1
        or len(totals) != 1
        or len(parts) < 2
        or any(len(r["amounts_krw"]) != n or None in r["amounts_krw"] for r in rows)
    ):
        return False
    ti = kinds.index("total")
    if not all(sums_fit(r["amounts_krw"], ti) for r in rows):  # type: ignore[arg-type]
        return False
    if all(
        sums_fit([totals[0]["amounts_krw"][j], *(p["amounts_krw"][j] for p in parts)], 0) for j in range(n)
    ):
        return False
    null_every_cell(rows, mult, n)
    return True


def null_unproven(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    mult: int,
    short: set[str] = frozenset(),
    *,
    every: bool = True,
) -> bool:  # type: ignore[assignment]
    """Rows re-read from a table's rows printed as lines (the cells of a table that stood under no
    column, empty cells dropped in the printing, so a figure may have moved a column): a row keeps
    its figures only where the sums prove their places, its cells summing to its one total column,
    or every column's cells summing to the total row's; any other row's cells are nulled (printed
    values kept in ``amounts_raw``); True when one was. A row labelled in ``short`` printed fewer
    cells than the head names: a blank cell is a zero, which its own total fits wherever it stood,
    so only the columns' sums prove its cells. With ``every`` False only the rows in ``short`` are
    held to the proof (a row printing every cell the head names stands as printed)."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    whole = [r["amounts_krw"] for r in rows if len(r["amounts_krw"]) == n and None not in r["amounts_krw"]]
    totals = [r["amounts_krw"] for r in rows if r["source"] == "total"]
    parts = [v for r in rows if r["source"] != "total" for v in [r["amounts_krw"]]]
    by_columns = (
        len(totals) == 1
        and len(parts) >= 2
        and len(whole) == len(rows)
        and all(sums_fit([totals[0][j], *(p[j] for p in parts)], 0) for j in range(n))
    )
    ti = kinds.index("total") if kinds.count("total") == 1 else None
    nulled = False
    for r in rows:
        v = r["amounts_krw"]
        own = ti is not None and len(v) == n and sums_fit(v, ti) and r["label"] not in short
        if by_columns or all(x is None for x in v) or own or (not every and r["label"] not in short):
            continue
        null_every_cell([r], mult, n)
        nulled = True
    return nulled


def short_rows(grid: list[list[str]]) -> set[str]:
    """The labels of a grid's source rows (read from printed lines) holding fewer cells than its head
    row names columns: a cell printed blank was dropped with its place."""
    if len(grid) < 2:
        return set()
    named = sum(1 for c in grid[0][1:] if c.strip())  # the columns the head names, its corner left out
    return {
        label for row in grid[1:] if (label := source_label(row[:1])) is not None and 1 < len(row) < 1 + named
    }


def null_out_of_order(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Period columns out of time order (``2022`` before ``기투자``: a header label printed a line
    lower than the others, its place read from the wrong line): no label can be trusted to its
    cells, so every cell is nulled, its printed value kept in ``amounts_raw``; True when it was."""
    if periods_in_order(columns):
        return False
    null_every_cell(rows, mult, len(columns))
    return True


def null_negative(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """A fall (``△1,035``, a negative figure) under a period's or a total's column: no plan or total is
    below nothing. The class of card fixed: a change column's (증감) head a dump printed out of the columns'
    order (``2021년`` / ``증감`` / ``2022년``: the next period's figures read under the change's head; mutant 3946
    pdftotext, a change column's falls read as 2022's plan), where no head can be trusted to its cells: every cell
    is nulled, as printed in ``amounts_raw``. Where the table proves no head was displaced (:func:`_no_change_read`:
    every row printing a fall adds up to its total, nearer than the fall), only what the fall makes unprovable
    is nulled: the falls themselves and the rows whose sums do not hold; the rows whose sums hold keep their
    cells (session 31). True when a cell was nulled."""
    width = len(columns)
    falls = {
        (i, j)
        for i, r in enumerate(rows)
        for j, v in enumerate(r["amounts_krw"][:width])
        if isinstance(v, int | float) and v < 0
    }
    if not falls:
        return False
    total_col, periods, _ = sum_axes(columns, rows)
    if total_col is None or not _no_change_read(rows, falls, total_col, periods, width):
        null_every_cell(rows, mult, width)
        return True
    for i, r in enumerate(rows):
        holds = len(r["amounts_krw"]) == width and sums_fit(r["amounts_krw"][:width], total_col)
        gone = [j for j in range(width) if (i, j) in falls or not holds]
        if not gone:
            continue
        if "amounts_raw" not in r:
            r["amounts_raw"] = [
                "-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None
            ]
        r["amounts_krw"] = [None if j in gone else v for j, v in enumerate(r["amounts_krw"][:width])]
    return True


def _no_change_read(
    rows: list[FundingRow], falls: set[tuple[int, int]], total_col: int, periods: list[int], width: int
) -> bool:
    """Whether the table proves its falls are no change column's figures read under a period's head: every
    column but the total a period, and each row printing a fall adds up to its total (the fall among its parts)
    nearer than any of its falls. A change read in a displaced period's place adds up to ``total - period +
    change``: off by the fall and the displaced period (never below nothing) at least."""
    if sorted(periods) != [j for j in range(width) if j != total_col] or any(
        j == total_col for _, j in falls
    ):
        return False
    for i in {i for i, _ in falls}:
        values = rows[i]["amounts_krw"][:width]
        if len(values) != width or None in values or not sums_fit(values, total_col):
            return False
        off = abs(sum(v for j, v in enumerate(values) if j != total_col) - values[total_col])  # type: ignore[misc,operator]
        if any(off >= abs(values[j]) for ii, j in falls if ii == i):  # type: ignore[arg-type]
            return False
    return True


def null_every_cell(rows: list[FundingRow], mult: int, width: int | None = None) -> None:
    """Every cell of ``rows`` nulled (``width`` cells a row, else as many as each row had), the values
    they held kept as printed in ``amounts_raw`` (in the table's unit: ``mult`` won a unit)."""
    for r in rows:
        if "amounts_raw" not in r and any(v is not None for v in r["amounts_krw"]):
            r["amounts_raw"] = [
                "-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None
            ]
        r["amounts_krw"] = [None] * (len(r["amounts_krw"]) if width is None else width)


def null_unplaceable_rows(
    grid: list[list[str]], columns: list[dict[str, Any]], rows: list[dict[str, Any]], lines: list[Line]
) -> list[Line]:
    """Rows of a table recovered from text lines whose printed cells are fewer or more than the
    columns cannot be placed without guessing (a dump drops empty cells): their cells are null, and
    their lines are returned to be kept as text (``unparsed``). Rows not matched one to one with
    the lines' rows (a transposed table): every cell is null and every data line kept."""
    data = grid[1:]
    matched = len(data) == len(rows) and all(r["label"] == d[0] for r, d in zip(rows, data, strict=True))
    grouped = None if matched else group_matched_bad(grid, columns, rows)  # rows under a group label column
    bad = (
        {r["label"] for r, d in zip(rows, data, strict=False) if len(d) - 1 != len(columns)}
        if matched
        else grouped
        if grouped is not None
        else {r["label"] for r in rows}
    )
    for r in rows:
        if r["label"] in bad:
            r["amounts_krw"] = [None] * len(columns)
            r.pop("amounts_raw", None)
    return [ln for ln in lines if (row := data_row(ln.full_text)) is not None and row[0] in bad]


def keep_printed(grid: list[list[str]], rows: list[FundingRow]) -> None:
    """Rows of a table gathered from its cells left wholly null with no printed text kept (their figures fit no
    columns: a revised cell's superseded figure beside the one in force, cells dropped): their printed cells, by
    their label's row of ``grid``, kept in ``amounts_raw`` (the figures seen, which the reader could not place)."""
    by_label = {d[0]: d[1:] for d in grid[1:] if d}
    for r in rows:
        if (
            "amounts_raw" not in r
            and all(v is None for v in r["amounts_krw"])
            and (cells := by_label.get(r["label"]))
        ):
            r["amounts_raw"] = [c.strip() for c in cells if c.strip()]
