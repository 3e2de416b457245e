"""A goal head whose spanning word a layout dump glued onto one of the periods under it.

The class fixed (session 43, renum8: hamkke-city 116002 under ``pdftotext -layout``): the actual's head ``실적``
spans the year's quarters (``1/4 | 2/4 | 3/4 | 4/4``, no total under it), printed on a line of its own above
the other head cells; a layout reader joins the head's lines by column, so the span's word lands in the one
sub-column it stands over: ``1/4 | 2/4 | 실적 3/4 | 4/4``. That column then named the actual, and the third
quarter's figure was read as the year's (``12`` for a ``공정률 80%`` goal: silent). A head cell made of a word and
a period (a quarter: :func:`goal_quarters.period_quarter`; a half: :func:`goal_half_heads.half_head`), whose
neighbours are the bare periods that with it make the year's run in order from its first (1/4 .. 4/4, 상반기 |
하반기), is a period's sub-column under a span: no field's column, its figure a part of the year's.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_quarters import period_quarter

_LAST = {"quarter": 4, "half": 2}


def _period(text: str) -> tuple[str, int] | None:
    """(kind, number) of a head cell that names a year's period as its whole text, else None."""
    if not text.strip():
        return None
    if (q := period_quarter(text)) is not None:
        return "quarter", q
    if (h := half_head(text)) is not None:
        return "half", h
    return None


def _glued(text: str) -> tuple[str, int] | None:
    """The period a head cell ends in after a word naming none (``실적 3/4``), else None."""
    tokens = text.split()
    for k in range(1, len(tokens)):
        prefix, rest = " ".join(tokens[:k]), " ".join(tokens[k:])
        if any(ch.isdigit() for ch in prefix) or _period(prefix) is not None:
            continue
        if (p := _period(rest)) is not None:
            return p
    return None


def glued_span_columns(header: list[str]) -> set[int]:
    """The columns of ``header`` whose cell is a span's word glued onto a period amid the bare periods of its run
    (the year's, in order from its first): sub-columns, no field's."""
    out = set()
    for j, cell in enumerate(header):
        if (p := _glued(cell)) is None:
            continue
        kind, n = p
        first = j
        while first > 0 and _period(header[first - 1]) == (kind, n - (j - first) - 1):
            first -= 1
        last = j
        while last + 1 < len(header) and _period(header[last + 1]) == (kind, n + (last - j) + 1):
            last += 1
        if n - (j - first) == 1 and n + (last - j) == _LAST[kind] and last > first:
            out.add(j)
    return out
