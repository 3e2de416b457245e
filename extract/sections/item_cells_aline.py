"""An item table's header row and rows a text dump printed one cell a line (a layout converter's cells, or
``pdftotext``'s default mode reading column by column): the header's cells a line each (``추진일자`` / ``추진내용`` /
``비고``), the header interleaved with the first row, the rows' date cells in a block before their contents, a
date in brackets wrapped over lines, and a side table printed a cell a line among the rows. Read by
:func:`pledgecard.extract.sections.item_tables.item_rows_from_lines`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile
from typing import TypeGuard

from pledgecard.extract.item_heads import item_columns
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import is_note
from pledgecard.extract.sections.side_tables import longest_cell_table
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.dates import is_date


def cell_run_table(items: list[Item], k: int) -> int | None:
    """The index of the last line of a side table a dump printed one cell a line among an item
    table's rows, from ``items[k]`` (``구분`` / ``2025년`` / ``2026년`` / ``계`` / ``참여기업`` / ``22`` / ...:
    column heads, then rows of a word cell and figures as wide as the heads; side_tables reads it,
    six lines or more of the unmarked lines from there, eighty at most); None when none starts there."""
    run = [
        x
        for x in takewhile(lambda x: isinstance(x, Line) and x.marker is None, items[k : k + 80])
        if isinstance(x, Line)
    ]
    found = longest_cell_table(run, 6)
    return None if found is None else k + found[0] - 1


def bracketed_run(items: list[Item], k: int) -> tuple[str, int] | None:
    """A date in round brackets on the lines from ``items[k]``, wrapped over up to three of them
    (``('26년 1분기 기`` / ``준)``): the date as one text, and the number of lines; None when none
    starts there. A word the wrap cut is joined without a space where only so it reads as a date."""
    parts: list[str] = []
    for it in items[k : k + 3]:
        if not isinstance(it, Line) or it.marker is not None:
            return None
        parts.append(it.text.strip())
        if not parts[0].startswith("("):
            return None
        if ")" in it.text:
            break
    else:
        return None
    for sep in (" ", ""):
        text = sep.join(parts)
        if text.endswith(")") and text.count("(") == 1 and is_date(text[1:-1]):
            return text, len(parts)
    return None


def cell_head(items: list[Item], k: int, *, glued: bool = False, label_column: bool = False) -> int:
    """The number of lines (2 or 3) of an item table's header row a dump printed one cell a line,
    starting at ``items[k]`` (``추진일자`` / ``추진내용`` / ``비고``, a cell of two words ``주요 추진내용``
    too); 0 when none starts there.
    ``glued``: the first cell is the last word of ``items[k]`` (a text reader joined it to the
    line above, the block's heading). ``label_column``: the row opens with a block-label column's
    head (``구분`` / ``추진일자`` / ``추진내용`` / ``비고``: 3 or 4 lines)."""
    first = int(label_column)  # the date head's column
    width = 3 + first
    cells: list[str] = []
    for i, it in enumerate(items[k : k + width]):
        if glued and i == 0:
            if not isinstance(it, Line) or len(it.text.split()) < 2:
                break
            cells.append(it.text.split()[-1])
        elif (
            isinstance(it, Line)
            and it.marker is None
            and not is_date(it.text)
            and 1 <= len(it.text.split()) <= (1 if label_column else 2)
        ):
            cells.append(it.text)  # (a head cell of two words, 주요 추진내용, in a row with no label column)
        else:
            break
    for n in range(width, first + 1, -1):
        if len(cells) >= n and item_columns(cells[:n]) == (first, first + 1):
            return n
    return 0


def one_word(it: Item | None) -> TypeGuard[Line]:
    """An unmarked line of one word that is no date (a head cell, a 비고 cell)."""
    return isinstance(it, Line) and it.marker is None and len(it.text.split()) == 1 and not is_date(it.text)


def interleaved_head(items: list[Item], k: int) -> tuple[Line | None, Line, int] | None:
    """An item table's header row printed column by column with the first row (``pdftotext``'s
    default mode: ``추진일자`` / ``2023. 3.`` / ``추진내용`` / its content / ``비고`` / ``완료``), the date
    head maybe joined to the line above (the block's heading): that line without it (None when
    the head stands alone), the first row as one line (date, content) and the number of lines
    read; None when no such run starts at ``items[k]``."""
    it = items[k]
    if not isinstance(it, Line):
        return None
    glued = len(it.text.split()) > 1
    head = it.text.split()[-1] if glued else it.text
    if not glued and not one_word(it):
        return None
    date, chead, content = (items[k + i] if k + i < len(items) else None for i in (1, 2, 3))
    if (
        not (whole_date(date) and one_word(chead) and isinstance(content, Line))
        or whole_date(content)
        or one_word(content)
        or item_columns([head, chead.text]) != (0, 1)
    ):  # type: ignore[union-attr]
        return None
    n = 4
    if one_word(nhead := items[k + 4] if k + 4 < len(items) else None) and item_columns(
        [head, chead.text, nhead.text]
    ) == (0, 1):  # type: ignore[union-attr]
        n = 6 if one_word(items[k + 5] if k + 5 < len(items) else None) else 5  # its 비고 cell
    before = (
        Line(text=it.text.rsplit(" ", 1)[0], marker=it.marker, indent=it.indent, source=it.source)
        if glued
        else None
    )
    row = Line(text=f"{date.text} {content.full_text}", marker=None, indent=0, source=content.source)  # type: ignore[union-attr]
    return before, row, n


def date_block(
    items: list[Item], k: int, notes: bool, is_heading: Callable[[Line], bool]
) -> tuple[list[Line], int] | None:
    """Rows printed one cell a line with their date cells in a block before their contents
    (``2023. 5월`` / ``2023년 상반기`` / ``ㆍ 협약 체결`` / ``완료`` / ``ㆍ 제도 개선`` / ``완료``): two or more
    dates, then exactly as many content cells of one marker, each maybe followed by its 비고 cell
    (``notes``: a one-word line) and note lines (※); the i-th date is the i-th content's. The rows
    as lines (``date content``, note lines as they are) and the number of lines read; None unless
    the counts so agree."""
    n = 0
    while k + n < len(items) and whole_date(items[k + n]):
        n += 1
    if n < 2:
        return None
    dates = [items[k + i] for i in range(n)]
    out: list[Line] = []
    starts: list[Line] = []
    j = k + n
    while j < len(items):
        it = items[j]
        if not isinstance(it, Line) or whole_date(it) or is_heading(it):
            break
        if it.marker is not None and is_note(it.marker):
            if not starts:
                return None
            out.append(it)
        elif notes and starts and one_word(it) and out[-1] is starts[-1]:
            pass  # the row's 비고 cell: no part of the item
        elif len(starts) == n:
            break
        else:
            if starts and it.marker != starts[0].marker:
                return None
            starts.append(it)
            out.append(it)
        j += 1
    if len(starts) != n:
        return None
    when = dict(zip(map(id, starts), dates, strict=True))
    return [
        Line(
            text=f"{when[id(ln)].text} {ln.full_text}",
            marker=None,
            indent=ln.indent,  # type: ignore[attr-defined]
            source=ln.source,
        )
        if id(ln) in when
        else ln
        for ln in out
    ], j - k


def whole_date(it: Item) -> bool:
    return isinstance(it, Line) and it.marker is None and is_date(it.text)


def status_cell_after(items: list[Item], k: int, width: int) -> bool:
    """Whether ``items[k]`` is a row's 비고 cell printed a cell a line under a head of three cells: one unmarked
    line, a status word whole (완료). A row's date cell, a line, then its status cell: the date and the line are a
    row even where, joined, they read as a block heading (a content cell of a section word, ``주요 추진실적``, in
    a table a dump printed one cell a line: gaeul-county 64009 hwpx-text-extract)."""
    it = items[k] if 0 <= k < len(items) else None
    return (
        width == 3 and isinstance(it, Line) and it.marker is None and key(it.text) in current().status_words
    )
