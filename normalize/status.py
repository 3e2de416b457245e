"""The pledge status as printed (추진중(정상), 정상추진, 완료 ...) -> a status code.

The words are the vocabulary's: a word of ``[status]`` is taken as it stands, then the
``[status_rules]`` are tried in order (a user's ``--vocabulary`` extends both).
"""

from __future__ import annotations

import re
import unicodedata

from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.text import label_key

__all__ = [
    "STATUS_CODES",
    "status_across",
    "status_code",
    "status_phrase",
    "ticked_choice",
    "ticked_option",
    "untold_options",
]

STATUS_CODES: tuple[str, ...] = (
    "done",
    "ongoing_normal",
    "ongoing_delayed",
    "partial",
    "continuing",
    "not_started",
    "dropped",
    "other",
)


def _rules(v: Vocabulary) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Checked in order on the label key (no spaces, no brackets); the first rule that matches wins."""
    return tuple(
        (code, re.compile("|".join(words))) for code, words in v.table("status_rules").items() if words
    )


def _boxes(v: Vocabulary) -> re.Pattern[str]:
    """A checkbox glyph (ticked in group ``on``) and the option printed after it, up to the next box."""
    on = "".join(re.escape(w) for w in v.words("checkboxes", "ticked"))
    off = "".join(re.escape(w) for w in v.words("checkboxes", "unticked"))
    return re.compile(rf"(?:(?P<on>[{on}])|[{off}])\s*(?P<option>[^{on}{off}]+)")


def ticked_option(raw: str | None) -> str | None:
    """The option a row of checkboxes ticks (``□ 정상추진 ■ 부진 □ 완료`` -> ``부진``): only for a
    text made of two or more boxed options, exactly one of them ticked; else ``None``."""
    if not raw:
        return None
    row = _checkbox_row(raw) or _bracket_row(raw)
    ticked = [option for on, option in row or () if on]
    return ticked[0] if len(ticked) == 1 and ticked[0] else None


def ticked_choice(raw: str | None) -> str | None:
    """Words printed before a row of checkboxes with the option it ticks (``2024년  □1/4 □2/4 ■3/4 □4/4``
    -> ``2024년 3/4``): only for words then two or more boxed options, exactly one ticked; else ``None``."""
    text = (raw or "").strip()
    for m in current().build(_boxes).finditer(text):
        if m.start() == 0:
            return None  # a row of boxes alone: ticked_option's
        row = _checkbox_row(text[m.start() :])
        if row is None:
            continue
        ticked = [option for on, option in row if on]
        return f"{text[: m.start()].strip()} {ticked[0]}" if len(ticked) == 1 and ticked[0] else None
    return None


# a row of options each after one mark that is no known checkbox glyph, the same for all (``? 정상추진
# ? 부진``, ``\ufffd 완료 \ufffd 부진``): a dump that lost the boxes' glyphs, no ticked one to tell
_LOST_BOXES = re.compile(r"(?:(?P<mark>[^\w\s])\s*[^\W\d_][^\s]*\s*)")


def untold_options(raw: str | None) -> bool:
    """Whether ``raw`` is a row of two or more boxed options that ticks none or several (a blank form, or
    boxes a dump printed alike, ``? 정상추진 ? 부진``): which option is meant cannot be told."""
    text = (raw or "").strip()
    row = _checkbox_row(text)
    if row is not None:
        return sum(on for on, _ in row) != 1
    found = list(_LOST_BOXES.finditer(text))
    glyphs = {*current().words("checkboxes", "ticked"), *current().words("checkboxes", "unticked")}
    return (
        len(found) >= 2
        and "".join(m.group(0) for m in found) == text
        and len({m.group("mark") for m in found}) == 1
        and found[0].group("mark") not in glyphs
    )


def symbol_option(raw: str | None) -> str | None:
    """The status printed after one legend symbol (``◐ 정상추진``, a legend line elsewhere saying
    what each symbol means) -> ``정상추진``: only for one symbol glyph, white space, then words that
    name a status; else ``None``."""
    text = (raw or "").strip()
    if len(text) < 3 or unicodedata.category(text[0]) not in ("So", "Sm") or not text[1].isspace():
        return None
    rest = text[1:].strip()
    if (
        _checkbox_row(text) is not None
        or not re.search(r"[가-힣]", rest)
        or status_code(rest) in (None, "other")
    ):
        return None
    return rest


def _checkbox_row(raw: str) -> list[tuple[bool, str]] | None:
    """``(ticked, option)`` for each box of a text made of two or more boxed options, else ``None``."""
    text = raw.strip()
    found = list(current().build(_boxes).finditer(text))
    if len(found) < 2 or found[0].start() != 0 or "".join(m.group(0) for m in found) != text:
        return None
    return [(bool(m.group("on")), m.group("option").strip()) for m in found]


_BRACKET_OPTION = re.compile(
    r"\s*(?P<option>[^()\[\]（）]*[가-힣][^()\[\]（）]*?)\s*[(\[（](?P<mark>[^)\]）]{0,3})[)\]）]"
)


def _bracket_row(raw: str) -> list[tuple[bool, str]] | None:
    """``(ticked, option)`` for a text made of two or more options each followed by a bracket that is
    blank or holds one mark (``완료( ) 정상추진(○) 부진( )``, vocabulary ``[checkboxes] bracket_marks``):
    ticked is the one bracket holding a mark when the others are blank, else the marks of the ticked
    kind; else ``None``."""
    text = raw.strip()
    found = list(_BRACKET_OPTION.finditer(text))
    if len(found) < 2 or "".join(m.group(0) for m in found) != text:
        return None
    marks = [m.group("mark").strip() for m in found]
    if any(k and k not in current().words("checkboxes", "bracket_marks") for k in marks):
        return None
    filled = [bool(k) for k in marks]
    if sum(filled) != 1:
        filled = [k in current().words("checkboxes", "ticked") for k in marks]
    return [(on, m.group("option").strip()) for on, m in zip(filled, found, strict=True)]


def _progress(v: Vocabulary) -> re.Pattern[str]:
    """A progress figure printed with the status (``완료(100%)``, ``추진중(정상, 45%)``, ``추진중(공정률
    45%)``, ``진척도 65% 정상``): a percentage, a measure word (one ending in ``[counts] measure_suffixes``, or a
    progress label of ``[header] progress``) before it."""
    measure = "|".join(map(re.escape, v.words("counts", "measure_suffixes"))) or "(?!)"
    labels = "|".join(map(re.escape, sorted(v.words("header", "progress"), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"[,，]?\s*(?:(?:{labels}|[가-힣]*(?:{measure}))\s*[:：]?\s*)?\d+(?:\.\d+)?\s*[%％]")


_BRACKETED = re.compile(r"[(\[（<〈][^)\]）>〉]*[)\]）>〉]")


def status_phrase(raw: str) -> bool:
    """Whether words printed in a row are one status from the first word to the last: a status word
    whole (``추진 중``), or a status rule's match that begins in the first word and ends in the last
    (``이행후 계속추진``), not a status with words before or after it (a name before it: ``지준영
    이행후 계속추진``; a title's word after it)."""
    words = [re.sub(r"[()\[\]（）<>〈〉·,]", "", label_key(w)) for w in raw.split()]
    if not words or not all(words):
        return False
    k = "".join(words)
    vocab = current()
    if vocab.status_words.get(key(k)):
        return True
    first, last = len(words[0]), len(k) - len(words[-1])
    return any(
        m is not None and m.start() < first and m.end() > last
        for rule in vocab.build(_each_rule)
        for m in [rule.search(k)]
    )


def status_across(left: str, right: str) -> bool:
    """Whether one status word or one status rule's match runs across the cut between ``left`` and ``right``,
    printed in a row (``이행 후 계속`` | ``추진``: 계속추진 begins in the left, ends in the right): the two are
    then one status printed spaced, not two side by side."""
    parts = [
        "".join(re.sub(r"[()\[\]（）<>〈〉·,]", "", label_key(w)) for w in side.split())
        for side in (left, right)
    ]
    k, cut = "".join(parts), len(parts[0])
    if not parts[0] or not parts[1]:
        return False
    vocab = current()
    if any(vocab.status_words.get(key(k[i:j])) for i in range(cut) for j in range(cut + 1, len(k) + 1)):
        return True
    return any(
        (m := rule.match(k, i)) is not None and m.end() > cut
        for rule in vocab.build(_each_rule)
        for i in range(cut)
    )


def _each_rule(v: Vocabulary) -> tuple[re.Pattern[str], ...]:
    """Every status rule on its own (an alternation stops at its first alternative that matches)."""
    return tuple(re.compile(w) for words in v.table("status_rules").values() for w in words or ())


def status_word(raw: str) -> bool:
    """Whether ``raw`` as a whole (spaces aside) is a status word: one of [status], or the whole of a rule's match
    (``미추진``), never a text opening with one (``정상추진 중이며 하반기 준공 예정``, ``완료(2023. 5.)``)."""
    k = key(raw)
    return bool(k) and (
        k in current().status_words or any(r.fullmatch(k) for _, r in current().build(_rules))
    )


def status_code(raw: str | None) -> str | None:
    """The status code (CARD_SCHEMA.md header.status_code); ``None`` for ``None`` or empty text."""
    if raw is None:
        return None
    if _checkbox_row(raw) is not None:  # boxes: the option ticked, none when not one is ticked
        ticked = ticked_option(raw)
        if ticked is None:
            return "other"
        raw = ticked
    printed = re.sub(r"[()\[\]（）<>〈〉·,]", "", label_key(raw))
    if not printed:
        return None
    k = re.sub(
        r"[()\[\]（）<>〈〉·,]", "", label_key(current().build(_progress).sub("", raw))
    )  # no progress figure
    if not k:
        return "other"
    vocab = current()
    code = vocab.status_words.get(key(k))
    if code:
        return code
    for code, rule in vocab.build(_rules):
        if rule.search(k):
            return code
    outer = _BRACKETED.sub("", raw).strip()  # 완료(이행): the status outside its bracketed gloss
    if outer and outer != raw.strip():
        return status_code(outer)
    return "other"
