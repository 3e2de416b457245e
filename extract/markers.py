"""Bullet markers and their depth, shared by every reader and the section extractors.

A marker is recognised by its shape, not from a list: any symbol glyph (Unicode category So, the
private-use glyphs of symbol fonts, Co) before the text, a dash or dot bullet, a note mark, or a
numbering (``1.``, ``1)``, ``(1)``, ``가.``, ``가)``, ``Ⅰ.``, ``①``). The lists below only say the
depth the common glyphs usually have; the achievements give levels by order of first appearance.
"""

from __future__ import annotations

import re
import unicodedata

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.normalize.dates import parse_date

# Glyphs that start a bullet item. U+FFFD stands for a glyph the dump lost (Hangul private fonts).
SECTION_MARKERS = "□■▣◼❏❑☐�\ufffdㅁ"
LEVEL1_MARKERS = "◦○ㅇ●•◎▪▫❍∘◯⚬◆◇▷"
# every dash of Unicode's dash punctuation (hyphen ‐, figure dash ‒, en –, em —, horizontal bar ―), and the
# full-width and small hyphen-minus and the minus sign a word processor's users type for one (－ ﹣ −)
# (and ㄴ, a Hangul letter typed for the corner └ of an item under the one above)
LEVEL2_MARKERS = "-\u2010\u2011\u2012–—\u2015➖ㅡㄴ\uff0d\ufe63\u2212"
LEVEL3_MARKERS = "·ㆍ∙⋅"
NOTE_MARKERS = "※*＊"
ARROW_MARKERS = "⇨⇒→▶►☞"
LABEL_SEPARATORS = (":", "：")  # between a label and its value (공약명 : …), the one copy
CAPTION_MARKERS = "▲△"  # a caption points up at the picture above it (▲ 사업 조감도)
ALL_MARKERS = (
    SECTION_MARKERS + LEVEL1_MARKERS + LEVEL2_MARKERS + LEVEL3_MARKERS + NOTE_MARKERS + ARROW_MARKERS
)
# Hangul letters typed as bullets (ㅁ for □, ㅡ for a dash, ㄴ for the hook of an item under another):
# markers only before white space (ㅇ, typed for ○, is one wherever it stands, as before)
JAMO_MARKERS = "ㅁㅡㄴ"
# ASCII and quotation stand-ins typed for a pointer or a bullet (``> 사업기간``, ``+ 세부``, ``› 내용``):
# markers only before white space, at level 1 unless their order of appearance says otherwise
TYPED_MARKERS = ">+›»"

# Numbers enclosed in one glyph, a run each (① .. ⑳, ❶ .. ❿, ⓵ .. ⓾, circled syllables ㉮ .. ㉻, ➀ .. ➉,
# ➊ .. ➓, parenthesised syllables ㈎ .. ㈛, parenthesised digits ⑴ .. ⒇, and the letter runs below): a
# glyph of a run numbers an item, as ``1.`` does, and numbers like the run's first.
CIRCLED_RUNS = (
    ("\u2460", "\u2473"),
    ("\u2776", "\u277f"),
    ("\u24f5", "\u24fe"),
    ("\u326e", "\u327b"),
    ("\u2780", "\u2789"),
    ("\u278a", "\u2793"),
    ("\u320e", "\u321b"),
    ("\u2474", "\u2487"),
    # the rest of the enclosed alphanumerics that number from one: digits with a full stop
    # (⒈ ..), parenthesised and circled Latin letters (⒜ .. ⒵, Ⓐ .. Ⓩ, ⓐ .. ⓩ), parenthesised
    # and circled Hangul consonants (㈀ .. ㈍, ㉠ .. ㉭)
    ("\u2488", "\u249b"),
    ("\u249c", "\u24b5"),
    ("\u24b6", "\u24cf"),
    ("\u24d0", "\u24e9"),
    ("\u3200", "\u320d"),
    ("\u3260", "\u326d"),
)
_CIRCLED_CLASS = "[" + "".join(f"{first}-{last}" for first, last in CIRCLED_RUNS) + "]"  # any glyph of a run


def circled_style(text: str) -> str:
    """Every circled number in ``text`` as the first of its run: ``③`` -> ``①``, ``❷`` -> ``❶``, ``㉰`` -> ``㉮``."""
    for first, last in CIRCLED_RUNS:
        text = re.sub(f"[{first}-{last}]", first, text)
    return text


# Brackets that enclose a heading's number (``<1>``, ``〔2〕``, ``[3]``, ``【Ⅳ】``, ``⟦5⟧``): any opening
# and closing bracket (any Unicode pair, by its category) around a number, a Roman numeral or a
# letter is a numbering.
def _unicode_pairs() -> tuple[str, str]:
    """Every opening bracket beyond ASCII (Unicode Ps) whose next code point closes it (Pe): 〔〕 【】
    ⟦⟧ ❨❩ 〘〙 ⦅⦆ ..., and the full-width square bracket (its pair two apart), opening and closing apart."""
    opening = closing = ""
    for c in range(0x2000, 0x10000):
        ch, nxt = chr(c), chr(c + 1)
        if unicodedata.category(ch) == "Ps" and unicodedata.category(nxt) == "Pe":
            opening, closing = opening + ch, closing + nxt
    return opening, closing


_PAIRS = _unicode_pairs()
OPEN_BRACKETS = "(<\\[［" + _PAIRS[0]
CLOSE_BRACKETS = ")>\\]］" + _PAIRS[1]
_ROUND = "(（)）"


def closing_bracket(opening: str) -> str | None:
    """The bracket closing ``opening`` (``[``: ``]``, ``〔``: ``〕``), None for a text that is no opening bracket."""
    return (
        CLOSE_BRACKETS[OPEN_BRACKETS.index(opening)]
        if len(opening) == 1 and opening in OPEN_BRACKETS
        else None
    )


def brackets_closed(text: str) -> bool:
    """Whether every bracket ``text`` opens it closes, in order, and it closes none it did not open
    (``체결(15건 → 20건)``: yes; ``체결(15건`` or ``20건)``: no)."""
    stack: list[str] = []
    for ch in text:
        if ch in OPEN_BRACKETS:
            stack.append(CLOSE_BRACKETS[OPEN_BRACKETS.index(ch)])
        elif ch in CLOSE_BRACKETS and (not stack or stack.pop() != ch):
            return False
    return not stack


def leading_pair(text: str) -> tuple[str, str] | None:
    """A text opening with a bracket pair (``[세부사업3] 성과지표``): the text inside it, up to the first of its own
    closing bracket, and the text after that; None where the text opens with no bracket or its bracket never
    closes."""
    close = closing_bracket(text[:1])
    end = text.find(close, 1) if close is not None else -1
    return (text[1:end], text[end + 1 :]) if end > 0 else None


def _line_in(opening: str, closing: str) -> re.Pattern[str]:
    return re.compile(rf"^[{re.escape(opening)}]\s*(?P<body>.*?)\s*[{re.escape(closing)}]$")


# A line wholly inside one bracket pair. Framed (any pair but round parentheses): a heading or a
# caption (``『성과지표』``, ``【추진실적】``, ``<현장 사진>``), never the wrapped rest of the line above.
# Bracketed (round parentheses too): also a note or a date (``('24. 12월 말 기준)``).
FRAMED_LINE = _line_in(
    "".join(c for c in OPEN_BRACKETS if c not in _ROUND),
    "".join(c for c in CLOSE_BRACKETS if c not in _ROUND),
)
BRACKETED_LINE = _line_in(OPEN_BRACKETS, CLOSE_BRACKETS)

# Lettered numbering runs through the syllables of the 14 basic initial consonants with the vowel
# ㅏ and no final (ga na da ... ha): initials 0 2 3 5 6 7 9 11 12 14 15 16 17 18 of the Hangul
# syllable block (a syllable is 0xAC00 + 588 x initial + 28 x vowel + final). Any other syllable
# before a bracket or period is text (``명)`` of a wrapped ``70`` / ``명)``).
_BASIC_INITIALS = (0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18)
LETTERS = "".join(chr(0xAC00 + 588 * i) for i in _BASIC_INITIALS)
# The same run printed as the bare consonants (compatibility jamo ㄱ ㄴ ㄷ ... ㅎ, in the order of LETTERS):
# ``ㄱ.`` ``ㄴ)`` number like ``가.`` ``나)``, a style of their own. A consonant is a numbering only with its
# period or parenthesis (``ㅇ`` and ``ㅁ`` alone are bullets, ``ㄴ`` alone a hook).
CONSONANTS = "".join(chr(0x3131 + i) for i in (0, 3, 6, 8, 16, 17, 20, 22, 23, 25, 26, 27, 28, 29))
_LETTERED = LETTERS + CONSONANTS

# A Latin letter numbering a list (``A.``, ``b)``): one letter, then a period or a closing parenthesis
# (as a marker: before white space and a word not in Latin letters).
_LATIN_SRC = r"[A-Za-z][.)]"
# A chapter's number and the section's joined by a hyphen (``Ⅰ-1.``, ``2-3.``, ``1-2)``).
# A Latin capital numbers a section like a Hangul letter (``C-1.``).
_COMPOUND_SRC = r"(?:[Ⅰ-Ⅻ]{1,4}|\d{1,2}|[A-Z])-\d{1,2}[.)]"
# A decimal outline without closing punctuation, its parts joined by hyphens (``3-1`` a block under
# section 3, ``3-1-2`` its second item): a numbering only before white space and a word (``1-35`` alone
# in a cell, a phone ``214-5840``, a day ``2024-09-30`` are none).
_OUTLINE_SRC = r"\d{1,2}(?:-\d{1,2}){1,3}"
# An item's outline of three parts or more (``3-1-2``, never a block's ``3-1`` nor a day) before a date opening
# its text (``3-1-2 2023. 12. 16. 공모사업 선정``, ``3-1-2 '23. 12. ...``): a numbering too.
_OUTLINE_DATED_SRC = r"\d{1,2}(?:-\d{1,2}){2,3}(?=\s+(?:(?:19|20)\d{2}|['’]\d{2})\.\s)"
# A number before a date opening its text (``2. 2023. 9. 30.``: a numbered block heading naming its reporting point
# alone, ``1. '23. 3. 착공``): a numbering too, where a number before another figure is none (``3. 1,234``).
_NUMBER_DATED_SRC = r"\d{1,2}\.(?=\s+(?:(?:19|20)\d{2}|['’]\d{2})\.\s)"
_ENCLOSED_SRC = rf"[{OPEN_BRACKETS}]\s?(?:\d{{1,2}}|[Ⅰ-Ⅻ]{{1,4}}|[{LETTERS}]|[A-Za-z])\s?[{CLOSE_BRACKETS}]"
_NUMBERING_SRC = (
    _ENCLOSED_SRC
    + rf"(?=\s)|\d{{1,2}}\)(?=\s)|[{_LETTERED}]\.(?=\s)|[{_LETTERED}]\)(?=\s)|\(\d{{1,2}}\)(?=\s)|\d{{1,2}}\.(?=\s+[^\d\s])"
    r"|[Ⅰ-Ⅻ]{1,4}[.)]?(?=\s)|"
    + _LATIN_SRC
    + r"(?=\s+[^\sA-Za-z])|"
    + _COMPOUND_SRC
    + r"(?=\s)|"
    + _OUTLINE_SRC
    + r"(?=\s+[^\d\s])|"
    + _OUTLINE_DATED_SRC
    + "|"
    + _NUMBER_DATED_SRC
    + "|"
    + _CIRCLED_CLASS
    + r"(?!\d)"
)
_MARKER_RE = re.compile(
    # a consonant numbering first: ``ㅇ.`` numbers (``ㅇ`` alone is a bullet)
    rf"^(?P<marker>[{CONSONANTS}][.)](?=\s)|["
    + re.escape("".join(c for c in ALL_MARKERS if c not in JAMO_MARKERS))
    + r"]|[ㅇ"
    + JAMO_MARKERS
    + re.escape(TYPED_MARKERS)
    + r"](?=\s)|"
    + _NUMBERING_SRC
    + r")\s*"
)
_CONSONANT_NUMBER = re.compile(rf"[{CONSONANTS}][.)]\s")  # ㄴ. 추진실적: a numbering, not the hook ㄴ
_NOT_GLYPHS = "☎㈜㈔"  # symbols that start text rather than mark it (a phone, a company)


# Names of the operators drawn as a shape: circled and squared operators (⊙ ⊕ ⊞ ⊡), the diamond, star
# and bullet operators (⋄ ⋆ ∙)
_SHAPE_OPERATORS = re.compile(r"^(?:CIRCLED|SQUARED) |^(?:DIAMOND|STAR|BULLET) OPERATOR$")
# Names of the general punctuation (Po) printed as a bullet: bullets (‣ ⁃ ⁌ ⁍), the hyphenation point ‧,
# asterisms and flowers (⁂ ⁕), dot punctuation (⁘ ⁙)
_BULLET_PUNCTUATION = re.compile(r"BULLET|HYPHENATION POINT|ASTERISM|FLOWER PUNCTUATION|DOT PUNCTUATION")


def _shape(ch: str) -> bool:
    """A math-symbol (Sm) character drawn as a shape or an arrow, as a bullet: the geometric
    shapes (◾ ◼ ◽), arrows (→), the arrow and symbol blocks after the dingbats (⦁), the check √,
    the operators named as a shape (⊙ ⊕ ⊞ ⋄ ⋆). Operators such as ∼ ＋ = stay text."""
    return (
        "\u25a0" <= ch <= "\u25ff"
        or "\u2190" <= ch <= "\u21ff"
        or "\u27f0" <= ch <= "\u2bff"
        or ch == "\u221a"
        or ("\u2200" <= ch <= "\u22ff" and bool(_SHAPE_OPERATORS.search(unicodedata.name(ch, ""))))
    )


def is_glyph(ch: str) -> bool:
    """A symbol glyph that can mark a line: Unicode So (□ ◎ ▶ ➢ ❍ …), a shape or arrow among the
    math symbols (◾ → ⦁ ⋄), punctuation named as a bullet (‣ ‧ ⁂), or a private-use glyph."""
    cat = unicodedata.category(ch)
    return (
        (cat in ("So", "Co") or (cat == "Sm" and _shape(ch)) or (cat == "Po" and _bullet_punctuation(ch)))
        and ch not in _NOT_GLYPHS
        and not "\u3200" <= ch <= "\u32ff"
    )


def _bullet_punctuation(ch: str) -> bool:
    """General punctuation named as a bullet (‣ ‧ ⁃ ⁂ ⁕ ⁘), not a leader, prime or stop."""
    return "\u2010" <= ch <= "\u205f" and bool(_BULLET_PUNCTUATION.search(unicodedata.name(ch, "")))


def is_private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff"


def _footnote(v: Vocabulary) -> re.Pattern[str]:
    """A footnote's mark: a word of ``[footnotes]``, an optional number, a closing parenthesis (``주1)``)."""
    return re.compile(rf"^(?:{v.alternation('footnotes')})\d{{0,2}}\)(?=\s)")


def footnote_mark(text: str) -> str | None:
    """``'주1) 당해연도 이후 ...'`` -> ``'주1)'``: the mark of a table's footnote, else ``None``."""
    m = current().build(_footnote).match(text.lstrip())
    return m.group(0) if m else None


_COUNTED_RE = re.compile(r"^(?P<marker>\d{1,2}\.)\s+(?=(?P<word>\d{1,3}[가-힣]\S*))")
_ANY_YEAR = 2000  # a year for a date printed without one: only whether it reads matters here


def _counted_numbering(s: str) -> re.Match[str] | None:
    """A number and a stop numbering an item whose text opens with a figure glued to a word (``1. 2단계 …``,
    ``2. 3호점 …``, ``2. 3상 변압기``): only where the project's date reader reads no date in the number, the stop
    and that figure with any part of its word (``12. 3월``, ``1. 15일``, ``12. 31까지``, ``12. 3경`` are dates,
    their month no item's number). Class fixed (review b, session 34): a month cut off a date its qualifier
    followed, and a counter word opening with a half's syllable (상, 전, 하) blocking a real item."""
    m = _COUNTED_RE.match(s)
    if m is None:
        return None
    word = m.group("word")
    digits = len(word) - len(word.lstrip("0123456789"))
    for k in range(len(word), digits, -1):
        if parse_date(f"{m.group('marker')} {word[:k]}", default_year=_ANY_YEAR)["label"] is not None:
            return None
    return m


@per_vocabulary
def split_marker(text: str) -> tuple[str | None, str]:
    """``'◦ 사업기간 : 2022'`` -> ``('◦', '사업기간 : 2022')``. A glyph the reader lost (``(cid:N)``)
    becomes U+FFFD; a private-use glyph of a symbol font stays itself, a glyph like any other (a card
    may print two of them on two levels, or one as its items' bullet).

    A ``-`` is a marker only when followed by white space (``-1,234`` is a number)."""
    s = text.lstrip()
    if not s:
        return None, ""
    if s.startswith("(cid:"):
        m = re.match(r"^\(cid:\d+\)\s*", s)
        assert m is not None
        return "\ufffd", s[m.end() :].strip()
    if (
        s[0] in LEVEL2_MARKERS + "*＊"
        and len(s) > 1
        and not s[1].isspace()
        and not _CONSONANT_NUMBER.match(s)
    ):
        return None, s.strip()
    note = footnote_mark(s)
    if note is not None:
        return note, s[len(note) :].strip()
    m = _MARKER_RE.match(s) or _counted_numbering(s)
    if not m and is_glyph(s[0]) and not (len(s) > 1 and s[1].isdigit()):  # △1,234 is a number
        return s[0], s[1:].strip()
    if not m:
        return None, s.strip()
    marker = m.group("marker")
    if marker == "�":
        marker = "\ufffd"
    return marker, s[m.end() :].strip()


def marker_level(marker: str | None) -> int | None:
    """Bullet depth by marker: 1 for ◦/○, 2 for -, 3 for ·; ``None`` for notes and section glyphs."""
    if not marker:
        return None
    if marker in LEVEL1_MARKERS or marker in TYPED_MARKERS:
        return 1
    if marker in LEVEL2_MARKERS:
        return 2
    if marker in LEVEL3_MARKERS:
        return 3
    if marker in SECTION_MARKERS or marker in NOTE_MARKERS or is_numbering(marker):
        return None
    return 1 if len(marker) == 1 and is_glyph(marker) else None


NUMBERING = re.compile(
    rf"^(?:{_ENCLOSED_SRC}|{_COMPOUND_SRC}|{_OUTLINE_SRC}|\d{{1,2}}[.)]|[{_LETTERED}][.)]|\(\d{{1,2}}\)|[Ⅰ-Ⅻ]{{1,4}}[.)]?"
    rf"|{_LATIN_SRC}|{_CIRCLED_CLASS})$"
)


def is_numbering(marker: str | None) -> bool:
    """``1)``, ``가.``, ``(1)``: numbering, which may number section headings too."""
    return bool(marker) and bool(NUMBERING.match(marker))  # type: ignore[arg-type]


def letter_index(marker: str | None) -> int | None:
    """The place of a lettered numbering in its sequence (``가.`` 0, ``나)`` 1, ``ㄷ.`` 2, ...), else ``None``."""
    if not marker or len(marker) != 2 or marker[1] not in ".)" or marker[0] not in _LETTERED:
        return None
    return _LETTERED.index(marker[0]) % len(LETTERS)


def run_place(marker: str | None) -> int | None:
    """The place of a numbering in its run from 0 (``1.`` / ``가.`` / ``Ⅰ.`` / ``A)`` / ``①`` 0, ``5)`` / ``마.`` /
    ``⑤`` 4), else ``None`` (a glyph)."""
    if not is_numbering(marker):
        return None
    letter = letter_index(marker)
    if letter is not None:
        return letter
    m = marker or ""
    if digits := re.findall(r"\d+", m):  # a joined numbering's own place is its last (``2-3.``: 3)
        return int(digits[-1]) - 1
    for ch in m:
        if "Ⅰ" <= ch <= "Ⅻ":
            return ord(ch) - ord("Ⅰ")
        if ch.isascii() and ch.isalpha():
            return ord(ch.lower()) - ord("a")
        for first, last in CIRCLED_RUNS:
            if first <= ch <= last:
                return ord(ch) - ord(first)
    return None


def _is_place_char(ch: str) -> bool:
    return (
        ch.isalnum()
        or ch.isnumeric()
        or "Ⅰ" <= ch <= "Ⅻ"
        or any(first <= ch <= last for first, last in CIRCLED_RUNS)
    )


def run_frame(marker: str | None) -> str | None:
    """A numbering with its own place taken out (``9)`` and ``10)``: ``#)``; ``2-3.``: ``2-#.``; ``(가)``:
    ``(#)``): two numberings of one run print the same frame. ``None`` for no numbering."""
    if not is_numbering(marker):
        return None
    m = marker or ""
    end = len(m)
    while end and not _is_place_char(m[end - 1]):
        end -= 1
    start = end
    while start and _is_place_char(m[start - 1]) and (m[start - 1].isdigit() == m[end - 1].isdigit()):
        start -= 1
    return f"{m[:start]}#{m[end:]}"


def is_note(marker: str | None) -> bool:
    """``※``, ``*``, and a footnote's mark (``주1)``)."""
    return bool(marker) and (marker in NOTE_MARKERS or footnote_mark(f"{marker} ") == marker)  # type: ignore[operator]


def canonical_marker(marker: str | None) -> str | None:
    """Markers as the record prints them: ``○`` -> ``◦``, ``＊`` -> ``*``. The jamo ``ㆍ`` stays
    itself: cards print it beside ``·`` as a bullet of its own level."""
    if marker is None:
        return None
    return {
        "○": "◦",
        "ㅇ": "◦",
        "❍": "◦",
        "∘": "◦",
        "◯": "◦",
        "⚬": "◦",
        "＊": "*",
        "–": "-",
        "—": "-",
        "∙": "·",
        "⋅": "·",
    }.get(marker, marker)
