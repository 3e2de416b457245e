"""Writing a run's results into its output folder: records, one JSON per card, provenance, files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pledgecard.pipeline import FileResult
from pledgecard.writers import atomic_write_json, atomic_write_jsonl, ensure_inside, safe_filename


def card_filename(card_id: str, taken: set[str]) -> str:
    """``2-20@2024-Q4`` -> ``2-20@2024-Q4.json``; a clash gets ``~2``, ``~3`` ..."""
    base = safe_filename(card_id)
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}~{n}"
    taken.add(name)
    return f"{name}.json"


def write_results(out_dir: Path, results: Iterable[FileResult]) -> dict[str, int]:
    """Write records.jsonl, cards/*.json, provenance.jsonl and files.jsonl (all atomically)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results = list(results)
    records = [r for res in results for r in res.records]
    provenance = [p for res in results for p in res.provenance]
    atomic_write_jsonl(out_dir / "records.jsonl", records)
    atomic_write_jsonl(out_dir / "provenance.jsonl", provenance)
    atomic_write_jsonl(out_dir / "files.jsonl", [res.file_row() for res in results])
    cards_dir = out_dir / "cards"
    taken: set[str] = set()
    for rec in records:
        target = ensure_inside(out_dir, cards_dir / card_filename(rec["card_id"], taken))
        atomic_write_json(target, rec)
    return {
        "files": len(results),
        "cards": len(records),
        "failed": sum(1 for r in results if r.status == "failed"),
        "no_card": sum(1 for r in results if r.status == "no_card"),
    }
