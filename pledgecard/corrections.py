"""Reviewers' corrections: recorded once in ``OUT/corrections.jsonl``, applied on every run.

A correction says that the field at ``path`` of card ``card_id`` should hold ``value`` instead of
what was extracted (``extracted``, remembered when the correction was made). Every validation
applies the corrections before checking (:func:`apply_corrections`); the record keeps them under
``corrections`` (CARD_SCHEMA.md, schema 1.1) with the extracted value beside the corrected one.
A correction whose extracted value has changed since it was made (the card was re-extracted
differently, or reissued) is not applied and is reported as stale (``correction.stale``).

>>> rec = {"card_id": "a@1", "funding": {"rows": [{"amounts_krw": [1, 2]}]}}
>>> c = Correction("a@1", "funding.rows[0].amounts_krw[1]", extracted=2, value=3, note="typo", by="kim",
...                at="2026-12-01T10:00:00Z")
>>> fixed, stale = apply_corrections(rec, [c])
>>> fixed["funding"]["rows"][0]["amounts_krw"], fixed["corrections"][0]["extracted"], stale
([1, 3], 2, [])
>>> apply_corrections(fixed, [c])[0] == fixed  # applying again changes nothing
True
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError, ValidateError
from pledgecard.writers import atomic_write_text, dumps, jsonl_rows

CORRECTIONS_FILE = "corrections.jsonl"
_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Correction:
    card_id: str
    path: str
    extracted: Any
    value: Any
    note: str | None = None
    by: str | None = None
    at: str | None = None

    def entry(self) -> dict[str, Any]:
        """The record's ``corrections`` entry (CARD_SCHEMA.md)."""
        return {
            "path": self.path,
            "extracted": self.extracted,
            "value": self.value,
            "note": self.note,
            "by": self.by,
            "at": self.at,
        }


@dataclass(frozen=True, slots=True)
class Stale:
    """A correction not applied: the field now holds ``now`` (``missing`` when the path is gone)."""

    correction: Correction
    now: Any
    missing: bool = False


def parse_path(path: str) -> list[str | int]:
    """A record path as keys and indices.

    >>> parse_path("funding.rows[0].amounts_krw[3]")
    ['funding', 'rows', 0, 'amounts_krw', 3]
    """
    tokens: list[str | int] = []
    pos = 0
    for m in _TOKEN.finditer(path):
        sep = path[pos : m.start()]
        if sep not in ("", ".") or (sep == "." and not tokens) or (sep == "" and tokens and m.group(1)):
            raise UsageError(f"not a record path: {path!r} (use e.g. funding.rows[0].amounts_krw[3])")
        tokens.append(m.group(1) if m.group(1) else int(m.group(2)))
        pos = m.end()
    if not tokens or pos != len(path) or not isinstance(tokens[0], str):
        raise UsageError(f"not a record path: {path!r} (use e.g. funding.rows[0].amounts_krw[3])")
    return tokens


def get_path(record: Any, path: str) -> Any:
    """The value at ``path``, or ``_MISSING``."""
    node = record
    for tok in parse_path(path):
        if isinstance(tok, int):
            if not isinstance(node, list) or tok >= len(node):
                return _MISSING
            node = node[tok]
        else:
            if not isinstance(node, dict) or tok not in node:
                return _MISSING
            node = node[tok]
    return node


def _set_path(record: Any, path: str, value: Any) -> None:
    tokens = parse_path(path)
    node = record
    for tok in tokens[:-1]:
        node = node[tok]
    node[tokens[-1]] = value


def parse_value(text: str) -> Any:
    """A value typed on the command line: JSON when it parses (numbers, null, lists, objects,
    quoted strings), else the text itself; digits with thousands separators are numbers.

    >>> parse_value("9800000000"), parse_value("9,800,000,000"), parse_value("null"), parse_value("추진 중")
    (9800000000, 9800000000, None, '추진 중')
    """
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+", text.strip()):
        return int(text.replace(",", ""))
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _restore(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` as extracted: earlier applied corrections undone, ``corrections`` removed."""
    entries = record.get("corrections")
    if not isinstance(entries, list):
        return record
    out = copy.deepcopy(record)
    for entry in reversed(entries):
        if isinstance(entry, Mapping) and get_path(out, str(entry.get("path"))) is not _MISSING:
            _set_path(out, str(entry["path"]), copy.deepcopy(entry.get("extracted")))
    out.pop("corrections", None)
    return out


def apply_corrections(
    record: dict[str, Any], corrections: Iterable[Correction]
) -> tuple[dict[str, Any], list[Stale]]:
    """``record`` with ``corrections`` applied (a new dict when anything changes) and the stale
    ones. Corrections already applied to ``record`` are undone first, so applying is idempotent."""
    base = _restore(record)
    applied: list[Correction] = []
    stale: list[Stale] = []
    out = base
    for c in corrections:
        now = get_path(out, c.path)
        if now is _MISSING:
            stale.append(Stale(c, None, missing=True))
            continue
        if now != c.extracted:
            stale.append(Stale(c, now))
            continue
        if out is base:
            out = copy.deepcopy(base)
        _set_path(out, c.path, copy.deepcopy(c.value))
        applied.append(c)
    if applied:
        out["corrections"] = [c.entry() for c in applied]
    return out, stale


def corrections_path(out: Path, corrections_file: Path | None = None) -> Path:
    return Path(corrections_file) if corrections_file is not None else Path(out) / CORRECTIONS_FILE


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        return
    for n, row in jsonl_rows(path, ValidateError):
        if isinstance(row, dict):
            yield n, row


def load_corrections(path: Path) -> dict[str, list[Correction]]:
    """Corrections per card, in the order made; a later correction of the same card and path
    replaces an earlier one."""
    latest: dict[tuple[str, str], Correction] = {}
    for n, row in _lines(path):
        try:
            c = Correction(
                card_id=str(row["card_id"]),
                path=str(row["path"]),
                extracted=row.get("extracted"),
                value=row.get("value"),
                note=row.get("note"),
                by=row.get("by"),
                at=row.get("at"),
            )
            parse_path(c.path)
        except (KeyError, UsageError) as exc:
            raise ValidateError(f"{path.name} line {n} is not a correction: {exc}") from None
        latest.pop((c.card_id, c.path), None)
        latest[(c.card_id, c.path)] = c
    by_card: dict[str, list[Correction]] = {}
    for c in latest.values():
        by_card.setdefault(c.card_id, []).append(c)
    return by_card


def _find_record(out: Path, card_id: str) -> dict[str, Any]:
    records = Path(out) / "records.jsonl"
    if not records.is_file():
        raise UsageError(f"{out} has no records.jsonl: run `pledgecard run` or `extract` into it first")
    found = None
    for _, row in _lines(records):
        if str(row.get("card_id")) == card_id:
            found = row
    if found is None:
        raise UsageError(f"no card {card_id!r} in {records}")
    return found


def correct(
    out: Path,
    card_id: str,
    path: str,
    value: Any,
    *,
    note: str | None = None,
    by: str | None = None,
    corrections_file: Path | None = None,
    now: dt.datetime | None = None,
) -> Correction:
    """Record a correction of card ``card_id`` in ``OUT/corrections.jsonl`` (or ``corrections_file``):
    the field at ``path`` should hold ``value``. The value extracted there now is remembered; the
    correction is applied by the next ``validate`` or ``run``. Raises :class:`UsageError` for an
    unknown card or a path the record does not have."""
    record = _restore(_find_record(out, card_id))
    extracted = get_path(record, path)
    if extracted is _MISSING:
        raise UsageError(f"card {card_id!r} has no field {path!r}")
    at = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    c = Correction(card_id, path, extracted=extracted, value=value, note=note, by=by, at=at)
    target = corrections_path(out, corrections_file)
    old = target.read_text(encoding="utf-8") if target.is_file() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    atomic_write_text(target, old + dumps({"card_id": c.card_id, **c.entry()}) + "\n")
    return c
