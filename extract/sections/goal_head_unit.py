"""The unit a goal column's head prints in brackets after its name (``목표(개소)``, ``실적(명)``): the unit of that
column's bare figures, which print none of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import figure_tokens
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_record import value_and_unit
from pledgecard.extract.sections.goal_values import status_spans
from pledgecard.normalize.text import fold
from pledgecard.record import Goal

_UNIT_TAIL = re.compile(r"\([^()\d\s]{1,4}\)$")
_BRACKETED = re.compile(r"^[^()\d]+\(\s*([^()\d\s]{1,4})\s*\)$")


def head_unit(head: str) -> str | None:
    """The unit in brackets closing a head cell of words (``목표(개소)`` -> ``개소``), where it is a counting unit
    (a count or measure a figure is written in: ``1개소`` reads as a value and its unit); None for a head of
    none, a bracketed word naming no unit (``목표(누계)``) or a period (``목표(2022~2026)``)."""
    m = _BRACKETED.match(fold(head).replace(" ", ""))
    if not m:
        return None
    unit = m.group(1)
    return unit if value_and_unit(f"1{unit}") == (1, unit) else None


_BARE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


@dataclass(frozen=True)
class HeadUnits:
    """A text dump's goal lines with the heads' units given to the bare figures (``lines``), the units so given
    (``units``), each rewritten line's printed line (``printed``: by the new line's index) and every word the
    lines print (``words``: a goal text among them was printed so, not made by the rewrite)."""

    lines: list[Line]
    units: frozenset[str]
    printed: dict[int, Line]
    words: frozenset[str] = frozenset()


def with_head_units(lines: list[Line]) -> HeadUnits | None:
    """A text dump's goal table whose target head prints the unit of its bare figures (``목표(개소) 실적(개소)``
    over ``2023 지원센터 조성 6 5 추진중``): the head's words without the unit and each row's bare figures under
    such a head with it (``6개소 5개소``), so the rows read as a table printing units in its cells do. Each head
    line's units reach only the rows up to the next head line. A row is rewritten only where its figures before
    its status are one a figure head AND stand together right before the status (the figure columns' place under
    the head): a row with a cell blank or run together, or a number word in its project (``제 3 센터 조성 8``), is
    left as printed (its bare figures no values). A head whose target and actual name different units
    (``목표(개소) 실적(명)``) gives none (the record holds one unit a goal). None when no head gives a unit."""
    out: list[Line] = []
    printed: dict[int, Line] = {}
    given: set[str] = set()
    fields: list[int] | None = None
    units: list[str | None] = []
    for ln in lines:
        toks = ln.full_text.split()
        kinds = [header_words_kind(t) for t in toks]
        if (
            "status" in kinds and "target" in kinds
        ):  # a head line: its units (if any) reach the rows up to the next
            s = kinds.index("status")
            at_fields = [j for j in range(s) if kinds[j] in ("target", "actual", "rate")]
            named = [head_unit(toks[j]) if kinds[j] in ("target", "actual") else None for j in at_fields]
            target_units = {u for u, j in zip(named, at_fields, strict=True) if kinds[j] == "target"}
            if not any(target_units) or len({u for u in named if u}) != 1:
                # no target unit, or the target and actual heads name different units: as printed
                fields = None
                out.append(ln)
                continue
            fields, units = at_fields, named
            head = [
                _UNIT_TAIL.sub("", t) if kinds[j] in ("target", "actual") else t for j, t in enumerate(toks)
            ]
            printed[len(out)] = ln
            out.append(replace(ln, text=" ".join(head), marker=None, printed=None))
            continue
        if fields is None:
            out.append(ln)
            continue
        words = list(toks)
        spans = status_spans(words)
        at = [j for j in figure_tokens(words) if spans and j < spans[0][0]]
        if not spans or len(at) != len(fields) or at != list(range(spans[0][0] - len(at), spans[0][0])):
            out.append(ln)
            continue
        for j, unit in zip(at, units, strict=True):
            if unit and _BARE.match(words[j]):
                words[j] += unit
                given.add(unit)
        if words != toks:
            printed[len(out)] = ln
            out.append(replace(ln, text=" ".join(words), marker=None, printed=None))
        else:
            out.append(ln)
    if not printed:
        return None
    words = frozenset(w for ln in lines for w in ln.full_text.split())
    return HeadUnits(out, frozenset(given), printed, words)


def bare_again(goal: Goal, units: HeadUnits) -> None:
    """A goal read from rows :func:`with_head_units` rewrote: its target and actual texts as printed, bare
    (``6``), their values and unit kept. A text the lines print themselves (a cell printing its own unit,
    ``6개소``) is kept as printed."""
    for field in ("target", "actual"):
        text = goal.get(field)
        if not text or text in units.words:
            continue
        for unit in units.units:
            if text.endswith(unit) and _BARE.match(text[: -len(unit)]):
                goal[field] = text[: -len(unit)]  # type: ignore[literal-required]
