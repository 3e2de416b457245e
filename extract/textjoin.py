"""Rejoin lines that a text dump broke inside a sentence or a word.

A line without a bullet continues the bullet item above it when that item is long enough to
have wrapped, does not end in a date (an item that ends ``: '24. 9.`` is complete) and the line
does not look like a heading or a table row, nor prints a text the document prints elsewhere as a
row of its own (with no item above it to continue: ``세부 추진실적`` under a dated row), nor is a
whole date opening the row after it in a document that prints its rows' dates so (a table a
converter flattened a cell a line). Whether
the break fell inside a word is decided from the document itself: the two halves are glued without
a space when the glued form occurs elsewhere in the document (``헬`` + ``스케어`` -> ``헬스케어``,
seen in ``디지털헬스케어``).

This module joins; its helpers live by their jobs: the glue of two halves and where a break fell
(:mod:`textjoin_glue`), the shapes of a line (:mod:`textjoin_shapes`), the lines held apart on a second
pass (:mod:`textjoin_holds`). Their entry points are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import BRACKETED_LINE, SECTION_MARKERS
from pledgecard.extract.picture_tags import tagged_caption
from pledgecard.extract.tagged_block_heads import tagged_dated_block
from pledgecard.extract.textjoin_column_blocks import column_block_rows_apart
from pledgecard.extract.textjoin_glue import (
    NearbyText,
    breaks_word,
    continues_date,
    continues_number,
    ends_with_date,
    glue,
    left_open,
    wraps_fullwidth,
    wraps_number,
)
from pledgecard.extract.textjoin_glyph_runs import GlyphRuns, in_run, note_run
from pledgecard.extract.textjoin_holds import table_rows_apart, titles_alone
from pledgecard.extract.textjoin_hung import boxed_dated_rest, hung_rest, hung_value
from pledgecard.extract.textjoin_shapes import (
    bare_block,
    closes_on_date,
    looks_tabular,
    numbered_section,
    opens_heading,
    starts_new_block,
    titled_unit,
)
from pledgecard.extract.textjoin_status_rows import status_rows_apart
from pledgecard.normalize.dates import is_date

__all__ = [
    "NearbyText",
    "bare_block",
    "breaks_word",
    "continues_date",
    "continues_number",
    "ends_with_date",
    "glue",
    "join_broken_lines",
    "left_open",
    "starts_new_block",
    "wraps_fullwidth",
    "wraps_number",
]

WRAP_MIN_CHARS = 20  # a line shorter than this did not wrap
# A bullet item's wrapped rest starts at its text or its marker, never left of the marker: a line
# starting more than this many indent levels left of the item's marker is none of it (in a layout
# dump, the next row of an item table: ``2024년 5월  추진내용`` under ``      * 참여기관 : …``). One
# word alone there is the wrapped rest of a narrow cell beside the item (``2023년 상반`` / ``기``).
WRAP_SHARE = 0.6  # a line shorter than this share of the lines around it did not wrap (before an item's
#                   own line, closing on its date: an unmarked first-level item under a short sub-item)
WIDTH_WINDOW = 8  # lines either side
HANG_SLACK = 2  # (a paragraph indented on its first line wraps a little left of its marker)


def _rows_alone(lines: list[Paragraph]) -> set[str]:
    """Texts of unbulleted lines printed where no bullet item stands above them to continue: a
    line printing one of them under an item is that row again, no wrapped end of the item. A line
    going on at the hanging indent of the wrapped lines of an item above (indented past the item's
    marker, as the line above it) is the item's third or later line, not a row alone; so is a line flush with
    the item's wrapped lines above it, closing on the item's date (``계적으로 반영 : '20. 2학기``), where each line of
    the run above it ran full (a line that wrapped because it was full: :func:`_widest`), the item's too."""
    out: set[str] = set()
    hang = None  # the indent of the wrapped lines hanging under the item above
    flush = False  # the line above: an item, or a line going on from one, that ran full
    for i, (prev, p) in enumerate(zip([None, *lines], lines, strict=False)):
        full = prev is not None and len(prev.text) >= WRAP_SHARE * _widest(lines, i - 1)
        if p.marker is not None:
            hang = None
            flush = _item(p)
            continue
        if _item(prev) and prev is not None and p.indent > prev.indent:
            hang = p.indent
        elif not (prev is not None and prev.marker is None and p.indent == hang):
            hang = None
        run = flush and full and prev is not None and p.indent == prev.indent
        going_on = run and closes_on_date(
            p.text
        )  # (a table's head or row printed under an item: no date closing it)
        if (
            (prev is None or prev.marker is None or prev.marker in SECTION_MARKERS)
            and hang is None
            and not going_on
        ):
            out.add(p.text)
        flush = run
    return out


def _item(p: Paragraph | None) -> bool:
    return p is not None and p.marker is not None and p.marker not in SECTION_MARKERS


def _dates_open_rows(lines: list[Paragraph]) -> bool:
    """Whether the document prints a row's date on a line of its own before the row's content (a
    table a converter flattened a cell a line: ``2023. 12.`` / ``ㆍ 협약 체결``): a whole-date line
    with an item after it and, above it, a line it cannot be the wrapped end of (none, no item, or
    an item too short to have wrapped). Then a whole-date line opens the row after it wherever it
    stands, never the wrapped end of the line above."""
    for prev, p, nxt in zip([None, *lines], lines, [*lines[1:], None], strict=False):
        if (
            p.marker is None
            and _item(nxt)
            and (not _item(prev) or len(prev.text) < WRAP_MIN_CHARS)
            and is_date(p.text)
        ):
            return True
    return False


_BARE_NUMBER = re.compile(r"^\d{1,2}$")


def _numbers_onto_titles(lines: list[Paragraph]) -> list[Paragraph]:
    """Headings' numbers printed alone on the line above their titles (``07`` over ``기대효과 Outcomes``:
    a tab set them apart and the converter broke the line there) joined to them: bare numbers each
    above an unmarked line naming a section, two or more of them in a rising run, each greater than
    the heading number read before it (a table's last count printed a cell a line above a heading
    numbers no heading)."""
    pairs: list[int] = []
    last = 0
    for i, p in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            p.marker is None
            and _BARE_NUMBER.match(p.text)
            and int(p.text) > last
            and nxt is not None
            and nxt.marker is None
            and section_of(nxt.text) is not None
            and heading_number(nxt.text) is None
        ):
            pairs.append(i)
            last = int(p.text)
            continue
        hn = heading_number(p.text) if p.marker is None and section_of(p.text) is not None else None
        if hn is not None and hn[0] == "d":  # a heading numbered on its own line (06 향후 추진계획)
            last = max(last, hn[1])
    if len(pairs) < 2:
        return lines
    out: list[Paragraph] = []
    for i, p in enumerate(lines):
        if i - 1 in pairs:
            continue
        if i in pairs:
            nxt = lines[i + 1]
            out.append(
                Paragraph(
                    text=f"{p.text} {nxt.text}",
                    marker=None,
                    indent=p.indent,
                    source=Source(line_start=p.source.line_start, line_end=nxt.source.line_end),
                )
            )
            continue
        out.append(p)
    return out


def join_broken_lines(lines: Iterable[Paragraph], page_width: int = 0) -> list[Paragraph]:
    """Broken lines rejoined; ``page_width``: the widest bulleted line of the whole dump (a run of lines between two
    tables measures a log table's rows against it too, :func:`table_rows_apart`)."""
    lines = _numbers_onto_titles(list(lines))
    joined = _join(lines, set())
    held = (
        titles_alone(lines, joined)
        | table_rows_apart(lines, joined[1], page_width)
        | status_rows_apart(lines, joined[1])
        | column_block_rows_apart(lines, joined[1])
    )
    return _join(lines, held)[0] if held else joined[0]


def _join(lines: list[Paragraph], held: set[int]) -> tuple[list[Paragraph], dict[int, str]]:
    """The lines joined (none of ``held`` onto the line above), and the lines joined: index ->
    the physical line above it."""
    lexicon = NearbyText([p.text for p in lines])
    alone = _rows_alone(lines)
    dates_open_rows = _dates_open_rows(lines)
    out: list[Paragraph] = []
    joins: dict[int, str] = {}
    last_physical = ""
    numbered: dict[str, set[int]] = {}  # the numbers of the titled lines printed alone so far, per style
    runs: GlyphRuns = {}  # likewise of numbered headings behind the glyph of the card's known headings
    openers = _run_openers(lines)
    for i, p in enumerate(lines):
        prev = out[-1] if out else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            prev is not None
            and i not in held
            and p.marker is None
            and prev.marker is not None
            and (prev.marker not in SECTION_MARKERS and p.text not in alone or boxed_dated_rest(prev, p, nxt))
            and not numbered_section(prev.text)
            and not in_run(prev.marker, prev.text, runs)
            and not titled_unit(prev.text)
            and (
                len(last_physical) >= WRAP_MIN_CHARS
                or left_open(last_physical, p.text)
                or hung_rest(prev, p, nxt)
            )
            and (p.indent >= prev.indent - HANG_SLACK or " " not in p.text)
            and (
                not ends_with_date(prev.text)
                or continues_number(prev.text, p.text)
                or continues_date(prev.text, p.text)
            )
            and not BRACKETED_LINE.match(p.text)
            and not tagged_caption(p.text)  # [사진 1] 사업 대상지 현황: a picture's caption (crossbred 9093)
            and not tagged_dated_block(
                p.text
            )  # [세부사업2] 2025. 12월 말 기준: a block's heading (crossbred 6506)
            and (
                not looks_tabular(p.text)
                or prev.text.count("(") > prev.text.count(")")
                or closes_on_date(p.text)
                or hung_value(prev, p)
            )  # 확정 : 2022. 11. 20.: its numbers a date, no table row
            and (not starts_new_block(p.text) or _hung_after_comma(last_physical, p, prev))
            and not _next_in_run(p.text, numbered)
            and i not in openers
            and not (
                dates_open_rows and i + 1 < len(lines) and not is_date(lines[i + 1].text) and is_date(p.text)
            )
            # (a line hung under the item's text, right of its marker, is its rest however short the first;
            # so is one the break cut inside a word the document prints whole, ``제기`` + ``된``: crossbred 9052)
            and not (
                closes_on_date(p.text)
                and p.indent <= prev.indent
                and len(last_physical) < WRAP_SHARE * _widest(lines, i)
                and not breaks_word(last_physical, p.text, lexicon.near(i))
            )
        ):
            joins[i] = last_physical
            prev.text = glue(prev.text, p.text, lexicon.near(i))
            prev.source = Source(line_start=prev.source.line_start, line_end=p.source.line_end)
            if prev.marker is None:  # its first line as printed: the cells a row printed apart
                prev.first_printed = prev.first_printed or prev.printed
            prev.printed = None
            last_physical = p.text
            continue
        out.append(
            Paragraph(
                text=p.text,
                marker=p.marker,
                indent=p.indent,
                source=p.source,
                printed=p.printed,
                lead=p.lead if p.printed is not None else 0,
                first_printed=p.first_printed,
            )
        )
        last_physical = p.text
        note_run(p.marker, p.text, runs)
        hn = heading_number(p.text) if p.marker is None else None
        if hn is not None and titleish(hn[2]):
            numbered.setdefault(hn[0], set()).add(hn[1])
    return out, joins


def _hung_after_comma(above: str, p: Paragraph, prev: Paragraph) -> bool:
    """Whether ``p`` goes on with the bulleted item above though it opens with a header label's words
    (``사업 대상지 ...``): the item's last line closes on a comma (its list goes on) and ``p`` hangs right of
    the item's marker; a title or a section or block heading still opens a block of its own."""
    return above.rstrip().endswith(",") and p.indent > prev.indent and not opens_heading(p.text)


def _widest(lines: list[Paragraph], i: int) -> int:
    """The longest line among the lines around ``i``: a line that wrapped because it was full ran
    about as long. A table's row of figures (:func:`looks_tabular`) is no measure where a line of words
    stands around: its cells run together past the width the text wraps at (a funding table printed
    over the first items of the next section hid their wrapping)."""
    around = [p.text for p in lines[max(0, i - WIDTH_WINDOW) : i + WIDTH_WINDOW]]
    return max([len(t) for t in around if not looks_tabular(t)] or [len(t) for t in around])


def _next_in_run(text: str, numbered: dict[str, set[int]]) -> bool:
    """A short titled line numbered as the next of titled lines the document printed alone before it
    in the same numbering (``2 돈이 드는 곳`` after ``1 사업의 주요 골자``): a heading of that run, no
    wrapped end of the note above it, even when its title is in no vocabulary."""
    hn = heading_number(text)
    return hn is not None and titleish(hn[2]) and hn[1] - 1 in numbered.get(hn[0], set()) and hn[1] > 1


def _run_openers(lines: list[Paragraph]) -> set[int]:
    """Short titled lines numbered 1 that open a run: the lines numbered 2 and 3 in the same numbering
    follow, titled and unmarked each (``1 돈이 드는 곳`` under a note, ``2 그동안 한 일`` and ``3 지표 점검``
    below it): the first heading of that run, no wrapped end of the note above it."""
    titled: list[tuple[int, str, int]] = []
    for i, p in enumerate(lines):
        hn = heading_number(p.text) if p.marker is None else None
        if hn is not None and titleish(hn[2]):
            titled.append((i, hn[0], hn[1]))
    out = set()
    for i, style, n in titled:
        if n == 1:
            later = {m for j, st, m in titled if j > i and st == style}
            if {2, 3} <= later:
                out.add(i)
    return out
