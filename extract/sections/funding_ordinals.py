"""Funding period columns named as a year of the plan or of the term rather than by their year
(vocabulary ``[period_ordinals]``): the plan's n-th year, ``1차년도('23)`` / ``2차년도`` / ..., the first
printing its year in brackets and the later ones counting on from it, or the n-th year of an elected
head's term, ``민선8기 2년차``, its year told by the term's start (a term of ``term_years`` years,
the ``first_term``-th beginning with the fiscal year ``first_year``).

:func:`ordinal_year` reads one head; :func:`resolve_ordinals` gives every such column of a read
table its year, a plan ordinal without a year of its own by the one head that prints both its
ordinal and its year, or by a note of the section listing ordinals with years (``※ 1차년도: 2024년,
2차년도: 2025년``: :func:`note_anchors`) where no head prints a year and the note lists every ordinal of the table. Ordinals no head nor note anchors, anchors
telling two offsets, or ordinals that would give two columns one year keep their columns as they were read (no
year is guessed).
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, current


def _patterns(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    o = v.data.get("period_ordinals", {})
    year = v.year_pattern
    plan = re.compile(rf"(?:{o.get('plan', '(?!)')})\s*(?:[(（]\s*(?:{year})\s*[)）])?")
    term = re.compile(o.get("term", "(?!)"))
    return plan, term


def ordinal_source(v: Vocabulary) -> str:
    """A regex source matching an ordinal head as one token (its groups unnamed)."""
    plan, term = _patterns(v)
    return re.sub(r"\?P<\w+>", "", f"{term.pattern}|{plan.pattern}")


def ordinal_year(label: str) -> tuple[int, int | None] | None:
    """``(n, year)`` of an ordinal head (its year None when the head prints none: ``2차년도``), or None
    for any other head."""
    v = current()
    plan, term = v.build(_patterns)
    text = label.strip()
    if m := term.fullmatch(text):
        o = v.data["period_ordinals"]
        n = int(m.group("n"))
        return n, int(o["first_year"]) + (int(m.group("term")) - int(o["first_term"])) * int(
            o["term_years"]
        ) + n - 1
    if m := plan.fullmatch(text):
        y4, y2 = m.group("y4"), m.group("y2")
        year = int(y4) if y4 else (2000 + int(y2) if y2 else None)
        return int(m.group("n")), year
    return None


def _note_pattern(v: Vocabulary) -> re.Pattern[str]:
    o = v.data.get("period_ordinals", {})
    return re.compile(rf"(?:{o.get('plan', '(?!)')})\s*[:：=]\s*(?:{v.year_pattern})")


_BETWEEN = re.compile(r"[\s,，、;/·]*")  # what may stand between two items of a note's list
_AFTER = re.compile(r"[ \t,，、;.。)）]*(?:\n|$)")  # what may follow a list's last year on its line


def note_anchors(texts: list[str]) -> list[tuple[int, int]]:
    """``(n, year)`` pairs a note told outside the table's heads: a LIST of a plan ordinal, a colon (or ``=``)
    and a year (``1차년도: 2024년, 2차년도: 2025년``), two items or more, consecutive ordinals and consecutive
    years, nothing but separators between the items and after the last item's year on its line; the note's lines
    read as one text (a wrapped note goes on). A lone pair or a pair a text goes on from (``1차년도: 2021년
    이월분 포함``: what the year's money holds, not which year the column is) anchors nothing."""
    v = current()
    pat = v.build(_note_pattern)
    text = "\n".join(texts)
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    end = -1
    for m in [*pat.finditer(text), None]:
        y4, y2 = (m.group("y4"), m.group("y2")) if m else (None, None)
        item = (int(m.group("n")), int(y4) if y4 else 2000 + int(y2)) if m else None
        if (
            m
            and item
            and run
            and _BETWEEN.fullmatch(text, end, m.start())
            and item == (run[-1][0] + 1, run[-1][1] + 1)
        ):
            run.append(item)
            end = m.start() + len(m.group(0).rstrip())
            continue
        if len(run) >= 2 and _AFTER.match(text, end):
            out += run
        run, end = ([item], m.start() + len(m.group(0).rstrip())) if m and item else ([], -1)
    return out


def unanchored(columns: list[dict[str, Any]]) -> list[str]:
    """The labels of ordinal heads' columns left with no year (no anchor, or anchors telling two offsets)."""
    return [c["label"] for c in columns if c.get("year") is None and ordinal_year(c["label"]) is not None]


def resolve_ordinals(
    columns: list[dict[str, Any]], anchors: list[tuple[int, int]] | None = None
) -> list[dict[str, Any]]:
    """``columns`` with every ordinal head's column a year column (its year its own or counted from
    the one head printing both, or from ``anchors``: a note's ordinals and years); unchanged where an
    ordinal has no anchor, the anchors tell two offsets or two columns would share a year."""
    found = {k: r for k, c in enumerate(columns) if (r := ordinal_year(c["label"])) is not None}
    if not found:
        return columns
    offsets = {y - n for n, y in found.values() if y is not None}  # year less ordinal: the anchor
    told = {n for n, _ in anchors or []}
    if not offsets and all(n in told for n, _ in found.values()):  # a note only where no head prints a year
        offsets = {y - n for n, y in anchors or []}  # and only where it lists every ordinal of the table
    years: dict[int, int] = {}
    for k, (n, y) in found.items():
        if y is None and len(offsets) != 1:
            return columns
        years[k] = y if y is not None else n + next(iter(offsets))
    taken = [c["year"] for k, c in enumerate(columns) if c.get("kind") == "year" and k not in years]
    taken += list(years.values())
    if len(taken) != len(set(taken)):
        return columns
    return [{**c, "kind": "year", "year": years[k]} if k in years else c for k, c in enumerate(columns)]
