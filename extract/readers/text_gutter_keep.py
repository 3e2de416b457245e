"""Which one-syllable lines at a page's edge are a syllable of a gutter label (a section name printed down a narrow
left column a syllable a line: ``성`` / ``과`` / ``목`` / ``표``), not a running mark: read down the gutter's
syllables (lines opening at the left edge with one syllable, the lines between passed over, across a page
break), the syllable is part of a known section name there (``과`` of 성과목표 ending page 1).
Another one-syllable line alone at a page's edge may be left out of the name (a running mark between ``과`` and
``목`` at the break). A one-syllable mark atop or under every page (a draft's ``안``, a form's ``갑``) names no section
with its neighbours and stays a running mark to drop."""

from __future__ import annotations

from itertools import combinations

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import TLine, is_page_number
from pledgecard.normalize.text import is_syllable

EDGE = 3  # columns: a gutter's syllable opens its line at most this far in
LONGEST = 10  # syllables: the longest section name read down a gutter
SKIPS = 2  # page-edge lines a name may pass over (a mark atop one page, under another)


def _syllable(ln: TLine) -> str | None:
    """The syllable a line opens with at the left edge (alone, or before a gap and the content beside it)."""
    if ln.blank or not ln.segs or ln.segs[0].c0 > EDGE:
        return None
    text = ln.segs[0].text.strip()
    return text if is_syllable(text) else None


def _edges(lines: list[TLine]) -> set[int]:
    """Indexes of the first and last printed lines of each page (a page number or a form feed parts pages)."""
    pages: list[list[int]] = [[]]
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        if is_page_number(ln):
            pages.append([])
            continue
        if pages[-1] and lines[pages[-1][-1]].page != ln.page:
            pages.append([])
        pages[-1].append(k)
    return {k for idx in pages if idx for k in (idx[0], idx[-1])}


def gutter_syllables(lines: list[TLine]) -> set[str]:
    """The texts of one-syllable lines that complete a section name read down their gutter run."""
    # the gutter's syllables in order, the content lines between them passed over (a table's rows beside
    # ``계`` and ``획``, a page's head row between ``과`` and ``목``)
    run = [(k, syl) for k, ln in enumerate(lines) if (syl := _syllable(ln)) is not None]
    edges = _edges(lines)
    keep: set[str] = set()
    for n, (k, syl) in enumerate(run):
        if lines[k].text.strip() == syl and syl not in keep and _names(lines, run, n, edges):
            keep.add(syl)
    return keep


def _names(lines: list[TLine], run: list[tuple[int, str]], n: int, edges: set[int]) -> bool:
    """Whether run[n] is a syllable of a section name read down ``run`` (page-edge lines alone may be passed over)."""
    lo, hi = max(0, n - LONGEST - SKIPS), min(len(run), n + LONGEST + SKIPS + 1)
    loose = [
        i
        for i in range(lo, hi)
        if i != n and run[i][0] in edges and lines[run[i][0]].text.strip() == run[i][1]
    ]
    for r in range(min(SKIPS, len(loose)) + 1):
        for left_out in combinations(loose, r):
            seq = [i for i in range(lo, hi) if i not in left_out]
            at = seq.index(n)
            for a in range(max(0, at - LONGEST + 1), at + 1):
                for b in range(at + 1, min(len(seq), a + LONGEST) + 1):
                    if section_of("".join(run[i][1] for i in seq[a:b])) is not None:
                        return True
    return False
