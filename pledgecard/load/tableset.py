"""The batch tables of one output folder: one copy of each card (:mod:`pledgecard.identity`),
plus findings and files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pledgecard.errors import LoadError
from pledgecard.identity import Card, copies_of, resolve
from pledgecard.tables import batch_tables
from pledgecard.writers import jsonl_rows


def iter_jsonl(path: Path) -> Iterator[Any]:
    """Rows of a JSON Lines file; a missing file has none. A bad line is a one-line LoadError."""
    if not path.exists():
        return
    for _, row in jsonl_rows(path, LoadError):
        yield row


def select_versions(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The canonical copy of each card (:func:`pledgecard.identity.resolve`), in the order of
    the canonical copies."""
    recs = [r for r in records if isinstance(r, Mapping)]
    return [c.canonical.record for c in resolve(copies_of(recs)).cards]


def _findings_of(findings: Iterable[Any], cards: list[Card]) -> list[Mapping[str, Any]]:
    """Findings about the batch's cards as computed on their canonical copies: a finding naming
    another copy (its ``source_sha256`` is no canonical copy's) is dropped."""
    keys = {c.key for c in cards}
    shas = {c.canonical.sha256 for c in cards}
    out = []
    for f in findings:
        if not isinstance(f, Mapping):
            continue
        if f.get("card_key") is not None and f["card_key"] not in keys:
            continue
        sha = f.get("source_sha256")
        if sha and sha not in shas:
            continue
        out.append(f)
    return out


def build_tables(out_dir: Path, *, with_findings: bool = True) -> dict[str, pd.DataFrame]:
    """Every batch table for the run in ``out_dir`` (``records.jsonl``, ``provenance.jsonl``,
    ``findings.jsonl``, ``files.jsonl``); one row set per card: its canonical copy
    (:mod:`pledgecard.identity`, the rule cards/, the report and findings use too). Without
    ``with_findings`` (validation did not run) the ``findings`` table is empty."""
    out_dir = Path(out_dir)
    records = [r for r in iter_jsonl(out_dir / "records.jsonl") if isinstance(r, Mapping)]
    prov = [p for p in iter_jsonl(out_dir / "provenance.jsonl") if isinstance(p, Mapping)]
    cards = resolve(copies_of(records, prov if len(prov) == len(records) else None)).cards
    findings = _findings_of(iter_jsonl(out_dir / "findings.jsonl"), cards) if with_findings else []
    files = list(iter_jsonl(out_dir / "files.jsonl"))
    return batch_tables(
        [c.canonical.record for c in cards],
        findings=findings,
        files=files,
        variants=[c.variant for c in cards],
    )
