"""A goal table whose target and actual cells a layout dump printed one space apart, so the table
reader joined them into the target's cell and left the actual's empty (``공정률 80% 공정률 73%`` under
목표, nothing under 실적; mutant 3970 layout): the target's text then held the actual's figure and the
goal had no actual. The cell is parted only where the row's printed 달성률 proves the parting (the
second figure over the first, within two points); else it stays as printed."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import RATE, is_value_token, rate_agrees, value_unit


def parted_target(target: str, rate: str) -> tuple[str, str] | None:
    """(target, actual) of a target cell holding both, each ending with a figure and its unit of the
    same measure, parted after the first figure, where ``rate`` (the row's 달성률 cell) agrees; None
    when the cell is not so or the rate does not prove it."""
    m = RATE.match(rate.strip())
    toks = target.split()
    at = [i for i, t in enumerate(toks) if is_value_token(t)]
    if m is None or len(at) != 2 or at[1] != len(toks) - 1:
        return None
    left, right = " ".join(toks[: at[0] + 1]), " ".join(toks[at[0] + 1 :])
    if not rate_agrees(float(m.group(1)), left, right) or value_unit(toks[at[0]]) != value_unit(toks[at[1]]):
        return None
    return left, right
