"""Source evidence for a finding: the original lines of a text dump, the PDF page rendered with the
region highlighted, the HWP/HWPX table redrawn with the flagged cells marked, or, for HWP/HWPX text
outside such tables, the flagged paragraph among its neighbours (:mod:`~pledgecard.validate.paragraphs`).

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
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pledgecard.errors import DamagedFileError
from pledgecard.extract.formats import evidence_of
from pledgecard.extract.readers.text import decode_text
from pledgecard.extract.readers.text_lines import source_lines
from pledgecard.normalize.sanitize import clean_text
from pledgecard.validate.cells import table_evidence
from pledgecard.validate.evidence_figure import mark, quoted_line
from pledgecard.validate.evidence_locate import (
    SOURCE_KEY,
    item_location,
    needles,
    pdf_region,
    provenance_entry,
    provenance_key,
)
from pledgecard.validate.evidence_model import Box, Evidence, ImageKey
from pledgecard.validate.helper import Helper
from pledgecard.validate.paragraphs import ParagraphFinder
from pledgecard.validate.table_rows import RowFinder
from pledgecard.writers import atomic_write_bytes

# EvidenceFinder finds, reads and renders the sources; the evidence's model lives in evidence_model,
# the lookups of a location in the provenance and the record in evidence_locate: importable from here too
__all__ = [
    "CROP_DPI",
    "MAX_IMAGE_BYTES",
    "PREFETCH_MIN",
    "Box",
    "Evidence",
    "EvidenceFinder",
    "ImageKey",
    "provenance_entry",
    "provenance_key",
]

log = logging.getLogger(__name__)

_WS = re.compile(r"\s+")
CONTEXT_LINES = 1
MAX_IMAGE_PX = 1600  # longest side of a rendered page
# the bytes of one report's evidence images: once the images shown reach it, later findings show a note, not an
# image (a crop of a row is some 5-30 KB, a whole page more: a budget, not a count, so small crops are not cut short)
MAX_IMAGE_BYTES = 32 * 1024 * 1024
MIN_IMAGE_BYTES = (
    1024  # the least a rendered crop takes: prefetch renders no more than the budget left allows
)
CROP_DPI = 150  # resolution of a cropped region
CROP_MARGIN = 12.0  # points around a cropped region
HEADER_REACH = 260.0  # points: a row at most this far below its table's top is shown with the header
MAX_CACHED_FILES = 16  # source files kept in memory while a report is written
MAX_CACHED_PATHS = 4096  # source names whose file was looked up, kept while a report is written
# prefetch shares out rendering with a helper process from this many new images (about 12 ms each,
# the helper's start and imports about 0.2 s)
PREFETCH_MIN = 32


def _render_keys(root: Path, report_dir: Path, keys: list[ImageKey]) -> list[str | None]:
    """In the helper process: :meth:`EvidenceFinder._render` of each key, in turn."""
    finder = EvidenceFinder(root, report_dir, [])
    try:
        return [finder._render(Path(key[0]), *key[1:]) for key in keys]
    finally:
        finder.close()


class EvidenceFinder:
    """Finds and caches source files and rendered pages for the cards of one report."""

    def __init__(
        self,
        root: Path,
        report_dir: Path,
        files: list[Mapping[str, Any]],
        *,
        max_image_bytes: int | None = None,
    ):
        self.root = root
        self.report_dir = report_dir
        self.by_sha = {f.get("sha256"): f.get("path") for f in files if f.get("sha256") and f.get("path")}
        self.max_image_bytes = MAX_IMAGE_BYTES if max_image_bytes is None else max_image_bytes
        self._shown: set[ImageKey] = set()  # the images findings were given, in the order asked
        self._shown_bytes = 0
        self._text: OrderedDict[Path, list[str] | None] = OrderedDict()  # the last few source files read
        self._images: dict[tuple[str, int, tuple[float, ...] | None], str | None] = {}
        self.paragraphs = ParagraphFinder()
        self.rows = RowFinder()
        self._paths: dict[tuple[str | None, ...], Path | None] = {}  # source names -> the file found
        self._pdf: tuple[Path, Any] | None = (
            None  # the PDF last rendered from, kept open for its card's next finding
        )
        self._helper = Helper()  # renders half of what prefetch renders ahead

    def _open_pdf(self, path: Path) -> Any:
        """``pdfplumber.open(path)``, the last one kept open: a card's findings are rendered one after
        another from the same file, and opening parses the whole document's cross-references."""
        import pdfplumber

        if self._pdf is not None and self._pdf[0] == path:
            return self._pdf[1]
        self.close()
        pdf = pdfplumber.open(path)
        self._pdf = (path, pdf)
        return pdf

    def close(self) -> None:
        """Close the PDF kept open (the finder stays usable)."""
        if self._pdf is not None:
            pdf, self._pdf = self._pdf[1], None
            pdf.close()

    def shutdown(self) -> None:
        """Close the PDF kept open and stop the helper process of :meth:`prefetch`."""
        self.close()
        self._helper.stop()

    def source_path(self, record: Mapping[str, Any], provenance: Mapping[str, Any] | None) -> Path | None:
        src = record.get("source") or {}
        names = (self.by_sha.get(src.get("sha256")), (provenance or {}).get("file"), src.get("file"))
        key = tuple(str(n) if n else None for n in names)
        if key not in self._paths:  # each card's findings ask again: the file system once per run
            if len(self._paths) >= MAX_CACHED_PATHS:
                self._paths.clear()
            self._paths[key] = self._find_source(names)
        return self._paths[key]

    def _find_source(self, names: tuple[Any, ...]) -> Path | None:
        for name in names:
            if not name:
                continue
            p = Path(str(name))
            for cand in [p] if p.is_absolute() else [Path.cwd() / p, self.root / p, self.root.parent / p]:
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
                try:  # decoded and split as the reader numbered the lines (a form feed ends no line)
                    text = decode_text(data)
                except DamagedFileError:
                    text = data.decode("utf-8-sig", errors="replace")
                self._text[path] = source_lines(text)
        return self._text[path]

    def _text_evidence(
        self,
        path: Path,
        record: Mapping[str, Any],
        location: str | None,
        provenance: Mapping[str, Any] | None,
        figures: Sequence[str] = (),
    ) -> Evidence:
        """The flagged line with one line of context: the item's own provenance line when it has
        one; when the provenance is its section's, or several items share it, the first line from
        there on holding the item's text."""
        lines = self._lines(path)
        if lines is None:
            return Evidence("none", note=f"source file {path.name} could not be read")
        item = item_location(record, location)
        key = provenance_key(item, provenance)
        prov = ((provenance or {}).get("locations") or {}).get(key, {}) if key else {}
        start, end = prov.get("line_start"), prov.get("line_end")
        start = start if isinstance(start, int) and 1 <= start <= len(lines) else None
        end = end if isinstance(end, int) and start is not None and end >= start else start
        note = "lines from provenance"
        for needle in needles(record, location):
            want = _WS.sub("", needle)
            if not want:
                continue
            span = range((start or 1) - 1, (end or start or 1))
            if start is not None and any(want in _WS.sub("", lines[i]) for i in span if i < len(lines)):
                break  # the provenance line holds the item's text
            for probe in (want, want[:14]):
                hit = next(
                    (i + 1 for i in range((start or 1) - 1, len(lines)) if probe in _WS.sub("", lines[i])),
                    None,
                )
                if hit is not None:
                    start = end = hit
                    note = "line found by searching the source for the record's text"
                    break
            else:
                continue
            break
        if start is None:
            return Evidence("none", note=f"no line number for {location} in {path.name}")
        lo, hi = max(1, start - CONTEXT_LINES), min(len(lines), (end or start) + CONTEXT_LINES)
        shown = [(n, quoted_line(lines[n - 1]), start <= n <= (end or start)) for n in range(lo, hi + 1)]
        return Evidence(
            "lines",
            note=f"{path.name}, {note}",
            lines=shown,
            marks=_marks(shown, figures, prov.get("columns") if start == prov.get("line_start") else None),
        )

    def _pdf_evidence(
        self, path: Path, location: str | None, provenance: Mapping[str, Any] | None
    ) -> Evidence:
        region = pdf_region(location, provenance)
        if region is None:
            return Evidence("none", note="no page for this location")
        page, mark, table = region
        key = (str(path), page, mark, table)
        where = f" region {', '.join(f'{v:.0f}' for v in mark)}" if mark else ""
        if key not in self._shown:
            if (
                self._shown_bytes >= self.max_image_bytes
            ):  # the report's size stays bounded: a note, not an image
                return Evidence(
                    "none",
                    note=f"{path.name} page {page}{where}: not shown, the report's evidence "
                    f"images reached their budget of {self.max_image_bytes:,} bytes",
                )
            if key not in self._images:
                self._images[key] = self._render(path, page, mark, table)
            self._shown.add(key)
            self._shown_bytes += self._bytes(self._images[key])
        image = self._images[key]
        if image is None:
            return Evidence("none", note=f"page {page} of {path.name} could not be rendered")
        return Evidence(
            "image",
            note=f"{path.name} page {page}{where}",
            image=image,
            page=page,
            bbox=list(mark) if mark else None,
        )

    def _bytes(self, rel: str | None) -> int:
        """The size of a rendered image (0 for none)."""
        try:
            return (self.report_dir / rel).stat().st_size if rel else 0
        except OSError:
            return 0

    def _render(
        self, path: Path, page: int, box: tuple[float, ...] | None, table: tuple[float, ...] | None = None
    ) -> str | None:
        """A PNG of the flagged region (``box`` outlined) at :data:`CROP_DPI`, cropped to the row
        with the table's width and, when near, its header rows; without a box, the whole page."""
        from pledgecard.validate.pdfpage import crop_image

        digest = hashlib.sha1(repr((str(path), page, box, table)).encode()).hexdigest()[:16]
        rel = f"evidence/{digest}.png"
        try:
            pdf = self._open_pdf(path)
            if not 1 <= page <= len(pdf.pages):
                return None
            pg = pdf.pages[page - 1]
            width, height = float(pg.width), float(pg.height)
            if box:
                x0, x1 = (table[0], table[2]) if table else (box[0], box[2])
                top = table[1] if table and box[1] - table[1] <= HEADER_REACH else box[1]
                region = (
                    max(0.0, x0 - CROP_MARGIN),
                    max(0.0, top - CROP_MARGIN),
                    min(width, x1 + CROP_MARGIN),
                    min(height, box[3] + CROP_MARGIN),
                )
                im = crop_image(pg, region, CROP_DPI)  # pg.crop(region).to_image(resolution=CROP_DPI)
                im.draw_rect(box, fill=(255, 200, 0, 60), stroke=(220, 0, 0), stroke_width=3)
            else:
                side = max(width, height, 1.0)
                im = pg.to_image(resolution=max(6.0, min(72.0, 72.0 * MAX_IMAGE_PX / side)))
            buf = io.BytesIO()
            im.save(buf, format="PNG")
            # no fsync of its own: like the card pages, rewritten on every run; the index is the commit point
            atomic_write_bytes(self.report_dir / rel, buf.getvalue(), durable=False)
        except Exception as exc:  # noqa: BLE001 - a damaged PDF must not stop the report
            log.debug("cannot render %s page %s: %s", path, page, exc)
            self.close()
            return None
        return rel

    def _paragraph_evidence(
        self,
        record: Mapping[str, Any],
        location: str | None,
        provenance: Mapping[str, Any] | None,
        fmt: str,
        figures: Sequence[str] = (),
    ) -> Evidence | None:
        """The HWP/HWPX paragraph holding what ``location`` names, with its neighbours."""
        path = self.source_path(record, provenance)
        if path is None:
            return None
        found = self.paragraphs.find(
            path, fmt, needles(record, location), provenance_entry(location, provenance, having="paragraph")
        )
        if found is None:
            return None
        lines, how = found
        shown = [(n, clean_text(text, one_line=True)[0], hit) for n, text, hit in lines]
        return Evidence(
            "lines",
            note=f"{path.name}, paragraphs in reading order: {how}",
            lines=shown,
            unit="paragraph",
            marks=_marks(shown, figures, None),
        )

    def _row_evidence(
        self, record: Mapping[str, Any], provenance: Mapping[str, Any] | None, fmt: str, cell: str | None
    ) -> Evidence | None:
        """The cited cell's row of an HWP/HWPX table quoted as printed, under the table's head."""
        path = self.source_path(record, provenance) if cell else None
        found = self.rows.row(path, fmt, cell) if path is not None else None
        if found is None:
            return None
        table, highlight = found
        return Evidence(
            "cells",
            note=f"{path.name}, table cell {cell} and its row as printed, under the table's "  # type: ignore[union-attr]
            "head",
            table=table,
            highlight=highlight,
        )

    def image_key(
        self, record: Mapping[str, Any], location: str | None, provenance: Mapping[str, Any] | None
    ) -> ImageKey | None:
        """The image :meth:`find` renders (or takes from its cache) for this finding, or ``None``
        when it shows no PDF region (the same tests as :meth:`find`, in the same order)."""
        fmt = (record.get("source") or {}).get("format") or (provenance or {}).get("format")
        if evidence_of(fmt) != "image":
            return None
        path = self.source_path(record, provenance)
        region = pdf_region(location, provenance) if path is not None else None
        return None if region is None else (str(path), *region)

    def prefetch(
        self, wanted: Iterable[tuple[Mapping[str, Any], str | None, Mapping[str, Any] | None]]
    ) -> None:
        """Render ahead, shared with a helper process, the images that :meth:`find` will ask for
        next: ``wanted`` holds the ``(record, location, provenance)`` of the coming findings, in
        the order ``find`` will be called. The images are the same files made by the same
        :meth:`_render`; what the helper cannot render is rendered by ``find`` as before."""
        keys: list[ImageKey] = []
        asked: list[ImageKey] = []  # every image find will ask for, in its order
        seen: set[ImageKey] = set()
        left = self.max_image_bytes - self._shown_bytes
        room = left // MIN_IMAGE_BYTES + 1 if left > 0 else 0  # (the image crossing the budget still shown)
        for record, location, provenance in wanted:
            key = self.image_key(record, location, provenance)
            if key is None or key in seen:
                continue
            seen.add(key)
            asked.append(key)
            if key in self._images:
                continue
            if len(keys) >= room:
                break  # more than the budget left could show
            keys.append(key)
        if len(keys) < PREFETCH_MIN or not self._helper.start():
            return
        mine, theirs = keys[: len(keys) // 2], keys[len(keys) // 2 :]
        future = self._helper.submit(_render_keys, self.root, self.report_dir, theirs)
        for key in mine:
            self._images[key] = self._render(Path(key[0]), *key[1:])
        done = self._helper.result(future)
        if done is not None:
            self._images.update(zip(theirs, done, strict=True))
        self._unshown(asked, set(keys))

    def _unshown(self, asked: list[ImageKey], rendered: set[ImageKey]) -> None:
        """The images rendered ahead that :meth:`find`, asking for ``asked`` in turn, will not show (the budget
        reached before them) removed, files and all: the report is the same with or without prefetch."""
        used, shown = self._shown_bytes, set(self._shown)
        for i, key in enumerate(asked):
            if key in shown:
                continue
            if used >= self.max_image_bytes:
                for late in asked[i:]:
                    if late in rendered and late not in shown:
                        rel = self._images.pop(late, None)
                        if rel:
                            (self.report_dir / rel).unlink(missing_ok=True)
                return
            shown.add(key)
            used += self._bytes(self._images.get(key))

    def start_helper(self) -> None:
        """Start the helper process of :meth:`prefetch` now (its imports overlap other work)."""
        self._helper.start()

    def find(
        self,
        record: Mapping[str, Any],
        location: str | None,
        provenance: Mapping[str, Any] | None,
        figures: Sequence[str] = (),
    ) -> Evidence:
        """The evidence of a finding at ``location`` (:func:`~pledgecard.validate.evidence_locate.located`);
        ``figures``: the texts its figure may be printed as, marked in a quoted line."""
        prov = provenance_entry(location, provenance)
        fmt = (record.get("source") or {}).get("format") or (provenance or {}).get("format")
        shown = evidence_of(fmt)
        if shown == "cells" and location == SOURCE_KEY and prov.get("cell"):
            row = self._row_evidence(record, provenance, str(fmt), prov.get("cell"))
            if row is not None:
                return row
        if shown == "cells":
            cells = table_evidence(record, location)
            if cells is not None:
                where = f"table cell {prov['cell']}" if prov.get("cell") else "table"
                return Evidence(
                    "cells",
                    note=f"{where}, redrawn from the record",
                    table=cells["table"],
                    highlight=cells["highlight"],
                )
            paragraphs = self._paragraph_evidence(record, location, provenance, fmt, figures)
            if paragraphs is not None:
                return paragraphs
            cell = prov.get("cell")
            para = [f"{k} {prov[k]}" for k in ("section", "paragraph") if prov.get(k) is not None]
            if cell or para:
                return Evidence("cell", note=", ".join(para), cell=cell)
            return Evidence("none", note="no cell address for this location")
        path = self.source_path(record, provenance)
        if path is None:
            return Evidence("none", note="source file not found")
        if shown == "image":
            return self._pdf_evidence(path, location, provenance)
        return self._text_evidence(path, record, location, provenance, figures)


def _marks(
    shown: list[tuple[int, str, bool]], figures: Sequence[str], columns: Any
) -> dict[int, tuple[int, int]]:
    """The figure's characters in each highlighted line of ``shown`` that prints it."""
    out = {}
    for n, text, hit in shown:
        span = mark(text, figures, columns if isinstance(columns, list | tuple) else None) if hit else None
        if span is not None:
            out[n] = span
    return out
