"""A funding printed as its two margins, as a district's pledge plan prints them (dajim-district): a table of
the years' totals (one 총 계 row: 계, the years, 임기후), then a table of the sources' totals (구분 | 계 |
국비 | 시비 | 구비 | 민자등 | 비고, the one 총 계 row), each under its caption line with the unit
(``- 연도별 재원소요(단위:백만원)``); no table crosses source and year. Also the header as a row of a
published pledge list (관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서 over their values)."""

from __future__ import annotations

from samples.layout_blocks import Block, Grid, Para, Record, money_text, unit_mult
from samples.layout_header_grids import _header_fields, progress
from samples.layout_overview import year_label
from samples.style import Style


def _cell(v: int | None, mult: int, style: Style) -> str:
    """The amount as the record says it: a null one left blank (not printed), never a 0."""
    return "" if v is None else money_text(v, mult, style)


def marginal_blocks(rec: Record, style: Style) -> list[Block]:
    """The caption lines and the two margin tables (``style.funding_marginals``: the captions, ``{unit}``)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    total = next(r for r in f["rows"] if r["source"] == "total")
    sources = [r for r in f["rows"] if r["source"] != "total"]
    ti = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    years = Grid(2, 1 + len(cols), widths=[1.2] + [1.0] * len(cols), role="funding")
    years.put(0, 0, style.spaced("구분"), head=True)
    for k, c in enumerate(cols):
        years.put(0, 1 + k, c["label"] if c["kind"] == "total" else year_label(c, style), head=True)
        years.put(1, 1 + k, _cell(total["amounts_krw"][k], mult, style), align="right")
    years.put(1, 0, style.marginal_total, head=True)
    n = 3 + len(sources)
    split = Grid(2, n, widths=[1.2, 1.1] + [1.0] * len(sources) + [1.2], role="funding")
    split.put(0, 0, style.spaced("구분"), head=True)
    split.put(0, 1, cols[ti]["label"], head=True)
    split.put(1, 0, style.marginal_total, head=True)
    split.put(1, 1, _cell(total["amounts_krw"][ti], mult, style), align="right")
    for j, r in enumerate(sources):
        split.put(0, 2 + j, r["label"], head=True)
        split.put(1, 2 + j, _cell(r["amounts_krw"][ti], mult, style), align="right")
    split.put(0, n - 1, "비고", head=True)
    split.put(1, n - 1, "")
    first, second = style.funding_marginals
    unit = f["unit"]
    return [Para(first.format(unit=unit), "group"), years, Para(second.format(unit=unit), "group"), split]


def _prose_amount(v: int | None, mult: int) -> str:
    """An amount in the unit as a sentence says it: its tenths only when it has them (``120``, ``40.5``)."""
    if v is None:
        return "-"
    return f"{v / mult:,.1f}".removesuffix(".0")


def prose_blocks(rec: Record, style: Style) -> list[Block]:
    """The funding told in sentences, no table (``style.funding_prose``): the total with its unit and the
    sources' totals bare in brackets, then the periods' totals each with its unit."""
    f = rec["funding"]
    mult, unit = unit_mult(f["unit"]), f["unit"]
    cols = f["columns"]
    total = next(r for r in f["rows"] if r["source"] == "total")
    ti = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    parts = ", ".join(
        f"{r['label']} {_prose_amount(r['amounts_krw'][ti], mult)}"
        for r in f["rows"]
        if r["source"] != "total"
    )
    years = ", ".join(
        f"{year_label(c, style)} {_prose_amount(total['amounts_krw'][k], mult)}{unit}"
        for k, c in enumerate(cols)
        if c["kind"] != "total"
    )
    told = {
        "b": style.bullet1,
        "total": f"{_prose_amount(total['amounts_krw'][ti], mult)}{unit}",
        "parts": parts,
        "years": years,
    }
    return [Para(line.format(**told)) for line in style.funding_prose]


def header_list_row(rec: Record, style: Style) -> Grid:
    """A pledge list's row as the header: 관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서 over their
    values (the status in the list's words, the progress a percent), then the contact and 협조부서 row and
    the target row."""
    f = _header_fields(rec, style)
    g = Grid(4, 6, widths=[1.0, 2.6, 1.1, 1.0, 1.0, 1.3], role="header")
    code = rec["header"]["status_code"]
    pct = 100 if code in ("done", "continuing") else 0 if code == "not_started" else progress(rec)
    heads = [f["no"], f["title"], f["status"], (style.progress_label, f"{pct}%"), f["lead"]]
    spans = [1, 1, 1, 1, 2]
    col = 0
    for (label, value), span in zip(heads, spans, strict=True):
        g.put(0, col, label, cs=span, head=True)
        g.put(1, col, value, cs=span, align="left" if label == f["title"][0] else "center")
        col += span
    g.put(2, 0, f["name"][0], head=True)
    g.put(2, 1, f"{f['name'][1]} ({f['phone'][1]})")
    g.put(2, 2, f["coop"][0], head=True)
    g.put(2, 3, f["coop"][1], cs=3, align="left")
    g.put(3, 0, f["target"][0], head=True)
    g.put(3, 1, f["target"][1], cs=5, align="left")
    return g
