"""A log table (연도 | 월 | 추진내용, extract/sections/log_tables.py) a dump printed a cell a line whose year
and month cells each span every row of the block: pdftotext's default mode prints a spanning cell at its
height, so the year may stand among the head's cells (``연도`` / ``월`` / ``2023년`` / ``추진내용``) and the
month amid the rows' lines, after the items it dates.

Where a block (the head, then its lines up to a block heading, a table or the next head) prints exactly one
year cell and at most one month cell as lines of their own, each cell spans all the block's rows (a row
under another month would print its own month cell): the two are set on one line right after the head, as
a dump printing row by row sets them, and the log reader dates every row by them. A block printing more
date cells than that is left as printed (which rows each spans the dump does not tell: undated)."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.item_heads import month_part, part_head_cells, year_part
from pledgecard.extract.layout import Item, Line

_HEAD_SPAN = 6  # the head's cells and a date cell printed among them: at most this many lines


def _bare(it: Item) -> str | None:
    """``"year"`` / ``"month"`` for an unmarked line printing one date part cell alone, else None."""
    if not isinstance(it, Line) or it.marker is not None:
        return None
    text = it.text.strip()
    return "year" if year_part().fullmatch(text) else "month" if month_part().fullmatch(text) else None


def _head_end(items: list[Item], k: int) -> list[int] | None:
    """The head's lines (the date cells among them left out) when a head a cell a line ends at ``k``."""
    at: list[int] = []
    for j in range(k, max(-1, k - _HEAD_SPAN), -1):
        it = items[j]
        if not isinstance(it, Line) or it.marker is not None:
            break
        if _bare(it) is None or j == k:
            at.insert(0, j)
    n = part_head_cells([items[j].text for j in at])  # type: ignore[union-attr]
    return at[-n:] if n else None


def gather_spanning_dates(items: list[Item], is_heading: Callable[[Line], bool]) -> list[Item]:
    """``items`` with each block's one year cell and one month cell set on a line after its head."""
    out = list(items)
    k = 0
    while k < len(out):
        head = _head_end(out, k) if isinstance(out[k], Line) else None
        if head is None:
            k += 1
            continue
        end = k + 1
        while (
            end < len(out)
            and isinstance(out[end], Line)
            and not is_heading(out[end])
            and _head_end(out, end) is None
        ):  # type: ignore[arg-type]
            end += 1
        dates = [j for j in range(head[0], end) if j not in head and _bare(out[j]) is not None]
        kinds = [_bare(out[j]) for j in dates]
        if kinds.count("year") == 1 and kinds.count("month") <= 1:
            year, month = (
                next(out[j] for j in dates if _bare(out[j]) == kind) if kind in kinds else None
                for kind in ("year", "month")
            )
            first: Line = year  # type: ignore[assignment]
            line = Line(
                text=" ".join(x.text.strip() for x in (year, month) if isinstance(x, Line)),
                marker=None,
                indent=first.indent,
                source=first.source,
            )
            kept = [it for j, it in enumerate(out[head[0] : end], head[0]) if j not in dates]
            at = k + 1 - head[0] - sum(1 for j in dates if j < k)
            out[head[0] : end] = [*kept[:at], line, *kept[at:]]
            end = head[0] + len(kept) + 1
        k = end
    return out
