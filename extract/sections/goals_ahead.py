"""The goals a card prints after its achievements, read ahead for the achievements: the sub-projects the goal
rows name tell a block heading naming one (``㈀ 아이돌봄 지원사업`` over ``A) ...`` items) from an item
(``achievements._project_block``), wherever the goals stand.

The goals are read once: the read made ahead (:class:`GoalsAhead`) stands for the goals section's own where
its items and what of the context the read depends on (:func:`~pledgecard.extract.sections.goals.goals_basis`)
are unchanged when the section's turn comes (:func:`goals_read_ahead`); else the section is read again."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pledgecard.extract.card_results import Section
from pledgecard.extract.layout import Item
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.goals import goals_basis


@dataclass(frozen=True, slots=True)
class GoalsAhead:
    """A goals section read ahead: the section, its items and the basis of the context it was read under, and
    the read."""

    section: Section
    items: tuple[Item, ...]
    basis: tuple[Any, ...]
    result: SectionResult

    def goals(self) -> list[dict[str, Any]]:
        return list(self.result.value.get("goals") or [])


def read_goals_ahead(
    sections: Sequence[Section], i: int, ctx: SectionContext, before: GoalsAhead | None = None
) -> GoalsAhead | None:
    """The read of the first goals section after section ``i`` under ``ctx`` (the context section ``i`` is
    read under, its heading the goals') when ``ctx.record`` holds no goals yet; None otherwise. ``before``: a
    read made ahead for an earlier section (a second achievements block), kept where it stands."""
    from pledgecard.extract.sections.registry import SECTIONS

    if ctx.record.get("goals"):
        return None
    later = next((s for s in sections[i + 1 :] if s.name == "goals"), None)
    if later is None:
        return None
    ahead = replace(ctx, heading=later.heading)
    if before is not None and goals_read_ahead(before, later, later.items, ahead) is not None:
        return before
    items = tuple(later.items)
    return GoalsAhead(later, items, goals_basis(ahead), SECTIONS["goals"].extract(list(items), ahead))


def with_goals(record: dict[str, Any], ahead: GoalsAhead | None) -> dict[str, Any]:
    """``record`` with the goals read ahead when it holds none yet (a copy, the goals copied too: the record
    itself gets its goals where they stand); ``record`` itself otherwise."""
    goals = ahead.goals() if ahead is not None and not record.get("goals") else []
    return {**record, "goals": copy.deepcopy(goals)} if goals else record


def goals_read_ahead(
    ahead: GoalsAhead | None, section: Section, items: Sequence[Item], ctx: SectionContext
) -> SectionResult | None:
    """The read made ahead when it stands for ``section``'s own under ``ctx``: the same section, the same items
    (each the very one), a context of the same basis; None when the section is to be read."""
    if (
        ahead is None
        or ahead.section is not section
        or len(items) != len(ahead.items)
        or any(a is not b for a, b in zip(items, ahead.items, strict=True))
        or goals_basis(ctx) != ahead.basis
    ):
        return None
    return ahead.result
