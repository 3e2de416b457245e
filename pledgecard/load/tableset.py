"""The batch tables of one output folder: one version of each card, plus findings and files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pledgecard.errors import LoadError
from pledgecard.tables import batch_tables

# When several files hold the same card (one card archived as HWP, HWPX, PDF and a text dump),
# the table keeps the copy from the richest format; among equals, the last in input order.
FORMAT_RANK = {"hwpx": 4, "hwp": 3, "pdf": 2, "txt": 1}


def iter_jsonl(path: Path) -> Iterator[Any]:
    """Rows of a JSON Lines file; a missing file has none. A bad line is a one-line LoadError."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise LoadError(f"{path.name} line {n} is not valid JSON: {exc.msg}") from exc


def _source(rec: Mapping[str, Any]) -> Mapping[str, Any]:
    src = rec.get("source")
    return src if isinstance(src, Mapping) else {}


def select_versions(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """One record per ``card_id`` (see :data:`FORMAT_RANK`), in the order of first appearance."""
    chosen: dict[Any, tuple[int, Mapping[str, Any]]] = {}
    for rec in records:
        if not isinstance(rec, Mapping):
            continue
        rank = FORMAT_RANK.get(str(_source(rec).get("format")), 0)
        cid = rec.get("card_id")
        old = chosen.get(cid)
        if old is None or rank >= old[0]:
            chosen[cid] = (rank, rec)
    return [rec for _, rec in chosen.values()]


def _findings_of(findings: Iterable[Mapping[str, Any]], kept: Mapping[Any, Any]) -> list[Mapping[str, Any]]:
    """Findings of the kept card versions (a finding naming another copy's sha256 is dropped)."""
    out = []
    for f in findings:
        if not isinstance(f, Mapping):
            continue
        sha = f.get("source_sha256") or f.get("sha256")
        cid = f.get("card_id")
        if sha and cid in kept and kept[cid] != sha:
            continue
        out.append(f)
    return out


def build_tables(out_dir: Path, *, with_findings: bool = True) -> dict[str, pd.DataFrame]:
    """Every batch table for the run in ``out_dir`` (``records.jsonl``, ``findings.jsonl``,
    ``files.jsonl``); keys are unique: one card version per ``card_id``. Without
    ``with_findings`` (validation did not run) the ``findings`` table is empty."""
    out_dir = Path(out_dir)
    records = select_versions(iter_jsonl(out_dir / "records.jsonl"))
    kept = {r.get("card_id"): _source(r).get("sha256") for r in records}
    findings = _findings_of(iter_jsonl(out_dir / "findings.jsonl"), kept) if with_findings else []
    files = list(iter_jsonl(out_dir / "files.jsonl"))
    return batch_tables(records, findings=findings, files=files)
