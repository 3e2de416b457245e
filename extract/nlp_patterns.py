"""Word lists and regular expressions for the achievement-text entity finder (`pledgecard.extract.nlp`).

Built from the Korean lexicon (``lexicon.toml``, read through :func:`pledgecard.extract.vocabulary.lexicon`):
which suffixes make an institution name, which ministries exist, which words are generic nouns
rather than names, which particles trail a name, and which units make a count.
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import lexicon

_LEX = lexicon()
_INST = _LEX["institutions"]
_MIN = _LEX["ministries"]
_NAMES = _LEX["names"]
_COUNTS = _LEX["counts"]
_BODIES = _LEX["bodies"]


def _alt(words: list[str]) -> str:
    return "|".join(words)


# Particles (and conjunctions) that may trail a name token: longest first.
PARTICLES: tuple[str, ...] = tuple(_LEX["particles"])
# Single syllables that are too often the last syllable of a real company name to strip blindly
# from a name we know nothing else about: only stripped from institution names.
AMBIGUOUS_TAILS: frozenset[str] = frozenset(_LEX["ambiguous_tails"])
PARTICLE_ALT = _alt(_LEX["particles"])

# Institution suffixes: a token `stem + suffix (+ particle)` is an institution name.
INSTITUTION_SUFFIXES: tuple[str, ...] = tuple(_INST["suffixes"])
# Searched from the second character on: the stem is what stands before the match.
INSTITUTION_TAIL_RE = re.compile(
    r"(?P<suffix>" + "|".join(INSTITUTION_SUFFIXES) + r")(?P<particle>" + PARTICLE_ALT + r")?$"
)
STEM_RE = re.compile(r"[가-힣A-Za-z0-9·&]+")

# Stems that only describe a kind of institution: not a name.
GENERIC_STEMS: frozenset[str] = frozenset(_INST["generic_stems"])
# Institution words that make the other side of `A-B` a partner even though they are no name.
GENERIC_INSTITUTIONS: frozenset[str] = frozenset(_INST["generic"])

# The suffixes with a rule of their own, and the rules' words.
UNIVERSITY: str = _INST["university"]
UNIVERSITY_NOT_BEFORE: tuple[str, ...] = tuple(_INST["university_not_before"])
INSTITUTE: str = _INST["institute"]
CENTER: str = _INST["center"]
HOSPITAL: str = _INST["hospital"]
CORPORATION: str = _INST["corporation"]
# `X대` is a university only when the whole word is not a common noun ending in 대.
DAE_NOUN_TAILS: tuple[str, ...] = tuple(_INST["university_noun_tails"])
# `X연구원` is a researcher, not an institute, after these titles.
RESEARCHER_TITLES: tuple[str, ...] = tuple(_INST["researcher_titles"])
# `X센터` is an organisation only when its stem says what the body does and also carries a name
# element beyond those words; otherwise it is a building or venue or a generic kind of centre.
CENTER_ORG_WORDS: tuple[str, ...] = tuple(_INST["center_org_words"])
# `X병원` is a named hospital unless X only says what kind of hospital it is.
HOSPITAL_KIND_STEMS: frozenset[str] = frozenset(_INST["hospital_kind_stems"])
# `X공사` is a public corporation (not construction work) when X names a country or region or one of
# the usual businesses of public corporations (some only after a name of its own).
GONGSA_STEM_RE = re.compile(
    r"^(?:" + _alt(_INST["corporation_regions"]) + r")|(?:" + _alt(_INST["corporation_businesses"]) + r")$"
    r"|.(?:" + _alt(_INST["corporation_named_businesses"]) + r")$"
)

# Public offices serving an area: names alone (`보건소`) and after a place (`춘천경찰서`).
AREA_OFFICES: frozenset[str] = frozenset(_INST["area_offices"])
# Offices of a neighbourhood: names only after the neighbourhood's name (`소양동 행정복지센터`).
PLACE_OFFICES: frozenset[str] = frozenset(_INST["place_offices"])
# A neighbourhood's name: a word ending in one of these units (`효자2동`, `서면`).
PLACE_WORD_RE = re.compile(r"[가-힣][가-힣0-9]*(?:" + _alt(_INST["place_units"]) + r")")
# ... printed with its number (`효자2동`, `종로3가`), or without one in three syllables or more
# (`소양동`) and not ending like a common noun (`봉사활동`).
NUMBERED_PLACE_RE = re.compile(r"[가-힣][가-힣]*[0-9]{1,3}(?:" + _alt(_INST["place_units"]) + r")")
UNNUMBERED_PLACE_RE = re.compile(r"[가-힣]{2,}(?:" + _alt(_INST["place_units_unnumbered"]) + r")")
# ... and before a neighbourhood's office also in two syllables (`서면 행정복지센터`).
SHORT_PLACE_RE = re.compile(r"[가-힣](?:" + _alt(_INST["place_units_with_office"]) + r")")
PLACE_NOUN_TAILS: tuple[str, ...] = tuple(_INST["place_noun_tails"])
# Schools: the suffixes and the words for a kind of school that are no name (longest first).
SCHOOL_SUFFIXES: frozenset[str] = frozenset(_INST["school_suffixes"])
SCHOOL_KIND_WORDS: tuple[str, ...] = tuple(sorted(_INST["school_kind_words"], key=len, reverse=True))

# The first syllables of a name a dump wrapped across a line (`새마` of `새마 을부녀회`).
WRAP_FRAGMENT_RE = re.compile(r"[가-힣]{1,4}")

# Bodies named by a word of their own (`농협`), area offices alone (`보건소`) and numbered military
# units (`제36보병사단`).
# Cooperatives are named after their area too (`남춘천농협`, `지역농협`).
BODY_RE = re.compile(
    r"^(?P<name>(?:[가-힣]{0,10}(?:"
    + _alt(_BODIES["area_named_cooperatives"])
    + r"))|"
    + _alt(_BODIES["short_names"] + _INST["area_offices"] + _BODIES["military_patterns"])
    + r")"
    r"(?:" + PARTICLE_ALT + r")?$"
)
# A body's branch (`강원지역본부`, `춘천지사와`): a place word, a branch word and a particle.
BRANCH_RE = re.compile(
    r"^(?P<name>(?P<stem>[가-힣]{2,15}?)(?:"
    + _alt(_BODIES["branch_words"])
    + r"))(?:"
    + PARTICLE_ALT
    + r")?$"
)
BRANCH_NOUN_TAILS: tuple[str, ...] = tuple(_BODIES["branch_noun_tails"])
# Nationwide bodies known by name (a wrapped fragment joins into one of these only).
KNOWN_NAMES: frozenset[str] = frozenset(_BODIES["known_names"])
# A body named alone before one of these words (or a word ending in one of the tails) is a place.
PLACE_AFTER_WORDS: frozenset[str] = frozenset(_BODIES["place_after_words"])
PLACE_AFTER_TAILS: tuple[str, ...] = tuple(_BODIES["place_after_tails"])
# Word endings that name a body among bracketed partners (`적십자봉사회`, `어촌계`).
PARTNER_NAME_ENDINGS: tuple[str, ...] = tuple(_BODIES["partner_name_endings"])
# A bracket right after one of these words lists partners (`협약 체결(농협, 새마을부녀회)`).
PARTNER_LIST_RE = re.compile(
    r"(?:" + _alt(_BODIES["partner_list_words"]) + r")\s?\((?P<items>[^()\n]{2,120})\)"
)
PARTNER_ITEM_SPLIT_RE = re.compile(
    r"\s*(?:[,，、·/]|\s(?:" + _alt(_BODIES["partner_join_words"]) + r")\s)\s*"
)
# Middle dots that join names (`산림청ㆍ한국임업진흥원`): all read as `·`, which the tokenizer splits on.
MIDDLE_DOTS = str.maketrans({"\u318d": "·", "\u119e": "·", "\u30fb": "·", "\u2027": "·", "\u2219": "·"})

# Ministries and national agencies, full and usual short names, by the word that ends them.
_MINISTRY_KINDS = {
    k: v for k, v in _MIN.items() if isinstance(v, list) and k not in ("regional_patterns", "head_titles")
}
MINISTRY_RE = re.compile(
    r"^(?P<name>"
    + "|".join(f"(?:{_alt(names)}){re.escape(end)}" for end, names in _MINISTRY_KINDS.items())
    + "|"
    + _alt(_MIN["regional_patterns"])
    + r")"
    r"(?:" + _alt(_MIN["head_titles"]) + r")?(?:" + PARTICLE_ALT + r")?$"
)

# Latin acronyms that name a public body or institution on their own (`KOTRA`, `LH`, `aT`).
PUBLIC_ACRONYMS: tuple[str, ...] = tuple(_NAMES["acronyms"])
ACRONYM_RE = re.compile(r"^(?P<name>" + "|".join(PUBLIC_ACRONYMS) + r")(?:" + PARTICLE_ALT + r")?$")

# A public corporation named by its acronym (`SH공사`).
ACRONYM_CORPORATION_RE = re.compile(r"^(?:" + "|".join(PUBLIC_ACRONYMS) + r")$")
# A name and its acronym glossed in brackets, either way round: `한국토지주택공사(LH)`, `LH(한국토지주택공사)`.
GLOSSED_ACRONYM_RE = re.compile(
    r"(?P<name>[가-힣][가-힣0-9]+)\s?\(\s?(?P<acronym>[A-Za-z][A-Za-z&\-]{1,11})\s?\)"
)
# An acronym alone in brackets between a name and its branch (`한국토지주택공사(LH) 강원지역본부`).
GLOSS_ACRONYM_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z&\-]{1,11}")
ACRONYM_GLOSS_RE = re.compile(
    r"(?<![A-Za-z])(?P<acronym>[A-Za-z][A-Za-z&\-]{1,11})\s?\(\s?(?P<name>[가-힣][가-힣0-9]+)\s?\)"
)

# Words that never are a partner's name on their own (the other side of `A-B`, a list item).
GENERIC_WORDS: frozenset[str] = frozenset(GENERIC_STEMS | set(_NAMES["generic_words"]))
# A name we know nothing else about is rejected when it ends like a common noun phrase.
NON_NAME_TAILS: tuple[str, ...] = tuple(_NAMES["non_name_tails"])

# Labels that introduce a list of organisations.
ORG_LIST_RE = re.compile(_NAMES["org_list_pattern"])
LIST_ITEM_SPLIT_RE = re.compile(r"[,，、;·/]")
LIST_ITEM_TAIL_RE = re.compile(r"\s+(?:" + _alt(_NAMES["list_tail_words"]) + r")(?:\s.*)?$")

# Corporate-form markers: `㈜X`, `(주)X`, `X(주)`, `주식회사 X`, `(재)X`, `(사)X`, ...
CORP_PAREN_RE = re.compile(r"\(\s*(?:" + _alt(_NAMES["corporate_letters"]) + r")\s*\)")
CORP_WORD_RE = re.compile(_alt(_NAMES["corporate_words"]))
PREFIX_MARK = "㈜"  # the corporate marker stands before the name
SUFFIX_MARK = "㈱"  # the corporate marker stands after the name
NAME_CHAR = r"[가-힣A-Za-z0-9]"

# A token that may be (part of) a name.
NAME_TOKEN_RE = r"^(?=.*[가-힣A-Za-z])[가-힣A-Za-z0-9][가-힣A-Za-z0-9&+·.']*$"
HYPHENS = ("-", "–", "—", "‐", "−")
HYPHEN_RE = re.compile(r"\s*[-–—‐−]\s*")

# Counts -----------------------------------------------------------------------------------------
# Units, longest first, each with the continuations that make it part of another word instead.
COUNT_UNIT_ALT = _alt(_COUNTS["unit_patterns"])
# The unit a matched unit word is reported as (`3개사` and `3개 기업` are both `개`).
UNIT_ALIASES: dict[str, str] = dict(_COUNTS["unit_aliases"])
MULTIPLIERS: dict[str, int] = {w: int(n) for w, n in _COUNTS["multipliers"].items()}
COUNT_RE = re.compile(
    r"(?<![\dA-Za-z|])(?<!\d[.,])"  # a confused number (l56명, I2명) is no count at all
    r"(?P<num>\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.(?P<frac>\d{1,6}))?"
    r"(?P<gap1>\s?)(?P<mult>"
    + _alt(list(MULTIPLIERS))
    + r")?(?P<approx>"
    + _alt(_COUNTS["approximately"])
    + r")?"
    r"(?P<gap2>\s?)"
    r"(?P<unit>" + COUNT_UNIT_ALT + r")"
)
# A count after this word standing alone is an ordinal (제3회), not a count.
ORDINAL_PREFIX: str = _COUNTS["ordinal_prefix"]
# A count followed by an arrow is the old value of a change (`1→4과목`): not a count.
ARROW_AFTER_RE = re.compile(r"\s*(?:→|->|⇒|➝|➔)")
# Label boundaries (outside brackets) and the brackets themselves.
LABEL_STOPS = frozenset(",:;→⇒➝➔\n，：；、")
LOOKBACK_STOPS = frozenset("(:[（：")
OPENERS = "([{（［「『【〈《"
CLOSERS = ")]}）］」』】〉》"
LABEL_DROP_WORDS: tuple[str, ...] = tuple(_COUNTS["label_drop_words"])
