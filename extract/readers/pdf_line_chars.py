"""A PDF page's characters grouped into printed lines: glyph text, rows, segments split at wide
gaps, word anchors, bold faces and markers (:func:`chars_to_lines`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.markers import LABEL_SEPARATORS

Char = Mapping[str, Any]

LOST = "\ufffd"
# Markers printed as symbols: recognised even when glued to the text (□사업개요).
SYMBOL_MARKERS = frozenset("□◦○·※⇨▶■●•▪◆◇❍◎◈➡▷►➢☞◯" + LOST)
# Markers that are also ordinary characters: only with a gap after them (- 항목, * 주석).
SPACED_MARKERS = frozenset("-*ㅇ")
SPACE_RATIO_NO_GLYPHS = 0.1  # word gap / font size in text printed without space glyphs
SPACE_RATIO_WITH_GLYPHS = 0.3  # text with space glyphs: only wide gaps count as extra spaces
ODD_GAP = 0.25  # points: a letter gap this far from the word's usual one sets off a new word
SPACED_TEXT_RATE = 15  # text prints its word spaces: a space glyph between words per 15 characters
_CID = re.compile(r"^\(cid:\d+\)$")


def glyph_text(text: str) -> str:
    """The text of one PDF character; glyphs without a Unicode mapping become U+FFFD."""
    if len(text) == 1:
        return LOST if "\ue000" <= text <= "\uf8ff" else text
    if _CID.match(text):
        return LOST
    return "".join(LOST if "\ue000" <= ch <= "\uf8ff" else ch for ch in text)


def char_size(c: Char) -> float:
    size = float(c.get("size") or 0.0)
    return size if size > 0 else max(float(c["bottom"]) - float(c["top"]), 1.0)


@dataclass(slots=True)
class Line:
    """One printed line (or, after :func:`join_wrapped`, one logical line) of a page or cell."""

    text: str
    marker: str | None
    x0: float
    top: float
    x1: float
    bottom: float
    text_x0: float  # where the text after the marker starts
    size: float
    page: int
    n_lines: int = 1
    context: int = 0  # lines of one frame (a box around text) share a context; the page is 0
    last_top: float = 0.0  # the last printed line of a joined item
    last_bottom: float = 0.0
    last_x1: float = 0.0
    raw: str = ""  # the printed line as it reads, marker included (cell text keeps it)
    row_top: float = 0.0  # top of the visual row: segments printed side by side share it
    bold: bool = False  # most of its ink in a bold face (the font's name says so)
    ink_x0: float = (
        math.inf
    )  # where a logical line's ink starts, left of x0 (its first line's) when a later line is

    @property
    def full_text(self) -> str:
        return f"{self.marker} {self.text}".rstrip() if self.marker else self.text

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """Its box in points: across all of its ink (every printed line of a joined one), top to bottom."""
        return (
            round(min(self.x0, self.ink_x0), 2),
            round(self.top, 2),
            round(self.x1, 2),
            round(self.bottom, 2),
        )


def group_rows(chars: Iterable[Char]) -> list[list[Char]]:
    """Group characters into visual rows: a character joins the row its vertical extent overlaps."""
    rows: list[list[Char]] = []
    top = bottom = 0.0
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        ctop, cbottom = float(c["top"]), float(c["bottom"])
        if rows:
            overlap = min(cbottom, bottom) - max(ctop, top)
            if overlap >= 0.5 * min(cbottom - ctop, bottom - top):
                rows[-1].append(c)
                top, bottom = min(top, ctop), max(bottom, cbottom)
                continue
        rows.append([c])
        top, bottom = ctop, cbottom
    return rows


def printed(chars: Iterable[Char]) -> list[Char]:
    """The characters of ``chars`` that print ink (no space glyphs), in their order."""
    return [c for c in chars if not c["text"].isspace()]


def split_segments(row: list[Char], split_ratio: float | None) -> list[list[Char]]:
    """Order a row left to right and cut it where the gap is wider than ``split_ratio`` x size (but
    before a label separator: a label typed to a tab stop, then ``: value``, is one line)."""
    row = sorted(row, key=lambda c: c["x0"])
    if split_ratio is None:
        return [row]
    segments: list[list[Char]] = [[]]
    last_x1: float | None = None
    for c in row:
        if c["text"].isspace():
            segments[-1].append(c)
            continue
        if (
            last_x1 is not None
            and c["x0"] - last_x1 > split_ratio * char_size(c)
            and c["text"] not in LABEL_SEPARATORS
        ):
            segments.append([])
        segments[-1].append(c)
        last_x1 = c["x1"]
    return [s for s in segments if printed(s)]


def segment_line(seg: Sequence[Char], *, page: int) -> Line | None:
    """Text of one segment with word gaps restored, and its bullet marker split off.

    A segment printed with space glyphs between its words gets extra spaces only at wide
    gaps; one printed without them (a Hangul export; a stray space or two does not count)
    gets a space at every gap wider than a tenth of the font size.
    """
    printed_at = [k for k, c in enumerate(seg) if not c["text"].isspace()]
    inner = seg[printed_at[0] : printed_at[-1]] if printed_at else []
    n_spaces = sum(1 for c in inner if c["text"].isspace())
    spaced = n_spaces > 0 and n_spaces * SPACED_TEXT_RATE >= len(printed_at)
    space_ratio = SPACE_RATIO_WITH_GLYPHS if spaced else SPACE_RATIO_NO_GLYPHS
    out: list[tuple[str, float]] = []  # (text, x0) per emitted piece
    last_x1: float | None = None
    pending_space = False
    for c in seg:
        text = c["text"]
        if text.isspace() or not text:
            pending_space = bool(out)
            continue
        if last_x1 is not None and c["x0"] - last_x1 > space_ratio * char_size(c):
            pending_space = True
        if pending_space and out:
            out.append((" ", c["x0"]))
        pending_space = False
        out.append((glyph_text(text), float(c["x0"])))
        last_x1 = float(c["x1"])
    if not out:
        return None
    marker: str | None = None
    start = 0
    first = out[0][0]
    opening = seg[printed_at[0]]["text"] if printed_at else ""
    if (
        first == LOST
        and len(opening) == 1
        and "\ue000" <= opening <= "\uf8ff"
        and len(out) > 1
        and out[1][0] != LOST
    ):
        # a symbol font's private-use glyph opening the line (before a space or a mapped letter) is a
        # bullet glyph of its own (two of them may mark two levels), not a lost character; a run of
        # them is text in a font without a Unicode map (lost)
        out[0] = (opening, out[0][1])
        first = opening
    if len(first) == 1 and (
        first in SYMBOL_MARKERS
        or "\ue000" <= first <= "\uf8ff"
        or (first in SPACED_MARKERS and len(out) > 1 and out[1][0] == " ")
    ):
        marker = first
        start = 1
        while start < len(out) and out[start][0] == " ":
            start += 1
    text = "".join(t for t, _ in out[start:])
    raw = " ".join("".join(t for t, _ in out).split())
    text_x0 = out[start][1] if start < len(out) else out[0][1]
    ink = printed(seg)
    top = min(float(c["top"]) for c in ink)
    bottom = max(float(c["bottom"]) for c in ink)
    x1 = max(float(c["x1"]) for c in ink)
    sizes = sorted(char_size(c) for c in ink)
    return Line(
        text=" ".join(text.split()),
        marker=marker,
        x0=float(ink[0]["x0"]),
        top=top,
        x1=x1,
        bottom=bottom,
        text_x0=text_x0,
        size=sizes[len(sizes) // 2],
        page=page,
        last_top=top,
        last_bottom=bottom,
        last_x1=x1,
        raw=raw,
        bold=2 * sum(bold_face(c) for c in ink) > len(ink),
    )


BOLD_FACES = ("bold", "black", "heavy", "extrabold", "semibold", "demibold")  # a font name's weight words


def bold_face(c: Char) -> bool:
    """Whether a character is set in a bold face: its font's name says so (``NanumGothic-Bold``,
    ``Malgun Gothic Bold``, ``HYGothic-Extra,Bold``)."""
    name = str(c.get("fontname") or "").lower()
    return any(w in name for w in BOLD_FACES)


def word_anchors(chars: Sequence[Char]) -> list[float]:
    """For each character, the x centre of the first character of the word it belongs to.

    A word is a run of characters drawn one after the other (content order) on one baseline
    with no word gap between them and evenly spaced; a character drawn back over the previous
    one, or set off by a gap unlike the others, starts a new word. Numbers too wide for their
    cell run on into the next one: placing a word by its first character keeps it in the cell
    it was written in (and splitting at odd gaps costs nothing inside one cell).
    """
    runs: list[list[int]] = []
    prev: Char | None = None
    for k, c in enumerate(chars):
        x0 = float(c["x0"])
        if (
            prev is not None
            and not c["text"].isspace()
            and not prev["text"].isspace()
            and abs(float(c["top"]) - float(prev["top"])) <= 0.5
            and -0.5 <= x0 - float(prev["x1"]) <= SPACE_RATIO_NO_GLYPHS * char_size(c)
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
        prev = c
    out = [0.0] * len(chars)
    for run in runs:
        odd = odd_gaps([chars[k] for k in run])
        anchor = 0.0
        for n, k in enumerate(run):
            if n == 0 or odd[n - 1]:
                anchor = (float(chars[k]["x0"]) + float(chars[k]["x1"])) / 2
            out[k] = anchor
    return out


def odd_gaps(run: Sequence[Char]) -> list[bool]:
    """For each gap between a run's glyphs (left to right), whether it stands more than ``ODD_GAP`` from
    the run's usual (median) gap: a glyph missing or drawn over another there, or a new word."""
    gaps = [float(b["x0"]) - float(a["x1"]) for a, b in zip(run, run[1:], strict=False)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    return [abs(g - usual) > ODD_GAP for g in gaps]


def cut_at(row: list[Char], x: float) -> list[list[Char]]:
    """``row`` cut in two at ``x`` when no character of it reaches over ``x`` and both sides hold
    text (a column gutter the row's gap spans), else ``row`` whole."""
    left = [c for c in row if float(c["x1"]) <= x]
    right = [c for c in row if float(c["x0"]) >= x]
    if len(left) + len(right) < len(row) or not printed(left) or not printed(right):
        return [row]
    return [left, right]


def chars_to_lines(
    chars: Iterable[Char],
    *,
    page: int,
    split_ratio: float | None = None,
    gutters: Sequence[tuple[float, float, float]] = (),
) -> list[Line]:
    """Printed lines of ``chars`` in reading order (top to bottom, then left to right). A row
    between ``top`` and ``bottom`` of a gutter ``(x, top, bottom)`` is cut at ``x`` where its gap
    spans it (two columns printed closer than the split, :mod:`pdf_gutters`)."""
    rows: list[tuple[float, list[list[Char]]]] = []
    for row in group_rows(chars):
        row_top = min(float(c["top"]) for c in row)
        parts = [row]
        for x, top, bottom in gutters:
            if top <= row_top <= bottom:
                parts = [piece for part in parts for piece in cut_at(part, x)]
        rows.append((row_top, [seg for part in parts for seg in split_segments(part, split_ratio)]))
    lines: list[Line] = []
    for row_top, segments in rows:
        for seg in segments:
            line = segment_line(seg, page=page)
            if line is not None:
                line.row_top = row_top
                lines.append(line)
    return lines
