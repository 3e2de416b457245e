"""Expanding the paths a user gives into the files to read, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pledgecard.errors import UsageError


def iter_input_files(paths: Iterable[str | os.PathLike[str]], *, exclude: Path | None = None) -> Iterator[Path]:
    """Files as given, and folders walked recursively in sorted order; hidden files, the output
    folder, expected-record files (``*.expected.json``) and folder settings (``pledgecard.toml``)
    are skipped."""
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
                d for d in dirs
                if not d.startswith(".") and (excluded is None or (root_p / d).resolve() != excluded)
            )
            for name in sorted(files):
                if name.startswith(".") or name.endswith((".expected.json", ".md", ".py")) or name == "pledgecard.toml":
                    continue
                yield root_p / name
