"""Report pages written in a second process beside validation (issue 14) are the pages and the
findings written in the validating process: findings.jsonl (with its evidence), records.jsonl
(with corrections applied) and every report page are the same bytes, with corrections (one
applied, one stale) and two copies of one card in the batch."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest

import pledgecard.validate.api as api
import pledgecard.validate.reportproc as reportproc
from pledgecard.validate import validate_dir
from pledgecard.writers import atomic_write_jsonl, read_jsonl

from validate_cases import RULES, SEED_TXT, batch_of, planted

_GENERATED = re.compile(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")


def _folder(folder: Path) -> Path:
    folder.mkdir()
    records = [planted(code) for code in RULES] + batch_of(9)
    copy_of = copy.deepcopy(records[-1])  # the same card from another file, one figure differing
    copy_of["source"] = {
        **copy_of.get("source", {}),
        "file": "cards/other.pdf",
        "format": "pdf",
        "sha256": "f" * 64,
    }
    copy_of["outreach"]["total"] += 1
    records.append(copy_of)
    atomic_write_jsonl(folder / "records.jsonl", records)
    shutil.copy(SEED_TXT, folder / SEED_TXT.name)  # the cards' source file: evidence lines
    title = records[0]["header"]["title"]
    fixes = [
        {
            "card_id": records[0]["card_id"],
            "path": "header.title",
            "extracted": title,
            "value": title + " (fixed)",
            "note": "typo",
            "by": "kim",
            "at": "2026-09-01T00:00:00Z",
        },
        {
            "card_id": records[1]["card_id"],
            "path": "header.mgmt_no",
            "extracted": "no such value",
            "value": "1-1",
            "note": "made on another card",
            "by": "lee",
            "at": "2026-09-01T00:00:00Z",
        },
    ]
    (folder / "corrections.jsonl").write_text(
        "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fixes), encoding="utf-8"
    )
    return folder


def _contents(folder: Path) -> dict[str, str]:
    out = {name: (folder / name).read_text(encoding="utf-8") for name in ("findings.jsonl", "records.jsonl")}
    for page in sorted((folder / "report").rglob("*.html")):
        text = _GENERATED.sub("", page.read_text(encoding="utf-8"))
        out[str(page.relative_to(folder))] = text.replace(str(folder), "DIR")
    return out


def test_pages_from_a_second_process_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[bool] = []

    class Spy(reportproc.ReportPipe):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            used.append(self.in_process)

    monkeypatch.setattr(api, "ReportPipe", Spy)
    here = validate_dir(_folder(tmp_path / "a"), fail_on="never", chunk_size=5)
    monkeypatch.setattr(reportproc, "PROCESS_MIN_CARDS", 0)
    monkeypatch.setattr(reportproc, "SLICE", 2)  # the page process writes a chunk's cards 2 at a time
    there = validate_dir(_folder(tmp_path / "b"), fail_on="never", chunk_size=5)
    assert used == [False, True]
    a, b = _contents(tmp_path / "a"), _contents(tmp_path / "b")
    assert a.keys() == b.keys() and len(a) > 20
    for name in a:
        assert a[name] == b[name], name
    assert (here.cards, here.findings, here.errors, here.warnings) == (
        there.cards,
        there.findings,
        there.errors,
        there.warnings,
    )
    findings = read_jsonl(tmp_path / "b" / "findings.jsonl")
    codes = {f["code"] for f in findings if not f["success"]}
    assert {"correction.stale", "card.copies_differ"} <= codes
    assert (
        sum(f.get("evidence", {}).get("kind") == "lines" for f in findings) > 10
    )  # back from the page process
    fixed = [r for r in read_jsonl(tmp_path / "b" / "records.jsonl") if r.get("corrections")]
    assert len(fixed) == 1 and fixed[0]["header"]["title"].endswith(" (fixed)")
