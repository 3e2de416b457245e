"""A section title set one character a line (a label drawn vertically or turned, ``Ⅳ`` / ``)`` / ``투`` / ``자`` /
``계`` / ``획`` / ``(`` / ``단`` / ``위`` ...) prints lone glyphs a line just as a turned watermark does, and it
recurs wherever the template recurs: the same pledge reported in two quarters in one file prints it on both cards'
pages in the same order. Such a run is the page's own heading, never a watermark's copy.

The class: a run of consecutive printed lines of one character each whose syllables, read down or up, hold a label
the vocabulary knows as a section's (:func:`pledgecard.extract.labels.section_of`) is a title: its lines are kept out
of the watermark's glyph lines (:mod:`pledgecard.extract.readers.text_recurring_glyphs`), whole, its number,
brackets and unit with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.labels import section_of
from pledgecard.normalize.text import is_syllable

_MIN_LABEL = (
    3  # syllables of a section's label at least (two, 개요 / 재원, fall in a watermark's words by chance)
)
_MAX_LABEL = 12  # syllables of a section's label at most (runs of hundreds of lines: no quadratic search)


def _names_section(syllables: str) -> bool:
    """Whether ``syllables`` hold a section's label anywhere."""
    n = len(syllables)
    return any(
        section_of(syllables[a:b])
        for a in range(n)
        for b in range(a + _MIN_LABEL, min(n, a + _MAX_LABEL) + 1)
    )


def spelled_titles(page: Sequence[str]) -> set[int]:
    """Indices of ``page``'s lines (its printed lines in order) in a run of one-character lines spelling a
    section's title read down or up."""
    out: set[int] = set()
    k = 0
    while k < len(page):
        if len(page[k].strip()) != 1:
            k += 1
            continue
        j = k
        while j < len(page) and len(page[j].strip()) == 1:
            j += 1
        syllables = "".join(c for c in (page[i].strip() for i in range(k, j)) if is_syllable(c))
        if len(syllables) >= _MIN_LABEL and (_names_section(syllables) or _names_section(syllables[::-1])):
            out.update(range(k, j))
        k = j
    return out
