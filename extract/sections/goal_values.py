"""The shapes of a goal row's cells, as the goal readers of text dumps tell them: a year cell, a
value (a number with a unit: ``268호``, ``3.5km``, ``74%``), a rate (``92%``), a dash, a status
word, a measure word or a rate word naming a value, an actual printing its target's shape again,
and whether a printed 달성률 agrees with the actual over the target."""

from __future__ import annotations

import re

from pledgecard.extract.markers import split_marker
from pledgecard.extract.vocabulary import Vocabulary, alternation, current, key, year_of
from pledgecard.normalize.counts import LOOSE_NUMBER, parse_number
from pledgecard.normalize.text import DASH_CLASS

DASH = re.compile(rf"^{DASH_CLASS}$")  # a cell printed as a dash: nothing


def none_keys(v: Vocabulary) -> frozenset[str]:
    """The keys of ``[header_values] none`` (a dash, a word for none); build it with ``current().build``."""
    return frozenset(key(w) for w in v.words("header_values", "none"))


def none_cell(text: str) -> bool:
    """An empty cell, or one printing a word of ``[header_values] none`` (a dash, a word for none): no value."""
    return not text or key(text) in current().build(none_keys)


RATE = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")  # a rate cell (``92%``), its figure a group

FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # a figure (``1,200``, ``3.5``): shapes compare with it made ``#``


def value_token(v: Vocabulary) -> re.Pattern[str]:
    """A cell token that starts with a number carrying a unit (``268호``, ``3.5km``, ``74%``)."""
    units = alternation(v.words("counts", "units"))
    return re.compile(rf"^({LOOSE_NUMBER})\s*({units})")


def is_value_token(word: str) -> bool:
    """A word that starts with a number carrying a unit (``268호``, ``3.5km``, ``74%``)."""
    return current().build(value_token).match(word) is not None


def figure_alone(text: str) -> bool:
    """A cell that is one figure with its unit and nothing else (``5.2km``, ``94%``): no project's name."""
    m = current().build(value_token).match(text.strip())
    return m is not None and m.end() == len(text.strip())


def figure_cell(text: str) -> bool:
    """A cell of a figure's kind: one figure with its unit alone (:func:`figure_alone`, ``5.2km``) or led by words
    each naming what it measures (``공정률 70%``, a word ending in a measure suffix): a target's or an actual's
    cell, no project's name."""
    words = text.split()
    if not words or not figure_alone(words[-1]):
        return False
    measure = current().build(measure_suffix)
    return len(words) <= 3 and all(measure.search(w) and not FIGURE.search(w) for w in words[:-1])


def value_unit(word: str) -> str | None:
    """The unit a value token carries (:func:`value_token`: ``268호`` -> ``호``, ``74%`` -> ``%``); None for a word
    that is no value token."""
    m = current().build(value_token).match(word)
    return m.group(2) if m else None


def _year_cell(v: Vocabulary) -> re.Pattern[str]:
    """A year cell or a year-group line: ``2023``, ``2023년``, ``'23``, ``<2023>``."""
    return re.compile(rf"^[<〈(\[]?\s*(?:{v.year_pattern})\s*[>〉)\]]?$")


def year_cell_of(text: str) -> int | None:
    """The year a year cell or a year-group line prints (:func:`_year_cell`), or None."""
    m = current().build(_year_cell).match(text.strip())
    return year_of(m) if m else None


def inline_mark(v: Vocabulary) -> re.Pattern[str]:
    """A ``<2023>`` mark with more text on its line."""
    y = v.year_plain
    return re.compile(rf"[<〈]\s*(?:{y})\s*[>〉]\s*\S|\S\s*[<〈]\s*(?:{y})\s*[>〉]")


def measure_suffix(v: Vocabulary) -> re.Pattern[str]:
    """A word ending in a measure suffix after more letters (``공정률``, ``참여학교``): a word naming
    what the value after it measures or counts."""
    return re.compile(rf"\S(?:{v.pattern('counts', 'measure_suffixes')})$")


def _rate_word(v: Vocabulary) -> re.Pattern[str]:
    """A word naming a rate (``이용률``, ``참여율``): more than the rate suffix it ends in."""
    return re.compile(rf"\S(?:{v.pattern('counts', 'rate_suffixes')})$")


def bare_measure(v: Vocabulary) -> re.Pattern[str]:
    """A measure suffix standing as a word of its own (``교원``, ``학생``): the last word of a longer
    name of what a value counts (``연수 이수 교원 93명``), not a whole one (``참여학교``)."""
    return re.compile(rf"^(?:{v.pattern('counts', 'measure_suffixes')})$")


def rate_word_before(words: list[str], at: int) -> int | None:
    """Where the rate word stands that names the percent at ``words[at]`` (``이용률 향상 17%``): the
    one word ending as a rate does among the three words before it, no figure between; None when the
    value is not a percent, no such word stands there, or two do."""
    v = current()
    m = v.build(value_token).match(words[at])
    if m is None or m.group(2) not in v.words("counts", "rate_units"):
        return None
    rate = v.build(_rate_word)
    near = [k for k in range(max(at - 3, 0), at) if rate.search(words[k])]
    if len(near) != 1 or any(FIGURE.search(w) for w in words[near[0] : at]):
        return None
    return near[0]


def measured_value_at(words: list[str]) -> set[int]:
    """Indexes of the measure words among ``words`` (a word ending as a rate does: ``공정률``)
    printed right before a value token (``60%``): the word names what that value measures."""
    value, measure = current().build(value_token), current().build(measure_suffix)
    return {
        k
        for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
        if measure.search(w) and value.match(nxt)
    }


def shaped_actual(words: list[str]) -> int | None:
    """Where a worded actual begins that prints its target's shape again (``186호 공급 | 150호 공급``,
    ``3.5km 개설 | 2.8km 개설``): the row's last value token (a number with a unit) and the words after
    it, the same unit and the same words standing right before them after another value token (the
    target's); None otherwise (a value token last: the actual is that token; no words after it)."""
    value = current().build(value_token)
    at = [k for k, w in enumerate(words) if value.match(w)]
    if not at or at[-1] == len(words) - 1:
        return None
    j = at[-1]
    tail = words[j + 1 :]
    i = j - len(tail) - 1
    if i < 0 or FIGURE.search(" ".join(tail)) or words[i + 1 : j] != tail:
        return None
    mi, mj = value.match(words[i]), value.match(words[j])
    return (
        j
        if mi
        and mj
        and mi.group(2) == mj.group(2)
        and mi.end() == len(words[i])
        and mj.end() == len(words[j])
        else None
    )


def actual_value(actual: str) -> re.Match[str] | None:
    """The value token of an actual: its last word (``51명``, ``공정률 71%``), or its first when it
    prints its target's shape (``150호 공급``, :func:`shaped_actual`)."""
    value = current().build(value_token)
    words = actual.split()
    if not words:
        return None
    if m := value.match(words[-1]):
        return m
    m = value.match(words[0])
    return m if m and m.end() == len(words[0]) and not FIGURE.search(" ".join(words[1:])) else None


def target_value(target: str) -> re.Match[str] | None:
    """The value token of a target: its last word's (``250호``, ``공정률 80%``), else its first word opening
    with one (``250호 공급``)."""
    value = current().build(value_token)
    words = target.split()
    last = value.search(words[-1]) if words else None
    return last or next((m for tok in words if (m := value.match(tok))), None)


def rate_agrees(rate: float | None, target: str, actual: str | None, within: float = 2) -> bool:
    """A printed 달성률 (``rate``, in percent) agrees with the actual over the target (within ``within``
    points, two by default); True when either holds no figure to compare."""
    if rate is None or actual is None:
        return True
    tm = target_value(target)
    am = actual_value(actual)
    if not tm or not am:
        return True
    tv, av = parse_number(tm.group(1)), parse_number(am.group(1))
    if not tv or av is None:
        return True
    return abs(100 * av / tv - rate) <= within


def status_spans(toks: list[str], start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """The spans ``(a, b)`` of ``toks`` holding a status word (one to three tokens joined, ``추진 중``),
    opening at ``start`` or after and ending at ``stop`` at most (the end of ``toks`` by default), in
    order (by start, then end)."""
    status = current().status_words
    end = len(toks) if stop is None else stop
    return [
        (a, b)
        for a in range(start, len(toks))
        for b in range(a + 1, min(a + 3, end) + 1)
        if key("".join(toks[a:b])) in status
    ]


def status_ends(words: list[str]) -> set[int]:
    """Where the status words standing inside ``words`` end (one to three words, ``추진 중``), a
    word or more after each: a status word printed in a goal's worded target or actual ends its
    cell (``설계 완료``)."""
    return {b for _, b in status_spans(words, stop=len(words) - 1)}


def is_status_cell(text: str) -> bool:
    """A cell holding one status word and nothing else (``추진중``; an actual not measured yet, printed)."""
    return key(text) in current().status_words


def bullet_item(text: str) -> bool:
    """A bulleted line with text after its bullet: an item, no cell of a flattened table."""
    marker, body = split_marker(text)
    return bool(marker and body.strip())
