"""Runs of characters printed struck through (취소선): a revised card keeps a superseded figure, date or
word in place with a line through it and prints the one in force after it. A struck run is no content:
every reader that can see the strikeout (an HWPX ``hh:charPr`` with a ``hh:strikeout`` shape, an HWP 5
char shape's strikeout bits, a PDF line drawn through a run's glyphs) leaves it out of its blocks and
keeps it in :attr:`Document.struck`, said once in the document's notes (:func:`struck_note`).

A text dump cannot show a strikeout: both figures stand there side by side; the sections leave such a
cell unread (``extract.figures_superseded``, :mod:`extract.superseded`)."""

from __future__ import annotations

from pledgecard.extract.document import Source

# HWP 5 char shape attribute bits (표 35): bits 2-3 the underline's kind, 2 a line through the middle (the
# old strikeout, which pyhwp's CharShape.Underline names LINE_THROUGH); bits 18-20 the strikeout
HWP_UNDERLINE_THROUGH = 2
HWP_STRIKE_BITS = 0x7 << 18


def hwp_struck(flags: int) -> bool:
    """Whether an HWP 5 char shape (its ``charshapeflags``) prints its characters struck through."""
    return bool(flags & HWP_STRIKE_BITS) or (flags >> 2) & 0x3 == HWP_UNDERLINE_THROUGH


def hwpx_struck(shape: str | None) -> bool:
    """Whether an HWPX ``hh:strikeout`` of this ``shape`` draws a line (``NONE``: no strikeout)."""
    return bool(shape) and shape.upper() not in ("NONE", "")


def struck_note(struck: list[tuple[str, Source]]) -> list[str]:
    """The document's note on its struck runs (none when it has none)."""
    texts = [t.strip() for t, _ in struck if t.strip()]
    if not texts:
        return []
    shown = ", ".join(texts[:8]) + (" ..." if len(texts) > 8 else "")
    return [f"{len(texts)} runs printed struck through (superseded, left out): {shown}"]
