"""Section labels drawn turned (the text run upward) that a dump printed a character a line from the label's
last character to its first: pdfminer.six's ``pdf2txt.py`` prints a label turned a quarter left as a column of
lone characters read top down, so ``▩ 3. 추진실적`` comes out as ``적`` / ``실`` / ``진`` / ``추`` / ``.`` /
``3`` / ``▩`` (blank lines between them). Several such labels may follow one another with nothing between.

:func:`join_turned_labels` puts each back on one line, at its first printed character's line: a run of lone
characters (each a line's whole text) is cut after every character that is neither a letter, a digit nor a
full stop (the label's marker, printed last); a piece read backward must be a marker, a heading number
(:func:`~pledgecard.extract.heading_numbers.lone_heading_number`) and Hangul syllables opening with a label
the vocabulary knows as a section's. Any other run stays as printed.

A table's lone cells printed right above a label (a numbered column's ``1`` / ``2``, a turned label kept whole
beside its rows: pdf2txt prints the table's column, then the label) open the run: the label is then the longest
tail of the piece that spells one, the cells before it left as printed.
"""

from __future__ import annotations

from pledgecard.extract.heading_numbers import lone_heading_number
from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import TLine, retext
from pledgecard.normalize.text import is_syllable

MIN_LABEL = 2  # syllables of the known label the turned text opens with


def _lone(line: TLine) -> bool:
    text = line.text.strip()
    return len(text) == 1


def _closing(ch: str) -> bool:
    return not ch.isalnum() and ch != "."


def _heading(chars: list[str]) -> str | None:
    """The heading a piece of lone characters spells read backward, or None."""
    back = chars[::-1]
    if len(back) < 4 or not _closing(back[0]):
        return None
    k = 1
    while k < len(back) and not is_syllable(back[k]):
        k += 1
    number, label = "".join(back[1:k]), "".join(back[k:])
    if not lone_heading_number(number) or not label or not all(is_syllable(c) for c in label):
        return None
    if not any(section_of(label[:n]) for n in range(MIN_LABEL, len(label) + 1)):
        return None
    return f"{back[0]} {number} {label}"


def _join(out: list[TLine], piece: list[int]) -> None:
    """The piece's label on one line: its longest tail that spells one (lone cells printed before it kept)."""
    for start in range(len(piece)):
        head = _heading([out[p].text.strip() for p in piece[start:]])
        if head is not None:
            retext(out, piece[start:], head)
            return


def join_turned_labels(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every turned label printed backward a character a line on one line again."""
    out = list(lines)
    k = 0
    while k < len(out):
        if not _lone(out[k]):
            k += 1
            continue
        run: list[int] = []
        i = k
        while i < len(out) and (_lone(out[i]) or not out[i].text.strip()):
            if out[i].text.strip():
                run.append(i)
            i += 1
        piece: list[int] = []
        for j in run:
            piece.append(j)
            if _closing(out[j].text.strip()):
                _join(out, piece)
                piece = []
        k = i
    return out
