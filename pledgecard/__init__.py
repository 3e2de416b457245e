"""pledgecard: Korean pledge management cards (공약사업 관리카드) into clean, validated data."""

from __future__ import annotations

from pledgecard.version import __version__

__all__ = ["__version__", "extract_file"]


def extract_file(path, **kwargs):  # type: ignore[no-untyped-def]
    """Read one file and return its card records (dicts following CARD_SCHEMA.md)."""
    from pledgecard.pipeline import extract_file as _extract_file

    return _extract_file(path, **kwargs)
