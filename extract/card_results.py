"""What reading a card gives: its sections as cut (:class:`Section`), how each was read
(:class:`SectionRead`) and the card's record with its provenance and findings (:class:`CardResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item
from pledgecard.record import CardRecord


@dataclass(slots=True)
class Section:
    name: str | None  # None for the header region and for unknown headings
    heading: str | None
    items: list[Item] = field(default_factory=list)
    then: tuple[str, ...] = ()  # the other sections a combined heading named (향후계획 및 기대효과)
    shaped: bool = False  # headed by a line of the card's heading shape whose title no vocabulary names
    opener: Item | None = None  # a bullet line naming a section, right under such a heading
    at: Source | None = None  # where its heading was printed (heading_stacks: stacked in the file itself)
    # the glyph of the line that opened it by its name (None: unmarked; "": no such line, or a table's)
    opened_by: str | None = ""


@dataclass(slots=True)
class SectionRead:
    """How one section of a card was read (for ``pledgecard inspect``): the section as cut (its
    items after tables moved to the section their content names), the extractor that read it
    (``None``: an unknown heading, or a section met twice) and the items it left unplaced."""

    section: Section
    reader: str | None
    rest: list[Item] = field(default_factory=list)
    read: bool = False  # the extractor placed something in the record


@dataclass(slots=True)
class CardResult:
    record: CardRecord
    provenance: dict[str, Any]
    # What the extractor missed (extract.section_empty, extract.table_unassigned,
    # extract.low_coverage), shaped as validation findings without card_id / check
    findings: list[dict[str, Any]] = field(default_factory=list)
    sections: list[SectionRead] = field(default_factory=list)  # how each section was read
