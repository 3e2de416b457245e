"""Numbers Hangul draws before numbered and outline paragraphs (문단 번호 / 개요 번호), counted as
Hangul counts them, and the numbers of auto-number controls (번호 넣기), stored with them.

Such a paragraph holds no number in its text: its paragraph shape names a numbering definition and
a level, and Hangul draws the level's format (``^1.``, ``^2)``, ``(^3)``, ``^1.^2.``: ``^k`` is the
count of level k in that level's number shape) before the text. Hangul counts per definition, in
document order: a paragraph at level L takes the next count of L (the level's start number first)
and restarts every deeper level. An outline paragraph (개요) counts in the numbering definition its
section names. A format, a level or a number shape the definition does not give draws nothing:
no number is made up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pledgecard.extract.markers import CONSONANTS, LETTERS
from pledgecard.extract.readers.hwp_blocks import OUTLINE

# Number shapes in the order of the HWP 5 format (HWPX names them, :data:`SHAPE_NAMES`). Each is the
# run of glyphs counting 1, 2, 3...; the shapes left out (Hangul numerals and the ten-cycle stems)
# draw nothing here.
DIGIT, CIRCLED_DIGIT, ROMAN_CAPITAL, ROMAN_SMALL = 0, 1, 2, 3
LATIN_CAPITAL, LATIN_SMALL, CIRCLED_LATIN_CAPITAL, CIRCLED_LATIN_SMALL = 4, 5, 6, 7
HANGUL_SYLLABLE, CIRCLED_HANGUL_SYLLABLE, HANGUL_JAMO, CIRCLED_HANGUL_JAMO = 8, 9, 10, 11
IDEOGRAPH, CIRCLED_IDEOGRAPH = 13, 14
SHAPE_NAMES = {
    "DIGIT": DIGIT,
    "CIRCLED_DIGIT": CIRCLED_DIGIT,
    "ROMAN_CAPITAL": ROMAN_CAPITAL,
    "ROMAN_SMALL": ROMAN_SMALL,
    "LATIN_CAPITAL": LATIN_CAPITAL,
    "LATIN_SMALL": LATIN_SMALL,
    "CIRCLED_LATIN_CAPITAL": CIRCLED_LATIN_CAPITAL,
    "CIRCLED_LATIN_SMALL": CIRCLED_LATIN_SMALL,
    "HANGUL_SYLLABLE": HANGUL_SYLLABLE,
    "CIRCLED_HANGUL_SYLLABLE": CIRCLED_HANGUL_SYLLABLE,
    "HANGUL_JAMO": HANGUL_JAMO,
    "CIRCLED_HANGUL_JAMO": CIRCLED_HANGUL_JAMO,
    "IDEOGRAPH": IDEOGRAPH,
    "CIRCLED_IDEOGRAPH": CIRCLED_IDEOGRAPH,
}


def _run(first: int, n: int) -> str:
    return "".join(chr(first + k) for k in range(n))


_GLYPHS: dict[int, str] = {
    CIRCLED_DIGIT: _run(0x2460, 20),
    ROMAN_CAPITAL: _run(0x2160, 12),
    ROMAN_SMALL: _run(0x2170, 12),
    LATIN_CAPITAL: _run(0x41, 26),
    LATIN_SMALL: _run(0x61, 26),
    CIRCLED_LATIN_CAPITAL: _run(0x24B6, 26),
    CIRCLED_LATIN_SMALL: _run(0x24D0, 26),
    HANGUL_SYLLABLE: LETTERS,
    CIRCLED_HANGUL_SYLLABLE: _run(0x326E, 14),
    HANGUL_JAMO: CONSONANTS,
    CIRCLED_HANGUL_JAMO: _run(0x3260, 14),
    IDEOGRAPH: "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341",  # one .. ten
    CIRCLED_IDEOGRAPH: _run(0x3280, 10),
}
_TOKEN = re.compile(r"\^(10|[1-9])")


def number_text(n: int, shape: int) -> str | None:
    """``n`` in number shape ``shape``: ``3`` -> ``3``, ``③``, ``Ⅲ``, ``C``, ``다``...; none past a
    shape's run or for a shape not drawn here."""
    if shape == DIGIT:
        return str(n) if n >= 0 else None
    glyphs = _GLYPHS.get(shape)
    return glyphs[n - 1] if glyphs and 1 <= n <= len(glyphs) else None


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a numbering definition: its format (``^1.``), number shape and start number."""

    format: str
    shape: int
    start: int = 1


@dataclass(slots=True)
class NumberCounter:
    """The counts of every numbering definition (by id), advanced paragraph by paragraph."""

    definitions: dict[int, list[Level]]
    counts: dict[int, list[int]] = field(default_factory=dict)

    def head(self, ref: int | None, level: int, outline: int | None) -> str | None:
        """Count a paragraph at ``level`` (0-based) of definition ``ref`` (``OUTLINE``: the section's
        ``outline`` definition); the number drawn before it. None for a paragraph without one."""
        if ref == OUTLINE:
            ref = outline
        if ref is None:
            return None
        levels = self.definitions.get(ref)
        if not levels or not 0 <= level < len(levels):
            return None
        counts = self.counts.setdefault(ref, [0] * len(levels))
        counts[level] = counts[level] + 1 if counts[level] else levels[level].start
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        parts: list[str] = []
        pos = 0
        fmt = levels[level].format
        for m in _TOKEN.finditer(fmt):
            k = int(m.group(1)) - 1
            if k > level:
                return None
            shown = number_text(counts[k] or levels[k].start, levels[k].shape)
            if shown is None:
                return None
            parts += [fmt[pos : m.start()], shown]
            pos = m.end()
        head = "".join([*parts, fmt[pos:]]).strip()
        return head or None


def auto_number(number: int, shape: int, prefix: str = "", suffix: str = "") -> str | None:
    """The text of an auto number (번호 넣기) as stored with its control: a caption's table, picture
    or equation number (``표 1``), in its number shape between its prefix and suffix characters."""
    shown = number_text(number, shape) if number > 0 else None
    return f"{prefix}{shown}{suffix}" if shown is not None else None
