"""An outreach table's head a dump printed a line at a time across its cells: two labels or more wrapped over two
lines print their first lines, then their rests together (``간담회, 공청회`` / ``민간전문가 자`` / ``등`` / ``문``),
and a label of one line, set in the middle of the row's height, prints apart from both (pdftotext's default mode
put ``만족도 조사`` / ``언론 홍보`` before them, past a page break). The head's printed order is then its lines', not
its columns': which count stands under which label the print does not tell, so none is read (haneul-city 18037
pdftotext dealt the five channels' counts to the labels in printed order: four counts read wrong)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.outreach_words import category_of, is_total_label
from pledgecard.normalize.text import fold

PIECE_MOST = 2  # letters a wrapped label's rest holds at most to count as a lone piece (``등``, ``문``)


def _piece(text: str) -> bool:
    """A wrapped label's rest on a line of its own: a letter or two naming no channel and no total."""
    t = fold(text).strip()
    return (
        re.fullmatch(rf"[가-힣]{{1,{PIECE_MOST}}}", t) is not None
        and not category_of(t)
        and not is_total_label(t)
    )


def pieces_run_after_labels(header_parts: list[str]) -> bool:
    """Whether the head's lines hold a run of two lone pieces or more after two labels or more: the rests of
    wrapped labels printed together after their first lines (see the module)."""
    labels = 0
    run = 0
    for part in header_parts:
        if _piece(part):
            run += 1
            if run >= 2 and labels >= 2:
                return True
            continue
        run = 0
        labels += bool(category_of(fold(part)))
    return False
