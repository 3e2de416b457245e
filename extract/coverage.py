"""What the extractor missed, said in findings (the same shape as validation's) and in the
record's ``source.coverage``: a heading with nothing read under it, a table of figures no section
took, and the share of the card's printed characters the record placed in a field."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, item_text

LOW_COVERAGE = 0.90  # below this share of printed characters placed, the card says so
SEVERITY = {"extract.section_empty": "warning", "extract.table_unassigned": "warning",
            "extract.low_coverage": "warning"}


def printed_chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def coverage(items: list[Item], unparsed: list[dict[str, Any]]) -> float | None:
    """The share (0..1) of the card's printed characters placed in a field, ``unparsed``
    excluded; ``None`` for a card with no text."""
    printed = sum(printed_chars(item_text(it)) for it in items)
    if not printed:
        return None
    left = sum(printed_chars(u["text"]) for u in unparsed)
    return round(max(0.0, 1.0 - left / printed), 3)


def _finding(code: str, location: str | None, message: str, observed: Any = None,
             expected: Any = None) -> dict[str, Any]:
    return {"code": code, "severity": SEVERITY[code], "success": False, "location": location,
            "observed": observed, "expected": expected, "message": message}


def is_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    return value in (None, [], "")


def section_empty(name: str, heading: str | None, where: str | None) -> dict[str, Any]:
    return _finding("extract.section_empty", where,
                    f"section '{heading or name}' found but nothing read under it", observed=heading)


def has_figures(table: Table) -> bool:
    """A table holding numbers in at least two cells."""
    return sum(1 for c in table.cells if re.search(r"\d", c.text)) >= 2


def table_unassigned(table: Table, section: str | None) -> dict[str, Any]:
    first = " | ".join(c.text.replace("\n", " ") for c in table.cells[:4])
    return _finding("extract.table_unassigned", table.source.describe() or None,
                    f"a table with figures that no section took ({first[:60]})", observed=section)


def low_coverage(share: float) -> dict[str, Any]:
    return _finding("extract.low_coverage", None,
                    f"only {share:.0%} of the card's printed characters were placed in the record",
                    observed=share, expected=f">= {LOW_COVERAGE:.0%}")
