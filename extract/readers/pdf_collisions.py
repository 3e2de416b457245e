"""Figures of two table cells printed into each other, marked unreadable.

A number too wide for its cell runs on past the rule (a cell that does not wrap); when the next
cell holds a figure too, the two can touch or overprint each other, and a digit drawn over a digit
is one glyph to the reader (fake-bold copies are dropped). Neither figure can then be read safely
(``2,431,578`` + ``810,781`` printed as ``2,431,578810,781`` gives ``10,781`` to the second cell).
Each word of such a pair that holds a digit gets U+FFFD at its end, so that no figure is read from
it (null, and a finding), as for a figure OCR is unsure of. A figure that runs on into an empty
cell, or stops short of its neighbour's text, is left as it is.

The drawing can prove the pair apart: the second word drawn back over the first's last glyph (a
word never overlaps itself, so the overlap is where one drawing ended and the other began), each
word's glyphs evenly spaced (no glyph missing) and none of them a survivor of copies drawn at one
place (``pdf_page.dedupe_chars``: a glyph of the other word could have been merged into it). Each
word is then whole in its own cell (the characters go to the cell of their word's first one) and
is read as printed; the overprint hides glyphs from the eye, not from the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.readers.pdf_lines import LOST, Char, char_size, odd_gaps
from pledgecard.extract.readers.pdf_page import DRAWN_OVER

PAST_RULE = 0.5  # points a figure must run past the rule between the cells
TOUCH = 0.1  # x font size: a gap narrower than this between the two is no word gap


def _word_at(chars: list[Char], start: Char) -> list[Char]:
    """The characters of ``start``'s word: its neighbours on its line without a word gap."""
    line = _line_at(chars, start)
    k = next(i for i, c in enumerate(line) if c is start)
    lo = hi = k
    while lo > 0 and float(line[lo]["x0"]) - float(line[lo - 1]["x1"]) < TOUCH * char_size(line[lo]):
        lo -= 1
    while hi + 1 < len(line) and float(line[hi + 1]["x0"]) - float(line[hi]["x1"]) < TOUCH * char_size(
        line[hi]
    ):
        hi += 1
    return line[lo : hi + 1]


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
            if (
                past
                and float(b["x0"]) - float(a["x1"]) < TOUCH * char_size(b)
                and float(a["x0"]) < float(b["x0"])
            ):
                return a, b
    return None


def mark_collisions(
    xs: Sequence[float], owners: list[list[int | None]], cell_chars: list[list[Char]]
) -> None:
    """Add U+FFFD after each figure of two side-by-side cells whose texts collide (in place)."""
    _reclaim_run_on(xs, owners, cell_chars)
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
            lines = [_line_at(cell_chars[k], ch) for k, ch in ((a, hit[0]), (b, hit[1]))]
            around = [c for k in set(row) - {a, b, None} for c in cell_chars[k]]  # type: ignore[operator]
            if _drawn_apart(hit, lines) or _inset_apart(lines, xs, (row.index(a), col), around):
                continue
            end = max(j for j, k in enumerate(row) if k == b) + 1  # the right cell's right rule
            spot = _shared_at_inset(lines, xs, (row.index(a), col, end), around) if end < len(xs) else None
            if spot is not None:  # one glyph drawn by both texts at one place: each its copy
                glyph = lines[0][-1]
                cell_chars[b].append(
                    {**glyph, "x0": spot, "x1": spot + float(glyph["x1"]) - float(glyph["x0"])}
                )
                continue
            for k, ch in ((a, hit[0]), (b, hit[1])):
                word = _word_at(cell_chars[k], ch)
                if any(c["text"].isdigit() for c in word):
                    cell_chars[k].append(_lost_after(word))


def _reclaim_run_on(
    xs: Sequence[float], owners: list[list[int | None]], cell_chars: list[list[Char]]
) -> None:
    """Give back to a figure the digits it ran on with over the rule, a word space after its last one (``2 753
    789`` then ``795`` drawn from left of the rule, its centre past it, so placed in the next cell): a cell's text
    starts no further left than its rule, nor than its padding (as far from its rule as the figure's own start from
    its cell's: a text too wide runs on from there), so a group of digits drawn from left of both, whole and apart
    (evenly spaced, a space after it), is the figure's (in place)."""
    for row in owners:
        for col in range(1, len(row)):
            a, b = row[col - 1], row[col]
            if a is None or b is None or a == b or not cell_chars[a] or not cell_chars[b]:
                continue
            for ch in sorted(cell_chars[b], key=lambda c: float(c["x0"])):
                if ch["text"].isspace():
                    continue
                left = [
                    c
                    for c in cell_chars[a]
                    if abs(float(c["top"]) - float(ch["top"])) <= 0.5 and not c["text"].isspace()
                ]
                if (
                    not left
                    or float(ch["x0"])
                    >= min(xs[col], xs[col] + float(min(c["x0"] for c in left)) - xs[row.index(a)])
                    - INSET_TOL
                    or not _goes_on(left_sorted := sorted(left, key=lambda c: float(c["x0"])), [ch], [])
                ):
                    break
                word = _word_at(cell_chars[b], ch)
                after = [c for c in _line_at(cell_chars[b], ch) if float(c["x0"]) > float(word[-1]["x0"])]
                if (
                    not all(c["text"].isdigit() for c in word)
                    or float(word[0]["x0"]) < float(left_sorted[-1]["x1"])
                    or any(odd_gaps(word))
                    or any(c.get(DRAWN_OVER) for c in word)
                    or (
                        after and float(after[0]["x0"]) - float(word[-1]["x1"]) <= TOUCH * char_size(word[-1])
                    )
                ):
                    break  # the group whole and apart: even, no copy merged into it, a space after it
                cell_chars[b] = [c for c in cell_chars[b] if c not in word]
                cell_chars[a].extend(word)
                break


def _line_at(chars: list[Char], start: Char) -> list[Char]:
    """The printed characters of ``start``'s line in its cell, left to right."""
    return sorted(
        (c for c in chars if abs(float(c["top"]) - float(start["top"])) <= 0.5 and not c["text"].isspace()),
        key=lambda c: float(c["x0"]),
    )


def _drawn_apart(hit: tuple[Char, Char], lines: list[list[Char]]) -> bool:
    """Whether the drawing proves the two touching cells' lines apart and whole (see the module's note)."""
    left, right = hit
    if float(right["x0"]) > float(left["x1"]) - PAST_RULE:
        return False  # touching end to end: one run of glyphs as far as the drawing tells
    return all(_even(line) and not any(c.get(DRAWN_OVER) for c in line) for line in lines)


INSET_TOL = 0.3  # points: two texts' insets from their cells' left rules this close are one padding


WORD_GAP = 0.6  # x font size: a gap up to this after a line's last glyph is a word space, its text may go on


def _goes_on(line: list[Char], others: list[Char], starts: Sequence[float]) -> bool:
    """Whether the next glyph of another cell on ``line``'s baseline is a digit a word space after its last one, a
    digit too, not touching it (``2 753 789`` then ``795`` over the rule: one figure, its groups set apart by spaces,
    run on; a figure closed by its unit, ``8,909,931천원``, goes on in no digit), that glyph not standing where a
    cell's text starts (``starts``: each rule and the padding after it)."""
    last = line[-1]
    size = char_size(last)
    after = [
        c
        for c in others
        if abs(float(c["top"]) - float(last["top"])) <= 0.5
        and not c["text"].isspace()
        and float(c["x0"]) > float(last["x0"])
    ]
    nxt = min(after, key=lambda c: float(c["x0"]), default=None)
    return (
        nxt is not None
        and last["text"].isdigit()
        and nxt["text"].isdigit()
        and TOUCH * size < float(nxt["x0"]) - float(last["x1"]) <= WORD_GAP * size
        and not any(abs(float(nxt["x0"]) - x) <= INSET_TOL for x in starts)
    )


def _inset_apart(
    lines: list[list[Char]], rules: Sequence[float], at: tuple[int, int], others: list[Char]
) -> bool:
    """Whether the drawing proves two touching cell lines apart by where each starts: a text too wide for its
    cell runs on from the cell's padding, so the left line starting at its cell's inset and the right line's
    first glyph at the very same inset from its own rule (no glyph of the left line drawn at or past it, none
    a survivor of copies drawn at one place) is where one text ends and the other begins: each whole in its
    cell (``1,183,572천원`` then ``1,312,779천원``, ``959`` then ``575 628 996`` each from its cell's padding). The
    right line followed a word space on by another cell's glyph may be cut there (:func:`_goes_on`): not proven."""
    left, right = lines
    if not left or not right or any(c.get(DRAWN_OVER) for c in left + right):
        return False
    left_rule, rule = rules[at[0]], rules[at[1]]
    inset, start = float(left[0]["x0"]) - left_rule, float(right[0]["x0"])
    return (
        0.0 < inset < rule - left_rule
        and abs(start - rule - inset) <= INSET_TOL
        and all(float(c["x0"]) < start for c in left)
        and not _goes_on(right, others, [x + inset for x in rules])
    )


def _shared_at_inset(
    lines: list[list[Char]], rules: Sequence[float], at: tuple[int, int, int], others: list[Char]
) -> float | None:
    """Where the right text's copy of a glyph both texts drew at one place stands, when the drawing proves it: two
    texts too wide for their cells, the left one's last glyph drawn where the right one's first glyph was (the
    right cell's inset), the same glyph, so that one copy was kept (pdfium's text page keeps one of a glyph drawn
    twice at one place, ``pdf_page.dedupe_chars`` too): ``2,182,057,629`` then ``944,225,947``, the two ``9`` drawn
    at one place, the right text read ``44,225,947`` before (areum-district 26279, PDF, seed 20: equal year cells
    each overflowed by a figure a digit wider). Proof: the left line starting at its cell's inset, evenly spaced,
    its last glyph a digit standing at the same inset from the right cell's rule (within the copies' tolerance);
    the right line evenly spaced, no copy merged into it, running on past where a text set right in its cell ends
    (``at[2]``: the right cell's right rule), so it started at the inset, and its first glyph standing one advance
    of that last glyph after the inset: no other glyph fits there, and a glyph drawn there is lost only as a copy
    of one drawn at its place; the right line not run on (as :func:`_inset_apart`). None: not proven."""
    left, right = lines
    if len(left) < EVEN_GLYPHS or len(right) < EVEN_GLYPHS:
        return None
    shared = left[-1]
    if not shared["text"].isdigit() or any(c.get(DRAWN_OVER) for c in left[:-1] + right):
        return None
    left_rule, rule, right_rule = rules[at[0]], rules[at[1]], rules[at[2]]
    inset = float(left[0]["x0"]) - left_rule
    spot = rule + inset  # where a text too wide for the right cell starts
    advance = float(shared["x1"]) - float(shared["x0"])
    if (
        not 0.0 < inset < rule - left_rule
        or abs(float(shared["x0"]) - spot) > COPY_TOL
        or abs(float(right[0]["x0"]) - spot - advance) > INSET_TOL
    ):
        return None
    if float(right[-1]["x1"]) <= right_rule - inset + INSET_TOL:
        return None  # the right text may be set right in its cell: where it starts proves nothing
    if not (_even(left) and _even(right)) or _goes_on(right, others, [x + inset for x in rules]):
        return None
    return spot


COPY_TOL = 1.0  # points: copies of a glyph this near are one (pdf_page.dedupe_chars' tolerance)


EVEN_GLYPHS = (
    3  # the fewest glyphs whose gaps can show them evenly apart (two glyphs, one gap, prove nothing)
)


def _even(word: list[Char]) -> bool:
    """Whether a cell line's glyphs stand evenly apart, one word (no glyph missing, none drawn over another):
    at least ``EVEN_GLYPHS`` of them."""
    if len(word) < EVEN_GLYPHS:
        return False
    return not any(odd_gaps(word))
