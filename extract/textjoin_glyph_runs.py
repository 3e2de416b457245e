"""Numbered headings behind the glyph of the card's known headings (``▩ 1. 사업 개요`` then ``▩ 2. 재원별 예산 확보
및 집행 현황``): the next of the run is a heading too, its title in no vocabulary, and nothing below it is its
wrapped rest (the funding table's head row under it, crossbred 9102 txt)."""

from __future__ import annotations

from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.textjoin_shapes import numbered_section

# (glyph, numbering style) -> the numbers of the run printed so far
GlyphRuns = dict[tuple[str, str], set[int]]


def note_run(marker: str | None, text: str, runs: GlyphRuns) -> None:
    """Record a line printed alone (in place): a numbered heading naming a known section behind a glyph opens
    a run, a titled line numbered next behind the same glyph goes on with it."""
    hn = heading_number(text) if marker is not None else None
    if marker is None or hn is None:
        return
    if numbered_section(text) or in_run(marker, text, runs):
        runs.setdefault((marker, hn[0]), set()).add(hn[1])


def in_run(marker: str | None, text: str, runs: GlyphRuns) -> bool:
    """Whether a line behind ``marker`` is a short title numbered right after a heading of the run behind that
    very glyph, in the same numbering."""
    hn = heading_number(text) if marker is not None else None
    return (
        marker is not None
        and hn is not None
        and hn[1] > 1
        and titleish(hn[2])
        and hn[1] - 1 in runs.get((marker, hn[0]), set())
    )
