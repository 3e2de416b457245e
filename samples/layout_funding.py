"""The funding table: :func:`funding_grid`, its marks and notes, sub-rows, the summary and the grids
continued across pages.
"""

from __future__ import annotations

import random
from dataclasses import replace

from samples.layout_blocks import Block, Grid, GridCell, PageBreak, Para, Record, money_text, unit_mult
from samples.layout_funding_figures import (
    _amount,
    _corner,
    _funding_grouped,
    _funding_pairs,
    _funding_revised,
    _funding_secured,
)
from samples.layout_funding_stack import stacked_funding
from samples.layout_funding_years import _funding_transposed, _funding_year_rows
from samples.layout_overview import year_label
from samples.revisions import (
    card_shape,
    funding_revisions,
    revised_text,
    revision_note,
)
from samples.style import Style


def funding_grid(rec: Record, style: Style) -> Grid:
    if any(style.funding_revised):
        return _funding_revised(rec, style)
    if style.funding_groups:
        return _funding_grouped(rec, style)
    if style.funding_pair == "secured":
        return _funding_secured(rec, style)
    if style.funding_pair:
        return _funding_pairs(rec, style)
    if style.funding_layout == "transposed":
        return _funding_transposed(rec, style)
    if style.funding_layout == "year_rows":
        return _funding_year_rows(rec, style)
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    extra = (1 if style.funding_remark else len(style.funding_derived)) + len(style.funding_after_cols)
    printed = _sub_rows(
        f["rows"], style, mult, next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    )
    t = 1 if style.unit_top_right and style.funding_title else 0  # a title row, the unit at its right
    after = after_rows(rec, style, mult)
    g = Grid(
        t + 2 + len(printed) + len(after),
        1 + len(cols) + extra,
        widths=[1.3] + [1.0] * (len(cols) + extra),
        role="funding",
    )
    if t:
        g.put(0, 0, style.funding_title, cs=len(cols) - 1, head=True)
        g.put(
            0,
            len(cols),
            style.unit_format.format(unit=f["unit"], as_of=rec["as_of"]["raw"]),
            cs=1 + extra,
            align="right",
        )
    g.put(t, 0, _corner(rec, style), rs=2, head=True)
    if style.funding_remark:  # a note column: words only, one a row
        g.put(t, 1 + len(cols), style.funding_remark, rs=2, head=True)
        r = random.Random(f"remark-{rec['header']['title']}")
        for i, row in enumerate(f["rows"]):
            note = "" if row["source"] == "total" else r.choice(REMARKS)
            g.put(t + 2 + i, 1 + len(cols), note)
    value_idx = [k for k, c in enumerate(cols) if c["kind"] != "total"]
    total_idx = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    in_head = style.unit_in_head.format(unit=f["unit"])  # 총사업비(백만원): the unit in a head cell
    if total_idx is not None:
        g.put(t, 1 + total_idx, cols[total_idx]["label"] + in_head, rs=2, head=True)
    span = style.funding_span + ("" if total_idx is not None else in_head)
    if total_idx is not None and 0 < total_idx < len(cols) - 1:  # the total amid: the span covers the years
        before = [k for k in value_idx if k < total_idx]  # before it, the columns after it head themselves
        g.put(t, 1 + before[0], span, cs=len(before), head=True)
        for k in value_idx:
            if k < total_idx:
                g.put(t + 1, 1 + k, year_label(cols[k], style), head=True)
            else:
                g.put(t, 1 + k, year_label(cols[k], style), rs=2, head=True)
    else:
        g.put(t, 1 + value_idx[0], span, cs=len(value_idx), head=True)
        for k in value_idx:
            g.put(t + 1, 1 + k, year_label(cols[k], style), head=True)
    for i, (label, row) in enumerate(printed):
        g.put(t + 2 + i, 0, label, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(t + 2 + i, 1 + k, _amount(row, v, mult, style), align="right")
    for i, (label, cells) in enumerate(after):  # 전년도 이월 / 불용액: not sources, not in the record
        g.put(t + 2 + len(printed) + i, 0, label, head=True)
        for k, text in enumerate(cells):
            g.put(t + 2 + len(printed) + i, 1 + k, text, align="right")
    for j, head in enumerate(style.funding_derived):
        g.put(t, 1 + len(cols) + j, head, rs=2, head=True)
        for i, row in enumerate(f["rows"]):
            g.put(t + 2 + i, 1 + len(cols) + j, _derived(rec, row, head, mult, style), align="right")
    first_after = 1 + len(cols) + extra - len(style.funding_after_cols)
    for j, head in enumerate(style.funding_after_cols):  # 전년도 이월 / 불용: no period, not in the record
        g.put(t, first_after + j, head, rs=2, head=True)
        values = [after_col(rec, row, head, mult // 10**style.amount_decimals) for _, row in printed]
        whole = sum(v for v, (_, row) in zip(values, printed, strict=True) if row["source"] != "total")
        for i, (_, row) in enumerate(printed):
            v = whole if row["source"] == "total" else values[i]
            g.put(t + 2 + i, first_after + j, _amount(row, v, mult, style), align="right")
    if style.revisions:  # 1,200 → 1,350 / 1,350 (당초 1,200): the figures changed since the last report
        _revise_figures(g, t, printed, rec, style)
    if style.figure_marks:  # 1,200※: a footnote mark after a source row's figure each
        _mark_figures(
            g,
            [
                t + 2 + i
                for i, (_, row) in enumerate(printed)
                if row["source"] != "total" and row in f["rows"]
            ],
            style,
            rec,
        )
    if style.figure_notes:  # a footnote object after a source row's figure each
        _note_figures(
            g,
            [
                t + 2 + i
                for i, (_, row) in enumerate(printed)
                if row["source"] != "total" and row in f["rows"]
            ],
            style,
            rec,
        )
    g.head_rows = 2 if style.repeat_table_head else 0
    if style.funding_column_break:  # the table goes on at the top of the next column before this source row
        g.break_at, g.break_column = t + 2 + min(style.funding_column_break, len(printed) - 1), True
    return g


def after_rows(rec: Record, style: Style, mult: int) -> list[tuple[str, list[str]]]:
    """The rows printed after the record's (``style.funding_after_rows``: 전년도 이월, 불용액), each period's
    amount a small share of that period's total drawn from the card's title (a zero some periods), the total
    column their sum; not in the record."""
    f = rec["funding"]
    total = next((row for row in f["rows"] if row["source"] == "total"), None)
    whole = (
        total["amounts_krw"]
        if total
        else [sum(x) for x in zip(*(r["amounts_krw"] for r in f["rows"]), strict=True)]
    )
    ti = next((k for k, c in enumerate(f["columns"]) if c["kind"] == "total"), None)
    out = []
    for label in style.funding_after_rows:
        r = random.Random(f"after-{label}-{rec['header']['title']}")
        amounts = [
            0 if k == ti or r.random() < 0.3 else (v * r.randint(2, 9) // 100) // mult * mult
            for k, v in enumerate(whole)
        ]
        if ti is not None:
            amounts[ti] = sum(amounts)
        row = {"source": "other"}
        out.append((label, [_amount(row, v, mult, style) for v in amounts]))
    return out


def after_col(rec: Record, row: Record, head: str, step: int) -> int:
    """A source row's amount (won) under an after-period column (``style.funding_after_cols``: 전년도 이월,
    불용): a small share of the row's largest period, in whole printed steps, drawn from the card's title and
    the column (a zero some rows); the total row's is its sources' sum. Not in the record."""
    whole = max(row["amounts_krw"], default=0) or 0
    r = random.Random(f"after-col-{head}-{row['label']}-{rec['header']['title']}")
    return 0 if r.random() < 0.25 else (whole * r.randint(2, 9) // 100) // step * step


def _revise_figures(g: Grid, t: int, printed: list[tuple[str, Record]], rec: Record, style: Style) -> None:
    """The funding cells a revision changed printed with their earlier figure (samples/revisions.py), one
    shape a card; with ``funding_remark`` a changed row's note names the revision."""
    f = rec["funding"]
    shape = card_shape(rec, style.revisions)
    old = funding_revisions(rec)
    at = {id(row): i for i, row in enumerate(f["rows"])}
    for n, (_, row) in enumerate(printed):
        i = at.get(id(row))
        if i is None:
            continue
        for cell in g.cells:
            if cell.row != t + 2 + n or cell.head:
                continue
            k = cell.col - 1
            if (i, k) in old:
                new_text = cell.content[0] if isinstance(cell.content[0], str) else ""
                cell.content = list(revised_text(new_text, f"{old[(i, k)]:,}" if old[(i, k)] else "-", shape))
            elif style.funding_remark and k == len(f["columns"]) and row["source"] != "total":
                cell.content = [revision_note(rec, i) if any(j == i for j, _ in old) else ""]


def _mark_figures(g: Grid, rows: list[int], style: Style, rec: Record) -> None:
    """A footnote mark of ``style.figure_marks`` after one non-zero figure each, in these grid rows
    (a cell each, drawn by the card's title): ``1,200※``, ``350*``, ``820주1)``."""
    cells = [
        c
        for c in g.cells
        if c.row in rows
        and c.col > 0
        and not c.head
        and isinstance(c.content[0], str)
        and any(ch.isdigit() and ch != "0" for ch in c.content[0])
    ]
    r = random.Random(f"marks-{rec['header']['title']}")
    for (mark, _), cell in zip(
        style.figure_marks, r.sample(cells, min(len(cells), len(style.figure_marks))), strict=False
    ):
        cell.content[0] = f"{cell.content[0]}{mark}"


def _note_figures(g: Grid, rows: list[int], style: Style, rec: Record) -> None:
    """A footnote of ``style.figure_notes`` hung after one non-zero figure each, in these grid rows (a cell
    each, drawn by the card's title), the notes numbered in reading order by the renderers."""
    cells = [
        c
        for c in g.cells
        if c.row in rows
        and c.col > 0
        and not c.head
        and isinstance(c.content[0], str)
        and any(ch.isdigit() and ch != "0" for ch in c.content[0])
    ]
    r = random.Random(f"notes-{rec['header']['title']}")
    for note, cell in zip(
        style.figure_notes, r.sample(cells, min(len(cells), len(style.figure_notes))), strict=False
    ):
        cell.note = note


def noted_cells(g: Grid) -> list[GridCell]:
    """The cells of ``g`` (nested tables too) that hang a footnote, in reading order (row, column)."""
    out = []
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        if c.note:
            out.append(c)
        out += [x for y in c.content if isinstance(y, Grid) for x in noted_cells(y)]
    return out


def _sub_rows(
    rows: list[Record], style: Style, mult: int = 1, total: int | None = None
) -> list[tuple[str, Record]]:
    """The funding rows as printed, each with its label: the rows ``style.sub_rows`` names printed under
    a subtotal row of their sum (``지방비``, not in the record), each label so formatted (``(도비)``); the row
    ``style.split_rows`` names followed by its breakdown rows (``- 균특`` ``- 기금``: :func:`_split_rows`, ``mult``
    the won of a printed unit, ``total`` the total column's index)."""
    group, subs = style.sub_rows
    split, parts = style.split_rows
    out: list[tuple[str, Record]] = []
    members = [r for r in rows if group and r["label"] in subs]
    for row in rows:
        if row in members:
            if row is members[0]:
                sums = [sum(c) for c in zip(*(r["amounts_krw"] for r in members), strict=True)]
                out.append((style.spaced(group), {"label": group, "source": "local", "amounts_krw": sums}))
                out += [(style.sub_row_format.format(label=r["label"]), r) for r in members]
            continue
        out.append((style.spaced(row["label"]), row))
        if split and row["label"] == split:  # its breakdown rows under it (국비 over - 균특, - 기금)
            out += _split_rows(row, parts, mult, style, total)
    return out


def _split_rows(
    row: Record, parts: tuple[str, ...], mult: int, style: Style, total: int | None
) -> list[tuple[str, Record]]:
    """A funding row's breakdown rows (``- 균특`` ``- 기금``): each period's amount split in whole units
    between ``parts``, drawn by the row's amounts, the total column (index ``total``) their sum (not in
    the record)."""
    r = random.Random(f"split-{row['amounts_krw']}")
    shares: list[list[int]] = [[] for _ in parts]
    for i, v in enumerate(row["amounts_krw"]):
        if i == total:
            for sh in shares:
                sh.append(0)
            continue
        left = v // mult
        for k in range(len(parts) - 1):
            take = r.randint(left // 3, left) if left else 0
            shares[k].append(take * mult)
            left -= take
        shares[-1].append(left * mult + v % mult)
    if total is not None:
        for sh in shares:
            sh[total] = sum(sh)
    return [
        (style.split_row_format.format(label=p), {"label": p, "source": row["source"], "amounts_krw": s})
        for p, s in zip(parts, shares, strict=True)
    ]


def _derived(rec: Record, row: Record, head: str, mult: int, style: Style) -> str:
    """A derived funding cell (no period): ``증감``, the as-of year's amount less the year before's
    (negatives after ``△``), or a share (``확보율(%)``): the years to the as-of year over the total."""
    cols = rec["funding"]["columns"]
    year = int(rec["as_of"]["end"][:4])
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    amounts = row["amounts_krw"]
    if "%" in head:
        total = next(
            (amounts[k] for k, c in enumerate(cols) if c["kind"] == "total"), sum(amounts[k] for k in years)
        )
        done = sum(amounts[k] for k in years if cols[k]["year"] <= year)
        return f"{100 * done / total:.1f}" if total else "-"
    if len(years) < 2:  # one year printed: no year before it to change from
        return "-"
    at = next((i for i, k in enumerate(years) if cols[k]["year"] >= year), len(years) - 1)
    at = max(at, 1)
    diff = amounts[years[at]] - amounts[years[at - 1]]
    if not diff:
        return "-"
    return ("△" if diff < 0 else "") + money_text(abs(diff), mult, style)


REMARKS = ("확보 완료", "추경 반영", "본예산 반영 예정", "-", "교부 신청", "공모 선정")


def funding_summary(rec: Record, style: Style) -> Grid:
    """The 총괄 table printed before the yearly one: a row a source (the total row first), the total
    then what is secured to the as-of year and what is not (``style.funding_summary`` heads them)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    heads = style.funding_summary
    g = Grid(1 + len(f["rows"]), 1 + len(heads), widths=[1.2] + [1.2] * len(heads), role="funding")
    g.put(0, 0, style.spaced("구분"), head=True)
    for k, h in enumerate(heads):
        g.put(0, 1 + k, h, head=True)
    for i, row in enumerate(f["rows"]):
        v = row["amounts_krw"]
        ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
        total = v[ti] if ti is not None else sum(v)
        secured = sum(
            v[k]
            for k, c in enumerate(cols)
            if c["kind"] == "prior" or (c["kind"] == "year" and c["year"] <= as_of_year)
        )
        g.put(1 + i, 0, style.spaced(row["label"]), head=True)
        for k, amount in enumerate((total, secured, total - secured)[: len(heads)]):
            g.put(
                1 + i,
                1 + k,
                money_text(amount, mult, style) if amount or row["source"] != "total" else "0",
                align="right",
            )
    return g


def unit_column(g: Grid, head: str, unit: str) -> Grid:
    """``g`` with a column headed ``head`` after its first, the unit in every row under the head rows."""
    band = max(g.head_band(), 1)
    for c in g.cells:
        if c.col >= 1:
            c.col += 1
    g.n_cols += 1
    if g.widths:
        g.widths.insert(1, 0.8)
    g.put(0, 1, head, rs=band, head=True)
    for r in range(band, g.n_rows):
        g.put(r, 1, unit)
    return g


def funding_grids(rec: Record, style: Style) -> list[Block]:
    """The funding table, or (``funding_split``) two stacked tables: the total column and the first
    years, then the remaining years (and later columns) without the total column; with
    ``style.unit_column`` each with the unit in a column of its own."""
    grids = _funding_grids(rec, style)
    if style.funding_continued and len(grids) == 1 and isinstance(grids[0], Grid):
        return continued_grids(grids[0], style.funding_continued, style.continued_caption)
    if style.unit_column:
        unit = rec["funding"]["unit"]
        return [unit_column(g, style.unit_column, unit) if isinstance(g, Grid) else g for g in grids]
    return grids


def continued_grids(g: Grid, at: int, caption: str, repeat: bool = True) -> list[Block]:
    """``g`` broken by a page break before its body row ``at`` (0 the first under its head band; without
    ``repeat`` moved down to the first row no cell spans across): the first part, then on the next page a caption line (``(계속)``)
    over the rest, its head rows printed again when ``repeat``; ``g`` whole when it has no such row."""
    head = g.head_band()
    cut = head + at
    while not repeat and cut < g.n_rows and any(c.row < cut < c.row + c.row_span for c in g.cells):
        cut += 1  # (a headless rest: moved to a row no cell spans across)
    if at < 1 or cut >= g.n_rows:
        return [g]
    first = Grid(cut, g.n_cols, [c for c in g.cells if c.row < cut], list(g.widths), g.role)
    top = head if repeat else 0
    rest = [replace(c, content=list(c.content)) for c in g.cells if c.row < top]
    rest += [replace(c, row=c.row - cut + top) for c in g.cells if c.row >= cut]
    second = Grid(g.n_rows - cut + top, g.n_cols, rest, list(g.widths), g.role)
    return [first, PageBreak(), Para(caption, "unit"), second]


def _funding_grids(rec: Record, style: Style) -> list[Block]:
    if style.funding_stack:  # a small table a period or a funding row, each under its caption
        return stacked_funding(rec, style)
    if not style.funding_split or style.funding_pair or style.funding_layout:
        return [funding_grid(rec, style)]
    f = rec["funding"]
    cols = f["columns"]
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    if len(years) <= style.funding_split:
        return [funding_grid(rec, style)]
    cut = years[style.funding_split]
    first = [k for k, c in enumerate(cols) if k < cut]
    second = [k for k, c in enumerate(cols) if k >= cut and c["kind"] != "total"]
    out: list[Block] = []
    for keep in (first, second):
        part = {
            **f,
            "columns": [cols[k] for k in keep],
            "rows": [{**r, "amounts_krw": [r["amounts_krw"][k] for k in keep]} for r in f["rows"]],
        }
        out.append(funding_grid({**rec, "funding": part}, style))
    return out
