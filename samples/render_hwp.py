"""Render card records to HWP 5 (the binary format) through python-hwpx's HWP writer.

The document is built exactly as for HWPX (:mod:`samples.render_hwpx`) and saved with a
``.hwp`` suffix, which python-hwpx writes as an HWP 5.0 compound file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samples.hwpx_ids import reproducible
from samples.render_hwpx import build_document, save
from samples.style import Style


def render_hwp(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as one HWP 5 file at ``path`` (the name must end in ``.hwp``)."""
    path = Path(path)
    if path.suffix.lower() != ".hwp":
        raise ValueError(f"an HWP file name must end in .hwp: {path.name}")
    with reproducible():  # the same bytes every time (samples.hwpx_ids)
        save(build_document(records, style=style), path)
