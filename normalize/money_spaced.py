"""A budget part's figure that OCR split at its thousands separator (``시비 8, 867``: ``8,867`` read with a space
after the comma).

Class of card fixed (session 35): dallae-city 84001 scanned prints ``30,512백만원(국비 11,426, 도비 10,219, 시비
8,867)``, OCR'd ``시비 8, 867``: the part's amount ended at the comma and read 8 백만원, a figure nobody printed (one
wrong figure). A part's figure followed by a comma, space and a piece of exactly three digits that names no source
(no label: no part of its own) is one figure cut by the space: its text runs on to those digits, so no amount reads
from it (:mod:`.money_separators` reads its digits only where every part then adds up to the total, else it stays
null with its printed text).
"""

from __future__ import annotations

import re

# a comma, space(s), three digits and the end of the piece (the bracket's end or the next piece's comma, slash or dot)
_CUT_GROUP = re.compile(r",\s+\d{3}(?![\d.])(?=\s*$|\s*[,，;/·ㆍ]\s*(?!\d))")


def cut_group(rest: str) -> str | None:
    """The text that continues a part's figure where ``rest`` (the parts text after it) opens with a space-cut
    thousands group (``", 867"`` -> ``", 867"``), else None (``", 도비 3"``, ``", 8670"``, ``",867"``)."""
    m = _CUT_GROUP.match(rest)
    return m.group(0) if m else None
