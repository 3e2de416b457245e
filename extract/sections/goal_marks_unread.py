"""A goal year a text dump's goals section prints on a line of its own (``<2024>``, ``2024년``: a row group's year or
a year cell laid out a line) that no goal read carries: a goal the reading lost, said.

Class (session 44, convwrong sweep): a PDF's goal table dumped by a stream converter (pdf2txt, pdftotext -raw)
prints a cell a line, a page's footer amid one group's cells (``<2024>`` / ``완료`` / ``- 1 -`` / its target after the
break); the reader placed the other groups' rows and dropped that group's with no word (garam-metro 22, pdf2txt).
The goals read are right, but the one lost leaves a reviewer nothing to tell a year the card did not print from a
year the reading lost, and the shared counter pairs the lost goal's target with another year's like it (a wrong
figure by its count). Where goals were read and a year printed alone on a line of the section is in no goal read,
the section's goals carry an ``extract.table_unrecovered`` finding naming the years.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_patterns import year_mark
from pledgecard.extract.vocabulary import current, year_of


def mark_year(text: str) -> int | None:
    """The year of a line that prints a year alone (``<2024>``, ``[2025 년 ]``, ``2024년``), else None."""
    vocab = current()
    m = vocab.year_re.fullmatch(text.replace(" ", "")) or vocab.build(year_mark).fullmatch(text.strip())
    return year_of(m) if m else None


def _shape(text: str) -> str:
    """A mark line's shape: its digits each ``#``, spacing aside (``<2024>`` -> ``<####>``)."""
    return re.sub(r"\d", "#", text.replace(" ", ""))


def unread_mark_finding(lines: list[Line], goals: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The finding that years ``lines`` print alone are in none of ``goals`` (some read); None when every one is."""
    if not goals:
        return None
    read = {g.get("year") for g in goals}
    marks = [(y, ln) for ln in lines if (y := mark_year(ln.full_text)) is not None]
    # a lost year is one in the place of the table's row marks: of the shape the read goals' own marks are printed
    # in, or inside the years the read goals span; a year cell under another head (기준연도 -> ``2020년``, a
    # completion year) is neither (review mendcv); no goal read carrying a year, every year alone is one the
    # reading did not carry
    shapes = {_shape(ln.full_text) for y, ln in marks if y in read}
    years = [y for y in read if isinstance(y, int)]
    lost = [
        (y, ln)
        for y, ln in marks
        if y not in read and (not years or _shape(ln.full_text) in shapes or min(years) < y < max(years))
    ]
    if not lost:
        return None
    return goals_unrecovered(
        "goals",
        "the goals section prints a year on a line of its own (a row group's year or a year cell) and no goal read "
        "is of that year: its row was lost by the reading, its figures not in the record",
        observed={"years": sorted({y for y, _ in lost})},
        source=lost[0][1].source,
    )
