"""Whole extractions of the same files with a memo in force and bypassed, taking turns: the one timing both
memo benchmarks share (bench_vocabulary_memo, bench_funding_proof's amounts)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from pledgecard import extract_file


def remembered_and_read_again(
    paths: Sequence[Path], repeat: int, read_again: Callable[[], AbstractContextManager[None]]
) -> tuple[float, float]:
    """Best CPU-s of extracting ``paths`` with the memo (remembered) and inside ``read_again()`` (bypassed), the
    records asserted equal; imports and first reads not timed."""
    for p in paths:
        extract_file(p)
    best = {"remembered": float("inf"), "read again": float("inf")}
    records: dict[str, list[Any]] = {}
    for _ in range(repeat):
        for way in best:
            t0 = time.process_time()
            if way == "read again":
                with read_again():
                    got = [extract_file(p) for p in paths]
            else:
                got = [extract_file(p) for p in paths]
            best[way] = min(best[way], time.process_time() - t0)
            records[way] = got
    assert records["remembered"] == records["read again"], "the records differ"
    return best["remembered"], best["read again"]
