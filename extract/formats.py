"""The formats pledgecard reads, registered once: each with how its bytes are recognised and the
module whose ``read(data, *, path, limits) -> Document`` reads it.

A new format is one reader module plus one line in :data:`FORMATS` (and its name in
:data:`pledgecard.extract.document.Format`; a test keeps the two in step). Readers are imported
on first use: pdfplumber and pyhwp cost start-up time a text-only batch never needs.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pledgecard.extract.document import Document, Format

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP3_MAGIC = b"HWP Document File V3"

Reader = Callable[..., Document]


def is_pdf(data: bytes) -> bool:
    """``%PDF-`` within the first KiB."""
    return b"%PDF-" in data[:1024]


def is_hwp(data: bytes) -> bool:
    """An OLE2 compound file, or an HWP 3 header."""
    return data.startswith(OLE2_MAGIC) or data.startswith(HWP3_MAGIC)


def is_hwpx(data: bytes) -> bool:
    """A zip: one whose ``mimetype`` names HWPX or that holds ``Contents/section0.xml``, and any
    other zip too (the HWPX reader says why it is not a readable HWPX)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 256 and b"hwp" in zf.read("mimetype").lower():
                    return True
            if any(n.startswith("Contents/section") for n in names):
                return True
    except Exception:  # noqa: BLE001 - any broken zip is the HWPX reader's to explain
        pass
    return True


def is_text(data: bytes) -> bool:
    """Anything else is read as a text dump."""
    return True


Evidence = Literal["image", "cells", "lines"]  # how a finding's source is shown (validate/evidence.py)


@dataclass(frozen=True, slots=True)
class FormatSpec:
    name: Format
    sniff: Callable[[bytes], bool]
    reader: str  # the module holding ``read``
    evidence: Evidence  # a page crop (its provenance has boxes), table cells (cell addresses), or lines
    rank: int  # which copy of a card is canonical (pledgecard.identity): the higher keeps more structure


# Sniffed in this order; the text reader takes what no other claims.
FORMATS: tuple[FormatSpec, ...] = (
    FormatSpec("pdf", is_pdf, "pledgecard.extract.readers.pdf", "image", 2),
    FormatSpec("hwp", is_hwp, "pledgecard.extract.readers.hwp", "cells", 3),
    FormatSpec("hwpx", is_hwpx, "pledgecard.extract.readers.hwpx", "cells", 4),
    FormatSpec("txt", is_text, "pledgecard.extract.readers.text", "lines", 1),
)
BY_NAME: dict[str, FormatSpec] = {spec.name: spec for spec in FORMATS}


def detect_format(data: bytes) -> Format:
    """The first registered format whose sniff claims the bytes (never the file name)."""
    return next(spec.name for spec in FORMATS if spec.sniff(data))


def evidence_of(fmt: str | None) -> Evidence:
    """How a finding on a card of format ``fmt`` shows its source (``lines`` when unknown)."""
    spec = BY_NAME.get(fmt or "")
    return spec.evidence if spec is not None else "lines"


def reader_for(fmt: str) -> Reader:
    """The ``read`` function of a format's reader; ImportError when its library is missing."""
    module = importlib.import_module(BY_NAME[fmt].reader)
    return module.read  # type: ignore[no-any-return]
