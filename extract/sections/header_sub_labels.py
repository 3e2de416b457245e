"""A header table's value cell that opens with a sub-label naming its field (``주관 : 교통행정과``).

Class fixed (doc-modeum-county-4-9, an HWPX card laid out as one two-column table): one label cell spanning three
rows (``추진부서``), its value cells each naming their own role (``주관 : 교통행정과`` / ``협조 : 기획예산실, 건설과`` /
``담당 : 변하율 (☎ …)``). The first was read whole as the department (``주관 : 교통행정과``) and the second, a
word no header label, as nothing: the 협조부서 lost. The role words are vocabulary ``[header_sub_labels]``, read
only as the opening of such a value cell (a word, the label separator, the value), never as labels elsewhere.

Session 37 (haeoreum-city): the role words set in brackets before their values, no separator (``(주관) 관광과
(협조) 기획예산과``): read alike where the cell opens with a bracketed role word and every role is one
(:func:`_bracketed_pairs`); a bracket holding any other word stays in its value.
"""

from __future__ import annotations

import re

from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.vocabulary import current, key


def sub_labelled(text: str) -> tuple[str, str] | None:
    """``(field, value)`` of a value cell opening with a role word of ``[header_sub_labels]`` and the label
    separator (``협조 : 기획예산실, 건설과`` -> ``("coop_depts", "기획예산실, 건설과")``); None otherwise."""
    for sep in LABEL_SEPARATORS:
        word, found, value = text.partition(sep)
        if not found or not value.strip():
            continue
        if (field := _role_of(word)) is not None:
            return field, value.strip()
    return None


_PARTING = re.compile(r"\s*[/;|]\s*")  # the marks parting one role's pair from the next in one cell


def _parted(text: str) -> list[str]:
    """``text`` parted at the parting marks outside brackets (``교통행정과(담당: 홍길동 / 협조: 없음)`` is one piece:
    a mark inside a bracket parts a note's roles, never the cell's; review d, finding 4)."""
    pieces, start = [], 0
    for m in _PARTING.finditer(text):
        before = text[: m.start()]
        if sum(before.count(c) for c in "([（［") == sum(before.count(c) for c in ")]）］"):
            pieces.append(text[start : m.start()])
            start = m.end()
    return [*pieces, text[start:]]


def sub_labelled_pairs(text: str) -> list[tuple[str, str]] | None:
    """Every ``(field, value)`` of a value cell opening with a role word (:func:`sub_labelled`) and naming more
    roles, each after a parting mark (``주관: 교통행정과 / 협조: 안전총괄과, 교육지원과`` -> lead_dept and
    coop_depts); the one pair of a cell naming one role; None for a cell opening with no role word."""
    first = sub_labelled(text)
    if first is None:
        return _bracketed_pairs(text)
    pieces = _parted(text)
    pairs = [sub_labelled(p) for p in pieces]
    if len(pieces) < 2 or any(p is None for p in pairs):
        return [first]  # a parting mark inside a value (교통행정과/도로과): the one role, as printed
    return [p for p in pairs if p is not None]


_BRACKETED = re.compile(r"[(\[（［〔【]\s*(?P<word>[^()\[\]（）［］〔〕【】\s]{1,4})\s*[)\]）］〕】]")


def _role_of(word: str) -> str | None:
    """The field a role word names (``주관`` -> lead_dept), else None."""
    for field, words in current().table("header_sub_labels").items():
        if key(word) in {key(w) for w in words}:
            return field
    return None


def _bracketed_pairs(text: str) -> list[tuple[str, str]] | None:
    """Every ``(field, value)`` of a value cell opening with a bracketed role word (``(주관) 관광과 (협조) 기획예산과``
    -> lead_dept and coop_depts), each value up to the next bracketed role word; None for any other cell (a role
    named twice, or one with no value, too)."""
    roles = [m for m in _BRACKETED.finditer(text) if _role_of(m.group("word")) is not None]
    if not roles or text[: roles[0].start()].strip():
        return None
    pairs: list[tuple[str, str]] = []
    for k, m in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        value = (
            text[m.end() : end].strip().rstrip("/,，、;；·").strip()
        )  # the parting mark before the next role
        field = _role_of(m.group("word"))
        if not value or field is None or field in {f for f, _ in pairs}:
            return None
        pairs.append((field, value))
    return pairs
