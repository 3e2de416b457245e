"""Where a pledge's 실천목표 begins in a row of values that prints it right after its 공약명, no typed value
between the two free texts (``공약명 실천목표`` over ``이차전지 특화단지 지정 추진 임기 후 계속``): at the one place
after the title's first word that a word of the term opens (the vocabulary's ``[header_values]
target_terms``: 임기 내, 임기 후, printed spaced or not). The class fixed: header bands whose value row runs
the title and the target together (mutant 3825's dump: both read null)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.header_value_kinds import KIND_FIELDS, PERSON_NAME
from pledgecard.extract.vocabulary import Vocabulary, current, lexicon


def _terms(v: Vocabulary) -> tuple[str, ...]:
    """The term words a target opens with, their spaces dropped."""
    return tuple(re.sub(r"\s+", "", w) for w in v.words("header_values", "target_terms"))


def target_start(toks: list[str]) -> int | None:
    """The index of the word the target begins at among a title's and a target's words run together: the
    one word opening a term (with the words after it, spaces dropped); None when none does, more than one
    does, or the first word does (a title opening with the term: where it ends is not shown), or when the
    words from the term on are more than a target opening with the term holds (:func:`_term_target`)."""
    terms = current().build(_terms)
    hits = [k for k in range(len(toks)) if "".join(toks[k : k + 3]).startswith(terms)]
    if len(hits) != 1 or not 0 < hits[0] < len(toks):
        return None
    return hits[0] if _term_target(toks[hits[0] :], terms) else None


def _term_target(words: list[str], terms: tuple[str, ...]) -> bool:
    """Whether ``words`` (from the term on) are a target that opens with the term: the term and at most one
    word after it, what it says of the term (``임기 내 완료``, ``임기후 계속``). More words after the term leave
    it unshown whether the term opens the target or stands inside the title (``청년주택 임기 내 1만호 공급 |
    단계별 추진``: the class of card fixed, a title holding the term cut there)."""
    for j in (1, 2, 3):
        joined = "".join(words[:j])
        if any(joined == t for t in terms):
            return len(words) - j <= 1
    return len(words) == 1  # the term glued to its word (임기내완료)


def opens_with_term(words: list[str]) -> bool:
    """Whether ``words`` are a target that opens with a term word and says at most one word of it (``임기 후
    계속``): the only target a row's words can show the start of (:func:`_term_target`)."""
    terms = current().build(_terms)
    return "".join(words[:3]).startswith(terms) and _term_target(words, terms)


def plausible_name(word: str) -> bool:
    """Whether ``word`` may be a person's name: two to four syllables opening with a family name (the lexicon's
    ``[persons] family_names``), so no word of a target (``단계적``) nor of a title (``확대``)."""
    text = word.replace(" ", "")
    return bool(PERSON_NAME.match(text)) and text.startswith(tuple(lexicon()["persons"]["family_names"]))


def term_fits(fits: list[dict[str, str]], target: str) -> list[dict[str, str]]:
    """Of the ways a row of values parts among its labels, those whose target opens with a term word and says at
    most one word of it, where one does; else all of them. Header bands whose value row runs a title, a name and a
    target together (``농어촌 대중교통 확대 고미태 임기 후 계속``, mutant 3902's dump): a word of the title could be
    the name (``확대``) as well as the word before the term, so the row parted no way (title, name and target
    null); a target printed as the term and its word begins right after the name.

    Where the fits give a person's field, the one opening with the term is kept only where its person is a
    plausible name and no way giving the target words before the term gives a plausible name: a target whose true first word precedes the term (``서동정 단계적 임기
    내 완료``) would otherwise give the name's word to the title and the target's first word to the person."""
    opened = [fit for fit in fits if opens_with_term(fit[target].split())]
    if len(opened) != 1:
        return fits
    one = opened[0]
    names = [f for f in KIND_FIELDS["name"] if f in one]
    # the rival ways: those giving the target words before the term (its true first word the name's?)
    rivals = [
        fit for fit in fits if len(fit[target]) > len(one[target]) and fit[target].endswith(one[target])
    ]
    if names and not (
        all(plausible_name(one[f]) for f in names)
        and not any(plausible_name(fit.get(f, "")) for fit in rivals for f in names)
    ):
        return fits
    return opened
