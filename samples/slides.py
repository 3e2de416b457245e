"""A card made as a presentation and exported (``Style.slide_deck``): a title slide, the header on a slide
of its own, then every section from a new slide under its title band; key facts as tiles
(``Style.fact_tiles``)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from samples.layout import Block, Grid, PageBreak, Para, header_grid, ordered_sections
from samples.style import Style

Record = dict[str, Any]


def eok(total_krw: int) -> str:
    """A total in won as a slide prints it big in 억원, exactly (no rounding): ``12540000000`` -> ``125.4억원``."""
    x = Decimal(total_krw) / Decimal(100_000_000)
    whole, _, frac = f"{x:f}".partition(".")
    frac = frac.rstrip("0")
    return f"{int(whole):,}" + (f".{frac}" if frac else "") + "억원"


def tile_figure(caption: str, rec: Record, style: Style) -> str:
    """The figure a tile so captioned prints: the overview's total, its period, or the status."""
    labels = style.overview_table or style.overview_labels
    if caption in (labels[1], "총사업비", "사업비"):
        return eok(rec["overview"]["budget"]["total_krw"])
    if caption == labels[0]:
        return rec["overview"]["period"]["raw"]
    return rec["header"]["status"]


def tiles_grid(rec: Record, style: Style) -> Grid:
    """Key-fact tiles: a row of boxes, each its caption and its figure (the caption under the figure in
    about half the cards)."""
    below = random.Random(f"tiles-{rec['header']['title']}").random() < 0.5
    g = Grid(1, len(style.fact_tiles), widths=[1.0] * len(style.fact_tiles), role="tiles-below" if below else "tiles")
    for k, cap in enumerate(style.fact_tiles):
        fig = tile_figure(cap, rec, style)
        g.put(0, k, [fig, cap] if below else [cap, fig])
    return g


def slide_blocks(rec: Record, style: Style, residents: str) -> list[Block]:
    """The deck: the title slide, the header slide, then a slide (or more, as it runs on) a section."""
    h = rec["header"]
    issuer = h["kind"].split()[0]
    blocks: list[Block] = [Para(h["kind"], "title"), Para(f"「 {h['title']} 」", "title"),
                           Para(style.slide_deck, "unit")]
    if style.as_of_line:
        blocks.append(Para(style.as_of_line.format(date=rec["as_of"]["raw"]), "unit"))
    blocks += [Para(f"{issuer} {h['lead_dept']}", "unit"), PageBreak(), header_grid(rec, style)]
    for b in ordered_sections(rec, style, residents):  # every section from a new slide, under its band
        if isinstance(b, Grid) and b.role == "section":
            blocks.append(PageBreak())
        blocks.append(b)
    return blocks
