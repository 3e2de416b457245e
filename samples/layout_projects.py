"""Sub-projects (yeoreum-city): the overview's projects, the funding per project, block tables."""

from __future__ import annotations

import random

from samples.layout_achievements import _runs, group_heading
from samples.layout_blocks import Block, Figure, Grid, Para, Record, _item_line, unit_mult
from samples.layout_funding_figures import amount_text
from samples.layout_funding_years import side_grid
from samples.layout_outreach import plan_lines
from samples.layout_overview import _two_level_head, text_grid
from samples.style import Style

# ------------------------------------------------------------------------------ sub-projects (yeoreum-city)


_SUB_SUFFIXES = ("기반 조성", "운영 지원", "홍보 확산")


def sub_projects(rec: Record) -> list[str]:
    """The pledge's sub-projects (세부사업): its goals' projects in order (three at most), two at least
    (the theme, the words of the first project but its last, with a suffix of its own)."""
    names = list(dict.fromkeys(g["project"] for g in rec["goals"]))[:3]
    first = names[0] if names else rec["header"]["title"]
    theme = first.rsplit(" ", 1)[0] if " " in first else first
    for suffix in _SUB_SUFFIXES:
        if len(names) >= 2:
            break
        if f"{theme} {suffix}" not in names:
            names.append(f"{theme} {suffix}")
    return names


def project_rows(rec: Record) -> list[tuple[str, str, str]]:
    """The overview's sub-project rows (세부사업, 내용, 사업량) its contents were joined from: a content
    opens with its sub-project and ends in its amount of work."""
    out = []
    for text in rec["overview"]["contents"]:
        name = next((p for p in sub_projects(rec) if text.startswith(p + " ")), "")
        rest = text[len(name) :].strip()
        body, _, qty = rest.rpartition(" ")
        out.append((name, body, qty))
    return out


def overview_projects_blocks(rec: Record, style: Style) -> list[Block]:
    """The period and budget lines, the 주요내용 label, its table (a sub-project a row), the notes."""
    o = rec["overview"]
    b1, (lp, lb, lc) = style.bullet1, style.overview_labels
    out: list[Block] = [
        Para(f"{b1} {lp} : {o['period']['raw']}"),
        Para(f"{b1} {lb} : {o['budget']['raw']}"),
        Para(f"{b1} {lc}"),
    ]
    rows = project_rows(rec)
    out.append(text_grid(style.overview_projects, rows, [1.6, 4.0, 1.0], "overview"))
    out += [Para(f"* {n}", "note") for n in o["notes"]]
    return out


def _shares(units: int, weights: list[float]) -> list[int]:
    """``units`` split by ``weights`` in whole units (the rest to the last share with a weight)."""
    whole = sum(weights)
    if not units or not whole:
        return [0] * len(weights)
    parts = [int(units * w / whole) for w in weights]
    last = max(k for k, w in enumerate(weights) if w)
    parts[last] += units - sum(parts)
    return parts


def project_funding(rec: Record) -> list[tuple[str, list[tuple[str, list[int]]]]]:
    """The funding split by sub-project: (sub-project, [(source label, amounts in won a column)]),
    each source's amounts shared by the sub-projects it funds; a sub-project's total column is the
    sum of its periods. The record keeps the whole's rows only (the schema has no sub-project)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    names = sub_projects(rec)
    sources = [row for row in f["rows"] if row["source"] != "total"]
    r = random.Random(f"subprojects-{rec['header']['title']}")
    uses = [[r.random() < 0.75 for _ in sources] for _ in names]
    for j in range(len(sources)):  # every source funds a sub-project, every sub-project has a source
        if not any(u[j] for u in uses):
            uses[r.randrange(len(names))][j] = True
    for u in uses:
        if not any(u):
            u[r.randrange(len(sources))] = True
    split: list[list[tuple[str, list[int]]]] = [[] for _ in names]
    for j, row in enumerate(sources):
        weights = [r.uniform(0.5, 2.0) if uses[p][j] else 0.0 for p in range(len(names))]
        per_col = [
            _shares(v // mult, weights) if k != ti else [0] * len(names)
            for k, v in enumerate(row["amounts_krw"])
        ]
        for p in range(len(names)):
            if not uses[p][j]:
                continue
            vals = [per_col[k][p] * mult for k in range(len(cols))]
            if ti is not None:
                vals[ti] = sum(v for k, v in enumerate(vals) if k != ti)
            split[p].append((row["label"], vals))
    return list(zip(names, split, strict=True))


def funding_projects_grid(rec: Record, style: Style) -> Grid:
    """The funding table by sub-project: a sub-project's cell spanning its 소계 row and its sources' rows,
    then the whole (the record's rows) under ``style.subtotal_total``; the periods across. A record with
    ``_funding_print`` (families._project_span) prints that funding: one sub-project's amounts once over two
    year columns (a merged cell, its 소계 so noted: ``style.span_note``), the whole's rows drawing on it merged
    there too, or the whole a 합계 row alone."""
    pf = rec.get("_funding_print")
    view = {**rec, "funding": pf["funding"]} if pf else rec
    f = view["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    merge = tuple(pf["merge"]) if pf and pf["merge"] else None
    projects = project_funding(view)
    used = {lab for lab, _ in projects[merge[0]][1]} if merge else set()
    blocks: list[tuple[str, list[tuple[str, str, list[int]]], bool]] = []
    for p, (name, rows) in enumerate(projects):
        sub = [sum(c) for c in zip(*(v for _, v in rows), strict=True)]
        blocks.append(
            (
                name,
                [(style.subtotal_label, "total", sub)] + [(lab, "", v) for lab, v in rows],
                bool(merge) and merge[0] == p,
            )
        )
    whole = [(x["label"], x["source"], x["amounts_krw"]) for x in f["rows"]]
    if pf and not pf["whole"]:
        whole = [x for x in whole if x[1] == "total"]
    blocks.append((style.subtotal_total, whole, False))
    n_rows = sum(len(rows) for _, rows, _ in blocks)
    g = Grid(2 + n_rows, 2 + len(cols), widths=[1.6, 0.8] + [1.0] * len(cols), role="funding")
    head_p, head_s = style.funding_projects
    g.put(0, 0, head_p, rs=2, head=True)
    g.put(0, 1, head_s, rs=2, head=True)
    _two_level_head(g, cols, style)
    i = 2
    for name, rows, merged in blocks:
        alone = name == style.subtotal_total and len(rows) == 1 and pf is not None
        if alone:
            g.put(i, 0, name, cs=2, head=True)
        else:
            g.put(i, 0, name, rs=len(rows), head=True)
        for lab, kind, vals in rows:
            if not alone:
                g.put(i, 1, style.spaced(lab), head=True)
            whole_row = name == style.subtotal_total and (kind == "total" or lab in used)
            span = merge is not None and (
                merged or whole_row
            )  # the sub-project's rows, the whole's drawing on it
            k = 0
            while k < len(vals):
                if span and merge and k == merge[1]:
                    text = amount_text(
                        (vals[k] + vals[k + 1]) // mult, f["unit"], style, total=kind == "total"
                    )
                    note = style.span_note if merged and kind == "total" else ""
                    g.put(i, 2 + k, f"{text}{note}", cs=2, align="right")
                    k += 2
                    continue
                g.put(
                    i,
                    2 + k,
                    amount_text(vals[k] // mult, f["unit"], style, total=kind == "total"),
                    align="right",
                )
                k += 1
            i += 1
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def achievement_block_table(rec: Record, style: Style) -> list[Block]:
    """The achievements as one table (구분 | 추진일자 | 추진내용 | 비고): a block's name, and its date in
    brackets under it, in a first cell spanning the block's rows; a level-1 item's text without its
    marker, the items under it with theirs; a side table closes the table, which goes on in a new one."""
    heads = style.achievements_blocks
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    out: list[Block] = []
    rows: list[tuple[list[str], str, str, str]] = []

    def flush() -> None:
        if not rows:
            return
        g = Grid(1 + len(rows), 4, widths=[1.3, 1.1, 4.6, 0.8], role="achievements")
        for k, h in enumerate(heads):
            g.put(0, k, h, head=True)
        for i, n in _runs([r[0] for r in rows]):
            g.put(1 + i, 0, rows[i][0], rs=n, head=True)
        for j, (_, d, text, note) in enumerate(rows):
            g.put(1 + j, 1, d)
            g.put(1 + j, 2, text, align="left")
            g.put(1 + j, 3, note)
        out.append(g)
        rows.clear()

    for i, item in enumerate(rec["achievements"]):
        gd = item.get("group_as_of")
        block = [item["group"]] + ([f"({gd['raw']})"] if gd and gd["raw"] != item["group"] else [])
        d = item["date"]["raw"] if item.get("date") else ""
        text = (
            item["text"]
            if item["level"] == 1 and item["marker"] not in ("※", "*")
            else f"{item['marker']} {item['text']}"
        )
        note = (
            "완료"
            if item.get("date") and (item["date"]["end"] or "9") < (rec["as_of"]["start"] or "")
            else ""
        )
        rows.append((block, d, text, note))
        if tables_after.get(i):
            flush()
            out += [side_grid(tb) for tb in tables_after[i]]
    flush()
    return out


def plans_quarter_grid(rec: Record, style: Style) -> Grid:
    """The plans as a schedule: a plan a row, the quarters of the plans' years across (``1/4`` ..
    ``4/4`` under ``2025년``), ● in every quarter from the plan's first to its last."""
    spans = []
    for p in rec["plans"]:
        d = p.get("date")
        if d and d.get("start") and d.get("end"):
            spans.append(
                (
                    (int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3),
                    (int(d["end"][:4]), (int(d["end"][5:7]) - 1) // 3),
                )
            )
        else:
            spans.append(None)
    dated = [s for s in spans if s]
    y0 = min((s[0][0] for s in dated), default=int(rec["as_of"]["end"][:4]) + 1)
    y1 = max((s[1][0] for s in dated), default=y0)
    years = list(range(y0, y1 + 1))
    g = Grid(
        2 + len(rec["plans"]), 1 + 4 * len(years), widths=[4.0] + [0.45] * (4 * len(years)), role="plans"
    )
    g.put(0, 0, style.plans_quarters, rs=2, head=True)
    for k, y in enumerate(years):
        g.put(0, 1 + 4 * k, f"{y}년", cs=4, head=True)
        for q in range(4):
            g.put(1, 1 + 4 * k + q, f"{q + 1}/4", head=True)
    for i, (p, s) in enumerate(zip(rec["plans"], spans, strict=True)):
        g.put(2 + i, 0, p["text"], align="left")
        for k, y in enumerate(years):
            for q in range(4):
                on = s is not None and s[0] <= (y, q) <= s[1]
                g.put(2 + i, 1 + 4 * k + q, "●" if on else "")
    return g


def merged_grid(rec: Record, style: Style) -> Grid:
    """The achievements and the plans side by side (``style.merged_heads``): a row an achievements block,
    its heading line then its items (side tables nested after their item) on the left, the plans spread
    over the rows in their order on the right; the outreach's lines (``style.outreach_inline``) close the
    last row's left cell; with ``style.merged_break`` a page break before the last row (head repeated)."""
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    cells: list[list[str | Grid | Figure]] = []
    group = None
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            group = item["group"]
            cells.append([group_heading(item, style, len(cells))])
        cells[-1].append(_item_line(item, style))
        cells[-1] += [side_grid(tb) for tb in tables_after.get(i, [])]
    if not cells:
        cells.append([])
    label, form = style.outreach_inline
    o = rec["outreach"]
    if label and o:
        said = ", ".join(
            f"{x['label']} {x['count']}{o['unit']}" + (f"({x['note']})" if x.get("note") else "")
            for x in o["items"]
        )
        cells[-1] += [label, form.format(channels=said)]
    plans = plan_lines(rec, style)
    n = len(cells)
    per = [plans[len(plans) * k // n : len(plans) * (k + 1) // n] for k in range(n)]
    g = Grid(1 + n, 2, widths=[1.0, 1.0], role="merged")
    for k, h in enumerate(style.merged_heads):
        g.put(0, k, h, head=True)
    for k in range(n):
        g.put(1 + k, 0, cells[k] or [""], align="left")
        g.put(1 + k, 1, list(per[k]) or [""], align="left")
    g.head_rows = 1
    g.break_at = n if style.merged_break and n > 1 else 0
    return g
