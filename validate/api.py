"""``validate_dir``: validate an output folder's records and write findings and the report."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pledgecard.errors import UsageError
from pledgecard.validate.engine import CHUNK_SIZE, Validator, chunks
from pledgecard.validate.findings import FAIL_ON, reaches
from pledgecard.validate.streams import AtomicJsonl, ProvenanceIndex, iter_jsonl
from pledgecard.writers import ensure_inside


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


def _clear_report(report_dir: Path) -> None:
    """Remove what an earlier report left (old GX results, pages of cards no longer present)."""
    for sub in ("gx", "cards", "evidence"):
        target = report_dir / sub
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)


def validate_dir(dir: Path, *, fail_on: str = "error", report: bool = True,
                 chunk_size: int = CHUNK_SIZE) -> ValidationResult:
    """Validate ``DIR/records.jsonl`` (pages from ``DIR/provenance.jsonl``), write
    ``DIR/findings.jsonl`` and the reviewers' report ``DIR/report/index.html``, and return the
    counts."""
    t0 = time.perf_counter()
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    root = Path(dir)
    if not root.is_dir():
        raise UsageError(f"not a folder: {root}")
    if not (root / "records.jsonl").is_file():
        raise UsageError(f"{root} has no records.jsonl: run `pledgecard extract` into it first")
    provenance = ProvenanceIndex(root / "provenance.jsonl")
    report_dir = ensure_inside(root, root / "report")
    writer = None
    if report:
        from pledgecard.validate.report import ReportWriter

        _clear_report(report_dir)
        writer = ReportWriter(root, list(iter_jsonl(root / "files.jsonl", required=False)))
    validator = Validator()
    cards = passed = 0
    failed = False
    by_code: Counter[str] = Counter()
    sev: Counter[str] = Counter()
    findings_path = ensure_inside(root, root / "findings.jsonl")
    try:
        with AtomicJsonl(findings_path) as out:
            for chunk in chunks(iter_jsonl(root / "records.jsonl", required=True), chunk_size):
                findings = validator.validate(chunk, provenance.get)
                for f in findings:
                    out.write(f)
                    if f["success"]:
                        passed += 1
                    else:
                        sev[f["severity"]] += 1
                        by_code[f["code"]] += 1
                cards += len(chunk)
                failed = failed or reaches(findings, fail_on)
                if writer is not None:
                    writer.add(chunk, findings, provenance.get)
        report_path = writer.finish() if writer is not None else None
    finally:
        provenance.close()
    return ValidationResult(
        cards=cards, findings=out.rows, errors=sev["error"], warnings=sev["warning"], infos=sev["info"],
        passed=passed, failed=failed, fail_on=fail_on, findings_path=findings_path, report_path=report_path,
        seconds=time.perf_counter() - t0, gx_seconds=validator.gx_seconds, by_code=dict(by_code),
    )
