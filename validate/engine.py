"""Validate card records: check tables -> GX suites -> findings per card, chunk by chunk.

Records stream through in chunks (:data:`CHUNK_SIZE` cards): each chunk's check tables are
validated once per table by the same suites (:class:`~pledgecard.validate.suites.Suites`, built
once), and the chunk's findings are handed on before the next chunk is read, so memory stays flat
as the batch grows. :func:`validate_batch` is the library entry point for a list of records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from pledgecard.validate.checks import CHECKS, TABLES, check_tables, checks_of
from pledgecard.validate.checks._base import v
from pledgecard.validate.evidence import provenance_entry
from pledgecard.validate.findings import finding
from pledgecard.validate.suites import Suites

CHUNK_SIZE = 2000
_CODE_ORDER = {code: i for i, code in enumerate(CHECKS)}

Record = dict[str, Any]
ProvenanceOf = Callable[[str], Mapping[str, Any] | None]


def page_of(location: str | None, record: Mapping[str, Any] | None, provenance: Mapping[str, Any] | None) -> int | None:
    """The page of ``location``: from the longest provenance path that contains it, else the
    card's only page (a card on one page)."""
    page = provenance_entry(location, provenance, having="page").get("page")
    if isinstance(page, int):
        return page
    src = (record or {}).get("source") or {}
    if isinstance(src, Mapping) and isinstance(src.get("page_start"), int) and src.get("page_start") == src.get("page_end"):
        return int(src["page_start"])
    return None


def chunks(records: Iterable[Record], size: int = CHUNK_SIZE) -> Iterator[list[Record]]:
    """``records`` in lists of at most ``size``."""
    it = iter(records)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def card_key(record: Mapping[str, Any]) -> str:
    return str(record.get("card_id") if record.get("card_id") is not None else "unknown")


class Validator:
    """Validates chunks of records with one set of GX suites (built on first use)."""

    def __init__(self) -> None:
        self._suites: Suites | None = None

    @property
    def gx_seconds(self) -> float:
        return self._suites.seconds if self._suites is not None else 0.0

    def validate(self, records: list[Record], provenance: ProvenanceOf | None = None,
                 extra: Mapping[str, list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
        """Findings of one chunk, card by card in input order: failures (by check, location), then
        one success row per check that passed somewhere on the card. ``extra``: check rows that do
        not come from the records (see :func:`~pledgecard.validate.checks.check_tables`)."""
        tables = check_tables(records, extra)
        if self._suites is None and any(not df.empty for df in tables.values()):
            self._suites = Suites()
        failed = self._suites.run(tables).failed if self._suites is not None else {}
        rec_by_id = {card_key(r): r for r in records if isinstance(r, Mapping)}
        fails: dict[str, list[dict[str, Any]]] = {}
        passes: dict[str, dict[str, list[int]]] = {}  # card -> code -> [passed, checked]
        for name, df in tables.items():
            if df.empty or name not in TABLES:
                continue
            for check in checks_of(name):
                applies = check.looks_at(df)
                bad = applies & df["row_id"].isin(failed.get(check.code, set()))
                checked = df.loc[applies, "card_id"].value_counts()
                n_bad = df.loc[bad, "card_id"].value_counts()
                for card_id, n in checked.items():
                    passes.setdefault(card_id, {})[check.code] = [int(n) - int(n_bad.get(card_id, 0)), int(n)]
                for row in df.loc[bad].to_dict("records"):
                    card_id = row["card_id"]
                    observed, expected, message = check.describe(row)
                    prov = provenance(card_id) if provenance is not None else None
                    fails.setdefault(card_id, []).append(finding(
                        check, card_id, success=False, observed=v(observed), expected=v(expected),
                        location=row["location"], page=page_of(row["location"], rec_by_id.get(card_id), prov),
                        message=message))
        out: list[dict[str, Any]] = []
        done: set[str] = set()
        for card_id in list(rec_by_id) + [c for c in passes if c not in rec_by_id]:
            if card_id in done:
                continue
            done.add(card_id)
            out.extend(sorted(fails.get(card_id, []), key=lambda f: (_CODE_ORDER[f["code"]], f["location"] or "")))
            for code, (passed, n) in sorted(passes.get(card_id, {}).items(), key=lambda kv: _CODE_ORDER[kv[0]]):
                if passed:
                    out.append(finding(CHECKS[code], card_id, success=True, observed={"passed": passed, "checked": n},
                                       expected={"passed": n}, message=f"{passed} of {n} passed"))
        return out


def validate_batch(
    records: Iterable[Record], provenance: Mapping[str, Mapping[str, Any]] | None = None,
    *, chunk_size: int = CHUNK_SIZE,
) -> list[dict[str, Any]]:
    """Findings (CARD_SCHEMA.md "Validation findings") for a batch of card records.

    ``provenance`` maps card_id -> the card's ``provenance.jsonl`` line (for pages)."""
    validator = Validator()
    prov = (provenance or {}).get
    out: list[dict[str, Any]] = []
    for chunk in chunks(records, chunk_size):
        out.extend(validator.validate(chunk, prov))
    return out
