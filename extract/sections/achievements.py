"""추진실적: bullet items flattened in reading order with depth, parent, trailing date, notes,
counts and organisations, plus the side tables that stand between them."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import SECTION_MARKERS, canonical_marker, is_note, marker_level
from pledgecard.extract.nlp import find_counts, find_orgs
from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.extract.sections.side_tables import table_from_grid, tables_from_lines
from pledgecard.normalize.dates import find_dates, parse_date
from pledgecard.normalize.text import fold

_GROUP = re.compile(r"^[《<〈【\[]\s*(?P<body>.+?)\s*[》>〉】\]]$")
_PAREN = re.compile(r"^[(（]\s*(?P<body>.+?)\s*[)）]$")
_REPORTING = re.compile(r"현재|기준|누계|말\s*$|추진\s*실적|실적")


def _date_of(text: str) -> dict[str, Any] | None:
    d = parse_date(text)
    if d.get("label"):
        return d
    found = find_dates(text)
    return found[-1][2] if found else None


def parse_group_heading(text: str) -> tuple[str, dict[str, Any] | None] | None:
    """A block heading inside the achievements and its reporting date:
    ``《기 추진실적: ’24. 3분기 기준 누계》`` -> ``('기 추진실적', <2024-Q3>)``; also
    ``('24. 12월 말 기준)`` and an unbracketed ``2024년 4분기 추진실적`` (a date and a reporting
    word), whose whole text is the group."""
    t = text.strip()
    m = _GROUP.match(t)
    if m:
        body = fold(m.group("body"))
        if ":" in body or "：" in body:
            name, _, when = re.split(r"([:：])", body, maxsplit=1)
            d = parse_date(when.strip())
            return fold(name), d if d.get("label") else None
        return body, _date_of(body)
    m = _PAREN.match(t)
    body = fold(m.group("body")) if m else fold(t)
    if len(body) <= 30 and _REPORTING.search(body):
        d = _date_of(body)
        if d is not None:
            return body, d
    return None


def _numbering_style(marker: str | None) -> str:
    """``3)`` -> ``1)``, ``다.`` -> ``가.``: the style of a numbering marker, whatever its number."""
    return re.sub(r"[가-하]", "가", re.sub(r"\d+", "1", marker or ""))


def _new_item(group: str | None, group_as_of: dict[str, Any] | None, level: int, parent: int | None,
              marker: str | None, text: str, date: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "group": group, "group_as_of": group_as_of, "level": level, "parent": parent,
        "marker": canonical_marker(marker), "text": text, "date": date,
        "counts": find_counts(text), "orgs": find_orgs(text),
    }


def extract_achievements(items: list[Item], *, lexicon: str = ""
                         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any], list[Item],
                                    list[dict[str, Any]]]:
    """Items, side tables, provenance, left-over items, and the reporting dates of the block
    headings (also of blocks with no bullet under them)."""
    ach: list[dict[str, Any]] = []
    tables: list[dict[str, Any]] = []
    prov: dict[str, Any] = {}
    rest: list[Item] = []
    group: str | None = None
    group_as_of: dict[str, Any] | None = None
    loose: list[Line] = []  # a run of non-bullet lines (a flattened table in a text dump)
    group_dates: list[dict[str, Any]] = []
    numbering_levels: dict[str, int] = {}  # 1) / 가. / (1): depth by order of first appearance

    def last_index() -> int | None:
        return len(ach) - 1 if ach else None

    def flush_loose() -> None:
        if not loose:
            return
        for t in tables_from_lines(loose, lexicon):
            t["after_item"] = last_index()
            t["title"] = ach[-1]["text"] if ach else None
            prov[f"tables[{len(tables)}]"] = loose[0].source
            tables.append(t)
        loose.clear()

    def parent_for(level: int, start: int) -> int | None:
        for j in range(len(ach) - 1, start - 1, -1):
            if ach[j]["level"] < level:
                return j
        return None

    group_start = 0
    for it in items:
        if isinstance(it, Table):
            flush_loose()
            t = table_from_grid(it, title=ach[-1]["text"] if ach else None, after_item=last_index())
            prov[f"tables[{len(tables)}]"] = it.source
            tables.append(t)
            continue
        if it.marker is None:
            heading = parse_group_heading(it.full_text)
        elif it.marker in SECTION_MARKERS and it.text:  # □ 스마트 수소에너지: a block heading here
            heading = parse_group_heading(it.text) or (fold(it.text), None)
        else:
            heading = None
        if heading:
            flush_loose()
            group, group_as_of = heading
            if group_as_of:
                group_dates.append(group_as_of)
            group_start = len(ach)
            continue
        if it.marker is None or it.marker in SECTION_MARKERS:
            loose.append(it)
            continue
        flush_loose()
        text, date, inline_notes = split_trailing_date(it.text)
        if is_note(it.marker):
            anchor = next((j for j in range(len(ach) - 1, group_start - 1, -1)
                           if not is_note(ach[j]["marker"])), None)
            level = (ach[anchor]["level"] + 1) if anchor is not None else 1
            parent = anchor
        else:
            level = marker_level(it.marker) or numbering_levels.setdefault(
                _numbering_style(it.marker), len(numbering_levels) + 1)
            parent = parent_for(level, group_start)
        ach.append(_new_item(group, group_as_of, level, parent, it.marker, text, date))
        prov[f"achievements[{len(ach) - 1}]"] = it.source
        me = len(ach) - 1
        for marker, note in inline_notes:
            ach.append(_new_item(group, group_as_of, level + 1, me, marker, note, None))
            prov[f"achievements[{len(ach) - 1}]"] = it.source
    flush_loose()
    return ach, tables, prov, rest, group_dates
