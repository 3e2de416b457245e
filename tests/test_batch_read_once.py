"""A file is read, hashed and sniffed once per run: by the worker, never by the batch's parent."""

from __future__ import annotations

import builtins
import hashlib
import os
from pathlib import Path

import pytest
from test_batch_fakes import fake_process, write_card

import pledgecard.extract.readers as readers
from pledgecard.batch import run_batch
from pledgecard.pipeline import process_file

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"


def test_the_parent_never_opens_an_input_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    for i in range(4):
        write_card(src / f"c{i}.txt", mgmt_no=f"3-{i}")
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(file) if isinstance(file, str | os.PathLike) else "")
        return real_open(file, *args, **kwargs)

    def spy_os_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    first = run_batch([src], tmp_path / "out", workers=2, progress=False, task=fake_process)
    again = run_batch([src], tmp_path / "out", workers=2, progress=False, task=fake_process)
    assert (first.converted, first.cards, again.reused, again.converted) == (4, 4, 4, 0)
    assert opened and not [p for p in opened if str(src) in p]


def test_process_file_reads_hashes_and_sniffs_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"read": 0, "sniff": 0, "hash": 0}
    real_read, real_sniff, real_sha = Path.read_bytes, readers.detect_format, hashlib.sha256

    def read(self: Path) -> bytes:
        calls["read"] += 1
        return real_read(self)

    def sniff(data: bytes) -> str:
        calls["sniff"] += 1
        return real_sniff(data)

    def sha(*args):  # type: ignore[no-untyped-def]
        calls["hash"] += 1
        return real_sha(*args)

    monkeypatch.setattr(Path, "read_bytes", read)
    monkeypatch.setattr(readers, "detect_format", sniff)
    monkeypatch.setattr(hashlib, "sha256", sha)
    res = process_file(SEED)
    assert res.status == "ok" and res.records
    assert calls == {"read": 1, "sniff": 1, "hash": 1}
    assert res.sha256 == real_sha(real_read(SEED)).hexdigest() and res.format == "txt"
