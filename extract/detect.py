"""Detect a file's format from its bytes, not its name."""

from __future__ import annotations

import io
import zipfile

from pledgecard.extract.document import Format

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP3_MAGIC = b"HWP Document File V3"
DRM_WRAPPERS = {b"<MARKANY_DOCUMENTSAFER": "MarkAny DocumentSafer", b"<DOCUMENTSAFER": "DocumentSafer",
                b"SCDSA00": "Softcamp DRM", b"<##SoftCamp": "Softcamp DRM", b"[FASOO": "Fasoo DRM"}


def drm_wrapper(data: bytes) -> str | None:
    """The name of the DRM product whose envelope wraps the file, if any."""
    head = data[:64].lstrip()
    for magic, name in DRM_WRAPPERS.items():
        if head.startswith(magic):
            return name
    return None


def detect_format(data: bytes) -> Format:
    """``pdf`` (``%PDF-`` within the first KiB), ``hwp`` (OLE2 compound file, or an HWP 3 header),
    ``hwpx`` (a zip whose ``mimetype`` names HWPX, or that holds ``Contents/section0.xml``),
    else ``txt``."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(OLE2_MAGIC) or data.startswith(HWP3_MAGIC):
        return "hwp"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                if "mimetype" in names:
                    info = zf.getinfo("mimetype")
                    if info.file_size < 256 and b"hwp" in zf.read("mimetype").lower():
                        return "hwpx"
                if any(n.startswith("Contents/section") for n in names):
                    return "hwpx"
        except Exception:  # noqa: BLE001 - any broken zip is the HWPX reader's to explain
            pass
        return "hwpx"  # a zip that is not a readable HWPX: the HWPX reader says why
    return "txt"
