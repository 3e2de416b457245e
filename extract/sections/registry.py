"""The section table: every section the card assembler knows, in record order, and the one place
where a section's relative provenance becomes record paths.

A new section is one module with an extractor ``(items, ctx) -> SectionResult`` plus one line
here; its heading words go in the vocabulary under the same name.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.sections.achievements import extract_achievements, rebase_achievements
from pledgecard.extract.sections.base import SectionResult, SectionSpec
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header import HEADER_FIELDS, extract_header
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.overview import empty_overview, extract_overview
from pledgecard.extract.sections.plans import extract_effects, extract_plans


def _empty_header() -> dict[str, Any]:
    return {"header": {**dict.fromkeys(HEADER_FIELDS), "coop_depts": []}}


HEADER = SectionSpec("header", _empty_header, extract_header)

SECTIONS: dict[str, SectionSpec] = {
    spec.name: spec
    for spec in (
        SectionSpec("overview", lambda: {"overview": empty_overview()}, extract_overview),
        SectionSpec("funding", lambda: {"funding": None}, extract_funding),
        SectionSpec(
            "achievements",
            lambda: {"achievements": [], "tables": []},
            extract_achievements,
            repeatable=True,
            rebase=rebase_achievements,
        ),
        SectionSpec("goals", lambda: {"goals": []}, extract_goals),
        SectionSpec("outreach", lambda: {"outreach": None}, extract_outreach),
        SectionSpec("plans", lambda: {"plans": []}, extract_plans),
        SectionSpec("effects", lambda: {"effects": []}, extract_effects),
    )
}


def empty_record() -> dict[str, Any]:
    """Every section's fields, empty, in record order."""
    out: dict[str, Any] = {}
    for spec in SECTIONS.values():
        out.update(spec.empty())
    return out


def add_result(
    record: dict[str, Any], provenance: dict[str, Source], spec: SectionSpec, result: SectionResult
) -> None:
    """Put a section's result into the record, and its provenance under record paths: a
    repeatable section appends to its lists, its indices shifted past the items already there."""
    offsets = {
        k: len(record[k]) if spec.repeatable and isinstance(record.get(k), list) else 0 for k in result.value
    }
    if spec.rebase is not None:
        spec.rebase(result.value, offsets)
    for k, v in result.value.items():
        if offsets[k] or (spec.repeatable and isinstance(record.get(k), list)):
            record[k] = record[k] + v
        else:
            record[k] = v
    for loc, src in result.provenance.items():
        provenance[loc.path(offsets.get(loc.field, 0))] = src
