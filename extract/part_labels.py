"""A funding part's row label: a part's mark, then the part's name (``- 균특`` -> ``균특``; vocabulary
``[funding_sub_rows] marks``), the row printed under its source's row as a breakdown of it. Readers
and sections both read it, so it stands here, beside the other funding-cell reading both share."""

from __future__ import annotations

from pledgecard.extract.vocabulary import current


def part_label(text: str) -> str | None:
    """The label after a part's dash (``'- 기금'`` -> ``'기금'``), else None (no mark, nothing after it,
    or a figure after it: ``-1,234`` is a number)."""
    c = text.strip()
    mark = next((m for m in current().words("funding_sub_rows", "marks") if c.startswith(m)), None)
    rest = c[len(mark) :].strip() if mark is not None else ""
    return rest if rest and not rest[0].isdigit() else None
