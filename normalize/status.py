"""The pledge status as printed (추진중(정상), 정상추진, 완료 ...) -> a status code.

The words are the vocabulary's: a word of ``[status]`` is taken as it stands, then the
``[status_rules]`` are tried in order (a user's ``--vocabulary`` extends both).
"""

from __future__ import annotations

import re
import unicodedata

from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.text import label_key

__all__ = ["STATUS_CODES", "status_code", "status_words_run", "ticked_option"]

STATUS_CODES: tuple[str, ...] = (
    "done", "ongoing_normal", "ongoing_delayed", "partial", "continuing", "not_started", "dropped", "other",
)


def _rules(v: Vocabulary) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Checked in order on the label key (no spaces, no brackets); the first rule that matches wins."""
    return tuple((code, re.compile("|".join(words))) for code, words in v.table("status_rules").items() if words)


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
    row = _checkbox_row(raw)
    ticked = [option for on, option in row or () if on]
    return ticked[0] if len(ticked) == 1 and ticked[0] else None


def symbol_option(raw: str | None) -> str | None:
    """The status printed after one legend symbol (``◐ 정상추진``, a legend line elsewhere saying
    what each symbol means) -> ``정상추진``: only for one symbol glyph, white space, then words that
    name a status; else ``None``."""
    text = (raw or "").strip()
    if len(text) < 3 or unicodedata.category(text[0]) not in ("So", "Sm") or not text[1].isspace():
        return None
    rest = text[1:].strip()
    if _checkbox_row(text) is not None or not re.search(r"[가-힣]", rest) or status_code(rest) in (None, "other"):
        return None
    return rest


def _checkbox_row(raw: str) -> list[tuple[bool, str]] | None:
    """``(ticked, option)`` for each box of a text made of two or more boxed options, else ``None``."""
    text = raw.strip()
    found = list(current().build(_boxes).finditer(text))
    if len(found) < 2 or found[0].start() != 0 or "".join(m.group(0) for m in found) != text:
        return None
    return [(bool(m.group("on")), m.group("option").strip()) for m in found]


def _progress(v: Vocabulary) -> re.Pattern[str]:
    """A progress figure printed with the status (``완료(100%)``, ``추진중(정상, 45%)``, ``추진중(공정률
    45%)``): a percentage, a measure word (one ending in ``[counts] measure_suffixes``) before it."""
    measure = "|".join(map(re.escape, v.words("counts", "measure_suffixes"))) or "(?!)"
    return re.compile(rf"[,，]?\s*(?:[가-힣]*(?:{measure})\s*)?\d+(?:\.\d+)?\s*[%％]")


_BRACKETED = re.compile(r"[(\[（<〈][^)\]）>〉]*[)\]）>〉]")


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
    k = re.sub(r"[()\[\]（）<>〈〉·,]", "", label_key(current().build(_progress).sub("", raw)))  # no progress figure
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


def status_words_run(raw: str) -> bool:
    """Whether every word of ``raw`` (two or more) stands inside one status word or rule match
    (``이행후 계속추진``: the rule for 이행후계속 spans both words; ``완료 정상추진``: 완료 is a status of
    its own, not a part of this one): the words are one status as printed, not a value before it."""
    words = raw.split()
    if len(words) < 2:
        return False
    keys = [label_key(w) for w in words]
    joined = "".join(keys)
    vocab = current()
    spans = [(m.start(), m.end()) for w in vocab.status_words for m in re.finditer(re.escape(key(w)), joined)]
    spans += [(m.start(), m.end()) for _, rule in vocab.build(_rules) for m in rule.finditer(joined) if m.end() > m.start()]
    at = 0
    ends = []
    for k in keys:
        ends.append((at, at + len(k)))
        at += len(k)
    # every word joined to the next by one match (a match holding part of each)
    return all(any(a < e0 and b > s1 for a, b in spans) for (_, e0), (s1, _) in zip(ends, ends[1:], strict=False))
