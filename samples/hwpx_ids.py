"""python-hwpx's output made reproducible: the same records write the same HWPX and HWP bytes every time.

python-hwpx draws every new paragraph, object and memo id from ``uuid4`` (``hwpx.oxml._document_primitives``),
and stamps a memo with the time it was made. :func:`reproducible` draws the ids from a generator seeded by a
fixed seed for the document's writing (through the library's own patch seam, ``hwpx.oxml._document_impl.uuid4``),
and :data:`MEMO_TIME` is the one time every memo is stamped with. Ids stay unique within a document as before
(31 random bits each); they repeat across documents, which nothing reads."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

SEED = "pledgecard-samples"
MEMO_TIME = "2024-01-01T00:00:00Z"  # a memo's creation time (python-hwpx's ISO form, UTC)


@contextmanager
def reproducible(seed: str = SEED) -> Iterator[None]:
    """Inside: python-hwpx's new ids the same sequence on every run (seeded by ``seed``); the library's own
    ``uuid4`` put back after, whatever happens."""
    from hwpx.oxml import _document_impl

    rng = random.Random(seed)
    real = _document_impl.uuid4
    _document_impl.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)
    try:
        yield
    finally:
        _document_impl.uuid4 = real
