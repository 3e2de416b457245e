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
from pledgecard.validate.engine import Validator, chunks
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


def validate_dir(dir: Path, *, fail_on: str = "error", report: bool = True) -> ValidationResult:
    """Validate ``DIR/records.jsonl`` (pages from ``DIR/provenance.jsonl``), write
    ``DIR/findings.jsonl`` and the reviewers' report ``DIR/report/index.html``, and return the
    counts."""
    t0 = time.perf_counter()
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    root = Path(dir)
    if not root.is_dir():
        raise UsageError(f"not a folder: {root}")
    records = _read_jsonl(root / "records.jsonl", required=True)
    provenance = {str(p.get("card_id")): p for p in _read_jsonl(root / "provenance.jsonl", required=False)}
    report_dir = ensure_inside(root, root / "report")
    if report:
        _clear_report(report_dir)
    validator = Validator()
    findings = [f for chunk in chunks(records) for f in validator.validate(chunk, provenance.get)]
    findings_path = ensure_inside(root, root / "findings.jsonl")
    atomic_write_jsonl(findings_path, findings)
    report_path = None
    if report:
        from pledgecard.validate.report import write_report

        files = _read_jsonl(root / "files.jsonl", required=False)
        report_path = write_report(root, records, findings, provenance=provenance, files=files)
    failing = [f for f in findings if not f["success"]]
    sev = Counter(f["severity"] for f in failing)
    return ValidationResult(
        cards=len(records), findings=len(findings), errors=sev["error"], warnings=sev["warning"],
        infos=sev["info"], passed=sum(1 for f in findings if f["success"]), failed=reaches(findings, fail_on),
        fail_on=fail_on, findings_path=findings_path, report_path=report_path,
        seconds=time.perf_counter() - t0, gx_seconds=validator.gx_seconds,
        by_code=dict(Counter(f["code"] for f in failing)),
    )
