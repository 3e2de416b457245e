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
# old strikeout, which pyhwp's CharShape.Underline names LINE_THROUGH); bits 18-20 the strikeout, bits 26-29 its
# line's shape, 15 (Hancom's "3D") drawing none: Hancom writes it on many an ordinary char shape
HWP_UNDERLINE_THROUGH = 2
HWP_STRIKE_BITS = 0x7 << 18
HWP_STRIKE_SHAPE_SHIFT = 26
HWP_SHAPE_UNDRAWN = 15
# the line shapes an HWPX hh:strikeout draws (OWPML LineType2); NONE and Hancom's "3D" / "4D" stand-ins draw none:
# Hancom's export writes shape="3D" on ordinary body styles (66 of 371 char styles of a ministry's press release)
HWPX_DRAWN = frozenset(
    {
        "SOLID",
        "DOT",
        "THICK",
        "DASH",
        "DASH_DOT",
        "DASH_DOT_DOT",
        "LONG_DASH",
        "CIRCLE",
        "DOUBLE_SLIM",
        "SLIM_THICK",
        "THICK_SLIM",
        "SLIM_THICK_SLIM",
    }
)


def hwp_struck(flags: int) -> bool:
    """Whether an HWP 5 char shape (its ``charshapeflags``) prints its characters struck through."""
    if (flags >> 2) & 0x3 == HWP_UNDERLINE_THROUGH:
        return True
    return bool(flags & HWP_STRIKE_BITS) and (flags >> HWP_STRIKE_SHAPE_SHIFT) & 0xF != HWP_SHAPE_UNDRAWN


def hwpx_struck(shape: str | None) -> bool:
    """Whether an HWPX ``hh:strikeout`` of this ``shape`` draws a line (``NONE``, ``3D``: no strikeout)."""
    return bool(shape) and shape.upper() in HWPX_DRAWN


def struck_note(struck: list[tuple[str, Source]]) -> list[str]:
    """The document's note on its struck runs (none when it has none)."""
    texts = [t.strip() for t, _ in struck if t.strip()]
    if not texts:
        return []
    shown = ", ".join(texts[:8]) + (" ..." if len(texts) > 8 else "")
    return [f"{len(texts)} runs printed struck through (superseded, left out): {shown}"]
