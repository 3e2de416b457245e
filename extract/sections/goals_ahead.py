"""The goals a card prints after its achievements, read ahead for the achievements: the sub-projects the goal
rows name tell a block heading naming one (``㈀ 아이돌봄 지원사업`` over ``A) ...`` items) from an item
(``achievements._project_block``), wherever the goals stand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.card_results import Section
from pledgecard.extract.sections.base import SectionContext


def with_goals_ahead(sections: Sequence[Section], i: int, record: dict[str, Any], lexicon: str,
                     card_unit: str | None) -> dict[str, Any]:
    """``record`` with the goals of the first goals section after section ``i`` when it holds none yet (a
    copy: the record itself gets its goals where they stand); ``record`` itself otherwise."""
    from pledgecard.extract.sections.registry import SECTIONS

    if record.get("goals"):
        return record
    later = next((s for s in sections[i + 1:] if s.name == "goals"), None)
    if later is None:
        return record
    ctx = SectionContext(heading=later.heading, record=record, lexicon=lexicon, card_unit=card_unit)
    goals = SECTIONS["goals"].extract(list(later.items), ctx).value.get("goals")
    return {**record, "goals": goals} if goals else record
