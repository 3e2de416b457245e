"""A goal row of a card marking its revisions struck through, read from a text dump (which keeps no strikeout): a
revised target cell prints its superseded figure beside the one in force (``117호 138호 공급``), nothing telling
which is which. The row parser, seeing one figure in the target cell, took the first one as the project's last
word (``자원순환 인재양성 117호``) and the second as the target: the struck figure in the project text (and in every
row the merged project cell was carried down to), the target right only by luck. Or both stand in the target cell
(``137호 170호 공급``). Either way the cell prints two figures of one unit where the template prints one.

The row may prove one: its printed rate (달성률) is the actual over the target; a candidate stands only where the
rate read from the row's own line is that ratio rounded as printed and the other candidate's is not. A row no rate
proves stays null (its ``target_value``), said with an ``extract.markup_lost`` finding by the caller
(:mod:`pledgecard.extract.superseded`); the struck figure never stays in the project text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.layout import Item, item_text
from pledgecard.extract.vocabulary import Vocabulary, alternation

Record = dict[str, Any]
_FIGURE = r"(?<![\d,.])\d[\d,]*(?:\.\d+)?"


@dataclass
class RevisedTarget:
    """A goal's target cell printing two figures of one unit: the two as printed (in order) and the one proven."""

    index: int
    seen: tuple[str, str]
    proven: str | None


def _unit_figure(v: Vocabulary) -> re.Pattern[str]:
    """A figure with one of the vocabulary's count units right after it (``[counts] units``)."""
    return re.compile(rf"({_FIGURE})\s*({alternation(v.words('counts', 'units'))})(?![^\W\d_])")


def _number(text: str) -> float | None:
    """A printed figure's number (thousands commas; its unit after it left out), None where it prints none."""
    m = re.match(_FIGURE, text.strip())
    return float(m.group(0).replace(",", "")) if m else None


def printed_rate(items: list[Item], goal: Record, project_raw: str, v: Vocabulary) -> float | None:
    """The rate the goal's row prints right after its actual (``113호 82%``), read from the row's own line: the line
    printing the project (or, opening it, the year), the target and the actual in order; None where no one line does
    or no rate follows (or two lines print two rates)."""
    actual, target = str(goal.get("actual") or ""), str(goal.get("target") or "")
    if not actual or not target:
        return None
    rate_units = alternation(v.words("counts", "rate_units"))
    after = re.compile(rf"\s*({_FIGURE})\s*(?:{rate_units})")
    rates: set[float] = set()
    # the row's line: its project and target in order, or (a project carried down from a merged cell) its year first
    heads = [f"{project_raw} {target}" if project_raw.strip() else "", f"{goal.get('year')} {target}"]
    for it in items:
        text = " ".join(item_text(it).split())
        for n, lead in enumerate(heads):
            at = text.find(lead)
            if not lead or at < 0 or (n == 1 and at > 0):
                continue
            rest = text[at + len(lead) :]
            k = rest.find(actual)
            if k < 0 or rest[:k].strip():
                continue
            if (m := after.match(rest[k + len(actual) :])) and (rate := _number(m.group(1))) is not None:
                rates.add(rate)
            break
    return rates.pop() if len(rates) == 1 else None


def _fits(actual: float, target: float, rate: float, printed: str) -> bool:
    """Whether ``rate`` (as printed, ``printed``) is actual / target in percent rounded to the printed decimals."""
    if target <= 0:
        return False
    places = len(printed.split(".")[1]) if "." in printed else 0
    return abs(actual / target * 100 - rate) <= 0.5 / 10**places + 1e-9


def prove(candidates: tuple[str, str], actual_value: Any, rate: float | None) -> str | None:
    """The one candidate (a figure as printed) the rate proves: actual / it is the rate, not so for the other."""
    if rate is None or not isinstance(actual_value, int | float):
        return None
    printed = f"{rate:g}"
    fits = [
        c
        for c in candidates
        if (n := _number(c)) is not None and _fits(float(actual_value), n, rate, printed)
    ]
    return fits[0] if len(fits) == 1 else None


def settle_targets(goals: list[Record], items: list[Item], v: Vocabulary) -> list[RevisedTarget]:
    """Each goal whose target cell prints two figures of one unit (each kept as printed, its unit too) (one run into the project text, or both in the
    target): the struck figure taken out of the project (and of the rows the project was carried down to), the
    target read where the rate proves one figure, else its value null (in place). The revised targets."""
    fig = v.build(_unit_figure)
    out: list[RevisedTarget] = []
    renamed: dict[str, str] = {}
    for i, g in enumerate(goals):
        project, target = str(g.get("project") or ""), str(g.get("target") or "")
        lead = fig.match(target)
        if lead is None:
            continue
        tail = (
            None
            if project in renamed
            else re.search(rf"\s({_FIGURE})\s*({alternation([lead.group(2)])})$", project)
        )  # carried down: printed above
        second = fig.match(target[lead.end() :].lstrip())
        if tail is not None and project[: tail.start()].strip():
            seen, project_raw = (tail.group(0).strip(), lead.group(0).strip()), project
            kept = target[lead.start() :]
            renamed[project] = project[: tail.start()].strip()
        elif second is not None and second.group(2) == lead.group(2):
            seen, project_raw = (lead.group(0).strip(), second.group(0).strip()), project
            kept = target[lead.end() :].lstrip()
        else:
            continue
        rate = printed_rate(items, g, project_raw, v)
        proven = prove(seen, g.get("actual_value"), rate)
        if proven is not None:
            head = fig.match(kept)
            g["target"] = f"{proven}{kept[head.end() :] if head else ''}"
            g["target_value"] = _value(proven)
            g["target_unit"] = lead.group(2)
        else:
            g["target_value"] = None
            g["target_unit"] = lead.group(2)  # both figures print it: the unit is read, the figure not
        out.append(RevisedTarget(i, seen, proven))
    for g in goals:
        if str(g.get("project") or "") in renamed:
            g["project"] = renamed[str(g["project"])]
    return out


def _value(printed: str) -> int | float | None:
    """A printed figure as a number (an int where whole)."""
    n = _number(printed)
    return int(n) if n is not None and n.is_integer() else n
