"""Lay a card record out as printable blocks (paragraphs and tables with merged cells).

Every renderer (HWPX/HWP, PDF) draws the same :class:`Para` / :class:`Grid` sequence, so the
formats differ only in how they draw it. The text printed here is what the expected record says:
markers before bullets, ``text : date`` for dated items, money in the card's unit.

The layout lives in modules of one job each (``layout_blocks``: the block model; ``layout_header*``,
``layout_overview``, ``layout_funding*``, ``layout_achievements``, ``layout_goals``, ``layout_outreach``:
the sections; ``layout_sections``: sections in a template's order; ``layout_body``: a card's blocks;
``layout_booklet``: booklets; ``layout_projects``: sub-projects). This module keeps the entry points
the renderers, the families and the tests import.
"""

from __future__ import annotations

from samples.layout_achievements import achievement_blocks, group_heading
from samples.layout_blocks import (
    CIRCLED,
    LETTERS,
    RESIDENTS,
    UNIT_MULT,
    Block,
    Figure,
    Grid,
    GridCell,
    Nth,
    PageBreak,
    Para,
    Record,
    eok_man_words,
    eok_words,
    fullwidth,
    money_text,
    printed_number,
    running_text,
    section_keys,
    unit_mult,
    watermark_text,
)
from samples.layout_body import _card_blocks, _typed_cell, card_blocks
from samples.layout_booklet import (
    SUMMARY_UNITS,
    _total_krw,
    booklet_parts,
    bound,
    report_parts,
    summary_blocks,
)
from samples.layout_funding import funding_grid, noted_cells
from samples.layout_goals import goals_grid, shared_unit
from samples.layout_header import header_grid
from samples.layout_header_grids import card_marks, quarter_boxes
from samples.layout_outreach import effect_lines, outreach_sentences, plan_lines
from samples.layout_overview import overview_lines
from samples.layout_projects import project_funding, sub_projects
from samples.layout_sections import _section_content, ordered_sections

__all__ = [
    "Block",
    "CIRCLED",
    "Figure",
    "Grid",
    "GridCell",
    "LETTERS",
    "Nth",
    "PageBreak",
    "Para",
    "RESIDENTS",
    "Record",
    "SUMMARY_UNITS",
    "UNIT_MULT",
    "_card_blocks",
    "_section_content",
    "_total_krw",
    "_typed_cell",
    "achievement_blocks",
    "booklet_parts",
    "bound",
    "card_blocks",
    "card_marks",
    "effect_lines",
    "eok_man_words",
    "eok_words",
    "fullwidth",
    "funding_grid",
    "goals_grid",
    "group_heading",
    "header_grid",
    "money_text",
    "noted_cells",
    "ordered_sections",
    "outreach_sentences",
    "overview_lines",
    "plan_lines",
    "printed_number",
    "project_funding",
    "quarter_boxes",
    "report_parts",
    "running_text",
    "section_keys",
    "shared_unit",
    "sub_projects",
    "summary_blocks",
    "unit_mult",
    "watermark_text",
]
