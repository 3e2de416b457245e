"""A schedule's period heads wrapped in their narrow columns, a dump printing each head's pieces on lines
of their own (``상반`` / ``기`` / ``하반`` / ``기``: pdftotext, its ``-raw`` mode), joined before the lines are read.

Two pieces are one head only where they make a known period head: each alone on its line (one word, the
lines next to each other), neither a period of a year by itself, the two joined without a space one (a year
before them reads as a date: :func:`is_date`). A lone pair proves nothing (a word may end where a line does):
the pieces are joined only in a run of two or more such heads, the sub-columns of a schedule's years (blank
lines, a year's head and lines of marks, the schedule's cells, allowed between them). The joined head takes the
first piece's line, the second's left blank.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import is_date

_YEAR = "2000"  # any year: a period head reads as a date after one


def period_head(text: str) -> bool:
    """Whether ``text`` is a period head under a year's (``상반기``, ``1/4분기``): read after a year, a date."""
    return is_date(f"{_YEAR} {text}")


def joined_head(first: str, rest: str) -> str | None:
    """``first`` + ``rest`` as one period head when the pieces make one and neither is one, else None."""
    a, b = first.strip(), rest.strip()
    if not a or not b or len(a.split()) != 1 or len(b.split()) != 1 or period_head(a) or period_head(b):
        return None
    return a + b if period_head(a + b) else None


def _between(text: str) -> bool:
    """A line that leaves a run of heads open: blank, a year's head, or marks only (a schedule's cells)."""
    t = text.strip()
    return not t or current().year_re.fullmatch(t) is not None or not any(ch.isalnum() for ch in t)


def _lone(line: TLine) -> str | None:
    return line.text.strip() if len(line.segs) == 1 and len(line.text.split()) == 1 else None


def _under(top: TLine, below: TLine) -> list[tuple[int, str]] | None:
    """A layout dump's head row whose cells wrap (``상반   하반`` over ``기   기``: pdftotext -layout): each of the
    lower line's pieces starting within one cell of ``top`` (by characters, as the layout places them), a
    different one each, two or more, every pair one period head; (the cell's index in ``top``, the head) for each,
    else None."""
    if len(below.segs) < 2 or below.number != top.number + 1 or below.page != top.page:
        return None
    out: list[tuple[int, str]] = []
    for sg in below.segs:
        over = [i for i, t in enumerate(top.segs) if t.c0 - 1 <= sg.c0 <= t.c1]
        head = joined_head(top.segs[over[0]].text, sg.text) if len(over) == 1 else None
        if head is None or any(i == over[0] for i, _ in out):
            return None
        out.append((over[0], head))
    return out


def _set_heads(top: TLine, heads: list[tuple[int, str]]) -> TLine:
    """``top`` with its cells ``heads`` names written whole, the text after each moved right only where the
    gap after it leaves fewer than two spaces."""
    text = top.text
    for i, head in sorted(heads, reverse=True):
        sg = top.segs[i]
        rest = text[sg.c1 :]
        gap = len(rest) - len(rest.lstrip())
        grow = len(head) - (sg.c1 - sg.c0)
        keep = max(gap - grow, 2) if rest.strip() else 0
        text = text[: sg.c0] + head + " " * keep + rest.lstrip()
    return to_tline(top.number, top.page, text + " " * top.trail)


def join_wrapped_heads(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every run of two or more wrapped period heads joined, a head a line, and a layout dump's
    head row whose period heads wrap onto the line under it joined on the row's line."""
    out = list(lines)
    for j in range(len(out) - 1):
        if len(out[j].segs) >= 2 and (heads := _under(out[j], out[j + 1])) is not None:
            out[j] = _set_heads(out[j], heads)
            out[j + 1] = to_tline(out[j + 1].number, out[j + 1].page, "")
    pairs: list[tuple[int, int, str]] = []  # (first piece's line, second's, the head) of the current run
    j = 0

    def close() -> None:
        if len(pairs) >= 2:
            for a, b, head in pairs:
                out[a] = to_tline(out[a].number, out[a].page, head)
                out[b] = to_tline(out[b].number, out[b].page, "")
        pairs.clear()

    while j < len(out):
        if _between(out[j].text):
            j += 1
            continue
        a, b = _lone(out[j]), _lone(out[j + 1]) if j + 1 < len(out) else None
        head = (
            joined_head(a, b) if a is not None and b is not None and out[j].page == out[j + 1].page else None
        )
        if head is None:
            close()
            j += 1
            continue
        pairs.append((j, j + 1, head))
        j += 2
    close()
    return out
