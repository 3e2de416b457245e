"""Reading a file into a Document: the DRM check, the format's reader (registered once, in
:mod:`pledgecard.extract.formats`), the file-size limit.

A reader is ``read(data: bytes, *, path: str, limits: Limits) -> Document``. It raises an
:class:`~pledgecard.errors.ExtractError` subclass with a one-line reason for a file it cannot read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pledgecard.errors import EncryptedFileError, ExtractError, LimitExceededError
from pledgecard.extract.detect import drm_wrapper
from pledgecard.extract.document import Document
from pledgecard.extract.formats import detect_format, reader_for
from pledgecard.extract.limits import Limits


def read_bytes(data: bytes, *, path: str = "", limits: Limits | None = None) -> Document:
    """Detect the format of ``data`` and read it into a :class:`Document`."""
    limits = limits or Limits()
    drm = drm_wrapper(data)
    if drm:
        raise EncryptedFileError(
            f"file is wrapped in {drm} DRM; open it where the DRM is licensed and save a clean copy"
        )
    fmt = detect_format(data)
    try:
        reader = reader_for(fmt)
    except ImportError as exc:  # a reader whose library is missing
        raise ExtractError(f"no reader available for {fmt}: {exc}") from exc
    doc = reader(data, path=path, limits=limits)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.path = path
    return doc


def check_file_size(size: int, limits: Limits) -> None:
    """Refuse a file over ``limits.max_file_bytes`` before any of it is read."""
    if size > limits.max_file_bytes:
        raise LimitExceededError(f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,} bytes")


def read_path(path: str | Path, *, limits: Limits | None = None) -> Document:
    """Read a file from disk into a :class:`Document`."""
    limits = limits or Limits()
    p = Path(path)
    try:
        check_file_size(p.stat().st_size, limits)
        data = p.read_bytes()
    except OSError as exc:
        raise ExtractError(f"cannot read file: {exc.strerror or exc}", code="io") from exc
    return read_bytes(data, path=str(path), limits=limits)
