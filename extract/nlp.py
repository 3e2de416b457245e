"""Entity finder for achievement text: organisations (`find_orgs`) and counts (`find_counts`).

Organisations come from a blank Korean spaCy pipeline (rule-based tokenizer, no model download)
whose EntityRuler marks candidates by token shape (corporate markers, institution suffixes,
ministries, bodies of a word of their own such as `농협`, `보건소`, `제36보병사단`); a Matcher finds `A-B`
partner pairs, and regular expressions read labelled lists (`참여기업(7개) : a, b, c`) and bracketed
partners after a word of agreement (`협약 체결(농협, 새마을부녀회)`). An institution word that is no name
alone may be one with the word before it (`소양동 행정복지센터`; `새마 을부녀회` wrapped in a dump). Candidates are then checked against word lists so that venues
(`복합스포츠센터`), common nouns (`확대`, `시대`) and generic words (`사업단`, `대학`) drop out.
Counts (`51명`, `3개 교과목`, `4과목`) come from one regular expression over the raw text; the label
is the clause before the number.

Everything is stateless; `get_nlp()` builds the pipeline once per process.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from pledgecard.extract import nlp_patterns as P
from pledgecard.extract.nlp_acronyms import merge_glossed
from pledgecard.extract.spacy_core import Doc, Language, Matcher, Token, spacy

ORG_LABEL = "ORG"
MAX_TOKEN_CHARS = 40  # longer "tokens" are not names; keeps the token regexes cheap
CHUNK_CHARS = 50_000  # texts are fed to spaCy in pieces of at most this size
# Institution words that make the other side of `A-B` a partner even though they are no name.
GENERIC_INSTITUTIONS = P.GENERIC_INSTITUTIONS


# Pipeline ---------------------------------------------------------------------------------------


def _token(regex: str) -> dict[str, Any]:
    return {"TEXT": {"REGEX": regex}, "LENGTH": {"<=": MAX_TOKEN_CHARS}}


def _ruler_patterns() -> list[dict[str, Any]]:
    name = _token(P.NAME_TOKEN_RE)
    return [
        {"label": ORG_LABEL, "id": "corp_pre", "pattern": [{"ORTH": P.PREFIX_MARK}, name]},
        {"label": ORG_LABEL, "id": "corp_post", "pattern": [name, {"ORTH": P.SUFFIX_MARK}]},
        {"label": ORG_LABEL, "id": "ministry", "pattern": [_token(P.MINISTRY_RE.pattern)]},
        {"label": ORG_LABEL, "id": "acronym", "pattern": [_token(P.ACRONYM_RE.pattern)]},
        {"label": ORG_LABEL, "id": "body", "pattern": [_token(P.BODY_RE.pattern)]},
        {
            "label": ORG_LABEL,
            "id": "institution",
            "pattern": [_token(r"^.+?" + P.INSTITUTION_TAIL_RE.pattern)],
        },
    ]


@functools.cache
def get_nlp() -> Language:
    """The blank Korean pipeline with the organisation EntityRuler; built once per process."""
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


@functools.cache
def _pair_matcher() -> Matcher:
    """`A-B` and `A-㈜B`: two name tokens joined by a hyphen."""
    nlp = get_nlp()
    matcher = Matcher(nlp.vocab, validate=True)
    name = _token(P.NAME_TOKEN_RE)
    hyphen = {"ORTH": {"IN": list(P.HYPHENS)}}
    matcher.add("PAIR", [[name, hyphen, {"ORTH": P.PREFIX_MARK, "OP": "?"}, name]])
    return matcher


# Text normalisation -----------------------------------------------------------------------------

_NAME_CHAR = re.compile(P.NAME_CHAR)
_LEADING_WORD = re.compile(r"( *)(" + P.NAME_CHAR + r"+)")
_TRAILING_WORD = re.compile(r"(" + P.NAME_CHAR + r"+)( *)$")
_SPACES = re.compile(r"[ \t\u00a0]+")
_LONG_RUN = re.compile(rf"\S{{{2 * MAX_TOKEN_CHARS}}}(?=\S)")


def _corp_mark(text: str, start: int, end: int) -> str:
    """The marker for a corporate form at text[start:end]: before (㈜) or after (㈱) its name.

    A name glued to the form wins (`㈜X`, `X(주)와`); between two spaced words the form belongs to
    the one that looks like a name (`협약 주식회사 카카오`, `네이버 주식회사 참여`)."""
    after = _LEADING_WORD.match(text, end)
    before = _TRAILING_WORD.search(text, max(0, start - MAX_TOKEN_CHARS), start)
    after_word = after.group(2) if after and after.group(2) not in P.PARTICLES else None
    if after_word and after and not after.group(1):
        return f" {P.PREFIX_MARK} "
    if before and not before.group(2):
        return f" {P.SUFFIX_MARK} "
    after_name = bool(after_word) and _plain_name(_strip_particle(after_word), strict=True) is not None
    before_name = before is not None and _plain_name(before.group(1), strict=True) is not None
    if after_name or (after_word and not before_name):
        return f" {P.PREFIX_MARK} "
    return f" {P.SUFFIX_MARK} "


def _mark_corporate_forms(text: str) -> str:
    for pattern in (P.CORP_PAREN_RE, P.CORP_WORD_RE):
        parts, pos = [], 0
        for m in pattern.finditer(text):
            parts += [text[pos : m.start()], _corp_mark(text, m.start(), m.end())]
            pos = m.end()
        text = "".join(parts) + text[pos:]
    return text


def normalize_for_orgs(text: str) -> str:
    """NFKC (㈜ -> (주), full-width punctuation -> ASCII), middle dots as `·`, corporate forms as markers, spaced hyphens,
    runs without spaces cut every 80 characters."""
    text = unicodedata.normalize("NFKC", text).translate(P.MIDDLE_DOTS)
    text = _mark_corporate_forms(text)
    text = _SPACES.sub(" ", P.HYPHEN_RE.sub(" - ", text))
    # spaCy's affix splitting is quadratic in the length of a run without spaces (`((((...`)
    return _LONG_RUN.sub(r"\g<0> ", text)


# Name checks ------------------------------------------------------------------------------------


def _strip_particle(word: str, *, ambiguous: bool = False) -> str:
    """`아이세이퍼간` -> `아이세이퍼`; keeps at least two characters."""
    for particle in P.PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            if particle in P.AMBIGUOUS_TAILS and not ambiguous:
                continue
            return word[: -len(particle)]
    return word


def _plain_name(word: str, *, strict: bool) -> str | None:
    """A name we know nothing else about (a pair partner, a marked company, a list item)."""
    word = word.strip(" '\"‘’“”·.-")
    if len(word) < 2 or not re.match(P.NAME_TOKEN_RE, word) or word in P.GENERIC_WORDS:
        return None
    if strict and word.endswith(P.NON_NAME_TAILS):
        return None
    return word


def _names_a_body(stem: str) -> bool:
    """A centre's stem says what the body does and has a name element besides (`창조경제혁신`)."""
    rest = stem
    for w in P.CENTER_ORG_WORDS:
        rest = rest.replace(w, "")
    return rest != stem and rest != ""


def institution_name(word: str, places: frozenset[str] = frozenset()) -> str | None:
    """`정밀의료사업단의` -> `정밀의료사업단`; None for venues, common nouns and generic words. A stem that
    is one of ``places`` (the issuer's place names: an institution named after the government whose
    card it is) is a name even when the same word is a generic one elsewhere."""
    if len(word) > MAX_TOKEN_CHARS or _strip_particle(word, ambiguous=True) in P.PLACE_OFFICES:
        return None  # a neighbourhood's office alone is a kind of office (see `place_office_name`)
    m = P.INSTITUTION_TAIL_RE.search(word, 1)
    if not m:
        return None
    stem, suffix, particle = word[: m.start()], m["suffix"], m["particle"] or ""
    generic = stem in P.GENERIC_STEMS and stem not in places
    if len(stem) < 2 or not P.STEM_RE.fullmatch(stem) or stem[0].isdigit() or generic:
        return None
    name = stem + suffix
    if suffix == P.UNIVERSITY:
        if (
            not re.fullmatch(r"[가-힣]+", stem)
            or name.endswith(P.DAE_NOUN_TAILS)
            or particle in P.UNIVERSITY_NOT_BEFORE
        ):
            return None
    elif suffix == P.INSTITUTE and stem.endswith(P.RESEARCHER_TITLES):
        return None
    elif suffix == P.CENTER and not _names_a_body(stem):
        return None
    elif suffix == P.HOSPITAL and stem in P.HOSPITAL_KIND_STEMS:
        return None
    elif suffix == P.CORPORATION and not (
        P.GONGSA_STEM_RE.search(stem) or P.ACRONYM_CORPORATION_RE.match(stem)
    ):
        return None
    elif suffix in P.PLACE_OFFICES and not names_a_neighbourhood_office(stem, places):
        return None
    elif suffix in P.SCHOOL_SUFFIXES and not _names_a_school(stem, places):
        return None
    return name


def is_neighbourhood(word: str, places: frozenset[str] = frozenset()) -> bool:
    """`효자2동`, `소양동`, an issuer's place: a neighbourhood's name. Words that merely end in a
    place unit (`이동`, `전면`, `관리`, `거리`, `평가`, `봉사활동`) are not: a name without a number
    has three syllables or more and does not end like a common noun, unless the issuer names it."""
    if word in places and P.PLACE_WORD_RE.fullmatch(word):
        return True
    if P.NUMBERED_PLACE_RE.fullmatch(word):
        return True
    return bool(P.UNNUMBERED_PLACE_RE.fullmatch(word)) and not word.endswith(P.PLACE_NOUN_TAILS)


def names_a_neighbourhood_office(word: str, places: frozenset[str] = frozenset()) -> bool:
    """``word`` names the neighbourhood of the office word after it: a neighbourhood's name
    (`is_neighbourhood`), or before an office also a two-syllable 읍/면/동 (`서면 행정복지센터`, `북면
    주민센터`, `화동 주민센터`) that does not end like a common noun (`이동`, `전면`, `대면`): alone such a
    word is as often a common one (`서면 보고`), before a neighbourhood's office it is the neighbourhood."""
    if is_neighbourhood(word, places):
        return True
    short = P.SHORT_PLACE_RE.fullmatch(word)
    return bool(short) and word not in P.GENERIC_STEMS and not word.endswith(P.PLACE_NOUN_TAILS)


def _names_a_school(stem: str, places: frozenset[str]) -> bool:
    """A school's stem is a name (`달래`, `솔내여자`): what is left after the words for a kind of
    school at its end (`과학`, `초중`, `남녀공학`) is two syllables or more, or an issuer's place."""
    rest = stem
    while True:
        kind = next((w for w in P.SCHOOL_KIND_WORDS if rest.endswith(w) and rest != w), None)
        if kind is None:
            break
        rest = rest[: -len(kind)]
    if rest in P.SCHOOL_KIND_WORDS:
        return False
    return rest in places or (len(rest) >= 2 and rest not in P.GENERIC_STEMS)


def place_office_name(place: str, word: str, places: frozenset[str] = frozenset()) -> str | None:
    """`소양동` + `행정복지센터와` -> `소양동 행정복지센터`: a neighbourhood's office named after its spaced
    neighbourhood; None when ``word`` is no such office or ``place`` no neighbourhood's name."""
    office = _strip_particle(word, ambiguous=True)
    if (
        office not in P.PLACE_OFFICES
        or not names_a_neighbourhood_office(place, places)
        or place in P.GENERIC_STEMS
    ):
        return None
    return f"{place} {office}"


def body_name(word: str) -> str | None:
    """`농협과` -> `농협`, `보건소와` -> `보건소`, `제36보병사단과` -> `제36보병사단`: bodies named by a word
    of their own, area offices named alone and numbered military units."""
    if len(word) > MAX_TOKEN_CHARS:
        return None
    m = P.BODY_RE.match(word)
    return m["name"] if m else None


def ministry_name(word: str) -> str | None:
    """`교육부와` -> `교육부`; `강원지방중소벤처기업청` stays whole; `KOTRA와` -> `KOTRA`."""
    if len(word) > MAX_TOKEN_CHARS:
        return None
    m = P.MINISTRY_RE.match(word) or P.ACRONYM_RE.match(word)
    return m["name"] if m else None


def _is_institutional(token: Token, places: frozenset[str]) -> bool:
    """An institution by its own shape (not a body named by a short word such as `보건소`, `농협`,
    whose partner in `보건소-복지관` / `농협-하나로마트` is a facility or a shop as often as a body)."""
    word = token.text
    if institution_name(word, places) or ministry_name(word):
        return True
    if _strip_particle(word) in GENERIC_INSTITUTIONS:
        return True
    return token.i > 0 and token.nbor(-1).text == P.PREFIX_MARK


# Finders ----------------------------------------------------------------------------------------


def _ent_orgs(doc: Doc, places: frozenset[str]) -> Iterator[tuple[int, str]]:
    for ent in doc.ents:
        kind = ent.ent_id_
        name: str | None
        if kind == "corp_pre":
            name = _plain_name(_strip_particle(ent[-1].text), strict=False)
        elif kind == "corp_post":
            name = _plain_name(ent[0].text, strict=False)
        elif kind in ("ministry", "acronym"):
            name = ministry_name(ent.text)
        elif kind == "body":
            name = body_name(ent.text)
            if name in P.AREA_OFFICES and _qualifies_generic(doc, ent.end):
                name = None
            elif name == ent.text and _names_a_place(doc, ent.end):
                name = None
        else:
            name = institution_name(ent.text, places)
            if name == ent.text and _names_a_place(doc, ent.end):
                name = None  # `생활지원센터 신축`: the building
            elif not name:
                name = _spaced_name(doc, ent.start, places)
        if name:
            yield (ent.start_char if " " not in name else doc[ent.start - 1].idx), name


def _qualifies_generic(doc: Doc, i: int) -> bool:
    """The word at ``i`` is a generic institution word that the word before qualifies: an office
    named alone before it (`교육지원청 센터 조성`) names a facility of that office, not the office."""
    return i < len(doc) and _strip_particle(doc[i].text) in P.GENERIC_WORDS | GENERIC_INSTITUTIONS


PLACE_LOOKAHEAD = 2  # words after a body named alone in which a building or place word makes it a place


def _names_a_place(doc: Doc, i: int) -> bool:
    """A body or institution named alone (no particle) whose next words (punctuation skipped) say building, site or
    place: `보건소 신축`, `경찰서 앞`, `농협 하나로마트 앞`, `제2사단 이전 부지` name a place, not an actor."""
    words: list[str] = []
    for t in doc[i : i + 2 * PLACE_LOOKAHEAD + 2]:
        if t.text in P.HYPHENS or len(words) == PLACE_LOOKAHEAD:
            break  # `농협-하나로마트`: a pair of partners, read by `_pair_orgs`
        if not (t.is_punct or t.is_space):
            words.append(_strip_particle(t.text))
    return any(w in P.PLACE_AFTER_WORDS or w.endswith(P.PLACE_AFTER_TAILS) for w in words)


def _spaced_name(doc: Doc, i: int, places: frozenset[str]) -> str | None:
    """An institution word that is no name alone but is with the word before it: a neighbourhood's
    office after the neighbourhood (`소양동 행정복지센터`), or a name a dump wrapped across a line
    inside its first syllables (`새마 을부녀회`: the word's own stem is one syllable, the word before
    a short fragment of Hangul). A wrap is proven by a line break between the two, or by the joined
    word being a known name (`새마을부녀회`): two words an ordinary space parts (`지역 거점 신병원`)
    are never glued into a name the text does not print."""
    if i == 0:
        return None
    prev, word = doc[i - 1].text, doc[i].text
    office = place_office_name(prev, word, places)
    if office:
        return office
    line_break = doc[i - 1].is_space and "\n" in prev and i >= 2
    if line_break:
        prev = doc[i - 2].text
    elif doc[i - 1].whitespace_ != " ":
        return None
    m = P.INSTITUTION_TAIL_RE.search(word, 1)
    if not m or m.start() != 1 or len(m["suffix"]) < 2 or not P.WRAP_FRAGMENT_RE.fullmatch(prev):
        return None
    name = institution_name(prev + word, places)
    return name if name and (line_break or name in P.KNOWN_NAMES) else None


BRANCH_PARENT_MIN_CHARS = (
    3  # a plain word shorter than this before a branch is no parent's name (`민원 출장소`)
)


GLOSS_TOKENS = 3  # `(`, the acronym, `)`: a gloss between a body's name and its branch


def _glossed_before(doc: Doc, i: int) -> int | None:
    """The index of the name before a bracketed acronym that ends at token ``i - 1``
    (`한국토지주택공사(LH) 강원지역본부`), or None when no such gloss stands there."""
    j = i - 1 - GLOSS_TOKENS
    if j < 0 or doc[i - 1].text != ")" or doc[i - 3].text != "(" or doc[j].whitespace_:
        return None
    return j if P.GLOSS_ACRONYM_TOKEN_RE.fullmatch(doc[i - 2].text) else None


def _branch_parent(doc: Doc, i: int, places: frozenset[str]) -> tuple[str, set[int]] | None:
    """The name of the body whose branch is the word at ``i``: the word before it, spaced, without a
    particle (or before its bracketed acronym), an organisation by its shape (`국민연금공단`, `고용노동부`,
    `농협은행`) or a plain name (`대한적십자사`); with the character positions where that name alone
    would have been found."""
    if i == 0 or doc[i - 1].whitespace_ != " ":
        return None
    glossed = _glossed_before(doc, i)
    prev = doc[i - 1] if glossed is None else doc[glossed]
    word = prev.text
    name = institution_name(word, places) or ministry_name(word) or body_name(word)
    if (
        name is None
        and len(word) >= BRANCH_PARENT_MIN_CHARS
        and _strip_particle(word, ambiguous=True) == word
    ):
        name = _plain_name(word, strict=True)
    if name != word:
        return None  # no name, or one with a particle after it (`공단과 춘천지사`): no parent
    positions = {prev.idx} if glossed is None else {prev.idx, doc[i - 2].idx}  # the acronym is the body's
    if prev.i > 0 and doc[prev.i - 1].text == P.PREFIX_MARK:
        positions.add(doc[prev.i - 1].idx)
    return name, positions


def _branch_word(token: Token) -> str | None:
    """`강원지역본부와` -> `강원지역본부`: a branch word after a word of a place, not a common noun."""
    m = P.BRANCH_RE.match(token.text)
    if not m or m["stem"] in P.GENERIC_WORDS or m["name"].endswith(P.BRANCH_NOUN_TAILS):
        return None
    return m["name"]


def _branch_orgs(doc: Doc, places: frozenset[str]) -> Iterator[tuple[int, str, str, set[int]]]:
    """A body's branch printed after the body (`한국농어촌공사 강원지역본부`, `고용노동부 강릉지청`, `기업은행
    춘천지점`), and a branch of that branch after it (`... 강원지역본부 홍천지사`): one organisation, the
    parent and its branches. Yields (position, the whole name, the parent's name, the positions where
    the parent or a branch alone would have been found). A branch word with no place before it
    (`지사`, `출장소`) or ending like a common noun (`강원도지사`, `위험지점`), or no body before it
    (`민원 출장소`, `현장사무소`), names none; a branch named bare before a word of a building or site
    (`홍천지사 신축`, `춘천지점 앞`) is that place, as a body named alone is."""
    chain: tuple[int, str, str, set[int]] | None = None
    chain_end = -1
    for token in doc:
        branch = _branch_word(token)
        if branch is None:
            continue
        if chain is not None and chain_end == token.i - 1 and doc[chain_end].whitespace_ == " ":
            at, whole, parent, positions = chain
            chain, chain_end = (at, f"{whole} {branch}", parent, positions | {token.idx}), token.i
            continue
        found = _branch_parent(doc, token.i, places)
        if found is None:
            continue
        if chain is not None and not _branch_is_a_place(doc, chain_end):
            yield chain
        name, positions = found
        chain, chain_end = (min(positions), f"{name} {branch}", name, positions | {token.idx}), token.i
    if chain is not None and not _branch_is_a_place(doc, chain_end):
        yield chain


def _branch_is_a_place(doc: Doc, i: int) -> bool:
    """The branch word at ``i``, bare (no particle), is followed by a word of a building or site."""
    return _branch_word(doc[i]) == doc[i].text and _names_a_place(doc, i + 1)


def _pair_orgs(doc: Doc, places: frozenset[str]) -> Iterator[tuple[int, str]]:
    """`A-B`: when one side is an institution, the other side is its partner; along a chain
    (`A-B-C`) a partner found makes its own neighbour a partner too."""
    if " - " not in doc.text:  # normalize_for_orgs spaces every hyphen; most texts have none
        return
    pairs = [(doc[start], doc[end - 1]) for _, start, end in _pair_matcher()(doc)]
    known = {t.i for pair in pairs for t in pair if _is_institutional(t, places)}
    found: dict[int, str] = {}
    while True:
        before = len(found)
        for left, right in pairs:
            for side, other in ((left, right), (right, left)):
                if other.i in known and side.i not in found:
                    name = institution_name(side.text, places) or ministry_name(side.text)
                    name = name or _plain_name(_strip_particle(side.text), strict=True)
                    if name:
                        found[side.i] = name
                        known.add(side.i)
        if len(found) == before:
            break
    for i, name in found.items():
        yield doc[i].idx, name


def _list_orgs(text: str) -> Iterator[tuple[int, str]]:
    """`참여기업(7개) : a, b, c`, `기업 : X, 계약인원 : 20명`: items up to the first `label: value`."""
    for m in P.ORG_LIST_RE.finditer(text):
        pos = m.start("items")
        for item in P.LIST_ITEM_SPLIT_RE.split(m["items"]):
            at, pos = pos, pos + len(item) + 1
            if ":" in item:
                break
            words = P.LIST_ITEM_TAIL_RE.sub("", item.replace(P.PREFIX_MARK, " ").replace(P.SUFFIX_MARK, " "))
            words_list = words.split()
            if not words_list:
                continue
            name = _plain_name(_strip_particle(words_list[0]), strict=False)
            if name and len(words_list) == 2 and _typed_body(words_list[1]):
                name = f"{name} {_strip_particle(words_list[1])}"  # 새별구 사회적협동조합: a name and its body's type
            if name:
                yield at, name
            if len(words_list) > 1 or not name:
                break


def _typed_body(word: str) -> bool:
    """A word that is a body's type alone (``사회적협동조합``, ``협동조합``: a partner name's ending, no generic word):
    printed after a name as a word of its own, it is the name's (a list item ``새별구 사회적협동조합`` is one org,
    hand-made doc-saebyeol-district-4's partner, read as ``새별구`` alone)."""
    word = _strip_particle(word)
    return word.endswith(P.PARTNER_NAME_ENDINGS) and word not in P.GENERIC_WORDS


def _partner_orgs(text: str, places: frozenset[str]) -> Iterator[tuple[int, str]]:
    """`업무협약 체결(㈜다온바이오, 솔내푸드)`: a bracket after a word of agreement or joint work whose items
    are all single words, one of them known by its own shape (a corporate form, an institution, a
    ministry, a body). Anything else in the bracket (a count, a phrase) and it is no list of partners.
    Each item must itself look like an organisation: a shape of its own, a known name or a body's name
    ending (`적십자봉사회`, `어촌계`); a plain name besides only beside an institution or company known by
    its shape, not beside a body named by a short word (`연계(농협, 학부모)`, `협업(보건소, 경로당)`:
    the others are people, places and topics)."""
    for m in P.PARTNER_LIST_RE.finditer(text):
        pos, items, anchored = m.start("items"), [], False
        for item in P.PARTNER_ITEM_SPLIT_RE.split(m["items"]):
            at = text.find(item, pos)
            pos = at + len(item)
            marked = P.PREFIX_MARK in item or P.SUFFIX_MARK in item
            word = item.replace(P.PREFIX_MARK, " ").replace(P.SUFFIX_MARK, " ").strip()
            if not word or " " in word or word[0].isdigit():  # a phrase or a count: no list of names
                items = []
                break
            strong = institution_name(word, places) or ministry_name(word)
            shaped = strong or body_name(word) or _known_body(word)
            plain = _plain_name(_strip_particle(word), strict=True)
            if not (shaped or plain):
                items = []
                break
            anchored = anchored or marked or strong is not None
            items.append((at, shaped, plain if marked else None, plain))
        if not any(shaped or by_mark for _, shaped, by_mark, _ in items):
            continue
        for at, shaped, by_mark, plain in items:
            name = shaped or by_mark or (plain if anchored else None)
            if name:
                yield at, name


def _known_body(word: str) -> str | None:
    """`적십자봉사회와` -> `적십자봉사회`: a known nationwide body, or a word ending like a body's name."""
    name = _strip_particle(word)
    if name in P.KNOWN_NAMES or (name.endswith(P.PARTNER_NAME_ENDINGS) and name not in P.GENERIC_WORDS):
        return name
    return None


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of at most `size` characters, cut at whitespace where possible."""
    pos = 0
    while pos < len(text):
        end = min(pos + size, len(text))
        if end < len(text):
            cut = max(text.rfind(" ", pos, end), text.rfind("\n", pos, end))
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def _orgs_of_doc(doc: Doc, offset: int = 0, places: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    branches = list(_branch_orgs(doc, places))
    covered = {at for *_, positions in branches for at in positions}
    hits = [
        (at, name) for at, name in (*_ent_orgs(doc, places), *_pair_orgs(doc, places)) if at not in covered
    ]
    return [(offset + at, name) for at, name in [*hits, *((at, whole) for at, whole, _, _ in branches)]]


def _ordered_unique(found: Iterable[tuple[int, str]]) -> list[str]:
    return list(dict.fromkeys(name for _, name in sorted(found, key=lambda f: f[0])))


@functools.lru_cache(maxsize=8192)
def _orgs(text: str, places: frozenset[str]) -> tuple[str, ...]:
    norm = normalize_for_orgs(text)
    nlp = get_nlp()
    found = [hit for at, piece in _chunks(norm) for hit in _orgs_of_doc(nlp(piece), at, places)]
    found += [*_list_orgs(norm), *_partner_orgs(norm, places)]
    return tuple(_ordered_unique(merge_glossed(norm, found)))


def find_orgs(text: str, places: frozenset[str] = frozenset()) -> list[str]:
    """Companies and institutions named in `text`, in order of appearance, de-duplicated,
    without corporate-form markers and trailing particles. ``places``: the issuer's place names
    (``issuer.place_names``), whose institutions are names even where the stem is a generic word."""
    if not text or not isinstance(text, str):
        return []
    return list(_orgs(text, places))


def find_orgs_many(
    texts: Iterable[str], *, batch_size: int = 256, places: frozenset[str] = frozenset()
) -> list[list[str]]:
    """`find_orgs` for many texts at once, through `nlp.pipe`."""
    items = [t if isinstance(t, str) else "" for t in texts]
    norms = [normalize_for_orgs(t) if len(t) <= CHUNK_CHARS else "" for t in items]
    docs = get_nlp().pipe(norms, batch_size=batch_size)
    out: list[list[str]] = []
    for text, norm, doc in zip(items, norms, docs, strict=True):
        if len(text) > CHUNK_CHARS:
            out.append(find_orgs(text, places))
        else:
            found = [*_orgs_of_doc(doc, 0, places), *_list_orgs(norm), *_partner_orgs(norm, places)]
            out.append(_ordered_unique(merge_glossed(norm, found)))
    return out


# Counts -----------------------------------------------------------------------------------------


def _segment_before(text: str, end: int, floor: int) -> tuple[str, int | None]:
    """Text from the last clause boundary outside brackets before `end`, and that boundary's index."""
    depth = 0
    for i in range(end - 1, floor - 1, -1):
        c = text[i]
        if c in P.CLOSERS:
            depth += 1
        elif c in P.OPENERS:
            if depth == 0:
                return text[i + 1 : end], i
            depth -= 1
        elif depth == 0 and c in P.LABEL_STOPS:
            return text[i + 1 : end], i
    return text[floor:end], None


def _clean_label(segment: str) -> str | None:
    words = segment.replace("\u00a0", " ").split()
    while words and words[-1] in P.LABEL_DROP_WORDS:
        words.pop()
    while words and words[0] in P.LABEL_DROP_WORDS:
        words.pop(0)
    label = " ".join(words).strip(" '\"‘’“”*◦○□※-·•▪")
    # the bracket closing the count before and the slash after it (완료(2건) / 추진중(1건)): no label's words
    label = label.lstrip(P.CLOSERS + "/／ ")
    return label if re.search(r"[가-힣A-Za-z]", label) else None


def _count_label(text: str, start: int, floor: int) -> str | None:
    """The words before the number in the same clause; for `계약인원 : 20명` / `참여기업(7개)`,
    the clause before the colon / bracket."""
    segment, stop = _segment_before(text, start, floor)
    label = _clean_label(segment)
    if label is None and stop is not None and text[stop] in P.LOOKBACK_STOPS:
        label = _clean_label(_segment_before(text, stop, floor)[0])
    return label


def _is_ordinal(text: str, start: int) -> bool:
    """`제3회`, `제 2회`: the number follows a standalone 제."""
    head = text[:start].rstrip(" ")
    if not head.endswith(P.ORDINAL_PREFIX) or start - len(head) > 1:
        return False
    n = len(P.ORDINAL_PREFIX)
    return len(head) == n or not re.match(r"[가-힣]", head[-n - 1])


def _count_value(m: re.Match[str]) -> int | None:
    whole = int(m["num"].replace(",", ""))
    frac = m["frac"] or ""
    scale = P.MULTIPLIERS.get(m["mult"] or "", 1)
    numerator = (whole * 10 ** len(frac) + int(frac or 0)) * scale
    value, rest = divmod(numerator, 10 ** len(frac))
    return None if rest else value


_RANGE_BEFORE = re.compile(r"\d\s?[~∼～]\s?$")  # a range's first figure and its mark (20~30명)


def _is_count(text: str, m: re.Match[str]) -> bool:
    if _is_ordinal(text, m.start()) or P.ARROW_AFTER_RE.match(text, m.end()):
        return False
    if _RANGE_BEFORE.search(text, 0, m.start()):
        return False  # the end of a range (20~30명): a range has no one value, so no count
    spaced = (m["gap1"] and not m["mult"]) or m["gap2"]
    return not (spaced and m.end() < len(text) and re.match(r"[가-힣]", text[m.end()]))


def find_counts(text: str) -> list[dict[str, Any]]:
    """Every count (`51명`, `3개 교과목`, `4과목`, `2건`, `3회`, `5개소`, ...) as
    `{"value": int, "unit": str, "label": str | None}`, in order of appearance."""
    if not text or not isinstance(text, str):
        return []
    counts: list[dict[str, Any]] = []
    floor = 0
    for m in P.COUNT_RE.finditer(text):
        if not _is_count(text, m):
            continue
        value = _count_value(m)
        if value is None:
            continue
        unit = P.UNIT_ALIASES.get(m["unit"], m["unit"])
        counts.append({"value": value, "unit": unit, "label": _count_label(text, m.start(), floor)})
        floor = m.end()
    return counts
