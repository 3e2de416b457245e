"""Outreach channels printed with a count of people only (``경로당 간담회(120명)``, ``주민설명회 : 참석 85명``).

A channel's words with a count in a counter that is no counter of times held (vocabulary ``[outreach_sentences]
held_counters``) set in the channel's bracket or after its colon tell that the channel was held and how many took
part, not how many times it was held: the channel is read with its count null and the printed count as its note
(the schema's outreach counts are times held), and a finding ``extract.times_unprinted`` says so. Nothing is read
where the words before the bracket or colon name no channel.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import LABEL_SEPARATORS, is_note
from pledgecard.extract.sections.outreach_words import category_of
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach, OutreachItem

_OPENS = "(（"
_EDGES = " ,，/／"


def people_only(text: str, match: re.Match[str]) -> OutreachItem | None:
    """The channel a count of people belongs to, its count null: ``match`` a count (groups ``label``, ``count``,
    ``unit``, as :mod:`~pledgecard.extract.sections.outreach_sentences` finds them) in a counter of no times held
    whose own words name no channel (none, or ``참석``), standing in a bracket opened right after a channel's words
    (``경로당 간담회(120명)``, ``간담회(참석 120명)``) or after the colon closing them (``주민설명회 : 참석 85명``);
    ``None`` otherwise (the count is left to the sentence reader's rules)."""
    if match.group("unit") in current().words("outreach_sentences", "held_counters"):
        return None
    own = fold(match.group("label"))
    parts = re.split(rf"[{re.escape(''.join(LABEL_SEPARATORS))}]", own)
    start = match.start("label")  # where the count's own words open
    if len(parts) > 1:  # 주민설명회 : 참석 85명: the channel before the colon, the count's words after it
        channel, words = parts[0], parts[-1]
        start += max(match.group("label").rfind(sep) for sep in LABEL_SEPARATORS) + 1
    else:
        before = text[: match.start("label")].rstrip()
        if not before or before[-1] not in _OPENS:
            return None
        channel, words = re.split(r"[,，]", before[:-1])[-1], own
    channel = fold(channel).strip(_EDGES)
    if not channel or category_of(words.strip()) is not None or (cat := category_of(channel)) is None:
        return None
    note = fold(text[start : match.end("unit")]).strip(_EDGES)
    return {"label": channel, "category": cat, "count": None, "note": note}


def times_unprinted(outreach: Outreach | None, lines: list[Line]) -> list[dict[str, Any]]:
    """A finding for each channel read with no count because the card prints its people only: where it stands in
    the record and the note printed for it (``lines`` the section's, the first one naming the channel its source)."""
    out: list[dict[str, Any]] = []
    for k, item in enumerate((outreach or {}).get("items") or []):
        if item["count"] is not None or not item["note"]:
            continue
        at = next((ln for ln in lines if item["label"] in fold(ln.full_text)), lines[0] if lines else None)
        out.append(
            finding(
                "extract.times_unprinted",
                f"outreach.items[{k}]",
                "the channel is printed with a count of people only: how many times it was held is "
                "not printed, so its count is null",
                observed={"label": item["label"], "printed": item["note"]},
                source=at.source if at is not None else None,
            )
        )
    return out


def only_notes(items: list[Any]) -> bool:
    """Whether a section holds nothing but note lines (``※ 분기별 누계``) under its heading: no count printed
    under it, the heading's own remark the place its counts are told (``구민소통 실적 : 간담회 2회, ...``)."""
    return bool(items) and all(isinstance(it, Line) and is_note(it.marker) for it in items)
