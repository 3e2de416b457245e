"""A channel table a dump printed a cell a line, the total's word (계) the first label but its count
the last of the run (pdftotext: ``계`` / five channels / ``-`` / ``1`` / ``4`` / ``44`` / ``-`` /
``49회``): read in print order the total took the first channel's count and every channel the next
one's (total 0, experts 44, other 49).

The total's count is moved to the front only where the printed total proves it: the counts read
total-first do not add up to it, the counts read total-last do (every count a figure).
"""

from __future__ import annotations

from collections.abc import Callable


def total_moved_first(values: list[str], count: Callable[[str], int | None]) -> list[str]:
    """``values`` (the total's count then the channels', as printed a cell a line under a head opened by
    the total's word) with the last count put first where only that placement adds up (see the module);
    ``values`` as they are otherwise."""
    if len(values) < 3:
        return values
    nums = [count(v) for v in values]
    if any(n is None for n in nums):
        return values
    first, last = nums[0], nums[-1]
    if first == sum(nums[1:]) or last != sum(nums[:-1]):  # type: ignore[arg-type]
        return values
    return [values[-1], *values[:-1]]
