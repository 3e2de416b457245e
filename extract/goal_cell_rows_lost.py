"""Goal rows a dump printed one cell a line (pdftotext, pdf2txt, hwpx-text-extract) that the goals section saw and
left unread: the row's cells, a figure among them, then its status cell alone on its line, none of those lines
in a goal read. A row printed on one line has its own finding (``coverage.goal_rows_unread``); a row printed a
cell a line came out of the record with no word before (mulbit-city 62003 pdftotext: ``2023`` / ``아이돌봄 지원`` /
``4.5km`` / ``사업`` / ``3.7km`` / ``82%`` / ``완료``, its project's lines mixed with its target's): one finding
at each such row's status cell, so a reviewer can tell a row the card does not print from one the reading lost."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_values import is_status_cell


def goal_cell_rows_unread(
    rest: list[Line], read: Mapping[int, object], headings: Mapping[int, str | None]
) -> list[dict[str, Any]]:
    """One ``extract.table_unrecovered`` finding (at ``goals``) for each goal row of ``rest`` (the goals
    section's lines left unread, in order) printed a cell a line: a lone status cell, its line and the lines
    since the last status cell in no goal read (``read``: the lines goals were read from, by number), one of
    those lines holding a figure (a target's, an actual's or a rate's: a row's cells, not a legend's word)."""
    out: list[dict[str, Any]] = []
    cells: list[Line] = []
    for ln in rest:
        n = ln.source.line_start
        if n is None or n in read:
            cells = []
            continue
        text = ln.full_text.strip()
        if not is_status_cell(text):
            cells.append(ln)
            continue
        if any(any(ch.isdigit() for ch in c.full_text) for c in cells):
            first = cells[0]
            section = headings.get(id(ln))
            shown = " / ".join(c.full_text.strip()[:20] for c in [*cells[:6], ln])
            out.append(
                goals_unrecovered(
                    "goals",
                    f"a goal row printed a cell a line ('{shown}') does not show which cell is which column: the goal "
                    f"is not read, its text is kept in unparsed"
                    + (f" (section '{section}')" if section else ""),
                    observed=section,
                    source=Source(line_start=first.source.line_start, line_end=n),
                )
            )
        cells = []
    return out
