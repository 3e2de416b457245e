"""Sections in a template's order: each section's content, labels, panes and boxes, photos."""

from __future__ import annotations

from dataclasses import replace

from samples.layout_achievements import (
    achievement_blocks,
    effects_rows_grid,
    effects_split_grid,
    goal_lines,
    outreach_open,
    plans_gantt_grid,
    plans_halves_grid,
)
from samples.layout_blocks import Block, Figure, Grid, Para, Record, _heading, _titled
from samples.layout_funding import continued_grids, funding_grids, funding_summary
from samples.layout_funding_years import _funding_side_tables
from samples.layout_goals import goals_grid, metric_notes
from samples.layout_marginals import marginal_blocks, prose_blocks
from samples.layout_outreach import (
    effect_lines,
    funding_sentence,
    outreach_events_grid,
    outreach_grid,
    outreach_log_grid,
    outreach_prose,
    outreach_sentences,
    plan_lines,
    plans_by_year,
)
from samples.layout_overview import overview_grid, overview_lines
from samples.layout_projects import (
    achievement_block_table,
    funding_projects_grid,
    merged_grid,
    overview_projects_blocks,
    plans_quarter_grid,
)
from samples.layout_tiles import tiles_grid
from samples.style import Style


def photo_blocks(rec: Record, style: Style, n: int) -> list[Block]:
    """The photo page: its heading (the ``n``-th), then one captioned photo a caption."""
    from samples.figures import photo

    out: list[Block] = [_heading(n, style.photos_heading, style)]
    out += [
        Figure(photo(rec, k), cap, width_mm=110.0, height_mm=62.0)
        for k, cap in enumerate(style.photo_captions)
    ]
    return out


def photo_grid(rec: Record, style: Style) -> Grid:
    """Photos two a row in a table, each cell a photo with its caption under it (``< 착공식 >``)."""
    from samples.figures import photo

    caps = style.photo_grid
    g = Grid((len(caps) + 1) // 2, 2, widths=[1.0, 1.0], role="photos")
    for k, cap in enumerate(caps):
        g.put(k // 2, k % 2, [Figure(photo(rec, k), cap, width_mm=48.0, height_mm=27.0), cap])
    return g


# ------------------------------------------------------------------------------ sections in a template's order


def _gantt_grid(rec: Record) -> Grid:
    """The 추진일정 as a chart: a stage a row, the as-of year's months across (``1`` .. ``12`` under
    the year), ● in the months the stage runs."""
    from samples.extras import gantt_rows

    year, rows = gantt_rows(rec)
    g = Grid(2 + len(rows), 2 + 12, widths=[0.8, 2.6] + [0.45] * 12, role="side")
    g.put(0, 0, "구분", rs=2, head=True)
    g.put(0, 1, "추진내용", rs=2, head=True)
    g.put(0, 2, f"{year}년", cs=12, head=True)
    for m in range(12):
        g.put(1, 2 + m, str(m + 1), head=True)
    for i, (step, stage, months) in enumerate(rows):
        g.put(2 + i, 0, step)
        g.put(2 + i, 1, stage, align="left")
        for m in range(12):
            g.put(2 + i, 2 + m, "●" if m + 1 in months else "")
    return g


def _schedule_grid(rec: Record) -> Grid:
    from samples.extras import schedule_rows

    rows = schedule_rows(rec)
    g = Grid(1 + len(rows), 3, widths=[1.0, 3.0, 1.4], role="side")
    for k, h in enumerate(("구분", "추진내용", "추진시기")):
        g.put(0, k, h, head=True)
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            g.put(1 + i, k, text)
    return g


def approval_title(kind: str, style: Style) -> Grid:
    """The title line beside an approval box (결재란), as official documents print it: a borderless
    1x2 layout table, the title in the left cell, on the right a box whose first cell ``결재`` (its
    syllables stacked) spans two rows, the ranks (``style.approval_box``) over empty signature cells."""
    heads = style.approval_box
    box = Grid(2, 1 + len(heads), widths=[0.5] + [1.0] * len(heads), role="approval")
    box.put(0, 0, "결\n재", rs=2, head=True)
    for k, h in enumerate(heads):
        box.put(0, 1 + k, h, head=True)
        box.put(1, 1 + k, "")
    g = Grid(1, 2, widths=[3.0, 2.0], role="layout")
    g.put(0, 0, kind, align="left")
    g.put(0, 1, [box])
    return g


def _changes_grid(rec: Record) -> Grid:
    """The card's change history: 연번 | 변경일자 | 변경내용 | 사유, a change a row (extras.change_rows)."""
    from samples.extras import change_rows

    rows = change_rows(rec)
    g = Grid(1 + len(rows), 4, widths=[0.5, 1.2, 3.2, 2.0], role="side")
    for k, h in enumerate(("연번", "변경일자", "변경내용", "사유")):
        g.put(0, k, h, head=True)
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            g.put(1 + i, k, text, align="left" if k >= 2 else "center")
    return g


def _section_content(key: str, rec: Record, style: Style, sec: int = 0) -> list[Block]:
    """The blocks under one section's heading (empty: the card has nothing for it)."""
    if key == "overview" and style.overview_projects:
        return overview_projects_blocks(rec, style)
    if key == "overview" and style.fact_tiles:  # key-fact tiles over the overview's own lines or table
        tiles = tiles_grid(rec, style)
        return [
            *([tiles] if tiles is not None else []),
            *_section_content(key, rec, replace(style, fact_tiles=()), sec),
        ]
    if key == "overview" and style.overview_table:
        return [overview_grid(rec, style)]
    if key == "overview":
        return [Para(x) for x in overview_lines(rec, style)]
    if key == "funding":
        in_heads = style.funding_layout == "year_rows" and "{unit}" in style.year_rows_heads[2]
        unit = (
            []
            if style.unit_in_corner
            or style.unit_top_right
            or style.unit_column
            or style.unit_in_head
            or in_heads
            or style.unit_note
            or style.unit_in_title
            or style.unit_on_card
            or style.unit_above_heading
            else [
                Para(style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"]), "unit")
            ]
        )
        told = [Para(funding_sentence(rec, style))] if style.funding_sentence else []
        side = _funding_side_tables(
            rec, style
        )  # tables standing after no achievement, under any funding shape
        if style.funding_prose:  # the funding told in sentences, no table
            return [*told, *prose_blocks(rec, style), *side]
        if style.funding_marginals[0]:  # the years' totals and the sources' totals, two tables
            note = [Para(style.funding_note, "note")] if style.funding_note else []
            return [*told, *marginal_blocks(rec, style), *note, *side]
        if style.funding_summary:  # a 총괄 table, then the yearly one, each under its caption line
            first, second = style.funding_captions
            return [
                *told,
                *unit,
                *([Para(first, "group")] if first else []),
                funding_summary(rec, style),
                *([Para(second, "group")] if second else []),
                *funding_grids(rec, style),
                *side,
            ]
        notes = [Para(x, "note") for x in (*style.funding_footnotes, *(n for _, n in style.figure_marks))]
        if style.funding_projects[0]:
            return [*told, *unit, funding_projects_grid(rec, style), *notes, *side]
        note = [Para(style.funding_note, "note")] if style.funding_note else []
        if rec.get("_funding_note"):  # a card's own note (the ordinals' years: families.Funding.ordinal_note)
            note.append(Para(rec["_funding_note"], "note"))
        if style.unit_note:  # the unit told under the table (※ 단위: 백만원), before the other notes
            notes.insert(0, Para(style.unit_note.format(unit=rec["funding"]["unit"]), "note"))
        return [*told, *unit, *funding_grids(rec, style), *notes, *note, *side]
    if key == "merged":
        return [merged_grid(rec, style)] if rec["achievements"] or rec["plans"] else []
    if key == "achievements" and style.achievements_blocks:
        return achievement_block_table(rec, style)
    if key == "achievements":
        return achievement_blocks(rec, style, sec)
    if key == "goals":
        notes = [*style.goals_footnotes, *metric_notes(rec, style)]
        if (
            style.goals_lines and style.goals_lines_section and rec["goals"]
        ):  # the goals as lines a year, no table
            return [*(Para(x) for x in goal_lines(rec, style)), *(Para(x, "note") for x in notes)]
        if not rec["goals"]:
            return []
        grids: list[Block] = (
            continued_grids(goals_grid(rec, style), style.goals_continued, style.continued_caption, False)
            if style.goals_continued
            else [goals_grid(rec, style)]
        )
        return [*grids, *(Para(x, "note") for x in notes)]
    if key == "outreach" and rec["outreach"] and style.outreach_layout == "sentences":
        return [Para(x) for x in outreach_sentences(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_layout == "prose":
        return [Para(x) for x in outreach_prose(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_open:
        return [Para(x) for x in outreach_open(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_events:
        return [outreach_events_grid(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_log:
        return [outreach_log_grid(rec, style)]
    if key == "outreach":
        note = [Para(style.outreach_note, "note")] if style.outreach_note else []
        return [outreach_grid(rec, style), *note] if rec["outreach"] else []
    if key == "plans" and style.plans_gantt and rec["plans"]:
        return [plans_gantt_grid(rec, style)]
    if key == "plans" and style.plans_halves and rec["plans"]:
        return [plans_halves_grid(rec, style)]
    if key == "plans" and style.plans_quarters and rec["plans"]:
        return [plans_quarter_grid(rec, style)]
    if key == "plans" and style.plans_by_year:
        return [Para(x, role) for x, role in plans_by_year(rec, style)]
    if key == "plans":
        return [Para(x) for x in plan_lines(rec, style)]
    if key == "effects" and style.effects_rows[0] and rec["effects"]:
        return [effects_rows_grid(rec, style)]
    if key == "effects" and style.effects_split[0] and rec["effects"]:
        return [effects_split_grid(rec, style)]
    if key == "effects":
        return [Para(x) for x in effect_lines(rec, style)]
    if key == "problems":
        from samples.extras import problem_lines

        return [Para(x) for x in problem_lines(rec, style)]
    if key == "schedule":
        return [_gantt_grid(rec) if style.schedule_gantt else _schedule_grid(rec)]
    if key == "changes":
        return [_changes_grid(rec)]
    if key == "requests":
        from samples.extras import request_lines

        return [Para(x) for x in request_lines(rec, style)]
    if key == "figures":  # captioned photo boxes between sections, no heading (none: no photo boxes)
        return [photo_grid(rec, style)] if style.photo_grid else []
    if key == "photos" and style.photo_grid:
        return [photo_grid(rec, style)]
    if key == "photos":
        from samples.extras import photo_caption
        from samples.figures import location_map

        return [Figure(location_map(rec, (360, 200)), photo_caption(rec), width_mm=80.0, height_mm=44.0)]
    raise ValueError(f"unknown section {key!r}")


SECTIONS = (
    "overview",
    "funding",
    "achievements",
    "goals",
    "outreach",
    "plans",
    "effects",
    "problems",
    "schedule",
    "photos",
    "figures",
    "changes",
    "requests",
    "merged",
)


def _section_label(key: str, style: Style, residents: str, unit: str = "") -> str:
    if key == "outreach":
        return style.outreach_heading.format(residents=residents)
    if key == "funding" and style.unit_in_title:  # 재원 투자계획 (단위: 백만원)
        return style.funding_heading.strip("<>") + style.unit_in_title.format(unit=unit)
    return getattr(style, f"{key}_heading").strip("<>")


def ordered_sections(rec: Record, style: Style, residents: str) -> list[Block]:
    """Every section under its own numbered heading, in ``style.section_order``; a section the
    card has nothing for is left out (and not numbered)."""
    out: list[Block] = []
    n = 0
    left, right = style.two_pane
    panes: list[list[Block]] = [[], []]
    rows: list[tuple[str, list[Block]]] = []  # sections_table: every section's title and content
    for key in style.section_order:
        content = _section_content(key, rec, style, n + 1)
        if not content:
            continue
        if key == "figures":
            out += content
            continue
        n += 1
        if key in left or key in right:  # a section of the side-by-side pane: into its cell
            panes[0 if key in left else 1] += [
                _heading(n, _section_label(key, style, residents, rec["funding"]["unit"]), style),
                *content,
            ]
            if key == (left + right)[-1]:
                out.append(_panes(panes))
            continue
        if style.rotated_sections:  # a narrow rotated label cell beside the section's lines and tables
            out += _rotated_box(
                _titled(n, _section_label(key, style, residents, rec["funding"]["unit"]), style),
                content,
                key == "funding",
            )
            continue
        if style.sections_table:  # a title row and a content row of the one body table
            rows.append(
                (_titled(n, _section_label(key, style, residents, rec["funding"]["unit"]), style), content)
            )
            continue
        if style.section_box:  # the section's own boxed table: its title row over its content
            out.append(
                _boxed(
                    _titled(n, _section_label(key, style, residents, rec["funding"]["unit"]), style), content
                )
            )
            continue
        if key == "funding" and style.unit_above_heading:  # (단위: 백만원) over the section's heading
            out.append(Para(style.unit_above_heading.format(unit=rec["funding"]["unit"]), "unit"))
        out.append(_heading(n, _section_label(key, style, residents, rec["funding"]["unit"]), style))
        out += content
    if rows:
        out.append(_one_table(rows))
    return out


def _one_table(rows: list[tuple[str, list[Block]]]) -> Grid:
    """The whole body as one table of one column: every section a shaded title row over a row holding its
    lines and tables."""
    g = Grid(2 * len(rows), 1, widths=[1.0], role="section")
    for k, (title, content) in enumerate(rows):
        g.put(2 * k, 0, title, head=True, align="left")
        g.put(
            2 * k + 1,
            0,
            [b.text if isinstance(b, Para) else b for b in content if isinstance(b, Para | Grid)],
            align="left",
        )
    return g


def _panes(panes: list[list[Block]]) -> Grid:
    """Two columns side by side: a borderless 1x2 layout table, each cell holding its sections'
    headings, lines and tables."""
    g = Grid(1, 2, widths=[1.0, 1.0], role="layout")
    for k, blocks in enumerate(panes):
        g.put(
            0,
            k,
            [b.text if isinstance(b, Para) else b for b in blocks if isinstance(b, Para | Grid)],
            align="left",
        )
    return g


def _rotated_box(label: str, content: list[Block], table_after: bool) -> list[Block]:
    """A section as a label | content table whose narrow label cell is drawn rotated (vertical text);
    with ``table_after`` the section's tables follow the box (so that a column or page break may cut
    them), its lines before the first table in the box, those after it (a side table's title and unit line)
    after the box with their tables."""
    first = (
        next((k for k, b in enumerate(content) if isinstance(b, Grid)), len(content))
        if table_after
        else len(content)
    )
    inside = [b for b in content[:first] if isinstance(b, Para | Grid)]
    after = [b for b in content[first:] if isinstance(b, Para | Grid)]
    g = Grid(1, 2, widths=[0.45, 6.0], role="section")
    g.put(0, 0, label, head=True, rotate=True)
    g.put(0, 1, [b.text if isinstance(b, Para) else b for b in inside], align="left")
    for b in inside:
        if isinstance(b, Grid):
            b.break_at = 0  # a table in a cell: no forced break inside it
    return [g, *after]


def _boxed(title: str, content: list[Block]) -> Grid:
    """A section as a one-column table: the shaded title row, then one cell holding its lines and tables."""
    g = Grid(2, 1, widths=[1.0], role="section")
    g.put(0, 0, title, head=True, align="left")
    g.put(
        1,
        0,
        [b.text if isinstance(b, Para) else b for b in content if isinstance(b, Para | Grid)],
        align="left",
    )
    return g
