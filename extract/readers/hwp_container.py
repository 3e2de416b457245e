"""Open an HWP 5 file's OLE2 container: check its FileHeader, decrypt and decompress its streams.

pyhwp (``hwp5``) supplies the FileHeader layout and the distribution-document decoder; the
streams are read here through ``olefile`` so that every decompression is bounded by
``limits.max_unpacked_bytes`` and a corrupt stream raises instead of passing through raw.
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from dataclasses import dataclass, field

import olefile

from pledgecard.errors import DamagedFileError, EncryptedFileError, LimitExceededError, UnsupportedFormatError
from pledgecard.extract.limits import Limits

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP3_MAGIC = b"HWP Document File V3"
HWP5_SIGNATURE = b"HWP Document File"
DISTDOC_NOTE = "distribution document read through ViewText"

# OLE2 stream names that say which other program wrote the file.
_OTHER_OLE = (
    ("WordDocument", "a Word document"),
    ("Workbook", "an Excel workbook"),
    ("Book", "an Excel workbook"),
    ("PowerPoint Document", "a PowerPoint presentation"),
)

for _name in ("hwp5", "olefile"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(slots=True)
class HwpContainer:
    """The decoded streams of one HWP 5 file."""

    version: tuple[int, int, int, int]
    compressed: bool
    distributable: bool
    docinfo: bytes
    sections: list[bytes]
    notes: list[str] = field(default_factory=list)


class _Budget:
    """Bytes left to decompress for this file."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise LimitExceededError(f"decompressed HWP streams exceed the limit of {self.limit:,} bytes")


def open_container(data: bytes, limits: Limits) -> HwpContainer:
    """Check the file and return its decoded DocInfo and body sections in order."""
    if data.startswith(HWP3_MAGIC):
        raise UnsupportedFormatError("HWP 3.x is not supported; save it as HWP 5 or HWPX")
    if not data.startswith(OLE2_MAGIC):
        raise UnsupportedFormatError("not an HWP 5 file (no OLE2 compound file header)")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - olefile raises OSError, struct.error, IndexError...
        raise DamagedFileError(f"damaged OLE2 container: {_short(exc)}") from exc
    try:
        return _read_container(ole, limits)
    finally:
        ole.close()


def _read_container(ole: olefile.OleFileIO, limits: Limits) -> HwpContainer:
    if not ole.exists("FileHeader"):
        entries = ole.listdir(streams=True, storages=True)
        if not entries:  # a broken FAT or directory leaves nothing readable
            raise DamagedFileError("damaged OLE2 container: no readable streams (broken FAT or directory)")
        if ole.exists("BodyText") or ole.exists("DocInfo"):
            raise DamagedFileError("damaged HWP: the FileHeader stream is missing")
        what = next((desc for name, desc in _OTHER_OLE if ole.exists(name)), None)
        kind = f"{what}, " if what else ""
        raise UnsupportedFormatError(f"an OLE2 file that is not HWP ({kind}no FileHeader stream)")
    header = _read_stream(ole, "FileHeader", limit=4096)
    if len(header) < 40 or not header.startswith(HWP5_SIGNATURE):
        raise DamagedFileError("HWP FileHeader is damaged (bad signature)")
    version, flags = _parse_header(header)
    if version[0] != 5:
        raise UnsupportedFormatError(f"HWP version {'.'.join(map(str, version))} is not supported")
    if flags["password"]:
        raise EncryptedFileError("HWP is password-protected")
    if flags["drm"] or flags["cert_drm"]:
        raise EncryptedFileError("HWP is DRM-protected")
    budget = _Budget(limits.max_unpacked_bytes)
    compressed = bool(flags["compressed"])
    distributable = bool(flags["distributable"])
    notes: list[str] = []
    storage = "BodyText"
    if distributable and _section_names(ole, "ViewText"):
        storage = "ViewText"
        notes.append(DISTDOC_NOTE)
    names = _section_names(ole, storage)
    if not names:
        raise DamagedFileError(f"HWP has no {storage} sections")
    docinfo = b""
    if ole.exists("DocInfo"):
        try:
            docinfo = _decode(ole, "DocInfo", compressed, False, budget)
        except DamagedFileError:  # it only gives paragraph margins: the body can still be read
            notes.append("DocInfo stream unreadable: indents from leading spaces only")
    sections = [_decode(ole, name, compressed, storage == "ViewText", budget) for name in names]
    return HwpContainer(version, compressed, distributable, docinfo, sections, notes)


def _parse_header(header: bytes) -> tuple[tuple[int, int, int, int], dict[str, int]]:
    from hwp5.bintype import read_type
    from hwp5.filestructure import FileHeader

    value = read_type(FileHeader, {}, io.BytesIO(header[:256].ljust(256, b"\0")))
    flags = FileHeader.Flags.dictvalue(value["flags"])
    return tuple(value["version"]), flags


def _section_names(ole: olefile.OleFileIO, storage: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for entry in ole.listdir(streams=True, storages=False):
        if len(entry) == 2 and entry[0] == storage:
            m = re.fullmatch(r"Section(\d+)", entry[1])
            if m:
                found.append((int(m.group(1)), f"{storage}/{entry[1]}"))
    return [name for _, name in sorted(found)]


def _read_stream(ole: olefile.OleFileIO, name: str, *, limit: int | None = None) -> bytes:
    try:
        with ole.openstream(name) as fp:
            return fp.read() if limit is None else fp.read(limit)
    except Exception as exc:  # noqa: BLE001 - olefile's errors on a damaged sector chain vary
        raise DamagedFileError(f"damaged OLE2 stream {name}: {_short(exc)}") from exc


def _decode(ole: olefile.OleFileIO, name: str, compressed: bool, encrypted: bool, budget: _Budget) -> bytes:
    raw = _read_stream(ole, name)
    if encrypted:
        raw = _decrypt_distdoc(raw, name)
    if not compressed:
        budget.take(len(raw))
        return raw
    return _inflate(raw, name, budget)


def _decrypt_distdoc(raw: bytes, name: str) -> bytes:
    from hwp5.distdoc import decode

    try:
        return decode(io.BytesIO(raw)).read()
    except NotImplementedError as exc:
        raise EncryptedFileError("distribution document: no AES decryption available") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged key record or a ciphertext of the wrong length
        raise DamagedFileError(f"cannot decrypt distribution document stream {name}: {_short(exc)}") from exc


def _inflate(raw: bytes, name: str, budget: _Budget) -> bytes:
    dec = zlib.decompressobj(-15)
    try:
        out = dec.decompress(raw, budget.left + 1)
    except zlib.error as exc:
        raise DamagedFileError(f"corrupt compressed stream {name}: {exc}") from exc
    budget.take(len(out))
    if dec.unconsumed_tail:  # more output than the budget allows
        budget.take(budget.left + 1)
    if not dec.eof:
        raise DamagedFileError(f"compressed stream {name} is truncated")
    return out


def _short(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {msg[:160]}" if msg else type(exc).__name__
