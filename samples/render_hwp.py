"""Render card records to HWP 5 (the binary format) through python-hwpx's HWP writer.

The document is built exactly as for HWPX (:mod:`samples.render_hwpx`) and saved with a
``.hwp`` suffix, which python-hwpx writes as an HWP 5.0 compound file.
"""

from __future__ import annotations

import io
import zipfile
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


def hwp_from_hwpx(hwpx: Path, path: Path) -> None:
    """Write at ``path`` the HWP 5 file :func:`render_hwp` writes for the records and style ``hwpx`` (a file
    :func:`samples.render_hwpx.render_hwpx` wrote) was rendered from: python-hwpx writes an ``.hwp`` as HWP 5
    from the parts of the HWPX archive it built and validated, so converting those parts gives the same
    bytes without building and validating the same document a second time (a corpus writing both formats
    of a card: samples.generate.write_files)."""
    from hwpx.hwp5.writer import write_hwp5

    path = Path(path)
    if path.suffix.lower() != ".hwp":
        raise ValueError(f"an HWP file name must end in .hwp: {path.name}")
    with zipfile.ZipFile(io.BytesIO(Path(hwpx).read_bytes())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}
    path.write_bytes(write_hwp5(parts))
