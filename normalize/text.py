"""Text folding shared by every normalizer: white space, quotes and label keys."""

from __future__ import annotations

import re
import unicodedata

from pledgecard.memo import short_strings

# Zero-width characters are invisible: they are dropped, not turned into a space.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# \s covers NBSP (U+00A0), the ideographic space (U+3000) and the other Unicode spaces.
_SPACE_RUN = re.compile(r"\s+")
_QUOTES = str.maketrans({c: "'" for c in "\u2019\u2018\uff07`\u00b4\u2032\u201b"})
_MIDDLE_DOTS = str.maketrans({c: "·" for c in "\u00b7\u318d\u2027\u30fb\uff65\u2219\u22c5\u2022\u16eb"})


@short_strings
def fold(s: str) -> str:
    """Trim and fold every inner run of white space (NBSP, U+3000 included) to one space.

    Zero-width characters (U+200B..U+200D, U+2060, U+FEFF, soft hyphen) are removed.
    """
    return _SPACE_RUN.sub(" ", _ZERO_WIDTH.sub("", s)).strip()


_FULLWIDTH_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def fold_fullwidth(s: str) -> str:
    """The fullwidth forms of ASCII (U+FF01..U+FF5E: ``２０２４．９．３０．``, ``～``) as ASCII, one
    character for one (spans found in the result are the input's); nothing else changed."""
    return s.translate(_FULLWIDTH_ASCII)


def norm_quotes(s: str) -> str:
    """Unify the apostrophe look-alikes (’ ‘ ＇ ` ´ ′ ‛) to ``'``."""
    return s.translate(_QUOTES)


def unify_dots(s: str) -> str:
    """Unify the middle dot look-alikes (ㆍ ‧ ・ ･ ∙ ⋅ •) to ``·``."""
    return s.translate(_MIDDLE_DOTS)


def label_key(s: str) -> str:
    """The key labels are matched on: NFKC, middle dots unified, no white space, lowercase.

    >>> label_key("총 사업비")
    '총사업비'
    """
    for _ in range(2):  # twice: NFKC can split a character into space + combining mark
        s = unify_dots(unicodedata.normalize("NFKC", unify_dots(s)))
        s = _SPACE_RUN.sub("", _ZERO_WIDTH.sub("", s)).lower()
    return s


def is_syllable(text: str) -> bool:
    """Whether ``text`` is one Hangul syllable."""
    return len(text) == 1 and unicodedata.name(text, "").startswith("HANGUL SYLLABLE")


#: A dash of any shape printed for an empty or zero cell: the hyphens and dashes of ASCII, general
#: punctuation (U+2010..U+2015: hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal
#: bar), the small and full-width forms, and the minus sign (Unicode's dash punctuation, Pd, less the
#: wave and vertical dashes, which are no dash a cell prints).
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\ufe58\ufe63\uff0d\u2212")
HANGUL_SYLLABLE = re.compile(r"[가-힣]")  # one Hangul syllable (가 .. 힣)
#: :data:`DASHES` as a regular expression's character class.
DASH_CLASS = "[" + "".join(re.escape(ch) for ch in sorted(DASHES)) + "]"


def is_dash(cell: str | None) -> bool:
    """Whether a cell prints a dash alone (:data:`DASHES`, of any shape, folded, spaces around it aside): nothing
    printed there. The one rule of the goal readers (a goal's actual, rate or project cell)."""
    return cell is not None and fold(cell).strip() in DASHES
