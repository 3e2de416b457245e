"""A funding table of sub-columns under each period (계획 | 확보 | 집행) closed by a share column of its own (구성비(%),
spanning the head's rows, no sub-columns), as a dump prints the head a cell a line: the first head row's cells (합계,
the periods, 구성비) amid the first period's sub-heads, so the share's word stands after the first pair word and was
taken for a sub-column derived from the pair (집행률 under every period). Counted into the sub-columns' order, it
shifted every later period's plan onto its second figure (dorae-county 68040, pdftotext's default mode: the 4th
year's 확보 3,195 read for its plan 3,923, 4 wrong). A sub-column derived from the pair stands under every period,
as many as the plan words; share words fewer or more are no sub-columns: they are left to the head's own share
columns (funding_stream's ``tail``)."""

from __future__ import annotations

from pledgecard.extract.sections.funding_pair_order import pairs_out_of_order

DERIVED = "derived"
PLAN = "plan"


def lone_shares_out(kinds: list[str]) -> list[str]:
    """The sub-column kinds ``kinds`` (plan, second, derived, in printed order) without the derived ones where they
    are not one under every period (as many as the plan words), the head opens with the plan and the rest stand in
    order (one period's order throughout, funding_pair_order); ``kinds`` as they are otherwise: a head opening with
    another figure is out of order, and dropping a share word cannot put it in order (mutant 3826 pdftotext: 확보
    printed on the periods' line before 구성비 stays out of order, no figure placed)."""
    n = kinds.count(DERIVED)
    if not n or n == kinds.count(PLAN):
        return kinds
    out = [k for k in kinds if k != DERIVED]
    return kinds if kinds[0] != PLAN or pairs_out_of_order(out) else out


__all__ = ["lone_shares_out"]
