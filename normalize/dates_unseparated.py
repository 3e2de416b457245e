"""A day printed with no separator between its year, month and day (``20260319``), or read so from a scan whose
points OCR lost (``2026.03.19.`` OCR'd ``2026 03 19``), closing an item's line.

Class of card fixed (session 35): dallae-city prints its achievements' days ``: 2026.03.19.``; printed 2-up and
scanned, the colon and the points were lost (``... 제도 개선 2026 03 19``): no date, the item's text carrying it
(dallae-city 101 2-up scan). Read only where unambiguous: a four-digit year (19xx, 20xx), a two-digit month and a
two-digit day each zero-padded (``03``, never ``3``: a count or an amount is not padded), either all run together or
each apart by one blank, closing the text, a real calendar day, and the text before it no figure's run (no digit,
comma or point touching the year). The date keeps the text as read for its raw.
"""

from __future__ import annotations

import re
from datetime import date

from pledgecard.normalize.dates import parse_date

_DAY = re.compile(
    r"(?:^|(?<=[\s:：]))(?P<y>(?:19|20)\d{2})(?P<sep> ?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])\.?\s*$"
)


def trailing_unseparated(text: str) -> tuple[str, dict] | None:
    """``'제도 개선 2026 03 19'`` -> ``('제도 개선', <2026-03-19>)``: the text before the day (a colon before it
    dropped) and the day's date object; None where the text does not close on such a day."""
    m = _DAY.search(text)
    if m is None:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    head = text[: m.start()].rstrip().rstrip(":：").rstrip()
    if not head:
        return None
    got = parse_date(f"{y}.{mo:02d}.{d:02d}.")
    got["raw"] = m.group(0).strip()
    return head, got
