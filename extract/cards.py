"""From a Document to card records: split into cards, cut each into sections, run the section
extractors, assemble the record of CARD_SCHEMA.md, and keep provenance (record path -> source)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from pledgecard.extract.as_of import card_as_of
from pledgecard.extract.bare_headings import bare_sibling_headings, bare_title
from pledgecard.extract.content_kinds import head_cells, reads_as_funding, years_only
from pledgecard.extract.contents_pages import without_contents
from pledgecard.extract.coverage import (
    LOW_COVERAGE,
    blocks_unrecovered,
    coverage,
    funding_unrecovered,
    goal_rows_unread,
    has_figures,
    is_empty,
    is_table_placeholder,
    labels_unprinted,
    low_coverage,
    row_unread,
    rows_run_together,
    section_empty,
    table_missing,
    table_unassigned,
    unit_unprinted,
    year_unread,
)
from pledgecard.extract.document import Document, Paragraph, Source, Table
from pledgecard.extract.header_unread import values_rows_unread
from pledgecard.extract.heading_numbers import next_heading, ordinal_number, titleish
from pledgecard.extract.heading_shapes import (
    card_levels,
    hangul_title,
    name_unknown_sections,
    numbering_frame,
    shape_of,
    shaped_title,
    unknown_headings,
)
from pledgecard.extract.heading_stacks import dated_block_after_stack, stacked_headings
from pledgecard.extract.headings import parse_group_heading, reporting_date
from pledgecard.extract.issuer import add_issuer
from pledgecard.extract.labels import (
    find_labels,
    header_field_of,
    is_title,
    section_of,
    sections_of,
    untitled_title,
)
from pledgecard.extract.labels_lost import labels_lost
from pledgecard.extract.layout import Item, Line, has_header_label, item_text, linearize
from pledgecard.extract.markers import SECTION_MARKERS, is_note, is_numbering, marker_level, split_marker
from pledgecard.extract.pledge_siblings import sibling_projects
from pledgecard.extract.roles import lines_are_funding, lines_role, table_role
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.extract.sections.funding_apart import funding_head_printed_before, funding_printed_after
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import corner_pair, is_period_head
from pledgecard.extract.sections.funding_rows import is_data_row, run_together_row
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_strays import stray_period_amounts, stray_period_labels
from pledgecard.extract.sections.goal_pair_cells import pair_head
from pledgecard.extract.sections.goal_row_split import is_row_with_status
from pledgecard.extract.sections.goal_years_unread import unread_years
from pledgecard.extract.sections.goals_apart import goals_printed_apart
from pledgecard.extract.sections.goals_around_heading import goals_printed_before
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.header_boxes import header_boxes_home
from pledgecard.extract.sections.header_overview import (
    header_overview,
    overview_field,
    overview_printed_later,
)
from pledgecard.extract.sections.item_tables import leading_date
from pledgecard.extract.sections.outreach import trailing_counts
from pledgecard.extract.sections.outreach_apart import outreach_printed_after
from pledgecard.extract.sections.overview import field_label
from pledgecard.extract.sections.registry import HEADER, SECTIONS, add_result, empty_record
from pledgecard.extract.sections.rows_dropped import dropped_lines, dropped_rows
from pledgecard.extract.side_heads import heads_at
from pledgecard.extract.type_headings import type_headings
from pledgecard.extract.vocabulary import current, key
from pledgecard.extract.web_chrome import without_page_controls
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import fold
from pledgecard.record import Achievement, CardRecord, DateObject, Unparsed

SCHEMA_VERSION = "1"


@dataclass(slots=True)
class Section:
    name: str | None  # None for the header region and for unknown headings
    heading: str | None
    items: list[Item] = field(default_factory=list)
    then: tuple[str, ...] = ()  # the other sections a combined heading named (향후계획 및 기대효과)
    shaped: bool = False  # headed by a line of the card's heading shape whose title no vocabulary names
    opener: Item | None = None  # a bullet line naming a section, right under such a heading
    at: Source | None = None  # where its heading was printed (heading_stacks: stacked in the file itself)


@dataclass(slots=True)
class SectionRead:
    """How one section of a card was read (for ``pledgecard inspect``): the section as cut (its
    items after tables moved to the section their content names), the extractor that read it
    (``None``: an unknown heading, or a section met twice) and the items it left unplaced."""

    section: Section
    reader: str | None
    rest: list[Item] = field(default_factory=list)
    read: bool = False  # the extractor placed something in the record


@dataclass(slots=True)
class CardResult:
    record: CardRecord
    provenance: dict[str, Any]
    # What the extractor missed (extract.section_empty, extract.table_unassigned,
    # extract.low_coverage), shaped as validation findings without card_id / check
    findings: list[dict[str, Any]] = field(default_factory=list)
    sections: list[SectionRead] = field(default_factory=list)  # how each section was read


def _is_title_line(items: list[Item], i: int) -> bool:
    """Item ``i`` is a line naming a card (``… 공약사업 관리카드``). A line marked as an item (any bullet
    glyph, a dash or dot, a note mark, a numbering) is an item of the card it stands in, whatever it
    names (``◦ 공약 실천계획 이행상황 보고회 개최``), unless the card's header follows it at once (a title
    printed behind a glyph, ``◈ … 관리카드`` over 공약명); a heading's box (``□``) marks no item."""
    it = items[i]
    if not (isinstance(it, Line) and len(it.text) <= 60 and is_title(it.text)):
        return False
    return not _item_marker(it.marker) or (i + 1 < len(items) and (
        _starts_with_name_label(items[i + 1]) or _is_header_line(items[i + 1])))


def _item_marker(marker: str | None) -> bool:
    """Whether a line's marker marks an item: a bullet glyph, a dash or dot, a note mark, a numbering."""
    return marker is not None and marker not in SECTION_MARKERS and (
        marker_level(marker) is not None or is_numbering(marker) or is_note(marker) or len(marker) == 1)


def _strong(label: str) -> bool:
    """A header label that may start a card (not one common outside cards: ``[header_weak]``)."""
    return key(label) not in {key(w) for w in current().words("header_weak")}


def _starts_with_name_label(it: Item) -> bool:
    """A card header starts here: a table holding 공약명, or a line that opens with 공약명 or
    관리번호 and names the pledge (``관리번호 5-12 공 약 명 …``)."""
    if isinstance(it, Table):
        return any(header_field_of(c.text.replace("\n", " ")) == "title" and _strong(c.text) for c in it.cells)
    text = it.full_text
    labels = find_labels(text)
    return (bool(labels) and labels[0][1] == 0 and labels[0][0] in ("title", "mgmt_no")
            and any(f == "title" and _strong(text[a:b]) for f, a, b in labels))


def _header_follows(items: list[Item], i: int, window: int = 15) -> bool:
    """Whether a card header (공약명 or 관리번호) follows item ``i`` before any section heading: a line or a
    table holding one of their labels, a weak one too (a table of 공약번호 | 사업명 under a title line)."""
    for k in range(i + 1, min(len(items), i + 1 + window)):
        it = items[k]
        if _is_title_line(items, k):
            continue  # the next page's running header (title | 관리번호 2-20) is no card header
        if _starts_with_name_label(it) or any(has_header_label(it, f) for f in ("title", "mgmt_no")):
            return True
        if heading_of(it):
            return False
    return False


def _is_header_line(it: Item) -> bool:
    """A line of the header block: it opens with a header label (관리번호 2-20, 추진부서 …)."""
    if isinstance(it, Table):
        return has_header_label(it, "title") or has_header_label(it, "mgmt_no")
    labels = find_labels(it.full_text)
    return bool(labels) and labels[0][1] == 0


def _identity(items: list[Item], i: int) -> tuple[str, ...]:
    """The pledge a header block starting at item ``i`` names: its 공약명 and 관리번호 values."""
    block: list[Item] = []
    for k in range(i, min(len(items), i + 8)):
        it = items[k]
        if block and not (_is_title_line(items, k) or _is_header_line(it)):
            break
        block.append(it)
    header, _, _ = read_header(block)
    return tuple(fold(str(header.get(k) or "")) for k in ("title", "mgmt_no"))


def _first_heading(items: list[Item], lo: int, hi: int) -> str | None:
    """The first section heading, or the first line shaped like one (a title no vocabulary names)."""
    return next((h for it in items[lo:hi]
                 for h in [heading_of(it) or (shaped_title(it.full_text) if isinstance(it, Line) else None)] if h),
                None)


def _restarts_sections(items: list[Item], card_start: int, i: int) -> bool:
    """Whether the sections after a repeated header start over (a new quarter's card of the same
    pledge) rather than go on (the header printed again at a page top)."""
    first = _first_heading(items, card_start, i)
    return first is not None and _first_heading(items, i, min(len(items), i + 40)) == first


def _headed(items: list[Item], lo: int, hi: int) -> bool:
    """Whether a section heading stands among items ``lo`` .. ``hi`` (a card under way has one)."""
    return any(heading_of(it) is not None for it in items[lo:hi])


def split_cards(items: list[Item]) -> list[list[Item]]:
    """Cut the item stream at each card start: a title line (``… 공약사업 관리카드``) followed by its
    header, or, when the current card already has its 공약명, a new 공약명 header (and the header
    lines right above it). A title or header repeated at a page top inside a card (no header
    after it, or the same pledge again) is a page header and dropped."""
    starts: list[int] = []
    dropped: set[int] = set()
    has_name = False
    current: tuple[str, ...] = ()
    i = 0
    while i < len(items):
        it = items[i]
        title, named = _is_title_line(items, i), _starts_with_name_label(it)
        if title and i + 1 < len(items) and _is_title_line(items, i + 1):
            dropped.add(i)  # a running page header right above the card's own title line
            i += 1
            continue
        if title or named:
            new = not starts or (title and _header_follows(items, i)) or (named and has_name)
            if new and title and not named and starts and not _headed(items, starts[-1], i):
                i += 1  # the card's own title printed amid its header, before any section (a converter's
                continue  # boxes in an order of their own: the labels, the values, then the title)
            start = i
            if new and named and not title:  # header lines printed above 공약명 belong to the new card
                while start - 1 > (starts[-1] if starts else -1) and _is_header_line(items[start - 1]) \
                        and not _starts_with_name_label(items[start - 1]):
                    start -= 1
            key = _identity(items, start) if new else ()
            if new and starts and any(key) and key == current and not _restarts_sections(items, starts[-1], i):
                # The same pledge's header again at a page top: drop the repeated block.
                j = i
                while j < len(items) and j - i < 8 and (_is_title_line(items, j) or _is_header_line(items[j])):
                    dropped.add(j)
                    j += 1
                i = j
                continue
            if new:
                starts.append(start)
                current = key
                has_name = named
            elif title:
                dropped.add(i)
            if named:
                has_name = True
        i += 1
    if not starts:
        return []
    starts = [_untitled_start(items, s, starts[n - 1] + 1 if n else 0, dropped) for n, s in enumerate(starts)]
    starts[0] = _dated_above(items, starts[0], dropped)
    bounds = zip(starts, starts[1:] + [len(items)], strict=True)
    front = [it.full_text for it in items[: starts[0]] if isinstance(it, Line)]
    return [_without_booklet_tail([items[k] for k in range(s, e) if k not in dropped], front) for s, e in bounds]


def _dated_above(items: list[Item], start: int, dropped: set[int]) -> int:
    """The first card starting at the line above it when that line, the file's first, states a reporting point
    and nothing else before the card (``열매군 기획예산실 | 2025년 4분기 현재``: the page header pyhwp's ``hwp5html``
    prints once, atop its section, no running line then): the header area's reporting date."""
    if start == 1 and 0 not in dropped and isinstance(items[0], Line) and reporting_date(items[0].full_text):
        return 0
    return start


def _untitled_start(items: list[Item], start: int, lo: int, dropped: set[int]) -> int:
    """A card starting at its header with no title line (``… 관리카드``) printed: the line right above
    its header block that names the pledges (``물빛시 민선8기 시장 공약사업 추진상황``, ``공약`` opening a
    word; no item's marker, no header label, no section heading, no full stop), or the line above
    the reporting date printed there (``('25. 3/4분기 현재)``), is its title line and starts it
    (:func:`~pledgecard.extract.sections.header.read_header` reads it as the card's kind)."""
    k = start - 1
    while k > lo and k not in dropped and isinstance(items[k], Line) and reporting_date(items[k].full_text):
        k -= 1
    if k < lo or k in dropped or any(_is_title_line(items, j) for j in range(start, min(len(items), start + 3))):
        return start
    it = items[k]
    if not isinstance(it, Line) or not untitled_title(it.text) or _item_marker(it.marker) \
            or _is_header_line(it) or heading_of(it) is not None:
        return start
    return k


def _without_booklet_tail(card: list[Item], front: list[str]) -> list[Item]:
    """A card without the lines closing it that the file printed before its first card too (its
    cover, its contents): a booklet's divider page (``Ⅵ`` / ``환경·녹지 분야``, the contents' part
    line ``Ⅵ. 환경·녹지 분야``) or back cover between two cards, no text of the card before."""
    keys = [k for k in (_squeezed(t) for t in front) if k]
    while len(card) > 1 and isinstance(card[-1], Line) and len(card[-1].full_text) <= _PART_TITLE:
        text = _squeezed(card[-1].full_text)
        if not text or not any(text in k for k in keys):
            break
        card = card[:-1]
    return card


_PART_TITLE = 40  # characters of a booklet's part title (a divider page's line)


def _squeezed(text: str) -> str:
    return "".join(fold(text).split())


def heading_of(it: Item, current: str | None = None, levels: dict[str, int] | None = None) -> str | None:
    """The section a line heads: the rest, after whatever marks it (a heading glyph, numbering,
    brackets, a glyph and a numbering: ``◎ 1. 사업개요``), is a known section label exactly. A
    bullet of a sub-item (``-``, ``·``) never heads a section, and a bullet line naming the
    section it stands in is an item of it (``◦ 주요 추진실적`` among the achievements). ``levels``:
    the depth of glyphs the card uses otherwise than most (:func:`~pledgecard.extract.heading_shapes.card_levels`)."""
    if not isinstance(it, Line) or is_note(it.marker):
        return None
    text = it.text
    level = (levels or {}).get(it.marker or "") or marker_level(it.marker)
    if it.marker is not None and level in (1, 2, 3):
        inner, rest = split_marker(text)
        if inner is not None and is_numbering(inner) and rest:
            text = rest
        elif level != 1:
            return None
        else:
            name = section_of(text)
            return name if name != current else None
    elif it.marker is not None:
        inner, rest = split_marker(text)
        if inner is not None and is_numbering(inner) and rest:
            text = rest
    name = section_of(text)
    if name is None and current is not None:
        # a dated block heading of another section (< 그간 추진실적 : '25. 4분기 누계 >, a label's
        # content cell cut there by a page break) starts it
        g = parse_group_heading(text)
        named = section_of(g[0].split("/")[0].strip()) if g is not None and g[1] is not None else None
        if named is not None and named != current:
            return named
    if name is not None and current is None and it.marker is None and header_field_of(text):
        return None  # 추진상황 in the header area: a header label that also names a section
    if name is not None and name == current and (is_numbering(it.marker) or level == 1 or it.marker is None):
        # 다. 주요 추진실적 among the achievements: an item of the section it names; a bare
        # 추진상황 among them: a table's column head printed on its own line
        return None
    if name is not None and name == current:
        g = parse_group_heading(it.full_text)
        if g is not None and g[1] is not None:
            return None  # [ 그간 추진실적 ('25. 4분기 누계) ]: a dated block of the section, not a new one
    return name


_OPENING, _CLOSING = "(（[【<〈《「『", ")）]】>〉》」』"


def _open_brackets(text: str) -> bool:
    """More brackets opened than closed in ``text``."""
    return sum(text.count(c) for c in _OPENING) > sum(text.count(c) for c in _CLOSING)


def _split_inline_heading(it: Item) -> list[Item]:
    """``사업개요 ◦ 사업기간 : ...`` (a two-column layout dumped on one line: the label cell, then
    the first line of the content cell) -> the heading line and the content line; also after a
    heading's numbering or glyph (``마. 향후계획 · 공약사항 정비 : '21년``)."""
    if not isinstance(it, Line) or not (it.marker is None or it.marker in SECTION_MARKERS or is_numbering(it.marker)):
        return [it]
    for k in (1, 2, 3):
        words = it.text.split()
        if len(words) <= k:
            break
        label = " ".join(words[:k])
        rest = " ".join(words[k:])
        if _open_brackets(label):
            break  # 그간 추진실적(2022. 8. ~ 2025. 3.): the cut falls inside the heading's bracketed date
        marker, body = split_marker(rest)
        if section_of(label) and marker is not None and marker not in SECTION_MARKERS and body:
            return [Line(text=label, marker=it.marker, indent=it.indent, source=it.source, heading=True),
                    Line(text=body, marker=marker, indent=it.indent, source=it.source)]
        if section_of(label) == "overview" and marker is None and field_label(rest):
            # 사업개요 사업기간 2018.07.~2022.02.: the overview's label cell, then a sub-label cell
            # and its value (a body table whose overview row a second label column splits)
            return [Line(text=label, marker=it.marker, indent=it.indent, source=it.source, heading=True),
                    Line(text=rest, marker=None, indent=it.indent, source=it.source)]
        if it.marker is None and k >= 2 and section_of(label) is None and hangul_title(label) \
                and not find_labels(label) and "".join(words[:k]) not in current().words("funding_label_column") \
                and marker is None and (got := field_label(rest)) is not None and not years_only(got[1]):
            # 사업의 주요 골자 사업기간 2018.07.~2022.02.: a label cell no vocabulary names, then the
            # overview's first sub-label and its value: a heading, its section named by its content
            return [Line(text=label, marker=None, indent=it.indent, source=it.source, heading=True),
                    Line(text=rest, marker=None, indent=it.indent, source=it.source)]
    return [it]


def _dated(it: Line) -> bool:
    """A block heading with its date (``[ 그간 추진실적 ('25. 4분기 누계) ]``)."""
    for text in (it.full_text, it.text):  # with its numbering or glyph, or without (a long name)
        g = parse_group_heading(text)
        if g is not None and g[1] is not None:
            return True
    return False


def _named_below(flat: list[Item], named: list[int], k: int, name: str, above: str | None) -> bool:
    """Whether the section ``name`` is named again below line ``k`` by a heading numbered as the
    heading of the section above (``above``, as printed) is: the card numbers its headings (``Ⅰ-4.``,
    or as ordinals: ``제4장``), so a bare word naming it here is a cell or a label, not its heading."""
    if above is None:
        return False
    ordinal = ordinal_number(above) is not None  # numbered as ordinals: a heading below is one too
    if not (ordinal or _numbered(above)):
        return False
    frame = None if ordinal else numbering_frame(above)
    return any(isinstance(x := flat[j], Line) and heading_of(x, None) == name
               and (ordinal_number(x.full_text) is not None if ordinal else _numbered(x.full_text))
               and (frame is None or numbering_frame(x.full_text) in (frame, None))
               for j in named if j > k)


def _numbered(text: str) -> bool:
    """Whether a heading is numbered (``3. 연차별 목표``), after a heading glyph too (``▦ 3. 연차별 목표``)."""
    marker, rest = split_marker(text)
    if marker is not None and not is_numbering(marker):
        marker = split_marker(rest)[0]
    return marker is not None and is_numbering(marker)


def _table_under_way(last: Section, heading: str | None) -> bool:
    """Whether the section ``last`` is a heading no vocabulary names, numbered or behind a glyph (``2. 세부사업별
    재원 투자계획``, ``⭉ 투자 재원 및 계획``), over a table's unit line (``(단위: 백만원)``) and nothing but short
    lines of words since: a bare line naming a section there is a cell of the table's head, no heading."""
    if last.name is not None or not last.shaped or heading is None:
        return False
    lines = [x for x in last.items if isinstance(x, Line)]
    units = [x for x in lines if find_unit(x.full_text) is not None]
    return len(lines) == len(last.items) and bool(units) and lines.index(units[0]) <= 1 \
        and all(len(x.text) <= 30 and not any(ch.isdigit() for ch in x.text) for x in lines if x is not units[0])


MIN_HEAD_CELLS = 3  # head cells printed a line each, the corner's among them, before a table's rows


def _amid_head_cells(last: Section, flat: list[Item], k: int) -> bool:
    """Whether the bare line ``flat[k]`` ends a table's head printed a cell a line in the named section ``last``
    (its items since the heading all short lines of words, a unit line aside: ``구 분`` / ``합 계`` / ``국 비``
    ...) right over the table's first row (a label and figures): a head cell (``특이사항`` heading the notes'
    column), no heading of a section of its own."""
    if last.name is None or k + 1 >= len(flat):
        return False
    cells = [x for x in last.items if not (isinstance(x, Line) and find_unit(x.full_text) is not None)]
    if len(cells) < MIN_HEAD_CELLS or not all(
            isinstance(x, Line) and x.marker is None and len("".join(x.text.split())) <= 8
            and not any(ch.isdigit() for ch in x.text) for x in cells):
        return False
    it, nxt = flat[k], flat[k + 1]
    if not isinstance(it, Line) or len("".join(it.text.split())) > 8 or any(ch.isdigit() for ch in it.text):
        return False  # the line itself no cell like the others (제4장 그간 추진실적: an ordinal heading)
    toks = nxt.full_text.split() if isinstance(nxt, Line) and nxt.marker is None else []
    return len(toks) >= 3 and sum(1 for t in toks[1:] if any(ch.isdigit() for ch in t)) >= 2


def _repeated_head(last: Section, it: Line) -> bool:
    """Whether the bare line ``it`` repeats one of the lines under the heading no vocabulary names that
    opened ``last`` (a table's head a page break printed again under ``(계속)``: ``연도별 투자 실적 및
    계획`` twice), so a cell of that table, no heading."""
    return last.shaped and last.name is None and it.marker is None \
        and any(isinstance(x, Line) and x.marker is None and fold(x.full_text) == fold(it.full_text) for x in last.items)


def split_sections(items: list[Item]) -> list[Section]:
    return split_card(items)[0]


def split_card(items: list[Item]) -> tuple[list[Section], dict[str, int]]:
    """The card's sections, and the glyphs it uses at another depth than most cards
    (:func:`~pledgecard.extract.heading_shapes.card_levels`, read from the lines it splits)."""
    sections = [Section(name=None, heading=None)]
    flat = [x for item in items for x in _split_inline_heading(item)]
    named = [k for k, x in enumerate(flat) if isinstance(x, Line) and section_of(x.text)]
    printed: dict[int, str] = {}  # a section's heading line as printed, numbering included
    # (a converter's placeholder for a table, ``<표>``, is bracketed like a heading and is none)
    lines = [(k, x) for k, x in enumerate(flat) if isinstance(x, Line) and not is_table_placeholder(x)]
    shaped = unknown_headings(lines)
    levels = card_levels(lines)
    shaped |= bare_sibling_headings(lines, shaped)  # bare lines shaped as the card's bare headings
    typed = type_headings(lines)  # bare lines naming a section, set apart from the body by type alone
    # a body table's label cell no vocabulary names (extract/layout.py: a table of such labels over
    # their sections' lines and tables): a heading, its section named by its content
    shaped |= {k for k, x in enumerate(flat) if isinstance(x, Line) and x.heading and x.marker is None
               and section_of(x.text) is None and titleish(x.text) and parse_group_heading(x.text) is None}
    side: dict[int, tuple[str, ...]] = {}  # a section's heads of sections told side by side (side_heads.py)
    head_rows = {k for k in named if head_cells([x for x in flat[k: k + 2] if isinstance(x, Line)])}
    skip = 0
    for k, it in enumerate(flat):
        if k < skip:
            continue
        last = sections[-1]
        heads = side.get(id(last)) or ((last.name, *last.then) if last.name and last.then and not last.items else ())
        if heads and (n := heads_at(flat, k, heads)):
            # the head row of the sections a combined heading named, told side by side in one table and
            # printed flat: every line below read as the first column's section (which column a line
            # stands in is not printed), the others' headings left empty; the heads a page break repeats
            # are no item
            if id(last) not in side:
                side[id(last)] = heads
                last.then = ()
                printed_heads = [item_text(flat[k + (j if n > 1 else 0)]) for j in range(1, len(heads))]
                sections[-1:-1] = [Section(name=x, heading=fold(h), items=[])
                                   for x, h in zip(heads[1:], printed_heads, strict=True)]
            skip = k + n
            continue
        if (isinstance(it, Line) and id(last) in printed and section_of(it.text) is None
                and next_heading(printed[id(last)], it.full_text,
                                 [flat[j].full_text for j in named if j > k][:1])):  # type: ignore[union-attr]
            # numbered as the next heading (Ⅶ 관련 사진 between Ⅵ and Ⅷ): a section no vocabulary
            # names, whose lines go to `unparsed`
            sections.append(Section(name=None, heading=fold(it.full_text), items=[], shaped=True))
            printed[id(sections[-1])] = it.full_text
            continue
        if k in shaped:
            # shaped like the card's section headings, its title in no vocabulary (① 사업의 주요 골자):
            # its own section, named by its content later (extract/content_kinds.py)
            sections.append(Section(name=None, heading=fold(it.full_text), items=[], shaped=True))
            printed[id(sections[-1])] = it.full_text
            continue
        before = len(sections)
        if isinstance(it, Line) and k in head_rows and last.name is not None and section_of(it.text) == last.name:
            # the first head cell of the section's table, printed a cell a line, naming the section it stands
            # in (성과지표 over 단위, 구분, 1/4분기 under 분기별 성과지표 추진실적): the table's, no restated heading
            last.items.append(it)
            continue
        if (isinstance(it, Line) and last.heading is not None and last.name is not None
                and (not last.items or (len(last.items) == 1 and fold(item_text(last.items[0])) == last.heading))
                and sections_of(it.text) == (last.name,) and not _dated(it) and pair_head(it.text) is None
                and not (it.marker is not None and _dated(Line(text=last.heading, marker=None, indent=0,
                                                               source=Source())))
                and not (last.name == "overview" and overview_field(it.text) == "contents"
                         and key(it.text) != key(last.heading))):
            # a line restating the heading above (< 향후계획 > under 향후계획 및 기대효과; a body table's
            # label under the dated block heading that started its section; but a head cell naming a
            # target and actual pair, 연도별 목표(실적), is its table's; and a bulleted line under
            # a dated block heading, ∘ 주요 추진실적, is the block's first item, its sub-group)
            continue
        name = heading_of(it, last.name, levels)
        if name is None and k in typed and isinstance(it, Line) and section_of(bare_title(it.text)) != last.name:
            name = section_of(bare_title(it.text))  # a heading by its type (a header label's word, 추진상황)
        if name and name == last.name and isinstance(it, Line) and it.marker is not None and not _dated(it) \
                and any(isinstance(x, Line) and _dated(x) and (x.marker is None or x.marker != it.marker and any(
                    isinstance(y, Line) and y.marker == it.marker for y in last.items)) for x in last.items):
            # a bulleted line naming the section it stands in, under an unmarked dated block heading
            # of that section (〔'24년 1분기 현재〕 then ❑ 주요 추진실적), or under a bulleted one where its bullet
            # marks the section's items already (◈ 2026년 1분기 현재 over □ 세부 추진실적 ... □ 주요 추진실적):
            # the block's sub-group, an item
            name = None
        if name and name == last.name and isinstance(it, Line) and _dated(it) and last.heading is not None \
                and not last.items:
            # a dated block heading naming the section just opened (【 추진실적 】 then ■ 그간 추진실적
            # (2023. 1. ~ 2024. 12.)): the section's first block, not a second heading
            last.items.append(it)
            continue
        if name and k not in typed and isinstance(it, Line) and it.marker is None \
                and _table_under_way(last, printed.get(id(last))):
            name = None  # a head cell of the table a numbered heading no vocabulary names opened (연도별 투자계획)
        if name and k not in typed and isinstance(it, Line) and it.marker is None and _amid_head_cells(last, flat, k):
            name = None  # the last head cell of the section's table printed a cell a line (비고, 특이사항 over notes)
        if name and k not in typed and isinstance(it, Line) and _repeated_head(last, it):
            name = None  # the head of that table again, after a page break
        if name and isinstance(it, Line) and it.marker is None and last.items and isinstance(last.items[-1], Line) \
                and last.items[-1].marker is None and corner_pair(last.items[-1].full_text, it.full_text):
            name = None  # a diagonally split corner's second word (연도 / 재원): a cell of a table's head
        inner = sections_of(it.text) if isinstance(it, Line) and last.then else ()
        if name and k not in typed and isinstance(it, Line) and it.marker is None and (any(s.name == name for s in sections) or _named_below(
                flat, named, k, name, printed.get(id(last)))):
            # a bare word naming a section read above, or one that a numbered heading below names on a
            # card numbering its headings (a goal row head 추진상황 printed a cell a line, before the
            # numbered Ⅰ-4. 그간 추진실적)
            name = None
        if name:
            names = sections_of(it.text)
            sections.append(Section(name=name, heading=fold(item_text(it)), items=[], then=names[1:], at=it.source,
                                    opener=it if last.shaped and last.name is None and isinstance(it, Line)
                                    and (it.marker is not None or not last.items or shape_of(it.full_text) is None)
                                    and k not in shaped else None))
            if isinstance(it, Line) and section_of(it.text) is None and _dated(it):
                sections[-1].items.append(it)  # a dated block heading starting its section: its first block
        elif len(inner) == 1 and inner[0] in last.then:
            # a combined heading's second section starts at a line naming it, whatever its marker
            sections.append(Section(name=inner[0], heading=fold(it.text), items=[], at=it.source,
                                    then=last.then[last.then.index(inner[0]) + 1:]))
        elif (isinstance(it, Line) and it.marker is not None and it.marker in SECTION_MARKERS and it.text
              and it.marker not in levels and last.name is not None
              and last.name != "achievements" and parse_group_heading(it.text) is None
              and not leading_date(it.text)[0]):
            # A heading glyph before a title no template table knows (□ 추진경과): its own section,
            # whose lines go to `unparsed` rather than into the section above. A box before a date
            # (☐ 2025. 3월 실시설계 착수) is an item of a dated checklist, no heading.
            sections.append(Section(name=None, heading=fold(it.text), items=[], shaped=True))
        elif (last.heading and not last.items and last.heading.count("(") > last.heading.count(")")
              and isinstance(it, Line) and ")" in it.text and len(it.text) <= 10):
            last.heading = last.heading + it.text  # a heading the dump broke: "추진실적(성" + "과)"
        else:
            last.items.append(it)
        if len(sections) > before and isinstance(it, Line) and sections[-1].opener is None:
            # (a line naming the section it stands in, under an unknown heading, is an item of that
            # section: its numbering (② 주요 추진실적) sets no next heading's)
            printed[id(sections[-1])] = it.full_text
    header_boxes_home(sections)  # the header's labels and values printed as boxes below it (pdf2txt)
    return sections, levels


def _fill_overview(result: SectionResult, extra: SectionResult) -> None:
    """The overview's fields its own lines left empty, from its lines printed in the header area
    (``extra``): the period and the budget, and the contents and notes when it read none."""
    ov, more = result.value["overview"], extra.value["overview"]
    subs = [k for k in ("period", "budget") if ov[k] is None and more[k] is not None]
    subs += [k for k in ("contents", "notes") if not ov[k] and more[k]]
    for k in subs:
        ov[k] = more[k]
        result.provenance.update({loc: src for loc, src in extra.provenance.items()
                                  if loc.sub is not None and loc.sub.split("[")[0] == k})


def _src(s: Source) -> dict[str, Any]:
    d = s.to_dict()
    if "bbox" in d and d["bbox"] is not None:
        d["bbox"] = list(d["bbox"])  # type: ignore[arg-type]
    return d


def _unparsed(section: str | None, items: list[Item]) -> list[Unparsed]:
    out = []
    for it in items:
        text = fold(item_text(it).replace("\n", " "))
        if text:
            out.append({"section": section, "text": text, "location": it.source.describe() or None})
    return out


def _furniture(doc: Document, items: list[Item]) -> list[Item]:
    """The page furniture around a card (the running headers and footers a reader kept apart, any
    format): what stands on the card's pages, and what no page is told for (a word processor's
    머리말 / 꼬리말, printed on every page)."""
    if not doc.furniture:
        return []
    first, last = _pages(items)
    numbers = [n for it in items for n in (it.source.line_start, it.source.line_end) if n is not None]
    lines = linearize(replace(doc, blocks=doc.furniture, furniture=[]))
    if numbers:  # a text dump: the furniture amid the card's lines, or just around them
        lo, hi = min(numbers) - _AROUND, max(numbers) + _AROUND
        return [it for it in lines if it.source.line_start is None or lo <= it.source.line_start <= hi]
    return [it for it in lines if it.source.page is None or first is None or last is None
            or first <= it.source.page <= last]


_AROUND = 5  # lines: a running header right above a card's first line, a footer right below its last


def _pages(items: list[Item]) -> tuple[int | None, int | None]:
    pages = [it.source.page for it in items if it.source.page is not None]
    return (min(pages), max(pages)) if pages else (None, None)


def _as_of(achievements: list[Achievement], extra: list[DateObject]) -> DateObject | None:
    """The card's as-of date: of its blocks' dates and the others it states, :func:`card_as_of` (one rule
    with the year a section reads from :meth:`SectionContext.as_of_year`)."""
    out: DateObject | None = card_as_of([a["group_as_of"] for a in achievements if a.get("group_as_of")] + extra)
    return out


def _own_lines(items: list[Item]) -> Iterator[str]:
    """The card's lines of text, those of its tables' cells too (a label-left body a dump left
    unread prints the funding's unit line in the cell above the funding table's)."""
    for it in items:
        if isinstance(it, Line):
            yield it.full_text
        elif isinstance(it, Table):
            for c in it.cells:
                yield from c.text.split("\n")


def _card_unit(items: list[Item]) -> str | None:
    """The money unit the card states on lines of their own (``(단위 : 백만원)``), when it states
    exactly one (spacing aside); a card stating two units tells no table's unit by itself."""
    units = {fold(u).replace(" ", ""): u for text in _own_lines(items) for u in [find_unit(text)] if u}
    return next(iter(units.values())) if len(units) == 1 else None


def _titles_lines_below(keep: list[Item], items: list[Item], it: Item) -> bool:
    """Whether the line kept last, right above ``it`` (a table, or the first line of a table printed
    a row a line, that moves to the section its content names), is that table's title: a short title with
    no date (``❖ 지표 점검``, ``3) 지표 점검``), which no other section reads."""
    if not keep or not isinstance(last := keep[-1], Line) or items.index(it) == 0 or items[items.index(it) - 1] is not last:
        return False
    return titleish(last.text) and re.search(r"[가-힣]", last.text) is not None and parse_group_heading(last.text) is None


def _rows_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each table row a section saw and left out whole for a cell it cannot read."""
    out = []
    for t in trace:
        if t.reader == "funding":
            labels = {r.get("label") or "" for r in (record.get("funding") or {}).get("rows") or []}
            out += [row_unread("funding", t.section.heading, d.label, d.source, d.unread)
                    for d in [*dropped_rows(t.section.items, labels, source_label, is_amount_cell, is_period_head),
                              *dropped_lines(t.section.items, labels, source_label, is_amount_cell, is_period_head)]]
    return out


def _years_unread(trace: list[SectionRead], record: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding at each goal year a goals section saw and could not read, where a goal of the record has no
    year or the record holds no goal (a table of years across lost whole)."""
    goals = record.get("goals") or []
    if goals and all(g.get("year") is not None for g in goals):
        return []
    return [year_unread(t.section.heading, u.text, u.source)
            for t in trace if t.reader == "goals" for u in unread_years(t.section.items)]


def build_card(items: list[Item], *, doc: Document, file_name: str, card_index: int, lexicon: str,
               pledge_projects: frozenset[tuple[str, ...]] = frozenset()) -> CardResult:
    items = without_page_controls(items)  # a web page's breadcrumb and buttons: no part of the card
    sections, levels = split_card(items)
    stacked_headings(sections)  # headings printed stacked in falling order: the text after them the highest's
    dated_block_after_stack(sections)  # a dated block heading read as a heading, its section's stacked before
    prov: dict[str, Source] = {}
    record: dict[str, Any] = {**HEADER.empty(), **empty_record()}
    dates: list[dict[str, Any]] = []
    header_dates: tuple[dict[str, Any], ...] = ()  # those the header area stated
    unparsed: list[dict[str, Any]] = []
    seen: set[str] = set()
    findings: list[dict[str, Any]] = []
    trace: list[SectionRead] = []
    moved: dict[str, list[Item]] = {}
    for sec in sections[1:]:
        # A table is read by the section its content says it belongs to (a goals table printed
        # under 추진실적, an outreach table with no heading of its own), not where it stands.
        keep: list[Item] = []
        line_roles = iter(lines_role([it for it in sec.items if isinstance(it, Line)]))
        for it in sec.items:
            role = table_role(it) if isinstance(it, Table) else next(line_roles) if isinstance(it, Line) else None
            if role and role != sec.name and _titles_lines_below(keep, sec.items, it):
                moved.setdefault(role, []).append(keep.pop())  # its title (▷ 지표 점검) goes with it
            (moved.setdefault(role, []) if role and role != sec.name else keep).append(it)
        sec.items = keep
    for sec in sections[1:]:
        # a section under a heading no vocabulary names whose lines print a funding table (a unit
        # line and source rows): the funding, when no heading names it
        if sec.name is None and not any(s.name == "funding" for s in sections) and "funding" not in moved \
                and (lines_are_funding([it for it in sec.items if isinstance(it, Line)])
                     or sec.shaped and reads_as_funding(sec.items)):
            sec.name = "funding"
    name_unknown_sections(sections, set(moved))
    overview_printed_later(sections)  # an empty overview's lines printed under a later heading
    achievements_printed_before(sections)  # the achievements' first block printed above their heading
    funding_printed_after(sections)  # the funding table's cells printed under the next section's heading
    funding_head_printed_before(sections)  # its unit line and first head cells printed above its heading
    goals_printed_apart(sections)  # a goal matrix printed under a later heading (a stack of labels before it)
    outreach_printed_after(sections)  # the channel table's last rows printed under the next section's heading
    for role, tables in moved.items():
        if not any(s.name == role for s in sections):
            sections.append(Section(name=role, heading=None, items=tables))
        else:
            next(s for s in sections if s.name == role).items.extend(tables)
    goals_printed_before(sections)  # a goal table's last columns printed above its heading, its years under
    card_unit = _card_unit(items)
    findings += [table_missing(it, sec.heading) for sec in sections for it in sec.items  # type: ignore[arg-type]
                 if is_table_placeholder(it)]
    above: list[Line] = []  # the overview's lines printed in the header area (read with the overview)
    for i, sec in enumerate(sections):
        spec = HEADER if i == 0 else SECTIONS.get(sec.name or "")
        if spec is None or (spec.name in seen and not spec.repeatable):
            unparsed += _unparsed(sec.heading, sec.items)  # an unknown heading, or a section twice
            trace.append(SectionRead(sec, None, list(sec.items)))
            findings += [table_unassigned(t, sec.heading) for t in sec.items if isinstance(t, Table) and has_figures(t)]
            continue
        seen.add(spec.name)
        strays = stray_period_labels([it for s in sections[i + 1:] for it in s.items if isinstance(it, Line)]) \
            if spec.name == "funding" else ()
        amounts = stray_period_amounts([it for s in sections[i + 1:] for it in s.items if isinstance(it, Line)]) \
            if spec.name == "funding" else ()
        counts = trailing_counts([it for s in sections[i + 1:] for it in s.items]) if spec.name == "outreach" else ()
        result = spec.extract(sec.items, SectionContext(heading=sec.heading, record=record, lexicon=lexicon,
                                                        card_unit=card_unit, unaligned=tuple(doc.unrecovered),
                                                        stray_periods=strays, stray_amounts=amounts, stray_counts=counts, levels=levels,
                                                        dates=tuple(dates), header_dates=header_dates,
                                                        pledge_projects=pledge_projects,
                                                        page_starts=tuple(doc.page_starts)))
        if spec.name == "overview" and i == 1 and above:
            _fill_overview(result, SECTIONS["overview"].extract(above, None))
        add_result(record, prov, spec, result)
        if i == 0:
            findings += values_rows_unread(sec.items, result.rest, sec.heading)  # a header row of values unread
        rest = add_issuer(record["header"], prov, result.rest, items, _furniture(doc, items)) if i == 0 else result.rest
        if i == 0 and len(sections) > 1 and sections[1].name == "overview":
            # lines left over at the end of the header area that open with an overview label, right
            # above the overview's heading: its sub-rows (사업기간 | ..., 사업비 | ...), printed above
            # the section label a layout dump centres in the rows it spans
            above, rest = header_overview(sec.items, rest)
        elif i == 0 and not any(s.name == "overview" and s.items for s in sections):
            # no overview section, or one holding nothing (its heading printed apart from its lines, in
            # a stack of turned labels): its facts may be rows of the header table (사업기간 | ...) or
            # lines the header area printed
            ov_lines, left = header_overview(sec.items, rest)
            ov = SECTIONS["overview"].extract(ov_lines, None) if ov_lines else None
            if ov is not None and not is_empty(ov.value):
                add_result(record, prov, SECTIONS["overview"], ov)
                seen.add("overview")
                rest = left + ov.rest
        dates += result.dates
        if i == 0:
            header_dates = tuple(result.dates)
        unparsed += _unparsed(sec.heading, rest)
        trace.append(SectionRead(sec, spec.name, list(rest), read=not is_empty(result.value)))
        findings += [table_unassigned(t, sec.heading) for t in rest if isinstance(t, Table) and has_figures(t)]
        if i and sec.heading is not None and is_empty(result.value):
            where = next((it.source.describe() for it in sec.items), None) or None
            findings.append(section_empty(spec.name, sec.heading, where))
    headings = {id(it): t.section.heading for t in trace for it in t.rest}
    run_together = [it for t in trace if t.reader == "funding" for it in t.rest
                    if isinstance(it, Line) and run_together_row(it.full_text)]
    findings += rows_run_together(run_together, headings)
    findings += blocks_unrecovered(doc.unrecovered, [it for t in trace for it in t.rest
                                                     if all(it is not r for r in run_together)], headings,
                                   [it for t in trace if t.reader == "funding" for it in t.rest
                                    if isinstance(it, Line) and is_data_row(it.full_text)])
    findings += funding_unrecovered(record.get("funding"), prov.get("funding"))
    findings += _rows_unread(trace, record)
    findings += _years_unread(trace, record)
    findings += unit_unprinted(record, prov)
    findings += goal_rows_unread([it for t in trace if t.reader == "goals" for it in t.rest
                                  if isinstance(it, Line) and is_row_with_status(it.full_text)],
                                 {id(it): t.section.heading for t in trace for it in t.rest})
    header = record.pop("header")
    extra_dates = dates
    as_of = _as_of(record["achievements"], extra_dates)
    mgmt_no = header.get("mgmt_no")
    card_id = f"{mgmt_no or 'unnumbered-' + doc.sha256[:8] + '-' + str(card_index)}@{as_of['label'] if as_of else 'unknown'}"
    page_start, page_end = _pages(items)
    share = coverage(items, unparsed)
    if share is not None and share < LOW_COVERAGE:
        findings.append(low_coverage(share))
    if labels_lost(items):  # the values printed, the labels and headings lost with an unmapped font
        findings.append(labels_unprinted(items[0] if items else None))
    out = {
        "schema_version": SCHEMA_VERSION,
        "card_id": card_id,
        "source": {
            "file": os.path.basename(file_name) if file_name else os.path.basename(doc.path),
            "sha256": doc.sha256,
            "format": doc.format,
            "card_index": card_index,
            "page_start": page_start,
            "page_end": page_end,
            "coverage": share,
            **({"ocr_pages": [n for n in doc.ocr_pages if page_start <= n <= page_end]}
               if doc.ocr_pages and page_start is not None and page_end is not None else {}),
        },
        "header": header,
        "as_of": as_of,
        **record,
        "unparsed": unparsed,
    }
    return CardResult(record=out, provenance={k: _src(v) for k, v in prov.items() if isinstance(v, Source)},
                      findings=findings, sections=trace)


def extract_card_results(doc: Document, *, file_name: str = "") -> list[CardResult]:
    cards = split_cards(without_contents(linearize(doc)))  # a contents page's entries restate no fact
    # a card's words judge its breaks, and the page furniture's (a running header repeating the title)
    kept = "\n".join(b.text for b in doc.furniture if isinstance(b, Paragraph))
    lexicons = ["\n".join([*(item_text(it) for it in card), kept]) for card in cards]
    results = [build_card(card, doc=doc, file_name=file_name, card_index=i, lexicon=lexicons[i])
               for i, card in enumerate(cards)]
    # a card whose goal rows leave out a project the same pledge's card for another quarter reads: again with it
    for i, projects in enumerate(sibling_projects([r.record for r in results])):
        if projects - {tuple(g["project"].split()) for g in results[i].record["goals"] if g.get("project")}:
            results[i] = build_card(cards[i], doc=doc, file_name=file_name, card_index=i, lexicon=lexicons[i],
                                    pledge_projects=projects)
    return results


def extract_cards(doc: Document, *, file_name: str = "") -> list[CardRecord]:
    return [r.record for r in extract_card_results(doc, file_name=file_name)]
