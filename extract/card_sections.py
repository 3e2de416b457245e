"""A card's items cut into its sections (:func:`split_card`): known headings, headings shaped like
the card's, combined and side-by-side headings, a heading printed inline with its content."""

from __future__ import annotations

from pledgecard.extract.bare_headings import bare_sibling_headings, bare_title
from pledgecard.extract.card_heading_checks import (
    amid_head_cells,
    caption_under_value,
    dated,
    named_below,
    repeated_head,
    table_under_way,
)
from pledgecard.extract.card_headings import (
    dated_glyphs,
    heading_of,
    numbered_heading_glyphs,
    split_inline_heading,
)
from pledgecard.extract.card_results import Section
from pledgecard.extract.content_kinds import head_cells
from pledgecard.extract.coverage import is_table_placeholder
from pledgecard.extract.document import Source
from pledgecard.extract.heading_cell_words import lone_cell
from pledgecard.extract.heading_numbers import next_heading, titleish
from pledgecard.extract.heading_shapes import card_levels, shape_of, unknown_headings
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.label_over_value import label_over_value
from pledgecard.extract.labels import counts_after_colon, section_of, sections_of
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.markers import SECTION_MARKERS, is_numbering
from pledgecard.extract.round_block_heads import round_dated_heads, round_heading
from pledgecard.extract.sections.achievement_blocks_before import achievement_blocks_home
from pledgecard.extract.sections.funding_column_heads import corner_pair
from pledgecard.extract.sections.funding_head_before import funding_head_home, funding_unit_home
from pledgecard.extract.sections.goal_pair_cells import pair_head
from pledgecard.extract.sections.header_boxes import header_boxes_home
from pledgecard.extract.sections.header_overview import overview_field
from pledgecard.extract.sections.item_tables import leading_date
from pledgecard.extract.side_columns import right_column_home
from pledgecard.extract.side_heads import heads_at
from pledgecard.extract.tile_captions import tile_captions
from pledgecard.extract.type_headings import type_headings
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.text import fold


def split_sections(items: list[Item]) -> list[Section]:
    return split_card(items)[0]


def split_card(items: list[Item]) -> tuple[list[Section], dict[str, int]]:
    """The card's sections, and the glyphs it uses at another depth than most cards
    (:func:`~pledgecard.extract.heading_shapes.card_levels`, read from the lines it splits)."""
    sections = [Section(name=None, heading=None)]
    glyphs = numbered_heading_glyphs(items)  # the glyphs the card's numbered headings stand behind
    flat = [x for item in items for x in split_inline_heading(item, glyphs)]
    named = [k for k, x in enumerate(flat) if isinstance(x, Line) and section_of(x.text)]
    printed: dict[int, str] = {}  # a section's heading line as printed, numbering included
    # (a converter's placeholder for a table, ``<표>``, is bracketed like a heading and is none)
    lines = [(k, x) for k, x in enumerate(flat) if isinstance(x, Line) and not is_table_placeholder(x)]
    shaped = unknown_headings(lines)
    levels = card_levels(lines)
    dated_heads = dated_glyphs(
        lines, levels
    )  # glyphs a dated heading stands behind (the card's heading level)
    shaped |= bare_sibling_headings(lines, shaped)  # bare lines shaped as the card's bare headings
    round_heads = round_dated_heads(lines)  # dated block headings framed in round brackets
    typed = type_headings(lines)  # bare lines naming a section, set apart from the body by type alone
    tiles = tile_captions(
        lines
    )  # a slide's key-fact tiles: a caption under its figure (추진상황), no heading
    # a body table's label cell no vocabulary names (extract/layout.py: a table of such labels over
    # their sections' lines and tables): a heading, its section named by its content
    shaped |= {
        k
        for k, x in enumerate(flat)
        if isinstance(x, Line)
        and x.heading
        and x.marker is None
        and section_of(x.text) is None
        and titleish(x.text)
        and parse_group_heading(x.text) is None
        and not lone_cell(x.text)
    }  # a status word alone in the label column: a row's cell, no heading
    side: dict[int, tuple[str, ...]] = {}  # a section's heads of sections told side by side (side_heads.py)
    head_rows = {k for k in named if head_cells([x for x in flat[k : k + 2] if isinstance(x, Line)])}
    skip = 0
    for k, it in enumerate(flat):
        if k < skip:
            continue
        last = sections[-1]
        heads = side.get(id(last)) or (
            (last.name, *last.then) if last.name and last.then and not last.items else ()
        )
        if heads and (n := heads_at(flat, k, heads)):
            # the head row of the sections a combined heading named, told side by side in one table and
            # printed flat: every line below read as the first column's section (which column a line
            # stands in is not printed), the others' headings left empty; the heads a page break repeats
            # are no item
            if id(last) not in side:
                side[id(last)] = heads
                last.then = ()
                printed_heads = [item_text(flat[k + (j if n > 1 else 0)]) for j in range(1, len(heads))]
                sections[-1:-1] = [
                    Section(name=x, heading=fold(h), items=[])
                    for x, h in zip(heads[1:], printed_heads, strict=True)
                ]
            skip = k + n
            continue
        if (
            isinstance(it, Line)
            and id(last) in printed
            and section_of(it.text) is None
            and next_heading(printed[id(last)], it.full_text, [flat[j].full_text for j in named if j > k][:1])
        ):  # type: ignore[union-attr]
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
        if (
            isinstance(it, Line)
            and k in head_rows
            and last.name is not None
            and section_of(it.text) == last.name
        ):
            # the first head cell of the section's table, printed a cell a line, naming the section it stands
            # in (성과지표 over 단위, 구분, 1/4분기 under 분기별 성과지표 추진실적): the table's, no restated heading
            last.items.append(it)
            continue
        if (
            isinstance(it, Line)
            and last.heading is not None
            and last.name is not None
            and (not last.items or (len(last.items) == 1 and fold(item_text(last.items[0])) == last.heading))
            and sections_of(it.text) == (last.name,)
            and not dated(it)
            and pair_head(it.text) is None
            and not counts_after_colon(it.text)
            and not (
                it.marker is not None
                and dated(Line(text=last.heading, marker=None, indent=0, source=Source()))
            )
            and not (
                last.name == "overview"
                and overview_field(it.text) == "contents"
                and key(it.text) != key(last.heading)
            )
        ):
            # a line restating the heading above (< 향후계획 > under 향후계획 및 기대효과; a body table's
            # label under the dated block heading that started its section; but a head cell naming a
            # target and actual pair, 연도별 목표(실적), is its table's; and a bulleted line under
            # a dated block heading, ∘ 주요 추진실적, is the block's first item, its sub-group)
            continue
        name = heading_of(it, last.name, levels, dated_heads)
        if name is None and round_heads:
            name = round_heading(it, last.name)  # ( 목표 달성 ) on a card framing its dated blocks so
        if (
            name
            and isinstance(it, Line)
            and it.marker is not None
            and not is_numbering(it.marker)
            and counts_after_colon(it.text)
            and it.marker not in {s.opened_by for s in sections}
        ):
            # ○ 주민소통 실적 : 설명회 2회, 자문 1회 under a heading its bullet never marks: an item telling counts
            # (a heading's glyph, ◇ 시민소통 실적: … among ◇ headings, still heads)
            name = None
        if (
            name is None
            and k in typed
            and isinstance(it, Line)
            and section_of(bare_title(it.text)) != last.name
        ):
            name = section_of(bare_title(it.text))  # a heading by its type (a header label's word, 추진상황)
        if (
            name
            and name == last.name
            and isinstance(it, Line)
            and it.marker is not None
            and not dated(it)
            and any(
                isinstance(x, Line)
                and dated(x)
                and (
                    x.marker is None
                    or x.marker != it.marker
                    and any(isinstance(y, Line) and y.marker == it.marker for y in last.items)
                )
                for x in last.items
            )
        ):
            # a bulleted line naming the section it stands in, under an unmarked dated block heading
            # of that section (〔'24년 1분기 현재〕 then ❑ 주요 추진실적), or under a bulleted one where its bullet
            # marks the section's items already (◈ 2026년 1분기 현재 over □ 세부 추진실적 ... □ 주요 추진실적):
            # the block's sub-group, an item
            name = None
        if name and name == last.name and _under_own_block(it, last, last.opened_by):
            name = None
        if name and _block_of_known_section(flat, named, k, name, last, printed.get(id(last))):
            name = None
        if (
            name
            and name == last.name
            and isinstance(it, Line)
            and dated(it)
            and last.heading is not None
            and not last.items
        ):
            # a dated block heading naming the section just opened (【 추진실적 】 then ■ 그간 추진실적
            # (2023. 1. ~ 2024. 12.)): the section's first block, not a second heading
            last.items.append(it)
            continue
        if (
            name
            and k not in typed
            and isinstance(it, Line)
            and it.marker is None
            and table_under_way(last, printed.get(id(last)))
        ):
            name = None  # a head cell of the table a numbered heading no vocabulary names opened (연도별 투자계획)
        if (
            name
            and k not in typed
            and isinstance(it, Line)
            and it.marker is None
            and amid_head_cells(last, flat, k)
        ):
            name = None  # the last head cell of the section's table printed a cell a line (비고, 특이사항 over notes)
        if name and k not in typed and caption_under_value(flat, k):
            name = None  # a tile's caption printed a line under its figure (완료 / 추진상황, a dump): the status's label
        if name and k not in typed and label_over_value(flat, k):
            name = None  # a box's status label printed a line over its value (추진상황 / 폐기, a dump): a cell pair
        if name and k in tiles:
            name = None  # a row of tile captions each centred under its figure (the page's geometry)
        if name and k not in typed and isinstance(it, Line) and repeated_head(last, it):
            name = None  # the head of that table again, after a page break
        if (
            name
            and isinstance(it, Line)
            and it.marker is None
            and last.items
            and isinstance(last.items[-1], Line)
            and last.items[-1].marker is None
            and corner_pair(last.items[-1].full_text, it.full_text)
        ):
            name = None  # a diagonally split corner's second word (연도 / 재원): a cell of a table's head
        inner = sections_of(it.text) if isinstance(it, Line) and last.then else ()
        if (
            name
            and k not in typed
            and isinstance(it, Line)
            and it.marker is None
            and (
                any(s.name == name for s in sections)
                or named_below(flat, named, k, name, printed.get(id(last)))
            )
        ):
            # a bare word naming a section read above, or one that a numbered heading below names on a
            # card numbering its headings (a goal row head 추진상황 printed a cell a line, before the
            # numbered Ⅰ-4. 그간 추진실적)
            name = None
        if name:
            names = sections_of(it.text)
            sections.append(
                Section(
                    name=name,
                    heading=fold(item_text(it)),
                    items=[],
                    then=names[1:],
                    at=it.source,
                    opener=it
                    if last.shaped
                    and last.name is None
                    and isinstance(it, Line)
                    and (it.marker is not None or not last.items or shape_of(it.full_text) is None)
                    and k not in shaped
                    and not _heading_glyph_again(printed.get(id(last)), it)
                    else None,
                )
            )
            sections[-1].opened_by = it.marker if isinstance(it, Line) else ""
            if isinstance(it, Line) and section_of(it.text) is None and dated(it):
                sections[-1].items.append(it)  # a dated block heading starting its section: its first block
        elif len(inner) == 1 and inner[0] in last.then:
            # a combined heading's second section starts at a line naming it, whatever its marker
            sections.append(
                Section(
                    name=inner[0],
                    heading=fold(it.text),
                    items=[],
                    at=it.source,
                    then=last.then[last.then.index(inner[0]) + 1 :],
                )
            )
        elif (
            isinstance(it, Line)
            and it.marker is not None
            and it.marker in SECTION_MARKERS
            and it.text
            and it.marker not in levels
            and last.name is not None
            and last.name != "achievements"
            and parse_group_heading(it.text) is None
            and not leading_date(it.text)[0]
        ):
            # A heading glyph before a title no template table knows (□ 추진경과): its own section,
            # whose lines go to `unparsed` rather than into the section above. A box before a date
            # (☐ 2025. 3월 실시설계 착수) is an item of a dated checklist, no heading.
            sections.append(Section(name=None, heading=fold(it.text), items=[], shaped=True))
        elif (
            last.heading
            and not last.items
            and last.heading.count("(") > last.heading.count(")")
            and isinstance(it, Line)
            and ")" in it.text
            and len(it.text) <= 10
        ):
            last.heading = last.heading + it.text  # a heading the dump broke: "추진실적(성" + "과)"
        else:
            last.items.append(it)
        if len(sections) > before and isinstance(it, Line) and sections[-1].opener is None:
            # (a line naming the section it stands in, under an unknown heading, is an item of that
            # section: its numbering (② 주요 추진실적) sets no next heading's)
            printed[id(sections[-1])] = it.full_text
    right_column_home(
        sections, side, printed
    )  # a side-by-side table's plans a flat dump printed among the achievements
    header_boxes_home(sections)  # the header's labels and values printed as boxes below it (pdf2txt)
    funding_head_home(sections)  # the funding table's head printed above its heading (pdf2txt)
    funding_unit_home(sections)  # the funding's unit caption printed over its heading
    achievement_blocks_home(sections)  # the achievements' first block printed above their heading (pdf2txt)
    return sections, levels


def _block_of_known_section(
    flat: list[Item], named: list[int], k: int, name: str, last: Section, above: str | None
) -> bool:
    """Whether line ``k``, a dated block heading behind a glyph or none (``◎ 추진경과 ('25. 6. 기준)``) that names
    another section than the known one it stands in (the overview), is a block of that section: the card heads the
    section it names below, in the numbering of the heading above (``다. 추진실적`` after ``나. 사업개요``). Read as
    that section's heading, it opened the achievements early, the real heading became an item and the block's date
    the card's as-of (review of h-pdfminer, v_overview_before)."""
    it = flat[k]
    return (
        isinstance(it, Line)
        and last.name is not None
        and last.name != name
        and not is_numbering(it.marker)
        and dated(it)
        and named_below(flat, named, k, name, above)
    )


def _under_own_block(it: Item, last: Section, opener: str | None) -> bool:
    """A bulleted line naming the section it stands in (``□ 주요 추진실적``), undated, under a bulleted dated block
    heading of that section (``◈ 기 추진실적 〈21. 4/4분기 누계〉``) whose glyph is neither its own nor the one
    that opened the section (``▷ Ⅲ. 추진경과``): the block's sub-group, an item, not the section's heading
    again (crossbred 3772 txt: the section cut there, its blocks' reporting point lost)."""
    if not isinstance(it, Line) or it.marker is None or it.marker == opener or dated(it):
        return False
    lines = [x for x in last.items if isinstance(x, Line)]
    subs = {
        y.marker
        for x, y in zip(lines, lines[1:], strict=False)
        if x.marker and dated(x) and y.marker and not dated(y)
    }
    if subs - {it.marker}:
        return False  # the blocks' sub-groups bear another glyph (◈ … over □ 세부 추진실적): ■ 주요 추진실적 heads anew
    return any(
        isinstance(x, Line) and x.marker is not None and x.marker not in (it.marker, opener) and dated(x)
        for x in last.items
    )


def _heading_glyph_again(heading: str | None, it: Line) -> bool:
    """Whether ``it`` opens with the glyph the unknown heading above it (printed ``heading``) opens with: the card's
    heading frame again (``U+F06E 시민 소통 및 참여 실적`` over its table, then ``U+F06E 향후 추진일정``), the next heading of
    the card, never a bullet line inside the unknown heading's section that goes back into it (crossbred 9010 in
    PDF, HWPX and HWP: the plans' heading read as the plans' first item). Only a line naming a known section: a
    block heading in the same glyph names none, and a dated one (``□ 그간 추진실적 (2023년 3분기 기준 누계)`` under
    ``□ 사업 추진 현황``) is a block's heading whatever it names: both stay the unknown section's blocks."""
    if not heading or it.marker is None:
        return False
    glyph = heading.split()[0] if heading.split() else ""
    return glyph == it.marker and not glyph.isalnum() and section_of(it.text) is not None and not dated(it)
