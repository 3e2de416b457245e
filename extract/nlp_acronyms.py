"""Acronyms glossed by a Korean name in brackets (`한국토지주택공사(LH)`, `LH(한국토지주택공사)`).

A card prints an organisation's Korean name with its acronym beside it: one organisation, reported
under its Korean name. Fixes the class of card text that named a body twice (`한국토지주택공사`, `LH`)
where the acronym is one the lexicon lists, and reads an acronym the lexicon does not list as the
glossing name wherever the finder met it.
"""

from __future__ import annotations

from collections.abc import Iterable

from pledgecard.extract import nlp_patterns as P


def glossed_acronyms(text: str, names: Iterable[str]) -> dict[str, str]:
    """Acronym -> Korean name, for every acronym printed in brackets right after one of ``names``
    (the organisations found in ``text``) or with one of them in brackets right after it."""
    known = set(names)
    aliases: dict[str, str] = {}
    for pattern in (P.GLOSSED_ACRONYM_RE, P.ACRONYM_GLOSS_RE):
        for m in pattern.finditer(text):
            if m["name"] in known:
                aliases.setdefault(m["acronym"], m["name"])
    return aliases


def merge_glossed(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` (position, name) with every acronym a found name glosses in ``text`` read as that name."""
    aliases = glossed_acronyms(text, (name for _, name in found))
    return [(at, aliases.get(name, name)) for at, name in found] if aliases else found
