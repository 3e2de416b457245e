"""``validate_dir``: validate an output folder's records and write findings and the report."""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError, ValidateError
from pledgecard.identity import Card, copies_of, resolve
from pledgecard.validate.engine import run_validation
from pledgecard.validate.findings import FAIL_ON, reaches
from pledgecard.writers import atomic_write_jsonl, ensure_inside


@dataclass(slots=True)
class ValidationResult:
    """Counts of one validation run over an output folder."""

    cards: int
    findings: int
    errors: int
    warnings: int
    infos: int
    passed: int
    failed: bool  # a failing finding reached ``fail_on``
    fail_on: str
    findings_path: Path
    report_path: Path | None
    seconds: float = 0.0
    gx_seconds: float = 0.0
    by_code: dict[str, int] = field(default_factory=dict)  # failing findings per code

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        return (f"validated {self.cards} card(s): {self.errors} error(s), {self.warnings} warning(s), "
                f"{self.infos} info; {self.passed} check(s) passed")


def _read_jsonl(path: Path, *, required: bool) -> list[dict[str, Any]]:
    if not path.is_file():
        if required:
            raise UsageError(f"{path.parent} has no {path.name}: run `pledgecard extract` into it first")
        return []
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValidateError(f"{path.name} line {n} is not valid JSON: {exc.msg}") from None
            if isinstance(row, dict):
                rows.append(row)
    return rows


def _clear_report(report_dir: Path) -> None:
    """Remove what an earlier report left (old GX results, pages of cards no longer present)."""
    for sub in ("gx", "cards", "evidence"):
        target = report_dir / sub
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)


def _canonical(records: list[dict[str, Any]], prov_lines: list[dict[str, Any]]) -> tuple[
        list[dict[str, Any]], dict[str, dict[str, Any]], dict[str, Card]]:
    """The canonical copy of each card (named by its batch-unique display id), the provenance
    lines by display id, and the cards by display id (:mod:`pledgecard.identity`)."""
    aligned = prov_lines if len(prov_lines) == len(records) else None
    resolution = resolve(copies_of(records, aligned))
    cards = {c.display_id: c for c in resolution.cards}
    view = [dict(c.canonical.record, card_id=c.display_id) for c in resolution.cards]
    provenance = {c.display_id: dict(aligned[c.canonical.index] if aligned else {},
                                     _identity=[f for f in resolution.findings if f.get("card_key") == c.key])
                  for c in resolution.cards}
    return view, provenance, cards


def _with_extra_findings(findings: list[dict[str, Any]], cards: dict[str, Card],
                         provenance: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation findings plus, per card, those made while extracting its canonical copy
    (carried in its provenance line) and the identity findings (conflicts, differing copies)."""
    out = list(findings)
    for display_id in cards:
        prov = provenance.get(display_id) or {}
        extra = [*(prov.get("findings") or []), *prov.pop("_identity", [])]
        out += [dict(f, card_id=display_id) for f in extra if isinstance(f, dict)]
    return out


def _stored(f: dict[str, Any], cards: dict[str, Card]) -> dict[str, Any]:
    """A finding as findings.jsonl keeps it: the record's card_id, its copy and its warehouse key."""
    card = cards.get(str(f.get("card_id")))
    if card is None:
        return f
    return {**f, "card_id": card.canonical.card_id, "source_sha256": card.canonical.sha256, "card_key": card.key}


def validate_dir(dir: Path, *, fail_on: str = "error", report: bool = True) -> ValidationResult:
    """Validate ``DIR/records.jsonl`` (pages from ``DIR/provenance.jsonl``), write
    ``DIR/findings.jsonl`` and the reviewers' report ``DIR/report/index.html`` (with GX Data Docs
    under ``DIR/report/gx/``), and return the counts."""
    t0 = time.perf_counter()
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    root = Path(dir)
    if not root.is_dir():
        raise UsageError(f"not a folder: {root}")
    all_records = _read_jsonl(root / "records.jsonl", required=True)
    # --- card identity (issue 9): validate and report one canonical copy per card (pledgecard.identity)
    records, provenance, cards = _canonical(all_records, _read_jsonl(root / "provenance.jsonl", required=False))
    report_dir = ensure_inside(root, root / "report")
    if report:
        _clear_report(report_dir)
    shown, run = run_validation(records, provenance, docs_dir=report_dir / "gx" if report else None)
    shown = _with_extra_findings(shown, cards, provenance)
    findings = [_stored(f, cards) for f in shown]
    # --- end card identity
    findings_path = ensure_inside(root, root / "findings.jsonl")
    atomic_write_jsonl(findings_path, findings)
    report_path = None
    if report:
        from pledgecard.validate.report import write_report

        files = _read_jsonl(root / "files.jsonl", required=False)
        report_path = write_report(root, records, shown, provenance=provenance, files=files,
                                   gx_index=run.docs_index)
    failing = [f for f in findings if not f["success"]]
    sev = Counter(f["severity"] for f in failing)
    return ValidationResult(
        cards=len(records), findings=len(findings), errors=sev["error"], warnings=sev["warning"],
        infos=sev["info"], passed=sum(1 for f in findings if f["success"]), failed=reaches(findings, fail_on),
        fail_on=fail_on, findings_path=findings_path, report_path=report_path,
        seconds=time.perf_counter() - t0, gx_seconds=run.seconds,
        by_code=dict(Counter(f["code"] for f in failing)),
    )
