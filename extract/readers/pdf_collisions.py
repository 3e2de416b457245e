"""Figures of two table cells printed into each other, marked unreadable.

A number too wide for its cell runs on past the rule (a cell that does not wrap); when the next
cell holds a figure too, the two can touch or overprint each other, and a digit drawn over a digit
is one glyph to the reader (fake-bold copies are dropped). Neither figure can then be read safely
(``2,431,578`` + ``810,781`` printed as ``2,431,578810,781`` gives ``10,781`` to the second cell).
Each word of such a pair that holds a digit gets U+FFFD at its end, so that no figure is read from
it (null, and a finding), as for a figure OCR is unsure of. A figure that runs on into an empty
cell, or stops short of its neighbour's text, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.readers.pdf_lines import LOST, Char, char_size

PAST_RULE = 0.5  # points a figure must run past the rule between the cells
TOUCH = 0.1  # x font size: a gap narrower than this between the two is no word gap


def _word_at(chars: list[Char], start: Char) -> list[Char]:
    """The characters of ``start``'s word: its neighbours on its line without a word gap."""
    line = sorted((c for c in chars if abs(float(c["top"]) - float(start["top"])) <= 0.5 and not c["text"].isspace()),
                  key=lambda c: float(c["x0"]))
    k = next(i for i, c in enumerate(line) if c is start)
    lo = hi = k
    while lo > 0 and float(line[lo]["x0"]) - float(line[lo - 1]["x1"]) < TOUCH * char_size(line[lo]):
        lo -= 1
    while hi + 1 < len(line) and float(line[hi + 1]["x0"]) - float(line[hi]["x1"]) < TOUCH * char_size(line[hi]):
        hi += 1
    return line[lo:hi + 1]


def _lost_after(word: list[Char]) -> Char:
    last = word[-1]
    return {**last, "text": LOST, "x0": float(last["x1"]), "x1": float(last["x1"])}


def _touching(left: list[Char], right: list[Char], rule: float) -> tuple[Char, Char] | None:
    """The last character of ``left`` and the first of ``right`` that touch across ``rule``, one
    of them past it, on one line."""
    near_a = [a for a in left if not a["text"].isspace() and float(a["x1"]) > rule - 3 * char_size(a)]
    near_b = [b for b in right if not b["text"].isspace() and float(b["x0"]) < rule + 3 * char_size(b)]
    for a in near_a:
        for b in near_b:
            if abs(float(a["top"]) - float(b["top"])) > 0.5:
                continue
            past = float(a["x1"]) > rule + PAST_RULE or float(b["x0"]) < rule - PAST_RULE
            if past and float(b["x0"]) - float(a["x1"]) < TOUCH * char_size(b) and float(a["x0"]) < float(b["x0"]):
                return a, b
    return None


def mark_collisions(xs: Sequence[float], owners: list[list[int | None]], cell_chars: list[list[Char]]) -> None:
    """Add U+FFFD after each figure of two side-by-side cells whose texts collide (in place)."""
    done: set[tuple[int, int]] = set()
    for row in owners:
        for col in range(1, len(row)):
            a, b = row[col - 1], row[col]
            if a is None or b is None or a == b or (a, b) in done or not cell_chars[a] or not cell_chars[b]:
                continue
            done.add((a, b))
            hit = _touching(cell_chars[a], cell_chars[b], xs[col])
            if hit is None:
                continue
            for k, ch in ((a, hit[0]), (b, hit[1])):
                word = _word_at(cell_chars[k], ch)
                if any(c["text"].isdigit() for c in word):
                    cell_chars[k].append(_lost_after(word))
