"""The header table: the remaining header layouts, the layout table and :func:`header_grid`."""

from __future__ import annotations

import random

from samples.layout_blocks import ROMAN, Grid, Record
from samples.layout_header_grids import (
    _contact_rows,
    _header_asof_top,
    _header_band,
    _header_contact_cell,
    _header_dept2,
    _header_fields,
    _header_grid4,
    _header_grid4_contact,
    _header_grid6,
    _header_overview,
    _header_rate,
    _header_row8,
    _header_split_no,
    _header_stacked,
    _header_sub5,
    _header_untitled,
    _header_vertical,
    _header_wide,
    _header_wide3,
    _pairs_grid,
    progress,
)
from samples.layout_marginals import header_list_row
from samples.style import Style

# ------------------------------------------------------------------------------ header


def header_grid(rec: Record, style: Style) -> Grid:
    if style.header_layout:
        return _HEADER_LAYOUTS[style.header_layout](rec, style)
    h = rec["header"]
    lab = style.spaced
    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
    g = Grid(5, 6, widths=[1.2, 2.2, 1.2, 1.6, 1.2, 1.6], role="header")
    if style.header_order == "title_first":
        g.put(0, 0, lab("공약명"), head=True)
        g.put(0, 1, h["title"], cs=3, align="left")
        g.put(0, 4, "관리번호", head=True)
        g.put(0, 5, h["mgmt_no"])
        g.put(1, 0, style.lead_label, head=True)
        g.put(1, 1, h["lead_dept"], cs=5, align="left")
        g.put(2, 0, lab("담당자"), head=True)
        g.put(2, 1, h["contact_name"])
        g.put(2, 2, style.phone_label, head=True)
        g.put(2, 3, h["contact_phone"], cs=3)
        g.put(3, 0, "협조부서", head=True)
        g.put(3, 1, coop, cs=5, align="left")
        g.put(4, 0, "실천목표", head=True)
        g.put(4, 1, h["target"], cs=2)
        g.put(4, 3, style.status_label, head=True)
        g.put(4, 4, _header_fields(rec, style)["status"][1], cs=2)
    else:
        g.put(0, 0, "관리번호", head=True)
        g.put(0, 1, h["mgmt_no"])
        g.put(0, 2, lab("공약명"), head=True)
        g.put(0, 3, h["title"], cs=3, align="left")
        g.put(1, 0, style.lead_label, head=True)
        g.put(1, 1, h["lead_dept"])
        g.put(1, 2, lab("담당자"), head=True)
        g.put(1, 3, h["contact_name"])
        g.put(1, 4, style.phone_label, head=True)
        g.put(1, 5, h["contact_phone"])
        g.put(2, 0, "협조부서", head=True)
        g.put(2, 1, coop, cs=5, align="left")
        g.put(3, 0, "실천목표", head=True)
        g.put(3, 1, h["target"], cs=5, align="left")
        g.put(4, 0, style.status_label, head=True)
        g.put(4, 1, _header_fields(rec, style)["status"][1], cs=5, align="left")
    return g


def header_lines(rec: Record, style: Style) -> list[str]:
    """The header printed as paragraphs, one fact a line (``○ 공약명 : ...``), without a table."""
    f = _header_fields(rec, style)
    keys = ["title", "no", "lead", "contact", "coop", "target", "status"]
    return [style.header_line.format(label=f[k][0], value=f[k][1]) for k in keys]


def progress_text(rec: Record, style: Style) -> list[str]:
    """The progress beside the status: ``70%``, or a bar of ten glyphs over it (``■■■■■■■□□□`` / ``70%``)."""
    pct = progress(rec)
    if not style.progress_bar:
        return [f"{pct}%"]
    full, empty = style.progress_bar
    return [f"{full * (pct // 10)}{empty * (10 - pct // 10)}", f"{pct}%"]


GRADES = ("SA", "A", "A", "B", "B", "C")


def _header_status_grid(rec: Record, style: Style) -> Grid:
    """A pledge list's row as a header (a published list of pledges prints one so): 관리번호 | 공약사업명 |
    소관부서 | the status options across under one spanning status head, ``style.status_grid``'s words under
    them (해당됨 under the card's status, 해당안됨 under the others) | the progress percent; then the contact,
    the 협조부서 and the target as label | value rows."""
    f = _header_fields(rec, style)
    h = rec["header"]
    opts = style.status_boxes
    n = 4 + len(opts)
    g = Grid(5, n, widths=[1.0, 2.4, 1.3] + [0.8] * len(opts) + [0.9], role="header")
    for col, key in ((0, "no"), (1, "title"), (2, "lead")):
        g.put(0, col, f[key][0], rs=2, head=True)
        g.put(2, col, f[key][1], align="left" if key == "title" else "center")
    g.put(0, 3, f["status"][0], cs=len(opts), head=True)
    on, off = style.status_grid
    for j, o in enumerate(opts):
        g.put(1, 3 + j, o, head=True)
        g.put(2, 3 + j, on if o == h["status"] else off)
    g.put(0, n - 1, style.progress_label, rs=2, head=True)
    g.put(2, n - 1, str(progress(rec)))
    g.put(3, 0, f["name"][0], head=True)
    g.put(3, 1, f["name"][1])
    g.put(3, 2, f["phone"][0], head=True)
    g.put(3, 3, f["phone"][1], cs=2)
    g.put(3, 5, f["coop"][0], head=True)
    g.put(3, 6, f["coop"][1], cs=n - 6, align="left")
    g.put(4, 0, f["target"][0], head=True)
    g.put(4, 1, f["target"][1], cs=n - 1, align="left")
    return g


def _header_ranks(rec: Record, style: Style) -> Grid:
    """Three bands of shaded labels over their values, in an order of their own: 번호 | 사업명 | 추진상황 |
    추진률 | 평가등급, then the department (its team on a line under it) | one column a rank above the
    담당자 (``contact_chain``: 과장, 팀장; names drawn, not in the record) | 담당자 | 연락처 | 기준일, then
    협조부서 | 이행목표."""
    from samples.phrases import GIVEN_SYL, SURNAMES

    f = _header_fields(rec, style)
    h = rec["header"]
    r = random.Random(f"ranks-{h['title']}")
    chain = [
        (rank, r.choice(SURNAMES) + r.choice(GIVEN_SYL) + r.choice(GIVEN_SYL)) for rank in style.contact_chain
    ]
    n = 4 + len(chain) + 1  # department, the chain, 담당자, phone (two columns), as-of
    g = Grid(6, n, widths=[1.3] + [0.8] * (len(chain) + 1) + [0.9, 2.0, 1.6], role="header")
    top = [
        (f["no"], 1),
        (f["title"], n - 4),
        (f["status"], 1),
        ((style.progress_label, progress_text(rec, style)), 1),
    ]
    top.append(((style.grade_label, f"{GRADES[r.randrange(len(GRADES))]}등급"), 1))
    col = 0
    for (label, value), span in top:
        g.put(0, col, label, cs=span, head=True)
        g.put(1, col, value, cs=span, align="left" if span > 1 else "center")
        col += span
    dept, _, team = h["lead_dept"].rpartition(" ")
    mid = [
        (f["lead"][0], [dept, team] if dept else [team], 1),
        *((rank, [name], 1) for rank, name in chain),
        (f["name"][0], [h["contact_name"]], 1),
        (f["phone"][0], [f["phone"][1]], 2),
        (f["as_of"][0], [f["as_of"][1]], 1),
    ]
    col = 0
    for label, value, span in mid:
        g.put(2, col, label, cs=span, head=True)
        g.put(3, col, value, cs=span)
        col += span
    half = n // 2
    for (label, value), c0, span in ((f["coop"], 0, half), (f["target"], half, n - half)):
        g.put(4, c0, label, cs=span, head=True)
        g.put(5, c0, value, cs=span, align="left")
    return g


def _header_hierarchy(rec: Record, style: Style) -> Grid:
    """Six columns; the pledge's place in the issuer's plan on top, a row a level (``style.hierarchy``:
    분야 | 공약 | 세부사업), each value numbered by the 관리번호's leading parts (the field by a Roman numeral,
    the parent pledge by two parts, the card's own title by the whole number; no 관리번호 cell), then the
    department, the contact, 협조부서, the target, the status (marks over the options) and the as-of
    date beside ``style.rate_cell`` and the progress."""
    f = _header_fields(rec, style)
    h = rec["header"]
    parts = [p for p in h["mgmt_no"].split("-") if p.isdigit()] or ["1"]
    k = int(parts[0])
    fields = style.hierarchy_fields or ("일반",)
    r = random.Random(f"hierarchy-{h['title']}")
    parent = r.choice(style.hierarchy_parents) if style.hierarchy_parents else h["target"]
    field_label, parent_label, own_label = style.hierarchy
    g = Grid(8, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    top = (
        (field_label, f"{ROMAN[(k - 1) % len(ROMAN)]}. {fields[(k - 1) % len(fields)]}"),
        (parent_label, f"{'-'.join(parts[:2])}. {parent}"),
        (own_label, f"{h['mgmt_no']}. {h['title']}"),
    )
    for row, (label, value) in enumerate(top):
        g.put(row, 0, label, head=True)
        g.put(row, 1, value, cs=5, align="left")
    _contact_rows(g, f, 3)
    g.put(6, 0, f["status"][0], head=True)
    g.put(6, 1, f["status"][1], cs=5, align="left")
    g.put(7, 0, f["as_of"][0] or "기준일", head=True)
    if style.rate_cell:
        g.put(7, 1, f["as_of"][1], cs=3, align="left")
        g.put(7, 4, style.rate_cell, head=True)
        g.put(7, 5, f"{progress(rec)}%")
    else:
        g.put(7, 1, f["as_of"][1], cs=5, align="left")
    return g


def desk_contact(rec: Record, style: Style) -> str:
    """The 담당자 cell of a ``tiers`` header: rank, name and extension in one (``주무관 박서연 (내선 2345)``),
    the rank and the format drawn from the title (not in the record)."""
    h = rec["header"]
    r = random.Random(f"desk-{h['title']}")
    rank = r.choice(style.desk_ranks) if style.desk_ranks else ""
    fmt = r.choice(style.desk_contact) if style.desk_contact else "{rank} {name} ({phone})"
    return fmt.format(rank=rank, name=h["contact_name"], phone=h["contact_phone"]).strip()


def secured_rate(rec: Record) -> str:
    """The budget secured so far: the total row's 기투자 and years to the as-of year over its total (``72.4%``)."""
    f = rec["funding"]
    row = next((x for x in f["rows"] if x["source"] == "total"), None)
    if row is None or not f["columns"]:
        return "-"
    year = int(rec["as_of"]["end"][:4])
    total = sum(
        v for c, v in zip(f["columns"], row["amounts_krw"], strict=True) if c["kind"] in ("prior", "year")
    )
    got = sum(
        v
        for c, v in zip(f["columns"], row["amounts_krw"], strict=True)
        if c["kind"] == "prior" or (c["kind"] == "year" and c["year"] <= year)
    )
    return f"{100 * got / total:.1f}%" if total else "-"


def _header_tiers(rec: Record, style: Style) -> Grid:
    """Six columns: 관리번호 | no | 공약명 | title; the department's levels (``style.dept_tiers``: 실·국 | 과 |
    팀) under one label spanning two rows, their values under them, the 담당자 beside them (rank, name and
    extension in one cell); 협조부서 one a line in one cell | 이행목표; the stages (``style.step_tracker``) over
    their marks; the status word beside ``style.rate_summary`` (이행률 | 예산확보율) and their figures."""
    f = _header_fields(rec, style)
    h = rec["header"]
    g = Grid(7, 6, widths=[1.0, 1.2, 1.3, 1.3, 1.0, 1.9], role="header")
    g.put(0, 0, f["no"][0], head=True)
    g.put(0, 1, f["no"][1])
    g.put(0, 2, f["title"][0], head=True)
    g.put(0, 3, f["title"][1], cs=3, align="left")
    levels = h["lead_dept"].split(" ", len(style.dept_tiers) - 1)
    g.put(1, 0, f["lead"][0], rs=2, head=True)
    for k, label in enumerate(style.dept_tiers):
        g.put(1, 1 + k, label, head=True)
        g.put(2, 1 + k, levels[k] if k < len(levels) else "")
    g.put(1, 4, f["name"][0], rs=2, head=True)
    g.put(1, 5, desk_contact(rec, style), rs=2)
    g.put(3, 0, f["coop"][0], head=True)
    g.put(3, 1, list(h["coop_depts"]) or ["-"], cs=2)
    g.put(3, 3, f["target"][0], head=True)
    g.put(3, 4, f["target"][1], cs=2, align="left")
    steps = style.step_tracker
    pct = progress(rec)
    now = len(steps) if pct >= 100 else min(len(steps) - 1, pct * len(steps) // 100)
    passed, current, ahead = style.step_marks
    g.put(4, 0, "추진단계", rs=2, head=True)
    for k, step in enumerate(steps):
        g.put(4, 1 + k, step, head=True)
        g.put(5, 1 + k, passed if k < now else current if k == now else ahead)
    g.put(6, 0, f["status"][0], head=True)
    g.put(6, 1, f["status"][1])
    (rate_label, secured_label) = style.rate_summary
    g.put(6, 2, rate_label, head=True)
    g.put(6, 3, f"{pct}%")
    g.put(6, 4, secured_label, head=True)
    g.put(6, 5, secured_rate(rec))
    return g


def stamp_title(rec: Record, style: Style) -> Grid:
    """The title line beside a stamp box (a borderless 1x2 layout table): the box ``style.stamp_label``
    over the as-of date, which the card prints nowhere else."""
    box = Grid(2, 1, widths=[1.0], role="approval")
    box.put(0, 0, style.stamp_label, head=True)
    box.put(1, 0, rec["as_of"]["raw"])
    g = Grid(1, 2, widths=[4.0, 1.2], role="layout")
    g.put(0, 0, rec["header"]["kind"], align="left")
    g.put(0, 1, [box])
    return g


def _header_pairs(rec: Record, style: Style) -> Grid:
    """The fields in ``style.header_keys`` order, ``style.header_pairs`` label | value pairs a row."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    rows = [[f[x] for x in keys[i : i + k]] for i in range(0, len(keys), k)]
    return _pairs_grid(rows, 2 * k, [1.0, 2.0] * k)


def _header_bands(rec: Record, style: Style) -> Grid:
    """A row of labels over a row of their values, ``style.header_pairs`` fields a band, in
    ``style.header_keys`` order; the last field of a band spans what is left of it."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    bands = [keys[i : i + k] for i in range(0, len(keys), k)]
    g = Grid(2 * len(bands), k, widths=[1.0] * k, role="header")
    for b, band in enumerate(bands):
        for j, key in enumerate(band):
            span = k - j if j == len(band) - 1 else 1
            g.put(2 * b, j, f[key][0], cs=span, head=True)
            g.put(2 * b + 1, j, f[key][1], cs=span)
    return g


def _header_side(rec: Record, style: Style) -> Grid:
    """A label | value row a field of ``style.header_keys``, the fields ``style.header_side`` stacked in a
    right-hand column beside them: each its label over its value, the value spanning its share of the rows."""
    f = _header_fields(rec, style)
    left = [k for k in style.header_keys if k not in style.header_side]
    g = Grid(len(left), 3, widths=[1.1, 3.2, 1.4], role="header")
    for i, key in enumerate(left):
        g.put(i, 0, f[key][0], head=True)
        g.put(i, 1, f[key][1], align="left")
    share, top = len(left) // len(style.header_side), 0
    for j, key in enumerate(style.header_side):
        rows = share if j < len(style.header_side) - 1 else len(left) - top
        g.put(top, 2, f[key][0], head=True)
        g.put(top + 1, 2, f[key][1], rs=rows - 1)
        top += rows
    return g


def _header_rotated(rec: Record, style: Style) -> Grid:
    """A narrow first column whose one cell, spanning every row, holds ``style.header_band_label`` drawn
    rotated; beside it the fields in ``style.header_keys`` order, ``style.header_pairs`` pairs a row."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    rows = [[f[x] for x in keys[i : i + k]] for i in range(0, len(keys), k)]
    inner = _pairs_grid(rows, 2 * k, [1.0, 2.0] * k)
    g = Grid(inner.n_rows, 1 + inner.n_cols, widths=[0.45, *inner.widths], role="header")
    g.put(0, 0, style.header_band_label, rs=inner.n_rows, head=True, rotate=True)
    for c in inner.cells:
        g.put(c.row, 1 + c.col, c.content, rs=c.row_span, cs=c.col_span, head=c.head, align=c.align)
    return g


def _header_groups(rec: Record, style: Style) -> Grid:
    """Three columns: a group label (``style.header_groups``) spanning the rows of its fields, beside it each
    field's label and value, a field a row (``담당`` over ``부서`` / ``성명`` / ``전화``)."""
    f = _header_fields(rec, style)
    n = sum(len(keys) for _, keys in style.header_groups)
    g = Grid(n, 3, widths=[0.8, 1.2, 4.0], role="header")
    row = 0
    for label, keys in style.header_groups:
        g.put(row, 0, label, rs=len(keys), head=True)
        for k, key in enumerate(keys):
            g.put(row + k, 1, f[key][0], head=True)
            g.put(row + k, 2, f[key][1], align="left")
        row += len(keys)
    return g


_HEADER_LAYOUTS = {
    "status_grid": _header_status_grid,
    "groups": _header_groups,
    "side": _header_side,
    "rotated": _header_rotated,
    "tiers": _header_tiers,
    "hierarchy": _header_hierarchy,
    "ranks": _header_ranks,
    "pairs": _header_pairs,
    "bands": _header_bands,
    "band": _header_band,
    "sub5": _header_sub5,
    "untitled": _header_untitled,
    "asof_top": _header_asof_top,
    "overview": _header_overview,
    "rate": _header_rate,
    "dept2": _header_dept2,
    "wide": _header_wide,
    "wide3": _header_wide3,
    "vertical": _header_vertical,
    "contact_cell": _header_contact_cell,
    "stacked": _header_stacked,
    "grid4": _header_grid4,
    "grid4_contact": _header_grid4_contact,
    "split_no": _header_split_no,
    "grid6": _header_grid6,
    "row8": _header_row8,
    "list_row": header_list_row,
}
