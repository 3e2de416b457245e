"""Zip archives written byte by byte, so that a test can lie in them: zip bombs whose deflate stream
is repeated rather than computed, headers that understate the size, entry names with ``../``."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

STORED, DEFLATED = 0, 8
HWPX_MIMETYPE = b"application/hwp+zip"


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One zip member: ``data`` is already compressed with ``method``."""

    name: str
    data: bytes
    crc: int
    size: int  # uncompressed size written in the headers
    method: int = DEFLATED


def deflate(data: bytes) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


def entry(name: str, data: bytes, *, method: int = DEFLATED) -> RawEntry:
    """An honest member holding ``data``."""
    packed = deflate(data) if method == DEFLATED else data
    return RawEntry(name, packed, zlib.crc32(data), len(data), method)


def _gf2_times(mat: Sequence[int], vec: int) -> int:
    out, i = 0, 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec >>= 1
        i += 1
    return out


def _gf2_square(mat: Sequence[int]) -> list[int]:
    return [_gf2_times(mat, mat[i]) for i in range(32)]


def crc32_of_zeros(n: int) -> int:
    """``zlib.crc32(bytes(n))`` without touching ``n`` bytes (zlib's crc32_combine operator)."""
    op = [0xEDB88320] + [1 << i for i in range(31)]  # one zero bit
    for _ in range(3):  # one zero byte
        op = _gf2_square(op)
    reg = 0xFFFFFFFF
    while n:
        if n & 1:
            reg = _gf2_times(op, reg)
        op = _gf2_square(op)
        n >>= 1
    return reg ^ 0xFFFFFFFF


def zero_bomb(name: str, size: int, *, declared: int | None = None) -> RawEntry:
    """A member inflating to ``size`` zero bytes, built from one self-contained deflate chunk
    repeated: ``size`` must be a multiple of 1 MiB. ``declared`` overrides the size in the headers
    (a lying header); the CRC is always that of the real content."""
    mib = 1 << 20
    if size % mib:
        raise ValueError("size must be a multiple of 1 MiB")
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = co.compress(bytes(mib)) + co.flush(zlib.Z_FULL_FLUSH)  # no back-references across chunks
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    data = chunk * (size // mib) + final
    return RawEntry(name, data, crc32_of_zeros(size), size if declared is None else declared)


def build_zip(entries: Sequence[RawEntry]) -> bytes:
    """A zip archive (no zip64: every size must fit in 32 bits) of ``entries`` in order."""
    body = bytearray()
    central = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        flags = 0x800  # names are UTF-8
        offset = len(body)
        body += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, flags, e.method, 0, 0x21, e.crc, len(e.data), e.size, len(name), 0
        )
        body += name + e.data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            e.method,
            0,
            0x21,
            e.crc,
            len(e.data),
            e.size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + eocd)


SECTION_NS = (
    'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"'
)


def section_xml(paragraphs: Sequence[str], *, prolog: str = "") -> bytes:
    """An OWPML body section: one ``hp:p`` per paragraph (text is inserted as given, so it may hold
    entity references); ``prolog`` goes between the XML declaration and the root (a DOCTYPE)."""
    ps = "".join(f'<hp:p id="{i}"><hp:run><hp:t>{t}</hp:t></hp:run></hp:p>' for i, t in enumerate(paragraphs))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<hs:sec {SECTION_NS}>{ps}</hs:sec>'
    ).encode()


def hwpx(sections: Sequence[bytes | RawEntry], *, extra: Sequence[RawEntry] = ()) -> bytes:
    """A bare HWPX package: ``mimetype`` (stored, first) and ``Contents/section<i>.xml``."""
    members = [entry("mimetype", HWPX_MIMETYPE, method=STORED)]
    for i, sec in enumerate(sections):
        members.append(sec if isinstance(sec, RawEntry) else entry(f"Contents/section{i}.xml", sec))
    return build_zip([*members, *extra])
