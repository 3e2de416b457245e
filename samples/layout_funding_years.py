"""Funding tables with the years down (transposed, year rows) and the side tables."""

from __future__ import annotations

import random

from samples.layout_blocks import Block, Grid, Para, Record, money_text, unit_mult
from samples.layout_funding_figures import _amount, _corner
from samples.layout_overview import year_label
from samples.style import Style

YEAR_REMARKS = (
    "기본계획 수립",
    "실시설계 용역",
    "보상 착수",
    "공사 착공",
    "준공 예정",
    "계속사업",
    "-",
    "시설 개관",
)


def _funding_transposed(rec: Record, style: Style) -> Grid:
    """Years (and the total) down the first column, the funding rows across."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    rows, cols = _with_subtotal(f["rows"], style), f["columns"]
    share = 1 if style.funding_share else 0
    local, parts = style.funding_local_span
    top = 2 if style.funding_source_span or local else 1  # head rows
    title = 1 if style.unit_top_right else 0  # a title row: the span's words, the unit in its right cell
    remark = 1 if style.funding_year_remark or style.funding_change or style.year_shares else 0
    g = Grid(
        title + top + len(cols) + share,
        1 + len(rows) + remark,
        widths=[1.3] + [1.0] * len(rows) + [1.4] * remark,
        role="funding",
    )
    if title:
        g.put(0, 0, style.funding_span, cs=len(rows), head=True)
        g.put(
            0, len(rows), style.unit_format.format(unit=f["unit"], as_of=rec["as_of"]["raw"]), align="right"
        )
        top += 1
    if style.funding_change:  # each year's total less the year before's (derived, no period)
        g.put(title, 1 + len(rows), style.funding_change, rs=top - title, head=True)
        for k, text in enumerate(_year_changes(rec, mult, style)):
            g.put(top + k, 1 + len(rows), text, align="right")
    elif style.year_shares:  # 국비 50% · 도비 15% · 군비 35%: each period's shares as text, not amounts
        g.put(title, 1 + len(rows), style.year_shares, rs=top - title, head=True)
        for k, col in enumerate(cols):
            g.put(
                top + k, 1 + len(rows), "" if col["kind"] == "total" else year_shares(rows, k), align="left"
            )
    elif remark:  # a word note a year (실시설계, 착공), none in the total row
        g.put(title, 1 + len(rows), style.funding_year_remark, rs=top - title, head=True)
        r = random.Random(f"year-remark-{rec['header']['title']}")
        for k, col in enumerate(cols):
            g.put(
                top + k, 1 + len(rows), "" if col["kind"] == "total" else r.choice(YEAR_REMARKS), align="left"
            )
    g.put(title, 0, _corner(rec, style), rs=top - title, head=True)
    sources = [j for j, row in enumerate(rows) if row["source"] != "total"]
    if style.funding_source_span and sources:  # 재원 over the sources; the total spans both head rows
        g.put(title, 1 + sources[0], style.funding_source_span, cs=len(sources), head=True)
    grouped = [
        j for j, row in enumerate(rows) if local and (row["label"] in parts or row["source"] == "subtotal")
    ]
    if grouped:  # 지방비 over its parts (adjacent columns); the other heads span both head rows
        g.put(title, 1 + grouped[0], style.spaced(local), cs=len(grouped), head=True)
    for j, row in enumerate(rows):
        spans = top - title > 1 and (row["source"] == "total" or (local != "" and j not in grouped))
        g.put(
            title + (0 if spans or top - title == 1 else 1),
            1 + j,
            style.spaced(row["label"]),
            rs=top - title if spans else 1,
            head=True,
        )
    for k, col in enumerate(cols):
        g.put(top + k, 0, year_label(col, style), head=True)
        for j, row in enumerate(rows):
            g.put(top + k, 1 + j, _amount(row, row["amounts_krw"][k], mult, style), align="right")
    if share:  # each source's share of the whole (a percent, not an amount), the total's 100
        ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
        whole = sum(
            r["amounts_krw"][ti] if ti is not None else sum(r["amounts_krw"])
            for r in rows
            if r["source"] != "total"
        )
        g.put(top + len(cols), 0, style.funding_share, head=True)
        for j, row in enumerate(rows):
            part = row["amounts_krw"][ti] if ti is not None else sum(row["amounts_krw"])
            g.put(top + len(cols), 1 + j, f"{100 * part / whole:.1f}" if whole else "-", align="right")
    g.head_rows = top if style.repeat_table_head else 0
    if style.funding_break and len(cols) > style.funding_break:
        g.break_at = top + style.funding_break
    return g


def year_shares(rows: list[Record], k: int) -> str:
    """``국비 50% · 도비 15% · 군비 35%``: the sources' shares of period ``k`` (whole percents; ``-`` when
    nothing is spent that period)."""
    parts = [
        (row["label"], row["amounts_krw"][k]) for row in rows if row["source"] not in ("total", "subtotal")
    ]
    whole = sum(v for _, v in parts)
    if not whole:
        return "-"
    return " · ".join(f"{label} {round(100 * v / whole)}%" for label, v in parts if v)


def _with_subtotal(rows: list[Record], style: Style) -> list[Record]:
    """The funding rows as columns, with a 소계 column (the parts' sums, no record row) before the first part
    of ``funding_local_span`` when ``local_subtotal`` names it."""
    local, parts = style.funding_local_span
    at = [j for j, row in enumerate(rows) if row["label"] in parts]
    if not (local and style.local_subtotal and at):
        return rows
    sums = [sum(rows[j]["amounts_krw"][k] for j in at) for k in range(len(rows[at[0]]["amounts_krw"]))]
    sub = {"label": style.local_subtotal, "source": "subtotal", "amounts_krw": sums}
    return rows[: at[0]] + [sub] + rows[at[0] :]


def _year_changes(rec: Record, mult: int, style: Style) -> list[str]:
    """A transposed table's change column, a cell a period row: a year's total (the 계 row's amount, or
    the sources' sum) less the year before's, a fall after ``△``; ``-`` for the first year, a period that
    is no year and no change."""
    f = rec["funding"]
    total = next((r for r in f["rows"] if r["source"] == "total"), None)
    amounts = (
        total["amounts_krw"]
        if total
        else [sum(r["amounts_krw"][k] for r in f["rows"]) for k in range(len(f["columns"]))]
    )
    out, before = [], None
    for col, v in zip(f["columns"], amounts, strict=True):
        if col["kind"] != "year":
            out.append("-")
            continue
        diff = None if before is None else v - before
        before = v
        out.append("-" if not diff else ("△" if diff < 0 else "") + money_text(abs(diff), mult, style))
    return out


def _funding_year_rows(rec: Record, style: Style) -> Grid:
    """A group of rows a period (the total column's first), its label spanning the group, the funding
    rows under each (계 first); one amount column headed with its unit, and (``cumulative_head``) a last
    column of each row's running sum over the periods so far in another unit (derived, not in the record)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    rows, cols = f["rows"], f["columns"]
    cum = 1 if style.cumulative_head else 0
    g = Grid(1 + len(cols) * len(rows), 3 + cum, widths=[1.2, 1.0, 1.4] + [1.4] * cum, role="funding")
    for k, h in enumerate(style.year_rows_heads):
        g.put(0, k, h.format(unit=f["unit"]), head=True)
    cum_mult = unit_mult(style.cumulative_unit or f["unit"])
    if cum:
        g.put(0, 3, style.cumulative_head.format(unit=style.cumulative_unit or f["unit"]), head=True)
    running = [0] * len(rows)
    for k, col in enumerate(cols):
        top = 1 + k * len(rows)
        g.put(top, 0, year_label(col, style), rs=len(rows), head=True)
        for j, row in enumerate(rows):
            v = row["amounts_krw"][k]
            g.put(top + j, 1, style.spaced(row["label"]), head=True)
            g.put(top + j, 2, _amount(row, v, mult, style), align="right")
            if not cum:
                continue
            if col["kind"] == "total":
                g.put(top + j, 3, "")
                continue
            running[j] += v
            g.put(top + j, 3, f"{running[j] / cum_mult:,.1f}" if running[j] else "-", align="right")
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def _funding_side_tables(rec: Record, style: Style) -> list[Block]:
    """Side tables standing after no achievement (``after_item`` null), printed under the funding table:
    a bulleted title line, the funding's unit line, the table."""
    out: list[Block] = []
    for tb in rec["tables"]:
        if tb["after_item"] is None:
            unit = style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])
            out += [Para(f"{style.bullet1} {tb['title']}"), Para(unit, "unit"), side_grid(tb)]
    return out


def side_grid(tb: Record) -> Grid:
    header, rows = tb["header"], tb["rows"]
    n_cols = max(len(r) for r in header + rows)
    g = Grid(len(header) + len(rows), n_cols, widths=[1.0] * n_cols, role="side")
    for i, r in enumerate(header):
        for k, text in enumerate(r):
            g.put(i, k, text, head=True)
    for i, r in enumerate(rows):
        k = 0
        while k < len(r):
            span = 1
            while k + span < len(r) and r[k + span] == r[k] and r[k] in ("계", "합계"):
                span += 1
            g.put(len(header) + i, k, r[k], cs=span)
            k += span
    return g
