"""A channel table (a channel a row: its label, its count; the 계 row last) that a dump printed across a
section's heading: pdfminer.six's ``pdf2txt.py`` prints the first rows a cell a line under the outreach's
heading (``주민간담회, 공`` / ``청회 등`` / ``5``), then the next section's heading, then the other rows' labels
in a box (``만족도조사`` / ``전문가 자문`` / ``언론·방송`` / ``기타``), their counts in another (``2`` / ``4`` /
``-`` / ``3``) and the total's label and count (``계`` / ``14회``).

:func:`outreach_printed_after` moves the unmarked lines opening the next section back when they are exactly
that: channel labels, as many counts, the total word and its count; and the outreach's own lines are rows
a cell a line (a label, maybe wrapped over lines, then its count). The k-th label goes with the k-th count
only where the sums prove it: every channel once, the total the sum of all the counts. The rows are then
put back a row a line (the label and its count on one line), the outreach reader's own shape.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pledgecard.extract.layout import Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.funding_apart import leading_cells
from pledgecard.extract.sections.outreach import category_of, count_line, count_of, is_total
from pledgecard.normalize.text import fold

if TYPE_CHECKING:
    from collections.abc import Sequence


def _own_rows(lines: list[Line]) -> list[tuple[str, str, Line]] | None:
    """The outreach's lines as rows a cell a line: label pieces, then one count; None otherwise."""
    rows: list[tuple[str, str, Line]] = []
    pieces: list[Line] = []
    for ln in lines:
        count = count_line(ln.full_text)
        if count is None:
            pieces.append(ln)
            continue
        label = " ".join(fold(p.full_text) for p in pieces)
        if not pieces or category_of(label) is None or is_total(label):
            return None
        rows.append((label, count, pieces[0]))
        pieces = []
    return rows if rows and not pieces else None


def _moved_rows(lines: list[Line]) -> list[tuple[str, str, Line]] | None:
    """Channel labels, as many counts, the total word and its count (the total as the last row)."""
    k = 0
    while (
        k < len(lines) and count_line(lines[k].full_text) is None and not is_total(fold(lines[k].full_text))
    ):
        if category_of(fold(lines[k].full_text)) is None:
            return None
        k += 1
    if k == 0 or len(lines) != 2 * k + 2 or not is_total(fold(lines[2 * k].full_text)):
        return None
    counts = [count_line(ln.full_text) for ln in [*lines[k : 2 * k], lines[2 * k + 1]]]
    if any(c is None for c in counts):
        return None
    rows = [(fold(lines[i].full_text), counts[i] or "", lines[i]) for i in range(k)]
    return [*rows, (fold(lines[2 * k].full_text), counts[-1] or "", lines[2 * k])]


def outreach_printed_after(sections: Sequence[SectionItems]) -> None:
    """Move the channel table's rows printed under the next section's heading back to the outreach."""
    at = [i for i, s in enumerate(sections) if s.name == "outreach"]
    if len(at) != 1 or at[0] + 1 >= len(sections):
        return
    own, after = sections[at[0]], sections[at[0] + 1]
    if not own.items or not all(
        isinstance(it, Line) and (it.marker is None or not it.text.strip()) for it in own.items
    ):
        return
    rows = _own_rows(list(own.items))  # type: ignore[arg-type]
    n = leading_cells(after.items)
    moved = _moved_rows([it for it in after.items[:n] if isinstance(it, Line)]) if rows is not None else None
    if rows is None or moved is None or len([it for it in after.items[:n] if isinstance(it, Line)]) != n:
        return
    channels = [category_of(label) for label, _, _ in rows + moved[:-1]]
    values = [count_of(c) for _, c, _ in rows + moved]
    if (
        len(set(channels)) != len(channels)
        or any(v is None for v in values)
        or sum(v or 0 for v in values[:-1]) != values[-1]
    ):
        return
    own.items[:] = [replace(ln, text=f"{label} {count}", marker=None) for label, count, ln in rows + moved]
    del after.items[:n]
