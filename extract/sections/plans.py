"""향후계획 (plans, each with its date) and 기대효과 (effects, the ⇨ conclusion included)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.normalize.text import fold


def extract_plans(items: list[Item]) -> tuple[list[dict[str, Any]], dict[str, Any], list[Item]]:
    plans: list[dict[str, Any]] = []
    prov: dict[str, Any] = {}
    rest: list[Item] = []
    for it in items:
        if not isinstance(it, Line) or not it.text:
            rest.append(it)
            continue
        text, date, notes = split_trailing_date(it.text)
        plans.append({"text": text, "date": date})
        prov[f"plans[{len(plans) - 1}]"] = it.source
        for _marker, note in notes:
            plans.append({"text": note, "date": None})
    return plans, prov, rest


def extract_effects(items: list[Item]) -> tuple[list[str], dict[str, Any], list[Item]]:
    effects: list[str] = []
    prov: dict[str, Any] = {}
    rest: list[Item] = []
    for it in items:
        if not isinstance(it, Line) or not it.text:
            rest.append(it)
            continue
        effects.append(fold(it.text))
        prov[f"effects[{len(effects) - 1}]"] = it.source
    return effects, prov, rest
