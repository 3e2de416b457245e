"""The reference PDF engine: pdfplumber (pdfminer's layout parse) -> :class:`PageModel`."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pledgecard.errors import DamagedFileError, EncryptedFileError
from pledgecard.extract.readers.pdf_page import CHAR_FIELDS, PATH_FIELDS, PageModel


def one_line(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = " ".join(str(inner).split())[:200]
    return f"{type(inner).__name__}: {text}" if text else type(inner).__name__


class PlumberDocument:
    def __init__(self, pdf: Any) -> None:
        self._pdf = pdf

    def page_count(self) -> int:
        """The count the catalog declares (read without parsing a page), else the page list's."""
        try:
            from pdfminer.pdftypes import resolve1

            return int(resolve1(resolve1(self._pdf.doc.catalog["Pages"])["Count"]))
        except Exception:
            return len(self._pdf.pages)

    def pages(self) -> Iterator[Callable[[], PageModel]]:
        for number, page in enumerate(self._pdf.pages, start=1):
            yield lambda page=page, number=number: _model(page, number)


def _model(page: Any, number: int) -> PageModel:
    try:
        return PageModel(
            number=number,
            width=float(page.width),
            height=float(page.height),
            chars=[{k: c[k] for k in CHAR_FIELDS} for c in page.chars],
            lines=[{k: o[k] for k in PATH_FIELDS} for o in page.lines],
            rects=[
                {**{k: o[k] for k in PATH_FIELDS}, "stroke": bool(o.get("stroke", True))} for o in page.rects
            ],
            curves=[{**{k: o[k] for k in PATH_FIELDS}, "pts": list(o["pts"])} for o in page.curves],
        )
    finally:
        page.close()


@contextmanager
def open_pdf(data: bytes) -> Iterator[PlumberDocument]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if b"%PDF" not in data[:1024]:
        raise DamagedFileError("not a PDF file (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect):
            raise EncryptedFileError("PDF is password-protected") from exc
        if isinstance(inner, PDFEncryptionError):
            raise EncryptedFileError(f"PDF encryption not supported: {one_line(inner)}") from exc
        raise DamagedFileError(f"damaged PDF: {one_line(exc)}") from exc
    with pdf:
        yield PlumberDocument(pdf)
