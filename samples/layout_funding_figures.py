"""Funding figures: amounts in the card's unit, totals, and the secured / paired / grouped / revised
funding tables.
"""

from __future__ import annotations

import random

from samples.layout_blocks import UNIT_MULT, Grid, Record, fullwidth, grouped, money_text, unit_mult
from samples.layout_overview import _two_level_head, year_label
from samples.style import Style


def _amount(row: Record, v: int, mult: int, style: Style) -> str:
    text = money_text(v, mult, style) if row["source"] != "total" or v else "0"
    if style.fullwidth_totals and row["source"] == "total":  # １,２００: typed in fullwidth mode
        text = fullwidth(text, digits_only=True)
    if row["source"] in style.fullwidth_rows:  # １，２５０: a row typed in fullwidth mode, its comma too
        text = fullwidth(text, typed=True)
    unit = next((u for u, m in UNIT_MULT.items() if m == mult), "")
    return text + unit if style.cell_unit and v else text  # 3.5억원: the unit in every cell


def _step(unit: str, style: Style) -> int:
    """The won in one printed step of an amount (a tenth of the unit with one decimal)."""
    return unit_mult(unit) // 10**style.amount_decimals


def amount_text(units: int, unit: str, style: Style, *, total: bool = False) -> str:
    """An amount counted in printed steps: ``1,200``, ``3.5``, ``1,200백만원`` (units in cells), ``-``."""
    if units == 0 and style.zero_dash and not total:
        return style.zero_text
    d = style.amount_decimals
    text = grouped(f"{units / 10**d:,.{d}f}" if d else f"{units:,}", style)
    return text + unit.replace(" ", "") if style.cell_unit and units else text


def _totalled(rows: list[Record], parts: list[list[int]], ti: int | None) -> list[list[int]]:
    """The figures of every funding row from the source rows' (``parts``, in row order): each source's
    total column (``ti``) the sum of its others, a total row the sum of the sources."""
    for vals in parts:
        if ti is not None:
            vals[ti] = sum(v for k, v in enumerate(vals) if k != ti)
    it = iter(parts)
    return [
        [sum(col) for col in zip(*parts, strict=True)] if row["source"] == "total" else next(it)
        for row in rows
    ]


def _second_figures(rec: Record, style: Style) -> list[list[int]]:
    """The second figure of every funding cell (확보 / 집행), in printed steps, per row and column: the
    years before the as-of year in full, the as-of year in part, later years none; totals add up."""
    f = rec["funding"]
    step = _step(f["unit"], style)
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    r = random.Random(f"second-{rec['header']['title']}")
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    parts: list[list[int]] = []
    for row in f["rows"]:
        if row["source"] == "total":
            continue
        vals = []
        for k, c in enumerate(cols):
            plan = row["amounts_krw"][k] // step
            if k == ti:
                vals.append(0)
            elif c["kind"] == "prior" or (c["kind"] == "year" and c["year"] < as_of_year):
                vals.append(plan)
            elif c["kind"] == "year" and c["year"] == as_of_year:
                vals.append(round(plan * r.uniform(0.4, 0.95)))
            else:
                vals.append(0)
        parts.append(vals)
    return _totalled(f["rows"], parts, ti)


def _funding_secured(rec: Record, style: Style) -> Grid:
    """The total column first, then how much of it is secured and not yet (``확보`` | ``미확보``, under a
    spanning head; not in the record), then the years: what has been budgeted up to the as-of year
    counts as secured."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols, rows = f["columns"], f["rows"]
    ti = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    as_of_year = int(rec["as_of"]["end"][:4])
    years = [k for k in range(len(cols)) if k != ti]
    g = Grid(2 + len(rows), 4 + len(years), widths=[1.2, 1.2, 1.1, 1.1] + [1.0] * len(years), role="funding")
    g.put(0, 0, style.spaced("구분"), rs=2, head=True)
    g.put(0, 1, cols[ti]["label"], rs=2, head=True)
    g.put(0, 2, "재원 확보현황", cs=2, head=True)
    g.put(1, 2, style.pair_labels[0], head=True)
    g.put(1, 3, style.pair_labels[1], head=True)
    g.put(0, 4, style.funding_span, cs=len(years), head=True)
    for j, k in enumerate(years):
        g.put(1, 4 + j, year_label(cols[k], style), head=True)
    for i, row in enumerate(rows):
        v = row["amounts_krw"]
        secured = sum(
            v[k]
            for k in years
            if cols[k]["kind"] == "prior" or (cols[k]["kind"] == "year" and cols[k]["year"] <= as_of_year)
        )
        g.put(2 + i, 0, style.spaced(row["label"]), head=True)
        g.put(2 + i, 1, _amount(row, v[ti], mult, style), align="right")
        g.put(2 + i, 2, money_text(secured, mult, style), align="right")
        g.put(2 + i, 3, money_text(v[ti] - secured, mult, style), align="right")
        for j, k in enumerate(years):
            g.put(2 + i, 4 + j, _amount(row, v[k], mult, style), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _spent_figures(rec: Record, second: list[list[int]]) -> list[list[int]]:
    """What is spent of every secured figure (집행), in printed steps: the years before the as-of year in
    full, the as-of year's in part, the total column and the total rows adding up."""
    f = rec["funding"]
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    r = random.Random(f"spent-{rec['header']['title']}")
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    parts: list[list[int]] = []
    for row, sec in zip(f["rows"], second, strict=True):
        if row["source"] == "total":
            continue
        parts.append(
            [
                round(v * r.uniform(0.3, 0.9))
                if cols[k]["kind"] == "year" and cols[k]["year"] == as_of_year
                else v
                for k, v in enumerate(sec)
            ]
        )
    return _totalled(f["rows"], parts, ti)


def _share(row: Record, rows: list[Record]) -> str:
    """A row's planned total over the table's, in % with one decimal (구성비)."""
    whole = sum(sum(r["amounts_krw"]) for r in rows if r["source"] != "total")
    return f"{100 * sum(row['amounts_krw']) / whole:.1f}" if whole else "-"


def _funding_pairs(rec: Record, style: Style) -> Grid:
    """Two figures a cell position: the plan (the record's amounts) and the secured or spent amount,
    as two sub-columns under every column head (``columns``) or two rows under every source (``rows``)."""
    f = rec["funding"]
    step = _step(f["unit"], style)
    cols, rows = f["columns"], f["rows"]
    second = _second_figures(rec, style)
    plan_l, second_l = style.pair_labels
    if style.funding_pair == "columns":
        third = _spent_figures(rec, second) if style.pair_spent else []
        w = 2 + bool(
            style.pair_rate or third
        )  # sub-columns a column head spans (the rate: second over plan, %)
        share = 1 if style.pair_share else 0
        g = Grid(
            2 + len(rows),
            1 + w * len(cols) + share,
            widths=[1.1] + [1.0] * (w * len(cols) + share),
            role="funding",
        )
        g.put(0, 0, _corner(rec, style) if style.unit_in_corner else style.spaced("구분"), rs=2, head=True)
        for k, c in enumerate(cols):
            g.put(0, 1 + w * k, year_label(c, style), cs=w, head=True)
            g.put(1, 1 + w * k, plan_l, head=True)
            g.put(1, 2 + w * k, second_l, head=True)
            if style.pair_rate or third:
                g.put(1, 3 + w * k, style.pair_spent or style.pair_rate, head=True)
        if share:
            g.put(0, 1 + w * len(cols), style.pair_share, rs=2, head=True)
        for i, row in enumerate(rows):
            tot = row["source"] == "total"
            g.put(2 + i, 0, style.spaced(row["label"]), head=True)
            for k, v in enumerate(row["amounts_krw"]):
                g.put(2 + i, 1 + w * k, amount_text(v // step, f["unit"], style, total=tot), align="right")
                g.put(2 + i, 2 + w * k, amount_text(second[i][k], f["unit"], style, total=tot), align="right")
                if third:
                    g.put(
                        2 + i, 3 + w * k, amount_text(third[i][k], f["unit"], style, total=tot), align="right"
                    )
                elif style.pair_rate:
                    rate = f"{100 * second[i][k] / (v // step):.0f}" if v // step else "-"
                    g.put(2 + i, 3 + w * k, rate, align="right")
            if share:
                g.put(2 + i, 1 + w * len(cols), _share(row, rows), align="right")
        g.head_rows = 2 if style.repeat_table_head else 0
        return g
    g = Grid(1 + 2 * len(rows), 2 + len(cols), widths=[1.0, 0.9] + [1.0] * len(cols), role="funding")
    g.put(0, 0, style.spaced("구분"), cs=2, head=True)
    for k, c in enumerate(cols):
        g.put(0, 2 + k, year_label(c, style), head=True)
    for i, row in enumerate(rows):
        tot = row["source"] == "total"
        g.put(1 + 2 * i, 0, style.spaced(row["label"]), rs=2, head=True)
        g.put(1 + 2 * i, 1, plan_l, head=True)
        g.put(2 + 2 * i, 1, second_l, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(1 + 2 * i, 2 + k, amount_text(v // step, f["unit"], style, total=tot), align="right")
            g.put(2 + 2 * i, 2 + k, amount_text(second[i][k], f["unit"], style, total=tot), align="right")
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def _corner(rec: Record, style: Style) -> list[str]:
    """The funding table's 구분 cell; the unit under it when the template prints it there."""
    head = [style.spaced("구분")]
    return (
        head + [style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])]
        if style.unit_in_corner
        else head
    )


def _split(v: int, grain: int, r: random.Random) -> tuple[int, int]:
    """``v`` won in two parts, each a multiple of ``grain`` won (the first none when ``v`` is one grain)."""
    if v < 2 * grain:
        return 0, v
    a = grain * round(v * r.uniform(0.3, 0.8) / grain)
    return a, v - a


def _funding_group_rows(rec: Record, style: Style) -> list[tuple[str, str, list[int]]]:
    """The printed rows of a grouped funding table: (group cell, row label, amounts in won); the group
    cell is empty for a row of its own. A group named like a record row splits that row over its
    sub-sources and prints the row as its 소계; a group of record rows prints them and their 소계."""
    f = rec["funding"]
    groups = dict(style.funding_groups)
    member = {lab: g for g, subs in style.funding_groups for lab in subs}
    ti = next((k for k, c in enumerate(f["columns"]) if c["kind"] == "total"), None)
    r = random.Random(f"subsources-{rec['header']['title']}")
    out: list[tuple[str, str, list[int]]] = []
    done: set[str] = set()
    for row in f["rows"]:
        lab, vals = row["label"], row["amounts_krw"]
        if lab in groups:
            parts = [_split(v, 10**7, r) if k != ti else (0, 0) for k, v in enumerate(vals)]
            firsts, seconds = [p[0] for p in parts], [p[1] for p in parts]
            if ti is not None:
                firsts[ti] = sum(v for k, v in enumerate(firsts) if k != ti)
                seconds[ti] = sum(v for k, v in enumerate(seconds) if k != ti)
            a, b = groups[lab]
            out += [(lab, a, firsts), (lab, b, seconds), (lab, style.subtotal_label, vals)]
        elif lab in member and member[lab] not in done:
            g = member[lab]
            done.add(g)
            rows = [x for x in f["rows"] if member.get(x["label"]) == g]
            out += [(g, x["label"], x["amounts_krw"]) for x in rows]
            out.append(
                (
                    g,
                    style.subtotal_label,
                    [sum(c) for c in zip(*(x["amounts_krw"] for x in rows), strict=True)],
                )
            )
        elif lab not in member:
            out.append(("", lab, vals))
    return out


def _funding_grouped(rec: Record, style: Style) -> Grid:
    """The funding table with a two-column 구분: a source group's cell spanning its sub-source rows and
    their 소계 row; the total and ungrouped rows span both label columns."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    rows = _funding_group_rows(rec, style)
    totals = {x["label"] for x in f["rows"] if x["source"] == "total"}
    g = Grid(2 + len(rows), 2 + len(cols), widths=[0.9, 1.2] + [1.0] * len(cols), role="funding")
    g.put(0, 0, _corner(rec, style), rs=2, cs=2, head=True)
    _two_level_head(g, cols, style)
    i = 0
    while i < len(rows):
        group = rows[i][0]
        n = 1
        while group and i + n < len(rows) and rows[i + n][0] == group:
            n += 1
        if group:
            g.put(2 + i, 0, group, rs=n, head=True)
        for j in range(i, i + n):
            _, lab, vals = rows[j]
            if group:
                g.put(2 + j, 1, lab, head=True)
            else:
                g.put(2 + j, 0, style.spaced(lab), cs=2, head=True)
            total = not group and lab in totals
            for k, v in enumerate(vals):
                g.put(2 + j, 2 + k, amount_text(v // mult, f["unit"], style, total=total), align="right")
        i += n
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _original_figures(rec: Record, step: int) -> list[list[int]]:
    """The original plan (당초) of every funding cell, in printed steps, per row and column: each source's
    periods drawn near the revised figures (a few cut to nothing, a few moved), the totals adding up."""
    f = rec["funding"]
    cols = f["columns"]
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    r = random.Random(f"original-{rec['header']['title']}")
    parts: list[list[int]] = []
    for row in f["rows"]:
        if row["source"] == "total":
            continue
        vals = []
        for k, v in enumerate(row["amounts_krw"]):
            units = v // step
            if k == ti:
                vals.append(0)
            elif not units:
                vals.append(r.choice((0, 0, r.randint(50, 900))))
            else:
                vals.append(r.choice((units, units, round(units * r.uniform(0.6, 1.3)), 0)))
        parts.append(vals)
    return _totalled(f["rows"], parts, ti)


def _revised_cell(units: int, style: Style, *, original: bool, total: bool) -> str:
    """An amount of the revised table: bare digits (``plain_amounts``) or grouped; a zero the record's
    rows print as ``style.zero_mark`` (a total row ``0``), the original rows leave blank."""
    if not units:
        return "" if original else ("0" if total else style.zero_mark or "-")
    return str(units) if style.plain_amounts else f"{units:,}"


def _funding_revised(rec: Record, style: Style) -> Grid:
    """Two rows a source (``funding_revised``: the original plan over the revised one, the record's), the
    source's cell spanning both; a two-row head: a diagonal corner (``corner_diagonal``) or 구분 over both
    label columns, the total column's head (with ``unit_in_head``) and every column after the years
    spanning both rows, ``funding_span`` over the years; ``funding_break``: a page break (PDF) after this
    many sources' rows, the table going on without its head."""
    f = rec["funding"]
    step = unit_mult(f["unit"])
    cols, rows = f["columns"], f["rows"]
    original = _original_figures(rec, step)
    first, second = style.funding_revised
    g = Grid(2 + 2 * len(rows), 2 + len(cols), widths=[1.0, 0.8] + [1.0] * len(cols), role="funding")
    if any(style.corner_diagonal):
        g.put(0, 0, list(style.corner_diagonal), rs=2, cs=2, head=True, align="diagonal")
    else:
        g.put(0, 0, style.spaced("구분"), rs=2, cs=2, head=True)
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    for k, c in enumerate(cols):
        if c["kind"] == "year":
            g.put(1, 2 + k, year_label(c, style), head=True)
        else:
            label = c["label"] + (style.unit_in_head.format(unit=f["unit"]) if c["kind"] == "total" else "")
            g.put(0, 2 + k, label, rs=2, head=True)
    g.put(0, 2 + years[0], style.funding_span, cs=len(years), head=True)
    for i, row in enumerate(rows):
        tot = row["source"] == "total"
        g.put(2 + 2 * i, 0, style.spaced(row["label"]), rs=2, head=True)
        g.put(2 + 2 * i, 1, first, head=True)
        g.put(3 + 2 * i, 1, second, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(
                2 + 2 * i,
                2 + k,
                _revised_cell(original[i][k], style, original=True, total=tot),
                align="right",
            )
            g.put(3 + 2 * i, 2 + k, _revised_cell(v // step, style, original=False, total=tot), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    if style.funding_break and len(rows) > style.funding_break:
        g.break_at = 2 + 2 * style.funding_break
    return g
