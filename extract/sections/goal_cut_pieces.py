"""A goal row's cell a dump went on with on a line of its own (a row a page break cut, the cut cell's
rest at the next page's top; or a cell wrapped under its row), in a text dump joining a row's cells
with one space: the line prints the other cells as empty, a space each, so its spaces count the cells
before and after the piece (``  운영(10회)  `` under a five-column head is the third column's, the
target's). Where the head's column count is what those spaces and the piece make, and the row above
shows where that column ends by the shapes after it (its status word, and the actual printed as a
dash or a value between), the piece joins that cell; otherwise the line stays as it is."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout_lines import Line
from pledgecard.extract.sections.goal_head_words import header_kinds, row_layout
from pledgecard.extract.sections.goal_row_split import status_span
from pledgecard.extract.sections.goal_values import DASH, RATE, status_spans, value_token, year_cell_of
from pledgecard.extract.vocabulary import current


def join_cut_pieces(lines: list[Line]) -> list[Line]:
    """``lines`` with each padded piece (see the module) joined to its cell in the goal row above it."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln.full_text)), None)
    kinds = header_kinds(lines[h].full_text) if h is not None else None
    layout = row_layout(kinds) if kinds else None
    if h is None or kinds is None or layout is None:
        return lines
    out = list(lines)
    k = h + 2
    while k < len(out):
        at = _place(out[k - 1], out[k], kinds, layout)
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


def _place(upper: Line, piece: Line, kinds: list[str], layout: tuple[bool, list[str], str]) -> int | None:
    """Where in the row ``upper`` (its tokens) the piece's cell ends, as the shapes after it show; None
    when the piece is no such piece, the row no goal row, or the cell's end not shown."""
    col = piece_column(piece, len(kinds))
    if col is None or piece.text.split()[0] and year_cell_of(piece.text.split()[0]) is not None \
            or status_spans(piece.text.split()):
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
    if kinds[col] == "target" and end > 1 and (DASH.match(toks[end - 1]) or value.fullmatch(toks[end - 1])):
        return end - 1  # the actual one token (a dash, a value): the target ends before it
    return None
