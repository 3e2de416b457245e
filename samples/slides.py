"""A card made as a presentation and exported (``Style.slide_deck``): a title slide, the header on a slide
of its own, then every section from a new slide under its title band; key facts as tiles
(``Style.fact_tiles``, made by :mod:`samples.layout_tiles`)."""

from __future__ import annotations

from typing import Any

from samples.layout_blocks import Block, Grid, PageBreak, Para
from samples.layout_header import header_grid
from samples.layout_sections import ordered_sections
from samples.style import Style

Record = dict[str, Any]


def slide_blocks(rec: Record, style: Style, residents: str) -> list[Block]:
    """The deck: the title slide, the header slide, then a slide (or more, as it runs on) a section."""
    h = rec["header"]
    issuer = h["kind"].split()[0]
    blocks: list[Block] = [
        Para(h["kind"], "title"),
        Para(f"「 {h['title']} 」", "title"),
        Para(style.slide_deck, "unit"),
    ]
    if style.as_of_line:
        blocks.append(Para(style.as_of_line.format(date=rec["as_of"]["raw"]), "unit"))
    blocks += [Para(f"{issuer} {h['lead_dept']}", "unit"), PageBreak(), header_grid(rec, style)]
    for b in ordered_sections(rec, style, residents):  # every section from a new slide, under its band
        if isinstance(b, Grid) and b.role == "section":
            blocks.append(PageBreak())
        blocks.append(b)
    return blocks
