"""Output files: every write is atomic (temp file in the same folder, fsync, rename) and stays
inside the output folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pledgecard.errors import OutputError

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
        raise OutputError(f"refusing to write outside the output folder: {target}")
    return t


def writable_location(path: Path, *, folder: bool = False) -> str | None:
    """Why the file (or ``folder``) ``path`` cannot be created or written, or ``None`` when it
    can. Nothing is created.

    >>> writable_location(Path("/proc/version/x"))
    '/proc/version is not a folder'
    """
    path = Path(path)
    if path.exists():
        if path.is_dir() != folder:
            return "is a folder" if path.is_dir() else "is not a folder"
        return None if os.access(path, os.W_OK | (os.X_OK if folder else 0)) else "is not writable"
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{parent} is not a folder"
    return None if os.access(parent, os.W_OK | os.X_OK) else f"folder {parent} is not writable"


@contextmanager
def naming(path: str | os.PathLike[str]) -> Iterator[None]:
    """Give an ``OSError`` raised while writing ``path`` (``write``, ``fsync``: no file name of
    their own) that name, for a message that says which file could not be written."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = os.fspath(path)
        raise


def current_umask() -> int:
    """The process umask, read without changing it where the OS tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: the classic read-by-setting, restored at once
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file: ``0o666`` less the umask."""
    return 0o666 & ~current_umask()


def open_temp(folder: Path) -> tuple[int, str]:
    """A temp file in ``folder`` for an atomic write, with the mode the umask asks for (not the
    0600 of :func:`tempfile.mkstemp`)."""
    fd, tmp = tempfile.mkstemp(prefix=".pc-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, new_file_mode())
    except OSError:  # pragma: no cover - a file system without modes
        pass
    return fd, tmp


def _open_named_temp(path: Path) -> tuple[int, str]:
    """The temp file ``.pc-NAME.tmp`` beside ``path`` (created or truncated, mode as ``open``
    gives), its folder made only when it is missing."""
    tmp = os.path.join(path.parent, f".pc-{path.name}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(tmp, flags, 0o666), tmp
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(tmp, flags, 0o666), tmp


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True, named_temp: bool = False) -> None:
    """Write ``data`` to ``path`` through a temp file renamed into place. ``durable=False`` skips
    the fsync, for files that can be rebuilt (a card file rewritten from the journal, the report's
    pages). ``named_temp``: the temp file is named after the file (``.pc-NAME.tmp``), not a random
    name, for a folder one writer fills (the report's pages: one validation per output folder, its
    lock): creating thousands of randomly named files costs several times more."""
    if named_temp:
        fd, tmp = _open_named_temp(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = open_temp(path.parent)
    try:
        with naming(path), os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str, *, durable: bool = True, named_temp: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable, named_temp=named_temp)


def _text(s: str) -> str:
    """``s`` as valid UTF-8 text: lone surrogates (bytes of a non-UTF-8 file name, kept by
    ``surrogateescape``) become ``\\xNN``."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return (
            s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            if _escaped_only(s)
            else s.encode("utf-8", "backslashreplace").decode("utf-8")
        )
    return s


def _escaped_only(s: str) -> bool:
    try:
        s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return False
    return True


def json_safe(obj: Any) -> Any:
    """``obj`` with every string (keys too) made valid UTF-8 (see :func:`_text`), so that writing
    it can never fail on a file name of odd bytes."""
    if isinstance(obj, str):
        return _text(obj)
    if isinstance(obj, dict):
        return {(_text(k) if isinstance(k, str) else k): json_safe(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [json_safe(v) for v in obj]
    return obj


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=False
)  # made once: json.dumps with options makes one a call


def dumps(obj: Any) -> str:
    """``obj`` as one line of JSON, non-ASCII text as it is (``json.dumps(obj, ensure_ascii=False)``)."""
    return _ENCODER.encode(obj)


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


def jsonl_rows(path: Path, error: type[Exception]) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for each non-blank line of a JSON Lines file; a line that is not
    JSON raises ``error`` with one line naming the file and the line."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(f"{path.name} line {n} is not valid JSON: {exc.msg}") from None


def read_jsonl(path: Path) -> list[Any]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
