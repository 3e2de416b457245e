"""A PDF file written from its objects, as the generator's hand-made PDFs (a searchable scan's word layer) and the
tests' small PDFs need it: the objects numbered from 1 in order, a cross-reference table, a trailer naming the root."""

from __future__ import annotations

import io
from collections.abc import Sequence

HEADER = b"%PDF-1.4\n"


def pdf_file(objects: Sequence[bytes], root: int, *, header: bytes = HEADER) -> bytes:
    """The bytes of a PDF whose objects are ``objects`` (object ``n`` is ``objects[n - 1]``), its catalog ``root``."""
    out = io.BytesIO()
    out.write(header)
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()
