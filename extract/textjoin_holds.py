"""Lines the text joiner (:mod:`textjoin`) took for the wrapped rest of the item above on its first pass, held
apart on its second: bare section titles over a section's first line in a document printing its headings alone
(:func:`titles_alone`), and an item table's rows that did not wrap (:func:`table_rows_apart`)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Paragraph
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.item_heads import (
    date_parts_line,
    head_line_cells,
    item_columns,
    item_head_width,
    part_head_cells,
)
from pledgecard.extract.labels import find_labels, section_of
from pledgecard.extract.markers import BRACKETED_LINE
from pledgecard.extract.textjoin_glue import left_open
from pledgecard.extract.textjoin_shapes import looks_tabular, padded_row, starts_new_block
from pledgecard.normalize.money import unit_line

NEAR_MARGIN = 8  # characters: a line ending this close to the dump's width may have broken inside a word


def _bare_title(p: Paragraph) -> bool:
    """A line that may be a section heading printed bare: no marker, a short title with Hangul (a
    trailing colon allowed), not wholly in brackets, no header label."""
    t = re.sub(r"\s*[:：]\s*$", "", p.text)
    return (
        p.marker is None
        and titleish(t)
        and re.search(r"[가-힣]", t) is not None
        and not BRACKETED_LINE.match(p.text)
        and not find_labels(p.text)
    )


def _opens_section(lines: list[Paragraph], i: int) -> bool:
    """The line after ``i`` is a section's first: a marked line, a unit line (``(단위: 만원)``) or a
    dated block heading (``기 추진실적 (24.2/4분기 누계)``)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    g = parse_group_heading(nxt.text)
    return nxt.marker is not None or unit_line(nxt.text) or g is not None and g[1] is not None


def titles_alone(lines: list[Paragraph], joined: tuple[list[Paragraph], dict[int, str]]) -> set[int]:
    """Bare titles over a section's first line (``돈이 드는 곳`` over ``(단위: 만원)``) that the joiner
    took for the wrapped rest of the item above, in a document that prints such titles where no
    item stands above them (two or more: its section headings printed bare), when the item above
    did not fill its line: its last line and the title's first word would have fit in the width the
    document's other wrapped lines show (a document showing none wraps no line)."""
    joins = joined[1]
    titled = {i for i in range(len(lines)) if _bare_title(lines[i]) and _opens_section(lines, i)}
    if len(titled - set(joins)) < 2 and len(_numbered_alone(lines)) < 2:
        return set()
    widths = [len(above) for i, above in joins.items() if not _bare_title(lines[i])]
    width = max(widths, default=0)
    return {
        i
        for i in titled & set(joins)
        if len(joins[i]) + 1 + len(lines[i].text.split()[0]) <= width
        and len(joins[i]) < width - NEAR_MARGIN
        or not widths
    }


def _numbered_alone(lines: list[Paragraph]) -> set[int]:
    """Headings numbered in one run (``◈ Ⅰ. 사업의 주요 골자``, ``◈ Ⅱ. 돈이 드는 곳``), each a short title alone on
    its line over a section's first line: a document printing its section headings as lines of their own, so a
    bare title there (one heading printed bare amid the run) is one too, however few are bare."""
    runs: dict[str, set[int]] = {}
    for i, p in enumerate(lines):
        hn = heading_number(p.text)
        if hn is not None and titleish(hn[2]) and _opens_section(lines, i):
            runs.setdefault(hn[0], set()).add(hn[1])
    return max((ns for ns in runs.values() if {1, 2} <= ns), key=len, default=set())


def bulleted_width(lines: list[Paragraph]) -> int:
    """The page's width as its text shows it: the longest bulleted line of words (its marker and space counted)."""
    return max((len(q.text) + 2 for q in lines if q.marker and not looks_tabular(q.text)), default=0)


def table_rows_apart(lines: list[Paragraph], joins: dict[int, str], page_width: int = 0) -> set[int]:
    """Lines of an item table (under a head row 추진일자 | 추진내용 | 비고, up to the next heading of
    another section) the joiner took for the wrapped rest of the row above, where that row ended well
    short of the table's longest line and the line's first word would have fit after it (`` *
    참여기관 : 진솔연구원, 한빛엔지니어링`` over `` 창업보육센터 운영``, rows of 45 characters printed
    whole): the row did not wrap there, the line is a row of its own. A break inside a word falls
    near the width (the margin). Block headings in the table's first column (그간 추진실적) name the
    table's own section and end nothing."""
    held: set[int] = set()
    region: list[int] = []
    section = here = None
    log = False  # the region a log table's (연도 | 월 | 추진내용): rows as short as the page is wide
    cols = 0  # the cells of the region's item-table head
    for i, p in enumerate([*lines, None]):
        # (a spanning year cell a dump printed at its height, among the head's cells a cell a line, left out; a head
        # dated by the month alone, 월 | 추진사항, too: its rows as short)
        cells = (
            part_head_cells(
                [q.text for q in lines[max(0, i - 5) : i] if not date_parts_line(q.text)] + [p.text], True
            )
            if p is not None
            else 0
        )
        # a log table's head
        parts = p is not None and (head_line_cells(p.text.split(), True) is not None or cells > 0)
        head = p is not None and (item_columns(p.text.split()) is not None or parts)
        name = section_of(p.text) if p is not None else None
        if p is None or head or region and starts_new_block(p.text) and name != section:
            width = max((len(lines[k].text) for k in region), default=0)
            if log and region:  # its rows measured against the page's width: the longest bulleted line
                width = max(width, page_width, bulleted_width(lines))  # (the whole dump's: ``page_width``)
            log = parts
            held |= {
                k
                for k in region
                if k in joins
                and lines[k].text.split()
                and not left_open(joins[k], lines[k].text)  # (a row left open goes on however short)
                and len(joins[k]) < width - NEAR_MARGIN
                and len(joins[k]) + 1 + len(lines[k].text.split()[0]) <= width
            }
            held |= {k for k in region if k in joins and padded_row(lines[k], cols)}
            region, section = ([i], here) if head else ([], None)
            cols = item_head_width(p.text.split()) if p is not None and head else 0
        elif region:
            region.append(i)
            if i in joins and date_parts_line(p.text):  # a log table's date cell (2024년, 3월) wraps no row
                held.add(i)
        here = name or here
    return held
