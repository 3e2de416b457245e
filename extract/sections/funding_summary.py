"""A summary table (총괄: a row a source, no period) printed beside the periods' table: set aside when
its totals are the periods' table's."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_checks import consistent, source_totals
from pledgecard.extract.sections.funding_column_heads import PERIOD_RANK
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.sections.funding_spaced import regroup_spaced
from pledgecard.extract.sections.funding_tables import table_positions
from pledgecard.normalize.text import DASHES
from pledgecard.record import FundingColumn, FundingRow


def summary_tables(
    tables: list[tuple[Table, Table]], mult: int, lines: Sequence[Line] = ()
) -> tuple[list[Table], list[tuple[Table, Table]]]:
    """A section printing a summary table (총괄: a row a source, the total and its split into what is
    secured and not, no period) beside a table of the periods: the summary is no funding table. It
    is set aside (returned first, to be taken as read) when each of its rows' totals is the total of
    the same source in the periods' table; a summary that does not agree stays in the section. The
    periods' table may be the section's ``lines`` (a text dump whose summary's cells a tab proved a
    table, the periods' table printed as lines: its head's cells no tab could place)."""
    read = [(t, whole, *table_positions(t, mult)[:2]) for t, whole in tables]

    def periods(columns: list[FundingColumn]) -> bool:
        return any(c["kind"] in PERIOD_RANK for c in columns)

    main = next(((cols, rows) for _, _, cols, rows in read if rows and periods(cols)), None)
    if main is None and tables and any(data_row(ln.full_text) for ln in lines):
        cols, rows = _read_run(list(lines), mult)
        main = (cols, rows) if rows and periods(cols) and consistent(cols, rows) else None
    if main is None:
        return [], tables
    totals = source_totals(*main)
    aside = [
        whole
        for _, whole, cols, rows in read
        if rows
        and not periods(cols)
        and totals
        and source_totals(cols, rows) == {k: v for k, v in totals.items() if k in source_totals(cols, rows)}
        and len(source_totals(cols, rows)) == len(rows)
    ]
    return aside, [(t, whole) for t, whole in tables if all(whole is not a for a in aside)]


def without_summary_lines(lines: list[Line], mult: int) -> tuple[list[Line], list[Line]]:
    """:func:`summary_tables` for a table printed as lines: the section's lines cut into runs where
    a line that is no data row follows a data row (a caption or the next table's head); a run whose
    table has no period, every row's total the same source's in the one run that has periods, is
    set aside (returned second)."""
    runs: list[list[Line]] = [[]]
    for ln in lines:
        if runs[-1] and data_row(ln.full_text) is None and data_row(runs[-1][-1].full_text) is not None:
            runs.append([])
        runs[-1].append(ln)
    if len(runs) < 2:
        return lines, []
    read = [_read_run(run, mult) for run in runs]
    with_periods = [
        k
        for k, (cols, rows) in enumerate(read)
        if consistent(cols, rows) and any(c["kind"] in PERIOD_RANK for c in cols)
    ]
    if len(with_periods) != 1:
        return lines, []
    totals = source_totals(*read[with_periods[0]])
    aside: list[int] = []
    for k, (cols, rows) in enumerate(read):
        own = source_totals(cols, rows) or _spaced_totals(rows, mult, totals)
        if (
            k != with_periods[0]
            and rows
            and own
            and len(own) == len(rows)
            and not any(c["kind"] in PERIOD_RANK for c in cols)
            and all(totals.get(lab) == v for lab, v in own.items())
        ):
            aside.append(k)
    if not aside:
        return lines, []
    return (
        [ln for k, run in enumerate(runs) if k not in aside for ln in run],
        [ln for k in aside for ln in runs[k]],
    )


def _read_run(run: list[Line], mult: int) -> tuple[list[FundingColumn], list[FundingRow]]:
    """A run's table; a table of periods whose thousands a space groups read where its sums prove it."""
    grid = grid_from_lines(run)
    cols, rows = interpret_grid(grid, mult) if grid else ([], [])
    if (
        rows
        and any(c["kind"] in PERIOD_RANK for c in cols)
        and any(v is None for r in rows for v in r["amounts_krw"])
    ):
        regroup_spaced(cols, rows, mult)
    return cols, rows


def _spaced_number(tokens: list[str]) -> int | None:
    """Tokens of one amount whose thousands a space groups (``1 298 300``), or a lone zero or dash."""
    if len(tokens) == 1 and (tokens[0] in DASHES or tokens[0] == "0"):
        return 0
    if (
        not tokens
        or not (tokens[0].isdigit() and 1 <= len(tokens[0]) <= 3 and tokens[0][0] != "0")
        or any(not (t.isdigit() and len(t) == 3) for t in tokens[1:])
    ):
        return None
    return int("".join(tokens))


def _spaced_totals(rows: list[FundingRow], mult: int, totals: dict[str, int]) -> dict[str, int]:
    """A summary's rows printed with thousands a space groups (no cell read): each row's total, where
    its tokens print the same source's total in the periods' table first and the rest part into two
    amounts (secured and not) adding up to it; empty unless every row is proven so."""
    out: dict[str, int] = {}
    for r in rows:
        t = totals.get(r["label"])
        raw = r.get("amounts_raw") or []
        if t is None or not mult or t % mult:
            return {}
        head = f"{t // mult:,}".split(",")
        rest = raw[len(head) :]
        if raw[: len(head)] != head or not any(
            (a := _spaced_number(rest[:k])) is not None
            and (b := _spaced_number(rest[k:])) is not None
            and a + b == t // mult
            for k in range(1, len(rest))
        ):
            return {}
        out[r["label"]] = t
    return out
