"""What a walker over an HWP or HWPX body keeps while it reads, for both readers (:mod:`.hwp`,
:mod:`.hwpx`): the numbering counters, the section's outline numbering, the table count (tables
are numbered in document order), the page furniture read so far, the notes held for after a
table, and whether the walk is inside a note's text; and the one way both read a header's or
footer's text into the furniture and add a table with its cells' notes after it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from pledgecard.extract.document import Source
from pledgecard.extract.readers.hwp_blocks import BlockList, RawCell, make_table
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
        self.struck: list[
            tuple[str, Source]
        ] = []  # runs printed struck through, left out (readers/struck.py)

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

    def _add_table(
        self,
        out: BlockList,
        src: Source,
        index: int,
        n_rows: int,
        n_cols: int,
        read_cells: Callable[[], list[RawCell]],
    ) -> None:
        """Table ``index``, its cells read by ``read_cells``, into ``out``; the outermost table's
        cells' notes (held while its cells are read) follow it."""
        outer = self.held is None  # the outermost table reads its cells' notes after it
        if outer:
            self.held = BlockList()
        raw_cells = read_cells()
        table_src = Source(section=src.section, paragraph=src.paragraph)
        out.add_table(make_table(index, raw_cells, n_rows, n_cols, table_src))
        if outer:
            out.extend(self.held or BlockList())
            self.held = None
