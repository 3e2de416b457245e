"""Whether the figures being read came from OCR: a comma may then have been read as a digit or a point.

Class of card fixed (session 36, mendc): a text card (typed, not scanned) printing a part ungrouped among grouped
siblings (``도비 17939`` beside ``3,721``) had the digit where a comma would stand dropped so that its parts met a
total they did not meet (1,939 백만원, never printed). Readings of a misread comma are OCR's errors only: they are
offered while a card read by OCR is extracted (:func:`reading_ocr`, set by the card extraction from the document's
OCR pages), never for a card whose text layer prints the figure as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_OCR: ContextVar[bool] = ContextVar("pledgecard_ocr_reading", default=False)


def ocr_read() -> bool:
    """Whether the card being extracted was read, in part at least, by OCR."""
    return _OCR.get()


@contextmanager
def reading_ocr(on: bool) -> Iterator[None]:
    """Figures read inside the block come from OCR (``on``) or from a text layer (not)."""
    token = _OCR.set(on)
    try:
        yield
    finally:
        _OCR.reset(token)
