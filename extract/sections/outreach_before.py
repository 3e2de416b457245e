"""A channel table a dump printed before its own heading, amid another section, its heading's section left empty
(pdftotext's default mode of a page set in newspaper columns, every section a labelled box: the goal table's cells,
then the channel table a cell a line, ``계`` / ``주민간담`` / ``회, 공청회`` / ``등`` / ... / ``75회`` / ``5(토론회)`` /
``1`` / ``2`` / ``64`` / ``3``, then the next headings, ``▩ 7. 기대효과`` / ``▩ 5. 시민 소통``).

:func:`outreach_printed_before` moves such a run into the empty outreach section only where it reads whole as a
channel table and its sums prove it: the run the fewest lines from a line naming the total or a channel that the
channel reader (:func:`~pledgecard.extract.sections.outreach_lines.from_lines`) reads, the total printed, every
channel's count read, three channels or more, the counts adding up to the total. Nothing else moves."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.extract.sections.outreach_words import category_of, count_cell, is_total_label
from pledgecard.normalize.text import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pledgecard.extract.card_results import Section

MIN_CHANNELS = 3  # channels a moved run names, at least
RUN_LINES = 40  # lines a channel table printed a cell a line spans, at most
LABEL_HEAD_LINES = 2  # lines a channel's label printed over before the line naming it, at most


def _proven(lines: list[Line]) -> bool:
    got = from_lines(lines)
    if got is None or got["total"] is None or len(got["items"]) < MIN_CHANNELS:
        return False
    counts = [it["count"] for it in got["items"]]
    return None not in counts and sum(c for c in counts if c is not None) == got["total"]


def _opens(ln: Line) -> bool:
    text = fold(ln.full_text).strip()
    return ln.marker is None and (is_total_label(text) or category_of(text) is not None)


def _cell(ln: Line) -> bool:
    """A line a table's cell printed a cell a line may be: no marker, or a marker alone (``-``: a blank count)."""
    return ln.marker is None or not ln.text.strip()


def _counts_in(ln: Line) -> int:
    """How many counts a line may print: its figures (a row of counts on one line: ``179회 3(공청회) 1 3 171 1``),
    or one for a marker alone (a blank count)."""
    return len(re.findall(r"\d+", ln.full_text)) or int(not ln.text.strip())


def proven_run(items: list[object]) -> tuple[int, int] | None:
    """The first run of ``items`` (plain lines) that reads whole as a channel table its sums prove: (start, end).
    Only runs ending on a line of counts and holding the total's and :data:`MIN_CHANNELS` channels' counts (as
    many figures or blank counts) are read (a table's last cell is a count; fewer count cells cannot add up): the channel reader
    is not run on every growing run of a long section."""
    for i, it in enumerate(items):
        if not isinstance(it, Line) or not _opens(it):
            continue
        j, counts = i + 1, 0
        while j < len(items) and j - i <= RUN_LINES and isinstance(items[j], Line) and _cell(items[j]):
            last = items[j]
            j += 1
            if isinstance(last, Line) and (here := _counts_in(last)):
                counts += here
                if counts > MIN_CHANNELS and _proven([x for x in items[i:j] if isinstance(x, Line)]):
                    return whole_run(items, i, j)
    return None


def _blank_counts_after(items: list[object], j: int) -> int:
    """The end of the blank counts (a dash or a nought alone on its line) printed right after ``items[:j]``: a
    cell a shift by one drops without breaking the sum (a count other than nought shifted out would break it)."""
    while (
        j < len(items)
        and isinstance(it := items[j], Line)
        and _cell(it)
        and (not it.text.strip() or count_cell(fold(it.full_text))[0] == 0)
    ):
        j += 1
    return j


def whole_run(items: list[object], i: int, j: int) -> tuple[int, int] | None:
    """The proven run ``items[i:j]`` made whole: a run the sums prove with blank counts printed right after it left
    out is no reading (its channels' counts shifted by one, the sum holding where the cell shifted out is a blank
    count: binnae-city 67035, pdftotext's default mode and pdf2txt, the first channel's label ``주민간담`` / ``회,
    공청회`` / ``등`` opened one line above the line naming it). The run is read to its last blank count, opened up to
    :data:`LABEL_HEAD_LINES` figure-less lines earlier (a label's first piece): the first start its sums prove
    wins; none proven, no run (the table stays unread)."""
    end = _blank_counts_after(items, j)
    if end == j:
        return i, j
    for start in range(i, max(-1, i - LABEL_HEAD_LINES - 1), -1):
        head = items[start]
        if start < i and not (
            isinstance(head, Line) and _cell(head) and not re.search(r"\d", head.full_text)
        ):
            break
        if _proven([x for x in items[start:end] if isinstance(x, Line)]):
            return start, end
    return None


def outreach_printed_before(sections: Sequence[Section]) -> None:
    """Move a channel table printed amid another section to the outreach section when that one holds nothing."""
    target = next((s for s in sections if s.name == "outreach"), None)
    if target is None or target.items:
        return
    for sec in sections[1:]:
        if sec is target:
            continue
        run = proven_run(list(sec.items))
        if run is not None:
            target.items = sec.items[run[0] : run[1]]
            sec.items = [*sec.items[: run[0]], *sec.items[run[1] :]]
            return


__all__ = ["outreach_printed_before", "proven_run", "whole_run"]
