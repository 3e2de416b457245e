"""Expanding the paths a user gives into the files to read, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pledgecard.errors import UsageError


def iter_input_files(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Path | None = None
) -> Iterator[Path]:
    """Files as given, and folders walked recursively in sorted order; hidden files, the output
    folder, expected-record files (``*.expected.json``), folder settings (``pledgecard.toml``) and
    Python's own files (sources, ``__pycache__`` folders of bytecode: a folder of sample cards
    holds the generator that made them) are skipped."""
    excluded = exclude.resolve() if exclude is not None else None
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise UsageError(f"no such file or folder: {raw}")
        if p.is_file():
            yield p
            continue
        for root, dirs, files in os.walk(p):
            root_p = Path(root)
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and d != "__pycache__"
                and (excluded is None or (root_p / d).resolve() != excluded)
            )
            for name in sorted(files):
                if (
                    name.startswith(".")
                    or name.endswith((".expected.json", ".md", ".py", ".pyc"))
                    or name == "pledgecard.toml"
                ):
                    continue
                yield root_p / name


def path_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file name as the OS holds them (``str`` paths keep undecodable bytes as
    surrogate escapes: ``os.fsdecode``)."""
    return os.fsencode(path)


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as valid, printable UTF-8 text, one-to-one with its bytes: a name that is not
    UTF-8 (a CP949 name unpacked from an old zip) shows its stray bytes as ``\\xNN``.

    >>> display_path(os.fsdecode(b"in/\\xb0\\xf8\\xbe\\xe0.txt"))
    'in/\\\\xb0\\\\xf8\\\\xbe\\\\xe0.txt'
    >>> display_path("in/공약.txt")
    'in/공약.txt'
    """
    return path_bytes(path).decode("utf-8", "backslashreplace")


def is_plain_name(path: str | os.PathLike[str]) -> bool:
    """Whether the name is valid UTF-8 (its display form is the name itself)."""
    try:
        path_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
