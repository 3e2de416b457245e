"""Source evidence for a finding: the original lines of a text dump, the PDF page rendered with the
region highlighted, or the HWP/HWPX cell address.

Locations come from the card's ``provenance.jsonl`` line (the longest record path that contains
the finding's location); for text dumps without line numbers the record's own text is searched
for in the source file.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.writers import atomic_write_bytes

log = logging.getLogger(__name__)

_PATH_END = re.compile(r"[.\[]")
_ITEM = re.compile(r"^(achievements|plans|goals)\[(\d+)\]")
_WS = re.compile(r"\s+")
CONTEXT_LINES = 1
MAX_IMAGE_PX = 1600  # longest side of a rendered page
MAX_CACHED_FILES = 16  # source files kept in memory while a report is written


@dataclass(slots=True)
class Evidence:
    kind: str  # "lines" | "image" | "cell" | "none"
    note: str = ""
    lines: list[tuple[int, str, bool]] = field(default_factory=list)  # (number, text, highlighted)
    image: str | None = None  # path relative to the report folder
    cell: str | None = None


def provenance_entry(
    location: str | None, provenance: Mapping[str, Any] | None, *, having: str | None = None
) -> Mapping[str, Any]:
    """The provenance of the longest record path that contains ``location`` (and, with
    ``having``, holds that key)."""
    locations = (provenance or {}).get("locations") or {}
    if not location or not isinstance(locations, Mapping):
        return {}
    best: Mapping[str, Any] = {}
    best_len = -1
    for key, value in locations.items():
        if not isinstance(value, Mapping) or (having is not None and value.get(having) is None):
            continue
        if (location == key or (location.startswith(key) and _PATH_END.match(location[len(key):]))) and len(key) > best_len:
            best, best_len = value, len(key)
    return best


def _needle(record: Mapping[str, Any], location: str | None) -> str | None:
    """Text of the record at ``location`` that should appear in the source."""
    if not location:
        return None
    m = _ITEM.match(location)
    if m:
        items = record.get(m.group(1)) or []
        i = int(m.group(2))
        item = items[i] if isinstance(items, list) and i < len(items) and isinstance(items[i], Mapping) else {}
        text = item.get("text") if m.group(1) != "goals" else item.get("target")
        return text if isinstance(text, str) else None
    if location.startswith("header."):
        value = (record.get("header") or {}).get(location.split(".")[1].split("[")[0])
        return value if isinstance(value, str) else None
    if location.startswith("overview.budget"):
        return ((record.get("overview") or {}).get("budget") or {}).get("raw")
    return None


class EvidenceFinder:
    """Finds and caches source files and rendered pages for the cards of one report."""

    def __init__(self, root: Path, report_dir: Path, files: list[Mapping[str, Any]], *, max_images: int = 200):
        self.root = root
        self.report_dir = report_dir
        self.by_sha = {f.get("sha256"): f.get("path") for f in files if f.get("sha256") and f.get("path")}
        self.max_images = max_images
        self._text: OrderedDict[Path, list[str] | None] = OrderedDict()  # the last few source files read
        self._images: dict[tuple[str, int, tuple[float, ...] | None], str | None] = {}

    def source_path(self, record: Mapping[str, Any], provenance: Mapping[str, Any] | None) -> Path | None:
        src = record.get("source") or {}
        names = [self.by_sha.get(src.get("sha256")), (provenance or {}).get("file"), src.get("file")]
        for name in names:
            if not name:
                continue
            p = Path(str(name))
            for cand in ([p] if p.is_absolute() else [Path.cwd() / p, self.root / p, self.root.parent / p]):
                if cand.is_file():
                    return cand
        return None

    def _lines(self, path: Path) -> list[str] | None:
        if path in self._text:
            self._text.move_to_end(path)
        else:
            while len(self._text) >= MAX_CACHED_FILES:
                self._text.popitem(last=False)
            try:
                data = path.read_bytes()
            except OSError:
                self._text[path] = None
            else:
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    text = data.decode("cp949", errors="replace")
                self._text[path] = text.splitlines()
        return self._text[path]

    def _text_evidence(self, path: Path, record: Mapping[str, Any], location: str | None,
                       prov: Mapping[str, Any]) -> Evidence:
        lines = self._lines(path)
        if lines is None:
            return Evidence("none", note=f"source file {path.name} could not be read")
        start, end = prov.get("line_start"), prov.get("line_end")
        note = "lines from provenance"
        if not isinstance(start, int):
            needle = _needle(record, location)
            key = _WS.sub("", needle or "")[:14]
            start = next((i + 1 for i, ln in enumerate(lines) if key and key in _WS.sub("", ln)), None)
            end, note = start, "line found by searching the source for the record's text"
            if start is None:
                return Evidence("none", note=f"no line number for {location} in {path.name}")
        end = end if isinstance(end, int) and end >= start else start
        lo, hi = max(1, start - CONTEXT_LINES), min(len(lines), end + CONTEXT_LINES)
        shown = [(n, lines[n - 1], start <= n <= end) for n in range(lo, hi + 1)]
        return Evidence("lines", note=f"{path.name}, {note}", lines=shown)

    def _pdf_evidence(self, path: Path, prov: Mapping[str, Any]) -> Evidence:
        page = prov.get("page")
        if not isinstance(page, int):
            return Evidence("none", note="no page for this location")
        bbox = prov.get("bbox")
        box = tuple(float(v) for v in bbox) if isinstance(bbox, list | tuple) and len(bbox) == 4 else None
        key = (str(path), page, box)
        if key not in self._images:
            self._images[key] = self._render(path, page, box) if len(self._images) < self.max_images else None
        image = self._images[key]
        if image is None:
            return Evidence("none", note=f"page {page} of {path.name} could not be rendered")
        where = f" region {', '.join(f'{v:.0f}' for v in box)}" if box else ""
        return Evidence("image", note=f"{path.name} page {page}{where}", image=image)

    def _render(self, path: Path, page: int, box: tuple[float, ...] | None) -> str | None:
        import pdfplumber

        digest = hashlib.sha1(repr((str(path), page, box)).encode()).hexdigest()[:16]
        rel = f"evidence/{digest}.png"
        try:
            with pdfplumber.open(path) as pdf:
                if not 1 <= page <= len(pdf.pages):
                    return None
                pg = pdf.pages[page - 1]
                side = max(float(pg.width), float(pg.height), 1.0)
                im = pg.to_image(resolution=max(6.0, min(72.0, 72.0 * MAX_IMAGE_PX / side)))
                if box:
                    im.draw_rect(box, fill=(255, 200, 0, 70), stroke=(220, 0, 0), stroke_width=3)
                buf = io.BytesIO()
                im.save(buf, format="PNG")
            atomic_write_bytes(self.report_dir / rel, buf.getvalue())
        except Exception as exc:  # noqa: BLE001 - a damaged PDF must not stop the report
            log.debug("cannot render %s page %s: %s", path, page, exc)
            return None
        return rel

    def find(self, record: Mapping[str, Any], location: str | None, provenance: Mapping[str, Any] | None) -> Evidence:
        prov = provenance_entry(location, provenance)
        fmt = (record.get("source") or {}).get("format") or (provenance or {}).get("format")
        if fmt in ("hwp", "hwpx"):
            cell = prov.get("cell")
            para = [f"{k} {prov[k]}" for k in ("section", "paragraph") if prov.get(k) is not None]
            if cell or para:
                return Evidence("cell", note=", ".join(para), cell=cell)
            return Evidence("none", note="no cell address for this location")
        path = self.source_path(record, provenance)
        if path is None:
            return Evidence("none", note="source file not found")
        if fmt == "pdf":
            return self._pdf_evidence(path, prov)
        return self._text_evidence(path, record, location, prov)
