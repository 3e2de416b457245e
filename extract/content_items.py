"""The item lines of a block, told from the lines that only frame items: a group's title over the deeper items it
gathers (``○ 실증센터 운영`` over ``－ 설계 용역 완료 : 2026. 6월``) and a side table a dump printed a row a line (a
head line of labels over rows numbered 1, 2, 3). A block's content is judged by its items (are they dated before
the reporting point or after it?): its titles and its tables' rows carry no date of their own."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.markers import marker_level


def _group_title(line: Line, following: Line | None) -> bool:
    """A bulleted line the next line's deeper bullet puts items under."""
    level, deeper = marker_level(line.marker), marker_level(following.marker) if following else None
    return level is not None and deeper is not None and deeper > level


def _numbered_rows(lines: list[Line], at: int) -> int:
    """How many lines from ``at`` are a side table's numbered rows (unmarked, the first word 1, 2, 3 ... in turn)."""
    n = 0
    while (
        at + n < len(lines)
        and lines[at + n].marker is None
        and lines[at + n].text.split()[:1] == [str(n + 1)]
    ):
        n += 1
    return n


def _table_head(line: Line) -> bool:
    """A head line: unmarked, three or more words, none holding a digit."""
    words = line.text.split()
    return line.marker is None and len(words) >= 3 and not any(ch.isdigit() for ch in line.text)


def item_lines(lines: list[Line]) -> list[Line]:
    """``lines`` without group titles and without the head and rows of side tables numbered 1, 2, ... (two rows
    at least under a head line)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if _table_head(ln) and (rows := _numbered_rows(lines, k + 1)) >= 2:
            k += 1 + rows
            continue
        if not _group_title(ln, lines[k + 1] if k + 1 < len(lines) else None):
            out.append(ln)
        k += 1
    return out
