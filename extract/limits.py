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
    pdf_engine: str = "pdfium"  # PDF engine (readers/pdf_engine.py ENGINES): "pdfium" or "pdfplumber"
    ocr: str = "auto"  # PDF pages read by OCR: "auto" (no or garbled text layer), "always", "never"
    # Not a limit but an option every worker needs: a user vocabulary file merged over the
    # built-in template vocabulary (pledgecard.extract.vocabulary), or None.
    vocabulary: str | None = None
