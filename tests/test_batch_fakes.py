"""Stand-ins for ``process_file`` used by the batch and load tests (no tests of their own).

A fake card file is JSON naming the variation of the seed record it stands for::

    {"mgmt_no": "2-21", "year": 2025, "quarter": 1, "scale": 3, "cards": 2, "mode": "ok"}

``mode`` ``hang`` sleeps far past any limit, ``crash`` kills its own worker process, ``nocard``
holds no card and ``damaged`` fails like a broken file. Records are the seed's expected record
with the card id, as-of quarter and money values varied, so every table gets real rows.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import signal
import time
from functools import cache
from pathlib import Path
from typing import Any

from pledgecard.pipeline import FileResult

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "seed.expected.json"


@cache
def seed() -> dict[str, Any]:
    return json.loads(SEED.read_text(encoding="utf-8"))


def quarter(year: int, q: int) -> dict[str, Any]:
    start_m, end_m = 3 * q - 2, 3 * q
    end_d = {3: 31, 6: 30, 9: 30, 12: 31}[end_m]
    return {
        "raw": f"{year}년 {q}분기 현재",
        "label": f"{year}-Q{q}",
        "start": f"{year}-{start_m:02d}-01",
        "end": f"{year}-{end_m:02d}-{end_d}",
        "precision": "quarter",
    }


def make_record(
    mgmt_no: str,
    year: int,
    q: int,
    *,
    scale: int = 1,
    file: str = "x.txt",
    sha256: str = "0" * 64,
    card_index: int = 0,
    fmt: str = "txt",
) -> dict[str, Any]:
    """The seed record varied: another pledge number, quarter and money scale."""
    rec = copy.deepcopy(seed())
    rec["as_of"] = quarter(year, q)
    rec["header"]["mgmt_no"] = mgmt_no
    rec["header"]["title"] = f"{rec['header']['title']} ({mgmt_no})"
    rec["card_id"] = f"{mgmt_no}@{rec['as_of']['label']}"
    rec["source"] = {
        "file": file,
        "sha256": sha256,
        "format": fmt,
        "card_index": card_index,
        "page_start": None,
        "page_end": None,
    }
    budget = rec["overview"]["budget"]
    budget["total_krw"] *= scale
    for part in budget["parts"]:
        part["amount_krw"] *= scale
    for row in rec["funding"]["rows"]:
        row["amounts_krw"] = [a * scale for a in row["amounts_krw"]]
    rec["goals"] = rec["goals"][: 1 + scale % 2]
    return rec


def write_card(path: Path, **spec: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(spec, sort_keys=True), encoding="utf-8")
    return path


def fake_process(path: str, *, limits: Any = None) -> FileResult:
    """``process_file`` for fake card files (module level, so worker processes can import it)."""
    data = Path(path).read_bytes()
    res = FileResult(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format="txt", size=len(data))
    spec = json.loads(data)
    mode = spec.get("mode", "ok")
    if spec.get("sleep"):
        time.sleep(float(spec["sleep"]))
    if mode == "hang":
        time.sleep(3600)
    if mode == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "nocard":
        res.status, res.error_code, res.reason = "no_card", "no_card", "no card found"
        return res
    if mode == "damaged":
        res.status, res.error_code, res.reason = "failed", "damaged", "the file is damaged"
        return res
    for i in range(int(spec.get("cards", 1))):
        res.records.append(
            make_record(
                spec["mgmt_no"] if i == 0 else f"{spec['mgmt_no']}-{i}",
                spec.get("year", 2024),
                spec.get("quarter", 4),
                scale=int(spec.get("scale", 1)),
                file=os.path.basename(path),
                sha256=res.sha256,
                card_index=i,
            )
        )
    res.provenance = [
        {
            "card_id": r["card_id"],
            "file": os.path.basename(path),
            "format": "txt",
            "locations": {"header.title": {"line_start": 3, "line_end": 3}},
        }
        for r in res.records
    ]
    return res


def hanging_process(path: str, *, limits: Any = None) -> FileResult:
    """Hangs where the in-worker timer cannot reach: signals blocked, as in a stuck C call."""
    spec = json.loads(Path(path).read_bytes())
    if spec.get("mode") == "hang":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    return fake_process(path, limits=limits)


def pid_process(path: str, *, limits: Any = None) -> FileResult:
    """``fake_process`` that notes the worker's pid (for tests of worker reuse)."""
    res = fake_process(path, limits=limits)
    res.notes.append(f"pid={os.getpid()}")
    return res


def gc_process(path: str, *, limits: Any = None) -> FileResult:
    """``fake_process`` that notes the worker's collector: frozen objects and youngest threshold."""
    import gc

    res = fake_process(path, limits=limits)
    res.notes.append(f"frozen={gc.get_freeze_count()} young={gc.get_threshold()[0]}")
    return res


def note_warm_pid(log: str) -> None:
    """A worker warm-up that appends its pid to the file ``log``."""
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")


def unstorable_process(path: str, *, limits: Any = None) -> FileResult:
    """``fake_process`` whose record for a ``mode: unstorable`` file holds a value JSON cannot hold."""
    res = fake_process(path, limits=limits)
    if json.loads(Path(path).read_bytes()).get("mode") == "unstorable":
        res.records = [{"card_id": "x", "bad": {1, 2}}]
    return res
