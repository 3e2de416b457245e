"""A finding's ``source_position``: where the card prints what the finding is about, as structured data beside
its ``source_location`` description (``page 2, cell T3!B2``), so a reviewer's tool can find it without parsing
the description: ``format``, ``page``, ``line`` / ``line_end`` (text dumps), ``table`` / ``row`` / ``col`` (the
cell address's table number, its row and column counted from 0), ``cell`` (the address itself), ``section`` /
``paragraph`` (HWP/HWPX), ``columns`` (a dump's display columns of a cell, from 0, end excluded) and ``bbox``
(PDF: ``[x0, top, x1, bottom]`` in PDF points, top-left origin). Keys the card does not tell are left out.

:func:`position` builds it from the reader's :class:`~pledgecard.extract.document.Source` (the bbox known) or,
for a finding that carries only its description, from :meth:`Source.from_description` (no bbox);
:func:`source_of` reads it back as a :class:`Source`; :func:`entry_position` builds it from a provenance entry
(``provenance.jsonl``: a record path's Source as a dict), for validation's findings located by their record path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pledgecard.extract.document import Source, cell_parts

__all__ = ["cell_parts", "finding_position", "position", "source_of"]


def position(source: Source | str | None, fmt: str | None = None) -> dict[str, Any] | None:
    """The structured ``source_position`` of ``source`` (a reader's Source or its description), ``None`` when
    it tells nothing.

    >>> position(Source(page=2, bbox=(10.0, 20.5, 30.0, 40.0), cell="T3!B2"), "pdf")
    {'format': 'pdf', 'page': 2, 'table': 3, 'row': 1, 'col': 1, 'cell': 'T3!B2', 'bbox': [10.0, 20.5, 30.0, 40.0]}
    >>> position("line 12-13", "txt")
    {'format': 'txt', 'line': 12, 'line_end': 13}
    """
    src = source if isinstance(source, Source) else Source.from_description(source)
    out: dict[str, Any] = {}
    if src.page is not None:
        out["page"] = src.page
    if src.line_start is not None:
        out["line"] = src.line_start
        if src.line_end is not None and src.line_end != src.line_start:
            out["line_end"] = src.line_end
    if src.section is not None:
        out["section"] = src.section
    if src.paragraph is not None:
        out["paragraph"] = src.paragraph
    parts = cell_parts(src.cell)
    if parts is not None:
        out["table"], out["row"], out["col"] = parts
    if src.cell:
        out["cell"] = src.cell
    if src.columns is not None:
        out["columns"] = list(src.columns)
    if src.bbox is not None:
        out["bbox"] = [round(float(v), 2) for v in src.bbox]
    if not out:
        return None
    return {"format": fmt, **out} if fmt else out


def source_of(pos: Mapping[str, Any] | None) -> Source:
    """The :class:`Source` a ``source_position`` describes (an empty one for none or a malformed one)."""
    if not isinstance(pos, Mapping):
        return Source()

    def num(key: str) -> int | None:
        v = pos.get(key)
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    bbox = pos.get("bbox")
    box = (
        tuple(float(v) for v in bbox)
        if isinstance(bbox, list | tuple)
        and len(bbox) == 4
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in bbox)
        else None
    )
    cols = pos.get("columns")
    columns = (
        (cols[0], cols[1])
        if isinstance(cols, list | tuple)
        and len(cols) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in cols)
        else None
    )
    line = num("line")
    cell = pos.get("cell") if isinstance(pos.get("cell"), str) else None
    return Source(
        line_start=line,
        line_end=num("line_end") or line,
        page=num("page"),
        bbox=box,  # type: ignore[arg-type]
        section=num("section"),
        paragraph=num("paragraph"),
        cell=cell,
        columns=columns,
    )


def finding_position(finding: Mapping[str, Any], fmt: str | None) -> dict[str, Any] | None:
    """An extract finding's ``source_position`` with the card's format first: the one the finding carries, else
    the one its ``source_location`` describes; ``None`` for a finding with neither."""
    pos = finding.get("source_position") or position(finding.get("source_location"))
    if not pos or not fmt:
        return pos
    return {"format": fmt, **{k: v for k, v in pos.items() if k != "format"}}


_ENTRY_KEYS = ("line_start", "line_end", "page", "section", "paragraph", "cell")


def entry_position(entry: Mapping[str, Any] | None, fmt: str | None = None) -> dict[str, Any] | None:
    """The ``source_position`` of a provenance entry (a :class:`Source`'s ``to_dict``, read back from JSON),
    ``None`` for none.

    >>> entry_position({"line_start": 57, "line_end": 57}, "txt")
    {'format': 'txt', 'line': 57}
    >>> entry_position({"page": 1, "bbox": [1, 2, 3, 4.5], "cell": "T1!B3"}, "pdf")
    {'format': 'pdf', 'page': 1, 'table': 1, 'row': 2, 'col': 1, 'cell': 'T1!B3', 'bbox': [1.0, 2.0, 3.0, 4.5]}
    """
    if not isinstance(entry, Mapping):
        return None
    fields: dict[str, Any] = {k: entry[k] for k in _ENTRY_KEYS if k in entry and entry[k] is not None}
    if any(not isinstance(v, str if k == "cell" else int) or isinstance(v, bool) for k, v in fields.items()):
        return None
    for key in ("bbox", "columns"):
        value = entry.get(key)
        n = 4 if key == "bbox" else 2
        if (
            isinstance(value, list | tuple)
            and len(value) == n
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            fields[key] = tuple(float(v) if key == "bbox" else int(v) for v in value)
    return position(Source(**fields), fmt)
