"""The state of a batch in its output folder: ``DIR/.state/done.jsonl``, and the folder's lock.

One JSON line per converted file, holding its ``files`` row, records and provenance, and the
``stat`` key (absolute path, size, modification time) of the file it was made from. Lines are
written as each file finishes (a ``kill -9`` loses none: they are in the OS's hands) and fsynced
at commit points (every few seconds and at the end), not once per file. A later run in the same
folder reuses the entry of a file whose path, size and time have not changed, so a rerun converts
only what is missing. A line torn by a crash is cut off.

:class:`OutputLock` keeps two runs out of one folder; a whole ``run`` (extract, validate, load)
holds it, and the journal takes it only when its caller does not.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path
from typing import Any, BinaryIO

from pledgecard.errors import OutputError
from pledgecard.version import __version__
from pledgecard.writers import naming

STATE_DIR = ".state"
JOURNAL = "done.jsonl"
LOCK = "lock"
COMMIT_SECONDS = 2.0

# Failures worth another try on the next run: they depend on the machine or on a bug, not on the file.
RETRY_CODES = frozenset({"timeout", "worker_crashed", "io", "internal"})


def reusable(entry: dict[str, Any]) -> bool:
    """Whether a journal entry counts as converted (so a rerun skips the file)."""
    if entry.get("version") != __version__:
        return False
    row = entry.get("file_row") or {}
    return not (row.get("status") == "failed" and row.get("error_code") in RETRY_CODES)


class OutputLock:
    """An exclusive lock on an output folder (``DIR/.state/lock``), released on exit or death."""

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.dir = Path(out_dir) / STATE_DIR
        self._fh: BinaryIO | None = None

    def __enter__(self) -> OutputLock:
        self.dir.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.dir / LOCK, "ab")
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._fh.close()
            self._fh = None
            raise OutputError(
                f"another run is using the output folder {self.dir.parent}",
                stage="extract",
                path=self.dir.parent,
            ) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh:
            self._fh.close()  # releases the lock
            self._fh = None


class Journal:
    """Append-only journal of converted files, indexed by ``stat`` key (the latest entry wins)."""

    def __init__(self, out_dir: Path, *, locked: bool = False) -> None:
        self.dir = Path(out_dir) / STATE_DIR
        self.path = self.dir / JOURNAL
        self._by_stat: dict[str, int] = {}
        self._lock = None if locked else OutputLock(out_dir)
        self._fh: BinaryIO | None = None
        self._reader: BinaryIO | None = None
        self._synced = time.monotonic()

    def __enter__(self) -> Journal:
        self.dir.mkdir(parents=True, exist_ok=True)
        if self._lock is not None:
            self._lock.__enter__()
        try:
            self._scan()
            self._fh = open(self.path, "ab")
            self._reader = open(self.path, "rb")
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in (self._fh, self._reader):
            if fh:
                fh.close()
        self._fh = self._reader = None
        if self._lock is not None:
            self._lock.__exit__()

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
                    if isinstance(entry, dict) and entry.get("stat"):
                        self._by_stat[entry["stat"]] = offset
                    good_end = offset + len(line)
                offset += len(line)
        if good_end < offset:
            with open(self.path, "r+b") as fh:
                fh.truncate(good_end)

    def empty(self) -> bool:
        """Whether no earlier run left an entry."""
        return not self._by_stat

    def find_stat(self, key: str) -> int | None:
        """Where the latest entry for the stat ``key`` is, or ``None``."""
        return self._by_stat.get(key)

    def read(self, offset: int) -> dict[str, Any]:
        """The entry at ``offset`` (as returned by :meth:`append` or :meth:`find_stat`)."""
        assert self._reader is not None, "journal not open"
        self._reader.seek(offset)
        return json.loads(self._reader.readline())

    def append(self, entry: dict[str, Any]) -> int:
        """Add ``entry`` (written through to the OS at once; fsynced at the next commit point);
        returns its offset."""
        return self.append_line(
            (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"), entry.get("stat")
        )

    def append_line(self, line: bytes, stat: str | None) -> int:
        """Add an entry already serialised (one JSON object and a newline) whose ``stat`` key is
        ``stat``; as :meth:`append`."""
        assert self._fh is not None, "journal not open"
        offset = self._fh.tell()
        with naming(self.path):
            self._fh.write(line)
            self._fh.flush()
        if stat:
            self._by_stat[stat] = offset
        if time.monotonic() - self._synced >= COMMIT_SECONDS:
            self.commit()
        return offset

    def commit(self) -> None:
        """A commit point: everything appended so far is on disk."""
        assert self._fh is not None, "journal not open"
        with naming(self.path):
            self._fh.flush()
            os.fsync(self._fh.fileno())
        self._synced = time.monotonic()
