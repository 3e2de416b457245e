"""Lines of a card whose text reached nowhere in its record (fields, items, tables, ``unparsed``).

A check that text is never silently lost: every line of running text a reader gives (a paragraph, a
table cell's paragraph) is looked up in the strings of the card's records. The Hangul of a line, cut at
every other character (digits, marks, brackets), its spaces dropped, is covered three syllables at a time
by the same runs of the record's strings; a word none of whose syllables a run covers, holding no word of the
template (the vocabulary's: labels, section titles, units, status words), is lost; a line is lost when its
lost words hold three syllables or more. Not asked: section headings, photo captions, and a table row a dump printed as a
line (mostly figures: its cells are the tables' business, counted by the scorers). A side table of a
head alone and no row is no place a line reached (a lone line read as a table).

``python -m samples.line_loss FILE ...`` lists the lines lost.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pledgecard import extract_file
from pledgecard.extract.document import Block, Paragraph
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import CAPTION_MARKERS, split_marker
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.common import is_caption
from pledgecard.extract.textjoin_shapes import looks_tabular

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
GRAM = 3  # syllables a run of the record must share with the line to cover them
_NOT_HANGUL = re.compile(r"[^\uac00-\ud7a3\s]+")


@dataclass(frozen=True)
class Lost:
    """A line (its first line number) and its words no string of the record holds."""

    line: int | None
    text: str
    pieces: tuple[str, ...]


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k != "source":
                _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            if isinstance(v, dict) and "header" in v and "rows" in v and not v["rows"]:
                continue  # a side table of a head alone: a lone line read as a table, no place reached
            _strings(v, out)
    elif isinstance(value, str):
        out.append(value)


def segments(text: str, spaced: bool = False) -> list[str]:
    """The Hangul runs of ``text``, cut at every other character, their spaces dropped (kept, folded: ``spaced``)."""
    text = unicodedata.normalize("NFKC", text)
    runs = (" ".join(seg.split()) for seg in _NOT_HANGUL.split(text))
    return [s if spaced else s.replace(" ", "") for s in runs if s]


@cache
def template_words() -> tuple[str, ...]:
    """The vocabulary's words of two syllables or more, longest first."""
    found: list[str] = []
    for name in ("vocabulary.toml",):
        _strings(tomllib.loads((EXTRACT / name).read_text(encoding="utf-8")), found)
    words = {w for s in found for w in segments(s) if len(w) >= 2}
    return tuple(sorted(words, key=len, reverse=True))


def _lost_words(segment: str, grams: set[str], reach: str) -> list[str]:
    """The words of ``segment`` (a Hangul run, its spaces kept) none of whose syllables a run of the record
    covers, of two syllables or more, holding no word of the template."""
    run = re.sub(r"\s+", "", segment)
    covered = [False] * len(run)
    for i in range(len(run) - GRAM + 1):
        if run[i : i + GRAM] in grams:
            covered[i : i + GRAM] = [True] * GRAM
    if (
        len(run) < GRAM
    ):  # a run too short for a gram (``귀농`` cut off by ``·``): covered if a record's run holds it
        covered = [run in reach] * len(run)
    out: list[str] = []
    at = 0
    for word in segment.split():
        mine = covered[at : at + len(word)]
        at += len(word)
        if len(word) >= 2 and not any(mine) and not any(w in word for w in template_words()):
            out.append(word)
    return out


def _paragraphs(blocks: list[Block]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(b)
        else:
            for cell in b.cells:
                out += _paragraphs(cell.blocks)
    return out


def _asked(p: Paragraph) -> bool:
    """A line of running text: no section heading, no photo caption, no table row printed as a line."""
    if (
        section_of(p.text) is not None
        or section_of(split_marker(p.text)[1]) is not None
        or p.marker is not None
        and p.marker in CAPTION_MARKERS
        and is_caption(p.full_text)
    ):
        return False
    return not looks_tabular(p.text)


def lost_lines(path: str | Path, records: list[dict[str, Any]] | None = None) -> list[Lost]:
    """The lines of the file at ``path`` whose text reached no string of its records (``records``: read here
    when not given)."""
    found: list[str] = []
    _strings(records if records is not None else extract_file(path), found)
    reach = "\n".join(s for text in found for s in segments(text))
    grams = {reach[i : i + GRAM] for i in range(len(reach) - GRAM + 1)}
    out: list[Lost] = []
    for p in _paragraphs(read_path(path).blocks):
        if not _asked(p):
            continue
        pieces = tuple(w for seg in segments(p.text, spaced=True) for w in _lost_words(seg, grams, reach))
        if sum(len(w) for w in pieces) >= GRAM:
            out.append(Lost(p.source.line_start, p.text, pieces))
    return out


def main(argv: list[str]) -> int:
    n = 0
    for f in argv:
        for lost in lost_lines(f):
            n += 1
            print(f"{f}:{lost.line}: {lost.text[:80]}  lost {list(lost.pieces)}")
    print(f"{n} lines lost in {len(argv)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
