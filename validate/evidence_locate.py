"""Where a finding's evidence is in its source: the provenance entry of the longest record path
holding its location, the record's texts to search a text dump for, and the PDF page region."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.source_position import entry_position, source_of
from pledgecard.validate.evidence_model import Box

_PATH_END = re.compile(r"[.\[]")
_ITEM = re.compile(r"^(achievements|plans|goals)\[(\d+)\]")


_ROW = re.compile(r"(\.rows\[\d+\]|^goals\[\d+\]|^achievements\[\d+\]|^plans\[\d+\])$")


def _containing(location: str) -> list[str]:
    """The record paths that contain ``location``, longest first: itself, then each prefix
    ending before a ``.`` or ``[``.

    >>> _containing("funding.rows[2]")
    ['funding.rows[2]', 'funding.rows', 'funding']
    """
    return [location] + [location[:i] for i in range(len(location) - 1, -1, -1) if location[i] in ".["]


def provenance_entry(
    location: str | None, provenance: Mapping[str, Any] | None, *, having: str | None = None
) -> Mapping[str, Any]:
    """The provenance of the longest record path that contains ``location`` (and, with
    ``having``, holds that key)."""
    locations = (provenance or {}).get("locations") or {}
    if not location or not isinstance(locations, Mapping):
        return {}
    for key in _containing(location):  # looked up, not a walk over every path of the card
        value = locations.get(key)
        if isinstance(value, Mapping) and (having is None or value.get(having) is not None):
            return value
    return {}


def provenance_key(location: str | None, provenance: Mapping[str, Any] | None) -> str | None:
    """The longest provenance path that contains ``location``."""
    locations = (provenance or {}).get("locations") or {}
    if not location or not isinstance(locations, Mapping):
        return None
    keys = [
        k
        for k in locations
        if location == k or (location.startswith(k) and _PATH_END.match(location[len(k) :]))
    ]
    return max(keys, key=len) if keys else None


SOURCE_KEY = "@source"  # the provenance key a finding's own source position is looked up under


def source_entry(source_location: str | None) -> dict[str, Any]:
    """A finding's ``source_location`` (``line 12-13``, ``page 2, cell T3!B2``, ``line 1 .. line 3``: as
    :meth:`pledgecard.extract.document.Source.describe` prints it, read back by its
    :meth:`~pledgecard.extract.document.Source.from_description`) as a provenance entry; ``{}`` for none.

    >>> source_entry("page 2, line 12-13")
    {'line_start': 12, 'line_end': 13, 'page': 2}
    >>> source_entry("line 1 .. line 3")
    {'line_start': 1, 'line_end': 3}
    """
    return Source.from_description(source_location).to_dict()


def located(
    location: str | None,
    source_location: str | None,
    provenance: Mapping[str, Any] | None,
    source_position: Mapping[str, Any] | None = None,
) -> tuple[str | None, Mapping[str, Any] | None]:
    """The location and provenance a finding's evidence is found by: its ``source_position`` (a PDF's bbox too)
    or else its ``source_location`` where it has one (where the reader saw what it reports: the record path may
    name a part the record left empty), as the provenance entry :data:`SOURCE_KEY`, beside the card's own
    entries (the table around a cell is found among them); else its record ``location`` and the card's
    provenance."""
    if source_position and not source_location and _own_place(location, provenance, source_position):
        return location, provenance  # the record part's own place (a validation finding's): found by its path
    entry = source_of(source_position).to_dict() if source_position else {}
    entry = entry or source_entry(source_location)
    if not entry:
        return location, provenance
    if set(entry) == {
        "page"
    }:  # a page alone: the record part's box on that page is a crop, not the whole page
        part = provenance_entry(location, provenance, having="page")
        if part.get("page") == entry["page"] and _box(part.get("bbox")) is not None:
            return location, provenance
    if isinstance(entry.get("bbox"), tuple):
        entry["bbox"] = list(entry["bbox"])
    locations = (provenance or {}).get("locations")
    around = _around(entry, locations if isinstance(locations, Mapping) else {})
    return SOURCE_KEY, {**(provenance or {}), "locations": {**around, SOURCE_KEY: entry}}


# the provenance entries a cell's crop may take its table from: a section (``funding``, ``outreach``) or a table
# (``tables[2]``), never a row, an item or a field (their boxes hold a cell too, but not the table's head)
_TABLE_KEY = re.compile(r"^(?:[a-z_]+|tables\[\d+\])$")


def _own_place(location: str | None, provenance: Mapping[str, Any] | None, pos: Mapping[str, Any]) -> bool:
    """Whether ``pos`` is the place the provenance gives ``location`` (the longest path containing it)."""
    own = entry_position(provenance_entry(location, provenance))
    return own is not None and own == {k: v for k, v in pos.items() if k != "format"}


def _around(entry: Mapping[str, Any], locations: Mapping[str, Any]) -> dict[str, Any]:
    """The nearest (smallest) section or table entry (:data:`_TABLE_KEY`) on the same page whose box holds
    ``entry``'s: the table of a cell, with its header rows; a row's or an item's box, which holds the cell too,
    is passed over. As the entry :data:`SOURCE_KEY` sits in (key ``""``: every path's prefix); ``{}`` for none."""
    box, page = _box(entry.get("bbox")), entry.get("page")
    if box is None or page is None:
        return {}
    best: tuple[float, Mapping[str, Any]] | None = None
    for key, value in locations.items():
        if not isinstance(value, Mapping) or value.get("page") != page or not _TABLE_KEY.match(str(key)):
            continue
        anc = _box(value.get("bbox"))
        if anc and anc != box and _holds(anc, box):
            area = (anc[2] - anc[0]) * (anc[3] - anc[1])
            if best is None or area < best[0]:
                best = (area, value)
    return {"": best[1]} if best else {}


def _holds(outer: tuple[float, ...], inner: tuple[float, ...]) -> bool:
    return (
        outer[0] <= inner[0] + 1
        and outer[1] <= inner[1] + 1
        and outer[2] >= inner[2] - 1
        and outer[3] >= inner[3] - 1
    )


def _box(value: Any) -> tuple[float, ...] | None:
    if isinstance(value, list | tuple) and len(value) == 4 and all(isinstance(v, int | float) for v in value):
        return tuple(float(v) for v in value)
    return None


def _enclosing_box(
    location: str | None, provenance: Mapping[str, Any] | None, page: int, box: tuple[float, ...] | None
) -> tuple[float, ...] | None:
    """The box of the nearest provenance ancestor of ``location`` on the same page that contains
    ``box`` (the table of a row), or ``None``."""
    locations = (provenance or {}).get("locations") or {}
    if not box or not location or not isinstance(locations, Mapping):
        return None
    best, best_len = None, -1
    for key, value in locations.items():
        if not isinstance(value, Mapping) or value.get("page") != page or key == location:
            continue
        if not (key == "" or location.startswith(key) and _PATH_END.match(location[len(key) :])):
            continue
        anc = _box(value.get("bbox"))
        if anc and anc != box and _holds(anc, box) and len(key) > best_len:
            best, best_len = anc, len(key)
    return best


def item_location(record: Mapping[str, Any], location: str | None) -> str | None:
    """The row or item a location points into (a funding column's sum: the 계 row)."""
    if not location:
        return location
    m = re.match(r"^funding\.columns\[\d+\]", location)
    if m:
        rows = (
            ((record.get("funding") or {}).get("rows") or [])
            if isinstance(record.get("funding"), Mapping)
            else []
        )
        total = next(
            (i for i, r in enumerate(rows) if isinstance(r, Mapping) and r.get("source") == "total"), None
        )
        return f"funding.rows[{total}]" if total is not None else location
    m = re.match(r"^(funding\.rows\[\d+\]|tables\[\d+\]|overview\.budget)", location)
    return m.group(1) if m else location


def needles(record: Mapping[str, Any], location: str | None) -> list[str]:
    """Texts of the record at ``location`` that should appear on the flagged line, best first."""
    if not location:
        return []
    m = re.match(r"^tables\[(\d+)\]\.rows\[(\d+)\]\[(\d+)\]", location)
    if m:
        tables = record.get("tables") or []
        t, r, c = (int(g) for g in m.groups())
        try:
            row = tables[t]["rows"][r]
            return [str(row[0]) + str(row[c]), str(row[c])] if row[c] else []
        except (IndexError, KeyError, TypeError):
            return []
    m = _ITEM.match(location)
    if m and m.group(1) == "goals":
        goals = record.get("goals") or []
        i = int(m.group(2))
        goal = (
            goals[i] if isinstance(goals, list) and i < len(goals) and isinstance(goals[i], Mapping) else {}
        )
        return [str(goal[k]) for k in ("target", "actual") if isinstance(goal.get(k), str) and goal.get(k)]
    needle = _needle(record, location)
    return [needle] if needle else []


def _needle(record: Mapping[str, Any], location: str | None) -> str | None:
    """Text of the record at ``location`` that should appear in the source."""
    if not location:
        return None
    m = _ITEM.match(location)
    if m:
        items = record.get(m.group(1)) or []
        i = int(m.group(2))
        item = (
            items[i] if isinstance(items, list) and i < len(items) and isinstance(items[i], Mapping) else {}
        )
        text = item.get("text") if m.group(1) != "goals" else item.get("target")
        return text if isinstance(text, str) else None
    if location.startswith("header."):
        value = (record.get("header") or {}).get(location.split(".")[1].split("[")[0])
        return value if isinstance(value, str) else None
    if location.startswith("overview.budget"):
        return ((record.get("overview") or {}).get("budget") or {}).get("raw")
    return None


def pdf_region(
    location: str | None, provenance: Mapping[str, Any] | None
) -> tuple[int, Box | None, Box | None] | None:
    """The page of ``location``, the box to mark on it and its table's box (``None``: no page)."""
    prov = provenance_entry(location, provenance, having="page")
    page = prov.get("page")
    if not isinstance(page, int):
        return None
    box = _box(prov.get("bbox"))
    table = _enclosing_box(location, provenance, page, box)
    mark = box
    if box and table and _ROW.search(location or "") and (box[3] - box[1]) * 2 < table[3] - table[1]:
        mark = (table[0], box[1], table[2], box[3])  # a row known by its label cell: its full width
    return page, mark, table
