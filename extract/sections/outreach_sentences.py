"""Outreach told in bulleted sentences (a count with the words naming its channel)."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_words import category_of, default_unit
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import parse_count
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach, OutreachItem


def _sentence_count(v: Vocabulary) -> re.Pattern[str]:
    """``주민설명회 3회(참석 120명)``: the words before a count since the last comma, the count with
    its counter word, and a note in brackets right after it."""
    units = alternation(v.words("counters"))
    return re.compile(rf"(?P<label>[^,，()]*?)\s*(?P<count>\d[\d,]*)\s*(?P<unit>{units})(?:\((?P<note>[^)]*)\))?")


def from_sentences(lines: list[Line]) -> Outreach | None:
    """Outreach told in bulleted sentences (``◦ 주민설명회 3회(참석 120명), 전문가 자문 2회 개최`` /
    ``◦ 언론보도 15회 등 총 20회``): each count with the words before it, a channel when they name
    one, the total when they end in a total word (vocabulary ``[outreach_sentences]``). Only lines
    that all carry a bullet are read so; none when a count's words name no channel."""
    if not lines or any(ln.marker is None for ln in lines):
        return None
    totals = set(current().words("outreach_sentences", "total"))
    items: list[OutreachItem] = []
    total = unit = None
    for ln in lines:
        for m in current().build(_sentence_count).finditer(ln.text):
            label = fold(m.group("label"))
            if not label:
                return None
            count, _ = parse_count(m.group("count"))
            if label.split()[-1] in totals:
                total, unit = count, m.group("unit")
                continue
            cat = category_of(label)
            if cat is None:
                return None
            note = fold(m.group("note")) if m.group("note") else None
            items.append({"label": label, "category": cat, "count": count, "note": note})
            unit = unit or m.group("unit")
    if not items:
        return None
    return {"unit": unit or default_unit(), "total": total, "items": items}
