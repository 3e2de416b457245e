"""``validate_dir``: validate an output folder's records and write findings and the report."""

from __future__ import annotations

import contextlib
import shutil
import time
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from pathlib import Path
from typing import Any

from pledgecard.corrections import Correction, apply_corrections, corrections_path, load_corrections
from pledgecard.errors import UsageError
from pledgecard.identity import Card, Copy, identity_copy, resolve
from pledgecard.validate.checks.corrections import correction_row
from pledgecard.validate.engine import CHUNK_SIZE, Validator, chunk_sizes
from pledgecard.validate.findings import FAIL_ON, reaches
from pledgecard.validate.gcpause import collected_per_chunk
from pledgecard.validate.reportproc import AHEAD, SLICE, ReportPipe
from pledgecard.validate.streams import (
    AtomicJsonl,
    ProvenanceIndex,
    iter_jsonl,
    iter_jsonl_at,
    line_count,
    read_at,
)
from pledgecard.validate.unprinted import without_unprinted
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
    page_process: dict[str, float] | None = (
        None  # the report's page process: cpu_seconds, peak_mb (when one ran)
    )

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        return (
            f"validated {self.cards} card(s): {self.errors} error(s), {self.warnings} warning(s), "
            f"{self.infos} info; {self.passed} check(s) passed"
        )


def _clear_report(report_dir: Path) -> None:
    """Remove what an earlier report left (old GX results, pages of cards no longer present)."""
    for sub in ("gx", "cards", "evidence"):
        target = report_dir / sub
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)


def _has_applied_corrections(records: Path) -> bool:
    """Whether an earlier validation left applied corrections in ``records`` (a quick byte scan)."""
    with open(records, "rb") as fh:
        return any(b'"corrections": [' in line for line in fh)


def _corrected(
    chunk: list[dict[str, Any]], corrections: dict[str, list[Correction]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """The chunk with corrections applied, the ``corrections`` check rows, and how many records changed."""
    out, rows, changed = [], [], 0
    for pos, rec in enumerate(chunk):
        cid = str(rec.get("card_id"))
        fixed, stale = apply_corrections(rec, corrections.get(cid, []))
        changed += fixed is not rec
        out.append(fixed)
        stale_paths = {s.correction.path: s for s in stale}
        for c in corrections.get(cid, []):
            s = stale_paths.get(c.path)
            now = s.now if s is not None else c.extracted
            rows.append(
                {
                    **correction_row(cid, c.path, c.extracted, now, c.value, missing=bool(s and s.missing)),
                    "rec": pos,
                }
            )
    return out, rows, changed


@dataclass(slots=True)
class _Identity:
    """Which records of the batch are canonical copies (one per card, :mod:`pledgecard.identity`),
    each card's batch-unique display id and warehouse key, and the findings to add per card: the
    identity findings (conflicts, differing copies) and those made while extracting the copy."""

    cards: dict[int, Card] = field(default_factory=dict)  # position in records.jsonl -> its card
    offsets: dict[int, int] = field(
        default_factory=dict
    )  # position in records.jsonl -> byte offset (canonical copies)
    extra: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # display id -> findings
    records: int = 0  # records in records.jsonl


def _identity(records_path: Path, provenance_path: Path) -> _Identity:
    """One streaming pass over the batch to choose the canonical copies: each record is kept
    slim (:func:`pledgecard.identity.slim`), only the copies of a shared key are read whole
    again; validation then streams the records in chunks."""
    offsets: list[int] = []
    copies: list[Copy] = []
    prov_paths: list[str] = []  # each provenance line's input file, line for line
    prov_findings: dict[int, list[dict[str, Any]]] = {}  # provenance line -> findings made while extracting
    for n, prov in enumerate(iter_jsonl(provenance_path, required=False)):
        prov_paths.append(str(prov.get("file") or ""))
        found = [f for f in prov.get("findings") or [] if isinstance(f, dict)]
        if found:
            prov_findings[n] = found
    seen: set[str] = set()  # base keys so far: a later copy of one carries its figures' digest
    for n, (offset, rec) in enumerate(iter_jsonl_at(records_path, required=True)):
        offsets.append(offset)
        copies.append(identity_copy(n, rec, str(_source(rec).get("file") or ""), seen))
    aligned = len(prov_paths) == len(copies)
    if aligned:
        for cp, path in zip(copies, prov_paths, strict=True):
            cp.path = path or cp.path
    else:
        prov_findings = {}
    del prov_paths
    resolution = resolve(copies, lambda i: read_at(records_path, offsets[i]))
    by_key: dict[str, list[dict[str, Any]]] = {}
    for f in resolution.findings:
        by_key.setdefault(str(f.get("card_key")), []).append(f)
    out = _Identity(records=len(offsets))
    for card in resolution.cards:
        out.cards[card.canonical.index] = card
        out.offsets[card.canonical.index] = offsets[card.canonical.index]
        found = by_key.get(card.key, []) + prov_findings.get(card.canonical.index, [])
        card.copies = [card.canonical]  # the other copies are not needed any more
        out.extra[card.display_id] = [dict(f, card_id=card.display_id) for f in found]
    return out


def _source(rec: Mapping[str, Any]) -> Mapping[str, Any]:
    src = rec.get("source")
    return src if isinstance(src, Mapping) else {}


def _stored(f: dict[str, Any], card: Card | None) -> dict[str, Any]:
    """A finding as findings.jsonl keeps it: the record's card_id, its copy and its warehouse key."""
    if card is None:
        return f
    return {
        **f,
        "card_id": card.canonical.card_id,
        "source_sha256": card.canonical.sha256,
        "card_key": card.key,
    }


@dataclass(slots=True)
class _Counts:
    """What the findings written so far add up to."""

    cards: int = 0
    passed: int = 0
    failed: bool = False
    sev: Counter[str] = field(default_factory=Counter)
    by_code: Counter[str] = field(default_factory=Counter)

    def add(self, findings: list[dict[str, Any]], out: AtomicJsonl, fail_on: str) -> None:
        """Write ``findings`` to ``out`` and count them."""
        for f in findings:
            out.write(f)
            if f["success"]:
                self.passed += 1
            else:
                self.sev[f["severity"]] += 1
                self.by_code[f["code"]] += 1
        self.failed = self.failed or reaches(findings, fail_on)


def validate_dir(
    dir: Path,
    *,
    fail_on: str = "error",
    report: bool = True,
    chunk_size: int = CHUNK_SIZE,
    corrections: Path | None = None,
) -> ValidationResult:
    """Validate ``DIR/records.jsonl`` (pages from ``DIR/provenance.jsonl``), write
    ``DIR/findings.jsonl`` and the reviewers' report ``DIR/report/index.html``, and return the
    counts.

    Reviewers' corrections (``DIR/corrections.jsonl``, or the file ``corrections``) are applied
    first; the corrected records replace ``DIR/records.jsonl`` (each keeps its ``corrections``
    with the extracted values), and a correction made on a value that is no longer extracted is
    reported as ``correction.stale`` instead."""
    t0 = time.perf_counter()
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    root = Path(dir)
    if not root.is_dir():
        raise UsageError(f"not a folder: {root}")
    records_path = root / "records.jsonl"
    if not records_path.is_file():
        raise UsageError(f"{root} has no records.jsonl: run `pledgecard extract` into it first")
    fixes = load_corrections(corrections_path(root, corrections))
    rewrite = bool(fixes) or _has_applied_corrections(records_path)
    report_dir = ensure_inside(root, root / "report")
    pages = None
    if report:  # the page process (a large batch) starts now: its imports overlap the identity pass
        pages = ReportPipe(
            root,
            list(iter_jsonl(root / "files.jsonl", required=False)),
            cards=line_count(records_path),
            records=records_path,
            corrections=fixes if rewrite else None,
        )
    provenance: ProvenanceIndex | None = None
    validator = Validator()
    counts = _Counts()
    findings_path = ensure_inside(root, root / "findings.jsonl")
    waiting: deque[tuple[list[dict[str, Any]], dict[str, Card]]] = (
        deque()
    )  # chunks whose pages are being written
    try:
        # --- card identity (issue 9): validate and report one canonical copy per card (pledgecard.identity)
        identity = _identity(records_path, root / "provenance.jsonl")
        provenance = ProvenanceIndex(root / "provenance.jsonl")
        if pages is not None:
            _clear_report(report_dir)
        with AtomicJsonl(findings_path) as out, contextlib.ExitStack() as stack:
            corrected = stack.enter_context(AtomicJsonl(records_path)) if rewrite else None

            def store(findings: list[dict[str, Any]], by_id: dict[str, Card]) -> None:
                """Write a chunk's findings (with their evidence once its pages are written)."""
                if pages is not None:
                    for i, data in pages.evidence():
                        findings[i]["evidence"] = data
                counts.add([_stored(f, by_id.get(str(f.get("card_id")))) for f in findings], out, fail_on)

            def one_chunk(
                numbered: list[tuple[int, dict[str, Any]]],
            ) -> tuple[list[dict[str, Any]], dict[str, Card]]:
                """Validate the canonical copies among ``numbered`` (and write the corrected records);
                hand the chunk to the pages; its findings and cards (nothing of the records is kept)."""
                shown = [(n, rec) for n, rec in numbered if n in identity.cards]  # canonical copies only
                chunk = [rec for _, rec in shown]
                extra = None
                if (
                    corrected is not None
                ):  # every record is kept, corrected; the canonical copies validated so
                    fixed, rows, _ = _corrected([rec for _, rec in numbered], fixes)
                    for rec in fixed:
                        corrected.write(rec)
                    at = {
                        i: j
                        for j, i in enumerate(i for i, (n, _) in enumerate(numbered) if n in identity.cards)
                    }
                    chunk = [fixed[i] for i in at]
                    extra = {"corrections": [dict(r, rec=at[r["rec"]]) for r in rows if r["rec"] in at]}
                chunk = [
                    dict(rec, card_id=identity.cards[n].display_id)
                    for rec, (n, _) in zip(chunk, shown, strict=True)
                ]
                where = {
                    id(rec): (n, orig.get("card_id")) for rec, (n, orig) in zip(chunk, shown, strict=True)
                }

                def prov(rec: Mapping[str, Any]) -> Mapping[str, Any] | None:
                    n, card_id = where.get(id(rec), (None, rec.get("card_id")))
                    return provenance.get(str(card_id), n) if provenance is not None else None

                findings = validator.validate(chunk, prov, extra)
                for rec in chunk:
                    findings += identity.extra.get(str(rec["card_id"]), [])
                findings = without_unprinted(findings)  # a cell the card does not print is no unread amount
                if pages is not None:  # pages, and evidence on the findings (provenance for failing cards)
                    failing = {str(f.get("card_id")) for f in findings if not f["success"]}
                    pages.submit(
                        chunk,
                        [identity.offsets[n] for n, _ in shown],
                        findings,
                        [prov(rec) if str(rec.get("card_id")) in failing else None for rec in chunk],
                    )
                counts.cards += len(chunk)
                return findings, {identity.cards[n].display_id: identity.cards[n] for n, _ in shown}

            reader = enumerate(iter_jsonl(records_path, required=True))
            # beside a page process: a small first chunk (its pages start soon) and a small last one
            # (little left to write once validation ends)
            edge = min(SLICE, chunk_size) if pages is not None and pages.in_process else None
            with collected_per_chunk() as collect:
                for size in chain(chunk_sizes(identity.records, chunk_size, edge), repeat(chunk_size)):
                    numbered = list(islice(reader, size))
                    if not numbered:
                        break
                    waiting.append(one_chunk(numbered))
                    del numbered  # the chunk's records are gone before the next chunk is read
                    collect()
                    while len(waiting) > (AHEAD if pages is not None and pages.in_process else 0):
                        store(*waiting.popleft())
            while waiting:
                store(*waiting.popleft())
        report_path = pages.finish() if pages is not None else None
    finally:
        if provenance is not None:
            provenance.close()
        if pages is not None:
            pages.close()
    cards, passed, failed, sev, by_code = (
        counts.cards,
        counts.passed,
        counts.failed,
        counts.sev,
        counts.by_code,
    )
    return ValidationResult(
        cards=cards,
        findings=out.rows,
        errors=sev["error"],
        warnings=sev["warning"],
        infos=sev["info"],
        passed=passed,
        failed=failed,
        fail_on=fail_on,
        findings_path=findings_path,
        report_path=report_path,
        seconds=time.perf_counter() - t0,
        gx_seconds=validator.gx_seconds,
        by_code=dict(by_code),
        page_process=pages.usage if pages is not None else None,
    )
