"""The card's body: body tables, typed tables and :func:`card_blocks` (a card's blocks in its style)."""

from __future__ import annotations

from samples.layout_achievements import achievement_blocks, block_heading, goal_lines, plans_grid
from samples.layout_blocks import (
    RESIDENTS,
    Block,
    Figure,
    Grid,
    GridCell,
    PageBreak,
    Para,
    Record,
    _heading,
    heading_text,
)
from samples.layout_funding import funding_grid, funding_grids
from samples.layout_funding_years import _funding_side_tables
from samples.layout_goals import goals_grid, n_groups
from samples.layout_header import header_grid, header_lines, stamp_title
from samples.layout_marginals import marginal_blocks, prose_blocks
from samples.layout_outreach import (
    effect_lines,
    funding_sentence,
    outreach_grid,
    outreach_prose,
    outreach_sentences,
    plan_lines,
)
from samples.layout_overview import overview_lines
from samples.layout_projects import funding_projects_grid
from samples.layout_sections import (
    _section_content,
    _section_label,
    approval_title,
    ordered_sections,
    photo_blocks,
)
from samples.style import Style


def _two_col(label: str, content: list[str | Grid]) -> Grid:
    g = Grid(1, 2, widths=[1.0, 6.0], role="section")
    g.put(0, 0, label, head=True)
    g.put(0, 1, content, align="left")
    return g


def _body_sections(rec: Record, style: Style, residents: str) -> Grid:
    """The body as one label | content table in ``style.section_order``, a section a row (left out when
    the card has nothing for it), its tables nested in the content cell; with ``body_sublabels`` the
    overview's row split by a second label column (사업기간 / 사업비 / 사업내용)."""
    rows: list[tuple[str, str, list[str | Grid]]] = []  # (section label, sub-label, content)
    n = 0
    for key in style.section_order:
        content = [
            b.text if isinstance(b, Para) else b
            for b in _section_content(key, rec, style, n + 1)
            if isinstance(b, Para | Grid)
        ]
        if not content:
            continue
        n += 1
        label = _section_label(key, style, residents, rec["funding"]["unit"])
        label = heading_text(n, label, style) if style.heading_format else label
        if style.body_label_vertical:  # one syllable a line in a narrow column (추 / 진 / 실 / 적)
            label = "\n".join(ch for ch in label if not ch.isspace())
        for x in content:
            if isinstance(x, Grid):
                x.break_at = 0  # a table in a cell: no forced page break inside it
        if key == "overview" and style.body_sublabels:
            o = rec["overview"]
            lp, lb, lc = style.overview_labels
            b1 = style.bullet1
            subs: list[tuple[str, list[str | Grid]]] = [(lp, [o["period"]["raw"]])]
            if style.overview_budget:
                subs.append((lb, [o["budget"]["raw"]]))
            subs.append((lc, [*(f"{b1} {c}" for c in o["contents"]), *(f"* {x}" for x in o["notes"])]))
            rows += [(label, sub, lines) for sub, lines in subs]
            continue
        rows.append((label, "", content))
    if style.body_header:
        head = header_grid(rec, style)
        g = Grid(
            head.n_rows + len(rows), head.n_cols, cells=list(head.cells), widths=head.widths, role="section"
        )
    else:
        label_w = 0.45 if style.body_label_vertical else 1.0
        g = Grid(
            len(rows),
            3 if style.body_sublabels else 2,
            widths=[label_w, 1.1, 6.0] if style.body_sublabels else [label_w, 6.0],
            role="section",
        )
    top, i = g.n_rows - len(rows), 0
    subs_col = 2 if style.body_sublabels else 1  # the content's first column
    while i < len(rows):
        label = rows[i][0]
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == label and rows[j + 1][1]:
            j += 1
        if rows[i][1]:  # a section split by sub-labels: its label spans their rows
            g.put(top + i, 0, label, rs=j - i + 1, head=True)
            for k in range(i, j + 1):
                g.put(top + k, 1, rows[k][1], head=True)
                g.put(top + k, subs_col, rows[k][2], cs=g.n_cols - subs_col, align="left")
        else:
            g.put(top + i, 0, label, cs=subs_col, head=True)
            g.put(top + i, subs_col, rows[i][2], cs=g.n_cols - subs_col, align="left")
        i = j + 1
    g.n_rows = top + len(rows)
    return g


def _body_table(rec: Record, style: Style, residents: str) -> Grid:
    """The whole body as one table: a section label on the left, its content on the right."""
    if style.section_order and style.body_order:
        return _body_sections(rec, style, residents)
    unit = style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])
    ach: list[str | Grid] = [
        b.text if isinstance(b, Para) else b
        for b in achievement_blocks(rec, style, 3)
        if not isinstance(b, Figure)
    ]  # the third section's blocks (3.1, 3.2)
    if rec["goals"]:
        ach += [block_heading(style.goals_heading, style, n_groups(rec), 3), goals_grid(rec, style)]
    # a record whose funding is not the printed table's (families._project_span): the table by sub-project
    funding = (
        funding_projects_grid(rec, style)
        if rec.get("_funding_print")
        else Grid(1, 1)
        if style.funding_marginals[0] or style.funding_prose
        else funding_grid(rec, style)
    )
    funding.break_at = 0  # a table in a cell: no forced page break inside it
    if style.funding_prose:  # the funding told in sentences, no table
        fund: list[str | Grid] = [b.text for b in prose_blocks(rec, style) if isinstance(b, Para)]
    elif style.funding_marginals[0]:  # the funding's two margins, each under its caption (the unit in it)
        margins: list[str | Grid] = [
            b.text if isinstance(b, Para) else b for b in marginal_blocks(rec, style)
        ]
        fund = [*margins, *([style.funding_note] if style.funding_note else [])]
    else:
        fund = [
            *([funding_sentence(rec, style)] if style.funding_sentence else []),
            *([] if style.unit_in_corner or style.unit_top_right or style.unit_in_head else [unit]),
            funding,
            *([rec["_funding_note"]] if rec.get("_funding_note") else []),  # the ordinals' years (Funding)
            *(b.text if isinstance(b, Para) else b for b in _funding_side_tables(rec, style)),
        ]
    secs: list[tuple[str, list[str | Grid]]] = [
        (style.overview_heading, list(overview_lines(rec, style))),
        (style.funding_heading, fund),
        (style.achievements_heading, ach),
    ]
    if rec["outreach"]:
        secs.append((style.outreach_heading.format(residents=residents), [outreach_grid(rec, style)]))
    if rec["plans"]:
        secs.append((style.plans_heading, list(plan_lines(rec, style))))
    secs.append((style.effects_heading, list(effect_lines(rec, style))))
    if style.body_header:  # the header's rows on top: the body rows use its first column edge only
        head = header_grid(rec, style)
        g = Grid(
            head.n_rows + len(secs), head.n_cols, cells=list(head.cells), widths=head.widths, role="section"
        )
    else:
        g = Grid(len(secs), 2, widths=[1.0, 6.0], role="section")
    top = g.n_rows - len(secs)
    for i, (label, content) in enumerate(secs):
        g.put(top + i, 0, heading_text(i + 1, label, style) if style.heading_format else label, head=True)
        g.put(top + i, 1, content, cs=g.n_cols - 1, align="left")
    return g


def _funding_table_blocks(rec: Record, style: Style) -> list[Block]:
    """The funding section's unit line and table(s) (or its sentences), notes and side tables in the fixed order."""
    blocks: list[Block] = []
    if style.funding_prose:  # the funding told in sentences, no unit line and no table
        blocks.extend(prose_blocks(rec, style))
    else:
        if not (
            style.cell_unit
            or style.unit_in_corner
            or style.unit_in_head
            or style.unit_note
            or style.unit_top_right
        ):
            blocks.append(
                Para(style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"]), "unit")
            )
        blocks.extend(funding_grids(rec, style))
    if style.unit_note:  # the unit told under the table (※ 단위: 백만원), before the other notes
        blocks.append(Para(style.unit_note.format(unit=rec["funding"]["unit"]), "note"))
    if style.funding_note:
        blocks.append(Para(style.funding_note, "note"))
    if rec.get("_funding_note"):  # a card's own note (the ordinals' years: families.Funding.ordinal_note)
        blocks.append(Para(rec["_funding_note"], "note"))
    blocks += [Para(x, "note") for x in style.funding_footnotes]
    blocks.extend(_funding_side_tables(rec, style))
    return blocks


def card_blocks(rec: Record, style: Style) -> list[Block]:
    """The whole card, top to bottom; the tables of ``style.open_tables``'s roles marked open-sided,
    those of ``style.typed_tables``'s roles typed as lines of tab-separated cells (no table)."""
    blocks = _card_blocks(rec, style)
    if style.row_cuts:
        from samples.page_cuts import apply_row_cuts

        blocks = apply_row_cuts(blocks, style)
    if style.typed_tables:
        blocks = [
            typed_table(b) if isinstance(b, Grid) and b.role in style.typed_tables else b for b in blocks
        ]
    if style.open_tables:
        for b in blocks:
            if isinstance(b, Grid):
                _mark_open(b, style.open_tables)
    if style.sheet_cols:  # the whole card on one spreadsheet grid
        from samples.sheet import sheet_blocks

        blocks = sheet_blocks(blocks, style)
    return blocks


_NUMERIC = set("0123456789,.-%―~() ")
TYPED_LINE_EM = 46.0  # a typed line's room in body em (the text width, a little spare)
TAB_GAP_EM = 1.5  # the least room between a cell's text and the next tab stop


def _em(text: str) -> float:
    """The printed width of ``text`` in em: Hangul and other wide glyphs one, the rest a little over half."""
    return sum(1.0 if ord(ch) >= 0x1100 else 0.3 if ch == " " else 0.58 for ch in text)


def _typed_cell(c: GridCell) -> str:
    return " ".join(x for x in c.content if isinstance(x, str)).replace("\n", " ").strip()


def typed_table(g: Grid) -> Para:
    """A table typed as an author types one without a table object: a line a row, its cells a tab
    apart at the column's tab stop. The head rows become one line (a column headed by the lowest head
    cell over it; a spanning head over several columns is not typed), a cell spanning columns is typed
    once (the tabs of the columns it covers after it), a cell spanning rows only on its first row."""
    band = g.head_band()
    cols: list[str] = [""] * g.n_cols
    for c in sorted((c for c in g.cells if c.row < band), key=lambda c: c.row):
        if c.col_span == 1 or c.row + c.row_span >= band:
            for k in range(c.col, c.col + c.col_span):
                cols[k] = _typed_cell(c) if k == c.col else ""
    lines = [cols] if band else []
    for row in range(band, g.n_rows):
        cells = [""] * g.n_cols
        for c in g.cells:
            if c.row == row:
                cells[c.col] = _typed_cell(c)
        lines.append(cells)
    need = [max(_em(ln[k]) for ln in lines) + TAB_GAP_EM for k in range(g.n_cols)]  # stops set to fit
    total = max(sum(need), TYPED_LINE_EM)

    def numeric(k: int) -> bool:
        body = [ln[k] for ln in lines[1 if band else 0 :] if ln[k]]
        return k > 0 and bool(body) and all(any(ch.isdigit() for ch in x) or set(x) <= _NUMERIC for x in body)

    stops = tuple((w / total, "r" if numeric(k) else "l") for k, w in enumerate(need))
    return Para(
        "\n".join("\t".join(ln).rstrip("\t") for ln in lines), "typed", stops, min(1.0, TYPED_LINE_EM / total)
    )


def _mark_open(g: Grid, roles: tuple[str, ...]) -> None:
    g.open = g.role in roles
    for c in g.cells:
        for x in c.content:
            if isinstance(x, Grid):
                _mark_open(x, roles)


def _header_repeated(blocks: list[Block]) -> list[Block]:
    """The card's header table printed again at the top of the page after its first page break."""
    head = next((b for b in blocks if isinstance(b, Grid) and b.role == "header"), None)
    at = next((k for k, b in enumerate(blocks) if isinstance(b, PageBreak)), None)
    if head is None or at is None:
        return blocks
    return [*blocks[: at + 1], head, *blocks[at + 1 :]]


def _card_blocks(rec: Record, style: Style) -> list[Block]:
    kind = rec["header"]["kind"]
    residents = next((v for k, v in RESIDENTS.items() if k in kind), "주민")
    if style.title_as_of:  # 〇〇시 공약사업 관리카드 (2024. 9. 30. 기준): the as-of date on the title's line
        kind += style.title_as_of.format(date=rec["as_of"]["raw"])
    if style.slide_deck and not style.body_table:  # a presentation: a title slide, then a slide a section
        from samples.slides import slide_blocks

        return slide_blocks(rec, style, residents)
    blocks: list[Block] = [Para(x, "note") for x in style.web_chrome[:1]]
    blocks.append(
        approval_title(kind, style)
        if style.approval_box
        else stamp_title(rec, style)
        if style.stamp_label
        else Para(kind, "title")
    )
    blocks += [Para(x, "note") for x in style.web_chrome[1:]]
    if style.title_line:
        blocks.append(
            Para(
                style.title_line.format(no=rec["header"]["mgmt_no"], title=rec["header"]["title"]), "heading"
            )
        )
    if style.as_of_line:
        blocks.append(Para(style.as_of_line.format(date=rec["as_of"]["raw"]), "unit"))
    if style.unit_on_card:  # the card's unit, once, under the title (금액 단위: 천원)
        blocks.append(Para(style.unit_on_card.format(unit=rec["funding"]["unit"]), "unit"))
    if style.header_layout == "lines" and "\t" in style.header_line:  # typed at a tab stop after the label
        blocks += [Para(x, "typed", ((0.2, "l"), (0.8, "l"))) for x in header_lines(rec, style)]
    elif style.header_layout == "lines":
        blocks += [Para(x) for x in header_lines(rec, style)]
    elif not (style.body_table and style.body_header):
        blocks.append(header_grid(rec, style))
    if style.status_symbols:  # the legend of the status symbols
        blocks.append(Para("※ " + "  ".join(f"{sym} {lab}" for lab, sym in style.status_symbols), "note"))
    if style.section_order and not style.body_table:
        out = blocks + ordered_sections(rec, style, residents) + [Para(x) for x in style.attachments]
        return _header_repeated(out) if style.header_repeat else out
    if style.body_table:
        blocks.append(_body_table(rec, style, residents))
        return blocks
    n = 0

    def section(label: str, lines: list[Block]) -> None:
        nonlocal n
        n += 1
        if style.two_column:
            content: list[str | Grid] = [
                b.text if isinstance(b, Para) else b for b in lines if not isinstance(b, Figure)
            ]
            blocks.append(_two_col(label, content))
        else:
            blocks.append(_heading(n, label, style))
            blocks.extend(lines)

    five = style.page_plan == "five"
    section(style.overview_heading, [Para(x) for x in overview_lines(rec, style)])
    if style.figure_caption:
        from samples.figures import location_map

        blocks.append(Figure(location_map(rec), style.figure_caption))
    if five:  # the funding table alone on a landscape page
        blocks.append(PageBreak(landscape=True))
    n += 1
    blocks.append(_heading(n, style.funding_heading, style))
    if style.funding_sentence:  # the budget told in the funding section (no overview budget line)
        blocks.append(Para(funding_sentence(rec, style)))
    if style.funding_marginals[
        0
    ]:  # the years' totals and the sources' totals, each under its caption (the unit
        blocks.extend(
            marginal_blocks(rec, style)
        )  # in it); a record of margins holds no source's year to print
        if style.funding_note:
            blocks.append(Para(style.funding_note, "note"))
    else:
        blocks.extend(_funding_table_blocks(rec, style))
    if five:  # a page of captioned photos, then the rest on portrait pages
        blocks.append(PageBreak())
        n += 1
        blocks.extend(photo_blocks(rec, style, n))
        blocks.append(PageBreak())
    section(style.achievements_heading, achievement_blocks(rec, style, n + 1))
    if rec["goals"]:
        blocks.append(Para(block_heading(style.goals_heading, style, n_groups(rec), n), "group"))
        if style.goals_lines:
            blocks.extend(Para(x) for x in goal_lines(rec, style))
        else:
            blocks.append(goals_grid(rec, style))
        if style.goals_note:
            blocks.append(Para(style.goals_note, "note"))
        blocks += [Para(x, "note") for x in style.goals_footnotes]
    if rec["outreach"]:
        n += 1
        blocks.append(_heading(n, style.outreach_heading.format(residents=residents), style))
        if style.outreach_layout == "sentences":
            blocks.extend(Para(x) for x in outreach_sentences(rec, style))
        elif (
            style.outreach_layout == "prose" and style.outreach_prose_plain
        ):  # one sentence of prose, no table
            blocks.extend(Para(x) for x in outreach_prose(rec, style))
        elif style.outreach_layout == "quarters":
            blocks += [
                Para(style.unit_format.format(unit=rec["outreach"]["unit"]), "unit"),
                outreach_grid(rec, style),
            ]
        else:
            blocks.append(outreach_grid(rec, style))
    eff = [Para(x) for x in effect_lines(rec, style)]
    if style.tail_heading:  # one heading, the plans and the effects each opened by a sub-heading line
        plans = (
            [
                Para(style.tail_sub.format(label=style.plans_heading), "group"),
                *[Para(x) for x in plan_lines(rec, style)],
            ]
            if rec["plans"]
            else []
        )
        section(
            style.tail_heading,
            [*plans, Para(style.tail_sub.format(label=style.effects_heading), "group"), *eff],
        )
        return blocks
    if rec["plans"] and style.plans_table[0]:
        section(style.plans_heading, [plans_grid(rec, style)])
    elif rec["plans"]:
        section(style.plans_heading, [Para(x) for x in plan_lines(rec, style)])
    if style.two_column:
        section(style.effects_heading.strip("<>"), eff)
    elif style.effects_heading.startswith("<"):
        blocks.append(Para(style.effects_heading, "heading"))
        blocks.extend(eff)
    else:
        n += 1
        blocks.append(_heading(n, style.effects_heading, style))
        blocks.extend(eff)
    return blocks
