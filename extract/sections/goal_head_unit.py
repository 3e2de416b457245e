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
    (``units``), and each rewritten line's printed line (``printed``: by the new line's index)."""

    lines: list[Line]
    units: frozenset[str]
    printed: dict[int, Line]


def with_head_units(lines: list[Line]) -> HeadUnits | None:
    """A text dump's goal table whose target head prints the unit of its bare figures (``목표(개소) 실적(개소)``
    over ``2023 지원센터 조성 6 5 추진중``): the head's words without the unit and each row's bare figures under
    such a head with it (``6개소 5개소``), so the rows read as a table printing units in its cells do; a row whose
    figure cells before its status are not one a figure head (a cell blank or run together) is left as printed
    (its bare figures no values). None when no target head prints a unit."""
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        kinds = [header_words_kind(t) for t in toks]
        if "status" not in kinds or not any(
            kd == "target" and head_unit(t) for kd, t in zip(kinds, toks, strict=True)
        ):
            continue
        s = kinds.index("status")
        fields = [j for j in range(s) if kinds[j] in ("target", "actual", "rate")]
        units = [head_unit(toks[j]) if kinds[j] in ("target", "actual") else None for j in fields]
        head = [_UNIT_TAIL.sub("", t) if kinds[j] in ("target", "actual") else t for j, t in enumerate(toks)]
        out = [*lines[:k], replace(ln, text=" ".join(head), marker=None, printed=None)]
        printed = {k: ln}
        for row in lines[k + 1 :]:
            words = row.full_text.split()
            spans = status_spans(words)
            at = [j for j in figure_tokens(words) if spans and j < spans[0][0]]
            if not spans or len(at) != len(fields):
                out.append(row)
                continue
            for j, unit in zip(at, units, strict=True):
                if unit and _BARE.match(words[j]):
                    words[j] += unit
            if words != row.full_text.split():
                printed[len(out)] = row
                out.append(replace(row, text=" ".join(words), marker=None, printed=None))
            else:
                out.append(row)
        return HeadUnits(out, frozenset(u for u in units if u), printed)
    return None


def bare_again(goal: Goal, units: frozenset[str]) -> None:
    """A goal read from rows :func:`with_head_units` rewrote: its target and actual texts as printed, bare
    (``6``), their values and unit kept."""
    for field in ("target", "actual"):
        text = goal.get(field)
        for unit in units:
            if text and text.endswith(unit) and _BARE.match(text[: -len(unit)]):
                goal[field] = text[: -len(unit)]  # type: ignore[literal-required]
