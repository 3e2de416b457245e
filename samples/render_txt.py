"""Render card records to text the way archives hold them: ``pdftotext`` (default mode) of the PDF.

Needs poppler-utils (``pdftotext`` on PATH). The PDF is rendered by :mod:`samples.render_pdf`
into a temporary folder and only the text dump is kept.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from samples.render_pdf import render_pdf_pages
from samples.style import Style


def pdftotext_available() -> bool:
    return shutil.which("pdftotext") is not None


def render_txt_pages(records: list[dict[str, Any]], path: Path, *, style: Style) -> list[tuple[int, int]]:
    """Write the text dump and return each card's page range in the PDF it was dumped from."""
    if not pdftotext_available():
        raise RuntimeError("pdftotext not found: install poppler-utils")
    with tempfile.TemporaryDirectory(prefix="pledgecard-txt-") as tmp:
        pdf = Path(tmp) / "card.pdf"
        pages = render_pdf_pages(records, pdf, style=style)
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), str(path)], check=True, capture_output=True, timeout=120
        )
    return pages


def render_txt(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as a pdftotext dump (UTF-8) at ``path``."""
    render_txt_pages(records, Path(path), style=style)
