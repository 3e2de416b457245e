"""The overview section's lines and grid, and the table helpers the sections share (two-level heads,
text grids, year labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from samples.layout_blocks import Grid, Record
from samples.style import Style

# ------------------------------------------------------------------------------ sections


def wrap_budget(raw: str) -> str:
    """``..., 민자 18,000,000)`` -> ``..., 민자 18,`` newline ``000,000)``: the line breaks inside the
    last number of the parenthesised list (after its first comma), as a narrow cell wraps it."""
    open_at = raw.find("(")
    cut = raw.rfind(" ", open_at)
    comma = raw.find(",", cut)
    if open_at < 0 or comma < 0:
        return raw
    return raw[: comma + 1] + "\n" + raw[comma + 1 :]


def overview_lines(rec: Record, style: Style | None = None) -> list[str]:
    o = rec["overview"]
    style = style or Style()
    b1, b2, (lp, lb, lc) = style.bullet1, style.bullet2, style.overview_labels
    budget = wrap_budget(o["budget"]["raw"]) if style.budget_wrap else o["budget"]["raw"]
    if style.budget_break and "(" in budget:  # the line broken before the last part of the split
        cut = budget.rfind(", ")
        budget = budget[: cut + 1] + "\n" + budget[cut + 2 :] if cut > budget.find("(") else budget
    m1, m2, m3 = ("가.", "나.", "다.") if style.overview_lettered else (b1, b1, b1)
    if style.overview_marks:  # (1) 사업기간 : ... / (2) 총사업비 : ... / (3) 주요내용, the contents bulleted
        m1, m2, m3 = style.overview_marks
        b2 = b1
    if style.overview_lettered:  # the labels lettered as sub-headings, the contents bulleted under them
        b2 = b1
    lines = [f"{m1} {lp} : {o['period']['raw']}", f"{m2} {lb} : {budget}", f"{m3} {lc}"]
    if not style.overview_budget:  # the budget told in the funding section only
        lines = [lines[0], f"{m2} {lc}"]
    lines += [f"{b2} {c}" for c in o["contents"]]
    lines += [f"* {n}" for n in o["notes"]]
    return lines


def overview_grid(rec: Record, style: Style) -> Grid:
    """The overview as a label | content table, a row a fact (``style.overview_table``: the labels of
    the period, budget and contents rows); the contents bulleted in their cell, the notes under them."""
    o = rec["overview"]
    lp, lb, lc = style.overview_table
    g = Grid(3, 2, widths=[1.0, 6.0], role="overview")
    g.put(0, 0, lp, head=True)
    g.put(0, 1, o["period"]["raw"], align="left")
    g.put(1, 0, lb, head=True)
    g.put(1, 1, o["budget"]["raw"], align="left")
    g.put(2, 0, lc, head=True)
    g.put(
        2, 1, [f"{style.bullet1} {c}" for c in o["contents"]] + [f"* {n}" for n in o["notes"]], align="left"
    )
    if style.overview_effects and rec["effects"]:  # the effects as the table's last row
        g.n_rows = 4
        g.put(3, 0, style.overview_effects, head=True)
        g.put(3, 1, [f"{style.bullet1} {e}" for e in rec["effects"]], align="left")
    return g


def _two_level_head(g: Grid, cols: list[Record], style: Style) -> None:
    """A funding grid's two head rows right of its two label columns: each total column's label spanning
    both rows, the span heading over the periods and their labels under it."""
    value_idx = [k for k, c in enumerate(cols) if c["kind"] != "total"]
    for k, c in enumerate(cols):
        if c["kind"] == "total":
            g.put(0, 2 + k, c["label"], rs=2, head=True)
    g.put(0, 2 + value_idx[0], style.funding_span, cs=len(value_idx), head=True)
    for k in value_idx:
        g.put(1, 2 + k, year_label(cols[k], style), head=True)


def text_grid(heads: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float], role: str) -> Grid:
    """A three-column table under a head row whose middle column is text set left (a date or name |
    its text | a note or quantity)."""
    g = Grid(1 + len(rows), 3, widths=widths, role=role)
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, (first, text, last) in enumerate(rows):
        g.put(1 + i, 0, first)
        g.put(1 + i, 1, text, align="left")
        g.put(1 + i, 2, last)
    return g


def numbered_grid(g: Grid, head: str) -> Grid:
    """``g`` (one head row over body rows) with a first column so headed, its body rows numbered from 1, as a
    web system's list grid prints them (``번호 | 추진일자 | 추진내용 | 비고``)."""
    if not head:
        return g
    out = Grid(g.n_rows, g.n_cols + 1, widths=[0.5, *g.widths], role=g.role, head_rows=g.head_rows)
    out.put(0, 0, head, head=True)
    for r in range(1, g.n_rows):
        out.put(r, 0, str(r))
    for c in g.cells:
        out.cells.append(replace(c, col=c.col + 1))
    return out


def year_label(col: Record, style: Style) -> str:
    """A funding column's printed label: ``2023년``, ``2023`` or ``'23`` for a year column."""
    if col["kind"] != "year":
        return col["label"]
    if style.year_format:
        return style.year_format.format(y=col["year"], yy=f"{col['year'] % 100:02d}")
    return f"{col['label']}년" if style.year_suffix else col["label"]
