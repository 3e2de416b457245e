"""Validation in bounded memory (issue 14): the records stream through in chunks, so the peak of
Python allocations while validating a folder does not grow with the number of cards."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from pledgecard.validate import validate_dir
from pledgecard.writers import atomic_write_jsonl

from validate_cases import batch_of


def _peak(folder: Path, cards: int) -> int:
    folder.mkdir()
    records = batch_of(cards)
    for i, rec in enumerate(records):  # every card a distinct base key, as in a real batch
        rec["card_id"] = f"M-{i}@2024-Q4"
    atomic_write_jsonl(folder / "records.jsonl", records)
    del records
    tracemalloc.start()
    try:
        res = validate_dir(folder, fail_on="never", report=False, chunk_size=30)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert res.cards == cards
    return peak


@pytest.mark.slow  # (35 s of CPU, tracemalloc on: its module is queued first, conftest.queue_order)
def test_peak_memory_is_flat_in_the_number_of_cards(tmp_path: Path) -> None:
    _peak(tmp_path / "warm", 5)  # GX's one-time imports and registries are not the batch's memory
    small = _peak(tmp_path / "small", 60)
    large = _peak(tmp_path / "large", 240)
    assert large < 1.3 * small, (small, large)  # 4x the cards (2 and 8 chunks); records held whole: ~2.5x
