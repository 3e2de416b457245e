"""추진실적: bullet items flattened in reading order with depth, parent, trailing date, notes,
counts and organisations, plus the side tables that stand between them."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.dated_line import date_source_of
from pledgecard.extract.document import Table
from pledgecard.extract.heading_numbers import decimal_rest
from pledgecard.extract.headings import parse_group_heading, section_heading_block
from pledgecard.extract.issuer import place_names
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import (
    CAPTION_MARKERS,
    CONSONANTS,
    LETTERS,
    SECTION_MARKERS,
    canonical_marker,
    circled_style,
    is_note,
    is_numbering,
    run_frame,
    run_place,
)
from pledgecard.extract.nlp import find_counts, find_orgs
from pledgecard.extract.picture_tags import tagged_caption
from pledgecard.extract.sections.achievement_block_month import month_in_block_year
from pledgecard.extract.sections.achievement_bracket_late import bracket_past_point, late_findings
from pledgecard.extract.sections.achievement_log_row import log_rows
from pledgecard.extract.sections.achievement_month_year import month_in_as_of_year
from pledgecard.extract.sections.achievement_set_in import set_in_style, steady_margins
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.column_block_items import column_block_cells
from pledgecard.extract.sections.common import is_caption, picture_table, split_trailing_date
from pledgecard.extract.sections.figure_cells import figures_in_text
from pledgecard.extract.sections.item_tables import (
    ROW_MARKER,
    UNPRINTED_MARKERS,
    item_rows_from_lines,
    leading_date,
)
from pledgecard.extract.sections.labelled_blocks import labelled_block, later_point_block
from pledgecard.extract.sections.log_cut_pieces import join_log_pieces
from pledgecard.extract.sections.log_tables import log_rows_from_lines
from pledgecard.extract.sections.side_tables import table_from_grid, tables_from_lines
from pledgecard.extract.sections.sparse_row_tables import sparse_row_unpadded
from pledgecard.extract.sections.table_title_year import table_period
from pledgecard.extract.vocabulary import Vocabulary, current, key, spaced
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.text import fold
from pledgecard.record import Achievement, DateObject


def _style(marker: str | None) -> str:
    """``3)`` -> ``1)``, ``다.`` -> ``%.``, ``Ⅲ.`` -> ``Ⅰ.``, ``C)`` -> ``A)``, ``③`` -> ``①``, ``❷`` -> ``❶``: the style of a marker, whatever its
    number. Glyphs are compared as printed (``·`` and ``ㆍ``, ``○`` and ``◦`` are two styles): a
    card that prints two of them gives them two levels, by order of first appearance."""
    m = marker or ""
    if is_numbering(m):
        m = re.sub(
            "[A-Z]",
            "A",
            re.sub(
                "[a-z]",
                "a",
                re.sub("[Ⅰ-Ⅻ]+", "Ⅰ", re.sub(f"[{LETTERS}]", "%", re.sub(f"[{CONSONANTS}]", "ㄱ", m))),
            ),
        )
        m = circled_style(re.sub(r"\d+", "1", m))
    return m


def _enclosing(ach: list[Achievement], parent: int | None) -> list[Achievement]:
    """The items enclosing one whose parent is ``parent``: its parent, the parent's, and so on."""
    out: list[Achievement] = []
    while parent is not None and len(out) <= len(ach):
        out.append(ach[parent])
        parent = ach[parent]["parent"]
    return out


def _siblings(ach: list[Achievement], start: int, parent: int | None, level: int) -> list[Achievement]:
    """The items from ``start`` on (a block's) under ``parent`` at ``level``, in order: a new item's earlier siblings."""
    return [a for a in ach[start:] if a["parent"] == parent and a["level"] == level]


def _new_item(
    group: str | None,
    group_as_of: DateObject | None,
    level: int,
    parent: int | None,
    marker: str | None,
    text: str,
    date: DateObject | None,
    places: frozenset[str] = frozenset(),
) -> Achievement:
    return {
        "group": group,
        "group_as_of": group_as_of,
        "level": level,
        "parent": parent,
        "marker": canonical_marker(marker),
        "text": text,
        "date": date,
        "counts": find_counts(text),
        "orgs": find_orgs(text, places),
    }


def _block_words(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words naming the achievements (추진실적) and the reporting words of a date (기준, 누계, 현재)."""
    return (
        re.compile(spaced(v.words("as_of", "achievement_group_words"))),
        re.compile(spaced(v.words("as_of") + v.words("as_of", "end_words"))),
    )


def _bullet_block(text: str) -> tuple[str, DateObject] | None:
    """A bulleted block heading: ``◦ 그간 추진실적 : '23. 4분기 누계`` (a name of the achievements and
    a reporting date after a colon) or ``◦ 2024년 4분기 현재`` (a reporting date alone). An item's
    own date carries no reporting word (``◦ 협약 체결 : '24. 3.``). A bullet before a date and nothing
    else (``◈ 2023. 3. 31.``) heads the block of that reporting point: an item prints its event."""
    whole = parse_date(text)
    if whole.get("label"):
        return fold(text), whole
    name, date, notes = split_trailing_date(text)
    if date is None or notes:
        g = parse_group_heading(text)
        return (g[0], g[1]) if g and g[1] and fold(g[0]) == fold(text) and not notes else None
    vocab = current()
    names, reporting = vocab.build(_block_words)
    earlier = key(name) in {
        key(w) for w in vocab.words("as_of", "prior_achievements")
    }  # 기 추진실적 : '22. 7. ~ '24. 9.
    if (reporting.search(date["raw"]) or earlier) and names.search(name) and len(name) <= 20:
        return fold(name), date
    return None


def _named_block(text: str) -> tuple[str, DateObject | None]:
    """A block heading after a section glyph: its name, and its reporting date when the whole
    heading is a date (``□ 2024. 9. 30.``: the block of the reporting point)."""
    d = parse_date(text)
    return fold(text), d if d.get("label") else None


def _glyph_block(text: str) -> tuple[str, None] | None:
    """A block heading opened by one glyph no marker list knows and naming a section (``➌ 성과목표 및
    공정률``: the goals' heading among the achievements' blocks ``➊`` ``➋``): its name, no date."""
    parts = text.split(maxsplit=1)
    if len(parts) != 2 or len(parts[0]) != 1 or parts[0].isalpha() or parts[0].isascii():
        return None
    return (fold(parts[1]), None) if section_of(parts[1]) is not None else None


def year_block(text: str) -> tuple[str, DateObject] | None:
    """An unmarked line that is wholly one year with its year word (``2023년``, ``2024년도``): the
    heading of that year's block of items (a bare ``2023``, a table's cell in a dump, is none)."""
    t = fold(text).strip()
    if len(t) > 12 or t.replace(".", "").strip().isdigit():
        return None
    d = parse_date(t)
    if d.get("precision") == "year" and d.get("label") and "/" not in d["label"]:
        return t, d
    return None


def _opens_items(items: list[Item], i: int) -> bool:
    """Whether item ``i`` stands between items: a bulleted line after it, and before it the
    section's start, a bulleted line or a table (a year line so placed heads a block; one among unmarked
    lines is a table's cell a dump printed a line)."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    prev = items[i - 1] if i else None
    # the item after it is of the first level (the style of the section's first item): a year line
    # over a sub-item is a table's cell a page break moved (pdftotext prints a head left over at
    # the next page's top), not the heading of a block
    first = next(
        (
            it.marker
            for it in items
            if isinstance(it, Line)
            and it.marker is not None
            and not is_note(it.marker)
            and it.marker not in SECTION_MARKERS
        ),
        None,
    )
    return (
        isinstance(nxt, Line)
        and nxt.marker is not None
        and not is_note(nxt.marker)
        and _style(nxt.marker) == _style(first)
        and (prev is None or isinstance(prev, Table) or prev.marker is not None)
    )


def _digits_shape(text: str) -> str:
    """A line's shape, its digits as ``9`` (``2022년`` and ``2023년`` alike)."""
    return re.sub(r"\d", "9", fold(text).strip())


def _year_after_rows(items: list[Item], i: int, shapes: set[str]) -> bool:
    """Whether the year line ``items[i]`` heads a block right after a table a dump printed a row a line
    (``구분 2022년 2023년 계`` / ``수료생 45 16 61`` / ``2023년``): a year line of the shape this section's year
    lines heading blocks print (``shapes``), under an unmarked line of two words or more (a row printed
    whole: a table whose rows print a line each prints no row of one word) that ends a run of such lines,
    over a bulleted item of the first level (:func:`_opens_items` with the row taken away)."""
    it = items[i]
    if (
        not isinstance(it, Line)
        or it.marker is not None
        or _digits_shape(it.text) not in shapes
        or year_block(it.text) is None
    ):
        return False
    k = i - 1
    while k >= 0 and isinstance(row := items[k], Line) and row.marker is None:
        if len(row.text.split()) < 2:
            return False
        k -= 1
    if k == i - 1 or k == i - 2:  # a table of a head and one row at least
        return False
    return _opens_items([*items[: k + 1], it, *items[i + 1 :]], k + 1)


def _is_block_heading(line: Line, boxes: str = SECTION_MARKERS) -> bool:
    """A line heading a block of items (``☞ 2023년 3분기 현재``, ``가. 기 추진실적('22. 7. ~)``);
    ``boxes``: the glyphs that head blocks on this card (a box bulleting its items heads none)."""
    g = parse_group_heading(line.text if line.marker else line.full_text)
    return bool(g and g[1]) or (line.marker is not None and line.marker in boxes)


def _dated_log(items: list[Item], boxes: str = SECTION_MARKERS) -> bool:
    """Whether the items are a dated log: each event's date opens its line (``◦ 2024. 3. 15. 착공``,
    ``◦ '24. 4월 중 설명회 개최``) and none prints its date after a colon. Two or more items must
    open so; a single one may be a title that starts with a date. A block heading closing on its
    reporting point (``☞ 그간 추진실적 [2024.3/4분기 누계]``) is no item closing on its date; a line
    closing on its date after a colon is one, whatever its words (``ㅇ 상반기 추진실적 보고회 개최 :
    2024. 7.``: session 42 mend)."""
    opened = closed = 0
    for it in items:
        if (
            not isinstance(it, Line)
            or it.marker is None
            or (_is_block_heading(it, boxes) and not _date_after_colon(it.text))
            or is_note(it.marker)
        ):
            continue
        if split_trailing_date(it.text)[1] is not None:
            closed += 1
        elif leading_date(it.text)[0]:
            opened += 1
    return opened >= 2 and not closed


def _date_after_colon(text: str) -> bool:
    """Whether ``text`` closes on a date printed after a colon (``보고회 개최 : 2024. 7.``)."""
    date = split_trailing_date(text)[1]
    if date is None or not (raw := str(date.get("raw") or "")):
        return False
    head = text.rstrip()
    at = head.rfind(raw)
    return at > 0 and head[:at].rstrip().endswith((":", "："))


def _colon_dated(line: Line) -> bool:
    """An unmarked line closing on its date after a colon (``협약 체결 : '24. 3.``): an item's line."""
    text, date, _ = split_trailing_date(line.text)
    return (
        date is not None
        and bool(text)
        and text != fold(line.text)
        and not _is_block_heading(line)
        and _bullet_block(line.text) is None
    )


def _unmarked_items(items: list[Item]) -> bool:
    """Whether the items print their first level without a marker: two or more unmarked lines close
    on their own dates after a colon (a block table's rows printed as lines, their 추진내용 cells
    bare: ``협약 체결 : '24. 3.`` over ``▸ 참여기업 12개``)."""
    return sum(1 for it in items if isinstance(it, Line) and it.marker is None and _colon_dated(it)) >= 2


def _unmarked_item(items: list[Item], i: int, in_run: bool, boxes: str = SECTION_MARKERS) -> bool:
    """Whether unmarked line ``i`` is a first-level item of items that print that level bare: it
    closes on its date after a colon, or it opens no run of unmarked lines (``in_run``: a table a
    dump printed a row a line) and a bulleted item or a table stands under it (its sub-items, or
    the table it titles)."""
    it = items[i]
    assert isinstance(it, Line)
    if _colon_dated(it):
        return True
    nxt = items[i + 1] if i + 1 < len(items) else None
    return not in_run and (
        isinstance(nxt, Table)
        or isinstance(nxt, Line)
        and nxt.marker is not None
        and nxt.marker not in boxes
        and not is_note(nxt.marker)
    )


def _bulleted_block(line: Line) -> bool:
    """A bulleted line heading a dated block (``◈ 그간 추진실적 〈'24. 3분기 기준 누계〉``, ``◈ 2024. 12. 31.``),
    as the items' loop reads it."""
    g = parse_group_heading(line.text)
    return (
        bool(g and g[1] and split_trailing_date(line.text)[1] is None) or _bullet_block(line.text) is not None
    )


def _bulleted_dated_blocks(items: list[Item], boxes: str) -> bool:
    """Whether a bulleted dated block heading stands above the section's first boxed line, and every
    boxed line is undated: the boxes are a level of its items, not blocks beside it."""
    boxed = [it for it in items if isinstance(it, Line) and it.marker is not None and it.marker in boxes]
    if not boxed or any(parse_group_heading(it.text) or parse_date(it.text).get("label") for it in boxed):
        return False
    first = items.index(boxed[0])
    return any(
        isinstance(it, Line)
        and it.marker is not None
        and it.marker not in boxes
        and not is_note(it.marker)
        and _bulleted_block(it)
        for it in items[:first]
    )


def _goal_projects(ctx: SectionContext | None) -> frozenset[str]:
    """The sub-projects the card's goals, read before, name (their 세부사업 column)."""
    goals = (ctx.record or {}).get("goals") if ctx is not None else None
    return frozenset(
        key(g["project"]) for g in goals or () if isinstance(g, dict) and isinstance(g.get("project"), str)
    )


def _project_block(items: list[Item], i: int, projects: frozenset[str], last: str | None = None) -> bool:
    """Whether marked line ``i`` names, whole and undated, a sub-project the card's goals name, over an item of
    another marker (``1. 문화관광 기반 구축`` over ``► ...``): the heading of that sub-project's block, not an item
    (mutant 3038: gaji-county's ``[세부사업1] name`` blocks numbered ``1. name``); or, undated, the next of the
    numbering that headed the last such block (``last``: ``㈀ 아이돌봄 지원사업`` then ``㈁ 아이돌봄 기반 조성``, a
    sub-project no goal row names: mutant 3152)."""
    it, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
    if not (
        isinstance(it, Line)
        and isinstance(nxt, Line)
        and nxt.marker is not None
        and nxt.marker != it.marker
        and not is_note(nxt.marker)
    ):
        return False
    return key(it.text) in projects or (
        _next_in_run(last, it.marker) and split_trailing_date(it.text)[1] is None
    )


def _next_in_run(before: str | None, marker: str | None) -> bool:
    """Whether ``marker`` numbers the place after ``before`` in one run (``㈀`` ``㈁``, ``1.`` ``2.``,
    ``9)`` ``10)``): both numberings, the same frame round the place, the next place. Two glyphs next to
    each other in Unicode (``▪`` ``▫``) are no run."""
    if not (is_numbering(before) and is_numbering(marker)):
        return False
    places = run_place(before), run_place(marker)
    return (
        None not in places
        and places[1] == places[0] + 1  # type: ignore[operator]
        and run_frame(before) == run_frame(marker)
    )


def extract_achievements(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """Items and side tables (``parent`` and ``after_item`` count from the section's first item),
    provenance, left-over items, and the reporting dates of the block headings (also of blocks
    with no bullet under them)."""
    lexicon = ctx.lexicon if ctx else ""
    # the issuer's place names: an institution named after the card's government (산하군: 산하연구원)
    places = place_names((ctx.record.get("header") or {}).get("issuer") if ctx else None)
    ach: list[dict[str, Any]] = []
    tables: list[dict[str, Any]] = []
    prov: dict[Loc, Any] = {}
    rest: list[Item] = []
    group: str | None = None
    group_as_of: dict[str, Any] | None = None
    loose: list[Line] = []  # a run of non-bullet lines (a flattened table in a text dump)
    group_dates: list[dict[str, Any]] = []
    # the card's reporting point: the record's where read before, else the one the header states (the record's
    # ``as_of`` is set once every section is read)
    card_point = (ctx.record.get("as_of") or ctx.header_point()) if ctx else None
    late_found: list[
        dict[str, Any]
    ] = []  # bracketed dates past the reporting point (achievement_bracket_late)
    style_levels: dict[str, int] = {}  # marker style -> depth, by order of first appearance
    set_in: dict[tuple[str, int], str] = {}  # a glyph's items set in under an item of it: their own style
    above: tuple[str, int] | None = None  # the style and indent of the last item given a depth by its style
    opening: list[int] = []  # the depth of the item opening the first block
    year_shapes: set[str] = set()  # how this section's year lines heading blocks print (2022년 as 9999년)

    def last_index() -> int | None:
        return len(ach) - 1 if ach else None

    def flush_loose() -> None:
        if not loose:
            return
        found = tables_from_lines(loose, lexicon)
        if found and not any(t["rows"] for t in found):  # a lone unmarked line is no table: kept unplaced
            rest.extend(loose)
            found = []
        for t in found:
            t["after_item"] = last_index()
            t["title"] = ach[-1]["text"] if ach else None
            prov[Loc("tables", len(tables))] = loose[0].source
            tables.append(t)
        loose.clear()

    def parent_for(level: int, start: int) -> int | None:
        for j in range(len(ach) - 1, start - 1, -1):
            if ach[j]["level"] < level:
                return j
        return None

    group_start = 0
    if (opened := section_heading_block(ctx.heading if ctx else None)) is not None:
        group, group_as_of = opened  # 3. 추진실적 (2024. 12. 31. 기준): the items before any block's
        group_dates.append(group_as_of)
    projects = _goal_projects(ctx)
    project_marker: str | None = None  # the numbering of the last sub-project's block heading
    # the boxes that head blocks here: not a box the card bullets its items with (❏ 사업기간 : …)
    boxes = "".join(c for c in SECTION_MARKERS if c not in (ctx.levels if ctx else {}))
    if any(
        isinstance(it, Line) and it.marker is None and (g := parse_group_heading(it.full_text)) and g[1]
        for it in items
    ) or _bulleted_dated_blocks(items, boxes):
        # blocks headed by unmarked dated lines (〔기 추진실적〕 '23년 4분기 누계) or by bulleted ones above
        # every box (◈ 그간 추진실적 〈'24. 3분기 기준 누계〉): a box under them before an undated title
        # (❑ 세부 추진실적) bullets an item, a level of the block's
        boxes = ""
    items = [sparse_row_unpadded(it) for it in items]  # a one-row grid cut at blank gaps: its printed cells
    items = join_log_pieces(
        items, ctx.page_starts if ctx else ()
    )  # a row's rest atop the next page: to its row
    items = log_rows_from_lines(
        items, lambda ln: _is_block_heading(ln, boxes)
    )  # a log table's rows are items
    expanded = item_rows_from_lines(
        items, lambda ln: _is_block_heading(ln, boxes), "achievements"
    )  # an item table's rows are items
    log = _dated_log(expanded, boxes)
    unmarked = _unmarked_items(expanded)
    block_titles, block_cells = column_block_cells(expanded)  # a table printed column block by column block
    row_cells = log_rows(
        expanded
    )  # a log's rows printed in their cells, beside siblings (achievement_log_row)
    steady = steady_margins(
        [
            (_style(it.marker), it.indent)
            for it in expanded
            if isinstance(it, Line)
            and it.marker is not None
            and it.marker not in UNPRINTED_MARKERS
            and not is_note(it.marker)
        ]
    )
    for n_it, it in enumerate(expanded):
        if (
            isinstance(it, Table)
            and picture_table(it)
            or isinstance(it, Line)
            and (
                it.marker is not None
                and it.marker in CAPTION_MARKERS
                and is_caption(it.full_text)
                or it.marker is None
                and tagged_caption(it.full_text)
            )
        ):  # 〈사진〉 …: a photo's tagged caption
            continue  # photo boxes between the items (▲ 사업 대상지 전경): their captions are no facts
        if isinstance(it, Table):
            flush_loose()
            t = table_from_grid(it, title=ach[-1]["text"] if ach else None, after_item=last_index())
            prov[Loc("tables", len(tables))] = it.source
            tables.append(t)
            continue
        if it.marker is None:  # a block numbered under its section (3.1 그간 추진실적 (...)): its words
            words = decimal_rest(it.full_text)
            heading = (
                None
                if n_it in row_cells  # a log's row printed in its cells (연도 | 월 | 추진내용): an item
                else parse_group_heading(words or it.full_text)
                or _glyph_block(it.full_text)
                or (_named_block(words) if words and parse_date(words).get("label") else None)
            )  # 0-2 2020. 6. 30.
            if heading is None and _opens_items(expanded, n_it):
                # a year line, or a bracketed label over a name ([세부사업1] 기반 조성), heads its block only
                # over a bulleted item
                heading = (
                    year_block(it.text)
                    or labelled_block(it.full_text)
                    or later_point_block(it.full_text, group_as_of)
                )  # ( 2026년 3월 31일 ) after '25. 4분기
                if heading is not None and year_block(it.text) is not None:
                    year_shapes.add(_digits_shape(it.text))
            elif heading is None and _year_after_rows(expanded, n_it, year_shapes):
                heading = year_block(it.text)
        elif it.marker in boxes and it.text:  # □ 스마트 수소에너지: a block heading here
            heading = parse_group_heading(it.text) or _named_block(it.text)
        elif not is_note(it.marker):
            # 가. 기 추진실적('22. 7. ~ '24. 12.), ▶ 기 추진실적('26년 1분기 누계): a bullet or a
            # numbering before a dated block name is a block heading, not an item; an item's own
            # date follows a colon (◦ 협약 체결 : '24. 3.)
            g = parse_group_heading(it.text)
            heading = g if g and g[1] and split_trailing_date(it.text)[1] is None else _bullet_block(it.text)
            if heading is None and _project_block(expanded, n_it, projects, project_marker):
                heading = (fold(it.text).strip(), None)  # 1. 문화관광 기반 구축: a sub-project the goals name
                project_marker = it.marker
        else:
            heading = None
        if heading:
            flush_loose()
            group, group_as_of = heading
            if group_as_of:
                group_dates.append(group_as_of)
            group_start = len(ach)
            continue
        if n_it in block_cells:
            rest.append(it)  # a column block's date or status cell alone: which row it is printed for is lost
            continue
        log_row = n_it in row_cells
        if n_it in block_titles or log_row:
            flush_loose()  # (a log's row printed in its cells, 연도 | 월 | 추진내용: a dated item, achievement_log_row)
            it = Line(text=it.text, marker=ROW_MARKER, indent=it.indent, source=it.source)
        elif it.marker is None and unmarked and _unmarked_item(expanded, n_it, bool(loose), boxes):
            it = Line(text=it.text, marker=ROW_MARKER, indent=it.indent, source=it.source)
        if it.marker is None or it.marker in boxes or not it.text.strip():
            loose.append(it)  # (a lone dash is a table's empty cell a dump printed a line, no item)
            continue
        flush_loose()
        text, date, inline_notes = split_trailing_date(it.text)
        if (late := bracket_past_point(it.text, date, group_as_of or card_point)) is not None:
            text, date = fold(it.text), None  # [’25. 3.] on a card as of '24 Q3: a plan's date, no item's
            late_found.append(late | {"source": it.source})
        if date is None and not is_note(it.marker):  # ◦ 2024. 3. 15. 착공: the date opens the line
            head, body = leading_date(text)
            # in a dated log any date; elsewhere a day (an event's date: a month or a year opening an
            # item may be its subject, ``2024년 예산 확보``)
            if (
                head
                and body
                and (
                    log
                    and not table_period(expanded, n_it, head)
                    or parse_date(head).get("precision") == "day"
                    or log_row  # the date cells of a log's row (achievement_log_row)
                    or month_in_block_year(parse_date(head), group_as_of)
                )
            ):
                text, date = body, parse_date(head)
        if is_note(it.marker):
            anchor = next(
                (j for j in range(len(ach) - 1, group_start - 1, -1) if not is_note(ach[j]["marker"])), None
            )
            level = (ach[anchor]["level"] + 1) if anchor is not None else 1
            parent = anchor
        else:
            # depth by order of first appearance: ○ then - then · (or ① then - then ·); a new style
            # opening a block stands where the earlier blocks' openings stand (❶ ❷ in one block,
            # ㉮ ㉯ in the next)
            plain = _style(it.marker)
            style = set_in_style(plain, it.indent, above, set_in) if steady else plain  # a - set in under a -
            above = (plain, it.indent)
            if style not in style_levels and len(ach) == group_start and opening:
                style_levels[style] = opening[0]
            elif style not in style_levels and style_levels and (run_place(it.marker) or 0) > 0:
                # a numbering first met past its run's first (마. with no 가. before): it opens no deeper
                # level (a new level numbers from its first); it numbers the section's top level
                style_levels[style] = min(style_levels.values())
            level = style_levels.setdefault(style, max(style_levels.values(), default=0) + 1)
            if len(ach) == group_start and not opening:
                opening.append(level)
            parent = parent_for(level, group_start)
        date = (
            month_in_as_of_year(
                date, group_as_of, _enclosing(ach, parent), _siblings(ach, group_start, parent, level)
            )
            or date
        )  # … 선정 : 5월 in a 2025
        #                                                                  block (achievement_month_year)
        ach.append(
            _new_item(
                group,
                group_as_of,
                level,
                parent,
                None if it.marker in UNPRINTED_MARKERS else it.marker,
                text,
                date,
                places,
            )
        )
        prov[Loc("achievements", len(ach) - 1)] = it.source
        if date is not None and (when := date_source_of(it)) is not None:
            prov[Loc("achievements", len(ach) - 1, sub="date")] = (
                when  # its date printed apart (a log's year cell)
            )
        me = len(ach) - 1
        for marker, note in inline_notes:
            ach.append(_new_item(group, group_as_of, level + 1, me, marker, note, None, places))
            prov[Loc("achievements", len(ach) - 1)] = it.source
    flush_loose()
    return SectionResult(
        {"achievements": ach, "tables": tables},
        prov,
        rest,
        group_dates,
        figures_in_text(items, "achievements") + late_findings(late_found),
    )


def rebase_achievements(value: dict[str, Any], offsets: dict[str, int]) -> None:
    """Shift the item indices a section's items and tables hold (``parent``, ``after_item``) by
    the number of items earlier achievements sections gave."""
    k = offsets.get("achievements", 0)
    for a in value["achievements"]:
        if a["parent"] is not None:
            a["parent"] += k
    for t in value["tables"]:
        if t["after_item"] is not None:
            t["after_item"] += k
