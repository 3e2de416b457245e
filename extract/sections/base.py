"""The one interface every section extractor implements.

A section extractor reads the items under one heading and returns a :class:`SectionResult`:
the record fields it fills (``value``), where each figure came from (``provenance``, keyed by
:class:`Loc` *relative to the section*: list indices count from the section's own first item),
the items it did not place (``rest``) and the reporting dates it saw (``dates``). The
registry (:mod:`pledgecard.extract.sections.registry`) turns the relative locations into record paths
in one place, so two sections filling the same list never overwrite each other's provenance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pledgecard.extract.as_of import as_of_year, card_as_of, reported_year
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item, Line


class Loc(NamedTuple):
    """A place in the record relative to a section: ``Loc("achievements", 2)`` is the section's
    third item, ``Loc("overview", sub="period")`` is ``overview.period``."""

    field: str
    index: int | None = None
    sub: str = ""

    def path(self, offset: int = 0) -> str:
        """``Loc("achievements", 2).path(3)`` -> ``'achievements[5]'``."""
        out = self.field
        if self.index is not None:
            out += f"[{self.index + offset}]"
        if self.sub:
            out += f".{self.sub}"
        return out


@dataclass(slots=True)
class SectionResult:
    value: dict[str, Any]  # record field -> what the section read for it
    provenance: dict[Loc, Source] = field(default_factory=dict)
    rest: list[Item] = field(default_factory=list)  # items the section did not place
    dates: list[dict[str, Any]] = field(default_factory=list)  # reporting dates it saw
    # extract findings the section made of what it read (record paths absolute: funding.rows[2])
    findings: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class SectionContext:
    """What a section may know beyond its own items."""

    heading: str | None = None
    record: dict[str, Any] = field(default_factory=dict)  # the fields filled so far
    lexicon: str = ""  # the card's words, to judge where a dump broke a word
    # the one money unit the card states on a line of its own, wherever it stands (a dump that
    # printed the funding table's `(단위 : 백만원)` above the heading); None when none or several
    card_unit: str | None = None
    # line ranges of a text dump's aligned blocks the reader could not place in columns with
    # certainty (kept as text rows): no figure is read column by column from their lines
    unaligned: tuple[tuple[int, int], ...] = ()
    # lines of the card after the funding section printing nothing but a period label ('27, 2029년):
    # a funding header's last labels a dump printed past the table (after the page's footer)
    stray_periods: tuple[str, ...] = ()
    # the lines of nothing but amounts printed right after those period labels: their columns' cells
    stray_amounts: tuple[Line, ...] = ()
    # lines closing the card after the outreach section printing nothing but one count each: the channel
    # table's last cells a dump printed past the page's footer, after the sections below the table
    stray_counts: tuple[Line, ...] = ()
    # glyphs the card uses at another depth than most cards (extract/heading_shapes.py card_levels): a
    # box (❏) bulleting items on a card that heads its sections otherwise is an item's bullet here
    levels: dict[str, int] = field(default_factory=dict)
    # goal projects the file's card of the same pledge for another quarter reads (extract/pledge_siblings.py)
    pledge_projects: frozenset[tuple[str, ...]] = frozenset()
    # the dates the sections read before this one stated for the card (the header's as-of date)
    dates: tuple[dict[str, Any], ...] = ()
    # those the header area stated (its title's reported quarter, its as-of date)
    header_dates: tuple[dict[str, Any], ...] = ()
    # text dumps: the line number each page after the first starts on (Document.page_starts)
    page_starts: tuple[int, ...] = ()
    # text dumps: the line numbers of the page furniture dropped (page numbers, running lines: Document.furniture)
    furniture_lines: tuple[int, ...] = ()
    # the pages read by OCR (Document.ocr_pages): a figure's digits there may be misread (a point or comma lost)
    # where a printed figure elsewhere is the card's own, right or wrong
    ocr_pages: tuple[int, ...] = ()

    def as_of_year(self) -> int | None:
        """The year of the card's as-of date among the dates read so far (:func:`pledgecard.extract.as_of.as_of_year`,
        the rule of the record's ``as_of``), or None."""
        return as_of_year(list(self.dates))

    def header_point(self) -> dict[str, Any] | None:
        """The reporting point the header area states (:func:`pledgecard.extract.as_of.card_as_of` of
        ``header_dates``: its latest, a printed date never guessed), or None where it states none. Read before the
        record's ``as_of`` is set (that waits for every section), so a section can test a date against it."""
        out: dict[str, Any] | None = card_as_of(list(self.header_dates))
        return out

    def reported_year(self) -> int | None:
        """The year of the quarter the card reports (:func:`pledgecard.extract.as_of.reported_year`: the header's
        quarter when the as-of date is in it or right after it), else the as-of year; None when no date is known.
        The year of a table that states none but is the review's own (a goal table of the year's quarters)."""
        return reported_year(list(self.header_dates), list(self.dates))

    def in_unaligned(self, line: int | None) -> bool:
        return line is not None and any(a <= line <= b for a, b in self.unaligned)


Extractor = Callable[[list[Item], SectionContext], SectionResult]
Rebase = Callable[[dict[str, Any], dict[str, int]], None]


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """A registered section: its name (the vocabulary's section key), the record fields it fills
    with their empty values, its extractor, and whether several sections of this name add up
    (two 추진실적 blocks) rather than the second being left unread."""

    name: str
    empty: Callable[[], dict[str, Any]]
    extract: Extractor
    repeatable: bool = False
    rebase: Rebase | None = None  # shifts indices inside the value when appended after others
