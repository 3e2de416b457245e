"""The funding told as stacked tables (``Style.funding_stack``), as hand-made cards print it: a caption line
over each small table, a table a period (the sources across, one row of that period's amounts) or a table a
funding row (the periods across, that row's amounts)."""

from __future__ import annotations

from samples.layout_blocks import Block, Grid, Para, Record, unit_mult
from samples.layout_funding_figures import _amount
from samples.layout_overview import year_label
from samples.style import Style


def _one_row(heads: list[str], label: str, cells: list[str]) -> Grid:
    """``구분`` and ``heads`` over one row: ``label`` and ``cells``."""
    g = Grid(2, 1 + len(heads), widths=[1.3] + [1.0] * len(heads), role="funding")
    g.put(0, 0, "구분", head=True)
    for k, head in enumerate(heads):
        g.put(0, 1 + k, head, head=True)
    g.put(1, 0, label, head=True)
    for k, text in enumerate(cells):
        g.put(1, 1 + k, text, align="right")
    return g


def stacked_funding(rec: Record, style: Style) -> list[Block]:
    """The caption lines and stacked tables of ``rec``'s funding (``style.funding_stack``: "year" or "source")."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols, rows = f["columns"], f["rows"]
    out: list[Block] = []
    if style.funding_stack == "year":
        for k, col in enumerate(cols):
            out.append(Para(style.stack_caption.format(label=year_label(col, style)), "note"))
            out.append(
                _one_row(
                    [r["label"] for r in rows],
                    style.stack_row,
                    [_amount(r, r["amounts_krw"][k], mult, style) for r in rows],
                )
            )
        return out
    heads = [year_label(c, style) for c in cols]
    for r in rows:
        out.append(Para(style.stack_caption.format(label=r["label"]), "note"))
        out.append(_one_row(heads, style.stack_row, [_amount(r, v, mult, style) for v in r["amounts_krw"]]))
    return out
