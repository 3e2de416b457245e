"""Detect a file's format from its bytes, not its name; and the DRM envelopes no reader opens."""

from __future__ import annotations

from pledgecard.extract.formats import detect_format

__all__ = ["DRM_WRAPPERS", "detect_format", "drm_wrapper"]

DRM_WRAPPERS = {
    b"<MARKANY_DOCUMENTSAFER": "MarkAny DocumentSafer",
    b"<DOCUMENTSAFER": "DocumentSafer",
    b"SCDSA00": "Softcamp DRM",
    b"<##SoftCamp": "Softcamp DRM",
    b"[FASOO": "Fasoo DRM",
}


def drm_wrapper(data: bytes) -> str | None:
    """The name of the DRM product whose envelope wraps the file, if any."""
    head = data[:64].lstrip()
    for magic, name in DRM_WRAPPERS.items():
        if head.startswith(magic):
            return name
    return None
