"""Output files: every write is atomic (temp file in the same folder, fsync, rename) and stays
inside the output folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pledgecard.errors import LoadError

_UNSAFE = re.compile(r"[^\w.@\-]+", re.UNICODE)


MAX_NAME_BYTES = 150  # file systems allow 255 bytes; room is left for suffixes and temp names


def safe_filename(name: str, *, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name made safe on every OS: no separators, no ``..``, no control characters, and at
    most ``max_bytes`` bytes of UTF-8 (Hangul takes three bytes a letter). A name cut short ends
    with a hash of the whole, so two long names stay apart.

    Korean letters are kept (``2-20@2024-Q4`` stays as it is; ``../../x`` becomes ``x``-like)."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name).strip("._") or "card"
    name = re.sub(r"\.{2,}", ".", name)
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    cut = name.encode("utf-8")[: max_bytes - len(digest) - 1].decode("utf-8", errors="ignore")
    return f"{cut}~{digest}"


def ensure_inside(root: Path, target: Path) -> Path:
    """``target`` resolved, refusing anything that would land outside ``root``."""
    root_r = root.resolve()
    t = target.resolve()
    if t != root_r and root_r not in t.parents:
        raise LoadError(f"refusing to write outside the output folder: {target}")
    return t


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pc-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def atomic_write_json(path: Path, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def atomic_write_jsonl(path: Path, rows: Iterable[Any]) -> int:
    """Write rows as JSON Lines atomically; returns the number of rows."""
    n = 0
    parts: list[str] = []
    for row in rows:
        parts.append(dumps(row))
        n += 1
    atomic_write_text(path, "".join(p + "\n" for p in parts))
    return n


def read_jsonl(path: Path) -> list[Any]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
