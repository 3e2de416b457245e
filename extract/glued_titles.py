"""A heading number of one glyph printed with no space and no punctuation before its title (``Ⅲ성과목표 달성현황``,
``Ⅱ재원투자``): no number of :func:`~pledgecard.extract.heading_numbers.glued_number` (which needs the number's
punctuation or bracket to touch the title), read as the spaced line where the vocabulary names the rest as a
section's title; a numeral run into any other word (``Ⅱ단계 추진``) stays one word. Among a card's lines, the lines
numbered on in the same style from 1 with such a line among them (``Ⅰ사업의 주요 골자``, ``Ⅱ돈이 드는 곳``,
``Ⅲ성과목표 달성현황``) are its headings' run: split all alike, titles unknown too (one split alone would break the
run's style)."""

from __future__ import annotations

from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.labels import sections_of
from pledgecard.normalize.text import HANGUL_SYLLABLE


def _glued(text: str) -> tuple[str, int, str, str] | None:
    """The style, number, glyph and title of a line opening with a Roman numeral or a circled number run into a
    short Hangul title; None else."""
    s = text.strip()
    if len(s) < 3 or not HANGUL_SYLLABLE.match(s[1]):
        return None
    got = heading_number(f"{s[0]} {s[1:]}")
    if (
        got is None
        or got[2] != s[1:]
        or not titleish(got[2])
        or not (got[0] == "r" or got[0].startswith("c"))
    ):
        return None
    return got[0], got[1], s[0], s[1:]


def glued_known_title(text: str) -> tuple[str, str] | None:
    """``'Ⅲ성과목표 달성현황'`` -> ``('Ⅲ', '성과목표 달성현황')``: the number and the title, where the title is one the
    vocabulary names; ``None`` for any other line."""
    got = _glued(text)
    return (got[2], got[3]) if got is not None and sections_of(got[3]) else None


def glued_titles(texts: list[str | None]) -> dict[int, tuple[str, str]]:
    """The lines of ``texts`` (None: no line of text) to read spaced, by index: each :func:`glued_known_title`, and
    the run it stands in (see the module): the lines of its style numbered 1, 2, 3 ... in order, two or more."""
    found = {i: g for i, t in enumerate(texts) if t is not None and (g := _glued(t)) is not None}
    out = {i: (g[2], g[3]) for i, g in found.items() if sections_of(g[3])}
    for style in {g[0] for i, g in found.items() if i in out}:
        run: list[int] = []
        for i, g in sorted(found.items()):
            if g[0] == style and g[1] == (found[run[-1]][1] + 1 if run else 1):
                run.append(i)
        if len(run) >= 2 and any(i in out for i in run):
            out.update({i: (found[i][2], found[i][3]) for i in run})
    return out
