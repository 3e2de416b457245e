"""An outreach table's label column the PDF reader split in two: the channels' labels set flush left in one column
and the centred ones (``구 분``, ``계``) a column to the right, each row printing in one of the two only (mutant 3339:
``| 계 | 2회`` beside ``간담회, 공청회 등 | | －``): the total row's label not in the first column, the total unread.
The two columns are one again where no row prints in both and the second holds no count."""

from __future__ import annotations

from pledgecard.extract.sections.outreach_words import is_value_line


def labels_joined(grid: list[list[str]]) -> list[list[str]]:
    """``grid`` with its first two columns one where they are a label column split in two: every row prints in one
    of them at most, rows print in each, and the second holds no count; ``grid`` itself otherwise."""
    if len(grid) < 3 or any(len(r) < 3 for r in grid):
        return grid
    first = [r[0].strip() for r in grid]
    second = [r[1].strip() for r in grid]
    if (
        any(a and b for a, b in zip(first, second, strict=True))
        or not any(first)
        or not any(second)
        or any(is_value_line(b) for b in second if b)
    ):
        return grid
    return [[r[0].strip() or r[1].strip(), *r[2:]] for r in grid]
