"""Lines naming a section that head none: a dated block heading, a bare word a numbered heading
(or one behind the glyph of the heading above) below names again, a head cell of a table under way (printed a cell a line, or again after a
page break)."""

from __future__ import annotations

from pledgecard.extract.captions import caption_label, status_value
from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.card_results import Section
from pledgecard.extract.heading_numbers import ordinal_number
from pledgecard.extract.heading_shapes import numbering_frame
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import fold


def dated(it: Line) -> bool:
    """A block heading with its date (``[ 그간 추진실적 ('25. 4분기 누계) ]``)."""
    for text in (it.full_text, it.text):  # with its numbering or glyph, or without (a long name)
        g = parse_group_heading(text)
        if g is not None and g[1] is not None:
            return True
    return False


def named_below(flat: list[Item], named: list[int], k: int, name: str, above: str | None) -> bool:
    """Whether the section ``name`` is named again below line ``k`` by a heading numbered as the
    heading of the section above (``above``, as printed) is: the card numbers its headings (``Ⅰ-4.``,
    or as ordinals: ``제4장``), so a bare word naming it here is a cell or a label, not its heading."""
    if above is None:
        return False
    ordinal = ordinal_number(above) is not None  # numbered as ordinals: a heading below is one too
    if not (ordinal or _numbered(above)):
        return _glyph_named_below(flat, named, k, name, above)
    frame = None if ordinal else numbering_frame(above)
    return any(
        isinstance(x := flat[j], Line)
        and heading_of(x, None) == name
        and (ordinal_number(x.full_text) is not None if ordinal else _numbered(x.full_text))
        and (frame is None or numbering_frame(x.full_text) in (frame, None))
        for j in named
        if j > k
    )


def _glyph_named_below(flat: list[Item], named: list[int], k: int, name: str, above: str) -> bool:
    """Whether a heading below line ``k`` behind the very glyph the heading of the section above prints
    (``⇻ 연차별 목표`` over ``⇻ 추진실적 및 향후계획``) names the section ``name``: the card marks its headings so, and a
    bare word naming it here (the goal table's head cell 추진상황 printed a cell a line, pdftotext) is a cell."""
    glyph, _ = split_marker(above)
    if glyph is None or is_numbering(glyph):
        return False
    return any(
        isinstance(x := flat[j], Line) and x.marker == glyph and heading_of(x, None) == name
        for j in named
        if j > k
    )


def _numbered(text: str) -> bool:
    """Whether a heading is numbered (``3. 연차별 목표``), after a heading glyph too (``▦ 3. 연차별 목표``)."""
    marker, rest = split_marker(text)
    if marker is not None and not is_numbering(marker):
        marker = split_marker(rest)[0]
    return marker is not None and is_numbering(marker)


def table_under_way(last: Section, heading: str | None) -> bool:
    """Whether the section ``last`` is a heading no vocabulary names, numbered or behind a glyph (``2. 세부사업별
    재원 투자계획``, ``⭉ 투자 재원 및 계획``), over a table's unit line (``(단위: 백만원)``) and nothing but short
    lines of words since: a bare line naming a section there is a cell of the table's head, no heading."""
    if last.name is not None or not last.shaped or heading is None:
        return False
    lines = [x for x in last.items if isinstance(x, Line)]
    units = [x for x in lines if find_unit(x.full_text) is not None]
    return (
        len(lines) == len(last.items)
        and bool(units)
        and lines.index(units[0]) <= 1
        and all(_spanning_words(x) for x in lines if x is not units[0])
    )


MIN_HEAD_CELLS = 3  # head cells printed a line each, the corner's among them, before a table's rows


def _short_words(line: Line) -> bool:
    """A line short enough for a head cell (eight characters, spaces aside) and without a figure."""
    return len("".join(line.text.split())) <= 8 and not any(ch.isdigit() for ch in line.text)


def _spanning_words(line: Line) -> bool:
    """A line of words without a figure short enough for a spanning head's cell (as :func:`table_under_way`'s)."""
    return len(line.text) <= 30 and not any(ch.isdigit() for ch in line.text)


def amid_head_cells(last: Section, flat: list[Item], k: int) -> bool:
    """Whether the bare line ``flat[k]`` ends a table's head printed a cell a line in the named section ``last``
    (its items since the heading all short lines of words, a unit line aside: ``구 분`` / ``합 계`` / ``국 비``
    ..., a spanning head's longer, ``연도별 투자 실적 및 계획``: mutant 3800) right over the table's first row (a label and figures), or over a line of words over it (the head's second
    row printed a line: the sources under a spanning 재원구분): a head cell (``특이사항`` heading the notes' column),
    no heading of a section of its own."""
    if last.name is None or k + 1 >= len(flat):
        return False
    cells = [x for x in last.items if not (isinstance(x, Line) and find_unit(x.full_text) is not None)]
    lines = [x for x in cells if isinstance(x, Line) and x.marker is None]
    # (one spanning head's cell may be longer, 연도별 투자 실적 및 계획: no figure, the others short)
    if (
        len(lines) < max(len(cells), MIN_HEAD_CELLS)
        or sum(map(_short_words, lines)) < len(lines) - 1
        or not all(_short_words(x) or _spanning_words(x) for x in lines)
    ):
        return False
    it = flat[k]
    if not isinstance(it, Line) or not _short_words(it):
        return False  # the line itself no cell like the others (제4장 그간 추진실적: an ordinal heading)
    for nxt in flat[k + 1 : k + 3]:  # (a line of the head's second row between: the sources under 재원구분)
        toks = nxt.full_text.split() if isinstance(nxt, Line) and nxt.marker is None else []
        if len(toks) >= 3 and sum(1 for t in toks[1:] if any(ch.isdigit() for ch in t)) >= 2:
            return True
        if not toks or any(ch.isdigit() for ch in nxt.full_text):  # type: ignore[union-attr]
            return False
    return False


def repeated_head(last: Section, it: Line) -> bool:
    """Whether the bare line ``it`` repeats one of the lines under the heading no vocabulary names that
    opened ``last`` (a table's head a page break printed again under ``(계속)``: ``연도별 투자 실적 및
    계획`` twice), so a cell of that table, no heading."""
    return (
        last.shaped
        and last.name is None
        and it.marker is None
        and any(
            isinstance(x, Line) and x.marker is None and fold(x.full_text) == fold(it.full_text)
            for x in last.items
        )
    )


def caption_under_value(flat: list[Item], k: int) -> bool:
    """Whether line ``k``, a bare header label naming a section (``추진상황``: the status's label), is the caption
    printed under its value (``완료`` over it: a tile of figures, a caption under each, a dump printing them a
    line each), no heading. A dump proves no place but the order: the caption (:func:`caption_label`) the line
    right after its value, that value a status word alone (a word or two) and the caption the status's label,
    whose own label is not printed right above the value (a header printed a cell a line, ``추진상태`` /
    ``완료``, sets its labels before their values)."""
    it = flat[k]
    if k < 1 or not caption_label(it) or header_field_of(item_text(it).strip()) != "status":
        return False
    if not status_value(value := flat[k - 1]) or len(item_text(value).split()) > 2:
        return False  # a status word, not any short line or figure
    label = flat[k - 2] if k >= 2 else None
    return not (isinstance(label, Line) and header_field_of(label.full_text.strip()) == "status")
