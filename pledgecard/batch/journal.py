"""The state of a batch in its output folder: ``DIR/.state/done.jsonl``.

One JSON line per converted file, appended and fsynced as soon as the file is done, holding its
``files`` row, records and provenance. A later run in the same folder reuses the entry of a file
whose bytes (sha256) it already converted, so a killed run loses nothing and a rerun converts only
what is missing. A line torn by a crash is ignored. A lock file keeps two runs out of one folder.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import Any, BinaryIO

from pledgecard.errors import LoadError
from pledgecard.version import __version__

STATE_DIR = ".state"
JOURNAL = "done.jsonl"

# Failures worth another try on the next run: they depend on the machine or on a bug, not on the file.
RETRY_CODES = frozenset({"timeout", "worker_crashed", "io", "internal"})


def reusable(entry: dict[str, Any]) -> bool:
    """Whether a journal entry counts as converted (so a rerun skips the file)."""
    if entry.get("version") != __version__:
        return False
    row = entry.get("file_row") or {}
    return not (row.get("status") == "failed" and row.get("error_code") in RETRY_CODES)


class Journal:
    """Append-only journal of converted files, indexed by sha256 (the latest entry wins)."""

    def __init__(self, out_dir: Path) -> None:
        self.dir = Path(out_dir) / STATE_DIR
        self.path = self.dir / JOURNAL
        self._index: dict[str, int] = {}
        self._lock_fh: BinaryIO | None = None
        self._fh: BinaryIO | None = None

    def __enter__(self) -> Journal:
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock_fh = open(self.dir / "lock", "ab")
        try:
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock_fh.close()
            raise LoadError(f"another run is using the output folder {self.dir.parent}") from exc
        self._scan()
        self._fh = open(self.path, "ab")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh:
            self._fh.close()
        if self._lock_fh:
            self._lock_fh.close()  # releases the lock

    def _scan(self) -> None:
        """Index the journal; cut a torn last line left by a crash."""
        if not self.path.exists():
            return
        good_end = 0
        with open(self.path, "rb") as fh:
            offset = 0
            for line in fh:
                if line.endswith(b"\n"):
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError:
                        entry = None
                    if isinstance(entry, dict) and entry.get("sha256"):
                        self._index[entry["sha256"]] = offset
                    good_end = offset + len(line)
                offset += len(line)
        if good_end < offset:
            with open(self.path, "r+b") as fh:
                fh.truncate(good_end)

    def get(self, sha256: str) -> dict[str, Any] | None:
        """The latest entry for ``sha256``, or ``None``."""
        offset = self._index.get(sha256)
        if offset is None:
            return None
        with open(self.path, "rb") as fh:
            fh.seek(offset)
            return json.loads(fh.readline())

    def append(self, entry: dict[str, Any]) -> None:
        """Add ``entry`` durably (flush + fsync) before the run goes on."""
        assert self._fh is not None, "journal not open"
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        offset = self._fh.tell()
        self._fh.write(line)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._index[entry["sha256"]] = offset
