"""Refuse PDF stream bombs before pdfminer inflates them whole.

pdfminer decompresses each stream in one piece, so a 2 MB file whose page stream inflates to
gigabytes would exhaust memory. Every Flate stream is inflated here first, in bounded steps,
against the ``max_unpacked_bytes`` budget of the whole file.
"""

from __future__ import annotations

import re
import zlib

from pledgecard.errors import LimitExceededError

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 20


def check_unpacked_size(data: bytes, budget: int) -> int:
    """Total inflated size of the file's Flate streams; LimitExceededError past ``budget``.

    Terminates on every stream shape: each step either consumes input or produces output, and
    the loop stops at the end of the deflate data (bytes after it, as image streams often have,
    are ignored), at the end of the input, or when a step makes no progress.

    >>> import zlib
    >>> body = zlib.compress(b"x" * 5000) + b"\\n"
    >>> check_unpacked_size(b"<< /Filter /FlateDecode >>stream\\n" + body + b"endstream", 10**6)
    5000
    """
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        head = data[max(0, m.start() - 1024) : m.start()]
        if b"/FlateDecode" not in head[head.rfind(b"<<") :] and b"/Fl " not in head and b"/Fl/" not in head:
            continue
        total += _inflated_size(data[m.end() : end], budget - total)
        if total > budget:
            raise LimitExceededError(
                f"PDF streams unpack to over {budget:,} bytes (limit); refusing a possible stream bomb"
            )
    return total


def _inflated_size(chunk: bytes, budget: int) -> int:
    """Bytes one deflate stream inflates to, stopping just past ``budget``; 0 for a broken one."""
    d = zlib.decompressobj()
    size = 0
    try:
        while chunk and not d.eof:
            out = d.decompress(chunk, _CHUNK)
            size += len(out)
            if size > budget:
                return size
            tail = d.unconsumed_tail
            if not out and len(tail) >= len(chunk):
                break  # no progress: nothing more will come out of this stream
            chunk = tail
    except zlib.error:
        return size  # a broken stream is pdfminer's to report
    return size
