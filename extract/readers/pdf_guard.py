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
    """Total inflated size of the file's Flate streams; LimitExceededError past ``budget``."""
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        head = data[max(0, m.start() - 1024): m.start()]
        if b"/FlateDecode" not in head[head.rfind(b"<<"):] and b"/Fl " not in head and b"/Fl/" not in head:
            continue
        d = zlib.decompressobj()
        chunk = data[m.end(): end]
        try:
            while chunk:
                out = d.decompress(chunk, _CHUNK)
                total += len(out)
                if total > budget:
                    raise LimitExceededError(
                        f"PDF streams unpack to over {budget:,} bytes (limit); refusing a possible stream bomb"
                    )
                if not out and not d.unconsumed_tail:
                    break
                chunk = d.unconsumed_tail
        except zlib.error:
            continue  # a broken stream is pdfminer's to report
    return total
