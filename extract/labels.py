"""Section headings, header labels and the card title, matched against the vocabulary in force.

Matching is on normalized labels (no white space, no numbering, NFKC): ``1. 사업 개요`` and
``사업개요`` are the same section; ``공 약 명`` is ``공약명``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from pledgecard.extract.colon_remarks import colon_remark
from pledgecard.extract.cover_memo import is_cover_memo
from pledgecard.extract.heading_companions import companion_section
from pledgecard.extract.heading_numbers import ordinal_number
from pledgecard.extract.markers import (
    CLOSE_BRACKETS,
    CONSONANTS,
    LETTERS,
    OPEN_BRACKETS,
    closing_bracket,
    is_glyph,
)
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.extract.vocabulary import key as key_of
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.memo import short_strings
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.status import status_code
from pledgecard.normalize.text import fold

# the consonants numbering a heading (ㄱ. ㄴ.) as NFKC folds them (the leading-consonant jamo ᄀ ᄂ)
_CONSONANTS = unicodedata.normalize("NFKC", CONSONANTS)
# numbering before a label: 1. 가) ㄴ. Ⅱ. (3) a., compound (Ⅰ-1. 2-3) 1.2.), or a bare number or roman
# numeral and a space (Ⅱ 사업개요, 3 추진실적)
_NUMBERING = re.compile(
    rf"^(?:[0-9]{{1,2}}|[IVXⅠ-Ⅻ]{{1,4}}|[{LETTERS}{_CONSONANTS}])(?:[-.][0-9]{{1,2}})*[.)]\s*|^\(\d{{1,2}}\)\s*"
    rf"|^[{OPEN_BRACKETS}]\s?(?:[0-9]{{1,2}}|[IVXⅠ-Ⅻ]{{1,4}}|[{LETTERS}])\s?[{CLOSE_BRACKETS}]\s*"
    # a bracketed number whose opening bracket a scan lost or read as a stroke, ``1`` (⟦3⟧
    # OCR'd ``13]``), or both brackets read so (``161``): mutant 5306 scan. Only that shape: one
    # digit 1-9, a square bracket's glyph (or a stroke and it) closing it (review c #7: ``100]``, ``101``, ``199)``,
    # ``3>``, ``12】`` were taken too)
    r"|^1?[1-9]1?[\]］]\s*|^1[1-9]1\s+"
    r"|^(?:[0-9]{1,2}|[IVXⅠ-Ⅻ]{1,4})(?:[-.][0-9]{1,2})*\s+"
    # a Latin letter before a Hangul label, spaced or glued (a. 사업개요, B)추진실적)
    r"|^[A-Za-z][.)]\s*(?=[가-힣])"
)

_SPACE = re.compile(r"\s+")
# A gloss after a heading's Korean title: English words or Hanja (``사업개요 Overview``, ``추진실적 PROGRESS``,
# ``기대효과 期待效果``): a run of Latin letters or Han ideographs closing the label, after a Hangul syllable.
_GLOSS = re.compile(r"(?<=[가-힣)）])(?:[A-Za-z][A-Za-z&'.,/\-]*|[\u3400-\u4dbf\u4e00-\u9fff]+)$")


@short_strings
def norm_label(text: str) -> str:
    """``'1. 사업 개요'`` -> ``'사업개요'``; brackets and colons around a heading are dropped."""
    s = unicodedata.normalize("NFKC", text).strip()
    ordinal = ordinal_number(s)  # 제1장 사업개요
    s = ordinal[2].strip() if ordinal is not None else s
    s = _NUMBERING.sub("", s)  # an enclosed number first (<1> 사업개요): its bracket is no heading's
    s = s.strip("《》<>〈〉【】[]「」『』:：")
    s = _NUMBERING.sub("", s)
    s = _SPACE.sub("", s)
    return s.strip("《》<>〈〉【】[]:：")


_GLUED_NUMBER = re.compile(r"^[0-9]{1,2}(?=[가-힣])")


def _total_remark(remark: str) -> bool:
    """A remark that is a total: a total word (vocabulary ``[outreach_sentences] total``) and a figure
    (``총11회``), what a bracket after a heading holds elsewhere (``(총 17회)``)."""
    return any(
        remark.startswith(w) and remark[len(w) :][:1].isdigit()
        for w in current().words("outreach_sentences", "total")
    )


def _counter_list(v: Vocabulary) -> re.Pattern[str]:
    counters = "|".join(re.escape(w) for w in v.words("counters"))
    return re.compile(rf"[^\d,，()（）]+\(?\d[\d,]*(?:{counters})\)?(?:\([^()]*\))?")


def _count_list(remark: str) -> bool:
    """A remark of two counts or more, each after its words and parted by commas (``설명회2회,언론보도4회(총8회)``;
    a count may stand in brackets after its words, ``주민설명회(3회)``)."""
    pieces = [p for p in re.split(r"[,，]", remark) if p]
    pattern = current().build(_counter_list)
    return len(pieces) >= 2 and all(pattern.fullmatch(p) for p in pieces)


def counts_after_colon(text: str) -> bool:
    """Whether a line names the outreach only by its counts told after a colon (``주민소통 실적 : 설명회 2회,
    언론보도 3회``): a heading's shape when the line stands as a heading, an item's when a bullet marks it."""
    told = colon_remark(norm_label(text))
    return told is not None and bool(told[0]) and _count_list(told[1]) and _match(told[0])[0] == ("outreach",)


def _names(key: str) -> tuple[str, ...]:
    """The section names a normalized label names: one, two for a combined heading, or none."""
    return _glued_match(key)[0]


@per_vocabulary
def _glued_match(key: str) -> tuple[tuple[str, ...], str | None]:
    """:func:`_match`, or where that names nothing, a heading's bare number glued to its title (``1사업개요``: a
    converter dropping the space after a shaded number) taken off, only where the rest names a section whole
    (``3회개최`` names none). Remembered per vocabulary: every section's finder asks it of the same lines."""
    hit = _match(key)
    glued = _GLUED_NUMBER.match(key) if not hit[0] else None
    return _match(key[glued.end() :]) if glued else hit


def _match(key: str) -> tuple[tuple[str, ...], str | None]:
    """The section names a normalized label names (one, two for a combined heading, or none) and
    the vocabulary label that matched. Exact match, or a known label followed only by a bracketed
    remark (``추진실적(성과)``, ``향후계획('25년)``)."""
    if not key:
        return (), None
    hit = _colon_titled(key)  # a heading's title, a colon and a remark (``시민소통실적:총11회``)
    if hit is not None:
        return hit
    if len(key) > 24:
        return (), None
    vocab = current()
    hit = _whole_label(vocab, key)
    if hit is not None:
        return hit
    gloss = _GLOSS.search(key)
    if gloss is not None:  # a known title followed by its gloss names the title's section
        return _match(key[: gloss.start()])
    for scope in vocab.words("sections_scopes"):
        # 세부사업별 투자계획, 단위사업별 추진실적: a known title told part by part names its section
        if key.startswith(key_of(scope)) and len(key) > len(key_of(scope)):
            names, label = _match(key[len(key_of(scope)) :])
            if names:
                return names, f"{scope} {label}"
    return (), None


def _whole_label(vocab: Vocabulary, key: str) -> tuple[tuple[str, ...], str | None] | None:
    """The key as a whole a known label: exact, followed by a bracketed remark, or known labels joined."""
    if "(" not in key and "（" not in key:  # no bracketed remark: only an exact match can name it
        hit = vocab.build(_exact_labels).get(key)
        if hit is not None:
            return hit
    else:
        hit = _bracketed(vocab, key)
        if hit is not None:
            return hit
    for joiner in vocab.words("sections_joiners"):
        # 소요예산 및 투자계획, 향후계획 및 기대효과: each part names a section
        parts = [p for p in key.split(key_of(joiner)) if p] if key_of(joiner) in key else []
        if len(parts) >= 2:
            matches = [_match(p) for p in parts]
            if all(len(n) == 1 for n, _ in matches):
                return (
                    tuple(dict.fromkeys(n[0] for n, _ in matches)),
                    f" {joiner} ".join(str(label) for _, label in matches),
                )
            section = companion_section(vocab, parts, [n for n, _ in matches])
            if section is not None:  # 구민소통 및 홍보: publicity in the outreach's company
                return (section,), f" {joiner} ".join(
                    str(label or p) for p, (_, label) in zip(parts, matches, strict=True)
                )
    return None


def _colon_titled(key: str) -> tuple[tuple[str, ...], str | None] | None:
    """A heading's title, a colon and a remark (``시민소통실적:총11회``): the title's match where the remark tells
    the title is a heading's, else None (the key read as a whole). Its total (시민소통 실적 : 총 11회): the title's
    section; its counts (시민소통 실적: 설명회 2회, 언론보도 4회(총 8회)): the outreach only, its items in the
    remark (an item's label and counts, ``사업내용 : 공원 2개, 숲길 3개``, heads no section). A title's word and a
    colon before other words (``사업개요 : 노후 공원 정비``) is an item."""
    told = colon_remark(key)
    if told is None or not told[0]:
        return None
    title, remark = told
    if len(title) <= 24 and _count_list(remark):
        hit = _match(title)
        if hit[0] == ("outreach",):
            return hit
    return _match(title) if len(key) <= 24 and _total_remark(remark) else None


def _bracketed(vocab: Vocabulary, key: str) -> tuple[tuple[str, ...], str] | None:
    """The first label (combined headings first, in the vocabulary's order) that ``key`` is, or
    that ``key`` starts with followed by a bracket."""
    for label, names in vocab.combined_sections.items():
        if key == label or (key.startswith(label) and key[len(label) :][:1] in "(（"):
            return names, label
    for name, variants in vocab.section_labels.items():
        for v in variants:
            if key == v or (key.startswith(v) and key[len(v) :][:1] in "(（"):
                return (name,), v
    return None


def _exact_labels(vocab: Vocabulary) -> dict[str, tuple[tuple[str, ...], str]]:
    """:func:`_bracketed` for keys without a bracket, as one lookup: each label's first entry."""
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for label, names in vocab.combined_sections.items():
        out.setdefault(label, (names, label))
    for name, variants in vocab.section_labels.items():
        for v in variants:
            out.setdefault(v, ((name,), v))
    return out


def section_label(text: str) -> str | None:
    """The vocabulary label a heading matched (``'1. 추진 실적(성과)'`` -> ``'추진실적(성과)'``), or
    ``None`` when it names no section."""
    return _glued_match(norm_label(text))[1]


def section_of(text: str) -> str | None:
    """The section a heading names (the first, for a heading that names two), or ``None``."""
    names = _names(norm_label(text))
    return names[0] if names else None


def sections_of(text: str) -> tuple[str, ...]:
    """All the sections a heading names: ``향후계획 및 기대효과`` -> ``('plans', 'effects')``."""
    return _names(norm_label(text))


def header_field_of(text: str) -> str | None:
    key = norm_label(text)
    for name, variants in current().header_labels.items():
        if key in variants:
            return name
    return None


# Header fields that are parts of the 관리번호 (분야 | 3 | 순번 | 12): labels only before a code.
NUMBER_PARTS = ("mgmt_part1", "mgmt_part2")
CODE = re.compile(r"[0-9A-Za-z\u2160-\u216b][0-9A-Za-z\u2160-\u216b.\-]{0,5}")


_FIELD_WORD = re.compile(r"\s*[가-힣]{1,4}\s+")


def _field_word_then_part2(rest: str) -> bool:
    """``교통 순번 61``: a 분야 printed as its word, then the 순번 label and its code (a title's word
    분야 has no 순번 after the word following it)."""
    w = _FIELD_WORD.match(rest)
    m = current().header_label_re.match(rest, w.end()) if w else None
    if m is None or not m.group(NUMBER_PARTS[1]):
        return False
    after = rest[m.end() :].split()
    return bool(after) and CODE.fullmatch(after[0]) is not None


def _kind_closing(v: Vocabulary) -> re.Pattern[str]:
    t = v.data["title"]
    return re.compile(rf"(?:^|(?<=\s))(?:{spaced(t['prefix'])})[가-힣]{{0,3}}\s*(?:{spaced(t['kinds'])})\s*$")


def kind_title_match(text: str) -> re.Match[str] | None:
    """Where a line closes with the title's prefix word and kind printed without a suffix (``연빛군 민선8기 군수
    공약사업 추진상황``: vocabulary ``[title]`` prefix and kinds), after words of which none is a label: the card's
    title words, not a label row (``공약사업`` and ``추진상황`` are labels too, ``관리번호 공약사업 추진상황`` a row of
    them); None otherwise (nothing before them: two labels a line may print alone)."""
    m = current().build(_kind_closing).search(text)
    if m is None or not text[: m.start()].strip():
        return None
    before = current().header_label_re.search(text[: m.start()])
    return None if before is not None else m


# the first word after a position (class fixed: find_labels split the whole rest of the line after each label,
# quadratic in a long line's labels: a 16k-word flattened paragraph spent 17 of its 45 s there)
_FIRST_WORD = re.compile(r"\s*(\S+)")


def find_labels(text: str) -> list[tuple[str, int, int]]:
    """Header labels inside a line: ``(field, start, end)`` in order. A part of the 관리번호 (분야)
    counts only when a code or nothing follows it; a label word inside the card's title words
    (``공약사업`` in ``… 공약사업 관리카드``, or in ``… 공약사업 추진상황`` closing a line: :func:`kind_title_match`)
    is part of the title."""
    vocab = current()
    out = []
    title = vocab.title_re.search(text) or kind_title_match(text)
    pos = 0
    while (m := vocab.header_label_re.search(text, pos)) is not None:
        field, end = _longest_label(text, m)
        pos = max(end, m.start() + 1)
        if title is not None and m.start() < title.end() and title.start() < end:
            continue
        if m.group("label_open") and not _bracketed_pair(text, m.group("label_open"), end):
            continue  # a bracketed remark opening on a label's word (``(번호 7-3-1 통합)``): no pair
        after = _FIRST_WORD.match(text, end)  # the first word after the label
        if (
            field in NUMBER_PARTS
            and after
            and not CODE.fullmatch(after.group(1))
            and not (field == NUMBER_PARTS[0] and _field_word_then_part2(text[m.end() :]))
        ):
            continue
        out.append((field, m.start(), end))
    return out


def _field_label_res(v: Vocabulary) -> dict[str, re.Pattern[str]]:
    """Each header field's labels as a matcher of one label, bounded as :attr:`Vocabulary.header_label_re` bounds
    them (no bracket: a bracketed label keeps the combined matcher's reading)."""
    return {
        name: re.compile(rf"(?:{spaced(words)})(?=$|[\s|:：])") for name, words in v.header_labels.items()
    }


def _longest_label(text: str, m: re.Match[str]) -> tuple[str, int]:
    """The field and end of the header label ``m`` found: the longest label of any field printed where it starts.
    The combined matcher tries the fields in their order, so a label holding another field's label as its first
    word (``추진상황 기준``, the as-of day, over ``추진상황``, the status) was read as the shorter one and its value
    as the other field's (crossbred 9183 txt: the as-of day lost to the status label, the card dated by a block's
    quarter). The longer label is taken only where a value follows it on the line: a line closing on it (``2024. 12.
    31. 추진상황 기준``) prints its value before it, which the readers of such lines read as they did. Where the
    longer label's field has a value of a known kind (:data:`_VALUE_KINDS`: a date for the as-of day), what follows
    it up to the next label must be that value whole (review of h-crossworst5: ``… 추진상황 기준 이행율 35%``,
    ``… 추진상황 기준 (단위: 억원)``, ``… 추진상황 기준   - 1 -`` lost the day printed before it, and ``추진상황 기준
    2023. 9. 30. 이행후 계속추진`` the status after the day: those keep the shorter label's reading)."""
    field = next(name for name in current().header_labels if m.group(name))
    end = m.end()
    if m.group("label_open"):
        return field, end
    for name, rx in current().build(_field_label_res).items():
        if (
            name != field
            and (o := rx.match(text, m.start())) is not None
            and o.end() > end
            and text[o.end() :].strip()
            and _value_fits(name, text, o.end())
        ):
            field, end = name, o.end()
    return field, end


def _dated_value(value: str) -> bool:
    """An as-of label's value: a date opens it (its longest run of words read as one date) and no status follows
    it (``2023. 9. 30. 이행후 계속추진``: the status as at the day, which the status label's reading keeps)."""
    words = value.split()
    k = next((k for k in range(min(len(words), 6), 0, -1) if is_date(" ".join(words[:k]))), 0)
    return k > 0 and status_code(" ".join(words[k:])) in (None, "other")


# a field's value of a known kind: the text after its label must read as it
_VALUE_KINDS: dict[str, Callable[[str], bool]] = {"as_of": _dated_value}


def _value_fits(field: str, text: str, end: int) -> bool:
    """Whether the text after a label of ``field`` ending at ``end`` (a colon or a cell's rule before it dropped)
    reads as that field's value; a field of no known value kind fits any non-blank text."""
    kind = _VALUE_KINDS.get(field)
    if kind is None:
        return True
    value = text[end:].strip().lstrip(":：|│┃").strip()
    return bool(value) and kind(value)


_PAIR_COLON = re.compile(r"\s*[:：]\s*\S")


def opens_with_label(text: str) -> bool:
    """A line of a card's header fields: it opens with a header label (``공약명 …``, after a table's rule ``|`` at
    most); a table's head naming a label among its columns (``연도 … 추진상황 추진내용``) is none. One rule for every
    reader and furniture test (review A of session 33: three copies, one stripping the rule and two not, made one line
    a header line for one test and none for another)."""
    labels = find_labels(text)
    return bool(labels) and not text[: labels[0][1]].strip(" \t|│┃")


def phone_words(v: Vocabulary) -> str:
    """The phone words and glyphs (``[header_values] phone_words``) as one alternation, a point after each and a
    space between a word's letters allowed: a word spaced out as labels are (``내 선``), or broken by a cell's line
    (``(내`` / ``선 3725)``, read back with a space)."""
    return "|".join(r"\s?".join(map(re.escape, w)) + r"\.?" for w in v.words("header_values", "phone_words"))


def _phone_after(v: Vocabulary) -> re.Pattern[str]:
    """A phone word or glyph and a number after it (``☎ 052-940-3381``, ``전화 2718``)."""
    return re.compile(rf"(?:{phone_words(v)})\s*[:：]?\s*\(?\d[\d)\-]{{2,}}")


def _bracketed_pair(text: str, opening: str, end: int) -> bool:
    """Whether a label opening a bracket (ending at ``end``) opens a bracketed pair: the label closed by
    its own bracket (``[공약명] …``), or a colon and a value after it and the bracket closing after the
    value (``… 확대 (관리번호 : 5-12)``), or a value and a phone after its word or glyph inside the bracket
    (``관광진흥과 (담당 하도윤, ☎ 052-940-3381)``: a contact in brackets after the department, no colon;
    samples/handmade/galsup-county-gwan-3). A bracketed remark that opens on a label's word (``(번호 7-3-1
    통합)``, ``(전화 상담 1,200건)``, ``(담당 3개 부서 협업)``) or a bracket never closed is no pair (the
    class of card fixed: remarks in brackets after a header value read as header fields)."""
    if text[end - 1] in CLOSE_BRACKETS:
        return True
    close = closing_bracket(opening)
    after = text[end:]
    if close is None or close not in after:
        return False
    inside = after[: after.index(close)]
    return bool(_PAIR_COLON.match(after)) or (inside.strip() != "" and _opens_value_then_phone(inside))


def _opens_value_then_phone(inside: str) -> bool:
    """Whether a bracket's text after a label is a value (a word before any digit) and then a phone after its
    word or glyph (``하도윤, ☎ 052-940-3381``), not a remark counting something (``전화 상담 1,200건``)."""
    m = current().build(_phone_after).search(inside)
    return m is not None and m.start() > 0 and not any(ch.isdigit() for ch in inside[: m.start()])


def bracketed_fields(text: str) -> set[str]:
    """The fields whose labels open a bracketed pair after another value on the line (``… 확대
    (관리번호 : 5-12)``): a remark's pair that must give way to the field printed with its own label."""
    return {
        f
        for f, start, end in find_labels(text)
        if text[start] in OPEN_BRACKETS and text[end - 1] not in CLOSE_BRACKETS
    }


# marks a line of label-value pairs prints between a value and the next label (``주관부서 : 공원녹지과 /
# 담당자 정수아 / ☎ …``), or between a label and its value: no part of a value
VALUE_EDGES = " \t|:：/／"
PAIR_COMMAS = ",，"  # between two label : value pairs on a line (the class fixed: saeteo-city-7-6's contact)


def split_labelled(text: str) -> list[tuple[str, str]]:
    """``'담 당 자 김준연 전화번호 3928'`` -> ``[('contact_name', '김준연'), ('contact_phone', '3928')]``."""
    labels = find_labels(text)
    pairs = []
    for i, (field, start, end) in enumerate(labels):
        stop = labels[i + 1][1] if i + 1 < len(labels) else len(text)
        stop = _unknown_bracketed_label(text, start, end, stop)
        value = _value_edges(text[end:stop].strip(VALUE_EDGES))
        if i + 1 < len(labels):  # (담당자 : 진소율, 연락처 : …): the comma parting two pairs is no value's
            value = value.rstrip().rstrip(PAIR_COMMAS).rstrip()
        if field == "progress" and pairs and pairs[-1] == ("status", "") and _progress_then_status(value):
            # (추진현황 진척도 65% 정상): the status printed after its progress, the progress's label opening it
            pairs[-1] = ("status", fold(_value_edges(text[start:stop].strip(VALUE_EDGES))))
            continue
        pairs.append((field, fold(value)))
    return pairs


def _progress_then_status(value: str) -> bool:
    """Whether a progress label's value is a percent and then a status (``65% 정상``, ``100% 완료``)."""
    m = re.match(r"\d+(?:\.\d+)?\s*[%％]\s+(\S.*)$", value.strip())
    return m is not None and status_code(m.group(1)) not in (None, "other")


def _unknown_bracketed_label(text: str, start: int, end: int, stop: int) -> int:
    """Where a value ends whose label stands in brackets of its own (``【관리번호】 4-2  【분  야】 복지``): before
    the next words in the same brackets, a label the vocabulary may not know (a line of such pairs prints every
    label so); ``stop`` when its label is not so bracketed or no such words follow. Only words standing where labels
    stand end it: after the value's words, a value after them, and set apart as a label is: a column's gap before
    it (two spaces or more, a tab), its words spaced a syllable apart to a cell's width (``【분  야】``), or the value
    before it a code with no Hangul word (``4-2``); a bracketed word inside a value (``【공약명】 【신규】 마을 …``,
    ``… 60개소 【확대】 운영 80개소``) is the value's (the class of card fixed: a 【】 value cut short at a bracketed
    word of its own)."""
    close = closing_bracket(text[start]) if text[start] in OPEN_BRACKETS else None
    if close is None or text[end - 1] != close:
        return stop
    pattern = re.compile(
        rf"(?P<gap>\t|\s{{2,}}|\s){re.escape(text[start])}(?P<words>[^{re.escape(close)}\d]{{1,12}})"
        rf"{re.escape(close)}\s*\S"
    )
    for m in pattern.finditer(text, end, stop):
        before = text[end : m.start()].strip(VALUE_EDGES)
        spaced_out = len(words := m.group("words").split()) >= 2 and all(len(w) == 1 for w in words)
        if before and (len(m.group("gap")) > 1 or spaced_out or not re.search(r"[가-힣]", before)):
            return m.start()
    return stop


def _value_edges(value: str) -> str:
    """A value without what the pairs around it print at its edges: the glyph bulleting the next pair on the
    same line (``임기 내 완료  ◈ 추진상황 : …``), the bracket closing a pair printed in brackets after the value
    before it (``… 확대 (관리번호 : 5-12)``: ``5-12``; a bracket the value opens, ``추진중(정상)``, stays)."""
    words = value.split()
    while len(words) > 1 and len(words[-1]) == 1 and is_glyph(words[-1]):
        value = value[: value.rstrip().rfind(words.pop())].rstrip(VALUE_EDGES)
    while value and value[-1] in CLOSE_BRACKETS:
        close = value[-1]
        opening = OPEN_BRACKETS[CLOSE_BRACKETS.index(close)]
        if value.count(opening) >= value.count(close):
            break
        value = value[:-1].rstrip(VALUE_EDGES)
    return value


def is_title(text: str) -> bool:
    """Whether the text names a card (``… 공약사업 관리카드``). A line of the card's title words printed without a
    suffix (``연빛군 민선8기 군수 공약사업 추진상황``: :func:`kind_title_match`) is none: it titles a card only right
    above its header (:func:`untitled_title`), and it is what a running page header prints. Nor is a cover memo's
    line naming the card as its attachment (``붙임 … 관리카드 1부. 끝.``: :mod:`pledgecard.extract.cover_memo`)."""
    return bool(current().title_re.search(text)) and not is_cover_memo(text)


def title_without_box(text: str) -> str:
    """The card's title line without the heads of an approval box printed beside it (``… 관리카드
    결 재 담당 팀장 과장 국장``: a layout dump runs the box onto the title's line): after the title's
    words only approval heads (vocabulary ``[title] approval``, their letters spaced or not); or the head
    of a stamp box of the as-of date printed beside it (``… 이행상황 작성기준``: a ``[header] as_of`` label)."""
    m = title_match(text)
    if m is None:
        return text
    rest = "".join(text[m.end() :].split())
    stamp = key_of(rest) in current().header_labels.get("as_of", ())
    return text[: m.end()] if rest and (stamp or current().build(_approval_run).fullmatch(rest)) else text


def _approval_head(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"(?:{v.alternation('title', 'approval')})")


def _approval_run(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"(?:{v.alternation('title', 'approval')})+")


def approval_heads(text: str) -> list[str] | None:
    """The approval-box heads a line prints and nothing else (``결재``, ``담당 팀장 과장``; vocabulary
    ``[title] approval``), or one letter of a head printed alone (``결`` / ``재``: the box's first cell
    stacks its letters), also before the heads' row (``재 담당 팀장``): the heads (a lone letter gives ``[]``); None for
    any other line."""
    squeezed = "".join(text.split())
    if not squeezed:
        return None
    heads = current().words("title", "approval")
    if len(squeezed) == 1:
        return [] if any(len(h) > 1 and squeezed in h for h in heads) else None
    found = current().build(_approval_head).findall(squeezed)
    if "".join(found) == squeezed:
        return found
    first, _, rest = text.strip().partition(" ")
    if len(first) == 1 and rest and approval_heads(first) == [] and approval_heads(rest):
        # the box's stacked letter glued to the heads' row (``결`` / ``재 담당 팀장 과장 국장``: mutant 4055 txt)
        return approval_heads(rest)
    return None


def title_match(text: str) -> re.Match[str] | None:
    """Where the card title's words (``공약사업 관리카드``, vocabulary ``[title]``) stand in ``text``."""
    return current().title_re.search(text)


def _pledge_word(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[\s{OPEN_BRACKETS}]))(?:{v.alternation('title', 'prefix')})")


def pledge_match(text: str) -> re.Match[str] | None:
    """Where a word opens with the title's prefix (``공약``, vocabulary ``[title] prefix``) in ``text``:
    a line naming the pledges without a card's kind word (``물빛시 민선8기 시장 공약사업 추진상황``) may
    title a card, where it stands (above the card's header, no title line printed)."""
    return current().build(_pledge_word).search(fold(text))


TITLE_LEN = 60  # characters of a title line at most


def untitled_title(text: str) -> bool:
    """Whether a line may title a card printed without a kind word: short, it names the pledges
    (:func:`pledge_match`) and is no sentence (no full stop closing it). Where it stands decides (the line right above
    a card's header block, no title line printed: :func:`pledgecard.extract.card_split.split_cards`)."""
    text = fold(text)
    return len(text) <= TITLE_LEN and pledge_match(text) is not None and not text.endswith(".")


def unlabelled_title(text: str) -> bool:
    """Whether a line or a one-row table's one cell may title a card printed without a kind word
    (:func:`untitled_title`) and no label opens it (``사업명 : …`` is a header's row, not a title): the one test of
    the header's first line and of a title box beside an empty box."""
    if not untitled_title(text):
        return False
    labels = find_labels(text)
    return not (labels and labels[0][1] == 0)
