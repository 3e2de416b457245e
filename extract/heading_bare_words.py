"""Headings printed bare (no glyph, no numbering, :mod:`heading_shapes`): a known section word alone on its
line, a cell of a dump printed alone, lines bare as the card's known bare headings."""

from __future__ import annotations

from pledgecard.extract.content_kinds import overview_labels
from pledgecard.extract.heading_cell_words import lone_cell
from pledgecard.extract.heading_line_shape import BULLETS, hangul_title, shape_of
from pledgecard.extract.labels import find_labels, header_field_of, norm_label, section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.money import find_unit


def bare_known(lines: list[tuple[int, Line]]) -> set[str]:
    """The sections named by lines printed without a heading shape (bare: a shaded box's title, a
    label cell; or behind a glyph that is no bullet and frames nothing: ``▨ 사업개요``; a header label
    alone on its line aside): a card heading its sections so numbers no heading (``가)`` ``①`` are its
    items)."""
    return {name for _, it in lines if is_bare(it) for name in [section_of(it.text)] if name is not None}


def _header_label(it: Line) -> bool:
    """A bare line that is a header label naming a section too (``추진상황``: the status's label, a dump
    printing the header table a cell a line): no section heading the card prints bare."""
    return it.marker is None and header_field_of(it.text.strip()) is not None


def bare_headings(lines: list[tuple[int, Line]]) -> set[int]:
    """Headings printed bare (a shaded box a text dump lost) on a card with no marked heading and
    no heading any vocabulary names: three or more unmarked short titles, each right above a
    bulleted line or a unit line (``사업의 주요 골자`` over ``∘ 사업기간 : …``)."""
    if len(bare_known(lines)) >= 2:
        return set()  # the card heads its sections with known words (one may be a field's label: 사업내용)
    out = set()
    for (k, it), (k2, nxt) in zip(lines, lines[1:], strict=False):
        if (
            it.marker is None
            and not printed_cell(it)
            and k2 == k + 1
            and hangul_title(it.text)
            and not find_labels(it.text)
            and not lone_cell(it.text)  # a status word or figure alone: a cell
            and norm_label(it.text) not in overview_labels(every=True)  # a field's label (사업내용)
            and shape_of(it.text) is None
            and (nxt.marker is not None or find_unit(nxt.full_text))
        ):
            out.add(k)
    again = repeated_titles([it.text for k, it in lines if k in out])
    out = {k for k, it in lines if k in out and key(it.text) not in again}
    return out if len(out) >= 3 else set()


def repeated_titles(texts: list[str]) -> set[str]:
    """The titles (:func:`~pledgecard.extract.vocabulary.key`, a trailing colon off) printed twice or more among
    candidate bare headings: a card's sections each have a title of their own, and one bare title over bulleted
    lines again and again (``세부 추진실적`` over ``☀ 기반조성`` in each block of the achievements, mutant 4077 txt)
    is a block's sub-group, an item, no heading (the card cut there lost its achievements)."""
    seen: dict[str, int] = {}
    for text in texts:
        t = key(text.strip().rstrip(":：").strip())
        seen[t] = seen.get(t, 0) + 1
    return {t for t, n in seen.items() if n >= 2}


def printed_cell(it: Line) -> bool:
    """A line that is one cell of a table a dump printed a cell a line (a drawn grid's cell, a Markdown
    row's: ``Source.table_cell``, set by the text reader): a cell's words (a header's last value, a
    funding table's column head 연도별 투자 실적 및 계획, an outreach table's 만족도조사) head no section."""
    return it.source.table_cell


def is_bare(it: Line) -> bool:
    """A line printed without a heading shape or a bullet (a shaded box's title, a label cell, a
    title behind a glyph that frames nothing: ``▨ 사업개요``; a header label alone on its line aside), no
    table's cell printed a line (:func:`printed_cell`)."""
    return (
        (it.marker is None or it.marker not in BULLETS)
        and shape_of(it.full_text) is None
        and not _header_label(it)
        and not printed_cell(it)
    )
