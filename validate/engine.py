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

from pledgecard.extract.source_position import entry_position
from pledgecard.validate.checks import CHECKS, TABLES, check_tables, checks_of
from pledgecard.validate.checks._base import v
from pledgecard.validate.evidence import provenance_entry
from pledgecard.validate.findings import finding
from pledgecard.validate.suites import Suites

# Each chunk costs Great Expectations about the same (some 0.25 CPU s: its validations' set-up,
# whatever the rows), memory grows with the chunk: on 10,000 cards (chunks of 250, 6 x 1583, 250)
# the validating process peaks at about 475 MB and the report's page process at 195 MB
CHUNK_SIZE = 1600
_CODE_ORDER = {code: i for i, code in enumerate(CHECKS)}

Record = dict[str, Any]
ProvenanceOf = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]  # record -> its provenance line


def page_of(
    location: str | None, record: Mapping[str, Any] | None, provenance: Mapping[str, Any] | None
) -> int | None:
    """The page of ``location``: from the longest provenance path that contains it, else the
    card's only page (a card on one page)."""
    page = provenance_entry(location, provenance, having="page").get("page")
    if isinstance(page, int):
        return page
    src = (record or {}).get("source") or {}
    if (
        isinstance(src, Mapping)
        and isinstance(src.get("page_start"), int)
        and src.get("page_start") == src.get("page_end")
    ):
        return int(src["page_start"])
    return None


def position_of(
    location: str | None, record: Mapping[str, Any] | None, provenance: Mapping[str, Any] | None
) -> dict[str, Any] | None:
    """The ``source_position`` of a validation finding at ``location``: its provenance entry's (the longest
    provenance path containing it), with the card's format; ``None`` where the provenance tells no place."""
    entry = provenance_entry(location, provenance)
    src = (record or {}).get("source") or {}
    fmt = (provenance or {}).get("format") or (src.get("format") if isinstance(src, Mapping) else None)
    return entry_position(entry, fmt if isinstance(fmt, str) else None) if entry else None


def chunks(records: Iterable[Record], size: int = CHUNK_SIZE) -> Iterator[list[Record]]:
    """``records`` in lists of at most ``size``."""
    it = iter(records)
    while chunk := list(islice(it, max(1, size))):
        yield chunk
        del chunk  # not held while the next chunk is read


def chunk_sizes(records: int, size: int = CHUNK_SIZE, edge: int | None = None) -> list[int]:
    """The sizes of the chunks ``records`` records are read in: at most ``size`` each; with
    ``edge``, the first and the last chunk hold ``edge`` records and the chunks between them are
    of even size.

    >>> chunk_sizes(10, 4), chunk_sizes(10_000, 1500, 250)
    ([4, 4, 2], [250, 1357, 1357, 1357, 1357, 1357, 1357, 1358, 250])
    """
    size = max(1, size)
    if edge is not None and records > 2 * edge:
        middle = records - 2 * edge
        n = -(-middle // size)
        return [edge] + [middle // n + (i >= n - middle % n) for i in range(n)] + [edge]
    return [size] * (records // size) + ([records % size] if records % size else [])


def _sha(record: Mapping[str, Any] | None) -> str | None:
    src = (record or {}).get("source")
    sha = src.get("sha256") if isinstance(src, Mapping) else None
    return sha if isinstance(sha, str) else None


def card_key(record: Mapping[str, Any]) -> str:
    return str(record.get("card_id") if record.get("card_id") is not None else "unknown")


class Validator:
    """Validates chunks of records with one set of GX suites (built on first use)."""

    def __init__(self) -> None:
        self._suites: Suites | None = None

    @property
    def gx_seconds(self) -> float:
        return self._suites.seconds if self._suites is not None else 0.0

    def validate(
        self,
        records: list[Record],
        provenance: ProvenanceOf | None = None,
        extra: Mapping[str, list[dict[str, Any]]] | None = None,
    ) -> list[dict[str, Any]]:
        """Findings of one chunk, record by record in input order: failures (by check, location),
        then one success row per check that passed somewhere on the record. Each finding carries
        the ``source_sha256`` of the copy it was computed on (two copies of a card, say its HWPX
        and its PDF, get findings of their own). ``provenance(record)`` gives the record's
        ``provenance.jsonl`` line (for pages). ``extra``: check rows that do not come from the
        records (see :func:`~pledgecard.validate.checks.check_tables`); a row's ``rec`` names the
        position of its record in ``records``."""
        recs = [r for r in records if isinstance(r, Mapping)]
        keyed = [{**r, "card_id": f"#{i}"} for i, r in enumerate(recs)]  # one key per copy
        first = {}
        for i, r in enumerate(recs):
            first.setdefault(card_key(r), i)
        more = {
            name: [
                {
                    **{k: val for k, val in row.items() if k != "rec"},
                    "card_id": f"#{row['rec'] if 'rec' in row else first.get(str(row.get('card_id')), -1)}",
                }
                for row in rows
            ]
            for name, rows in (extra or {}).items()
        }
        tables = check_tables(keyed, more)
        if self._suites is None and any(not df.empty for df in tables.values()):
            self._suites = Suites()
        failed = self._suites.run(tables).failed if self._suites is not None else {}
        fails: dict[str, list[dict[str, Any]]] = {}
        passes: dict[str, dict[str, list[int]]] = {}  # record key -> code -> [passed, checked]
        for name, df in tables.items():
            if df.empty or name not in TABLES:
                continue
            for check in checks_of(name):
                applies = check.looks_at(df)
                bad = applies & df["row_id"].isin(failed.get(check.code, set()))
                checked = df.loc[applies, "card_id"].value_counts()
                n_bad = df.loc[bad, "card_id"].value_counts().to_dict()  # a dict: Series.get is slow per key
                for key, n in checked.items():
                    passes.setdefault(key, {})[check.code] = [int(n) - int(n_bad.get(key, 0)), int(n)]
                for row in df.loc[bad].to_dict("records"):
                    key = row["card_id"]
                    rec = _record(recs, key)
                    observed, expected, message = check.describe(row)
                    prov = provenance(rec) if provenance is not None and rec is not None else None
                    fails.setdefault(key, []).append(
                        finding(
                            check,
                            _card_id(rec),
                            success=False,
                            observed=v(observed),
                            expected=v(expected),
                            location=row["location"],
                            page=page_of(row["location"], rec, prov),
                            message=message,
                            source_sha256=_sha(rec),
                            source_position=position_of(row["location"], rec, prov),
                        )
                    )
        out: list[dict[str, Any]] = []
        for i, rec in enumerate(recs):
            key = f"#{i}"
            out.extend(
                sorted(fails.get(key, []), key=lambda f: (_CODE_ORDER[f["code"]], f["location"] or ""))
            )
            card_id, sha = _card_id(rec), _sha(rec)  # once per record, not per finding
            for code, (passed, n) in sorted(passes.get(key, {}).items(), key=lambda kv: _CODE_ORDER[kv[0]]):
                if passed:
                    out.append(
                        finding(
                            CHECKS[code],
                            card_id,
                            success=True,
                            observed={"passed": passed, "checked": n},
                            expected={"passed": n},
                            message=f"{passed} of {n} passed",
                            source_sha256=sha,
                        )
                    )
        return out


def _record(recs: list[Mapping[str, Any]], key: str) -> Mapping[str, Any] | None:
    i = int(key[1:])
    return recs[i] if 0 <= i < len(recs) else None


def _card_id(rec: Mapping[str, Any] | None) -> str:
    return card_key(rec) if rec is not None else "unknown"


def validate_batch(
    records: Iterable[Record],
    provenance: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    chunk_size: int = CHUNK_SIZE,
) -> list[dict[str, Any]]:
    """Findings (CARD_SCHEMA.md "Validation findings") for a batch of card records.

    ``provenance`` maps card_id -> the card's ``provenance.jsonl`` line (for pages)."""
    validator = Validator()
    lines = provenance or {}

    def prov(rec: Mapping[str, Any]) -> Mapping[str, Any] | None:
        return lines.get(card_key(rec))

    out: list[dict[str, Any]] = []
    for chunk in chunks(records, chunk_size):
        out.extend(validator.validate(chunk, prov))
    return out
