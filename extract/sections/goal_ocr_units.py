"""A goal unit an OCR'd scan read as a rule's stroke (session 44, helper ocrgoals; a dodam-district sheet scanned:
``정비 구간 | | | 2.4``, the 단위 cell's ``km`` read as ``|``).

A unit cell whose text is a vertical stroke alone (``|``, ``│``) prints no unit the image shows: the stroke is a
table rule (or the unit's glyphs lost to one) that the OCR read as text. The figures counted in it are in a unit
not read: each such goal's target and actual figures and its unit are null, with one finding; the printed text is
kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_finding

_STROKES = frozenset("|¦│┃丨")  # a vertical rule's glyph as OCR reads it


def stroke_unit(unit: str | None) -> bool:
    """Whether a goal's unit is a rule's stroke alone (no unit read)."""
    text = "".join((unit or "").split())
    return bool(text) and all(ch in _STROKES for ch in text)


def stroke_units(goals: Sequence[dict[str, Any]]) -> list[int]:
    """The indexes of ``goals`` whose target unit is a stroke alone; their figures and unit set to null."""
    out = [i for i, g in enumerate(goals) if stroke_unit(g.get("target_unit"))]
    for i in out:
        goals[i].update(target_value=None, target_unit=None, actual_value=None)
    return out


def stroke_finding(where: Source | None, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that ``goals`` of a scanned table printed a rule's stroke as their unit: figures null."""
    return goals_finding(
        "extract.table_unrecovered",
        "a scanned goal table's unit cell reads as a rule's stroke alone (the unit lost to OCR): the figures "
        "counted in it are in no unit read, so their target and actual figures are left null",
        where,
        first,
        goals,
    )
