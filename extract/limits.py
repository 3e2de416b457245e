"""Safety limits for reading one file (no single file may exhaust memory or stall a batch), and
the vocabulary the file is read with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024  # bytes read from disk
    max_unpacked_bytes: int = 256 * 1024 * 1024  # total decompressed size of zip / OLE streams
    max_pages: int = 300  # PDF pages read
    max_seconds: float = 120.0  # wall-clock time for one file (enforced by the batch runner)
    # Not a limit but an option every worker needs: a user vocabulary file merged over the
    # built-in template vocabulary (pledgecard.extract.vocabulary), or None.
    vocabulary: str | None = None
