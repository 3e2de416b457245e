"""A goal row's cell a dump went on with on a line of its own (a row a page break cut, the cut cell's
rest at the next page's top; or a cell wrapped under its row), in a text dump joining a row's cells
with one space: the line prints the other cells as empty, a space each, so its spaces count the cells
before and after the piece (``  운영(10회)  `` under a five-column head is the third column's, the
target's). Where the head's column count is what those spaces and the piece make, and the row above
shows where that column ends by the shapes after it (its status word, and the actual printed as a
dash or a value between), the piece joins that cell; otherwise the line stays as it is.

A real goal row holding only its target (its year, project and status cells spanning rows, its actual empty) prints
the same padded shape: the piece joins only where the row was shown cut, a page starting between the two lines
(their pages, or a text dump's page starts) or a cell of the row above left open (a bracket it opens and does not
close). A target's rest must end as a target does (a figure or a closing bracket), and the row above must show no
earlier end of its target (a token ending so before the actual: ``운영(45회) 연 39회`` may print the actual
``연 39회``, which the piece would split)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.cover_pages import page_of
from pledgecard.extract.layout_lines import Line
from pledgecard.extract.sections.goal_head_words import header_kinds, row_layout
from pledgecard.extract.sections.goal_row_split import status_span
from pledgecard.extract.sections.goal_values import DASH, RATE, status_spans, value_token, year_cell_of
from pledgecard.extract.vocabulary import current

ENDS_TARGET = re.compile(
    r"\d|[)）\]]$"
)  # a target's last token: a figure or a closing bracket (운영(10회), 60개)


def join_cut_pieces(
    lines: list[Line], page_starts: Sequence[int] = (), furniture: Sequence[int] = ()
) -> list[Line]:
    """``lines`` with each padded piece (see the module) joined to its cell in the goal row above it
    (``page_starts``: a text dump's, :attr:`~pledgecard.extract.document.Document.page_starts`; ``furniture``: the
    line numbers of its page furniture dropped, a page number printed between the two lines a page break too)."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln.full_text)), None)
    kinds = header_kinds(lines[h].full_text) if h is not None else None
    layout = row_layout(kinds) if kinds else None
    if h is None or kinds is None or layout is None:
        return lines
    out = list(lines)
    k = h + 2
    while k < len(out):
        at = (
            _place(out[k - 1], out[k], kinds, layout)
            if row_cut(out[k - 1], out[k], page_starts, furniture)
            else None
        )
        if at is None:
            k += 1
            continue
        toks = out[k - 1].full_text.split()
        text = " ".join([*toks[:at], out[k].text, *toks[at:]])
        out[k - 1] = replace(out[k - 1], text=text, printed=None, lead=0)
        del out[k]
    return out


def piece_column(ln: Line, columns: int) -> int | None:
    """The column a padded piece stands in (the empty cells printed before it), when its spaces and its
    one run of text make ``columns`` cells; None otherwise."""
    p = ln.printed
    if ln.marker is not None or p is None or ln.lead <= 0 or "  " in p.strip() or not p.strip():
        return None
    trail = len(p) - len(p.rstrip(" "))
    return ln.lead if ln.lead + 1 + trail == columns else None


def row_cut(upper: Line, piece: Line, page_starts: Sequence[int], furniture: Sequence[int] = ()) -> bool:
    """Whether the row ``upper`` is shown cut before ``piece``: a page starts between them (or the page's
    furniture, a page number, was printed between them), or a bracket of the row is left open."""
    a, b = page_of(upper.source, page_starts), page_of(piece.source, page_starts)
    if a is not None and b is not None and a != b:
        return True
    lo, hi = upper.source.line_end or upper.source.line_start, piece.source.line_start
    if lo is not None and hi is not None and any(lo < n < hi for n in furniture):
        return True
    text = upper.full_text
    return sum(text.count(c) for c in "(（") > sum(text.count(c) for c in ")）")


def _place(upper: Line, piece: Line, kinds: list[str], layout: tuple[bool, list[str], str]) -> int | None:
    """Where in the row ``upper`` (its tokens) the piece's cell ends, as the shapes after it show; None
    when the piece is no such piece, the row no goal row, or the cell's end not shown."""
    col = piece_column(piece, len(kinds))
    words = piece.text.split()
    if col is None or not words or year_cell_of(words[0]) is not None or status_spans(words):
        return None
    toks = upper.full_text.split()
    has_year, before, _ = layout
    if upper.marker is not None or not toks or (has_year and year_cell_of(toks[0]) is None):
        return None
    span = status_span(toks, 1 if has_year else 0, layout)
    if span is None:
        return None
    end = span[0]  # the status cell opens here; the columns before it end one by one from the right
    if "rate" in before:
        if not (end > 1 and (RATE.match(toks[end - 1]) or DASH.match(toks[end - 1]))):
            return None
        if kinds[col] == "rate":
            return end
        end -= 1
    if kinds[col] == "actual":
        return end
    value = current().build(value_token)
    if (
        kinds[col] == "target"
        and end > 1
        and (DASH.match(toks[end - 1]) or value.fullmatch(toks[end - 1]))
        and ENDS_TARGET.search(words[-1])
        and not any(ENDS_TARGET.search(t) for t in toks[1 if has_year else 0 : end - 2])
    ):
        return end - 1  # the actual one token (a dash, a value): the target ends before it
    return None
