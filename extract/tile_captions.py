"""Key-fact tiles: a slide's row of boxes, each a figure over its caption (``225.38억원`` over ``총사업비``,
``'22.7월～'28.2월`` over ``사업기간``, ``일부추진`` over ``추진상황``). A caption naming a section (``추진상황``) is
the tile's label, no heading: the drawing proves it, the caption standing in a row of lines on one baseline, each
centred under a line of the row right above it (:func:`tile_captions`), each a caption of that line
(extract/captions.py, the test the dumps' captions share)."""

from __future__ import annotations

from pledgecard.extract.captions import caption_label, captioned_value
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line

ALIGN = 2.0  # points: a caption's centre this close to its figure's
ROW = 1.0  # points: lines whose tops differ by less stand on one baseline


def _box(line: Line) -> tuple[int, float, float, float, float] | None:
    src = line.source
    if src is None or src.bbox is None or src.page is None:
        return None
    return (src.page, *src.bbox)


def _centre(box: tuple[int, float, float, float, float]) -> float:
    return (box[1] + box[3]) / 2


def tile_captions(lines: list[tuple[int, Line]]) -> set[int]:
    """The indices (as given) of lines that are captions of a row of tiles: two or more lines on one baseline,
    each centred under one line of a row of as many lines on one baseline right above them (no line between, the
    gap under the figures less than a caption's height twice), each a caption of the line over it
    (:func:`captions_of`: short labels, most under a figure or a status word); or each centred over one line of
    such a row right below them, the tile printing its caption first (mutant 3136)."""
    boxed = [(k, it, b) for k, it in lines if (b := _box(it)) is not None]
    rows: list[list[tuple[int, Line, tuple[int, float, float, float, float]]]] = []
    for x in sorted(boxed, key=lambda x: (x[2][0], x[2][2], x[2][1])):
        if rows and rows[-1][0][2][0] == x[2][0] and abs(rows[-1][0][2][2] - x[2][2]) < ROW:
            rows[-1].append(x)
        else:
            rows.append([x])
    out: set[int] = set()
    for above, row in zip(rows, rows[1:], strict=False):
        if len(row) < 2 or len(above) != len(row):
            continue
        gap = row[0][2][2] - max(b[4] for _, _, b in above)
        # the captions under their figures, or over them (a tile printed caption first: 총사업비 over 159.07억원)
        for values, captions in ((above, row), (row, above)):
            if _captioned(values, captions, gap):
                out |= {k for k, _, _ in captions}
    return out


Boxed = tuple[int, Line, tuple[int, float, float, float, float]]


def _captioned(values: list[Boxed], captions: list[Boxed], gap: float) -> bool:
    """Whether each of ``captions`` is centred on one of ``values`` (as many, one row each) and captions it, the
    rows ``gap`` apart, less than a caption's height twice (the captions' own height, over or under the figures)."""
    if not 0 <= gap < 2 * max(b[4] - b[2] for _, _, b in captions):
        return False
    values = sorted(values, key=lambda x: _centre(x[2]))
    captions = sorted(captions, key=lambda x: _centre(x[2]))
    pairs = [(a[1], c[1]) for a, c in zip(values, captions, strict=True)]
    return all(
        abs(_centre(a[2]) - _centre(c[2])) <= ALIGN for a, c in zip(values, captions, strict=True)
    ) and captions_of(pairs)


def captions_of(pairs: list[tuple[Line, Line]]) -> bool:
    """Whether a row of lines, each under its value, are that row's captions: every one a caption's label
    (:func:`~pledgecard.extract.captions.caption_label`), the value over one naming a section (추진상황) a figure or
    a status word, and more than half the values so (a tile may hold words, ``시 전역 일원``; labels printed over
    their values have figures under them, no caption's label)."""
    if not all(caption_label(c) for _, c in pairs):
        return False
    if any(section_of(c.full_text) is not None and not captioned_value(v) for v, c in pairs):
        return False
    return 2 * sum(captioned_value(v) for v, _ in pairs) > len(pairs)
