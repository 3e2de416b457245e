"""Open an HWPX package safely: bounded zip reads, section order, hardened XML parsing.

Nothing is extracted to disk. Entry names with ``..`` or an absolute path are ignored; every
entry read is checked against ``limits.max_unpacked_bytes`` (declared size, compression ratio and
the bytes actually inflated); XML is parsed without entity resolution, DTD loading or network
access, and a document that declares entities is refused.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from pledgecard.errors import DamagedFileError, EncryptedFileError, LimitExceededError, UnsupportedFormatError
from pledgecard.extract.limits import Limits

OPF = "http://www.idpf.org/2007/opf/"
_SECTION = re.compile(r"Contents/section(\d+)\.xml", re.IGNORECASE)
_MAX_RATIO = 200  # an entry inflating more than this many times its stored size is a zip bomb
_RATIO_FLOOR = 1024 * 1024  # ... once it is over 1 MiB (tiny XML parts compress very well)
_CHUNK = 1024 * 1024


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class HwpxPackage:
    """The zip archive of one HWPX file, with a decompression budget shared by all reads."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
            raise DamagedFileError(f"damaged zip archive: {_short(exc)}") from exc
        self.limit = limits.max_unpacked_bytes
        self.left = self.limit
        self.entries = {i.filename: i for i in infos if _safe_name(i.filename) and not i.is_dir()}

    def close(self) -> None:
        self.zf.close()

    # -- what the package is ---------------------------------------------------------------

    def check_kind(self) -> None:
        """Raise if the zip is not an HWPX document or is encrypted."""
        if not self.section_names():
            raise UnsupportedFormatError(
                f"a zip archive that is not HWPX ({self._what()}no Contents/section*.xml)"
            )
        manifest = self.entries.get("META-INF/manifest.xml")
        if manifest is not None and b"encryption-data" in self.read(manifest.filename):
            raise EncryptedFileError("HWPX is password-protected")

    def _what(self) -> str:
        names = set(self.entries)
        if "word/document.xml" in names:
            return "a Word document, "
        if "xl/workbook.xml" in names:
            return "an Excel workbook, "
        if "ppt/presentation.xml" in names:
            return "a PowerPoint presentation, "
        if "content.xml" in names and "mimetype" in names:
            return "an OpenDocument file, "
        return ""

    def section_names(self) -> list[str]:
        """Body sections in reading order: the content.hpf spine when it has one, else by number."""
        numbered = sorted(
            ((int(m.group(1)), name) for name in self.entries if (m := _SECTION.fullmatch(name))),
        )
        by_number = [name for _, name in numbered]
        spine = self._spine()
        if spine:
            ordered = [n for n in spine if n in self.entries]
            return ordered + [n for n in by_number if n not in ordered]
        return by_number

    def _spine(self) -> list[str]:
        name = next((n for n in self.entries if n.lower() == "contents/content.hpf"), None)
        if name is None:
            return []
        try:
            root = self.xml(name)
        except DamagedFileError:
            return []  # a broken manifest: fall back to section numbers
        hrefs = {}
        for item in root.iter(f"{{{OPF}}}item"):
            item_id, href = item.get("id"), item.get("href")
            if item_id and href:
                href = href.lstrip("/")
                # hrefs are package paths; a few writers make them relative to Contents/
                if href not in self.entries and f"Contents/{href}" in self.entries:
                    href = f"Contents/{href}"
                hrefs[item_id] = href
        out: list[str] = []
        for ref in root.iter(f"{{{OPF}}}itemref"):
            href = hrefs.get(ref.get("idref") or "")
            if href and _SECTION.fullmatch(href):
                out.append(href)
        return out

    # -- bounded reads ---------------------------------------------------------------------

    def read(self, name: str) -> bytes:
        """The bytes of one entry, refusing zip bombs before and while inflating."""
        info = self.entries[name]
        if info.file_size > self.left:
            raise LimitExceededError(
                f"zip entry {name} declares {info.file_size:,} bytes, over the unpacked limit of {self.limit:,}"
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
            raise LimitExceededError(
                f"zip entry {name} inflates {info.file_size // max(info.compress_size, 1):,} times: refused as a zip bomb"
            )
        out = bytearray()
        try:
            with self.zf.open(info) as fp:
                while chunk := fp.read(min(_CHUNK, self.left + 1 - len(out))):
                    out += chunk
                    if len(out) > self.left:
                        raise LimitExceededError(
                            f"zip entry {name} inflates past the unpacked limit of {self.limit:,}"
                        )
        except LimitExceededError:
            raise
        except RuntimeError as exc:  # an encrypted zip entry
            raise EncryptedFileError(f"zip entry {name} is encrypted") from exc
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise DamagedFileError(f"damaged zip entry {name}: {_short(exc)}") from exc
        except Exception as exc:  # noqa: BLE001 - zlib.error and friends from a corrupt stream
            raise DamagedFileError(f"damaged zip entry {name}: {_short(exc)}") from exc
        self.left -= len(out)
        return bytes(out)

    def xml(self, name: str) -> etree._Element:
        """Parse one entry as XML with the hardened parser."""
        data = self.read(name)
        if b"<!ENTITY" in data:
            raise DamagedFileError(f"XML with entity declarations refused ({name})")
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            raise DamagedFileError(f"malformed XML in {name}: {_short(exc)}") from exc
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None and list(dtd.iterentities()):
            raise DamagedFileError(f"XML with entity declarations refused ({name})")
        return root


def _safe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return False
    return ".." not in re.split(r"[\\/]", name)


def _short(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {msg[:160]}" if msg else type(exc).__name__
