"""A heading glyph Tesseract has no symbol for, read as a run of ASCII punctuation, put back as a lost glyph.

Class of card fixed: a scanned card whose section headings open with a glyph the Korean model cannot read (``◈``, a
diamond holding a square) before their numbering (``◈ Ⅰ. 사업 개요``): Tesseract read it as one or two punctuation
marks no printed line opens with (``&《 |. 사업 개요``, ``*& 1 . 연차별 재원 투자계획``, ``*$ 11. 추진 실적``,
``& . 기대 효과``), so no line was a heading of the card's shape and every section but one went unread (dasi-county
101 scan 0.178). A line's first word made of symbols alone (no letter, digit or space), not a glyph a card prints
there by itself (a bullet, a note mark, a bracket or quote opening text, a stroke read for a numeral, a look-alike
:mod:`.ocr` restores), standing before a numbering as read (digits, strokes or a stop opening the next word) is
the glyph the card printed and OCR lost: one U+FFFD (the reader's lost-glyph mark, as a text layer's ``(cid:N)``
becomes), so the heading keeps a glyph, a numbering and its title. Its numbering is read as printed where OCR cut
it: a number and its stop read as two words (``1 . 연차별``) are one (``1. 연차별``); a stop standing alone before
the title (``. 기대 효과``: the numeral Ⅴ unread) numbers nothing and is dropped, the title left bare (a heading's
number is no figure of the record). Nothing else of the line changes.

Class of card fixed too (session 31): the same glyph read as one mark a printed line may open with (``*``, a note's
star: ``* 1 . 연차별 재원 투자계획(수정)``, ``* 1. 추진 실적``), which :func:`_unread` must leave be, so two of dasi-county
87002's scanned headings were notes and their sections (the funding table, the achievements) went unread. A
line's first word of one ASCII mark, a numbering after it and a title naming one of the card's sections (the
vocabulary's section labels, :func:`.labels.section_of`) is a heading whose glyph OCR misread: its glyph is lost.
A note names no section by its title alone, so none is taken for a heading.

Class of card fixed too (session 32): the glyph read as a note's mark outside ASCII (``※``, a small square ``▪``
read as the reference mark) or as that mark with a speck beside it read as a lone jamo (``※ ㅎ 3. 추진실적``), so
gyeoul-county's scanned headings were notes and its achievements went unread (70005 scan 0.326). A note's mark
(:data:`.markers.NOTE_MARKERS`) counts as the one mark, and one lone jamo word between it and the numbering (no
printed word is one jamo) is dropped with it; the title must still name a section.

Class of card fixed too (session 33): a heading's bar (``▌``, a block element) read as a stroke (``|``) before an
unnumbered title (``| 추진실적 (누계 기준)``): no heading, the achievements went unread from their first items and the
scorer paired a count left (436) with one lost (406), a wrong figure (mulbit-city 62009 scan). A line's first word of
one stroke (:data:`BAR_READS`) directly before a title naming a section is that bar, lost; a stroke before text
naming no section stays as read.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import NOTE_MARKERS
from pledgecard.extract.readers.ocr_letter_glyphs import glyph_read_as_letter
from pledgecard.extract.readers.ocr_numerals import HANGUL_FIRST, HANGUL_LAST, STROKES
from pledgecard.extract.readers.ocr_roman import NUMERALS
from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.readers.pdf_lines import LOST

LOST_GLYPH = LOST  # the reader's mark of a glyph it could not read
# ASCII marks a printed line may open with by themselves: dashes and stars (bullets, notes), typed pointers,
# brackets and quotes opening text, strokes Tesseract reads for the numeral Ⅰ, stops and colons it reads for ·
OPENS_TEXT = frozenset("-*>+<([{'\"|\\]!.:,~/@")
NUMBERING_OPENS = frozenset("0123456789.|lI!\\][").union(NUMERALS)  # a numbering as OCR reads it: digits, a
#                                          numeral's strokes or the numeral read again (ocr_roman), a stop
STOPS = frozenset(".)")  # a numbering's stop or bracket
BAR_READS = frozenset("|[]")  # what a heading's bar glyph (▌) is read as: a stroke or a bracket alone
JAMO_FIRST, JAMO_LAST = 0x3131, 0x318E  # Hangul compatibility jamo: a lone one is a speck read as a letter


def _text(word: Word) -> str:
    return "".join(t for t, _, _ in word.symbols)


def _unread(text: str) -> bool:
    """Symbols alone that no printed line opens with: two or more of them run together, or one ASCII mark
    outside :data:`OPENS_TEXT`."""
    if not text or any(ch.isalnum() or ch.isspace() for ch in text):
        return False
    if len(text) >= 2:
        return True
    return text.isascii() and text not in OPENS_TEXT


def restore_lost_glyph(words: list[Word]) -> bool:
    """``&《 |. 사업 개요`` -> ``� |. 사업 개요`` (in place): the line's first word (:func:`_unread`) before a numbering
    as read (:data:`NUMBERING_OPENS` opening the next word, a title after it) made one lost glyph. Whether it did."""
    if len(words) >= 2 and words[0].symbols and _text(words[0]) in BAR_READS and _titled(words[1:]):
        _lose(words[0])  # ``| 추진실적 (누계 기준)``: a bar read as a stroke before a section's title
        return True
    if len(words) < 3 or not words[0].symbols or not words[1].symbols:
        return False
    speck = (
        _lone_jamo(_text(words[1]))
        and _mark(_text(words[0]))
        and len(words) >= 4
        and _misread_heading([words[0], *words[2:]])
    )  # ``※ ㅎ 3. 추진실적``: the speck read as a jamo goes with the glyph
    rest = [words[0], *words[2:]] if speck else words
    if _text(rest[1])[:1] not in NUMBERING_OPENS:
        return False  # no heading: the line (a jamo bullet too: ``※ ㅇ 향후 추진계획``) stays as read
    if not _unread(_text(rest[0])) and not _misread_heading(rest) and not glyph_read_as_letter(rest):
        return False  # (a letter for the glyph: ``퇴 4. 추진실적``, ocr_letter_glyphs)
    if speck:
        del words[1]  # only now the line is a heading
    _lose(words[0])
    _numbering_as_printed(words)
    return True


def _lose(word: Word) -> None:
    """``word`` made one lost glyph over its place."""
    _, conf, box = word.symbols[0]
    x1 = max(b[2] for _, _, b in word.symbols)
    word.symbols = [(LOST_GLYPH, conf, (box[0], box[1], x1, box[3]))]


def _titled(words: list[Word]) -> bool:
    """Whether ``words`` are a title naming a section of the card (no numbering before it)."""
    title = " ".join(_text(w) for w in words)
    return _hangul(title) and section_of(title) is not None


def _misread_heading(words: list[Word]) -> bool:
    """``* 1. 추진 실적``: one ASCII mark opening the line, a numbering as read after it and a title naming a
    section of the card (the words after the numbering's, :data:`NUMBERING_OPENS` and :data:`STOPS` alone)."""
    if not _mark(_text(words[0])):
        return False
    rest = [_text(w) for w in words[1:]]
    k = 0
    while k < len(rest) and set(rest[k]) <= NUMBERING_OPENS | STOPS:  # the numbering's words
        k += 1
    title = " ".join(rest[k:]).lstrip(
        "".join(NUMBERING_OPENS | STOPS)
    )  # (a numbering glued to it: ``1.추진``)
    return _hangul(title) and section_of(title) is not None


def _mark(text: str) -> bool:
    """One mark a heading's glyph is misread as: an ASCII mark or a note's mark."""
    return len(text) == 1 and ((text.isascii() and not text.isalnum()) or text in NOTE_MARKERS)


def _lone_jamo(text: str) -> bool:
    return len(text) == 1 and JAMO_FIRST <= ord(text) <= JAMO_LAST


def _numbering_as_printed(words: list[Word]) -> None:
    """After a heading's glyph (``words[0]``): a number and its stop read apart joined (``1`` ``.`` -> ``1.``), a
    stop alone before a Hangul title dropped (its number unread)."""
    number, after = _text(words[1]), _text(words[2])
    if number in STOPS and _hangul(after):
        del words[1]
        words[1].spaced = True
    elif (
        (number.isdigit() or set(number) <= STROKES)
        and after in STOPS
        and len(words) >= 4
        and _hangul(_text(words[3]))
    ):
        words[1].symbols = [*words[1].symbols, *words[2].symbols]
        del words[2]


def _hangul(text: str) -> bool:
    return bool(text) and HANGUL_FIRST <= ord(text[0]) <= HANGUL_LAST
