"""The PDF engines, registered in one place: each opens PDF bytes and gives a :class:`PageModel` per page.

Two engines, registered in :data:`ENGINES`: ``pdfplumber`` (pdfminer's layout parse, the
reference) and ``pdfium`` (pypdfium2, much cheaper per page). Both give the same records
(``pdf_page.py``): ``tests/test_pdf_engines.py`` asserts it field by field on every PDF of the
corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from importlib import import_module
from typing import Protocol

from pledgecard.extract.readers.pdf_page import PageModel

# The default is Limits.pdf_engine (extract/limits.py). name -> module holding ``open_pdf``; modules are imported on first use (start-up cost).
ENGINES: dict[str, str] = {
    "pdfplumber": "pledgecard.extract.readers.pdf_engine_plumber",
    "pdfium": "pledgecard.extract.readers.pdf_engine_pdfium",
}


class PdfDocument(Protocol):
    """An opened PDF: its page count (read without parsing pages) and its pages one by one."""

    def page_count(self) -> int: ...

    def pages(self) -> Iterator[Callable[[], PageModel]]:
        """One loader per page, in order: calling it parses the page (it may raise)."""
        ...


def open_pdf(data: bytes, engine: str) -> AbstractContextManager[PdfDocument]:
    """Open PDF bytes with ``engine``; EncryptedFileError / DamagedFileError when impossible."""
    try:
        module = ENGINES[engine]
    except KeyError:
        raise ValueError(f"unknown PDF engine {engine!r} (one of: {', '.join(ENGINES)})") from None
    opener: Callable[[bytes], AbstractContextManager[PdfDocument]] = import_module(module).open_pdf
    return opener(data)
