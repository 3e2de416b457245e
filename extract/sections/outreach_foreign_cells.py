"""An outreach table's head, printed a cell a line, with another table's cells among its label lines: a converter
(pdfminer.six's ``pdf2txt.py``) printing the boxes of a page out of their order put the goal table's last cells
(``5.3km`` / ``4.9km`` / ``추진 중`` / ``공정률 100%`` ... ``80호 공급`` / ``-`` / ``미착수``) between the outreach head's
first label and its counts. Read as the head, the goal cells joined the first channel's label and the goal row's
dash (its actual, not started) was read as that channel's count, 0 (saebom-county 27013 pdf2txt: meetings 0, the
card printing 2).

A head line that is a figure with a unit of measure (``5.3km``, ``공정률 100%``: a value token, maybe after one
measure word) in a unit no outreach count is printed in (vocabulary ``[counts] outreach_units``) is no channel's
label: the lines mix another table's cells, and which count is whose is not printed there. A count in an outreach
unit (``(총 10회)`` printed over the table, ``10건``) is the outreach's own (review b of session 36: such a total
line had cost o2-lines-total-told its whole outreach)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.goal_values import value_unit
from pledgecard.extract.vocabulary import current


def foreign_cell(line: str) -> bool:
    """Whether a head line is a figure with a unit no outreach count uses, alone, after one word or before one (a
    target cut over lines, ``175호 공`` / ``급``: neulbit-county 105050 pdftotext read the goal table's cells as the
    first channel's label and the goal's year 2021 as its count): another table's cell."""
    toks = line.split()
    if not 1 <= len(toks) <= 2:
        return False
    units = current().words("counts", "outreach_units")
    return any((unit := value_unit(t)) is not None and unit not in units for t in {toks[0], toks[-1]})


def head_holds_foreign_cells(header_parts: Sequence[str]) -> bool:
    """Whether any of an outreach head's lines (those read before its counts) is another table's cell."""
    return any(foreign_cell(p) for p in header_parts)
