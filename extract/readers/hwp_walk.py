"""What a walker over an HWP or HWPX body keeps while it reads, for both readers (:mod:`.hwp`,
:mod:`.hwpx`): the numbering counters, the section's outline numbering, the table count (tables
are numbered in document order), the page furniture read so far, the notes held for after a
table, and whether the walk is inside a note's text; and the one way both read a header's or
footer's text into the furniture."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import Generic, TypeVar

from pledgecard.extract.document import Source
from pledgecard.extract.readers.hwp_blocks import BlockList
from pledgecard.extract.readers.hwp_numbering import Level, NumberCounter

ListT = TypeVar("ListT")  # a list of paragraphs as the format holds it (records, or a sub-list element)


class WalkState(ABC, Generic[ListT]):
    """The state both body walkers share (see the module doc)."""

    def __init__(self, numberings: dict[int, list[Level]]) -> None:
        self.numbers = NumberCounter(numberings)
        self.outline: int | None = None  # the section's outline numbering
        self.tables = 0
        self.furniture = BlockList()
        self.held: BlockList | None = None  # the notes of a table's cells, read after the table
        self.in_note = 0  # inside a note's text: its number is printed (it opens the note's line)

    @abstractmethod
    def _list(self, paras: ListT, out: BlockList, src: Source) -> None:
        """Read a list of paragraphs into ``out``."""

    def _furniture(self, lists: Iterable[ListT], src: Source) -> None:
        """A header's or footer's text into ``furniture``; its tables do not count in the body's
        table numbers (cell addresses stay those of the body)."""
        tables = self.tables
        for paras in lists:
            self._list(paras, self.furniture, src)
        self.tables = tables
